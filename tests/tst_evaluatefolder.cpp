// `pareview evaluate --bundle-dir` evaluates a folder's bundles on every
// core: its lines are the ones each bundle gives on its own, in the folder's
// order, whether written to a terminal's stdout (the real executable) or to
// a stream in process. Beside it, what the faster reading of a bundle must
// keep exactly: attachments' base64 (padded, wrapped, unpadded, wrong) and
// FHIR dates (Bundle.timestamp) accepted and refused as before.

#include "CliRunner.h"
#include "testsupport.h"

#include "intake/FhirImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A folder of many copies of the worked examples (good, rejected, no
// policy), under names that interleave them.
QStringList fillFolder(const QString &dir, int copies)
{
    const QStringList examples = QDir(sharedPath(QStringLiteral("spec/examples")))
                                     .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QStringList names;
    for (int c = 0; c < copies; ++c) {
        for (const QString &e : examples) {
            const QString name = QStringLiteral("%1-%2").arg(c, 3, 10, QLatin1Char('0')).arg(e);
            QFile::copy(sharedPath(QStringLiteral("spec/examples/") + e), QDir(dir).filePath(name));
            names << name;
        }
    }
    // A bundle that names no reviewed drug: the "no policy" line.
    QByteArray other = readAll(sharedPath(QStringLiteral("spec/examples/hg-01-complete.json")));
    other.replace("J1411", "J9999");
    QFile f(QDir(dir).filePath(QStringLiteral("050-other-drug.json")));
    f.open(QIODevice::WriteOnly);
    f.write(other);
    names << QStringLiteral("050-other-drug.json");
    // Neither is read: not a *.json file, and a folder.
    QFile notes(QDir(dir).filePath(QStringLiteral("notes.txt")));
    notes.open(QIODevice::WriteOnly);
    notes.write("not a bundle");
    QDir(dir).mkdir(QStringLiteral("sub.json"));
    names.sort();
    return names;
}

// What the folder must print: each bundle's lines from its own run
// (`--bundle FILE`), or for a bundle refused, the error line.
QString expectedLines(const QString &dir, const QStringList &names)
{
    QString out;
    for (const QString &name : names) {
        const QString path = QDir(dir).filePath(name);
        const CliRun one = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), path, QStringLiteral("--format"),
                                   QStringLiteral("jsonl")});
        if (one.code == 0) {
            out += one.out;
            continue;
        }
        // "pareview evaluate: PATH: MESSAGE\n" on its own; the folder writes the message in a line.
        const QString prefix = QStringLiteral("pareview evaluate: %1: ").arg(path);
        const QString error = one.err.startsWith(prefix) ? one.err.mid(prefix.size()).chopped(1) : one.err;
        QJsonObject line;
        line.insert(QStringLiteral("bundle"), name);
        line.insert(QStringLiteral("error"), error);
        line.insert(QStringLiteral("exitCode"), one.code);
        out += QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    }
    return out;
}

// Lines compared as text, error lines as JSON (the key order of QJsonDocument differs).
void compareLines(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    QCOMPARE(a.size(), e.size());
    for (int i = 0; i < a.size(); ++i) {
        if (a[i] == e[i])
            continue;
        const QJsonObject ao = QJsonDocument::fromJson(a[i].toUtf8()).object();
        const QJsonObject eo = QJsonDocument::fromJson(e[i].toUtf8()).object();
        QVERIFY2(!ao.isEmpty() && ao == eo, qPrintable(QStringLiteral("line %1:\n  %2\nexpected\n  %3").arg(i + 1).arg(a[i], e[i])));
    }
}

QByteArray bundleWithAttachment(const QByteArray &data)
{
    return R"({"resourceType":"Bundle","type":"collection","timestamp":"2026-11-21T09:30:00Z","entry":[)"
           R"({"fullUrl":"urn:uuid:1","resource":{"resourceType":"DocumentReference","status":"current",)"
           R"("content":[{"attachment":{"contentType":"application/pdf","title":"note.pdf","data":")"
        + data + R"("}}]}}]})";
}

QByteArray bundleWithTimestamp(const QByteArray &timestamp)
{
    return R"({"resourceType":"Bundle","type":"collection","timestamp":")" + timestamp + R"(","entry":[]})";
}

} // namespace

class TestEvaluateFolder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderInProcessMatchesEachBundleAlone()
    {
        QTemporaryDir dir;
        const QStringList names = fillFolder(dir.path(), 8);
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle-dir"), dir.path(), QStringLiteral("--format"),
                                 QStringLiteral("jsonl")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        compareLines(r.out, expectedLines(dir.path(), names));
    }

    void folderThroughTheExecutableMatchesEachBundleAlone()
    {
        // More bundles than the workers run ahead of the writer (256), so
        // the window moves; stdout gets the workers' bytes directly.
        QTemporaryDir dir;
        const QStringList names = fillFolder(dir.path(), 50);
        QVERIFY(names.size() > 300);
        QProcess p;
        p.start(QStringLiteral(PAREVIEW_BINARY), {QStringLiteral("evaluate"), QStringLiteral("--bundle-dir"), dir.path(),
                                                  QStringLiteral("--format"), QStringLiteral("jsonl")});
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray());
        compareLines(QString::fromUtf8(p.readAllStandardOutput()), expectedLines(dir.path(), names));
    }

    void emptyFolderPrintsNothing()
    {
        QTemporaryDir dir;
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle-dir"), dir.path(), QStringLiteral("--format"),
                                 QStringLiteral("jsonl")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());
    }

    void attachmentBase64_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("bytes"); // empty: refused
        QTest::newRow("padded ==") << QByteArray("JVBERi0xLjQK") + "QQ==" << QByteArray("%PDF-1.4\nA");
        QTest::newRow("padded =") << QByteArray("QUI=") << QByteArray("AB");
        QTest::newRow("no padding needed") << QByteArray("QUJD") << QByteArray("ABC");
        QTest::newRow("wrapped at 4 with \\n, \\r\\n, tab, space")
            << QByteArray("QUJD\\nREVG\\r\\nR0hJ\\tSktM TU5P") << QByteArray("ABCDEFGHIJKLMNO");
        QTest::newRow("line break inside the padding") << QByteArray("QQ=\\n=") << QByteArray("A");
        QTest::newRow("trailing bits set") << QByteArray("QR==") << QByteArray("A");
        QTest::newRow("unpadded (Qt's decoder)") << QByteArray("QUI") << QByteArray("AB");
        QTest::newRow("+ and /") << QByteArray("+/+/") << QByteArray::fromHex("fbffbf");
        QTest::newRow("URL alphabet refused") << QByteArray("-_-_") << QByteArray();
        QTest::newRow("three = refused") << QByteArray("Q===") << QByteArray();
        QTest::newRow("data after padding refused") << QByteArray("QQ==QQ==") << QByteArray();
        QTest::newRow("a stray character refused") << QByteArray("QU*D") << QByteArray();
        QTest::newRow("non-ASCII refused") << QByteArray("QUJ\\u00e9") << QByteArray();
        QTest::newRow("whole quanta, then a space inside one") << QByteArray("QUJDQ UJD") << QByteArray("ABCABC");
        QTest::newRow("whole quanta, then padding") << QByteArray("QUJDQUJDQUI=") << QByteArray("ABCABCAB");
        QTest::newRow("whole quanta, then a stray character") << QByteArray("QUJDQUJDQU*D") << QByteArray();
        QTest::newRow("whole quanta after padding refused") << QByteArray("QUI=QUJD") << QByteArray();
    }

    void attachmentBase64()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, bytes);
        const auto facts = pareview::FhirImporter::import(bundleWithAttachment(data));
        if (bytes.isEmpty()) {
            QVERIFY(!facts);
            QVERIFY2(facts.error().endsWith(QStringLiteral("entry[0] (DocumentReference) content[0].attachment.data: is not valid base64")),
                     qPrintable(facts.error()));
            return;
        }
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error()));
        QCOMPARE(facts->attachments.size(), 1);
        QCOMPARE(facts->attachments.first().bytes, bytes);
    }

    void bundleTimestamp_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<QDate>("date"); // invalid: refused
        QTest::newRow("year") << QByteArray("2026") << QDate(2026, 1, 1);
        QTest::newRow("month") << QByteArray("2026-03") << QDate(2026, 3, 1);
        QTest::newRow("date") << QByteArray("2026-03-31") << QDate(2026, 3, 31);
        QTest::newRow("minutes") << QByteArray("2026-03-31T10:20") << QDate(2026, 3, 31);
        QTest::newRow("instant Z") << QByteArray("2026-03-31T10:20:30Z") << QDate(2026, 3, 31);
        QTest::newRow("fraction and offset") << QByteArray("2026-03-31T23:59:60.123456789-05:00") << QDate(2026, 3, 31);
        QTest::newRow("final line break") << QByteArray("2026-03-31\\n") << QDate(2026, 3, 31);
        QTest::newRow("two line breaks") << QByteArray("2026-03-31\\n\\n") << QDate();
        QTest::newRow("ten fraction digits") << QByteArray("2026-03-31T10:20:30.1234567890Z") << QDate();
        QTest::newRow("empty fraction") << QByteArray("2026-03-31T10:20:30.Z") << QDate();
        QTest::newRow("hours alone") << QByteArray("2026-03-31T10") << QDate();
        QTest::newRow("hour 24") << QByteArray("2026-03-31T24:00:00Z") << QDate();
        QTest::newRow("second 61") << QByteArray("2026-03-31T10:20:61Z") << QDate();
        QTest::newRow("offset without colon") << QByteArray("2026-03-31T10:20:30+0100") << QDate();
        QTest::newRow("February 30") << QByteArray("2026-02-30") << QDate();
        QTest::newRow("before 1800") << QByteArray("1799-12-31") << QDate();
        QTest::newRow("one-digit month") << QByteArray("2026-3-31") << QDate();
        QTest::newRow("full-width digits") << QByteArray("\\uff12\\uff10\\uff12\\uff16") << QDate();
    }

    void bundleTimestamp()
    {
        QFETCH(QByteArray, timestamp);
        QFETCH(QDate, date);
        const auto facts = pareview::FhirImporter::import(bundleWithTimestamp(timestamp));
        if (!date.isValid()) {
            QVERIFY(!facts);
            QVERIFY2(facts.error().contains(QStringLiteral("is not a valid instant")), qPrintable(facts.error()));
            return;
        }
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error()));
        QCOMPARE(facts->receivedDate, date);
    }
};

QTEST_GUILESS_MAIN(TestEvaluateFolder)
#include "tst_evaluatefolder.moc"
