// The audit trail's hash chain finds every edit, deletion, insertion and
// reordering made directly in the database, and an anchor finds a cut-off
// tail. Runs on SQLite and, when the test script started one, PostgreSQL.

#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestAuditLog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;

    void appendRows(int n)
    {
        for (int i = 0; i < n; ++i) {
            Transaction t(*m_db);
            QVERIFY(t.started());
            const auto s = AuditLog::append(*m_db, {qint64(1), QStringLiteral("nurse"), qint64(10 + i % 3),
                                                    i % 2 ? QStringLiteral("case.read") : QStringLiteral("case.update"),
                                                    QStringLiteral("row %1").arg(i)});
            QVERIFY2(s, qPrintable(s.error()));
            QVERIFY(t.commit());
        }
    }

    void sql(const QString &statement)
    {
        auto r = m_db->exec(statement);
        QVERIFY2(r, qPrintable(r.error()));
    }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        appendRows(6);
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void wholeChainVerifies()
    {
        auto head = AuditLog::verify(*m_db);
        QVERIFY2(head, qPrintable(head.error()));
        QCOMPARE(head->rows, 7); // the seal and six rows
        QCOMPARE(head->hash.size(), 64);
        QVERIFY(AuditLog::verifyAgainst(*m_db, *head));
        // An anchor taken earlier is still reached after more rows.
        appendRows(2);
        QVERIFY(AuditLog::verifyAgainst(*m_db, *head));
        QCOMPARE(AuditAnchor::parse(head->toString())->hash, head->hash);
    }

    void tamperIsFound_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("message");
        // Row 1 of a new store is its integrity seal (docs/integrity.md); appendRows() adds rows 2 to 7.
        QTest::newRow("change a detail") << "UPDATE audit_log SET detail = 'nothing happened' WHERE id = 4"
                                         << "audit row 4 (position 4, action \"case.update\"): its contents do not match";
        QTest::newRow("change the user") << "UPDATE audit_log SET user_name = 'director' WHERE id = 2" << "audit row 2";
        QTest::newRow("change the time") << "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 5" << "audit row 5";
        QTest::newRow("delete a row") << "DELETE FROM audit_log WHERE id = 3" << "audit row 4 (position 3): its link to the previous row does not match";
        QTest::newRow("delete the first row") << "DELETE FROM audit_log WHERE id = 1" << "audit row 2 (position 1)";
        QTest::newRow("insert a row") << "INSERT INTO audit_log (id, at, user_name, action, detail, prev_hash, hash) "
                                         "SELECT 100, at, user_name, action, 'forged', prev_hash, hash FROM audit_log WHERE id = 6"
                                      << "audit row 100 (position 8)";
        QTest::newRow("reorder two rows") << "UPDATE audit_log SET id = CASE id WHEN 2 THEN 1002 WHEN 4 THEN 1004 END WHERE id IN (2, 4)"
                                          << "its link to the previous row does not match";
        QTest::newRow("rewrite a row and its hash") << "UPDATE audit_log SET detail = 'x', hash = prev_hash WHERE id = 4" << "audit row 4";
    }

    void tamperIsFound()
    {
        QFETCH(QString, statement);
        QFETCH(QString, message);
        sql(statement);
        auto head = AuditLog::verify(*m_db);
        QVERIFY(!head);
        QVERIFY2(head.error().contains(message), qPrintable(head.error()));
    }

    void cutOffTailIsFoundByTheAnchor()
    {
        auto head = AuditLog::verify(*m_db);
        QVERIFY(head);
        sql(QStringLiteral("DELETE FROM audit_log WHERE id >= 5"));
        // The shorter chain is whole in itself…
        QVERIFY(AuditLog::verify(*m_db));
        // …but no longer reaches the anchor.
        const auto s = AuditLog::verifyAgainst(*m_db, *head);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("cut off")), qPrintable(s.error()));
    }

    void appendRollsBackWithItsTransaction()
    {
        {
            Transaction t(*m_db);
            const auto s = AuditLog::append(*m_db, {std::nullopt, QStringLiteral("x"), std::nullopt, QStringLiteral("case.update"), {}});
            QVERIFY2(s, qPrintable(s.error()));
            // no commit
        }
        auto head = AuditLog::verify(*m_db);
        QVERIFY(head);
        QCOMPARE(head->rows, 7);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
