#pragma once

// Builds case facts for criterion tests: start from one of the worked
// example bundles (every criterion met), then change one fact so a single
// criterion becomes met, not met or unknown.

#include "testsupport.h"

#include "engine/Evaluator.h"
#include "intake/FhirImporter.h"
#include "intake/LabCatalog.h"
#include "policy/PolicyLibrary.h"

#include <QTest>

#include <functional>

namespace testsupport {

using namespace pareview;

// The as-of date of every example bundle.
inline QDate exampleAsOf()
{
    return QDate(2026, 11, 21);
}

inline const PolicyLibrary &library()
{
    static const PolicyLibrary lib = PolicyLibrary::builtIn();
    return lib;
}

// Imports ../shared/spec/examples/<name>.json; fails the test on error.
inline CaseFacts exampleFacts(const QString &name)
{
    const QByteArray data = readAll(sharedPath(QStringLiteral("spec/examples/%1.json").arg(name)));
    auto facts = FhirImporter::import(data);
    if (!facts)
        qFatal("cannot import example %s: %s", qPrintable(name), qPrintable(facts.error()));
    return std::move(facts).value();
}

class CaseBuilder
{
public:
    explicit CaseBuilder(CaseFacts facts) : m_facts(std::move(facts)) {}
    static CaseBuilder fromExample(const QString &name) { return CaseBuilder(exampleFacts(name)); }

    // Labs: `set` replaces the whole series with one result.
    CaseBuilder &setLab(const QString &lab, double value, const QDate &date, std::optional<double> uln = std::nullopt)
    {
        m_facts.labs[lab] = {};
        return addLab(lab, value, date, uln);
    }
    CaseBuilder &addLab(const QString &lab, double value, const QDate &date, std::optional<double> uln = std::nullopt)
    {
        Measurement m;
        m.value = value;
        m.date = date;
        m.upperLimit = uln;
        m.source = QStringLiteral("test");
        if (const LabDefinition *def = LabCatalog::byName(lab))
            m.unit = def->canonicalUnit;
        auto &series = m_facts.labs[lab];
        series.append(m);
        std::stable_sort(series.begin(), series.end(), [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
        return *this;
    }
    // AAV5 titers and other text results: "1:678", "not detected".
    CaseBuilder &setTiter(const QString &text, const QDate &date)
    {
        Measurement m;
        m.value = LabCatalog::parseTiter(text).value_or(0);
        m.text = text;
        m.date = date;
        m.source = QStringLiteral("test");
        m_facts.labs[QStringLiteral("aav5-nab")] = {m};
        return *this;
    }
    // Changes the upper limit of normal of the latest result (nullopt removes it).
    CaseBuilder &setUln(const QString &lab, std::optional<double> uln)
    {
        auto &series = m_facts.labs[lab];
        if (!series.isEmpty())
            series.last().upperLimit = uln;
        return *this;
    }
    CaseBuilder &removeLab(const QString &lab)
    {
        m_facts.labs.remove(lab);
        return *this;
    }

    // Attestations: bool, int or code (QString).
    CaseBuilder &attest(const QString &item, const QVariant &value)
    {
        QVariant v = value;
        if (v.typeId() == QMetaType::Int)
            v = qlonglong(v.toInt());
        m_facts.attestations.insert(item, {v, QDate(2026, 11, 18), QStringLiteral("test")});
        return *this;
    }
    // An attestation whose QuestionnaireResponse was authored on `date` (invalid: no authored date).
    CaseBuilder &attestOn(const QString &item, const QVariant &value, const QDate &date)
    {
        attest(item, value);
        m_facts.attestations[item].date = date;
        return *this;
    }
    CaseBuilder &unattest(const QString &item)
    {
        m_facts.attestations.remove(item);
        return *this;
    }

    CaseBuilder &setDiagnoses(const QStringList &codes)
    {
        m_facts.diagnoses.clear();
        for (const QString &c : codes)
            m_facts.diagnoses.append({c, QString(), true, QStringLiteral("test")});
        return *this;
    }
    // Adds a diagnosis on file that the request does not name.
    CaseBuilder &addOtherDiagnosis(const QString &code)
    {
        m_facts.diagnoses.append({code, QString(), false, QStringLiteral("test")});
        return *this;
    }

    CaseBuilder &setDrug(const QString &drugId)
    {
        m_facts.drug = {drugId, {}, QStringLiteral("test")};
        return *this;
    }
    // unit "mcg/kg" or "{genome_copies}/kg"; interval in hours (nullopt: none stated).
    CaseBuilder &setDose(double perKg, const QString &unit, std::optional<double> intervalHours = std::nullopt)
    {
        m_facts.dosePerKg = {perKg, {}, QStringLiteral("test")};
        m_facts.doseUnit = unit;
        m_facts.doseIntervalHours = {intervalHours, {}, QStringLiteral("test")};
        return *this;
    }
    CaseBuilder &removeDose()
    {
        m_facts.dosePerKg = {};
        m_facts.doseIntervalHours = {};
        return *this;
    }
    CaseBuilder &setQuantity(double mcg, double days)
    {
        m_facts.quantityMcg = {mcg, {}, QStringLiteral("test")};
        m_facts.supplyDays = {days, {}, QStringLiteral("test")};
        return *this;
    }

    CaseBuilder &setBirthDate(const QDate &date)
    {
        m_facts.birthDate = {date, date, QStringLiteral("test")};
        return *this;
    }
    CaseBuilder &removeBirthDate()
    {
        m_facts.birthDate = {};
        return *this;
    }
    // "male", "female", "unknown"; empty removes it.
    CaseBuilder &setSexAtBirth(const QString &sex)
    {
        m_facts.sexAtBirth = sex.isEmpty() ? Sourced<QString>{} : Sourced<QString>{sex, {}, QStringLiteral("test")};
        return *this;
    }
    CaseBuilder &setLineOfBusiness(const QString &lob)
    {
        m_facts.lineOfBusiness = {lob, {}, QStringLiteral("test")};
        return *this;
    }
    // NUCC codes of the prescriber ("207RH0000X" is hematology; "207R00000X" internal medicine).
    CaseBuilder &setTaxonomies(const QStringList &codes)
    {
        m_facts.prescriberTaxonomies = codes;
        return *this;
    }
    // Organization typed htc: true, or nullopt for none.
    CaseBuilder &setHtcOrganization(std::optional<bool> htc)
    {
        m_facts.prescriberAtHtc = {htc, {}, QStringLiteral("test")};
        return *this;
    }

    CaseFacts &facts() { return m_facts; }
    const CaseFacts &facts() const { return m_facts; }

    Evaluation evaluate(const QString &policyId, const QDate &asOf = exampleAsOf()) const
    {
        const Policy *policy = library().inEffect(policyId, asOf);
        if (!policy)
            qFatal("no version of %s in effect on %s", qPrintable(policyId), qPrintable(asOf.toString(Qt::ISODate)));
        return Evaluator::evaluate(*policy, m_facts, asOf);
    }

private:
    CaseFacts m_facts;
};

// The examples and their variants that reach most findings: each lab missing,
// old, far above and without a reference range; each attestation missing and
// (yes/no) flipped; no birth date, sex or hemophilia code; a child without an
// HTC or dose; a dose far over every limit. `visit` sees each case's facts.
inline void forEachExampleVariant(const std::function<void(const CaseFacts &)> &visit)
{
    for (const char *name : { "hg-01-complete", "ro-01-complete", "sf-01-hemA-inhibitor-12bu", "ns-01-acquired" }) {
        const CaseFacts base = exampleFacts(QString::fromLatin1(name));
        visit(base);
        for (auto it = base.labs.cbegin(); it != base.labs.cend(); ++it) {
            CaseBuilder missing(base);
            missing.removeLab(it.key());
            visit(missing.facts());
            CaseBuilder old(base);
            old.setLab(it.key(), it->last().value, QDate(2025, 1, 10), it->last().upperLimit);
            visit(old.facts());
            CaseBuilder high(base);
            high.setLab(it.key(), it->last().value * 50 + 10, it->last().date, it->last().upperLimit);
            visit(high.facts());
            CaseBuilder noRange(base);
            noRange.setUln(it.key(), std::nullopt);
            visit(noRange.facts());
        }
        for (auto it = base.attestations.cbegin(); it != base.attestations.cend(); ++it) {
            CaseBuilder missing(base);
            missing.unattest(it.key());
            visit(missing.facts());
            if (it->value.typeId() == QMetaType::Bool) {
                CaseBuilder flipped(base);
                flipped.attest(it.key(), !it->value.toBool());
                visit(flipped.facts());
            }
        }
        CaseBuilder variant(base);
        variant.removeBirthDate()
            .setSexAtBirth(QString())
            .setDiagnoses({ QStringLiteral("D68.311") })
            .setTaxonomies({ QStringLiteral("207R00000X") });
        visit(variant.facts());
        CaseBuilder young(base);
        young.setBirthDate(QDate(2016, 1, 1)).setHtcOrganization(std::nullopt).removeDose();
        visit(young.facts());
        CaseBuilder big(base);
        big.setDose(200, QStringLiteral("mcg/kg"), 1);
        visit(big.facts());
    }
}

inline QString statusOf(const Evaluation &ev, const QString &label)
{
    if (const CriterionResult *c = ev.criterion(label))
        return statusName(c->status);
    for (const auto &c : ev.notCovered)
        if (c.label == label)
            return statusName(c.status);
    return QStringLiteral("<no criterion %1 in pathway %2>").arg(label, ev.pathway);
}

inline QString reasonOf(const Evaluation &ev, const QString &label)
{
    if (const CriterionResult *c = ev.criterion(label))
        return c->reason;
    return {};
}

} // namespace testsupport
