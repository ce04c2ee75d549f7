#include "store/PolicyChoice.h"

#include "engine/Evaluator.h"
#include "intake/CaseFacts.h"
#include "policy/PolicyLibrary.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PayerStore.h"

namespace pareview {

namespace {

Status refuse(Database &db, const User &actor, qint64 caseId, const QString &why)
{
    // A refused attempt is audited too, in a transaction of its own.
    Transaction t(db);
    if (t.started() && AuditLog::append(db, { actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt, actor.name, caseId,
                                              QStringLiteral("refused.choose-policy"), why }))
        (void)t.commit();
    return Error{ why };
}

int indexOf(const PolicySelection &s, const QString &id)
{
    for (int i = 0; i < s.policies.size(); ++i)
        if (s.policies[i].policy->id == id)
            return i;
    return -1;
}

} // namespace

Result<QString> PolicyChoices::chosen(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT policy_id FROM cases WHERE id = :id"), { { QStringLiteral("id"), caseId } });
    if (!q)
        return Error{ q.error() };
    if (!q->next())
        return Error{ QStringLiteral("no case %1").arg(caseId) };
    return q->value(0).toString();
}

Result<CasePolicies> PolicyChoices::forCase(Database &db, const PolicyLibrary &library, qint64 caseId,
                                            const CaseFacts &facts, const QString &named)
{
    auto payers = PayerStore::load(db);
    if (!payers)
        return Error{ payers.error() };
    auto stored = chosen(db, caseId);
    if (!stored)
        return Error{ stored.error() };
    const QDate asOf = Evaluator::defaultAsOf(facts);

    CasePolicies out;
    out.chosenPolicyId = stored.value();
    if (!named.isEmpty()) {
        auto s = applicablePolicies(library, payers.value(), facts, asOf, named);
        if (!s)
            return Error{ s.error() };
        out.selection = s.value();
        out.currentIndex = 0;
        return out;
    }
    auto s = applicablePolicies(library, payers.value(), facts, asOf);
    if (s)
        out.selection = s.value();
    if (!out.chosenPolicyId.isEmpty()) {
        out.currentIndex = indexOf(out.selection, out.chosenPolicyId);
        if (out.currentIndex < 0) {
            // Chosen by name, or the payer table changed since: the choice stands,
            // evaluated as a named policy is (with its warnings).
            auto one = applicablePolicies(library, payers.value(), facts, asOf, out.chosenPolicyId);
            if (!one)
                return Error{ QStringLiteral("the policy chosen for this case, %1, cannot be applied: %2")
                                  .arg(out.chosenPolicyId, one.error()) };
            out.selection.policies.append(one->policies.first());
            out.currentIndex = out.selection.policies.size() - 1;
        }
        return out;
    }
    if (!s)
        return Error{ s.error() };
    if (out.selection.policies.size() == 1) {
        out.currentIndex = 0;
        return out;
    }
    // None chosen in the window: the policy criteria were decided under (the
    // command line records decisions without a choice), else the one of the
    // latest determination.
    for (const char *sql : { "SELECT policy_id FROM criterion_decisions WHERE case_id = :c ORDER BY id DESC LIMIT 1",
                             "SELECT policy_id FROM determinations WHERE case_id = :c ORDER BY id DESC LIMIT 1" }) {
        auto q = db.exec(QString::fromLatin1(sql), { { QStringLiteral("c"), caseId } });
        if (!q)
            return Error{ q.error() };
        if (q->next() && (out.currentIndex = indexOf(out.selection, q->value(0).toString())) >= 0)
            return out;
    }
    return out;
}

Status PolicyChoices::choose(Database &db, const PolicyLibrary &library, qint64 caseId, const CaseFacts &facts,
                             const QString &policyId, const User &actor)
{
    if (actor.role != Role::ClinicalReviewer && actor.role != Role::MedicalDirector)
        return refuse(db, actor, caseId,
                      QStringLiteral("%1 (%2) may not choose the policy a case is reviewed under").arg(actor.name, roleTitle(actor.role)));
    auto state = db.exec(QStringLiteral("SELECT status, policy_id, reference FROM cases WHERE id = :id"), { { QStringLiteral("id"), caseId } });
    if (!state)
        return Error{ state.error() };
    if (!state->next())
        return Error{ QStringLiteral("no case %1").arg(caseId) };
    const QString status = state->value(0).toString();
    const QString before = state->value(1).toString();
    const QString reference = state->value(2).toString();
    if (status == QLatin1String("determined") || status == QLatin1String("letter-issued") || status == QLatin1String("withdrawn"))
        return refuse(db, actor, caseId,
                      QStringLiteral("case %1 is %2 and read only: its policy stays %3").arg(reference, status, before));
    if (before == policyId)
        return success();
    auto payers = PayerStore::load(db);
    if (!payers)
        return Error{ payers.error() };
    auto s = applicablePolicies(library, payers.value(), facts, Evaluator::defaultAsOf(facts), policyId);
    if (!s)
        return refuse(db, actor, caseId, QStringLiteral("policy %1 cannot be chosen for case %2: %3").arg(policyId, reference, s.error()));

    Transaction t(db);
    if (!t.started())
        return Error{ t.error() };
    if (auto r = db.exec(QStringLiteral("UPDATE cases SET policy_id = :p WHERE id = :id"),
                         { { QStringLiteral("p"), policyId }, { QStringLiteral("id"), caseId } });
        !r)
        return Error{ r.error() };
    QString detail = before.isEmpty() ? policyId : QStringLiteral("%1 → %2").arg(before, policyId);
    for (const QString &w : s->policies.first().warnings)
        detail += QStringLiteral(" (warning: %1)").arg(w);
    if (auto a = AuditLog::append(db, { actor.id, actor.name, caseId, QStringLiteral("case.policy"), detail }); !a)
        return a;
    return t.commit();
}

} // namespace pareview
