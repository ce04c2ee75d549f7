#pragma once

// Varied intake bundles made from the worked examples in
// ../shared/spec/examples: other members, payers and lines of business,
// weights (some in pounds), lab values, dates shifted back up to eight
// months (some labs a year older, so out of their windows), the drug swapped
// for its sibling, attestations dropped or flipped, and optionally a PDF
// attachment of a given size.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace bench {

class BundleGen
{
public:
    explicit BundleGen(const QString &examplesDir);
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // Bundle number `i` (deterministic). `attachmentBytes` > 0 adds a PDF of about that size.
    QByteArray make(int i, int attachmentBytes = 0) const;
    // The example as written (0 hg, 1 ro, 2 sf, 3 ns).
    QByteArray example(int k) const;

    static QStringList givenNames();
    static QStringList familyNames();
    static QStringList payers();

private:
    QVector<QJsonObject> m_templates;
    QVector<QByteArray> m_raw;
    QString m_error;
};

} // namespace bench
