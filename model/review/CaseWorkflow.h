#pragma once

// The states of a case and who may move it between them: the one place the
// workstation, the command line and the store ask. A refusal names the
// action, the case's state and the actor's role, in words for people.
//
//   (typed) intake ──submit (nurse)──▶ in-review, unassigned: waiting for review
//   (electronic) an imported bundle arrives submitted: in-review, unassigned
//   in-review, unassigned ──claim (reviewer, director)──▶ in-review, assigned
//   in-review ──send to medical director (reviewer)──▶ awaiting-medical-director
//   in-review / awaiting-medical-director / pended ──determine──▶ determined | pended | withdrawn
//   (a case at intake is the nurse's draft until she submits it: nobody claims
//   it, no criterion is decided, nothing is determined)
//   pended ──submit with the information (nurse)──▶ in-review
//   determined ──issue letter──▶ letter-issued
//   determined / letter-issued ──supersede (medical director)──▶ determined
//
// A case awaiting the medical director is the director's: a reviewer no
// longer decides or determines it. Determined, letter-issued and withdrawn
// cases are read only.

#include "store/Users.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pareview {

enum class CaseAction {
    Submit,                // intake or pended -> in-review
    Claim,                 // a submitted case nobody has -> in-review, assigned
    Assign,                // give a case under review to someone
    DecideCriterion,       // a reviewer's decision on one criterion
    SendToMedicalDirector, // in-review -> awaiting-medical-director
    Determine,             // approve, deny, pend, refer, withdraw
    Supersede,             // a new determination over a recorded one
};

// How a case came in: typed by a nurse (a draft until she submits it), or an
// electronic request (a FHIR bundle imported in the window or by `pareview
// import`), which is a submitted request when it arrives.
enum class CaseArrival { Typed, Electronic };

struct WorkflowDetail
{
    QString outcome; // Determine / Supersede: approve, deny, pend, refer, withdrawn (empty: any)
    bool policyRequiresMedicalDirector = false;
};

class CaseWorkflow
{
public:
    static const QStringList &states();
    // The status a new case starts in.
    static QString initialStatus(CaseArrival arrival);
    // The statuses of a submitted case waiting for a reviewer (when nobody
    // has it): what Claim next takes and the Unassigned queue lists. A
    // nurse's draft is never among them.
    static const QStringList &awaitingReview();
    // The same as an SQL list of literals: "'in-review'".
    static QString awaitingReviewSql();
    // Used in the audit trail: "refused.<name>".
    static QString actionName(CaseAction action);
    // For people: "send the case to a medical director".
    static QString actionText(CaseAction action);
    // Why `actor` may not take `action` on a case in `status`; nullopt: allowed.
    static std::optional<QString> whyNot(CaseAction action, const QString &status, const User &actor,
                                         const WorkflowDetail &detail = {});
    static bool allowed(CaseAction action, const QString &status, const User &actor, const WorkflowDetail &detail = {})
    {
        return !whyNot(action, status, actor, detail);
    }
    // A case nothing can change any more except a medical director's new
    // determination: the reason for people, or nullopt.
    static std::optional<QString> readOnlyReason(const QString &status);
};

} // namespace pareview
