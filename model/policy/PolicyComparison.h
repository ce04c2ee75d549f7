#pragma once

// Several payers' policies for one drug side by side: each requirement the
// policies state (a lab and its limit, an attestation, age, prescriber,
// dose…) as a row, what each policy asks for it in its own labels, and
// whether the policies differ on it.

#include "policy/Policy.h"

#include <QStringList>
#include <QVector>

namespace pareview {

// "ALT ≤ 2 × ULN within 30 days", "age ≥ 18", "exposure days ≥ 150 (attested)".
QString describeRule(const Rule &rule);

struct ComparisonRow
{
    QString topic;          // "ALT", "age", "exposure days", …
    QStringList cells;      // per policy: "1.I.i: ALT ≤ 2 × ULN within 30 days"; empty when the policy is silent
    bool differs = false;   // the policies ask for different things (or some are silent)
};

struct PolicyComparison
{
    QStringList policies;   // column headings: "Cigna IP0535 (2026-03-12)"
    QVector<ComparisonRow> rows;

    static PolicyComparison forDrug(const QVector<const Policy *> &policies, const QString &drugId);
};

} // namespace pareview
