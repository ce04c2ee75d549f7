#include "policy/Applicability.h"

#include "intake/CaseFacts.h"
#include "intake/DrugCatalog.h"
#include "policy/Payers.h"
#include "policy/PolicyLibrary.h"

namespace pareview {

namespace {

QString policyName(const Policy &p)
{
    return QStringLiteral("%1 %2").arg(p.payer, p.number);
}

QString lineOfBusinessWarning(const Policy &p, const QString &lob)
{
    return QStringLiteral("%1 does not list the member's line of business (%2); it lists %3")
        .arg(policyName(p), lob, p.linesOfBusiness.join(QStringLiteral(", ")));
}

} // namespace

Result<PolicySelection> applicablePolicies(const PolicyLibrary &library, const PayerTable &payers,
                                           const CaseFacts &facts, const QDate &asOf, const QString &namedPolicy)
{
    PolicySelection out;
    const QString payerName = facts.payer.value.value_or(QString());
    const QString lob = facts.lineOfBusiness.value.value_or(QString());
    const QString drug = facts.drug.value.value_or(QString());
    const QString drugName = drug.isEmpty() ? QString() : DrugCatalog::name(drug);
    if (const Payer *payer = payers.find(payerName))
        out.payer = payer->name;

    if (!namedPolicy.isEmpty()) {
        if (!library.contains(namedPolicy))
            return Error{ QStringLiteral("there is no policy \"%1\" (known: %2)")
                              .arg(namedPolicy, library.ids().join(QStringLiteral(", "))) };
        const Policy *p = library.inEffect(namedPolicy, asOf);
        if (!p)
            return Error{ QStringLiteral("no version of %1 was in effect on %2").arg(namedPolicy, asOf.toString(Qt::ISODate)) };
        if (drug.isEmpty())
            return Error{ QStringLiteral("the request names no drug %1 covers").arg(policyName(*p)) };
        if (!p->coversDrug(drug))
            return Error{ QStringLiteral("%1 does not cover %2").arg(policyName(*p), drugName) };
        ApplicablePolicy a{ p, {} };
        if (!lob.isEmpty() && !p->listsLineOfBusiness(lob))
            a.warnings << lineOfBusinessWarning(*p, lob);
        out.policies.append(a);
        return out;
    }

    // Payer first.
    QStringList candidates;
    if (const Payer *payer = payers.find(payerName)) {
        candidates = payer->policies;
        if (candidates.isEmpty())
            return Error{ QStringLiteral("the payer table gives %1 no policies").arg(payer->name) };
    } else {
        candidates = library.ids();
    }
    // Then the drug, then the line of business.
    for (const QString &id : std::as_const(candidates)) {
        const Policy *p = library.inEffect(id, asOf);
        if (!p) {
            out.leftOut << (library.contains(id)
                                ? QStringLiteral("%1: no version in effect on %2").arg(id, asOf.toString(Qt::ISODate))
                                : QStringLiteral("%1: not in the policy library").arg(id));
            continue;
        }
        if (drug.isEmpty()) {
            out.leftOut << QStringLiteral("%1: the request names no drug").arg(id);
            continue;
        }
        if (!p->coversDrug(drug)) {
            out.leftOut << QStringLiteral("%1: %2 does not cover %3").arg(id, policyName(*p), drugName);
            continue;
        }
        if (!lob.isEmpty() && !p->listsLineOfBusiness(lob)) {
            out.leftOut << QStringLiteral("%1: %2 does not apply to the %3 line of business").arg(id, policyName(*p), lob);
            continue;
        }
        out.policies.append(ApplicablePolicy{ p, {} });
    }
    if (out.policies.isEmpty()) {
        const QString who = out.payer.isEmpty()
            ? (payerName.isEmpty() ? QStringLiteral("no payer named") : QStringLiteral("payer \"%1\", not in the payer table").arg(payerName))
            : QStringLiteral("payer %1").arg(out.payer);
        return Error{ QStringLiteral("no policy applies (%1; %2)").arg(who, out.leftOut.join(QStringLiteral("; "))) };
    }
    return out;
}

} // namespace pareview
