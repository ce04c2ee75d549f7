// The one validator for typed and imported facts (FactValidator), the
// readable numbers and units (core/Units), and corrections of a submitted
// case before review starts (CaseStore::correct) on SQLite and, when the
// test script started one, PostgreSQL.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "core/Units.h"
#include "intake/FactValidator.h"
#include "intake/FhirImporter.h"
#include "intake/LabCatalog.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestFactValidator final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin, m_nurse, m_reviewer;

    // A complete Hemgenix case, received today, submitted by the nurse.
    qint64 submittedCase()
    {
        CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        f.received = QDateTime::currentDateTimeUtc();
        f.receivedDate = f.received.date();
        auto id = CaseStore::create(*m_db, f, m_nurse);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        if (auto s = Review::submitForReview(*m_db, id.value(), m_nurse); !s)
            qFatal("%s", qPrintable(s.error()));
        return id.value();
    }

private Q_SLOTS:
    // ---- labs: every lab, its units and plausible range ----------------------
    void labQuantity_data()
    {
        QTest::addColumn<QString>("lab");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("canonical"); // -1: refused
        QTest::addColumn<QString>("message");  // a fragment of the refusal

        QTest::newRow("weight 70 kg") << "weight" << 70.0 << "kg" << 70.0 << "";
        QTest::newRow("weight 700 kg, the limit") << "weight" << 700.0 << "kg" << 700.0 << "";
        QTest::newRow("weight 7000 kg typed") << "weight" << 7000.0 << "kg" << -1.0
                                              << "body weight 7000 kg is not plausible; check the unit (at most 700 kg)";
        QTest::newRow("weight 154 lb") << "weight" << 154.0 << "[lb_av]" << 154 * 0.45359237 << "";
        QTest::newRow("weight 70000 g") << "weight" << 70000.0 << "g" << 70.0 << "";
        QTest::newRow("weight 2000 lb") << "weight" << 2000.0 << "[lb_av]" << -1.0 << "body weight 2000 lb (= 907.18474 kg) is not plausible";
        QTest::newRow("weight 0 kg") << "weight" << 0.0 << "kg" << -1.0 << "body weight 0 kg is impossible";
        QTest::newRow("weight -70 kg") << "weight" << -70.0 << "kg" << -1.0 << "body weight -70 kg is negative";
        QTest::newRow("weight in stone") << "weight" << 11.0 << "[stone_av]" << -1.0
                                         << "unit \"[stone_av]\" for body weight cannot be converted to kg";
        QTest::newRow("weight without unit") << "weight" << 70.0 << "" << -1.0 << "has no unit; the unit is never guessed";
        QTest::newRow("FVIII 2 %") << "fviii-activity" << 2.0 << "%" << 2.0 << "";
        QTest::newRow("FVIII 0.02 IU/mL") << "fviii-activity" << 0.02 << "IU/mL" << 2.0 << "";
        QTest::newRow("FVIII 5000 %") << "fviii-activity" << 5000.0 << "%" << -1.0 << "factor VIII activity 5000% is not plausible";
        QTest::newRow("FIX 1 IU/dL") << "fix-activity" << 1.0 << "[IU]/dL" << 1.0 << "";
        QTest::newRow("inhibitor 12 BU/mL") << "fviii-inhibitor" << 12.0 << "[beth'U]/mL" << 12.0 << "";
        QTest::newRow("inhibitor 5e9 BU/mL") << "fviii-inhibitor" << 5e9 << "[beth'U]/mL" << -1.0
                                              << "factor VIII inhibitor titer 5 × 10⁹ BU/mL is not plausible";
        QTest::newRow("inhibitor in mg/dL") << "fix-inhibitor" << 1.0 << "mg/dL" << -1.0
                                             << "unit \"mg/dL\" for factor IX inhibitor titer cannot be converted to BU/mL";
        QTest::newRow("ALT 30 U/L") << "alt" << 30.0 << "U/L" << 30.0 << "";
        QTest::newRow("AST 40 IU/L") << "ast" << 40.0 << "[IU]/L" << 40.0 << "";
        QTest::newRow("ALP 90 U/L") << "alp" << 90.0 << "U/L" << 90.0 << "";
        QTest::newRow("bilirubin 17.104 µmol/L") << "bilirubin" << 17.104 << "umol/L" << 1.0 << "";
        QTest::newRow("bilirubin 500 mg/dL") << "bilirubin" << 500.0 << "mg/dL" << -1.0 << "total bilirubin 500 mg/dL is not plausible";
        QTest::newRow("platelets 150 × 10⁹/L") << "platelets" << 150.0 << "10*9/L" << 150.0 << "";
        QTest::newRow("platelets 150000 /µL") << "platelets" << 150000.0 << "/uL" << 150.0 << "";
        QTest::newRow("platelets 150000 × 10⁹/L") << "platelets" << 150000.0 << "10*9/L" << -1.0
                                                    << "platelet count 150000 × 10⁹/L is not plausible";
        QTest::newRow("creatinine 88.42 µmol/L") << "creatinine" << 88.42 << "umol/L" << 1.0 << "";
        QTest::newRow("CrCl 90 mL/min") << "crcl" << 90.0 << "mL/min" << 90.0 << "";
        QTest::newRow("CD4 0.5 × 10⁹/L") << "cd4" << 0.5 << "10*9/L" << 500.0 << "";
        QTest::newRow("liver stiffness 5 kPa") << "liver-stiffness" << 5.0 << "kPa" << 5.0 << "";
        QTest::newRow("liver stiffness 900 kPa") << "liver-stiffness" << 900.0 << "kPa" << -1.0 << "not plausible";
    }

    void labQuantity()
    {
        QFETCH(QString, lab);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(double, canonical);
        QFETCH(QString, message);
        const LabDefinition *def = LabCatalog::byName(lab);
        QVERIFY(def);
        const auto r = FactValidator::labQuantity(*def, value, unit);
        if (canonical < 0) {
            QVERIFY2(!r, qPrintable(lab));
            QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        } else {
            QVERIFY2(r, qPrintable(r.error()));
            QVERIFY(qAbs(r.value() - canonical) < 1e-9);
        }
    }

    void titersStagesLimits()
    {
        const LabDefinition *nab = LabCatalog::byName(QStringLiteral("aav5-nab"));
        QCOMPARE(FactValidator::titer(*nab, QStringLiteral("1:678")).value(), 678.0);
        QCOMPARE(FactValidator::titer(*nab, QStringLiteral("not detected")).value(), 0.0);
        QVERIFY(FactValidator::titer(*nab, QStringLiteral("678")).error().contains(QStringLiteral("is not a titer such as \"1:678\"")));
        const LabDefinition *metavir = LabCatalog::byName(QStringLiteral("metavir"));
        QCOMPARE(FactValidator::stage(*metavir, 3).value(), 3);
        QCOMPARE(FactValidator::stage(*metavir, 5).error(), QStringLiteral("METAVIR fibrosis stage must be 0 to 4"));
        QVERIFY(!FactValidator::stage(*metavir, 2.5));
        const LabDefinition *alt = LabCatalog::byName(QStringLiteral("alt"));
        QCOMPARE(FactValidator::upperLimit(*alt, 40, QStringLiteral("U/L")).value(), 40.0);
        QVERIFY(FactValidator::upperLimit(*alt, 0, QStringLiteral("U/L")).error().contains(QStringLiteral("upper limit of normal 0 U/L is not positive")));
        QVERIFY(FactValidator::upperLimit(*alt, 40, QStringLiteral("kg")).error().contains(QStringLiteral("unit \"kg\" for the upper limit of ALT")));
    }

    // ---- dates, codes, doses ----------------------------------------------------
    void dates_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("message"); // empty: accepted
        const QDate request(2026, 11, 21);
        QTest::newRow("born 1990") << "birth" << QDate(1990, 5, 1) << "";
        QTest::newRow("born on the request day") << "birth" << request << "";
        QTest::newRow("born after the request") << "birth" << QDate(2030, 1, 1)
                                                << "birth date 2030-01-01 is in the future (request date 2026-11-21)";
        QTest::newRow("born 1880") << "birth" << QDate(1880, 1, 1) << "more than 130 years before the request";
        QTest::newRow("lab the day before") << "lab" << request.addDays(-1) << "";
        QTest::newRow("lab the next day (time zones)") << "lab" << request.addDays(1) << "";
        QTest::newRow("lab two days after") << "lab" << request.addDays(2) << "body weight dated 2026-11-23 is after the request (2026-11-21)";
        QTest::newRow("lab undated") << "lab" << QDate() << "body weight has no date";
    }

    void dates()
    {
        QFETCH(QString, what);
        QFETCH(QDate, date);
        QFETCH(QString, message);
        const QDate request(2026, 11, 21);
        const Status s = what == QLatin1String("birth")
                             ? FactValidator::birthDate(date, request)
                             : FactValidator::labDate(*LabCatalog::byName(QStringLiteral("weight")), date, request);
        if (message.isEmpty())
            QVERIFY2(s, qPrintable(s.error()));
        else
            QVERIFY2(!s && s.error().contains(message), qPrintable(s ? QStringLiteral("accepted") : s.error()));
    }

    void codes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("NPI good") << "npi" << "1234567893" << "";
        QTest::newRow("NPI check digit") << "npi" << "1234567890" << "NPI \"1234567890\" has a wrong check digit";
        QTest::newRow("NPI nine digits") << "npi" << "123456789" << "NPI \"123456789\" is not 10 digits";
        QTest::newRow("ICD D66") << "icd" << "D66" << "";
        QTest::newRow("ICD D68.311") << "icd" << "D68.311" << "";
        QTest::newRow("ICD lower case") << "icd" << "d66" << "\"d66\" is not an ICD-10-CM code";
        QTest::newRow("ICD U07.1 (U is reserved)") << "icd" << "U07.1" << "is not an ICD-10-CM code";
        QTest::newRow("request-type initial") << "request-type" << "initial" << "";
        QTest::newRow("request-type renewal") << "request-type" << "renewal"
                                              << "\"request-type\" answer \"renewal\" is not one of initial, continuation, dose-increase";
        QTest::newRow("request-use perioperative") << "request-use" << "perioperative" << "";
    }

    void codes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const Status s = kind == QLatin1String("npi")   ? FactValidator::npi(value)
                         : kind == QLatin1String("icd") ? FactValidator::diagnosisCode(value)
                                                        : FactValidator::codeAnswer(kind, value);
        if (message.isEmpty())
            QVERIFY2(s, qPrintable(s.error()));
        else
            QVERIFY2(!s && s.error().contains(message), qPrintable(s ? QStringLiteral("accepted") : s.error()));
    }

    void doses_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("perKg");   // -1: refused
        QTest::addColumn<QString>("expected"); // canonical unit, or a fragment of the refusal
        QTest::newRow("NovoSeven 90 mcg/kg") << 90.0 << "ug/kg" << 90.0 << "mcg/kg";
        QTest::newRow("0.27 mg/kg") << 0.27 << "mg/kg" << 270.0 << "mcg/kg";
        QTest::newRow("90 mg/kg: a unit mix-up") << 90.0 << "mg/kg" << -1.0 << "dose 90000 mcg/kg is not plausible for factor VIIa";
        QTest::newRow("Hemgenix 2e13") << 2e13 << "{genome_copies}/kg" << 2e13 << "{genome_copies}/kg";
        QTest::newRow("Roctavian 6e13 vg/kg") << 6e13 << "vg/kg" << 6e13 << "{genome_copies}/kg";
        QTest::newRow("gene therapy typed 2") << 2.0 << "{genome_copies}/kg" << -1.0 << "dose 2 vg/kg is not plausible for a gene therapy";
        QTest::newRow("zero") << 0.0 << "ug/kg" << -1.0 << "dose 0 mcg/kg is not positive";
        QTest::newRow("no unit") << 90.0 << "" << -1.0 << "dose has no unit";
        QTest::newRow("IU/kg") << 50.0 << "[IU]/kg" << -1.0 << "dose unit \"[IU]/kg\" cannot be converted";
    }

    void doses()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(double, perKg);
        QFETCH(QString, expected);
        QString canonical;
        const auto r = FactValidator::dose(value, unit, &canonical);
        if (perKg < 0) {
            QVERIFY2(!r && r.error().contains(expected), qPrintable(r ? QStringLiteral("accepted") : r.error()));
        } else {
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(r.value(), perKg);
            QCOMPARE(canonical, expected);
        }
    }

    void requestNumbers()
    {
        QCOMPARE(FactValidator::intervalHours(2, QStringLiteral("h")).value(), 2.0);
        QCOMPARE(FactValidator::intervalHours(1, QStringLiteral("d")).value(), 24.0);
        QCOMPARE(FactValidator::intervalHours(2, QStringLiteral("fortnight")).error(),
                 QStringLiteral("period unit \"fortnight\" is not one of min, h, d, wk"));
        QCOMPARE(FactValidator::intervalHours(0, QStringLiteral("h")).error(), QStringLiteral("interval 0 h is not positive"));
        QCOMPARE(FactValidator::quantityMcg(2, QStringLiteral("mg")).value(), 2000.0);
        QVERIFY(FactValidator::quantityMcg(-1, QStringLiteral("ug")).error().contains(QStringLiteral("is negative")));
        QCOMPARE(FactValidator::supplyDays(2, QStringLiteral("wk")).value(), 14.0);
        QCOMPARE(FactValidator::supplyDays(0, QStringLiteral("d")).error(), QStringLiteral("supply duration 0 d is not positive"));
        QCOMPARE(FactValidator::integerAnswer(QStringLiteral("exposure-days"), 3e9).error(),
                 QStringLiteral("\"exposure-days\" is 3000000000, beyond a FHIR integer"));
        QCOMPARE(FactValidator::integerAnswer(QStringLiteral("exposure-days"), -2).error(),
                 QStringLiteral("\"exposure-days\" is -2, a count cannot be negative"));
    }

    // ---- a whole case --------------------------------------------------------------
    void wholeCase()
    {
        // Every worked example passes as imported.
        for (const char *name : {"hg-01-complete", "sf-01-hemA-inhibitor-12bu", "ro-01-complete", "ns-01-acquired"}) {
            const QByteArray data = readAll(sharedPath(QStringLiteral("spec/examples/%1.json").arg(QLatin1String(name))));
            if (data.isEmpty())
                continue;
            auto f = FhirImporter::import(data);
            QVERIFY2(f, qPrintable(f.error()));
            const auto problems = FactValidator::check(f.value(), f->receivedDate);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text()));
        }
        // A typed 7000 kg weight is refused, naming the field.
        CaseFacts f = CaseBuilder::fromExample(QStringLiteral("hg-01-complete")).setLab(QStringLiteral("weight"), 7000, exampleAsOf().addDays(-2)).facts();
        auto problems = FactValidator::check(f, exampleAsOf());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].field, QStringLiteral("body weight (2026-11-19)"));
        QVERIFY2(problems[0].message.contains(QStringLiteral("7000 kg is not plausible")), qPrintable(problems[0].message));
        // Missing member and drug, a factor VIIa dose for a gene therapy.
        f = exampleFacts(QStringLiteral("hg-01-complete"));
        f.memberName = {};
        f.doseUnit = QStringLiteral("mcg/kg");
        f.dosePerKg = {90, {}, QStringLiteral("typed")};
        problems = FactValidator::check(f, exampleAsOf());
        QStringList texts;
        for (const auto &p : problems)
            texts << p.text();
        QVERIFY2(texts.contains(QStringLiteral("Member name: missing")), qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY2(texts.contains(QStringLiteral("Dose: Hemgenix is dosed in vg/kg, not mcg/kg")), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    // The importer refuses with the validator's words, naming entry and field.
    void importerUsesTheValidator()
    {
        QByteArray data = readAll(sharedPath(QStringLiteral("spec/examples/hg-01-complete.json")));
        QVERIFY(!data.isEmpty());
        auto f = FhirImporter::import(data);
        QVERIFY2(f, qPrintable(f.error()));
        const double weight = f->labs.value(QStringLiteral("weight")).last().value;
        const QByteArray needle = "\"value\": " + QByteArray::number(weight);
        if (!data.contains(needle))
            QSKIP("the example writes its weight differently");
        data.replace(needle, "\"value\": 7000");
        auto refused = FhirImporter::import(data);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("(Observation) valueQuantity: body weight 7000 kg is not plausible; check the unit (at most 700 kg)")),
                 qPrintable(refused.error()));
    }

    // ---- readable numbers and units ----------------------------------------------
    void readable_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gene therapy dose") << 2e13 << "{genome_copies}/kg" << "2 × 10¹³ vg/kg";
        QTest::newRow("exactly 10^13") << 1e13 << "{genome_copies}/kg" << "10¹³ vg/kg";
        QTest::newRow("6e13") << 6e13 << "{genome_copies}/kg" << "6 × 10¹³ vg/kg";
        QTest::newRow("2.5e13") << 2.5e13 << "{genome_copies}/kg" << "2.5 × 10¹³ vg/kg";
        QTest::newRow("Bethesda") << 12.0 << "[beth'U]/mL" << "12 BU/mL";
        QTest::newRow("platelets") << 150.0 << "10*9/L" << "150 × 10⁹/L";
        QTest::newRow("platelets ^") << 150.0 << "10^9/L" << "150 × 10⁹/L";
        QTest::newRow("per microlitre") << 210000.0 << "/uL" << "210000 /µL";
        QTest::newRow("pounds") << 154.0 << "[lb_av]" << "154 lb";
        QTest::newRow("mcg") << 90.0 << "ug/kg" << "90 mcg/kg";
        QTest::newRow("percent") << 2.0 << "%" << "2%";
        QTest::newRow("kg") << 78.4 << "kg" << "78.4 kg";
        QTest::newRow("no unit") << 3.0 << "" << "3";
    }

    void readable()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        QCOMPARE(readableQuantity(value, unit), expected);
    }

    void readableInALocale()
    {
        QCOMPARE(readableNumber(2e13, QLocale(QLocale::Spanish, QLocale::Spain)), QStringLiteral("2 × 10¹³"));
        QCOMPARE(readableNumber(2.5e13, QLocale(QLocale::Spanish, QLocale::Spain)), QStringLiteral("2,5 × 10¹³"));
        QCOMPARE(readableNumber(0.8), QStringLiteral("0.8"));
        QCOMPARE(readableNumber(189000), QStringLiteral("189000"));
    }

    void typedNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value"); // -1: not a number
        QTest::newRow("75") << "75" << 75.0;
        QTest::newRow("2e13") << "2e13" << 2e13;
        QTest::newRow("2 × 10^13") << "2 × 10^13" << 2e13;
        QTest::newRow("2x10^13") << "2x10^13" << 2e13;
        QTest::newRow("2*10^13") << "2*10^13" << 2e13;
        QTest::newRow("2 × 10¹³") << "2 × 10¹³" << 2e13;
        QTest::newRow("10¹³") << "10¹³" << 1e13;
        QTest::newRow("2.5 × 10¹³") << "2.5 × 10¹³" << 2.5e13;
        QTest::newRow("words") << "two" << -1.0;
        QTest::newRow("empty") << "" << -1.0;
    }

    void typedNumbers()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto v = parseReadableNumber(text);
        if (value < 0)
            QVERIFY(!v);
        else {
            QVERIFY2(v, qPrintable(text));
            QVERIFY(qAbs(*v - value) <= value * 1e-12);
        }
    }

    // ---- corrections (both engines) ---------------------------------------------------

    void corrections_data()
    {
        addEngineRows();
    }

    void corrections()
    {
        QFETCH(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        m_admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), QStringLiteral("Nina Ruiz"),
                             QStringLiteral("RN"), &m_admin).value();
        m_reviewer = Users::add(*m_db, QStringLiteral("rita"), Role::ClinicalReviewer, QStringLiteral("reviewer password"),
                                QStringLiteral("Rita Obi"), QStringLiteral("RN"), &m_admin).value();
        const qint64 id = submittedCase();
        QCOMPARE(CaseStore::reviewStarted(*m_db, id).value(), false);

        // The nurse corrects the weight: a new version with her provenance,
        // the earlier value in the history.
        CaseFacts f = CaseStore::facts(*m_db, id, m_nurse).value();
        QVERIFY(!f.labs.value(QStringLiteral("weight")).isEmpty());
        const Measurement before = f.labs.value(QStringLiteral("weight")).last();
        const double oldAlt = f.labs.value(QStringLiteral("alt")).isEmpty() ? -1 : f.labs.value(QStringLiteral("alt")).last().value;
        f.labs[QStringLiteral("weight")].last().value = 81.5;
        auto changed = CaseStore::correct(*m_db, id, f, m_nurse);
        QVERIFY2(changed, qPrintable(changed.error()));
        QCOMPARE(changed.value(), 1);
        const CaseFacts after = CaseStore::facts(*m_db, id, m_nurse).value();
        const Measurement now = after.labs.value(QStringLiteral("weight")).last();
        QCOMPARE(now.value, 81.5);
        QVERIFY2(now.source.startsWith(QStringLiteral("corrected by nina at ")), qPrintable(now.source));
        if (oldAlt >= 0) { // an unchanged fact keeps where it came from
            QCOMPARE(after.labs.value(QStringLiteral("alt")).last().value, oldAlt);
            QVERIFY(!after.labs.value(QStringLiteral("alt")).last().source.startsWith(QStringLiteral("corrected")));
        }
        auto history = CaseStore::corrections(*m_db, id);
        QVERIFY2(history, qPrintable(history.error()));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).field, QStringLiteral("body weight (%1)").arg(before.date.toString(Qt::ISODate)));
        QCOMPARE(history->at(0).previous, readableQuantity(before.value, QStringLiteral("kg")));
        QCOMPARE(history->at(0).corrected, QStringLiteral("81.5 kg"));
        QCOMPARE(history->at(0).correctedBy, QStringLiteral("nina"));
        QVERIFY(history->at(0).correctedAt.isValid());

        // Nothing changed: refused, nothing written.
        QVERIFY(CaseStore::correct(*m_db, id, after, m_nurse).error().contains(QStringLiteral("nothing to correct")));
        // An impossible value: refused by the validator, naming the field.
        CaseFacts wrong = after;
        wrong.labs[QStringLiteral("weight")].last().value = 7000;
        const auto refused = CaseStore::correct(*m_db, id, wrong, m_nurse);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("body weight 7000 kg is not plausible")), qPrintable(refused.error()));
        QCOMPARE(CaseStore::corrections(*m_db, id)->size(), 1);
        // A reviewer may not correct at intake.
        QVERIFY(!CaseStore::correct(*m_db, id, wrong, m_reviewer));

        // Review starts (the reviewer claims it): corrections are refused.
        auto claimed = Review::claimNext(*m_db, m_reviewer);
        QVERIFY2(claimed && claimed->has_value(), qPrintable(claimed ? QStringLiteral("queue empty") : claimed.error()));
        QCOMPARE(**claimed, id);
        QCOMPARE(CaseStore::reviewStarted(*m_db, id).value(), true);
        CaseFacts late = after;
        late.labs[QStringLiteral("weight")].last().value = 82;
        const auto tooLate = CaseStore::correct(*m_db, id, late, m_nurse);
        QVERIFY(!tooLate);
        QVERIFY2(tooLate.error().contains(QStringLiteral("review has started")), qPrintable(tooLate.error()));
        QCOMPARE(CaseStore::facts(*m_db, id, m_nurse)->labs.value(QStringLiteral("weight")).last().value, 81.5);
        QCOMPARE(CaseStore::corrections(*m_db, id)->size(), 1);
        // The refusal and the correction are both in the audit trail.
        auto audit = m_db->exec(QStringLiteral("SELECT action FROM audit_log WHERE case_id = :c ORDER BY id"), {{QStringLiteral("c"), id}});
        QVERIFY(audit);
        QStringList actions;
        while (audit->next())
            actions << audit->value(0).toString();
        QVERIFY2(actions.contains(QStringLiteral("case.correct")), qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY2(actions.contains(QStringLiteral("refused.correct")), qPrintable(actions.join(QLatin1Char(','))));
        m_db.reset();
        m_store.reset();
    }

    void draftsAreNotCorrected()
    {
        m_store = std::make_unique<FreshStore>(QStringLiteral("sqlite"));
        m_db = Database::open(m_store->location()).value();
        m_admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), QString(), QString(), &m_admin).value();
        const CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        const qint64 id = CaseStore::create(*m_db, f, m_nurse).value();
        const auto r = CaseStore::correct(*m_db, id, f, m_nurse);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("save the draft instead")), qPrintable(r.error()));
        m_db.reset();
        m_store.reset();
    }
};

QTEST_GUILESS_MAIN(TestFactValidator)
#include "tst_factvalidator.moc"
