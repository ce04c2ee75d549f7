#pragma once

// What the criterion tests share (tests/tst_criteria_*.cpp,
// tests/tst_flatdose.cpp, tests/tst_catalog_limits.cpp): a row's change to a
// case as a test column, changes put together, a case from a request bundle
// of tests/data, a request bundle edited for a row, the conditions not
// covered by label, and the one check of a row — the criterion's status,
// the recommendation and what goes with it.

#include "CaseBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <initializer_list>

namespace testsupport {

// The one change a row makes to the case it starts from.
using Change = std::function<void(CaseBuilder &)>;

// The row's case as it starts.
inline const Change unchanged = [](CaseBuilder &) {};

// Several changes, in their order.
inline Change steps(std::initializer_list<Change> list)
{
    const QVector<Change> all(list);
    return [all](CaseBuilder &b) {
        for (const Change &c : all)
            c(b);
    };
}

inline Change both(const Change &first, const Change &second)
{
    return steps({ first, second });
}

// A request bundle of tests/data ("examples/hy-01-hemA-prophylaxis.json"),
// imported as the command line imports it; a bundle that does not import
// stops the test run.
inline CaseBuilder caseFromTestData(const QString &relative)
{
    auto facts = FhirImporter::import(readAll(testDataPath(relative)));
    if (!facts)
        qFatal("cannot import %s: %s", qPrintable(relative), qPrintable(facts.error()));
    return CaseBuilder(std::move(facts).value());
}

// A request bundle with `edit` applied to each resource of `resourceType`:
// the request a row needs, as the clinic would have sent it.
inline QByteArray editedBundle(const QByteArray &bundle, const QString &resourceType,
                               const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject b = QJsonDocument::fromJson(bundle).object();
    QJsonArray entries = b.value(QStringLiteral("entry")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() != resourceType)
            continue;
        edit(resource);
        entry.insert(QStringLiteral("resource"), resource);
        entries[i] = entry;
    }
    b.insert(QStringLiteral("entry"), entries);
    return QJsonDocument(b).toJson();
}

// The policy's condition not covered with this label (its own numbering,
// which may repeat a pathway's, as Cigna's "1").
inline const CriterionResult *notCoveredCondition(const Evaluation &ev, const QString &label)
{
    for (const auto &c : ev.notCovered)
        if (c.label == label)
            return &c;
    return nullptr;
}

inline QString notCoveredStatus(const Evaluation &ev, const QString &label)
{
    const CriterionResult *c = notCoveredCondition(ev, label);
    return c ? statusName(c->status) : QStringLiteral("<no not-covered condition %1>").arg(label);
}

inline QString notCoveredReason(const Evaluation &ev, const QString &label)
{
    const CriterionResult *c = notCoveredCondition(ev, label);
    return c ? c->reason : QString();
}

// A row's check: the request took `pathway` (unless empty), `label` has
// `status` (the message gives its reason when not), and unless
// `recommendation` is empty the case is recommended so. Whatever was
// recommended, approval terms go with a case that meets the criteria and a
// referral names its target.
inline void checkCriterion(const Evaluation &ev, const QString &pathway, const QString &label, const QString &status,
                           const QString &recommendation)
{
    if (!pathway.isEmpty())
        QCOMPARE(ev.pathway, pathway);
    const QString actual = statusOf(ev, label);
    QVERIFY2(actual == status,
             qPrintable(QStringLiteral("%1 is %2, expected %3 (%4)").arg(label, actual, status, reasonOf(ev, label))));
    const QString actualRecommendation = recommendationName(ev.recommendation);
    if (!recommendation.isEmpty())
        QVERIFY2(actualRecommendation == recommendation,
                 qPrintable(QStringLiteral("recommendation %1, expected %2 (%3)")
                                .arg(actualRecommendation, recommendation, ev.recommendationReason)));
    if (ev.recommendation == Recommendation::Meets)
        QVERIFY(ev.approval.has_value());
    if (ev.recommendation == Recommendation::Refer)
        QVERIFY2(!ev.referTo.isEmpty(), qPrintable(ev.recommendationReason));
}

// Statuses and recommendations as the engine names them, for the rows'
// tables (`using namespace testsupport::outcomes;`).
namespace outcomes {
inline constexpr const char *kMet = "met";
inline constexpr const char *kNotMet = "not-met";
inline constexpr const char *kUnknown = "unknown";
inline constexpr const char *kNotApplicable = "not-applicable";
inline constexpr const char *kMeets = "meets-criteria";
inline constexpr const char *kDoesNotMeet = "does-not-meet-criteria";
inline constexpr const char *kNeedsInformation = "needs-information";
inline constexpr const char *kRefer = "refer";
} // namespace outcomes

} // namespace testsupport

Q_DECLARE_METATYPE(testsupport::Change)
