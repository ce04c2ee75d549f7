// The store's engine layer: a fresh SQLite file gets the current schema, an
// existing one opens unchanged, a newer-than-known one is refused, a damaged
// one fails its integrity check, and transactions roll back unless committed.

#include "StoreFixture.h"

#include "store/Database.h"
#include "store/Schema.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestDatabase final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    bool sqliteOnly()
    {
        QFETCH_GLOBAL(QString, engine);
        return engine == QLatin1String("sqlite");
    }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void freshStoreGetsCurrentSchema()
    {
        QFETCH_GLOBAL(QString, engine);
        FreshStore store(engine);
        auto db = Database::open(store.location());
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Schema::latestVersion());
        const QStringList tables = db.value()->connection().tables();
        for (const char *t : {"meta", "users", "cases", "diagnoses", "facts", "attachments", "criterion_decisions",
                              "determinations", "letters", "audit_log", "due_rules", "appeal_rules"})
            QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
        auto rules = db.value()->exec(QStringLiteral("SELECT hours FROM due_rules WHERE line_of_business = 'commercial' AND priority = 'standard'"));
        QVERIFY(rules && rules->next());
        QCOMPARE(rules->value(0).toInt(), 15 * 24);
        if (engine != QLatin1String("sqlite"))
            return;
        auto mode = db.value()->exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
        auto fk = db.value()->exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
    }

    void reopenKeepsData()
    {
        QFETCH_GLOBAL(QString, engine);
        FreshStore store(engine);
        {
            auto db = Database::open(store.location());
            QVERIFY(db);
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', 'kept')")));
        }
        auto db = Database::open(store.location());
        QVERIFY2(db, qPrintable(db.error()));
        auto q = db.value()->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'probe'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("kept"));
    }

    // The upgrade ladder: a store at version 1 (as shipped first) is brought
    // to the current version on open, step by step, its data kept.
    void upgradeFromVersionOne()
    {
        QFETCH_GLOBAL(QString, engine);
        FreshStore store(engine);
        {
            auto db = Database::open(store.location());
            QVERIFY(db);
            // Back to what version 1 had: none of version 2's indexes.
            for (const char *index : {"cases_due", "cases_assignee_due", "cases_status_due", "cases_drug_payer_due", "cases_payer",
                                      "cases_member_id", engine == QLatin1String("sqlite") ? "cases_member_nocase" : "cases_member_lower",
                                      "attachments_list"})
                (void)db.value()->exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index)));
            QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE IF EXISTS case_search_terms")));
            QVERIFY(db.value()->exec(QStringLiteral("CREATE INDEX IF NOT EXISTS cases_drug_payer ON cases (drug, payer)")));
            QVERIFY(db.value()->exec(QStringLiteral("CREATE INDEX IF NOT EXISTS attachments_case ON attachments (case_id)")));
            // Nor version 7's open cases, request keys and change notifications.
            QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE IF EXISTS case_sessions")));
            QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE IF EXISTS request_keys")));
            if (engine != QLatin1String("sqlite")) {
                QVERIFY(db.value()->exec(QStringLiteral("DROP TRIGGER IF EXISTS pareview_notify_change ON audit_log")));
                QVERIFY(db.value()->exec(QStringLiteral("DROP FUNCTION IF EXISTS pareview_notify_change()")));
            }
            // Nor version 10's case field sources.
            QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE case_field_sources")));
            // Nor version 9's record binding.
            for (const char *table : {"audit_records", "integrity_checkpoints"})
                QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(db.value()->exec(QStringLiteral("ALTER TABLE audit_log DROP COLUMN records_hash")));
            // Nor the fact corrections table (version 5).
            QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE IF EXISTS fact_corrections")));
            // Nor version 3's payer table and chosen policy.
            for (const char *table : {"payer_policies", "payer_names", "payers"})
                QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(db.value()->exec(QStringLiteral("ALTER TABLE cases DROP COLUMN policy_id")));
            // …nor version 4's columns.
            for (const char *column : {"member_explanation", "supersede_reason"})
                QVERIFY(db.value()->exec(QStringLiteral("ALTER TABLE determinations DROP COLUMN %1").arg(QLatin1String(column))));
            // …nor version 8's appeals, their deadline tables and the filing rules' new columns.
            for (const char *table : {"appeal_letters", "appeals", "peer_to_peer", "appeal_deadlines", "peer_to_peer_rules"})
                QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            for (const char *column : {"rule", "next_level", "next_level_days", "next_level_rule"})
                QVERIFY(db.value()->exec(QStringLiteral("ALTER TABLE appeal_rules DROP COLUMN %1").arg(QLatin1String(column))));
            QVERIFY(db.value()->exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")));
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', 'kept through the upgrade')")));
        }
        auto db = Database::open(store.location());
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Schema::latestVersion());
        auto version = db.value()->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        QVERIFY(version && version->next());
        QCOMPARE(version->value(0).toString(), QString::number(Schema::latestVersion()));
        QVERIFY(db.value()->exec(QStringLiteral("SELECT member_explanation, supersede_reason FROM determinations")));
        auto probe = db.value()->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'probe'"));
        QVERIFY(probe && probe->next());
        QCOMPARE(probe->value(0).toString(), QStringLiteral("kept through the upgrade"));
        // Version 2's index is there again.
        const QString indexQuery = engine == QLatin1String("sqlite")
                                       ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'cases_due'")
                                       : QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'cases_due'");
        auto index = db.value()->exec(indexQuery);
        QVERIFY(index && index->next());
        QCOMPARE(index->value(0).toInt(), 1);
        // Version 3 seeds the payer table.
        auto payers = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM payers"));
        QVERIFY(payers && payers->next());
        QVERIFY(payers->value(0).toInt() > 0);
        // And the fact corrections table.
        QVERIFY(db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM fact_corrections")));
        // And version 7's tables, and on PostgreSQL its notification trigger.
        QVERIFY(db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM case_sessions")));
        QVERIFY(db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM request_keys")));
        if (engine != QLatin1String("sqlite")) {
            auto trigger = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'pareview_notify_change'"));
            QVERIFY(trigger && trigger->next());
            QCOMPARE(trigger->value(0).toInt(), 2);
        }
        // Version 8: the appeal deadlines with their rules, the filing windows kept and cited.
        auto appeal = db.value()->exec(QStringLiteral("SELECT d.hours, r.days, r.next_level, d.rule FROM appeal_deadlines d"
                                                      " JOIN appeal_rules r ON r.line_of_business = d.line_of_business"
                                                      " WHERE d.line_of_business = 'medicare-advantage' AND d.priority = 'standard'"));
        QVERIFY(appeal && appeal->next());
        QCOMPARE(appeal->value(0).toInt(), 7 * 24);
        QCOMPARE(appeal->value(1).toInt(), 65);
        QCOMPARE(appeal->value(2).toString(), QStringLiteral("independent-review-entity"));
        QVERIFY(appeal->value(3).toString().contains(QStringLiteral("422.590")));
        QVERIFY(db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM appeals")));
        QVERIFY(db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM peer_to_peer")));
        // Version 10: the case field sources, and on PostgreSQL their integrity trigger.
        QVERIFY(db.value()->exec(QStringLiteral("SELECT field, version, value, kind, source, recorded_by, recorded_at FROM case_field_sources")));
        if (engine != QLatin1String("sqlite")) {
            auto trigger = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
                                                           " WHERE g.tgname = 'pareview_integrity' AND c.relname = 'case_field_sources'"));
            QVERIFY(trigger && trigger->next());
            QCOMPARE(trigger->value(0).toInt(), 1);
        }
    }

    void newerSchemaIsRefused()
    {
        QFETCH_GLOBAL(QString, engine);
        FreshStore store(engine);
        {
            auto db = Database::open(store.location());
            QVERIFY(db);
            QVERIFY(db.value()->exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        }
        auto db = Database::open(store.location());
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("schema version 99, newer than this program knows")), qPrintable(db.error()));
    }

    void foreignKeysAreEnforced()
    {
        QFETCH_GLOBAL(QString, engine);
        FreshStore store(engine);
        auto db = Database::open(store.location());
        QVERIFY(db);
        auto r = db.value()->exec(QStringLiteral("INSERT INTO diagnoses (case_id, code) VALUES (12345, 'D67')"));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(r.error()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QFETCH_GLOBAL(QString, engine);
        FreshStore store(engine);
        auto db = Database::open(store.location());
        QVERIFY(db);
        {
            Transaction t(*db.value());
            QVERIFY(t.started());
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', '1')")));
        }
        {
            Transaction t(*db.value());
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('b', '2')")));
            QVERIFY(t.commit());
        }
        auto q = db.value()->exec(QStringLiteral("SELECT key FROM meta WHERE key IN ('a','b') ORDER BY key"));
        QVERIFY(q);
        QStringList keys;
        while (q->next())
            keys << q->value(0).toString();
        QCOMPARE(keys, QStringList{QStringLiteral("b")});
    }

    void damagedFileFailsIntegrityCheck()
    {
        if (!sqliteOnly())
            QSKIP("a damaged file is an SQLite matter");
        const QString file = path("damaged.sqlite");
        {
            auto db = Database::open(file);
            QVERIFY(db);
            for (int i = 0; i < 200; ++i)
                QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)"),
                                         {{QStringLiteral("k"), QStringLiteral("key-%1").arg(i)}, {QStringLiteral("v"), QString(200, QLatin1Char('x'))}}));
            QVERIFY(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        // Scribble over the middle of the file, past the header page.
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("integrity")) || db.error().contains(QStringLiteral("malformed")), qPrintable(db.error()));
    }

    void badPostgresLocationIsExplained()
    {
        if (!sqliteOnly())
            return; // engine-independent: run once
        auto db = Database::open(QStringLiteral("postgresql://nohost"));
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("postgresql://user@host:port/name")), qPrintable(db.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
