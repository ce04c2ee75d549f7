#include "store/DecisionDraft.h"

#include "engine/EvaluationJson.h"
#include "engine/Evaluator.h"
#include "letters/CriteriaSnapshot.h"
#include "findings/FindingText.h"
#include "letters/PhraseBook.h"
#include "policy/PolicyLibrary.h"
#include "review/ReviewedEvaluation.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/PolicyChoice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace pareview {

namespace {

// Refusals are shown where the person acted: in the interface language.
// The context is the class's, as lupdate files these messages.
QString tr(const char *text)
{
    return QCoreApplication::translate("pareview::DecisionDrafts", text);
}

// The language the refusals list criteria in: the interface's, as the
// window set it (QLocale::setDefault); the rationale stays in English.
QString interfaceLanguage()
{
    return QLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

QString reference(Database &db, qint64 caseId)
{
    auto s = CaseStore::summary(db, caseId);
    return s ? s->reference : QStringLiteral("%1").arg(caseId);
}

// "1.I.i: Your alanine aminotransferase … was 96 units per liter …": the
// criteria in plain words, groups left out (their parts say it).
QString listed(const QVector<letters::SnapshotCriterion> &items, const QString &language = QStringLiteral("en"))
{
    auto book = letters::PhraseBook::builtIn();
    QStringList parts;
    for (const auto &c : items) {
        if (c.group)
            continue;
        const QString why = c.source == QLatin1String("reviewer") || !book ? c.reason
            : c.finding.isEmpty() ? FindingText::quoted(c.reason, language, *book.value()).text
                                  : FindingText::builtIn().plain(c.finding, language, *book.value()).text;
        parts << QStringLiteral("%1: %2").arg(c.label, why);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

Result<ApplicablePolicy> DecisionDrafts::applicablePolicy(Database &db, const PolicyLibrary &library,
                                                         qint64 caseId, const CaseFacts &facts,
                                                         const QString &policyId)
{
    const QString ref = reference(db, caseId);
    auto policies = PolicyChoices::forCase(db, library, caseId, facts, policyId);
    if (!policies)
        return Error{ tr("case %1: %2").arg(ref, policies.error()) };
    if (const ApplicablePolicy *current = policies->current())
        return *current;
    QStringList ids;
    for (const ApplicablePolicy &a : std::as_const(policies->selection.policies))
        ids << QStringLiteral("%1 (%2 %3)").arg(a.policy->id, a.policy->payer, a.policy->number);
    return Error{
        tr("several policies apply to case %1 and none is chosen yet: %2; a reviewer chooses one in the case, or name it")
            .arg(ref, ids.join(QStringLiteral(", ")))
    };
}

Result<DecisionDraft> DecisionDrafts::prepare(Database &db, const PolicyLibrary &library, qint64 caseId,
                                              const QString &outcome, const QString &reason,
                                              const User &actor, const QString &policyId, const QDate &today)
{
    static const QStringList outcomes = { QStringLiteral("approve"), QStringLiteral("deny"),
                                          QStringLiteral("pend"), QStringLiteral("refer") };
    if (!outcomes.contains(outcome))
        return Error{ tr("outcome \"%1\" is not one of %2")
                          .arg(outcome, outcomes.join(QStringLiteral(", "))) };
    auto facts = CaseStore::facts(db, caseId, actor);
    if (!facts)
        return Error{ facts.error() };
    auto policy = applicablePolicy(db, library, caseId, facts.value(), policyId);
    if (!policy)
        return Error{ policy.error() };
    const QString ref = reference(db, caseId);

    DecisionDraft draft;
    draft.policy = policy->policy;
    // The data with the reviewers' decisions, combined as the window shows them.
    auto decisions = Review::decisions(db, caseId, draft.policy->id);
    if (!decisions)
        return Error{ decisions.error() };
    draft.review = ReviewedEvaluations::compute(*draft.policy, facts.value(), Evaluator::defaultAsOf(facts.value()),
                                                decisions.value());
    draft.review.reviewed.warnings = policy->warnings;
    draft.review.data.warnings = policy->warnings;
    draft.evaluation = draft.review.reviewed;

    const Evaluation &ev = draft.evaluation;
    DeterminationInput &in = draft.input;
    in.outcome = outcome;
    in.policyId = draft.policy->id;
    in.policyVersion = draft.policy->version;
    in.policyRequiresMedicalDirector = draft.policy->medicalDirectorReviewAll;
    in.criteriaSnapshot = evaluationToJson(ev, QString(), false);
    auto snapshot = letters::CriteriaSnapshot::parse(in.criteriaSnapshot);
    if (!snapshot)
        return Error{ snapshot.error() };

    const bool director = actor.role == Role::MedicalDirector;
    const QString onlyDirector = tr("; only a medical director decides against the recommendation, with a written rationale");
    if (outcome == QLatin1String("approve")) {
        const auto notMet = snapshot->decisiveNotMet();
        const auto missing = snapshot->missingInformation();
        std::optional<ApprovalTerms> terms = ev.approval;
        if (!ev.approval || !notMet.isEmpty() || !missing.isEmpty()
            || !snapshot->exclusionsThatApply().isEmpty()) {
            const QString why = tr("case %1 cannot be approved from its criteria results under %2 %3: %4")
                                    .arg(ref, draft.policy->payer, draft.policy->number,
                                         !notMet.isEmpty() ? tr("not met: %1").arg(listed(notMet, interfaceLanguage()))
                                             : !missing.isEmpty()
                                             ? tr("information missing: %1").arg(listed(missing, interfaceLanguage()))
                                             : ReviewedEvaluation::reasonFor(ev));
            if (!director)
                return Error{ why + onlyDirector };
            // The terms the policy gives a request that meets it: every
            // criterion taken as met, no exclusion as applying.
            QHash<QString, CriterionOverride> met;
            for (const CriterionResult &c : ev.criteria)
                if (!c.group && !c.section)
                    met.insert(c.label, { CriterionStatus::Met, QString() });
            for (const CriterionResult &c : ev.notCovered)
                if (!c.group)
                    met.insert(c.label, { CriterionStatus::NotMet, QString() });
            terms = Evaluator::evaluate(*draft.policy, facts.value(), ev.asOf, met).approval;
            if (!terms)
                return Error{ tr("case %1 cannot be approved under %2 %3: the policy gives no approval "
                                 "period for this request (%4); refer or deny it")
                                  .arg(ref, draft.policy->payer, draft.policy->number, ReviewedEvaluation::reasonFor(ev)) };
            draft.againstRecommendation = QStringLiteral("The criteria results recommend: %1 (%2).")
                                              .arg(ReviewedEvaluations::recommendationText(ev.recommendation),
                                                   ev.recommendationReason);
        }
        in.approvalStart = terms->start;
        in.approvalEnd = terms->end;
        in.quantity = terms->quantity;
        if (!terms->ndc.isEmpty())
            in.quantity += QStringLiteral(", NDC %1").arg(terms->ndc);
        in.rationale = !reason.isEmpty() ? reason
            : draft.againstRecommendation.isEmpty() ? ev.recommendationReason
                                                    : QString();
    } else if (outcome == QLatin1String("deny")) {
        const auto items = snapshot->decisiveNotMet() + snapshot->exclusionsThatApply();
        if (items.isEmpty()) {
            const QString why = tr("nothing in the criteria results of case %1 supports a denial: no "
                                   "criterion of %2 %3 is recorded as not met")
                                    .arg(ref, draft.policy->payer, draft.policy->number);
            if (!director)
                return Error{ why + onlyDirector };
            draft.againstRecommendation = QStringLiteral("The criteria results recommend: %1 (%2).")
                                              .arg(ReviewedEvaluations::recommendationText(ev.recommendation),
                                                   ev.recommendationReason);
        }
        in.rationale = !reason.isEmpty() ? reason
            : items.isEmpty()            ? QString()
                                         : QStringLiteral("Not met: %1").arg(listed(items));
    } else if (outcome == QLatin1String("pend")) {
        const auto items = snapshot->missingInformation();
        if (items.isEmpty())
            return Error{ tr("no criterion of case %1 is missing information: there is nothing to ask for")
                              .arg(ref) };
        in.replyBy = today.addDays(ReplyDays);
        in.rationale
            = reason.isEmpty() ? QStringLiteral("Information needed: %1").arg(listed(items)) : reason;
    } else {
        if (ev.referTo.isEmpty())
            return Error{ tr("the criteria results of case %1 name no policy to refer it to (%2)")
                              .arg(ref, ReviewedEvaluation::reasonFor(ev)) };
        in.referTo = ev.referTo;
        in.rationale = reason.isEmpty() ? ev.recommendationReason : reason;
    }
    return draft;
}

} // namespace pareview
