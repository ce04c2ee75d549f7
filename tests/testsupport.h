#pragma once

// Paths shared by the tests: the project's shared specification folder
// (examples, policies) and the test data beside this file.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace testsupport {

inline QString sharedPath(const QString &relative)
{
    return QStringLiteral(PAREVIEW_SHARED_DIR "/") + relative;
}

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(PAREVIEW_TESTDATA_DIR "/") + relative;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace testsupport
