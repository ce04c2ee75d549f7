#include "review/CaseWorkflow.h"

#include <QCoreApplication>

namespace pareview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pareview::CaseWorkflow", text);
}

bool isReviewer(const User &u)
{
    return u.role == Role::ClinicalReviewer || u.role == Role::MedicalDirector;
}

QString who(const User &u)
{
    return QStringLiteral("%1 (%2)").arg(u.name, roleTitle(u.role));
}

} // namespace

const QStringList &CaseWorkflow::states()
{
    static const QStringList list = {QStringLiteral("intake"),     QStringLiteral("in-review"),     QStringLiteral("awaiting-medical-director"),
                                     QStringLiteral("determined"), QStringLiteral("letter-issued"), QStringLiteral("pended"),
                                     QStringLiteral("withdrawn")};
    return list;
}

QString CaseWorkflow::initialStatus(CaseArrival arrival)
{
    return arrival == CaseArrival::Electronic ? QStringLiteral("in-review") : QStringLiteral("intake");
}

const QStringList &CaseWorkflow::awaitingReview()
{
    static const QStringList list = {QStringLiteral("in-review")};
    return list;
}

QString CaseWorkflow::awaitingReviewSql()
{
    QStringList quoted;
    for (const QString &status : awaitingReview())
        quoted << QLatin1Char('\'') + status + QLatin1Char('\''); // fixed names, never input
    return quoted.join(QLatin1Char(','));
}

QString CaseWorkflow::actionName(CaseAction action)
{
    switch (action) {
    case CaseAction::Submit:
        return QStringLiteral("submit");
    case CaseAction::Claim:
        return QStringLiteral("claim");
    case CaseAction::Assign:
        return QStringLiteral("assign");
    case CaseAction::DecideCriterion:
        return QStringLiteral("decide-criterion");
    case CaseAction::SendToMedicalDirector:
        return QStringLiteral("send-to-medical-director");
    case CaseAction::Determine:
        return QStringLiteral("determine");
    case CaseAction::Supersede:
        return QStringLiteral("supersede");
    }
    return {};
}

QString CaseWorkflow::actionText(CaseAction action)
{
    switch (action) {
    case CaseAction::Submit:
        return tr("submit the case for review");
    case CaseAction::Claim:
        return tr("claim the case");
    case CaseAction::Assign:
        return tr("assign the case");
    case CaseAction::DecideCriterion:
        return tr("decide criteria");
    case CaseAction::SendToMedicalDirector:
        return tr("send the case to a medical director");
    case CaseAction::Determine:
        return tr("record a determination");
    case CaseAction::Supersede:
        return tr("supersede the determination");
    }
    return {};
}

std::optional<QString> CaseWorkflow::readOnlyReason(const QString &status)
{
    if (status == QLatin1String("determined"))
        return tr("This case is determined and read only; only a medical director can supersede the determination.");
    if (status == QLatin1String("letter-issued"))
        return tr("The letter of this case is issued and the case is read only; only a medical director can supersede the determination.");
    if (status == QLatin1String("withdrawn"))
        return tr("This request was withdrawn; the case is read only.");
    return std::nullopt;
}

std::optional<QString> CaseWorkflow::whyNot(CaseAction action, const QString &status, const User &actor, const WorkflowDetail &detail)
{
    if (!states().contains(status))
        return tr("the case's status \"%1\" is not one the workstation knows").arg(status);
    // Who, first: a role that never takes the action hears so, whatever the state.
    const bool director = actor.role == Role::MedicalDirector;
    switch (action) {
    case CaseAction::Submit:
        if (actor.role != Role::IntakeNurse && actor.role != Role::Administrator)
            return tr("%1 may not submit cases for review").arg(who(actor));
        break;
    case CaseAction::Claim:
        if (!isReviewer(actor))
            return tr("%1 may not claim cases for review").arg(who(actor));
        break;
    case CaseAction::Assign:
        if (!isReviewer(actor) && actor.role != Role::Administrator)
            return tr("%1 may not assign cases").arg(who(actor));
        break;
    case CaseAction::DecideCriterion:
        if (!isReviewer(actor))
            return tr("%1 may not decide criteria").arg(who(actor));
        break;
    case CaseAction::SendToMedicalDirector:
        if (!isReviewer(actor))
            return tr("%1 may not send cases to a medical director").arg(who(actor));
        break;
    case CaseAction::Determine:
    case CaseAction::Supersede:
        if (!isReviewer(actor))
            return tr("%1 may not record determinations").arg(who(actor));
        if (detail.outcome == QLatin1String("deny") && !director)
            return tr("only a medical director records a denial (%1 is a %2)").arg(actor.name, roleTitle(actor.role));
        if (action == CaseAction::Supersede && !director)
            return tr("only a medical director supersedes a determination (%1 is a %2)").arg(actor.name, roleTitle(actor.role));
        break;
    }

    // Then where the case stands.
    if (const auto readOnly = readOnlyReason(status); readOnly && action != CaseAction::Supersede)
        return *readOnly;
    const bool awaitingDirector = status == QLatin1String("awaiting-medical-director");
    const QString directorsNow = tr("the case is waiting for a medical director; %1 may no longer %2");
    switch (action) {
    case CaseAction::Submit:
        if (status != QLatin1String("intake") && status != QLatin1String("pended"))
            return tr("the case is %1; only a case in intake, or one pended for information, is submitted for review").arg(status);
        break;
    case CaseAction::Claim:
        if (status == QLatin1String("intake"))
            return tr("the case is a draft the nurse has not submitted yet; it is claimed once it is submitted");
        if (!awaitingReview().contains(status))
            return tr("the case is %1; only a case waiting for review is claimed").arg(status);
        break;
    case CaseAction::Assign:
        // A draft is still the nurse's: nobody reviews what she has not submitted.
        if (status == QLatin1String("intake"))
            return tr("the case is a draft the nurse has not submitted yet; it is assigned once it is submitted");
        if (!awaitingReview().contains(status) && !awaitingDirector && status != QLatin1String("pended"))
            return tr("the case is %1; only a case in review, pended or waiting for a medical director is assigned").arg(status);
        break;
    case CaseAction::DecideCriterion:
        // The nurse's request is reviewed once she submits it, not while she types it.
        if (status == QLatin1String("intake"))
            return tr("the case was never submitted for review: the nurse submits it (or a reviewer claims it) before its criteria are decided");
        if (status == QLatin1String("pended"))
            return tr("the case is pended for information; its criteria are decided again once the nurse submits the reply");
        if (awaitingDirector && !director)
            return directorsNow.arg(who(actor), actionText(action));
        break;
    case CaseAction::SendToMedicalDirector:
        if (status == QLatin1String("intake"))
            return tr("the case was never submitted for review: claim it or have the nurse submit it before sending it to a medical director");
        if (status != QLatin1String("in-review"))
            return tr("the case is %1; only a case in review is sent to a medical director").arg(status);
        break;
    case CaseAction::Determine:
        if (status == QLatin1String("intake"))
            return tr("the case was never submitted for review: the nurse submits it (or a reviewer claims it) before it is determined");
        if (awaitingDirector && !director)
            return directorsNow.arg(who(actor), actionText(action));
        if (detail.policyRequiresMedicalDirector && !director)
            return tr("the policy sends every review to a medical director (%1 is a %2)").arg(actor.name, roleTitle(actor.role));
        break;
    case CaseAction::Supersede:
        if (status != QLatin1String("determined") && status != QLatin1String("letter-issued"))
            return tr("the case is %1: there is no final determination to supersede").arg(status);
        break;
    }
    return std::nullopt;
}

} // namespace pareview
