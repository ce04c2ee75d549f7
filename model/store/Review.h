#pragma once

// The review of a case: claiming it from the queue, the reviewer's decision
// on each criterion, and the determination. Every step asks the case
// workflow (review/CaseWorkflow.h) whether the actor may take it from the
// case's state; a refusal is audited ("refused.<action>") and returned. A
// determined case is read only; a change is a medical director's new
// determination that supersedes the old one.

#include "core/Result.h"
#include "store/Users.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace pareview {

class Database;
class PolicyLibrary;

struct CriterionDecision
{
    QString policyId;
    QString label;
    QString status; // met, not-met, unknown, not-applicable
    QString note;
    std::optional<qint64> attachmentId;
    std::optional<int> page;
};

struct DeterminationInput
{
    QString outcome; // approve, deny, pend, refer, withdrawn
    QString rationale;
    QString policyId;
    QString policyVersion;
    bool policyRequiresMedicalDirector = false;
    QString criteriaSnapshot; // the criteria results as they stood (JSON)
    QDate approvalStart;
    QDate approvalEnd;
    QString quantity;
    QString referTo;
    QDate replyBy; // pend for information
    // What the letter tells the member, in plain words, when the medical
    // director edited it; empty: the letter writes its own from the
    // criteria results (Letters::explanation). Reviewer notes never go here.
    QString memberExplanation;
    // The case's row version when the person opened it: a case changed since
    // (by someone else) is refused with who changed it and when.
    std::optional<int> expectedRowVersion;
    // Names this attempt. A retry with the same key (after "unreachable
    // while saving": the commit may have reached the server) returns the
    // determination the first attempt recorded instead of a second one.
    QString requestKey;
};

struct StoredDetermination
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString outcome;
    QString rationale;
    QString policyId;
    QString policyVersion;
    QString criteriaSnapshot;
    QDate approvalStart;
    QDate approvalEnd;
    QString quantity;
    QString referTo;
    QDate replyBy;
    qint64 decidedBy = 0;
    QString decidedAt;
    std::optional<qint64> supersedes; // the determination before it, if any
    QString memberExplanation;
    QString supersedeReason; // set when a medical director superseded a final determination
};

class Review
{
public:
    // Takes the unassigned case due soonest and assigns it to `actor`; safe
    // with many reviewers at once (never two assignees). nullopt: queue empty.
    // A retry with the same `requestKey` returns the case the first attempt
    // claimed (its commit reply may have been lost) instead of a second one.
    static Result<std::optional<qint64>> claimNext(Database &db, const User &actor, const QString &requestKey = {});

    // The last change to the case, for people: "Ana Director recorded a
    // determination on this case at 14:05". Empty when there is none.
    static Result<QString> lastChange(Database &db, qint64 caseId);
    // "… at 14:05; your change was not saved — reopen the case to see it":
    // the message of a write that lost a race.
    static QString lostRace(Database &db, qint64 caseId);

    // With `library`, a label naming a section (a pathway's own row: "I.A",
    // "1") or a group (a criterion with parts: "1.E") of the decision's
    // policy is refused: it follows from its criteria and is not decided on
    // its own.
    static Status recordDecision(Database &db, qint64 caseId, const CriterionDecision &decision, const User &actor,
                                 const PolicyLibrary *library = nullptr);

    // Records a determination. Refused on a case already determined (or its
    // letter issued): that takes supersede().
    static Result<qint64> determine(Database &db, qint64 caseId, const DeterminationInput &input, const User &actor);
    // Replaces the final determination of a determined or letter-issued case
    // with a new one: a medical director only, with a reason (stored with
    // the new determination and audited). Its letter says which letter it
    // replaces.
    static Result<qint64> supersede(Database &db, qint64 caseId, const DeterminationInput &input, const QString &reason,
                                    const User &actor);
    // supersede() in two steps, for a change that writes records of its own
    // in the same transaction (an appeal overturned, a peer-to-peer that
    // changed the decision): checkSupersede() first, outside any transaction
    // (a refusal is audited), then supersedeWithin() inside the caller's.
    static Status checkSupersede(Database &db, qint64 caseId, const DeterminationInput &input, const QString &reason,
                                 const User &actor);
    static Result<qint64> supersedeWithin(Database &db, qint64 caseId, const DeterminationInput &input, const QString &reason,
                                          const User &actor);
    // Whether a case in `status` has a final determination (a change is a supersede).
    static bool isDetermined(const QString &status);

    // The engine recommends; a person decides. An approval the criteria
    // results (`criteriaSnapshot`, as stored with the determination) do not
    // recommend, or a denial with no criterion not met and no exclusion that
    // applies, goes against the recommendation: the recommendation and its
    // reason then ("does-not-meet-criteria: not met: 1.D"), else nullopt. Only a medical director
    // decides so, with a written rationale; a denial so decided tells the
    // member why in the explanation the director writes.
    static std::optional<QString> againstRecommendation(const QString &outcome, const QString &criteriaSnapshot);

    // The latest decision per criterion label for one policy (source
    // "reviewer", or "auto" where a reviewer went back to the computed status).
    struct StoredDecision
    {
        CriterionDecision decision;
        QString source;
        QString userName;
        QString decidedAt;
    };
    static Result<QHash<QString, StoredDecision>> decisions(Database &db, qint64 caseId, const QString &policyId);
    // Goes back to the computed status: a row with source "auto" (history is kept).
    static Status clearDecision(Database &db, qint64 caseId, const QString &policyId, const QString &label,
                                const QString &computedStatus, const User &actor);

    // Status changes along the review: a nurse submits a case for review, a
    // reviewer sends it to a medical director; each checks the row version.
    static Status submitForReview(Database &db, qint64 caseId, const User &actor);
    static Status sendToMedicalDirector(Database &db, qint64 caseId, const QString &note, const User &actor);

    static Result<std::optional<StoredDetermination>> latestDetermination(Database &db, qint64 caseId);
    static Result<QVector<StoredDetermination>> determinations(Database &db, qint64 caseId);
};

} // namespace pareview
