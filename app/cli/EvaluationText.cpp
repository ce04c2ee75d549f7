#include "cli/EvaluationText.h"

namespace pareview::cli {

static QString mark(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Met:
        return QStringLiteral("[met]    ");
    case CriterionStatus::NotMet:
        return QStringLiteral("[NOT MET]");
    case CriterionStatus::Unknown:
        return QStringLiteral("[unknown]");
    case CriterionStatus::NotApplicable:
        return QStringLiteral("[n/a]    ");
    }
    return {};
}

QString evaluationToText(const Evaluation &ev, const QString &bundleName)
{
    QString out;
    out += QStringLiteral("%1 — %2 %3 %4 (version %5)\n")
               .arg(bundleName, ev.payer, ev.policyNumber, ev.policyTitle, ev.policyVersion);
    for (const auto &w : ev.warnings)
        out += QStringLiteral("warning: %1\n").arg(w);
    out += QStringLiteral("as of %1 · drug %2 · pathway %3 · %4 request\n")
               .arg(ev.asOf.toString(Qt::ISODate), ev.drug, ev.pathway.isEmpty() ? QStringLiteral("—") : ev.pathway,
                    ev.requestType);
    out += QStringLiteral("recommendation: %1").arg(recommendationName(ev.recommendation));
    if (!ev.referTo.isEmpty())
        out += QStringLiteral(" → %1").arg(ev.referTo);
    out += QStringLiteral("\n  %1\n").arg(ev.recommendationReason);
    if (ev.medicalDirectorReview)
        out += QStringLiteral("medical director review required for every determination\n");
    for (const auto &c : ev.notCovered)
        out += QStringLiteral("  not covered %1 %2 %3\n").arg(mark(c.status), c.label, c.reason);
    for (const auto &c : ev.criteria)
        out += QStringLiteral("  %1%2 %3 %4%5\n")
                   .arg(QString(c.depth * 2, QLatin1Char(' ')), mark(c.status), c.label, c.reason,
                        c.documentation ? QStringLiteral(" [documentation required]") : QString());
    if (ev.approval) {
        const auto &a = *ev.approval;
        out += QStringLiteral("approval: %1 (%2 to %3)%4\n")
                   .arg(a.duration, a.start.toString(Qt::ISODate), a.end.toString(Qt::ISODate),
                        a.oneTime ? QStringLiteral(", one time") : QString());
        if (!a.quantity.isEmpty())
            out += QStringLiteral("  quantity: %1%2\n").arg(a.quantity, a.ndc.isEmpty() ? QString() : QStringLiteral(", NDC ") + a.ndc);
        if (!a.doseLimit.isEmpty())
            out += QStringLiteral("  dose limit: %1\n").arg(a.doseLimit);
    }
    for (const auto &f : ev.flags)
        out += QStringLiteral("flag: %1\n").arg(f);
    return out;
}

} // namespace pareview::cli
