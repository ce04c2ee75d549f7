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

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace testsupport {

// Drives the next modal dialog the way a person would: once a QDialog whose
// objectName is `objectName` is the active modal widget (exec() has started),
// `act` runs on it — it types and clicks with QTest, which ends exec(). For
// our own dialogs; QMessageBox/QFileDialog/QPrintDialog are answered through
// pareview::Dialogs::answerNext instead.
inline void whenDialogShown(const QString &objectName, std::function<void(QDialog *)> act, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, act, waited, timeoutMs] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == objectName && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
            return;
        }
        *waited += timer->interval();
        if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qWarning("whenDialogShown: no dialog named %s appeared", qPrintable(objectName));
        }
    });
    timer->start();
}

} // namespace testsupport
