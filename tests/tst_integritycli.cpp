// `pareview audit verify` and the anchor outside the store, as an
// administrator runs them (issue 12): a record changed directly in the file
// is named by table, id and case with exit 1; the incremental check starts
// from the last whole check and --full recomputes everything; `backup`
// writes the anchor next to the copy and to the settings' anchor file, and
// `verify --anchor FILE` reads it and finds a cut-off tail.

#include "CliRunner.h"
#include "testsupport.h"

#include "store/AnchorExport.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestIntegrityCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_stores = 0;

    CliRun verify(const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db} + extra);
    }

    void sql(const QString &statement)
    {
        auto db = Database::open(m_db);
        QVERIFY2(db, qPrintable(db.error()));
        auto r = (*db)->exec(statement);
        QVERIFY2(r, qPrintable(r.error()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("pareview-test-integritycli"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_stores));
        const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"),
                                        sharedPath(QStringLiteral("spec/examples/hg-01-complete.json"))});
        QCOMPARE(imported.code, 0);
    }

    void wholeStoreVerifiesFullThenIncrementally()
    {
        const CliRun first = verify();
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith(QStringLiteral("audit trail whole:")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("checked in full")), qPrintable(first.out));
        const CliRun second = verify();
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains(QStringLiteral("records as recorded: 0 checked since the last check")), qPrintable(second.out));
        const CliRun full = verify({QStringLiteral("--full")});
        QCOMPARE(full.code, 0);
        QVERIFY(full.out.contains(QStringLiteral("checked in full")));
    }

    void changedRecordsAreNamed_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("named");
        QTest::addColumn<bool>("incremental"); // the check since the last one sees it too
        QTest::newRow("a lab value") << "UPDATE facts SET value_num = value_num + 1 WHERE id = 1"
                                     << "fact (lab value or attestation) 1 of case PA-0000001 (id 1) was changed outside pareview" << true; // the lowest id is always looked up
        QTest::newRow("the drug") << "UPDATE cases SET drug_text = 'something else' WHERE id = 1"
                                  << "case PA-0000001 (id 1) was changed outside pareview" << true;
        QTest::newRow("a fact deleted") << "DELETE FROM facts WHERE id = 2" << "fact (lab value or attestation) 2 of case PA-0000001 (id 1) was deleted outside pareview" << true;
        QTest::newRow("a diagnosis inserted") << "INSERT INTO diagnoses (case_id, code) VALUES (1, 'D68.0')"
                                              << "was inserted outside pareview: the audit trail never recorded it" << true;
        QTest::newRow("attachment bytes and hash") << "UPDATE attachments SET bytes = X'00', sha256 = '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', size = 1"
                                                   << "attachment 1 of case PA-0000001 (id 1) was changed outside pareview" << true;
        QTest::newRow("a turnaround rule") << "UPDATE due_rules SET hours = 720 WHERE line_of_business = 'commercial' AND priority = 'standard'"
                                           << "turnaround rule commercial / standard was changed outside pareview" << false;
    }

    void changedRecordsAreNamed()
    {
        QFETCH(QString, statement);
        QFETCH(QString, named);
        QFETCH(bool, incremental);
        QCOMPARE(verify().code, 0); // the checkpoint
        sql(statement);
        const CliRun quick = verify();
        QCOMPARE(quick.code, incremental ? 1 : 0);
        const CliRun full = verify({QStringLiteral("--full")});
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains(QStringLiteral("records were changed outside pareview: 1 problem")), qPrintable(full.err));
        QVERIFY2(full.err.contains(named), qPrintable(full.err));
    }

    void backupWritesTheAnchorAndVerifyReadsIt()
    {
        const QString settingsAnchor = m_dir.filePath(QStringLiteral("settings.anchor"));
        QSettings().setValue(AnchorExport::fileKey(), settingsAnchor);
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--to"), copy});
        QVERIFY2(backup.code == 0, qPrintable(backup.err));
        QVERIFY(QFile::exists(copy + QStringLiteral(".anchor")));
        QVERIFY(QFile::exists(settingsAnchor));
        QVERIFY2(backup.out.contains(QStringLiteral("written to %1").arg(settingsAnchor)), qPrintable(backup.out));
        QSettings().remove(AnchorExport::fileKey());

        const CliRun reached = verify({QStringLiteral("--anchor"), copy + QStringLiteral(".anchor")});
        QVERIFY2(reached.code == 0, qPrintable(reached.err));
        QVERIFY(reached.out.contains(QStringLiteral("reaches the anchor")));
        // The copy verifies against its own anchor too.
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy, QStringLiteral("--anchor"),
                         copy + QStringLiteral(".anchor")}).code, 0);

        // The tail cut off, records and all: only the anchor knows.
        sql(QStringLiteral("DELETE FROM audit_records WHERE audit_id = (SELECT MAX(id) FROM audit_log)"));
        sql(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"));
        const CliRun cut = verify({QStringLiteral("--anchor"), settingsAnchor});
        QCOMPARE(cut.code, 1);
        QVERIFY2(cut.err.contains(QStringLiteral("cut off")), qPrintable(cut.err));

        // `audit anchor --to` writes one by hand; a file without one is refused, saying why.
        const QString byHand = m_dir.filePath(QStringLiteral("hand.anchor"));
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--db"), copy, QStringLiteral("--to"), byHand}).code, 0);
        QCOMPARE(AnchorExport::read(byHand)->rows, AnchorExport::read(copy + QStringLiteral(".anchor"))->rows);
        const QString junk = m_dir.filePath(QStringLiteral("junk.anchor"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an anchor\n");
        f.close();
        const CliRun refused = verify({QStringLiteral("--anchor"), junk});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("holds no anchor")), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCli)
#include "tst_integritycli.moc"
