#pragma once

// The result of evaluating one case against one policy version: every
// criterion with its three-valued status and a reason a reviewer can read,
// the recommendation, and what an approval would allow. The engine
// recommends; it never decides.

#include "findings/Finding.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pareview {

enum class CriterionStatus { Met, NotMet, Unknown, NotApplicable };
QString statusName(CriterionStatus status); // "met", "not-met", "unknown", "not-applicable"

enum class Recommendation { NotCovered, Refer, DoesNotMeet, NeedsInformation, Meets };
QString recommendationName(Recommendation r); // "not-covered", "refer", …

struct CriterionResult
{
    QString label;      // full label: "1.F.ii"
    QString text;       // the policy's words
    CriterionStatus status = CriterionStatus::Unknown;
    QString source = QStringLiteral("auto"); // "auto" or "reviewer"
    QString reason;     // written from the finding (FindingText), or a reviewer's note
    Finding finding;    // what the engine found; a reviewer's note is a "reviewer-note"
    bool documentation = false;
    int depth = 0;      // criteria: 0 for the section (pathway) row, 1 for its top-level criteria; notCovered: 0 top level
    bool group = false; // has sub-criteria
    bool section = false; // a pathway's own row (I.A, 1, Hemgenix): its criteria combined, not a requirement of its own
    QStringList evidence; // provenance of the facts used ("entry[7] Observation 1742-6")
};

struct ApprovalTerms
{
    QString duration; // "90 days", "3 months"
    int durationDays = 0;
    std::optional<int> durationMonths;
    std::optional<int> durationWeeks; // a duration the policy gives in weeks
    QDate start;
    QDate end; // inclusive
    bool oneTime = false;
    QString quantity;  // "1 kit of 16 vials", "up to 189,000 mcg per 28 days": written from quantityFinding
    Finding quantityFinding;
    QString ndc;
    int vials = 0;
    std::optional<double> maxMcg;
    int periodDays = 0;
    QString doseLimit; // "75 mcg/kg every 2 hours"
    QString text;      // the policy's approval words
};

struct Evaluation
{
    QString policyId;
    QString policyNumber;
    QString policyTitle;
    QString payer;
    QString policyVersion;
    QDate policyEffective;
    QDate asOf;
    QString drug;
    QString pathway;
    QString pathwayTitle;
    QString requestType;
    Recommendation recommendation = Recommendation::NeedsInformation;
    QString recommendationReason;
    Finding recommendationFinding;
    bool medicalDirectorReview = false;
    // Pre-order, groups before their children. Each section evaluated is a
    // row of its own (label = pathway id, depth 0, its combined status)
    // followed by its criteria: the chosen pathway, and before it, for a
    // request that fell through to a referral, the listed section it was
    // checked against.
    QVector<CriterionResult> criteria;
    QVector<CriterionResult> notCovered; // the policy's not-covered conditions
    QString referTo;
    std::optional<ApprovalTerms> approval;
    QStringList flags; // for the reviewer: requests above the approvable quantity, conflicts
    QStringList warnings; // about the choice of policy: a named policy off the member's line of business

    const CriterionResult *criterion(const QString &label) const
    {
        for (const auto &c : criteria)
            if (c.label == label)
                return &c;
        return nullptr;
    }
};

} // namespace pareview
