// The worklist search (issue 10, point 9) on both engines: any word of the
// member's name, the start of a member id, a case reference — in any case,
// accents or not — each row a search and the members it must find. And the
// search is served by the terms index: EXPLAIN QUERY PLAN (SQLite) and
// EXPLAIN (PostgreSQL) read case_search_terms through its key, never every
// case.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Users.h"
#include "store/Worklist.h"

#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestWorklistSearch final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_nurse;
    QHash<QString, qint64> m_ids; // member name -> case id

    qint64 addCase(const QString &name, const QString &memberId)
    {
        CaseFacts facts = exampleFacts(QStringLiteral("hg-01-complete"));
        facts.memberName.value = name;
        facts.memberId.value = memberId;
        auto id = CaseStore::create(*m_db, facts, m_nurse);
        if (!id)
            qFatal("case not stored: %s", qPrintable(id.error()));
        m_ids.insert(name, id.value());
        return id.value();
    }

    QStringList found(const QString &search)
    {
        WorklistFilter f;
        f.search = search;
        auto rows = Worklist::page(*m_db, f, {}, 0, 100);
        if (!rows)
            qFatal("search failed: %s", qPrintable(rows.error()));
        QStringList names;
        for (const WorklistRow &r : rows.value())
            names << r.memberName;
        names.sort();
        auto count = Worklist::count(*m_db, f);
        if (!count || count.value() != names.size())
            qFatal("count %lld differs from the page's %lld rows", count ? count.value() : -1LL, qint64(names.size()));
        return names;
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
        auto admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password"));
        QVERIFY2(admin, qPrintable(admin.error()));
        auto nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), QString(), QString(), &admin.value());
        QVERIFY2(nurse, qPrintable(nurse.error()));
        m_nurse = nurse.value();
        m_ids.clear();
        addCase(QStringLiteral("Chidi Okafor"), QStringLiteral("M20001234"));       // PA-0000001
        addCase(QStringLiteral("Olivia Martinez"), QStringLiteral("M20009999"));    // PA-0000002
        addCase(QStringLiteral("José Núñez-Smith"), QStringLiteral("M30000001"));   // PA-0000003
        addCase(QStringLiteral("Mary O'Brien"), QStringLiteral("X-77"));            // PA-0000004
        addCase(QStringLiteral("Okonkwo Adebayo"), QStringLiteral("M40000000"));    // PA-0000005
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("members");
        const QString chidi = QStringLiteral("Chidi Okafor"), olivia = QStringLiteral("Olivia Martinez"),
                      jose = QStringLiteral("José Núñez-Smith"), mary = QStringLiteral("Mary O'Brien"),
                      okonkwo = QStringLiteral("Okonkwo Adebayo");
        QTest::newRow("family name alone: Okafor") << QStringLiteral("Okafor") << QStringList{chidi};
        QTest::newRow("lower case: okafor") << QStringLiteral("okafor") << QStringList{chidi};
        QTest::newRow("given name: Chidi") << QStringLiteral("Chidi") << QStringList{chidi};
        QTest::newRow("whole name") << QStringLiteral("Chidi Okafor") << QStringList{chidi};
        QTest::newRow("words in any order") << QStringLiteral("martinez olivia") << QStringList{olivia};
        QTest::newRow("start of a word: oka") << QStringLiteral("oka") << QStringList{chidi};
        QTest::newRow("start of words in two names: ok") << QStringLiteral("ok") << QStringList{chidi, okonkwo};
        QTest::newRow("start of each word: olivia mar") << QStringLiteral("olivia mar") << QStringList{olivia};
        QTest::newRow("middle of a word finds nothing") << QStringLiteral("kafor") << QStringList{};
        QTest::newRow("words of two members find neither") << QStringLiteral("okafor olivia") << QStringList{};
        QTest::newRow("case reference") << QStringLiteral("PA-0000001") << QStringList{chidi};
        QTest::newRow("case reference, lower case") << QStringLiteral("pa-0000002") << QStringList{olivia};
        QTest::newRow("member id prefix M2000") << QStringLiteral("M2000") << QStringList{chidi, olivia};
        QTest::newRow("whole member id") << QStringLiteral("M20001234") << QStringList{chidi};
        QTest::newRow("member id with a dash") << QStringLiteral("x-77") << QStringList{mary};
        QTest::newRow("accents as typed: Núñez") << QStringLiteral("Núñez") << QStringList{jose};
        QTest::newRow("accents left out: nunez") << QStringLiteral("nunez") << QStringList{jose};
        QTest::newRow("accents left out: jose") << QStringLiteral("jose") << QStringList{jose};
        QTest::newRow("part of a hyphenated name: smith") << QStringLiteral("smith") << QStringList{jose};
        QTest::newRow("apostrophe: O'Brien") << QStringLiteral("O'Brien") << QStringList{mary};
        QTest::newRow("after the apostrophe: brien") << QStringLiteral("brien") << QStringList{mary};
        QTest::newRow("punctuation around a word: Okafor,") << QStringLiteral("Okafor, ") << QStringList{chidi};
        QTest::newRow("LIKE wildcards are plain characters: %") << QStringLiteral("%") << QStringList{};
        QTest::newRow("LIKE wildcards are plain characters: o_a") << QStringLiteral("o_a") << QStringList{};
        QTest::newRow("nothing typed: every case") << QStringLiteral("  ") << QStringList{chidi, jose, mary, okonkwo, olivia};
    }

    void search()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, members);
        members.sort();
        QCOMPARE(found(typed), members);
    }

    // The terms are rewritten with the case, in its transaction: a corrected
    // name is found by its new words and no longer by the old ones.
    void correctedNameIsFoundByItsNewWords()
    {
        const qint64 id = m_ids.value(QStringLiteral("Chidi Okafor"));
        CaseFacts facts = exampleFacts(QStringLiteral("hg-01-complete"));
        facts.memberName.value = QStringLiteral("Chidi Okafor-Eze");
        facts.memberId.value = QStringLiteral("M20001234");
        auto s = CaseStore::updateDraft(*m_db, id, facts, m_nurse);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(found(QStringLiteral("eze")), QStringList{QStringLiteral("Chidi Okafor-Eze")});
        QCOMPARE(found(QStringLiteral("okafor")), QStringList{QStringLiteral("Chidi Okafor-Eze")});
        facts.memberName.value = QStringLiteral("Chidi Obi");
        QVERIFY(CaseStore::updateDraft(*m_db, id, facts, m_nurse));
        QCOMPARE(found(QStringLiteral("okafor")), QStringList{});
        QCOMPARE(found(QStringLiteral("obi")), QStringList{QStringLiteral("Chidi Obi")});
        auto terms = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM case_search_terms WHERE case_id = :c"), {{QStringLiteral("c"), id}});
        QVERIFY(terms && terms->next());
        QCOMPARE(terms->value(0).toInt(), 4); // chidi, obi, m20001234, pa-0000001
    }

    void searchIsServedByTheTermsIndex()
    {
        QFETCH_GLOBAL(QString, engine);
        WorklistFilter f;
        f.search = QStringLiteral("okafor M2000");
        QVariantMap values;
        QString sql = Worklist::pageSql(f, {}, &values, m_db->engine());
        values.insert(QStringLiteral("limit"), 200);
        values.insert(QStringLiteral("offset"), 0);
        QString plan;
        if (engine == QLatin1String("sqlite")) {
            auto q = m_db->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
            QVERIFY2(q, qPrintable(q.error()));
            while (q->next())
                plan += q->value(3).toString() + QLatin1Char('\n');
            // The terms through their primary key, each case by its id; no
            // pass over the cases table.
            QVERIFY2(plan.contains(QStringLiteral("SEARCH t USING PRIMARY KEY (term>? AND term<?)")), qPrintable(plan));
            QVERIFY2(plan.contains(QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)")), qPrintable(plan));
            QVERIFY2(!plan.contains(QStringLiteral("SCAN c")), qPrintable(plan));
        } else {
            // Five cases are cheaper to read whole; with that ruled out the
            // plan shows the index can serve the search.
            // PostgreSQL does not prepare an EXPLAIN: the values written in.
            QStringList keys = values.keys();
            std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
            for (const QString &key : std::as_const(keys)) {
                const QVariant v = values.value(key);
                const QString literal = v.typeId() == QMetaType::Int ? v.toString()
                                                                      : QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
                sql.replace(QLatin1Char(':') + key, literal);
            }
            QVERIFY(m_db->exec(QStringLiteral("SET enable_seqscan = off")));
            auto q = m_db->exec(QStringLiteral("EXPLAIN ") + sql);
            QVERIFY2(q, qPrintable(q.error()));
            while (q->next())
                plan += q->value(0).toString() + QLatin1Char('\n');
            QVERIFY(m_db->exec(QStringLiteral("SET enable_seqscan = on")));
            QVERIFY2(plan.contains(QStringLiteral("case_search_terms_pkey")), qPrintable(plan));
            QVERIFY2(!plan.contains(QStringLiteral("Seq Scan on cases")), qPrintable(plan));
        }
    }

    void termsOfACase()
    {
        QCOMPARE(Worklist::searchTerms(QStringLiteral("  José  Núñez-Smith "), QStringLiteral("M300"), QStringLiteral("PA-0000003")),
                 (QStringList{QStringLiteral("jose"), QStringLiteral("nunez-smith"), QStringLiteral("nunez"), QStringLiteral("smith"),
                              QStringLiteral("m300"), QStringLiteral("pa-0000003")}));
        QCOMPARE(Worklist::searchWords(QStringLiteral("a b c d e f g h")).size(), Worklist::MaxSearchWords);
    }
};

QTEST_GUILESS_MAIN(TestWorklistSearch)
#include "tst_worklistsearch.moc"
