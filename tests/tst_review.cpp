// Review rules the store enforces, not the UI: who may decide what, read-only
// determined cases with superseding determinations, and a queue that never
// gives one case to two reviewers — checked with 8 threads each on its own
// connection, on SQLite and on PostgreSQL.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace pareview;
using namespace testsupport;

class TestReview final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin, m_nurse, m_reviewer, m_director;

    qint64 newCase(const char *example = "hg-01-complete")
    {
        auto id = CaseStore::create(*m_db, exampleFacts(QString::fromLatin1(example)), m_nurse);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        // Reviewed once the nurse submits it, as in the window.
        else if (auto s = Review::submitForReview(*m_db, id.value(), m_nurse); !s)
            qWarning("%s", qPrintable(s.error()));
        return id ? id.value() : -1;
    }

    static DeterminationInput approval(bool allToDirector = false)
    {
        DeterminationInput in;
        in.outcome = QStringLiteral("approve");
        in.policyId = allToDirector ? QStringLiteral("cigna-ip0535") : QStringLiteral("pharmacy-109");
        in.policyVersion = QStringLiteral("v");
        in.policyRequiresMedicalDirector = allToDirector;
        in.approvalStart = QDate(2026, 11, 21);
        in.approvalEnd = QDate(2027, 5, 20);
        return in;
    }

    qint64 refusals()
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'refused.%'"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
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
        m_admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &m_admin).value();
        m_reviewer = Users::add(*m_db, QStringLiteral("rita"), Role::ClinicalReviewer, QStringLiteral("reviewer password"), {}, {}, &m_admin).value();
        m_director = Users::add(*m_db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("director password"), {}, QStringLiteral("MD"), &m_admin).value();
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void whoMayDetermine_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("allToDirector");
        QTest::addColumn<bool>("allowed");
        for (const char *role : {"intake-nurse", "clinical-reviewer", "medical-director", "administrator"})
            for (const char *outcome : {"approve", "deny", "pend", "refer"})
                for (bool all : {false, true}) {
                    const bool director = QLatin1String(role) == QLatin1String("medical-director");
                    const bool reviewer = QLatin1String(role) == QLatin1String("clinical-reviewer");
                    const bool allowed = director || (reviewer && QLatin1String(outcome) != QLatin1String("deny") && !all);
                    QTest::addRow("%s %s%s", role, outcome, all ? " (policy: all to medical director)" : "")
                        << QString::fromLatin1(role) << QString::fromLatin1(outcome) << all << allowed;
                }
    }

    void whoMayDetermine()
    {
        QFETCH(QString, role);
        QFETCH(QString, outcome);
        QFETCH(bool, allToDirector);
        QFETCH(bool, allowed);
        const qint64 id = newCase();
        const User &actor = role == QLatin1String("intake-nurse") ? m_nurse
                            : role == QLatin1String("clinical-reviewer") ? m_reviewer
                            : role == QLatin1String("medical-director") ? m_director : m_admin;
        DeterminationInput in = approval(allToDirector);
        in.outcome = outcome;
        in.referTo = QStringLiteral("CP.CPA.09");
        in.replyBy = QDate(2026, 12, 5);
        const qint64 refusedBefore = refusals();
        auto r = Review::determine(*m_db, id, in, actor);
        QCOMPARE(r.ok(), allowed);
        if (!allowed) {
            QCOMPARE(refusals(), refusedBefore + 1); // forbidden attempts are audited
            QCOMPARE(Review::determinations(*m_db, id)->size(), 0);
            QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("in-review"));
        } else {
            const QString expected = outcome == QLatin1String("pend") ? QStringLiteral("pended") : QStringLiteral("determined");
            QCOMPARE(CaseStore::summary(*m_db, id)->status, expected);
        }
        QVERIFY(AuditLog::verify(*m_db));
    }

    void determinedCaseIsReadOnlyAndSuperseded()
    {
        const qint64 id = newCase();
        auto first = Review::determine(*m_db, id, approval(), m_reviewer);
        QVERIFY2(first, qPrintable(first.error()));
        CriterionDecision d{QStringLiteral("pharmacy-109"), QStringLiteral("Hemgenix.2"), QStringLiteral("met"), QStringLiteral("late note"), {}, {}};
        const auto refused = Review::recordDecision(*m_db, id, d, m_reviewer);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("read only")), qPrintable(refused.error()));

        DeterminationInput deny = approval();
        deny.outcome = QStringLiteral("deny");
        deny.rationale = QStringLiteral("Hemgenix.8.c not met");
        // Recording again would replace it without a word: a supersede, by a medical director, with a reason.
        auto again = Review::determine(*m_db, id, deny, m_director);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("already determined")), qPrintable(again.error()));
        auto second = Review::supersede(*m_db, id, deny, QStringLiteral("late ultrasound report"), m_director);
        QVERIFY2(second, qPrintable(second.error()));
        const auto all = Review::determinations(*m_db, id).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].supersedes, std::optional<qint64>(all[0].id));
        QCOMPARE(Review::latestDetermination(*m_db, id).value()->outcome, QStringLiteral("deny"));
    }

    void decisionsKeepWhoWhenAndWhy()
    {
        const qint64 id = newCase();
        const auto attachment = CaseStore::attachments(*m_db, id).value().first().id;
        CriterionDecision d{QStringLiteral("pharmacy-109"), QStringLiteral("Hemgenix.4"), QStringLiteral("met"),
                            QStringLiteral("bleeds documented in the chart note"), attachment, 1};
        QVERIFY(Review::recordDecision(*m_db, id, d, m_reviewer));
        auto q = m_db->exec(QStringLiteral("SELECT status, source, user_id, note, attachment_id, page FROM criterion_decisions WHERE case_id = :c"),
                            {{QStringLiteral("c"), id}});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("met"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("reviewer"));
        QCOMPARE(q->value(2).toLongLong(), m_reviewer.id);
        QCOMPARE(q->value(3).toString(), QStringLiteral("bleeds documented in the chart note"));
        QCOMPARE(q->value(4).toLongLong(), attachment);
        QCOMPARE(q->value(5).toInt(), 1);
        QVERIFY(!Review::recordDecision(*m_db, id, d, m_nurse));
        d.status = QStringLiteral("maybe");
        QVERIFY(!Review::recordDecision(*m_db, id, d, m_reviewer));
    }

    void pendStopsTheClock()
    {
        const qint64 id = newCase();
        DeterminationInput pend = approval();
        pend.outcome = QStringLiteral("pend");
        pend.replyBy = QDate(2026, 12, 5);
        QVERIFY(Review::determine(*m_db, id, pend, m_reviewer));
        auto q = m_db->exec(QStringLiteral("SELECT status, clock_stopped_at FROM cases WHERE id = :id"), {{QStringLiteral("id"), id}});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("pended"));
        QVERIFY(!q->value(1).isNull());
    }

    void pendStopsAndResumesTheClock()
    {
        const qint64 id = newCase(); // commercial, standard: due 15 days after receipt
        const QDateTime dueBefore = CaseStore::summary(*m_db, id)->dueBy;
        DeterminationInput pend = approval();
        pend.outcome = QStringLiteral("pend");
        pend.replyBy = QDate::currentDate().addDays(14);
        QVERIFY(Review::determine(*m_db, id, pend, m_reviewer));
        // The information arrives two hours later.
        const QString twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODateWithMs);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE cases SET clock_stopped_at = :t WHERE id = :id"),
                           {{QStringLiteral("t"), twoHoursAgo}, {QStringLiteral("id"), id}}));
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        const CaseSummary after = CaseStore::summary(*m_db, id).value();
        QCOMPARE(after.status, QStringLiteral("in-review"));
        QVERIFY(qAbs(dueBefore.secsTo(after.dueBy) - 7200) < 60); // moved by the time it stood still
        auto q = m_db->exec(QStringLiteral("SELECT clock_stopped_at FROM cases WHERE id = :id"), {{QStringLiteral("id"), id}});
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).isNull());
    }

    void newYorkClockStartsOverWhenInformationArrives()
    {
        CaseFacts facts = exampleFacts(QStringLiteral("ro-01-complete"));
        facts.lineOfBusiness = {QStringLiteral("essential-plan"), {}, QStringLiteral("test")};
        const qint64 id = CaseStore::create(*m_db, facts, m_nurse).value();
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        DeterminationInput pend = approval();
        pend.outcome = QStringLiteral("pend");
        pend.replyBy = QDate::currentDate().addDays(14);
        QVERIFY(Review::determine(*m_db, id, pend, m_reviewer));
        const QDateTime submitted = QDateTime::currentDateTimeUtc();
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        const QDateTime due = CaseStore::summary(*m_db, id)->dueBy;
        // 3 business days from receipt of the necessary information.
        const QDateTime expected = CaseStore::dueBy(*m_db, QStringLiteral("essential-plan"), QStringLiteral("standard"), submitted).value();
        QVERIFY2(qAbs(due.secsTo(expected)) < 60, qPrintable(due.toString(Qt::ISODate) + QStringLiteral(" vs ") + expected.toString(Qt::ISODate)));
        QVERIFY(submitted.daysTo(due) >= 3);
    }

    void claimTakesTheCaseDueFirst()
    {
        const qint64 commercial = newCase("hg-01-complete");       // standard: 15 days
        const qint64 expedited = newCase("sf-01-hemA-inhibitor-12bu"); // urgent: 72 hours
        auto first = Review::claimNext(*m_db, m_reviewer);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first.value(), std::optional<qint64>(expedited));
        QCOMPARE(Review::claimNext(*m_db, m_director).value(), std::optional<qint64>(commercial));
        QCOMPARE(Review::claimNext(*m_db, m_reviewer).value(), std::optional<qint64>());
        QVERIFY(!Review::claimNext(*m_db, m_nurse));
        QCOMPARE(CaseStore::summary(*m_db, expedited)->assigneeId, std::optional<qint64>(m_reviewer.id));
    }

    // Many reviewers at once, each on its own connection: no case twice.
    void concurrentClaimsNeverShareACase()
    {
        const int cases = 40;
        const CaseFacts facts = exampleFacts(QStringLiteral("sf-01-hemA-inhibitor-12bu"));
        for (int i = 0; i < cases; ++i)
            QVERIFY(CaseStore::create(*m_db, facts, m_nurse, CaseArrival::Electronic)); // submitted as they arrive
        QMutex mutex;
        QVector<qint64> claimed;
        QStringList errors;
        const QString location = m_store->location();
        const User reviewer = m_reviewer;
        QVector<QThread *> threads;
        for (int t = 0; t < 8; ++t) {
            threads.append(QThread::create([&, location, reviewer] {
                auto db = Database::open(location);
                if (!db) {
                    QMutexLocker lock(&mutex);
                    errors << db.error();
                    return;
                }
                for (;;) {
                    auto r = Review::claimNext(*db.value(), reviewer);
                    QMutexLocker lock(&mutex);
                    if (!r) {
                        errors << r.error();
                        return;
                    }
                    if (!r.value())
                        return;
                    claimed.append(*r.value());
                }
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(claimed.size(), cases);
        QCOMPARE(QSet<qint64>(claimed.cbegin(), claimed.cend()).size(), cases);
        QVERIFY(AuditLog::verify(*m_db));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
