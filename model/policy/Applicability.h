#pragma once

// Which policies a case is reviewed under — decided here and nowhere else
// (POLICY-READING.md, "Which policy applies"). `pareview evaluate`,
// `pareview decide` and the workstation all call applicablePolicies().

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pareview {

class PayerTable;
class PolicyLibrary;
struct CaseFacts;
struct Policy;

struct ApplicablePolicy
{
    const Policy *policy = nullptr; // the version in effect on the as-of date
    // For a policy named explicitly that does not list the member's line of
    // business: it is evaluated all the same, with this said.
    QStringList warnings;
};

struct PolicySelection
{
    QVector<ApplicablePolicy> policies; // in the payer table's order
    QString payer;    // the payer table entry's name; empty when the table does not know the case's payer
    QStringList leftOut; // "id: why" for every policy considered and left out
};

// The policies that apply to a case, as of `asOf`:
// - `namedPolicy` given (`--policy`, the reviewer's choice): that one alone,
//   whatever the payer; an error when it is unknown, has no version in
//   effect or does not cover the drug; a warning when it does not list the
//   member's line of business.
// - otherwise the payer first: the policies the payer table gives the
//   case's payer (by name or alias); a payer the table does not know (or no
//   payer) leaves every policy in the library. Then the drug, then the line
//   of business where the policy text lists lines of business. None left is
//   an error that says why each was left out.
Result<PolicySelection> applicablePolicies(const PolicyLibrary &library, const PayerTable &payers,
                                           const CaseFacts &facts, const QDate &asOf,
                                           const QString &namedPolicy = QString());

} // namespace pareview
