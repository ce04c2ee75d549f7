// Case states as one workflow (review/CaseWorkflow): every state × role ×
// transition, taken through the store as the window and the command line
// take it, allowed or refused — a refusal audited, the case unchanged. The
// expected table below is written from the workflow's rules, not read from
// the code; on SQLite and on PostgreSQL.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "review/CaseWorkflow.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QSet>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

const QStringList kStates = {QStringLiteral("intake"),     QStringLiteral("in-review"),     QStringLiteral("awaiting-medical-director"),
                             QStringLiteral("determined"), QStringLiteral("letter-issued"), QStringLiteral("pended"),
                             QStringLiteral("withdrawn")};
const QStringList kRoles = {QStringLiteral("intake-nurse"), QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director"),
                            QStringLiteral("administrator")};

struct Transition
{
    const char *action;
    const char *status; // the status after it is allowed ("" where it stays)
    // role -> states it is allowed from
    QHash<QString, QSet<QString>> allowedFrom;
};

QSet<QString> set(std::initializer_list<const char *> states)
{
    QSet<QString> out;
    for (const char *s : states)
        out << QString::fromLatin1(s);
    return out;
}

const QVector<Transition> &rules()
{
    const QString nurse = QStringLiteral("intake-nurse"), reviewer = QStringLiteral("clinical-reviewer"),
                  director = QStringLiteral("medical-director"), admin = QStringLiteral("administrator");
    static const QVector<Transition> list = {
        // The nurse submits a new case, or a pended one with the information asked for.
        {"submit", "in-review", {{nurse, set({"intake", "pended"})}, {admin, set({"intake", "pended"})}}},
        // Reviewers take unassigned cases waiting for review.
        {"claim", "in-review", {{reviewer, set({"in-review"})}, {director, set({"in-review"})}}}, // a draft at intake is the nurse's
        // Criteria are decided while the case is in review; once it waits for
        // the medical director, by the director only; never on a pended or closed case.
        // Never at intake: the nurse submits (or a reviewer claims) the case first.
        {"decide a criterion", "", {{reviewer, set({"in-review"})}, {director, set({"in-review", "awaiting-medical-director"})}}},
        // Only a case in review goes to the medical director: never a never-submitted one.
        {"send to medical director", "awaiting-medical-director", {{reviewer, set({"in-review"})}, {director, set({"in-review"})}}},
        // An approval: by a reviewer until the case waits for the director; a
        // determined case is superseded by a medical director only.
        {"approve", "determined",
         {{reviewer, set({"in-review", "pended"})},
          {director, set({"in-review", "awaiting-medical-director", "pended", "determined", "letter-issued"})}}},
        {"deny", "determined", {{director, set({"in-review", "awaiting-medical-director", "pended", "determined", "letter-issued"})}}},
        {"pend", "pended",
         {{reviewer, set({"in-review", "pended"})},
          {director, set({"in-review", "awaiting-medical-director", "pended", "determined", "letter-issued"})}}},
    };
    return list;
}

} // namespace

class TestWorkflow final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    QHash<QString, User> m_users;
    QString m_engine;

    // One store per engine, the users made once: password hashing is slow by design.
    void storeFor(const QString &engine)
    {
        if (m_engine == engine && m_db)
            return;
        m_db.reset();
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        m_engine = engine;
        const User admin = Users::add(*m_db, QStringLiteral("administrator"), Role::Administrator, QStringLiteral("admin password")).value();
        m_users.clear();
        m_users.insert(QStringLiteral("administrator"), admin);
        for (const QString &role : kRoles)
            if (role != QLatin1String("administrator"))
                m_users.insert(role, Users::add(*m_db, role, *roleFromName(role), QStringLiteral("password of %1").arg(role),
                                                QStringLiteral("Dr. %1").arg(role), QStringLiteral("MD"), &admin)
                                         .value());
    }

    QString statusOf(qint64 id)
    {
        auto q = m_db->exec(QStringLiteral("SELECT status FROM cases WHERE id = :id"), {{QStringLiteral("id"), id}});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    qint64 count(const QString &sql)
    {
        auto q = m_db->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    Status attempt(const QString &action, qint64 id, const User &actor)
    {
        if (action == QLatin1String("submit"))
            return Review::submitForReview(*m_db, id, actor);
        if (action == QLatin1String("claim")) {
            auto r = Review::claimNext(*m_db, actor);
            if (!r)
                return Error{r.error()};
            return r.value() == std::optional<qint64>(id) ? success() : Status(Error{QStringLiteral("the queue gave nothing")});
        }
        if (action == QLatin1String("decide a criterion"))
            return Review::recordDecision(*m_db, id, {QStringLiteral("pharmacy-109"), QStringLiteral("Hemgenix.2"), QStringLiteral("met"), {}, {}, {}}, actor);
        if (action == QLatin1String("send to medical director"))
            return Review::sendToMedicalDirector(*m_db, id, QStringLiteral("please look at 8.c"), actor);
        DeterminationInput in;
        in.outcome = action;
        in.policyId = QStringLiteral("pharmacy-109");
        in.policyVersion = QStringLiteral("v");
        in.approvalStart = QDate(2026, 11, 21);
        in.approvalEnd = QDate(2027, 5, 20);
        in.replyBy = QDate(2026, 12, 5);
        in.rationale = QStringLiteral("test");
        // A final determination is changed only by superseding it, with a reason.
        const QString status = statusOf(id);
        auto r = Review::isDetermined(status) ? Review::supersede(*m_db, id, in, QStringLiteral("new information"), actor)
                                              : Review::determine(*m_db, id, in, actor);
        return r ? success() : Status(Error{r.error()});
    }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void cleanupTestCase()
    {
        m_db.reset();
        m_store.reset();
    }

    void everyStateRoleAndTransition_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("after");
        for (const Transition &r : rules())
            for (const QString &state : kStates)
                for (const QString &role : kRoles) {
                    const bool allowed = r.allowedFrom.value(role).contains(state);
                    QTest::addRow("%s from %s by %s", r.action, qPrintable(state), qPrintable(role))
                        << QString::fromLatin1(r.action) << state << role << allowed
                        << (*r.status ? QString::fromLatin1(r.status) : state);
                }
    }

    void everyStateRoleAndTransition()
    {
        QFETCH_GLOBAL(QString, engine);
        QFETCH(QString, action);
        QFETCH(QString, state);
        QFETCH(QString, role);
        QFETCH(bool, allowed);
        QFETCH(QString, after);
        storeFor(engine);
        const User actor = m_users.value(role);
        auto created = CaseStore::create(*m_db, exampleFacts(QStringLiteral("hg-01-complete")), m_users.value(QStringLiteral("intake-nurse")));
        QVERIFY2(created, qPrintable(created.error()));
        const qint64 id = created.value();
        // Set up: the case stands in `state`, the only one in the queue.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE cases SET status = 'withdrawn' WHERE id <> :id"), {{QStringLiteral("id"), id}}));
        QVERIFY(m_db->exec(QStringLiteral("UPDATE cases SET status = :s WHERE id = :id"), {{QStringLiteral("s"), state}, {QStringLiteral("id"), id}}));

        // The workflow says the same as the store does.
        const CaseAction caseAction = action == QLatin1String("submit")                     ? CaseAction::Submit
                                      : action == QLatin1String("claim")                    ? CaseAction::Claim
                                      : action == QLatin1String("decide a criterion")       ? CaseAction::DecideCriterion
                                      : action == QLatin1String("send to medical director") ? CaseAction::SendToMedicalDirector
                                      : (state == QLatin1String("determined") || state == QLatin1String("letter-issued")) ? CaseAction::Supersede
                                                                                                                            : CaseAction::Determine;
        const WorkflowDetail detail{action == QLatin1String("deny") || action == QLatin1String("approve") || action == QLatin1String("pend") ? action : QString()};
        const auto whyNot = CaseWorkflow::whyNot(caseAction, state, actor, detail);
        QVERIFY2(whyNot.has_value() != allowed, qPrintable(whyNot.value_or(QStringLiteral("allowed"))));

        const qint64 refusedBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'refused.%'"));
        const qint64 decisionsBefore = count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions"));
        const qint64 determinationsBefore = count(QStringLiteral("SELECT COUNT(*) FROM determinations"));
        const Status s = attempt(action, id, actor);
        if (allowed) {
            QVERIFY2(s, qPrintable(s.error()));
            QCOMPARE(statusOf(id), after);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'refused.%'")), refusedBefore);
        } else {
            QVERIFY2(!s, "a transition the workflow forbids went through");
            QCOMPARE(statusOf(id), state);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions")), decisionsBefore);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), determinationsBefore);
            // The refusal says why and is in the trail; a claim on a case
            // not in the queue is an empty queue, not a refusal.
            const bool roleMayClaim = role == QLatin1String("clinical-reviewer") || role == QLatin1String("medical-director");
            if (action != QLatin1String("claim") || !roleMayClaim) {
                QCOMPARE(s.error(), *whyNot);
                QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'refused.%'")), refusedBefore + 1);
            }
        }
    }

    void refusalsNameTheReason()
    {
        User reviewer;
        reviewer.name = QStringLiteral("rita");
        reviewer.role = Role::ClinicalReviewer;
        const auto never = CaseWorkflow::whyNot(CaseAction::SendToMedicalDirector, QStringLiteral("intake"), reviewer);
        QVERIFY(never);
        QVERIFY2(never->contains(QStringLiteral("never submitted")), qPrintable(*never));
        const auto readOnly = CaseWorkflow::whyNot(CaseAction::DecideCriterion, QStringLiteral("letter-issued"), reviewer);
        QVERIFY(readOnly);
        QCOMPARE(*readOnly, *CaseWorkflow::readOnlyReason(QStringLiteral("letter-issued")));
        QVERIFY(!CaseWorkflow::readOnlyReason(QStringLiteral("in-review")));
        const auto unknown = CaseWorkflow::whyNot(CaseAction::Submit, QStringLiteral("lost"), reviewer);
        QVERIFY(unknown && unknown->contains(QStringLiteral("lost")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
