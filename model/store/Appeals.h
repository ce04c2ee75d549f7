#pragma once

// Appeals (reconsiderations) of a determination: a denial, or an approval
// of less than was asked. An appeal is a case of its own in the worklist
// (reference AP-0000001, its own clock from the appeal deadline table) that
// carries the member's facts, the new facts and documents filed with it
// (checked like any intake), and a row in `appeals` linking it to the case
// and the determination appealed. Who may decide it is the model's rule:
// a medical director who took no part in any decision of the case at an
// earlier level. Every write is one transaction with its audit rows; every
// refusal is audited.

#include "core/Result.h"
#include "intake/CaseFacts.h"
#include "store/Users.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace pareview {

class Database;

// The time to decide an appeal, from the table an administrator edits.
struct AppealDeadline
{
    QString lineOfBusiness;
    QString priority;
    int hours = 0;
    std::optional<int> forwardHours; // upheld, to the independent review entity; unset: by the appeal's due time
    QString rule;
};

// The filing window and the level after an upheld appeal, per line of business.
struct AppealFilingRule
{
    QString lineOfBusiness;
    int days = 0;
    QString rule;
    QString nextLevel; // independent-review-entity, state-fair-hearing, external-review
    std::optional<int> nextLevelDays;
    QString nextLevelRule;
};

struct AppealFiling
{
    QString filedBy; // member, prescriber, representative
    QDateTime received; // invalid: now
    bool expedited = false;
    QString reason;
    QString goodCause; // why a late appeal is late; without it a late appeal is dismissed
    // New facts and documents: labs, diagnoses and attestations added to
    // the case's facts (an attestation replaces the one before), attachments
    // stored with the appeal's case.
    CaseFacts newFacts;
};

struct Appeal
{
    qint64 id = 0;
    QString reference; // AP-0000001
    qint64 caseId = 0; // the appeal's own case
    qint64 originalCaseId = 0;
    QString originalReference;
    qint64 determinationId = 0; // the determination appealed
    QString appealedOutcome; // deny, approve
    QString lineOfBusiness;
    QString filedBy;
    QDateTime received;
    QString priority;
    QString reason;
    QDateTime noticeAt; // the appealed determination's letter, else its decision
    int filingDays = 0;
    bool late = false;
    QString goodCause;
    QDateTime dueBy;
    QString deadlineRule;
    QString outcome; // empty while open: overturned, partly-overturned, upheld, dismissed, withdrawn
    QString outcomeReason;
    qint64 decidedBy = 0;
    QDateTime decidedAt;
    std::optional<qint64> newDeterminationId; // the approval that supersedes the appealed determination
    QString criteriaSnapshot; // the criteria re-evaluated, as the appeal was decided
    QString nextLevel;
    QDateTime forwardedAt;
    QDateTime forwardDue;

    bool open() const { return outcome.isEmpty(); }
};

struct AppealDecision
{
    QString outcome; // overturned, partly-overturned, upheld, dismissed, withdrawn
    QString reason;
    // Overturned and partly overturned: the approval that supersedes the
    // determination appealed, its period and quantity.
    QDate approvalStart;
    QDate approvalEnd;
    QString quantity;
    // The criteria results as re-evaluated with the appeal's facts (JSON of
    // engine/EvaluationJson.h); the approval's snapshot.
    QString criteriaSnapshot;
};

// One criterion as the appealed determination had it and as it stands now.
struct CriterionChange
{
    QString label;
    QString before; // met, not-met, unknown, not-applicable; empty: not in the original
    QString now;    // empty: not in the current results
    bool changed() const { return before != now; }
};

class Appeals
{
public:
    static const QStringList &outcomes();
    // The command line's words: overturn, partial, uphold, dismiss, withdrawn.
    static std::optional<QString> outcomeFromWord(const QString &word);
    static const QStringList &filers();

    static Result<AppealDeadline> deadline(Database &db, const QString &lineOfBusiness, const QString &priority);
    static Result<AppealFilingRule> filingRule(Database &db, const QString &lineOfBusiness);

    // Files an appeal against the latest determination of `caseId`. Refused:
    // a case without a final denial or approval, one with an appeal still
    // open, an appeal case (its next level is outside the plan), a filer
    // that is not member, prescriber or representative, a receipt in the
    // future or before the determination, new facts the intake checks
    // refuse. Late (after the filing window) without a good-cause note, the
    // appeal is recorded and dismissed at once. Returns the appeal's id.
    static Result<qint64> file(Database &db, qint64 caseId, const AppealFiling &filing, const User &actor,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

    static Result<Appeal> byId(Database &db, qint64 appealId);
    // The appeal whose own case is `caseId`; nullopt: not an appeal case.
    static Result<std::optional<Appeal>> forCase(Database &db, qint64 caseId);
    // The appeals filed against `caseId`, oldest first.
    static Result<QVector<Appeal>> against(Database &db, qint64 caseId);

    // Why `actor` may not record `outcome` on the appeal (independence, role,
    // an appeal already decided); nullopt: allowed. Not audited.
    static Result<std::optional<QString>> whyNotDecide(Database &db, const Appeal &appeal, const QString &outcome,
                                                       const User &actor);
    // Records the outcome, in one transaction: overturned and partly
    // overturned supersede the determination appealed with an approval;
    // upheld names the next level (Medicare Advantage: forwarded to the
    // independent review entity now, with its due time); the appeal's case
    // is determined (withdrawn: withdrawn). Refusals are audited.
    static Status decide(Database &db, qint64 appealId, const AppealDecision &decision, const User &actor,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The criteria of the appealed determination beside the current ones,
    // in the order of the current results (then those no longer there).
    static Result<QVector<CriterionChange>> compare(const QString &originalSnapshot, const QString &currentSnapshot);

    // The people who decided any determination of the case appealed or of
    // an earlier level of it: none of them decides the appeal.
    static Result<QVector<qint64>> earlierDeciders(Database &db, qint64 originalCaseId);
};

} // namespace pareview
