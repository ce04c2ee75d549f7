// The malformed input corpus (issue 7): every hand-made bad bundle and policy
// file of tests/data/malformed/ (written by tools/make_malformed.py, listed
// in manifest.tsv with the fragment its refusal must contain) is refused with
// a message that says where, and the case store is unchanged afterwards.
//
// Bundles go through FhirImporter::import directly (a case would be created
// only if it accepted one; it must not) and through `pareview import --db`
// in process, against one SQLite store that already holds a good case; every
// table's row count is compared after each file and at the end, and the
// audit chain still verifies. Policy files go through PolicyLoader::loadFile,
// PolicyLoader::load and `pareview policy check`; every error is
// "LINE:COL: message". A 400 MB bundle and a 17 MB policy file, made here in
// a temporary folder (sparse, so they cost no disk), are refused by their
// size before anything is parsed.

#include "cli/Cli.h"
#include "intake/FhirImporter.h"
#include "policy/PolicyLoader.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Users.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QByteArray &input = {})
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = pareview::cli::run(args, { in, o, e });
    o.flush();
    e.flush();
    return { code, out, err };
}

struct ManifestRow
{
    QString file; // "bundles/x.json"
    QString expected;
};

QVector<ManifestRow> manifest()
{
    QVector<ManifestRow> rows;
    QFile f(testDataPath(QStringLiteral("malformed/manifest.tsv")));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() >= 2)
            rows.append({ cells.at(0), cells.at(1) });
    }
    return rows;
}

QString malformedPath(const QString &file)
{
    return testDataPath(QStringLiteral("malformed/") + file);
}

// The date the corpus is judged on (the examples' timestamp).
const QDate kToday(2026, 11, 21);

// A bundle refusal names where: the entry (and field), the Bundle itself, or
// a line of the text.
const QRegularExpression kBundleWhere(QStringLiteral("entry\\[\\d+\\]|Bundle|line \\d+"));
const QRegularExpression kPolicyWhere(QStringLiteral("^\\d+:\\d+: \\S"));

// A sparse file of `size` bytes that starts like the real thing.
bool makeSparseFile(const QString &path, const QByteArray &start, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(start) != start.size())
        return false;
    return f.resize(size);
}

} // namespace

class TestMalformed final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QMap<QString, qint64> m_baseline;

    // Row count of every table of the store.
    QMap<QString, qint64> counts()
    {
        QMap<QString, qint64> out;
        auto db = Database::open(m_db);
        if (!db)
            return out;
        auto tables = db.value()->exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        if (!tables)
            return out;
        QStringList names;
        while (tables->next())
            names << tables->value(0).toString();
        for (const QString &name : std::as_const(names)) {
            auto q = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name));
            out.insert(name, q && q->next() ? q->value(0).toLongLong() : -1);
        }
        return out;
    }

    static QString describe(const QMap<QString, qint64> &m)
    {
        QStringList parts;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        return parts.join(QLatin1Char(' '));
    }

    void verifyStoreUnchanged(const QString &after)
    {
        const auto now = counts();
        QVERIFY2(now == m_baseline,
                 qPrintable(QStringLiteral("store changed after %1: was %2, now %3")
                                .arg(after, describe(m_baseline), describe(now))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        // A store that already holds one good case, so "unchanged" means
        // something: a refused bundle must not touch it either.
        const Run user = runCli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--name"), QStringLiteral("ada"), QStringLiteral("--role"),
                                  QStringLiteral("administrator") },
                                "first admin password\n");
        QVERIFY2(user.code == cli::Ok, qPrintable(user.err));
        const Run good
            = runCli({ QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"),
                       sharedPath(QStringLiteral("spec/examples/hg-01-complete.json")) });
        QVERIFY2(good.code == cli::Ok, qPrintable(good.err));
        m_baseline = counts();
        QVERIFY2(m_baseline.value(QStringLiteral("cases")) == 1, qPrintable(describe(m_baseline)));
        QVERIFY2(m_baseline.value(QStringLiteral("facts")) > 0, qPrintable(describe(m_baseline)));
        QVERIFY2(m_baseline.value(QStringLiteral("attachments")) == 1, qPrintable(describe(m_baseline)));
        QVERIFY2(m_baseline.value(QStringLiteral("audit_log")) > 0, qPrintable(describe(m_baseline)));
    }

    // The corpus is there and as large as issue 7 asks.
    void corpusSize()
    {
        const auto rows = manifest();
        int bundles = 0, policies = 0;
        for (const auto &row : rows) {
            QVERIFY2(QFile::exists(malformedPath(row.file)), qPrintable(row.file));
            QVERIFY2(!row.expected.isEmpty(), qPrintable(row.file));
            bundles += row.file.startsWith(QLatin1String("bundles/"));
            policies += row.file.startsWith(QLatin1String("policies/"));
        }
        QVERIFY2(bundles + policies >= 100, qPrintable(QString::number(bundles + policies)));
        QVERIFY(bundles >= 50);
        QVERIFY(policies >= 50);
        // Every file on disk is in the manifest (none is left untested).
        for (const QString &kind : { QStringLiteral("bundles"), QStringLiteral("policies") }) {
            const QStringList files = QDir(malformedPath(kind)).entryList(QDir::Files);
            for (const QString &file : files) {
                const QString name = kind + QLatin1Char('/') + file;
                QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                                     [&](const ManifestRow &r) { return r.file == name; }),
                         qPrintable(name + QStringLiteral(" is not in manifest.tsv")));
            }
        }
    }

    void bundleRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        for (const auto &row : manifest())
            if (row.file.startsWith(QLatin1String("bundles/")))
                QTest::newRow(qPrintable(row.file)) << row.file << row.expected;
    }

    void bundleRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = malformedPath(file);
        const QByteArray data = readAll(path);

        // The model API: a Result error, no facts.
        const auto facts = FhirImporter::import(data, kToday);
        if (facts.ok()) {
            // What intake would do next; it must never get here.
            auto db = Database::open(m_db);
            QVERIFY(db.ok());
            const auto id = CaseStore::create(*db.value(), facts.value(), Users::electronicIntake());
            QFAIL(qPrintable(QStringLiteral("%1 was accepted (and stored as case %2)")
                                 .arg(file, id ? QString::number(id.value()) : id.error())));
        }
        const QString message = facts.error();
        QVERIFY2(message.contains(expected),
                 qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(expected, message)));
        QVERIFY2(kBundleWhere.match(message).hasMatch(),
                 qPrintable(QStringLiteral("does not say where: ") + message));
        // The same bytes again give the same answer (no hidden state).
        QCOMPARE(FhirImporter::import(data, kToday).error(), message);

        // The command line: exit 3, the message, nothing stored.
        const Run r = runCli(
            { QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), path });
        QVERIFY2(r.code == cli::Rejected,
                 qPrintable(QStringLiteral("exit %1: %2%3").arg(r.code).arg(r.out, r.err)));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was stored")), qPrintable(r.err));
        verifyStoreUnchanged(file);
    }

    void policyRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        for (const auto &row : manifest())
            if (row.file.startsWith(QLatin1String("policies/")))
                QTest::newRow(qPrintable(row.file)) << row.file << row.expected;
    }

    void policyRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = malformedPath(file);

        const PolicyLoadResult fromFile = PolicyLoader::loadFile(path);
        QVERIFY2(!fromFile.policy.has_value(), qPrintable(file + QStringLiteral(" was accepted")));
        QVERIFY(!fromFile.errors.isEmpty());
        for (const QString &error : fromFile.errors)
            QVERIFY2(kPolicyWhere.match(error).hasMatch(),
                     qPrintable(QStringLiteral("no LINE:COL: ") + error));
        const QString all = fromFile.errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(expected),
                 qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, all)));

        const PolicyLoadResult fromBytes = PolicyLoader::load(readAll(path), path);
        QVERIFY(!fromBytes.policy.has_value());
        QCOMPARE(fromBytes.errors, fromFile.errors);

        const Run r = runCli({ QStringLiteral("policy"), QStringLiteral("check"), path });
        QVERIFY2(r.code != cli::Ok, qPrintable(r.out + r.err));
        const QString output = r.out + r.err;
        QVERIFY2(output.contains(expected), qPrintable(output));
        QVERIFY2(output.contains(path + QLatin1Char(':')
                                 + fromFile.errors.first().section(QLatin1Char(' '), 0, 0)),
                 qPrintable(QStringLiteral("the command does not name FILE:LINE:COL: ") + output));
    }

    // 400 MB: refused by its size, before a byte is parsed, at once.
    void hugeBundleRefusedBySize()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge-bundle.json"));
        const qint64 size = qint64(400) * 1000 * 1000;
        QVERIFY(makeSparseFile(path, "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [",
                               size));
        QCOMPARE(QFileInfo(path).size(), size);

        QElapsedTimer timer;
        timer.start();
        const Run r = runCli(
            { QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), path });
        const qint64 cliMs = timer.elapsed();
        QCOMPARE(r.code, int(cli::Rejected));
        QVERIFY2(r.err.contains(QLatin1String("larger than 256 MiB")), qPrintable(r.err));
        QVERIFY2(cliMs < 5000, qPrintable(QStringLiteral("took %1 ms").arg(cliMs)));
        verifyStoreUnchanged(QStringLiteral("the 400 MB bundle"));

        const Run e = runCli({ QStringLiteral("evaluate"), QStringLiteral("--bundle"), path });
        QCOMPARE(e.code, int(cli::Rejected));
        QVERIFY2(e.err.contains(QLatin1String("larger than 256 MiB")), qPrintable(e.err));

        // The importer's own check, on the file mapped into memory (not
        // read). Parsed, the zeros after the header would give a JSON error
        // ("control character U+0000") after seconds; refused by size, the
        // message is the size and it takes microseconds.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        uchar *mapped = f.map(0, size);
        QVERIFY(mapped);
        timer.restart();
        const auto facts = FhirImporter::import(
            QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size), kToday);
        const qint64 importMs = timer.elapsed();
        QVERIFY(!facts.ok());
        QVERIFY2(facts.error().contains(QLatin1String("is larger than 256 MiB")), qPrintable(facts.error()));
        QVERIFY2(facts.error().contains(QLatin1String("bundle of 400000000 bytes")),
                 qPrintable(facts.error()));
        QVERIFY2(importMs < 1000, qPrintable(QStringLiteral("took %1 ms").arg(importMs)));
        qInfo(
            "400 MB bundle refused by size: %lld ms through pareview import, %lld ms in FhirImporter::import",
            cliMs, importMs);
        f.unmap(mapped);
    }

    // A policy file over 16 MiB: refused by its size, with a position.
    void hugePolicyRefusedBySize()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge-policy.json"));
        const qint64 size = qint64(17) * 1024 * 1024;
        QVERIFY(makeSparseFile(path, "{\"format\": \"pareview-policy/1\", \"id\": \"", size));

        const PolicyLoadResult fromFile = PolicyLoader::loadFile(path);
        QVERIFY(!fromFile.policy.has_value());
        QCOMPARE(fromFile.errors.size(), 1);
        QVERIFY2(fromFile.errors.first().startsWith(QLatin1String("1:1: ")),
                 qPrintable(fromFile.errors.first()));
        QVERIFY2(fromFile.errors.first().contains(QLatin1String("larger than a policy file can be")),
                 qPrintable(fromFile.errors.first()));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        uchar *mapped = f.map(0, size);
        QVERIFY(mapped);
        const PolicyLoadResult fromBytes
            = PolicyLoader::load(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size));
        QVERIFY(!fromBytes.policy.has_value());
        QCOMPARE(fromBytes.errors.size(), 1);
        QVERIFY2(kPolicyWhere.match(fromBytes.errors.first()).hasMatch(),
                 qPrintable(QStringLiteral("no LINE:COL: ") + fromBytes.errors.first()));
        QVERIFY2(fromBytes.errors.first().contains(QLatin1String("exceeds the limit")),
                 qPrintable(fromBytes.errors.first()));
        f.unmap(mapped);
    }

    // After all of it: the same rows in every table, a whole file, and an
    // audit chain that still verifies.
    void storeUnchangedAtTheEnd()
    {
        verifyStoreUnchanged(QStringLiteral("the whole corpus"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->integrityProblem(), QString());
        const Run verify
            = runCli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db });
        QVERIFY2(verify.code == cli::Ok, qPrintable(verify.out + verify.err));
    }
};

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
