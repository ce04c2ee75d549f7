#pragma once

// The policy a stored case is reviewed under. applicablePolicies() decides
// which apply; where several do, a reviewer chooses one and the choice is
// kept on the case (cases.policy_id), audited, and is what everyone sees
// afterwards: the medical director, the determination, the letter.

#include "core/Result.h"
#include "policy/Applicability.h"
#include "store/Users.h"

namespace pareview {

class Database;
class PolicyLibrary;
struct CaseFacts;

struct CasePolicies
{
    // The policies that apply (the stored choice among them, with its
    // warnings, even where it does not list the member's line of business).
    PolicySelection selection;
    // The one the case is reviewed under; nullptr while several apply and
    // none is chosen.
    const ApplicablePolicy *current() const
    {
        return currentIndex >= 0 ? &selection.policies[currentIndex] : nullptr;
    }
    int currentIndex = -1;
    QString chosenPolicyId; // stored on the case; empty: none chosen
};

class PolicyChoices
{
public:
    // The chosen policy id stored on the case, or empty.
    static Result<QString> chosen(Database &db, qint64 caseId);

    // Which policies apply to the case and which one it is under: `named`
    // (decide --policy) if given, else the stored choice, else the one that
    // applies when only one does, else the one criteria were decided under
    // or the latest determination used. The payer table is the store's.
    static Result<CasePolicies> forCase(Database &db, const PolicyLibrary &library, qint64 caseId, const CaseFacts &facts,
                                        const QString &named = QString());

    // Stores `policyId` as the case's policy: clinical reviewers and medical
    // directors, not on a determined or withdrawn case; the policy must
    // apply or be named with a warning (applicablePolicies). One
    // transaction with its audit row ("case.policy", from → to).
    static Status choose(Database &db, const PolicyLibrary &library, qint64 caseId, const CaseFacts &facts,
                         const QString &policyId, const User &actor);
};

} // namespace pareview
