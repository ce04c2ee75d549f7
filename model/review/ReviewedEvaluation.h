#pragma once

// What a case's criteria come to: the data alone, and the data with the
// reviewers' decisions, combined by the same engine (ALL-of / ONE-of, not
// applicable counting as met, recommendation strongest first). The window's
// top line, the group rows of its criteria tree, its counts, the
// determination dialog and `pareview decide` all read this one computation.

#include "core/Result.h"
#include "engine/Evaluation.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace pareview {

class Database;
struct CaseFacts;
struct Policy;

struct ReviewedEvaluation
{
    Evaluation data;     // what the data say
    Evaluation reviewed; // with the reviewers' decisions: groups and recommendation combined again
    int criteria = 0;    // criteria that are not groups
    int decided = 0;     // of those, decided by a reviewer (computed rows do not count)
    int open = 0;        // of those, still unknown with the decisions
    // Labels a reviewer decided otherwise than the data: criteria in policy
    // order, then the policy's not-covered conditions.
    QStringList overruled;

    bool differs() const { return data.recommendation != reviewed.recommendation; }
    // For people, in the interface language: "meets criteria — every
    // criterion of 1 is met", or where data and decisions differ "data say:
    // meets criteria · with the reviewers' decisions: does not meet criteria
    // — 1.D". The reason is worded from the evaluation's structure; the
    // engine's own findings (why no section fits, what is not covered) go
    // through `explain` when given (the window's phrase-book wording).
    QString summary(const std::function<QString(const Finding &, const QString &)> &explain = {}) const;
    // The reason part alone ("every criterion of 1 is met").
    static QString reasonFor(const Evaluation &ev, const std::function<QString(const Finding &, const QString &)> &explain = {});
    // "3 of 25 criteria decided by a reviewer; 2 still open".
    QString progress() const;
};

class ReviewedEvaluations
{
public:
    // Reviewer decisions (source "reviewer"; "auto" rows went back to the
    // computed status and count for nothing) on top of the facts.
    static ReviewedEvaluation compute(const Policy &policy, const CaseFacts &facts, const QDate &asOf,
                                      const QHash<QString, Review::StoredDecision> &decisions);
    // The same from the store: the case's facts as of its received date and
    // the latest decision per criterion under `policy`.
    static Result<ReviewedEvaluation> load(Database &db, const Policy &policy, qint64 caseId, const User &actor);

    // "meets criteria", "does not meet criteria", … for people.
    static QString recommendationText(Recommendation r);
};

} // namespace pareview
