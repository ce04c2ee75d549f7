#pragma once

// The criteria results a determination snapshots (the JSON of
// engine/EvaluationJson.h), read back for its letter: which criteria were
// not met, which lacked information, what an approval allows.

#include "core/Result.h"
#include "findings/Finding.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace pareview::letters {

class PhraseBook;

struct SnapshotCriterion
{
    QString label;
    QString status; // met, not-met, unknown, not-applicable
    QString source; // auto, reviewer
    QString reason;
    Finding finding; // empty in snapshots from before findings: the letter quotes the reason
    bool documentation = false;
    bool exclusion = false; // one of the policy's not-covered conditions
    int depth = 0; // 0 for a top-level criterion
    bool group = false; // has sub-criteria in the snapshot
};

struct CriteriaSnapshot
{
    QString policyId;
    QString policyNumber;
    QString policyVersion;
    QDate asOf;
    QString pathway;
    QString requestType;
    QString recommendation;
    QString recommendationReason;
    Finding recommendationFinding;
    QString referTo;
    QVector<SnapshotCriterion> criteria;
    QVector<SnapshotCriterion> notCovered;

    bool hasApproval = false;
    bool oneTime = false;
    QString duration; // "90 days", "3 months": as the evaluation wrote it, for people
    // The same typed, for letters: months, else weeks, else days (0: not recorded).
    std::optional<int> durationMonths;
    std::optional<int> durationWeeks;
    int durationDays = 0;
    QDate approvalStart;
    QDate approvalEnd;
    QString quantity;
    Finding quantityFinding; // empty in snapshots from before findings
    QString ndc;
    QString doseLimit;

    static Result<CriteriaSnapshot> parse(const QString &json);

    // The quantity a determination records ("1 kit of 16 vials, NDC …") as
    // the finding it was written from; nullopt when it was written otherwise
    // (typed by a person, or a snapshot from before findings).
    std::optional<Finding> quantityWrittenAs(const QString &recorded) const;
    // The recorded quantity in a letter's language: from its finding when the
    // evaluation wrote it, else as the person wrote it.
    QString quantityText(const QString &recorded, const QString &language, const PhraseBook &book) const;

    // The criteria a denial rests on: not met, and every criterion above it
    // not met either (a part that failed inside a group that was met anyway
    // decided nothing). Policy order, groups before their parts.
    QVector<SnapshotCriterion> decisiveNotMet() const;
    // The policy's not-covered conditions that apply to the request.
    QVector<SnapshotCriterion> exclusionsThatApply() const;
    // What a request for information asks for: criteria (and not-covered
    // conditions) left unknown, without their groups, every criterion above
    // them unknown too.
    QVector<SnapshotCriterion> missingInformation() const;
};

} // namespace pareview::letters
