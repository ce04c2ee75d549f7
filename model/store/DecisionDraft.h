#pragma once

// A determination drafted from a stored case's current criteria results:
// the case's facts evaluated under the applicable policy version in effect
// on its received date, with the reviewers' criterion decisions on top.
// What `pareview decide` records; the workstation can prefill its
// determination form from the same draft.

#include "core/Result.h"
#include "engine/Evaluation.h"
#include "policy/Applicability.h"
#include "review/ReviewedEvaluation.h"
#include "store/Review.h"
#include "store/Users.h"

namespace pareview {

class Database;
class PolicyLibrary;
struct Policy;
struct CaseFacts;

struct DecisionDraft
{
    const Policy *policy = nullptr;
    ReviewedEvaluation review; // the data, and the data with the reviewers' decisions
    Evaluation evaluation;     // review.reviewed: what the determination rests on
    DeterminationInput input;
    // A medical director's outcome the criteria results do not recommend
    // (Review::againstRecommendation): why it goes against them, for people;
    // empty when it does not. The rationale is then the director's to write.
    QString againstRecommendation;
};

class DecisionDrafts
{
public:
    static constexpr int ReplyDays = 14; // a request for information's reply-by

    // The policy a case is reviewed under (PolicyChoices::forCase): `policyId`
    // if named, else the one chosen on the case, else the one that applies;
    // several and none chosen is an error that lists them.
    static Result<ApplicablePolicy> applicablePolicy(Database &db, const PolicyLibrary &library, qint64 caseId,
                                                   const CaseFacts &facts,
                                                   const QString &policyId = QString());

    // Drafts a determination of `outcome` (approve, deny, pend, refer).
    // Refuses what the criteria results do not support: an approval of a
    // case that does not meet them, a denial with no criterion not met, a
    // request for information with nothing missing, a referral with no
    // target — except that a medical director may approve or deny against
    // the recommendation: the draft says so (againstRecommendation), an
    // approval takes the terms the policy gives a request that meets it,
    // and the rationale is left for the director to write. `reason`
    // replaces the prefilled rationale when given.
    static Result<DecisionDraft> prepare(Database &db, const PolicyLibrary &library, qint64 caseId,
                                         const QString &outcome, const QString &reason, const User &actor,
                                         const QString &policyId = QString(),
                                         const QDate &today = QDate::currentDate());
};

} // namespace pareview
