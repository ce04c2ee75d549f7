#pragma once

// Who works a case: assigning it to a reviewer or medical director. Claiming
// the next case of the queue is Review::claimNext; this is the deliberate
// choice of a person who runs the queue.
//
// Who may assign: a medical director or an administrator, to any active
// clinical reviewer or medical director; a clinical reviewer only to
// themselves (taking a particular case). A case awaiting the medical
// director goes only to a medical director. Cases at intake are still the
// nurse's, and determined, issued or withdrawn cases have no work left:
// neither is assigned (CaseWorkflow's Assign rule, the one the window asks).

#include "core/Result.h"
#include "store/Users.h"

#include <QVector>

namespace pareview {

class Database;

class Assignment
{
public:
    // Whether `actor` may assign cases to anyone but themselves.
    static bool mayAssignOthers(const User &actor);
    // The people `actor` may assign a case to, by name.
    static Result<QVector<User>> candidates(Database &db, const User &actor);
    // Assigns case `caseId` to `assigneeId`; audited, in one transaction,
    // refused (and the refusal audited) when the rules above say no.
    static Status assign(Database &db, qint64 caseId, qint64 assigneeId, const User &actor);
};

} // namespace pareview
