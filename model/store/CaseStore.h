#pragma once

// Case files in the store: a request's facts with their provenance, its
// attachments as received, and its place in the queue. Every write is one
// transaction together with its audit row; the rules (who may do what) are
// enforced here, not in the UI.

#include "core/Result.h"
#include "intake/CaseFacts.h"
#include "review/CaseWorkflow.h"
#include "store/Users.h"

#include <QDateTime>

namespace pareview {

class Database;

struct CaseSummary
{
    qint64 id = 0;
    QString reference;
    QString memberName;
    QString memberId;
    QString drug;
    QString payer;
    QString lineOfBusiness;
    QString priority;
    QString status;
    QDateTime received;
    QDateTime dueBy;
    std::optional<qint64> assigneeId;
    int rowVersion = 0;
};

struct StoredAttachment
{
    qint64 id = 0;
    QString fileName;
    QString declaredType;
    QString detectedType;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
};

// One entry of a case's correction history: a fact as it was and as the
// nurse corrected it after submitting.
struct FactCorrection
{
    QString field;     // "body weight (2026-11-20)", "Dose"
    QString previous;  // "7000 kg"; "(none)" when the fact was added
    QString corrected; // "70 kg"; "(removed)" when it was taken out
    QString correctedBy;
    QDateTime correctedAt;
};

// Where one case-level value came from (issue 10): the payer, a member
// field, the drug and dose, a request field. Recorded with the case and
// again at each change of the value; the earlier versions stay.
struct CaseFieldSource
{
    QString field;  // a stable code: "payer", "member_name", "dose_per_kg"
    QString label;  // "Payer": English, shown through the "CaseStore" context (historyText)
    QString value;  // as people read it, English ("70 mcg/kg"); empty: removed
    QString kind;   // typed, imported, demo, corrected, unrecorded
    QString source; // the provenance as stored ("hg-01.json entry[3] Coverage payor, imported by nurse")
    QString recordedBy;
    QDateTime recordedAt;
    int version = 1;
};

class CaseStore
{
public:
    static constexpr qint64 MaxAttachmentBytes = qint64(100) * 1024 * 1024;

    // Stores a new case from intake facts, attachments included, all or
    // nothing. Intake nurses and administrators create cases. Typed: the
    // nurse's draft, at intake until she submits it. Electronic (an
    // imported bundle): a submitted request, waiting for review from the
    // start, its submission audited in the same transaction.
    static Result<qint64> create(Database &db, const CaseFacts &facts, const User &actor,
                                 CaseArrival arrival = CaseArrival::Typed);
    // The insert create() makes, inside the caller's transaction and without
    // its role check (filing an appeal makes its case this way): the case
    // at intake with `dueBy`, its facts, attachments, search terms and audit
    // row; the reference is "<prefix>-<id>", seven digits.
    static Result<qint64> insertWithin(Database &db, const CaseFacts &facts, const User &actor, const QDateTime &dueBy,
                                       const QString &referencePrefix);

    // Replaces the facts of a case still at intake (a saved draft being
    // completed), in one transaction; attachments stay, and the facts'
    // attachments (documents chosen since the last save) are added.
    static Status updateDraft(Database &db, qint64 caseId, const CaseFacts &facts, const User &actor);

    // Review has started once a case has an assignee or a reviewer's
    // decision: from then on its facts are the reviewer's evidence.
    static Result<bool> reviewStarted(Database &db, qint64 caseId);
    // Corrects a submitted case before review starts (intake nurses,
    // administrators): each fact that differs from the stored one becomes a
    // new version with "corrected by <name> at <time>" as its provenance, and
    // its earlier value stays in the case's correction history. Refused once
    // review has started, for a case still at intake (save the draft
    // instead), and when the corrected facts fail the validator. One
    // transaction with its audit row; returns how many facts changed.
    static Result<int> correct(Database &db, qint64 caseId, const CaseFacts &corrected, const User &actor);
    // The case's correction history, oldest first.
    static Result<QVector<FactCorrection>> corrections(Database &db, qint64 caseId);
    // Where the case-level values came from: every recorded version, in the
    // intake form's field order, each field's versions oldest first (the
    // last one of a field is its current value). A case stored before
    // sources were kept has none.
    static Result<QVector<CaseFieldSource>> fieldSources(Database &db, qint64 caseId);
    // The kind of source a provenance text records: "typed", "imported",
    // "demo", "corrected", or "unrecorded" when it is empty.
    static QString sourceKind(const QString &source);

    // The facts of a case, as stored (audited as a read).
    static Result<CaseFacts> facts(Database &db, qint64 caseId, const User &actor);
    // The same without auditing a read: for the store's own comparisons.
    static Result<CaseFacts> storedFacts(Database &db, qint64 caseId);
    static Result<CaseSummary> summary(Database &db, qint64 caseId);
    static Result<QVector<StoredAttachment>> attachments(Database &db, qint64 caseId);
    // Adds a document to a case (intake nurses, reviewers, medical directors);
    // the type is detected from the bytes, the name is never used as a path.
    static Result<qint64> addAttachment(Database &db, qint64 caseId, const QString &fileName, const QString &declaredType,
                                        const QByteArray &bytes, const User &actor);
    // The bytes of one attachment after checking them against their SHA-256.
    static Result<QByteArray> attachmentBytes(Database &db, qint64 attachmentId, const User &actor);

    // The due-by time from the store's turnaround table (null when none applies).
    static Result<QDateTime> dueBy(Database &db, const QString &lineOfBusiness, const QString &priority,
                                   const QDateTime &received);

    static QString sha256Hex(const QByteArray &bytes);
};

} // namespace pareview
