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

QString withReason(const Evaluation &ev, const std::function<QString(const Finding &, const QString &)> &explain)
{
    QString text = ReviewedEvaluations::recommendationText(ev.recommendation);
    const QString reason = ReviewedEvaluation::reasonFor(ev, explain);
    if (!reason.isEmpty())
        text += QStringLiteral(" — ") + reason;
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

QString ReviewedEvaluation::reasonFor(const Evaluation &ev, const std::function<QString(const Finding &, const QString &)> &explain)
{
    // The same findings the engine puts into words (Evaluator: the
    // recommendation), taken from the criteria so they can be translated.
    const QString sep = QStringLiteral(", ");
    switch (ev.recommendation) {
    case Recommendation::Meets:
        return tr("every criterion of %1 is met").arg(ev.pathway);
    case Recommendation::DoesNotMeet: {
        QStringList failed;
        for (const CriterionResult &c : ev.criteria)
            if (c.depth == 1 && c.status == CriterionStatus::NotMet)
                failed << c.label;
        return failed.isEmpty() ? QString() : tr("not met: %1").arg(failed.join(sep));
    }
    case Recommendation::NeedsInformation: {
        QStringList open;
        for (const CriterionResult &c : ev.criteria)
            if (!c.group && !c.section && c.status == CriterionStatus::Unknown)
                open << c.label;
        if (!open.isEmpty())
            return tr("undecided: %1").arg(open.join(sep));
        QStringList exclusions;
        for (const CriterionResult &c : ev.notCovered)
            if (c.depth == 0 && c.status == CriterionStatus::Unknown)
                exclusions << c.label;
        if (!exclusions.isEmpty())
            return tr("every criterion of %1 is met, but a condition not covered cannot be ruled out: %2").arg(ev.pathway, exclusions.join(sep));
        break;
    }
    case Recommendation::Refer:
    case Recommendation::NotCovered:
        break;
    }
    // Why no section fits, what makes it not covered: the engine's words.
    return explain ? explain(ev.recommendationFinding, ev.recommendationReason) : ev.recommendationReason;
}

QString ReviewedEvaluation::summary(const std::function<QString(const Finding &, const QString &)> &explain) const
{
    if (!differs()) {
        // The same recommendation; the reason is the one with the decisions.
        return withReason(reviewed, explain);
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
