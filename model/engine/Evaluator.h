#pragma once

// Evaluates case facts against a policy version, following
// ../shared/design/POLICY-READING.md: windows counted back from the as-of
// date, out-of-window results as missing, absent attestations as unknown,
// three-valued ALL/ONE combination.

#include "engine/Evaluation.h"
#include "intake/CaseFacts.h"
#include "policy/Policy.h"

#include <QHash>

#include <optional>

namespace pareview {

// A reviewer's decision on one criterion: it stands in for what the data say
// about that criterion, and its groups and the recommendation are combined
// again from it. `reason` empty keeps the computed reason.
struct CriterionOverride
{
    CriterionStatus status = CriterionStatus::Unknown;
    QString reason;
};

struct EvaluationSettings
{
    // "Current body weight" with no window in the policy: a weight this recent.
    int currentWeightDays = 30;
};

class Evaluator
{
public:
    // Why the policy cannot be applied to this request (drug not covered,
    // line of business not covered), or nullopt when it applies.
    static std::optional<QString> whyNotApplicable(const Policy &policy, const CaseFacts &facts);

    static Evaluation evaluate(const Policy &policy, const CaseFacts &facts, const QDate &asOf,
                               const EvaluationSettings &settings = {});
    // The same with reviewers' decisions (by full label) in place of the
    // computed statuses: one combination of data and decisions.
    static Evaluation evaluate(const Policy &policy, const CaseFacts &facts, const QDate &asOf,
                               const QHash<QString, CriterionOverride> &decisions,
                               const EvaluationSettings &settings = {});

    // The as-of date a case is evaluated on by default: the request's
    // received date, else today.
    static QDate defaultAsOf(const CaseFacts &facts);
};

} // namespace pareview
