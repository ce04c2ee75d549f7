#include "review/ReviewedEvaluation.h"

#include "engine/Evaluator.h"
#include "intake/CaseFacts.h"
#include "policy/Policy.h"
#include "store/CaseStore.h"

#include <QCoreApplication>

namespace pareview {

// Contexts as lupdate files these messages (the enclosing class, with its namespace).
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pareview::ReviewedEvaluation", text, disambiguation, n);
}

std::optional<CriterionStatus> statusFromName(const QString &name)
{
    for (CriterionStatus s : {CriterionStatus::Met, CriterionStatus::NotMet, CriterionStatus::Unknown, CriterionStatus::NotApplicable})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

QString withReason(const Evaluation &ev)
{
    QString text = ReviewedEvaluations::recommendationText(ev.recommendation);
    if (!ev.recommendationReason.isEmpty())
        text += QStringLiteral(" — ") + ev.recommendationReason;
    return text;
}

} // namespace

QString ReviewedEvaluations::recommendationText(Recommendation r)
{
    switch (r) {
    case Recommendation::Meets:
        return QCoreApplication::translate("pareview::ReviewedEvaluations", "meets criteria");
    case Recommendation::NeedsInformation:
        return QCoreApplication::translate("pareview::ReviewedEvaluations", "needs information");
    case Recommendation::DoesNotMeet:
        return QCoreApplication::translate("pareview::ReviewedEvaluations", "does not meet criteria");
    case Recommendation::Refer:
        return QCoreApplication::translate("pareview::ReviewedEvaluations", "refer to another policy");
    case Recommendation::NotCovered:
        return QCoreApplication::translate("pareview::ReviewedEvaluations", "not covered");
    }
    return {};
}

QString ReviewedEvaluation::summary() const
{
    if (!differs()) {
        // The same recommendation; the reason is the one with the decisions.
        return withReason(reviewed);
    }
    QString text = tr("data say: %1 · with the reviewers' decisions: %2")
                       .arg(ReviewedEvaluations::recommendationText(data.recommendation),
                            ReviewedEvaluations::recommendationText(reviewed.recommendation));
    if (!overruled.isEmpty())
        text += QStringLiteral(" — ") + overruled.join(QStringLiteral(", "));
    return text;
}

QString ReviewedEvaluation::progress() const
{
    return tr("%1 of %n criteria decided by a reviewer; %2 still open", nullptr, criteria).arg(decided).arg(open);
}

ReviewedEvaluation ReviewedEvaluations::compute(const Policy &policy, const CaseFacts &facts, const QDate &asOf,
                                                const QHash<QString, Review::StoredDecision> &decisions)
{
    QHash<QString, CriterionOverride> overrides;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        if (it->source != QLatin1String("reviewer"))
            continue;
        if (const auto s = statusFromName(it->decision.status))
            overrides.insert(it.key(), {*s, it->decision.note});
    }
    ReviewedEvaluation r;
    r.data = Evaluator::evaluate(policy, facts, asOf);
    r.reviewed = overrides.isEmpty() ? r.data : Evaluator::evaluate(policy, facts, asOf, overrides);
    // Decisions change statuses, never the tree: the two lists match row for row.
    for (const QVector<CriterionResult> *list : {&r.reviewed.criteria, &r.reviewed.notCovered}) {
        const QVector<CriterionResult> &before = list == &r.reviewed.criteria ? r.data.criteria : r.data.notCovered;
        for (int i = 0; i < list->size(); ++i) {
            const CriterionResult &c = (*list)[i];
            // A section's own row ("1", "I.A") combines its criteria; it is
            // never decided itself (its label may equal a not-covered item's).
            if (c.section)
                continue;
            if (list == &r.reviewed.criteria && !c.group) {
                ++r.criteria;
                if (overrides.contains(c.label))
                    ++r.decided;
                if (c.status == CriterionStatus::Unknown)
                    ++r.open;
            }
            if (overrides.contains(c.label) && i < before.size() && before[i].status != c.status)
                r.overruled << c.label;
        }
    }
    return r;
}

Result<ReviewedEvaluation> ReviewedEvaluations::load(Database &db, const Policy &policy, qint64 caseId, const User &actor)
{
    auto facts = CaseStore::facts(db, caseId, actor);
    if (!facts)
        return Error{facts.error()};
    auto decisions = Review::decisions(db, caseId, policy.id);
    if (!decisions)
        return Error{decisions.error()};
    return compute(policy, facts.value(), Evaluator::defaultAsOf(facts.value()), decisions.value());
}

} // namespace pareview
