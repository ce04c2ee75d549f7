// A flat dose (a drug the catalog doses in mg, not per kg): the one fact
// validator for typed and imported doses, the importer's refusals naming
// the entry and field, the dose rule's flat limit, limit per period and
// weight condition (a test policy written here, from the shape of a label's
// "150 mg weekly; 300 mg weekly for patients ≥ 50 kg"), and the approval
// quantity "as requested" written in English and Spanish.

#include "CriteriaSupport.h"
#include "findings/FindingText.h"
#include "intake/DrugCatalog.h"
#include "intake/FactValidator.h"
#include "letters/PhraseBook.h"
#include "policy/PolicyLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace testsupport;
using namespace pareview;
using namespace Qt::StringLiterals;

namespace {

const QString kExample = u"examples/hy-01-hemA-prophylaxis.json"_s;
const QString kUcum = u"http://unitsofmeasure.org"_s;
constexpr double kWeekly = 168;

// A policy for a flat-dose drug with a limit per dose and per week, and a
// higher limit for members of at least 50 kg; nothing else is asked.
const char *const kTestPolicy = R"({
  "format": "pareview-policy/1",
  "id": "test-flat-dose",
  "payer": "Test",
  "number": "FLAT-1",
  "title": "Flat dose limits",
  "version": "1",
  "effective": "2026-01-01",
  "source": "tests/tst_flatdose.cpp",
  "drugs": [{"id": "hympavzi", "name": "Hympavzi", "hcpcs": "C9304"}],
  "linesOfBusiness": [],
  "notCovered": [],
  "otherwise": {"action": "not-covered", "text": "no other request"},
  "pathways": [{
    "id": "1", "title": "Prophylaxis", "requestTypes": ["initial", "continuation", "dose-increase"], "logic": "all",
    "approval": {"duration": "12 months", "oneTime": false, "text": "12 months",
                 "quantity": {"kind": "as-requested", "periodDays": 28}},
    "criteria": [{
      "label": "1", "text": "Dose", "logic": "one",
      "children": [
        {"label": "a", "text": "150 mg once weekly",
         "rule": {"kind": "dose", "unit": "mg", "maxDose": 150, "maxPerPeriod": 150, "period": "1 week"}},
        {"label": "b", "text": "300 mg once weekly for patients weighing 50 kg or more",
         "rule": {"kind": "dose", "unit": "mg", "maxDose": 300, "maxPerPeriod": 300, "period": "1 week",
                  "forWeight": {"op": ">=", "value": 50}}}
      ]
    }]
  }]
})";

const Policy &testPolicy()
{
    static const Policy policy = [] {
        const PolicyLoadResult r = PolicyLoader::load(QByteArray(kTestPolicy), u"test-flat-dose.json"_s);
        if (!r.policy)
            qFatal("test policy: %s", qPrintable(r.errors.join(u"; "_s)));
        return *r.policy;
    }();
    return policy;
}

// The example with its MedicationRequest's doseQuantity set (an empty unit: none).
QByteArray withDose(const QJsonValue &value, const QString &code)
{
    return editedBundle(readAll(testDataPath(kExample)), u"MedicationRequest"_s, [&](QJsonObject &r) {
        QJsonArray dosage = r.value(u"dosageInstruction"_s).toArray();
        QJsonObject di = dosage.at(0).toObject();
        QJsonObject q{ { u"value"_s, value } };
        if (!code.isEmpty()) {
            q.insert(u"unit"_s, code);
            q.insert(u"system"_s, kUcum);
            q.insert(u"code"_s, code);
        }
        di.insert(u"doseAndRate"_s, QJsonArray{ QJsonObject{ { u"doseQuantity"_s, q } } });
        dosage[0] = di;
        r.insert(u"dosageInstruction"_s, dosage);
    });
}

CaseBuilder example()
{
    return caseFromTestData(kExample);
}

const DrugDefinition &drug(const char *id)
{
    const DrugDefinition *d = DrugCatalog::byId(QString::fromLatin1(id));
    if (!d)
        qFatal("no drug %s in the catalog", id);
    return *d;
}

Change dose(double mg, std::optional<double> hours = kWeekly)
{
    return [mg, hours](CaseBuilder &b) { b.setDose(mg, u"mg"_s, hours); };
}

Change weight(double kg)
{
    return [kg](CaseBuilder &b) { b.setLab(u"weight"_s, kg, QDate(2026, 11, 12)); };
}

} // namespace

class TestFlatDose final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- the validator, for typed and imported doses alike ---------------------

    void validator_data()
    {
        QTest::addColumn<QString>("drug");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("converted"); // -1: refused
        QTest::addColumn<QString>("expected"); // the unit kept, or a fragment of the refusal

        QTest::newRow("Hympavzi 150 mg") << u"hympavzi"_s << 150.0 << u"mg"_s << 150.0 << u"mg"_s;
        QTest::newRow("Hympavzi 0.3 g") << u"hympavzi"_s << 0.3 << u"g"_s << 300.0 << u"mg"_s;
        QTest::newRow("Hympavzi 150000 mcg") << u"hympavzi"_s << 150000.0 << u"ug"_s << 150.0 << u"mg"_s;
        QTest::newRow("Hympavzi 2 mg/kg: per kg for a flat dose")
            << u"hympavzi"_s << 2.0 << u"mg/kg"_s << -1.0
            << u"dose unit \"mg/kg\" is per kg of body weight: Hympavzi is given as a flat dose in mg, never per kg"_s;
        QTest::newRow("Hympavzi 150 mcg/kg") << u"hympavzi"_s << 150.0 << u"ug/kg"_s << -1.0 << u"Hympavzi is given as a flat dose"_s;
        QTest::newRow("Hympavzi 2e13 vg/kg") << u"hympavzi"_s << 2e13 << u"vg/kg"_s << -1.0 << u"never per kg"_s;
        QTest::newRow("Hympavzi 150000 mg: a unit mix-up") << u"hympavzi"_s << 150000.0 << u"mg"_s << -1.0
                                                          << u"dose 150000 mg is not plausible for one injection (at most 10000 mg)"_s;
        QTest::newRow("Hympavzi 0 mg") << u"hympavzi"_s << 0.0 << u"mg"_s << -1.0 << u"dose 0 mg is not positive"_s;
        QTest::newRow("Hympavzi no unit") << u"hympavzi"_s << 150.0 << QString() << -1.0 << u"dose has no unit"_s;
        QTest::newRow("Hympavzi in IU") << u"hympavzi"_s << 150.0 << u"[IU]"_s << -1.0 << u"dose unit \"[IU]\" cannot be converted"_s;
        QTest::newRow("NovoSeven RT 90 mcg/kg") << u"novoseven-rt"_s << 90.0 << u"ug/kg"_s << 90.0 << u"mcg/kg"_s;
        QTest::newRow("NovoSeven RT 5 mg: a flat amount for a per-kg drug")
            << u"novoseven-rt"_s << 5.0 << u"mg"_s << -1.0
            << u"dose unit \"mg\" cannot be converted to mcg/kg: NovoSeven RT is dosed per kg of body weight, and \"mg\" is a flat amount"_s;
        QTest::newRow("Hemgenix 2e13 vg/kg") << u"hemgenix"_s << 2e13 << u"{genome_copies}/kg"_s << 2e13 << u"{genome_copies}/kg"_s;
        QTest::newRow("Hemgenix 150 mg") << u"hemgenix"_s << 150.0 << u"mg"_s << -1.0 << u"Hemgenix is dosed per kg"_s;
    }

    void validator()
    {
        QFETCH(QString, drug);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(double, converted);
        QFETCH(QString, expected);
        const DrugDefinition *d = DrugCatalog::byId(drug);
        QVERIFY(d);
        QString kept;
        const auto r = FactValidator::dose(*d, value, unit, &kept);
        if (converted < 0) {
            QVERIFY2(!r && r.error().contains(expected), qPrintable(r ? u"accepted"_s : r.error()));
        } else {
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(r.value(), converted);
            QCOMPARE(kept, expected);
        }
    }

    // The whole-case check (submitting a typed case) says the same.
    void caseCheck()
    {
        CaseBuilder b = example();
        b.setDose(150, u"mg"_s, kWeekly);
        auto problems = FactValidator::check(b.facts(), QDate(2026, 11, 21));
        for (const FactProblem &p : std::as_const(problems))
            QVERIFY2(p.field != u"Dose"_s, qPrintable(p.text()));
        b.setDose(2, u"mg/kg"_s, kWeekly);
        problems = FactValidator::check(b.facts(), QDate(2026, 11, 21));
        QStringList texts;
        for (const FactProblem &p : std::as_const(problems))
            texts << p.text();
        QVERIFY2(texts.contains(u"Dose: dose unit \"mg/kg\" is per kg of body weight: Hympavzi is given as a flat dose in mg, never per kg"_s),
                 qPrintable(texts.join(u'\n')));
    }

    // The catalog names the units doses are kept in; a policy's dose rule may name only those.
    void doseUnits()
    {
        QCOMPARE(FactValidator::doseUnits(), (QStringList{ u"mcg/kg"_s, u"{genome_copies}/kg"_s, u"mg"_s }));
        QVERIFY(!FactValidator::perKg(u"mg"_s));
        QVERIFY(FactValidator::perKg(u"mcg/kg"_s));
        QCOMPARE(drug("hympavzi").doseUnit, u"mg"_s);
    }

    // ---- the importer -------------------------------------------------------------

    void importsFlatDose()
    {
        auto facts = FhirImporter::import(withDose(150, u"mg"_s));
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error()));
        QVERIFY(facts->dosePerKg.has());
        QCOMPARE(*facts->dosePerKg, 150.0);
        QCOMPARE(facts->doseUnit, u"mg"_s);
        QVERIFY2(facts->dosePerKg.source.contains(u"doseQuantity 150 mg"_s), qPrintable(facts->dosePerKg.source));
        QCOMPARE(*facts->doseIntervalHours, kWeekly);
    }

    void importRefusals_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        const QString at = u"entry[5] (MedicationRequest) dosageInstruction[0].doseAndRate[0].doseQuantity"_s;
        QTest::newRow("mg/kg for a flat dose")
            << 2.0 << u"mg/kg"_s
            << at + u".code: dose unit \"mg/kg\" is per kg of body weight: Hympavzi is given as a flat dose in mg, never per kg"_s;
        QTest::newRow("mcg/kg for a flat dose") << 150.0 << u"ug/kg"_s << at + u".code: dose unit \"ug/kg\" is per kg"_s;
        QTest::newRow("no unit") << 150.0 << QString() << at + u".code: dose has no unit"_s;
        QTest::newRow("zero") << 0.0 << u"mg"_s << at + u".value: dose 0 mg is not positive"_s;
        QTest::newRow("mcg for mg") << 150000.0 << u"mg"_s << at + u".code: dose 150000 mg is not plausible"_s;
    }

    void importRefusals()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        auto facts = FhirImporter::import(withDose(value, unit));
        QVERIFY2(!facts, "accepted");
        QVERIFY2(facts.error().contains(expected), qPrintable(facts.error()));
    }

    // ---- the dose rule: flat limit, per period, weight condition -----------------

    void doseRule_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");

        // The example weighs 70 kg (2026-11-12).
        QTest::newRow("150 mg weekly: within a") << dose(150) << u"1.1.a"_s << u"met"_s
                                                 << u"requested 150 mg once weekly is within 150 mg; 150 mg per 1 week"_s;
        QTest::newRow("150 mg weekly: 1 met") << dose(150) << u"1.1"_s << u"met"_s << QString();
        QTest::newRow("300 mg weekly: over a") << dose(300) << u"1.1.a"_s << u"not-met"_s
                                               << u"requested 300 mg once weekly exceeds 150 mg; 150 mg per 1 week"_s;
        QTest::newRow("300 mg weekly at 70 kg: within b") << dose(300) << u"1.1.b"_s << u"met"_s
                                                          << u"requested 300 mg once weekly is within 300 mg; 300 mg per 1 week (current weight ≥ 50 kg)"_s;
        QTest::newRow("300 mg weekly at 70 kg: 1 met") << dose(300) << u"1.1"_s << u"met"_s << QString();
        QTest::newRow("300 mg weekly at exactly 50 kg: b met") << both(dose(300), weight(50)) << u"1.1.b"_s << u"met"_s << QString();
        QTest::newRow("300 mg weekly at 49.9 kg: b not met")
            << both(dose(300), weight(49.9)) << u"1.1.b"_s << u"not-met"_s
            << u"300 mg; 300 mg per 1 week for a current weight ≥ 50 kg; current weight 49.9 kg"_s;
        QTest::newRow("300 mg weekly at 49.9 kg: 1 not met") << both(dose(300), weight(49.9)) << u"1.1"_s << u"not-met"_s << QString();
        QTest::newRow("150 mg weekly at 40 kg: 1 met by a") << both(dose(150), weight(40)) << u"1.1"_s << u"met"_s << QString();
        QTest::newRow("300 mg weekly, no weight: b unknown")
            << both(dose(300), [](CaseBuilder &b) { b.removeLab(u"weight"_s); }) << u"1.1.b"_s << u"unknown"_s
            << u"300 mg; 300 mg per 1 week for a current weight ≥ 50 kg: no body weight result"_s;
        QTest::newRow("300 mg weekly, no weight: 1 unknown")
            << both(dose(300), [](CaseBuilder &b) { b.removeLab(u"weight"_s); }) << u"1.1"_s << u"unknown"_s << QString();
        QTest::newRow("300 mg weekly, weight too old: b unknown")
            << both(dose(300), [](CaseBuilder &b) { b.setLab(u"weight"_s, 70, QDate(2026, 9, 1)); }) << u"1.1.b"_s
            << u"unknown"_s << QString();
        QTest::newRow("150 mg twice a week: 300 mg per week, over a")
            << dose(150, 84) << u"1.1.a"_s << u"not-met"_s
            << u"requested 150 mg every 84 hours comes to 300 mg per 1 week, more than 150 mg per 1 week"_s;
        QTest::newRow("150 mg twice a week at 70 kg: within b") << dose(150, 84) << u"1.1.b"_s << u"met"_s << QString();
        QTest::newRow("300 mg every 2 weeks: 150 mg per week, but over the per-dose 150")
            << dose(300, 336) << u"1.1.a"_s << u"not-met"_s << u"requested 300 mg every 2 weeks exceeds 150 mg; 150 mg per 1 week"_s;
        QTest::newRow("150 mg every 2 weeks: within a") << dose(150, 336) << u"1.1.a"_s << u"met"_s << QString();
        QTest::newRow("no dose: a unknown") << Change([](CaseBuilder &b) { b.removeDose(); }) << u"1.1.a"_s << u"unknown"_s
                                            << u"no dose on the request"_s;
        QTest::newRow("no dose: 1 unknown") << Change([](CaseBuilder &b) { b.removeDose(); }) << u"1.1"_s << u"unknown"_s << QString();
        QTest::newRow("no interval: a unknown") << dose(150, std::nullopt) << u"1.1.a"_s << u"unknown"_s
                                                << u"requested 150 mg, no dosing interval stated (limit 150 mg; 150 mg per 1 week)"_s;
        QTest::newRow("a dose per kg against a flat limit: unknown")
            << Change([](CaseBuilder &b) { b.setDose(2, u"mcg/kg"_s, kWeekly); }) << u"1.1.a"_s << u"unknown"_s
            << u"requested dose is in mcg/kg, the limit in mg"_s;
    }

    void doseRule()
    {
        QFETCH(Change, change);
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        CaseBuilder b = example();
        change(b);
        const Evaluation ev = Evaluator::evaluate(testPolicy(), b.facts(), exampleAsOf());
        checkCriterion(ev, QString(), label, status, QString());
        if (!reason.isEmpty())
            QCOMPARE(reasonOf(ev, label), reason);
        // Every finding of the rule has its sentence in both letter languages.
        const CriterionResult *c = ev.criterion(label);
        QVERIFY(c);
        for (const char *language : { "en", "es" }) {
            const PlainText plain = FindingText::builtIn().plain(c->finding, QString::fromLatin1(language));
            QVERIFY2(plain.translated, qPrintable(u"%1 (%2): %3"_s.arg(label, QString::fromLatin1(language), plain.text)));
        }
    }

    // Policy files: the new keys are checked like the old ones.
    void policyErrors_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("maxDose with a per-kg unit") << uR"({"kind": "dose", "unit": "mcg/kg", "maxDose": 90})"_s
                                                    << u"\"maxDose\" is a flat limit; a dose in \"mcg/kg\" takes \"maxPerKg\""_s;
        QTest::newRow("maxPerKg with mg") << uR"({"kind": "dose", "unit": "mg", "maxPerKg": 3})"_s
                                          << u"\"maxPerKg\" needs a per-kg unit; a flat dose in \"mg\" takes \"maxDose\""_s;
        QTest::newRow("per period without a period") << uR"({"kind": "dose", "unit": "mg", "maxPerPeriod": 300})"_s
                                                     << u"\"maxPerPeriod\" and \"period\" go together"_s;
        QTest::newRow("no limit") << uR"({"kind": "dose", "unit": "mg"})"_s << u"needs a limit: \"maxDose\" or \"maxPerPeriod\""_s;
        QTest::newRow("weight without op") << uR"({"kind": "dose", "unit": "mg", "maxDose": 300, "forWeight": {"value": 50}})"_s
                                           << u"\"op\""_s;
        QTest::newRow("weight in pounds") << uR"({"kind": "dose", "unit": "mg", "maxDose": 300, "forWeight": {"op": ">=", "value": 50, "unit": "[lb_av]"}})"_s
                                          << u"unit"_s;
        QTest::newRow("a unit in IU") << uR"({"kind": "dose", "unit": "[IU]", "maxDose": 300})"_s
                                      << u"dose unit must be \"mcg/kg\" or \"{genome_copies}/kg\" (per kg) or \"mg\" (a flat dose)"_s;
        QTest::newRow("period in years") << uR"({"kind": "dose", "unit": "mg", "maxPerPeriod": 300, "period": "1 year"})"_s
                                         << u"window \"1 year\""_s;
    }

    void policyErrors()
    {
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        QByteArray json(kTestPolicy);
        const QByteArray from = R"({"kind": "dose", "unit": "mg", "maxDose": 150, "maxPerPeriod": 150, "period": "1 week"})";
        QVERIFY(json.contains(from));
        json.replace(from, rule.toUtf8());
        const PolicyLoadResult r = PolicyLoader::load(json, u"bad.json"_s);
        QVERIFY2(!r.policy || !r.errors.isEmpty(), "accepted");
        QVERIFY2(r.errors.join(u'\n').contains(expected), qPrintable(r.errors.join(u'\n')));
    }

    // ---- the approval: the dose requested, over the period ------------------------

    void approvalQuantity_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("es");
        QTest::newRow("150 mg once weekly") << dose(150) << u"150 mg once weekly (600 mg per 28 days)"_s
                                            << u"150 milligrams (mg) once weekly (600 mg per 28 days)"_s
                                            << u"150 miligramos (mg) una vez por semana (600 mg cada 28 días)"_s;
        QTest::newRow("300 mg once weekly at 70 kg") << dose(300) << u"300 mg once weekly (1200 mg per 28 days)"_s
                                                     << u"300 milligrams (mg) once weekly (1200 mg per 28 days)"_s
                                                     << u"300 miligramos (mg) una vez por semana (1200 mg cada 28 días)"_s;
        QTest::newRow("150 mg every 2 weeks") << dose(150, 336) << u"150 mg every 2 weeks (300 mg per 28 days)"_s
                                              << u"150 milligrams (mg) every 2 weeks (300 mg per 28 days)"_s
                                              << u"150 miligramos (mg) cada 2 semanas (300 mg cada 28 días)"_s;
    }

    void approvalQuantity()
    {
        QFETCH(Change, change);
        QFETCH(QString, reason);
        QFETCH(QString, en);
        QFETCH(QString, es);
        CaseBuilder b = example();
        change(b);
        const Evaluation ev = Evaluator::evaluate(testPolicy(), b.facts(), exampleAsOf());
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
        QVERIFY(ev.approval);
        QCOMPARE(ev.approval->quantity, reason);
        QCOMPARE(ev.approval->quantityFinding.kind, u"quantity-requested"_s);
        QCOMPARE(ev.approval->periodDays, 28);
        auto book = letters::PhraseBook::builtIn();
        QVERIFY(book);
        QCOMPARE(FindingText::builtIn().phrase(ev.approval->quantityFinding, u"en"_s, **book).value_or(QString()), en);
        QCOMPARE(FindingText::builtIn().phrase(ev.approval->quantityFinding, u"es"_s, **book).value_or(QString()), es);
        // The letter's "Dose requested" says the schedule the same way.
        QCOMPARE((*book)->dose(*b.facts().dosePerKg, b.facts().doseUnit, b.facts().doseIntervalHours.value, u"es"_s).section(u' ', 0, 2),
                 es.section(u' ', 0, 2));
    }

    // The policy sets no quantity of its own: a request without an interval is
    // approved per dose, one without a dose names no quantity.
    void approvalWithoutInterval()
    {
        CaseBuilder b = example();
        b.setDose(150, u"mg"_s, std::nullopt);
        // The limit per period cannot be checked without an interval: not an approval.
        Evaluation ev = Evaluator::evaluate(testPolicy(), b.facts(), exampleAsOf());
        QCOMPARE(recommendationName(ev.recommendation), u"needs-information"_s);
        // Under GL-182187, which has no dose criterion, it is.
        ev = b.evaluate(u"wha-gl-182187"_s);
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
        QVERIFY(ev.approval);
        QCOMPARE(ev.approval->quantity, u"150 mg per dose (no dosing interval given)"_s);
        auto book = letters::PhraseBook::builtIn();
        QCOMPARE(FindingText::builtIn().phrase(ev.approval->quantityFinding, u"es"_s, **book).value_or(QString()),
                 u"150 miligramos (mg) por dosis"_s);
        b.removeDose();
        ev = b.evaluate(u"wha-gl-182187"_s);
        QVERIFY(ev.approval);
        QVERIFY(ev.approval->quantity.isEmpty());
        QVERIFY(ev.approval->quantityFinding.isEmpty());
    }

    // The per-kg dose limits read as they did: a factor VIIa limit every 2 hours.
    void perKgLimitsUnchanged()
    {
        CaseBuilder b = CaseBuilder::fromExample(u"sf-01-hemA-inhibitor-12bu"_s);
        const Evaluation ev = b.evaluate(u"centene-cp-phar-220"_s);
        QVERIFY(ev.approval);
        QVERIFY2(ev.approval->doseLimit.contains(u"mcg/kg every 2 hours"_s), qPrintable(ev.approval->doseLimit));
    }
};

QTEST_GUILESS_MAIN(TestFlatDose)
#include "tst_flatdose.moc"
