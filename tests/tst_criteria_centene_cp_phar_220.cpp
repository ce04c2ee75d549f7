// Centene CP.PHAR.220 (Factor VIIa, Recombinant: NovoSeven RT, SevenFact),
// criterion by criterion, read with ../shared/design/POLICY-READING.md.
// Rows start from one of two worked examples, change one fact and check the
// status of one criterion label:
//   sf-01-hemA-inhibitor-12bu: SevenFact, hemophilia A D66, FVIII inhibitor
//     12 BU, 70 kg on 2026-11-12, born 2001-03-02, hematology prescriber,
//     use bleeding-treatment, 75 mcg/kg every 2 h, commercial, initial;
//   ns-01-acquired: the same member asking for NovoSeven RT for acquired
//     hemophilia D68.311 at 90 mcg/kg every 2 h.
// Both meet I.A as of 2026-11-21.

#include "CriteriaSupport.h"

#include <QTest>

using namespace testsupport;
using namespace pareview;
using namespace testsupport::outcomes;
using namespace Qt::StringLiterals;

namespace {

const QString kPolicy = u"centene-cp-phar-220"_s;
const char *const SF = "sf-01-hemA-inhibitor-12bu";
const char *const NS = "ns-01-acquired";
const QDate kTiterDate(2026, 11, 1);

// ---- changes ---------------------------------------------------------------

Change diagnoses(const QStringList &codes)
{
    return [codes](CaseBuilder &b) { b.setDiagnoses(codes); };
}

Change drug(const char *id)
{
    return [id](CaseBuilder &b) { b.setDrug(QString::fromLatin1(id)); };
}

// mcg/kg every `hours` h; no interval stated when hours < 0.
Change dose(double perKg, double hours)
{
    return [perKg, hours](CaseBuilder &b) {
        b.setDose(perKg, u"mcg/kg"_s, hours < 0 ? std::nullopt : std::optional<double>(hours));
    };
}
const double kNoInterval = -1;

Change use(const char *code)
{
    return [code](CaseBuilder &b) { b.attest(u"request-use"_s, QString::fromLatin1(code)); };
}

const Change noUse = [](CaseBuilder &b) { b.unattest(u"request-use"_s); };

Change attest(const char *item, bool value)
{
    return [item, value](CaseBuilder &b) { b.attest(QString::fromLatin1(item), value); };
}

Change unattest(const char *item)
{
    return [item](CaseBuilder &b) { b.unattest(QString::fromLatin1(item)); };
}

Change fviiiTiter(double bu)
{
    return [bu](CaseBuilder &b) { b.setLab(u"fviii-inhibitor"_s, bu, kTiterDate); };
}

Change weightOn(const QDate &date)
{
    return [date](CaseBuilder &b) { b.setLab(u"weight"_s, 70, date); };
}

const Change noWeight = [](CaseBuilder &b) { b.removeLab(u"weight"_s); };
const Change noBirthDate = [](CaseBuilder &b) { b.removeBirthDate(); };
const Change noDiagnosis = [](CaseBuilder &b) { b.setDiagnoses({}); };

Change bornOn(const QDate &date)
{
    return [date](CaseBuilder &b) { b.setBirthDate(date); };
}

Change lineOfBusiness(const char *lob)
{
    return [lob](CaseBuilder &b) { b.setLineOfBusiness(QString::fromLatin1(lob)); };
}

const Change internalMedicine = [](CaseBuilder &b) { b.setTaxonomies({ u"207R00000X"_s }); };
const Change consultedHematologist
    = steps({ internalMedicine, attest("prescriber-consulted-hematologist", true) });
const Change noHematologistConsulted
    = steps({ internalMedicine, attest("prescriber-consulted-hematologist", false) });
const Change noPrescriberFacts = [](CaseBuilder &b) { b.setTaxonomies({}); };

// Hemophilia B: the FVIII titer replaced by a FIX titer of 12 BU.
const Change hemophiliaB = [](CaseBuilder &b) {
    b.setDiagnoses({ u"D67"_s });
    b.removeLab(u"fviii-inhibitor"_s);
    b.setLab(u"fix-inhibitor"_s, 12, kTiterDate);
};

// On the NovoSeven example: the member's diagnosis instead of D68.311.
const Change hemophiliaA = diagnoses({ u"D66"_s });
const Change fviiDeficiency = steps({ diagnoses({ u"D68.2"_s }), dose(30, 4) });
const Change glanzmann
    = steps({ diagnoses({ u"D69.1"_s }), attest("refractory-to-platelet-transfusions", true) });

// Continued therapy (II.A): plain continuation or a dose increase, with
// 1.a and 2 attested.
Change requestType(const char *type)
{
    return [type](CaseBuilder &b) {
        b.attest(u"request-type"_s, QString::fromLatin1(type));
        b.attest(u"previously-met-initial-criteria"_s, true);
        b.attest(u"beneficial-response"_s, true);
    };
}
const Change continuation = requestType("continuation");
const Change doseIncrease = requestType("dose-increase");


void row(const char *name, const char *example, const Change &change, const char *label, const char *status,
         const char *recommendation, const char *pathway)
{
    QTest::newRow(name) << QString::fromLatin1(example) << change << QString::fromLatin1(label)
                        << QString::fromLatin1(status) << QString::fromLatin1(recommendation)
                        << QString::fromLatin1(pathway);
}

} // namespace

class TestCriteriaCenteneCpPhar220 final : public QObject
{
    Q_OBJECT

private:
    static void addColumns()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("recommendation");
        QTest::addColumn<QString>("pathway");
    }

    static Evaluation evaluateRow()
    {
        QFETCH(QString, example);
        QFETCH(Change, change);
        CaseBuilder b = CaseBuilder::fromExample(example);
        change(b);
        return b.evaluate(kPolicy);
    }

private Q_SLOTS:
    // ---- I.A Hemophilia A or B with Inhibitors, Congenital Factor VII Deficiency ----
    void initialHemophilia_data()
    {
        addColumns();
        const char *A = "I.A";

        // I.A.1 Diagnosis of one of the following (a, b, or c). Not applicable:
        // impossible, 1.a applies to both drugs. Not met: impossible here, a
        // request whose diagnosis is none of a, b, c for the requested drug
        // (hemophilia A without inhibitors, SevenFact for acquired hemophilia)
        // is not an I.A request: the diagnosis is not listed, so it is referred
        // through I.C ("Failing an age, dose or prescriber criterion on a
        // listed indication is does not meet"; a diagnosis is none of those).
        // See fallback().
        row("I.A.1 met: SevenFact, hemophilia A with a 12 BU inhibitor (a)", SF, unchanged, "I.A.1", kMet, kMeets,
            A);
        row("I.A.1 met: NovoSeven, acquired hemophilia (b)", NS, unchanged, "I.A.1", kMet, kMeets, A);
        row("I.A.1 met: NovoSeven, congenital factor VII deficiency (c)", NS, fviiDeficiency, "I.A.1", kMet,
            kMeets, A);
        row("I.A.1 unknown: NovoSeven, no diagnosis on the request", NS, noDiagnosis, "I.A.1", kUnknown,
            kNeedsInformation, A);
        // b and c are not applicable for SevenFact and do not make the group met.
        row("I.A.1 unknown: SevenFact, titer 0.5 BU, no attestations on inhibitor history", SF,
            steps({ fviiiTiter(0.5), unattest("inhibitor-history"), unattest("inhibitor-anamnestic-response"),
                    unattest("inhibitor-refractory-response") }),
            "I.A.1", kUnknown, kNeedsInformation, A);

        // I.A.1.a Congenital hemophilia A or B with inhibitors ("with inhibitors":
        // a positive latest titer, >= 0.6 BU, or an attested inhibitor history
        // with anamnestic or refractory response).
        row("I.A.1.a met: hemophilia A, titer 12 BU", SF, unchanged, "I.A.1.a", kMet, kMeets, A);
        row("I.A.1.a met: hemophilia A, titer 0.6 BU is positive", SF, fviiiTiter(0.6), "I.A.1.a", kMet,
            kMeets, A);
        row("I.A.1.a met: hemophilia A, titer 0.5 BU with attested anamnestic response", SF,
            steps({ fviiiTiter(0.5), attest("inhibitor-anamnestic-response", true) }), "I.A.1.a", kMet,
            kMeets, A);
        row("I.A.1.a met: hemophilia A, no titer, attested refractory response", SF,
            steps({ [](CaseBuilder &b) { b.removeLab(u"fviii-inhibitor"_s); },
                    attest("inhibitor-refractory-response", true) }),
            "I.A.1.a", kMet, kMeets, A);
        row(
            "I.A.1.a met: hemophilia A, latest titer 2 BU after an earlier 0.3 BU", SF,
            [](CaseBuilder &b) {
                b.setLab(u"fviii-inhibitor"_s, 0.3, QDate(2026, 3, 1));
                b.addLab(u"fviii-inhibitor"_s, 2, kTiterDate);
            },
            "I.A.1.a", kMet, kMeets, A);
        row("I.A.1.a met: hemophilia B, factor IX titer 12 BU", SF, hemophiliaB, "I.A.1.a", kMet, kMeets, A);
        row("I.A.1.a met: hemophilia B, factor IX titer 0.6 BU is positive", SF,
            steps({ hemophiliaB, [](CaseBuilder &b) { b.setLab(u"fix-inhibitor"_s, 0.6, kTiterDate); } }),
            "I.A.1.a", kMet, kMeets, A);
        row("I.A.1.a met: NovoSeven, hemophilia A titer 12 BU", NS, hemophiliaA, "I.A.1.a", kMet, kMeets, A);
        // Not met on a hemophilia A or B request: see I.A.1 above (referred through I.C).
        row("I.A.1.a not-met: NovoSeven, acquired hemophilia (1 met by b)", NS, unchanged, "I.A.1.a", kNotMet,
            kMeets, A);
        row("I.A.1.a not-met: NovoSeven, congenital factor VII deficiency (1 met by c)", NS, fviiDeficiency,
            "I.A.1.a", kNotMet, kMeets, A);
        row("I.A.1.a unknown: titer 0.5 BU, no attestations on inhibitor history", SF,
            steps({ fviiiTiter(0.5), unattest("inhibitor-history"), unattest("inhibitor-anamnestic-response"),
                    unattest("inhibitor-refractory-response") }),
            "I.A.1.a", kUnknown, kNeedsInformation, A);
        row("I.A.1.a unknown: no titer and no attestations on inhibitor history", SF,
            steps({ [](CaseBuilder &b) { b.removeLab(u"fviii-inhibitor"_s); }, unattest("inhibitor-history"),
                    unattest("inhibitor-anamnestic-response"), unattest("inhibitor-refractory-response") }),
            "I.A.1.a", kUnknown, kNeedsInformation, A);
        // No titer on file: "a positive latest titer" is unknown; the attested
        // history without anamnestic or refractory response does not settle it
        // (ONE-of: unknown OR not met is unknown). The case needs a titer.
        row(
            "I.A.1.a unknown: no titer on file, no anamnestic or refractory response", SF,
            [](CaseBuilder &b) { b.removeLab(u"fviii-inhibitor"_s); }, "I.A.1.a", kUnknown, kNeedsInformation,
            A);
        row("I.A.1.a unknown: hemophilia B, only a factor VIII titer on file", SF, diagnoses({ u"D67"_s }),
            "I.A.1.a", kUnknown, kNeedsInformation, A);
        // I.A.1.a not-applicable: impossible, it applies to both drugs.

        // I.A.1.b Acquired hemophilia (NovoSeven RT requests only)
        row("I.A.1.b met: NovoSeven, acquired hemophilia D68.311", NS, unchanged, "I.A.1.b", kMet, kMeets, A);
        row("I.A.1.b not-met: NovoSeven, hemophilia A (1 met by a)", NS, hemophiliaA, "I.A.1.b", kNotMet,
            kMeets, A);
        row("I.A.1.b not-met: NovoSeven, congenital factor VII deficiency (1 met by c)", NS, fviiDeficiency,
            "I.A.1.b", kNotMet, kMeets, A);
        row("I.A.1.b not-applicable: SevenFact request", SF, unchanged, "I.A.1.b", kNotApplicable, kMeets, A);
        row("I.A.1.b unknown: NovoSeven, no diagnosis on the request", NS, noDiagnosis, "I.A.1.b", kUnknown,
            kNeedsInformation, A);

        // I.A.1.c Congenital factor VII deficiency (NovoSeven RT requests only)
        row("I.A.1.c met: NovoSeven, congenital factor VII deficiency D68.2", NS, fviiDeficiency, "I.A.1.c",
            kMet, kMeets, A);
        row("I.A.1.c not-met: NovoSeven, acquired hemophilia (1 met by b)", NS, unchanged, "I.A.1.c", kNotMet,
            kMeets, A);
        row("I.A.1.c not-applicable: SevenFact request", SF, unchanged, "I.A.1.c", kNotApplicable, kMeets, A);
        row("I.A.1.c unknown: NovoSeven, no diagnosis on the request", NS, noDiagnosis, "I.A.1.c", kUnknown,
            kNeedsInformation, A);

        // I.A.2 Prescribed by or in consultation with a hematologist. Not applicable: impossible.
        row("I.A.2 met: hematology taxonomy 207RH0000X", SF, unchanged, "I.A.2", kMet, kMeets, A);
        row("I.A.2 met: internal medicine prescriber in consultation with a hematologist", SF,
            consultedHematologist, "I.A.2", kMet, kMeets, A);
        row("I.A.2 met: NovoSeven, no taxonomy, prescriber attested a hematologist", NS,
            steps({ noPrescriberFacts, attest("prescriber-hematologist", true) }), "I.A.2", kMet, kMeets, A);
        row("I.A.2 not-met: internal medicine prescriber, no hematologist consulted", SF,
            noHematologistConsulted, "I.A.2", kNotMet, kDoesNotMeet, A);
        row("I.A.2 not-met: NovoSeven, internal medicine prescriber, no hematologist consulted", NS,
            noHematologistConsulted, "I.A.2", kNotMet, kDoesNotMeet, A);
        row("I.A.2 unknown: internal medicine prescriber, consultation not stated", SF, internalMedicine,
            "I.A.2", kUnknown, kNeedsInformation, A);
        row("I.A.2 unknown: no taxonomy and no attestation on the prescriber", SF, noPrescriberFacts, "I.A.2",
            kUnknown, kNeedsInformation, A);

        // I.A.3 For SevenFact requests only: Age >= 12 years
        row("I.A.3 met: SevenFact, age 25", SF, unchanged, "I.A.3", kMet, kMeets, A);
        row("I.A.3 met: SevenFact, 12th birthday on the as-of date is 12", SF, bornOn(QDate(2014, 11, 21)),
            "I.A.3", kMet, kMeets, A);
        row("I.A.3 not-met: SevenFact, age 11, one day short of 12", SF, bornOn(QDate(2014, 11, 22)), "I.A.3",
            kNotMet, kDoesNotMeet, A);
        row("I.A.3 unknown: SevenFact, no birth date", SF, noBirthDate, "I.A.3", kUnknown, kNeedsInformation,
            A);
        row("I.A.3 not-applicable: NovoSeven request", NS, unchanged, "I.A.3", kNotApplicable, kMeets, A);
        row("I.A.3 not-applicable: NovoSeven for an 8-year-old", NS, bornOn(QDate(2018, 5, 1)), "I.A.3",
            kNotApplicable, kMeets, A);
        row("I.A.3 not-applicable: NovoSeven, no birth date", NS, noBirthDate, "I.A.3", kNotApplicable,
            kMeets, A);

        // I.A.4 Request is for one of the following uses (a or b). Not met:
        // impossible here, a use not listed for the requested drug is not an
        // I.A request; it is referred through I.C (see referral()). Not
        // applicable: impossible, 4.a applies to both drugs.
        row("I.A.4 met: SevenFact, bleeding-treatment (a)", SF, unchanged, "I.A.4", kMet, kMeets, A);
        row("I.A.4 met: NovoSeven, perioperative (b)", NS, use("perioperative"), "I.A.4", kMet, kMeets, A);
        row("I.A.4 unknown: SevenFact, requested use not stated", SF, noUse, "I.A.4", kUnknown,
            kNeedsInformation, A);
        row("I.A.4 unknown: NovoSeven, requested use not stated", NS, noUse, "I.A.4", kUnknown,
            kNeedsInformation, A);

        // I.A.4.a Treatment and control of bleeding episodes. Not applicable: impossible.
        row("I.A.4.a met: SevenFact, bleeding-treatment", SF, unchanged, "I.A.4.a", kMet, kMeets, A);
        row("I.A.4.a met: NovoSeven, bleeding-treatment", NS, unchanged, "I.A.4.a", kMet, kMeets, A);
        row("I.A.4.a not-met: NovoSeven, perioperative (4 met by b)", NS, use("perioperative"), "I.A.4.a",
            kNotMet, kMeets, A);
        row("I.A.4.a unknown: SevenFact, requested use not stated", SF, noUse, "I.A.4.a", kUnknown,
            kNeedsInformation, A);

        // I.A.4.b Perioperative management (NovoSeven RT requests only)
        row("I.A.4.b met: NovoSeven, perioperative", NS, use("perioperative"), "I.A.4.b", kMet, kMeets, A);
        row("I.A.4.b met: NovoSeven, hemophilia A perioperative", NS,
            steps({ hemophiliaA, use("perioperative") }), "I.A.4.b", kMet, kMeets, A);
        row("I.A.4.b not-met: NovoSeven, bleeding-treatment (4 met by a)", NS, unchanged, "I.A.4.b", kNotMet,
            kMeets, A);
        row("I.A.4.b not-applicable: SevenFact, bleeding-treatment", SF, unchanged, "I.A.4.b", kNotApplicable,
            kMeets, A);
        row("I.A.4.b not-applicable: SevenFact, requested use not stated", SF, noUse, "I.A.4.b",
            kNotApplicable, kNeedsInformation, A);
        row("I.A.4.b unknown: NovoSeven, requested use not stated", NS, noUse, "I.A.4.b", kUnknown,
            kNeedsInformation, A);

        // I.A.5 Documentation of member's current body weight: a weight within
        // 30 days, counted back inclusive (2026-10-22 is in, 2026-10-21 out).
        // Not met: impossible, a missing or stale weight is missing
        // information, never a denial. Not applicable: impossible.
        row("I.A.5 met: weight 9 days old", SF, unchanged, "I.A.5", kMet, kMeets, A);
        row("I.A.5 met: weight 30 days old (2026-10-22)", SF, weightOn(QDate(2026, 10, 22)), "I.A.5", kMet,
            kMeets, A);
        row("I.A.5 unknown: weight 31 days old (2026-10-21)", SF, weightOn(QDate(2026, 10, 21)), "I.A.5",
            kUnknown, kNeedsInformation, A);
        row("I.A.5 unknown: NovoSeven, weight 31 days old (2026-10-21)", NS, weightOn(QDate(2026, 10, 21)),
            "I.A.5", kUnknown, kNeedsInformation, A);
        row("I.A.5 unknown: no weight on file", SF, noWeight, "I.A.5", kUnknown, kNeedsInformation, A);
        row("I.A.5 unknown: weight dated after the as-of date only", SF, weightOn(QDate(2026, 11, 25)),
            "I.A.5", kUnknown, kNeedsInformation, A);

        // I.A.6 Dose does not exceed one of the following (a or b): each dose
        // <= X and doses at least N hours apart. Not applicable: impossible,
        // every I.A request is for one of the two drugs and a diagnosis that
        // 6.a.i, 6.a.ii or 6.b covers.
        row("I.A.6 met: SevenFact 75 mcg/kg every 2 h", SF, unchanged, "I.A.6", kMet, kMeets, A);
        row("I.A.6 met: NovoSeven acquired hemophilia 90 mcg/kg every 2 h", NS, unchanged, "I.A.6", kMet, kMeets,
            A);
        row("I.A.6 not-met: SevenFact 76 mcg/kg every 2 h (6.a not applicable)", SF, dose(76, 2), "I.A.6",
            kNotMet, kDoesNotMeet, A);
        row("I.A.6 not-met: NovoSeven FVII deficiency 90 mcg/kg every 2 h (6.a.i, 6.b n/a)", NS,
            steps({ fviiDeficiency, dose(90, 2) }), "I.A.6", kNotMet, kDoesNotMeet, A);
        row("I.A.6 unknown: SevenFact 75 mcg/kg, no interval stated", SF, dose(75, kNoInterval), "I.A.6",
            kUnknown, kNeedsInformation, A);
        row(
            "I.A.6 unknown: no dose on the request", SF, [](CaseBuilder &b) { b.removeDose(); }, "I.A.6",
            kUnknown, kNeedsInformation, A);

        // I.A.6.a For NovoSeven requests (i or ii)
        row("I.A.6.a met: NovoSeven acquired hemophilia 90 mcg/kg every 2 h", NS, unchanged, "I.A.6.a", kMet,
            kMeets, A);
        row("I.A.6.a met: NovoSeven factor VII deficiency 30 mcg/kg every 4 h", NS, fviiDeficiency, "I.A.6.a",
            kMet, kMeets, A);
        row("I.A.6.a not-met: NovoSeven acquired hemophilia 91 mcg/kg every 2 h", NS, dose(91, 2), "I.A.6.a",
            kNotMet, kDoesNotMeet, A);
        row("I.A.6.a unknown: NovoSeven 90 mcg/kg, no interval stated", NS, dose(90, kNoInterval), "I.A.6.a",
            kUnknown, kNeedsInformation, A);
        row("I.A.6.a not-applicable: SevenFact request", SF, unchanged, "I.A.6.a", kNotApplicable, kMeets, A);

        // I.A.6.a.i Hemophilia: 90 mcg/kg every 2 hours ("does not exceed" includes the limit)
        row("I.A.6.a.i met: NovoSeven hemophilia A 90 mcg/kg every 2 h", NS, hemophiliaA, "I.A.6.a.i", kMet,
            kMeets, A);
        row("I.A.6.a.i met: NovoSeven hemophilia B 90 mcg/kg every 2 h", NS,
            steps({ hemophiliaB, drug("novoseven-rt") }), "I.A.6.a.i", kMet, kMeets, A);
        row("I.A.6.a.i met: NovoSeven acquired hemophilia 90 mcg/kg every 2 h", NS, unchanged, "I.A.6.a.i", kMet,
            kMeets, A);
        row("I.A.6.a.i met: NovoSeven 90 mcg/kg every 3 h", NS, dose(90, 3), "I.A.6.a.i", kMet, kMeets, A);
        row("I.A.6.a.i not-met: 91 mcg/kg every 2 h", NS, dose(91, 2), "I.A.6.a.i", kNotMet, kDoesNotMeet, A);
        row("I.A.6.a.i not-met: 90 mcg/kg every 1.5 h", NS, dose(90, 1.5), "I.A.6.a.i", kNotMet, kDoesNotMeet,
            A);
        row("I.A.6.a.i not-met: 91 mcg/kg, no interval stated", NS, dose(91, kNoInterval), "I.A.6.a.i",
            kNotMet, kDoesNotMeet, A);
        row("I.A.6.a.i unknown: 90 mcg/kg, no interval stated", NS, dose(90, kNoInterval), "I.A.6.a.i",
            kUnknown, kNeedsInformation, A);
        row(
            "I.A.6.a.i unknown: no dose on the request", NS, [](CaseBuilder &b) { b.removeDose(); },
            "I.A.6.a.i", kUnknown, kNeedsInformation, A);
        row("I.A.6.a.i not-applicable: NovoSeven congenital factor VII deficiency", NS, fviiDeficiency,
            "I.A.6.a.i", kNotApplicable, kMeets, A);
        row("I.A.6.a.i not-applicable: SevenFact request", SF, unchanged, "I.A.6.a.i", kNotApplicable, kMeets, A);

        // I.A.6.a.ii Congenital factor VII deficiency: 30 mcg/kg every 4 hours
        row("I.A.6.a.ii met: 30 mcg/kg every 4 h", NS, fviiDeficiency, "I.A.6.a.ii", kMet, kMeets, A);
        row("I.A.6.a.ii met: 15 mcg/kg every 6 h", NS, steps({ fviiDeficiency, dose(15, 6) }), "I.A.6.a.ii",
            kMet, kMeets, A);
        row("I.A.6.a.ii not-met: 31 mcg/kg every 4 h", NS, steps({ fviiDeficiency, dose(31, 4) }),
            "I.A.6.a.ii", kNotMet, kDoesNotMeet, A);
        row("I.A.6.a.ii not-met: 30 mcg/kg every 3 h", NS, steps({ fviiDeficiency, dose(30, 3) }),
            "I.A.6.a.ii", kNotMet, kDoesNotMeet, A);
        row("I.A.6.a.ii not-met: 90 mcg/kg every 2 h, the hemophilia limit does not apply", NS,
            steps({ fviiDeficiency, dose(90, 2) }), "I.A.6.a.ii", kNotMet, kDoesNotMeet, A);
        row("I.A.6.a.ii unknown: 30 mcg/kg, no interval stated", NS,
            steps({ fviiDeficiency, dose(30, kNoInterval) }), "I.A.6.a.ii", kUnknown, kNeedsInformation, A);
        row("I.A.6.a.ii not-applicable: NovoSeven acquired hemophilia", NS, unchanged, "I.A.6.a.ii",
            kNotApplicable, kMeets, A);
        row("I.A.6.a.ii not-applicable: NovoSeven hemophilia A", NS, hemophiliaA, "I.A.6.a.ii",
            kNotApplicable, kMeets, A);
        row("I.A.6.a.ii not-applicable: SevenFact request", SF, unchanged, "I.A.6.a.ii", kNotApplicable, kMeets,
            A);

        // I.A.6.b For SevenFact requests: 75 mcg/kg every 2 hours
        row("I.A.6.b met: 75 mcg/kg every 2 h", SF, unchanged, "I.A.6.b", kMet, kMeets, A);
        row("I.A.6.b met: 75 mcg/kg every 3 h", SF, dose(75, 3), "I.A.6.b", kMet, kMeets, A);
        row("I.A.6.b met: hemophilia B 75 mcg/kg every 2 h", SF, hemophiliaB, "I.A.6.b", kMet, kMeets, A);
        row("I.A.6.b not-met: 76 mcg/kg every 2 h", SF, dose(76, 2), "I.A.6.b", kNotMet, kDoesNotMeet, A);
        row("I.A.6.b not-met: 75 mcg/kg every 1.5 h", SF, dose(75, 1.5), "I.A.6.b", kNotMet, kDoesNotMeet, A);
        row("I.A.6.b not-met: 90 mcg/kg every 2 h, the NovoSeven limit does not apply", SF, dose(90, 2),
            "I.A.6.b", kNotMet, kDoesNotMeet, A);
        row("I.A.6.b not-met: 76 mcg/kg, no interval stated", SF, dose(76, kNoInterval), "I.A.6.b", kNotMet,
            kDoesNotMeet, A);
        row("I.A.6.b unknown: 75 mcg/kg, no interval stated", SF, dose(75, kNoInterval), "I.A.6.b", kUnknown,
            kNeedsInformation, A);
        row("I.A.6.b not-applicable: NovoSeven request", NS, unchanged, "I.A.6.b", kNotApplicable, kMeets, A);
    }

    void initialHemophilia() { checkRow(); }

    // ---- I.B Glanzmann's Thrombasthenia (NovoSeven RT) ----
    void initialGlanzmann_data()
    {
        addColumns();
        const char *B = "I.B";
        const Change G
            = glanzmann; // NovoSeven, D69.1, refractory attested, bleeding-treatment, 90 mcg/kg every 2 h

        // I.B.1 Diagnosis of Glanzmann's thrombasthenia. Only met is possible:
        // I.B is chosen only for a D69.1 request (without D69.1, or with a
        // diagnosis I.A takes, the request goes to I.A or I.C).
        row("I.B.1 met: diagnosis D69.1", NS, G, "I.B.1", kMet, kMeets, B);

        // I.B.2 Request is for NovoSeven RT. Only met is possible: SevenFact for
        // Glanzmann's is not listed and is referred through I.C (see referral()).
        row("I.B.2 met: NovoSeven RT requested", NS, G, "I.B.2", kMet, kMeets, B);

        // I.B.3 Prescribed by or in consultation with a hematologist. Not applicable: impossible.
        row("I.B.3 met: hematology taxonomy 207RH0000X", NS, G, "I.B.3", kMet, kMeets, B);
        row("I.B.3 met: internal medicine prescriber in consultation with a hematologist", NS,
            steps({ G, consultedHematologist }), "I.B.3", kMet, kMeets, B);
        row("I.B.3 not-met: internal medicine prescriber, no hematologist consulted", NS,
            steps({ G, noHematologistConsulted }), "I.B.3", kNotMet, kDoesNotMeet, B);
        row("I.B.3 unknown: no taxonomy and no attestation on the prescriber", NS,
            steps({ G, noPrescriberFacts }), "I.B.3", kUnknown, kNeedsInformation, B);

        // I.B.4 Condition is refractory to platelet transfusions. Not applicable: impossible.
        row("I.B.4 met: refractory to platelet transfusions attested", NS, G, "I.B.4", kMet, kMeets, B);
        row("I.B.4 not-met: attested not refractory to platelet transfusions", NS,
            steps({ G, attest("refractory-to-platelet-transfusions", false) }), "I.B.4", kNotMet,
            kDoesNotMeet, B);
        row("I.B.4 unknown: refractoriness not attested", NS,
            steps({ G, unattest("refractory-to-platelet-transfusions") }), "I.B.4", kUnknown,
            kNeedsInformation, B);

        // I.B.5 Request is for one of the following uses (a or b). Not met:
        // impossible with the intake's use codes, each of bleeding-treatment,
        // bleeding-prevention and perioperative is listed in 5.a or 5.b. Not
        // applicable: impossible.
        row("I.B.5 met: bleeding-treatment (a)", NS, G, "I.B.5", kMet, kMeets, B);
        row("I.B.5 met: bleeding-prevention (a)", NS, steps({ G, use("bleeding-prevention") }), "I.B.5", kMet,
            kMeets, B);
        row("I.B.5 met: perioperative (b)", NS, steps({ G, use("perioperative") }), "I.B.5", kMet, kMeets, B);
        row("I.B.5 unknown: requested use not stated", NS, steps({ G, noUse }), "I.B.5", kUnknown,
            kNeedsInformation, B);

        // I.B.5.a Control and prevention of bleeding episodes. Not applicable: impossible.
        row("I.B.5.a met: bleeding-treatment", NS, G, "I.B.5.a", kMet, kMeets, B);
        row("I.B.5.a met: bleeding-prevention", NS, steps({ G, use("bleeding-prevention") }), "I.B.5.a", kMet,
            kMeets, B);
        row("I.B.5.a not-met: perioperative (5 met by b)", NS, steps({ G, use("perioperative") }), "I.B.5.a",
            kNotMet, kMeets, B);
        row("I.B.5.a unknown: requested use not stated", NS, steps({ G, noUse }), "I.B.5.a", kUnknown,
            kNeedsInformation, B);

        // I.B.5.b Perioperative management. Not applicable: impossible (no drug restriction).
        row("I.B.5.b met: perioperative", NS, steps({ G, use("perioperative") }), "I.B.5.b", kMet, kMeets, B);
        row("I.B.5.b not-met: bleeding-treatment (5 met by a)", NS, G, "I.B.5.b", kNotMet, kMeets, B);
        row("I.B.5.b not-met: bleeding-prevention (5 met by a)", NS, steps({ G, use("bleeding-prevention") }),
            "I.B.5.b", kNotMet, kMeets, B);
        row("I.B.5.b unknown: requested use not stated", NS, steps({ G, noUse }), "I.B.5.b", kUnknown,
            kNeedsInformation, B);

        // I.B.6 Documentation of member's current body weight. Not met / not applicable: impossible.
        row("I.B.6 met: weight 9 days old", NS, G, "I.B.6", kMet, kMeets, B);
        row("I.B.6 met: weight 30 days old (2026-10-22)", NS, steps({ G, weightOn(QDate(2026, 10, 22)) }),
            "I.B.6", kMet, kMeets, B);
        row("I.B.6 unknown: weight 31 days old (2026-10-21)", NS, steps({ G, weightOn(QDate(2026, 10, 21)) }),
            "I.B.6", kUnknown, kNeedsInformation, B);
        row("I.B.6 unknown: no weight on file", NS, steps({ G, noWeight }), "I.B.6", kUnknown,
            kNeedsInformation, B);

        // I.B.7 Dose does not exceed 90 mcg/kg every two hours. Not applicable: impossible.
        row("I.B.7 met: 90 mcg/kg every 2 h", NS, G, "I.B.7", kMet, kMeets, B);
        row("I.B.7 met: 90 mcg/kg every 6 h", NS, steps({ G, dose(90, 6) }), "I.B.7", kMet, kMeets, B);
        row("I.B.7 met: perioperative 90 mcg/kg every 2 h", NS, steps({ G, use("perioperative") }), "I.B.7",
            kMet, kMeets, B);
        row("I.B.7 not-met: 91 mcg/kg every 2 h", NS, steps({ G, dose(91, 2) }), "I.B.7", kNotMet,
            kDoesNotMeet, B);
        row("I.B.7 not-met: 90 mcg/kg every 1.5 h", NS, steps({ G, dose(90, 1.5) }), "I.B.7", kNotMet,
            kDoesNotMeet, B);
        row("I.B.7 unknown: 90 mcg/kg, no interval stated", NS, steps({ G, dose(90, kNoInterval) }), "I.B.7",
            kUnknown, kNeedsInformation, B);
    }

    void initialGlanzmann() { checkRow(); }

    // ---- II.A Continued therapy, all indications in Section I ----
    void continuedTherapy_data()
    {
        addColumns();
        const char *A = "II.A";
        const Change C = continuation; // previously met initial criteria, beneficial response
        const Change D = doseIncrease;

        // II.A.1 Member meets one of the following (a or b). Not applicable: impossible.
        row("II.A.1 met: previously met initial criteria (a)", SF, C, "II.A.1", kMet, kMeets, A);
        row("II.A.1 met: continuity of care (b), not previously approved", SF,
            steps(
                { C, attest("previously-met-initial-criteria", false), attest("continuity-of-care", true) }),
            "II.A.1", kMet, kMeets, A);
        row("II.A.1 not-met: neither previously approved nor continuity of care", SF,
            steps(
                { C, attest("previously-met-initial-criteria", false), attest("continuity-of-care", false) }),
            "II.A.1", kNotMet, kDoesNotMeet, A);
        row("II.A.1 unknown: neither a nor b attested", SF,
            steps({ C, unattest("previously-met-initial-criteria") }), "II.A.1", kUnknown, kNeedsInformation,
            A);
        row("II.A.1 unknown: not previously approved, continuity of care not attested", SF,
            steps({ C, attest("previously-met-initial-criteria", false) }), "II.A.1", kUnknown,
            kNeedsInformation, A);

        // II.A.1.a Currently receiving via Centene benefit or previously met
        // initial approval criteria. Not applicable: impossible (1.a and 1.b
        // have no drug or condition restriction).
        row("II.A.1.a met: previously met initial criteria", SF, C, "II.A.1.a", kMet, kMeets, A);
        row("II.A.1.a not-met: attested no (1 met by b)", SF,
            steps(
                { C, attest("previously-met-initial-criteria", false), attest("continuity-of-care", true) }),
            "II.A.1.a", kNotMet, kMeets, A);
        row("II.A.1.a unknown: not attested (1 met by b)", SF,
            steps({ C, unattest("previously-met-initial-criteria"), attest("continuity-of-care", true) }),
            "II.A.1.a", kUnknown, kMeets, A);

        // II.A.1.b Currently receiving and enrolled with continuity-of-care regulations
        row("II.A.1.b met: continuity of care attested", SF, steps({ C, attest("continuity-of-care", true) }),
            "II.A.1.b", kMet, kMeets, A);
        row("II.A.1.b not-met: attested no (1 met by a)", SF,
            steps({ C, attest("continuity-of-care", false) }), "II.A.1.b", kNotMet, kMeets, A);
        row("II.A.1.b unknown: not attested (1 met by a)", SF, C, "II.A.1.b", kUnknown, kMeets, A);

        // II.A.2 Member is responding positively to therapy. Not applicable: impossible.
        row("II.A.2 met: beneficial response attested", SF, C, "II.A.2", kMet, kMeets, A);
        row("II.A.2 met: NovoSeven acquired hemophilia, beneficial response attested", NS, C, "II.A.2", kMet,
            kMeets, A);
        row("II.A.2 not-met: no beneficial response", SF, steps({ C, attest("beneficial-response", false) }),
            "II.A.2", kNotMet, kDoesNotMeet, A);
        row("II.A.2 unknown: response not documented", SF, steps({ C, unattest("beneficial-response") }),
            "II.A.2", kUnknown, kNeedsInformation, A);

        // II.A.3 Documentation of member's current body weight. Not met / not applicable: impossible.
        row("II.A.3 met: weight 9 days old", SF, C, "II.A.3", kMet, kMeets, A);
        row("II.A.3 met: weight 30 days old (2026-10-22)", SF, steps({ C, weightOn(QDate(2026, 10, 22)) }),
            "II.A.3", kMet, kMeets, A);
        row("II.A.3 unknown: weight 31 days old (2026-10-21)", SF,
            steps({ C, weightOn(QDate(2026, 10, 21)) }), "II.A.3", kUnknown, kNeedsInformation, A);
        row("II.A.3 unknown: no weight on file", NS, steps({ C, noWeight }), "II.A.3", kUnknown,
            kNeedsInformation, A);

        // II.A.4 If request is for a dose increase, new dose does not exceed one of (a or b)
        row("II.A.4 not-applicable: plain continuation", SF, C, "II.A.4", kNotApplicable, kMeets, A);
        row("II.A.4 not-applicable: plain continuation at 100 mcg/kg every 1 h", SF,
            steps({ C, dose(100, 1) }), "II.A.4", kNotApplicable, kMeets, A);
        row("II.A.4 met: SevenFact dose increase to 75 mcg/kg every 2 h", SF, D, "II.A.4", kMet, kMeets, A);
        row("II.A.4 met: NovoSeven dose increase to 90 mcg/kg every 2 h", NS, D, "II.A.4", kMet, kMeets, A);
        row("II.A.4 not-met: SevenFact dose increase to 76 mcg/kg every 2 h", SF, steps({ D, dose(76, 2) }),
            "II.A.4", kNotMet, kDoesNotMeet, A);
        row("II.A.4 not-met: NovoSeven factor VII deficiency dose increase to 90 mcg/kg every 2 h", NS,
            steps({ D, fviiDeficiency, dose(90, 2) }), "II.A.4", kNotMet, kDoesNotMeet, A);
        row("II.A.4 unknown: SevenFact dose increase, no interval stated", SF,
            steps({ D, dose(75, kNoInterval) }), "II.A.4", kUnknown, kNeedsInformation, A);

        // II.A.4.a For NovoSeven requests (i or ii)
        row("II.A.4.a met: NovoSeven acquired hemophilia dose increase to 90 mcg/kg every 2 h", NS, D,
            "II.A.4.a", kMet, kMeets, A);
        row("II.A.4.a not-met: NovoSeven dose increase to 91 mcg/kg every 2 h", NS, steps({ D, dose(91, 2) }),
            "II.A.4.a", kNotMet, kDoesNotMeet, A);
        row("II.A.4.a unknown: NovoSeven dose increase, no interval stated", NS,
            steps({ D, dose(90, kNoInterval) }), "II.A.4.a", kUnknown, kNeedsInformation, A);
        row("II.A.4.a not-applicable: SevenFact dose increase", SF, D, "II.A.4.a", kNotApplicable, kMeets, A);
        row("II.A.4.a not-applicable: NovoSeven plain continuation", NS, C, "II.A.4.a", kNotApplicable,
            kMeets, A);

        // II.A.4.a.i Hemophilia: 90 mcg/kg every 2 hours
        row("II.A.4.a.i met: NovoSeven hemophilia A dose increase to 90 mcg/kg every 2 h", NS,
            steps({ D, hemophiliaA }), "II.A.4.a.i", kMet, kMeets, A);
        row("II.A.4.a.i met: NovoSeven acquired hemophilia dose increase to 90 mcg/kg every 2 h", NS, D,
            "II.A.4.a.i", kMet, kMeets, A);
        row("II.A.4.a.i not-met: dose increase to 91 mcg/kg every 2 h", NS, steps({ D, dose(91, 2) }),
            "II.A.4.a.i", kNotMet, kDoesNotMeet, A);
        row("II.A.4.a.i not-met: dose increase to 90 mcg/kg every 1.5 h", NS, steps({ D, dose(90, 1.5) }),
            "II.A.4.a.i", kNotMet, kDoesNotMeet, A);
        row("II.A.4.a.i unknown: dose increase to 90 mcg/kg, no interval stated", NS,
            steps({ D, dose(90, kNoInterval) }), "II.A.4.a.i", kUnknown, kNeedsInformation, A);
        row("II.A.4.a.i not-applicable: NovoSeven factor VII deficiency dose increase", NS,
            steps({ D, fviiDeficiency }), "II.A.4.a.i", kNotApplicable, kMeets, A);
        row("II.A.4.a.i not-applicable: NovoSeven plain continuation at 91 mcg/kg", NS,
            steps({ C, dose(91, 2) }), "II.A.4.a.i", kNotApplicable, kMeets, A);

        // II.A.4.a.ii Congenital factor VII deficiency: 30 mcg/kg every 4 hours
        row("II.A.4.a.ii met: dose increase to 30 mcg/kg every 4 h", NS, steps({ D, fviiDeficiency }),
            "II.A.4.a.ii", kMet, kMeets, A);
        row("II.A.4.a.ii not-met: dose increase to 31 mcg/kg every 4 h", NS,
            steps({ D, fviiDeficiency, dose(31, 4) }), "II.A.4.a.ii", kNotMet, kDoesNotMeet, A);
        row("II.A.4.a.ii not-met: dose increase to 30 mcg/kg every 3 h", NS,
            steps({ D, fviiDeficiency, dose(30, 3) }), "II.A.4.a.ii", kNotMet, kDoesNotMeet, A);
        row("II.A.4.a.ii unknown: dose increase to 30 mcg/kg, no interval stated", NS,
            steps({ D, fviiDeficiency, dose(30, kNoInterval) }), "II.A.4.a.ii", kUnknown, kNeedsInformation,
            A);
        row("II.A.4.a.ii not-applicable: NovoSeven acquired hemophilia dose increase", NS, D, "II.A.4.a.ii",
            kNotApplicable, kMeets, A);

        // II.A.4.b For SevenFact requests: 75 mcg/kg every 2 hours
        row("II.A.4.b met: dose increase to 75 mcg/kg every 2 h", SF, D, "II.A.4.b", kMet, kMeets, A);
        row("II.A.4.b not-met: dose increase to 76 mcg/kg every 2 h", SF, steps({ D, dose(76, 2) }),
            "II.A.4.b", kNotMet, kDoesNotMeet, A);
        row("II.A.4.b not-met: dose increase to 75 mcg/kg every 1.5 h", SF, steps({ D, dose(75, 1.5) }),
            "II.A.4.b", kNotMet, kDoesNotMeet, A);
        row("II.A.4.b unknown: dose increase to 75 mcg/kg, no interval stated", SF,
            steps({ D, dose(75, kNoInterval) }), "II.A.4.b", kUnknown, kNeedsInformation, A);
        row("II.A.4.b not-applicable: NovoSeven dose increase", NS, D, "II.A.4.b", kNotApplicable, kMeets, A);
        row("II.A.4.b not-applicable: SevenFact plain continuation at 76 mcg/kg", SF,
            steps({ C, dose(76, 2) }), "II.A.4.b", kNotApplicable, kMeets, A);

        // Every Section I indication continues through II.A, Glanzmann's included.
        row("II.A.2 met: NovoSeven Glanzmann's continuation", NS, steps({ glanzmann, C }), "II.A.2", kMet,
            kMeets, A);
        row("II.A.2 met: NovoSeven Glanzmann's continuation for bleeding-prevention (listed in I.B.5.a)", NS,
            steps({ glanzmann, use("bleeding-prevention"), C }), "II.A.2", kMet, kMeets, A);
        row("II.A.2 met: NovoSeven factor VII deficiency continuation", NS, steps({ fviiDeficiency, C }),
            "II.A.2", kMet, kMeets, A);
        // II.A.4 for a Glanzmann's dose increase: II.A.4.a names limits for
        // "Hemophilia" and "Congenital factor VII deficiency" only; the
        // reading holds Glanzmann's to the limit of the section it was
        // approved under, I.B.7 (90 mcg/kg every 2 hours). A limit the data
        // cannot find is unknown, never not applicable.
        const Change glanzmannIncrease = steps({ glanzmann, D });
        row("II.A.4 met: NovoSeven Glanzmann's dose increase to 90 mcg/kg every 2 h (I.B.7)", NS,
            steps({ glanzmannIncrease, dose(90, 2) }), "II.A.4", kMet, kMeets, A);
        row("II.A.4 not-met: NovoSeven Glanzmann's dose increase to 91 mcg/kg every 2 h (I.B.7)", NS,
            steps({ glanzmannIncrease, dose(91, 2) }), "II.A.4", kNotMet, kDoesNotMeet, A);
        row("II.A.4 not-met: NovoSeven Glanzmann's dose increase to 120 mcg/kg every 2 h (I.B.7)", NS,
            steps({ glanzmannIncrease, dose(120, 2) }), "II.A.4", kNotMet, kDoesNotMeet, A);
        row("II.A.4 not-met: NovoSeven Glanzmann's dose increase to 90 mcg/kg every 1 h (I.B.7)", NS,
            steps({ glanzmannIncrease, dose(90, 1) }), "II.A.4", kNotMet, kDoesNotMeet, A);
        row("II.A.4 unknown: NovoSeven Glanzmann's dose increase, no interval stated", NS,
            steps({ glanzmannIncrease, dose(90, kNoInterval) }), "II.A.4", kUnknown, kNeedsInformation, A);
        row("II.A.4 not-applicable: NovoSeven Glanzmann's plain continuation at 120 mcg/kg", NS,
            steps({ glanzmann, C, dose(120, 2) }), "II.A.4", kNotApplicable, kMeets, A);
        row("II.A.4.a met: NovoSeven Glanzmann's dose increase to 90 mcg/kg every 2 h (I.B.7)", NS,
            steps({ glanzmannIncrease, dose(90, 2) }), "II.A.4.a", kMet, kMeets, A);
        row("II.A.4.a not-met: NovoSeven Glanzmann's dose increase to 100 mcg/kg every 2 h (I.B.7)", NS,
            steps({ glanzmannIncrease, dose(100, 2) }), "II.A.4.a", kNotMet, kDoesNotMeet, A);
        row("II.A.4.a unknown: NovoSeven Glanzmann's dose increase, no dose on the request", NS,
            steps({ glanzmannIncrease, [](CaseBuilder &b) { b.removeDose(); } }), "II.A.4.a", kUnknown,
            kNeedsInformation, A);
        row("II.A.4.a.i not-applicable: NovoSeven Glanzmann's dose increase", NS,
            steps({ glanzmannIncrease, dose(120, 2) }), "II.A.4.a.i", kNotApplicable, kDoesNotMeet, A);
        row("II.A.4.a.ii not-applicable: NovoSeven Glanzmann's dose increase", NS,
            steps({ glanzmannIncrease, dose(120, 2) }), "II.A.4.a.ii", kNotApplicable, kDoesNotMeet, A);
    }

    // II.A.4 for Glanzmann's names the limit it was held to.
    void glanzmannDoseIncreaseReason()
    {
        CaseBuilder b = CaseBuilder::fromExample(QString::fromLatin1(NS));
        glanzmann(b);
        doseIncrease(b);
        b.setDose(120, u"mcg/kg"_s, 2.0);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(ev.pathway, u"II.A"_s);
        const QString reason = reasonOf(ev, u"II.A.4.a"_s);
        QVERIFY2(reason.contains(u"I.B.7"_s) && reason.contains(u"90 mcg/kg every 2 hours"_s), qPrintable(reason));
        QVERIFY2(ev.recommendationReason.contains(u"II.A.4"_s), qPrintable(ev.recommendationReason));
    }

    void continuedTherapy() { checkRow(); }

    // ---- I.C / II.B Other diagnoses/indications: refer by line of business ----
    void fallback_data()
    {
        addColumns();
        const Change acquiredSevenFact = diagnoses({ u"D68.311"_s });

        // I.C.1 (label change within 6 months) needs a reviewer: unknown.
        // I.C.2 (off-label referral) is met once a request falls to I.C.
        // Not met and not applicable are impossible for I.C.*: I.C has no
        // drug-specific or conditional rule, and a request that a Section I
        // pathway takes never reaches it.
        row("I.C.2 met: SevenFact for acquired hemophilia D68.311", SF, acquiredSevenFact, "I.C.2", kMet,
            kRefer, "I.C");
        row("I.C.2 met: SevenFact for congenital factor VII deficiency D68.2", SF, diagnoses({ u"D68.2"_s }),
            "I.C.2", kMet, kRefer, "I.C");
        row("I.C.2 met: SevenFact for Glanzmann's thrombasthenia D69.1", SF,
            steps({ diagnoses({ u"D69.1"_s }), attest("refractory-to-platelet-transfusions", true) }),
            "I.C.2", kMet, kRefer, "I.C");
        row("I.C.2 met: NovoSeven hemophilia A for bleeding-prevention", NS,
            steps({ hemophiliaA, use("bleeding-prevention") }), "I.C.2", kMet, kRefer, "I.C");
        row("I.C.2 met: SevenFact hemophilia A for perioperative management", SF, use("perioperative"),
            "I.C.2", kMet, kRefer, "I.C");
        row("I.C.2 met: NovoSeven for von Willebrand disease D68.0", NS, diagnoses({ u"D68.0"_s }), "I.C.2",
            kMet, kRefer, "I.C");
        // Hemophilia A or B without inhibitors (latest titer negative, no
        // attested anamnestic or refractory response) is not a diagnosis I.A.1
        // lists, for either drug: off-label, referred.
        row("I.C.2 met: SevenFact hemophilia A without inhibitors (0.59 BU, no response attested)", SF,
            fviiiTiter(0.59), "I.C.2", kMet, kRefer, "I.C");
        row("I.C.2 met: NovoSeven hemophilia A without inhibitors (0.3 BU, no response attested)", NS,
            steps({ hemophiliaA, fviiiTiter(0.3) }), "I.C.2", kMet, kRefer, "I.C");
        row(
            "I.C.2 met: SevenFact hemophilia A, latest 0.3 BU after 12 BU, no response attested", SF,
            [](CaseBuilder &b) {
                b.setLab(u"fviii-inhibitor"_s, 12, QDate(2026, 3, 1));
                b.addLab(u"fviii-inhibitor"_s, 0.3, kTiterDate);
            },
            "I.C.2", kMet, kRefer, "I.C");
        row("I.C.1 unknown: a recent label change needs a reviewer", SF, acquiredSevenFact, "I.C.1", kUnknown,
            kRefer, "I.C");
        row("I.C.1.a unknown: formulary status needs a reviewer", SF, acquiredSevenFact, "I.C.1.a", kUnknown,
            kRefer, "I.C");
        row("I.C.1.b unknown: formulary status needs a reviewer", SF, acquiredSevenFact, "I.C.1.b", kUnknown,
            kRefer, "I.C");

        // II.B: the same for continuation and dose-increase requests; as for
        // I.C, not met and not applicable are impossible for II.B.*.
        row("II.B.2 met: SevenFact continuation for acquired hemophilia D68.311", SF,
            steps({ continuation, acquiredSevenFact }), "II.B.2", kMet, kRefer, "II.B");
        row("II.B.2 met: SevenFact dose increase for congenital factor VII deficiency D68.2", SF,
            steps({ doseIncrease, diagnoses({ u"D68.2"_s }) }), "II.B.2", kMet, kRefer, "II.B");
        row("II.B.2 met: SevenFact continuation for Glanzmann's thrombasthenia D69.1", SF,
            steps({ continuation, diagnoses({ u"D69.1"_s }) }), "II.B.2", kMet, kRefer, "II.B");
        // "refer (Centene I.C / II.B: the diagnosis or use is not listed for
        // the requested drug)": II.A covers "All Indications in Section I",
        // and a use Section I does not list for the drug is not one of them.
        row("II.B.2 met: NovoSeven hemophilia A continuation, bleeding-prevention (use not listed)", NS,
            steps({ continuation, hemophiliaA, use("bleeding-prevention") }), "II.B.2", kMet, kRefer, "II.B");
        row("II.B.2 met: SevenFact hemophilia A continuation, perioperative (use not listed)", SF,
            steps({ continuation, use("perioperative") }), "II.B.2", kMet, kRefer, "II.B");
        row("II.B.1 unknown: a recent label change needs a reviewer", SF,
            steps({ continuation, acquiredSevenFact }), "II.B.1", kUnknown, kRefer, "II.B");
        row("II.B.1.a unknown: formulary status needs a reviewer", SF,
            steps({ continuation, acquiredSevenFact }), "II.B.1.a", kUnknown, kRefer, "II.B");
        row("II.B.1.b unknown: formulary status needs a reviewer", SF,
            steps({ continuation, acquiredSevenFact }), "II.B.1.b", kUnknown, kRefer, "II.B");
    }

    void fallback() { checkRow(); }

    // A request that falls through to I.C / II.B still shows the listed
    // section it was checked against, with the criterion that excluded it,
    // before the referral section (POLICY-READING.md).
    void fallThroughShowsWhy_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("pathway");
        QTest::addColumn<QStringList>("expected"); // "label status", in order
        QTest::addColumn<QStringList>("absent");

        QTest::newRow("I.A.4 not-met: SevenFact perioperative falls through to I.C")
            << QString::fromLatin1(SF) << use("perioperative") << u"I.C"_s
            << QStringList{ u"I.A not-met"_s,       u"I.A.1 met"_s,    u"I.A.4 not-met"_s,
                            u"I.A.4.a not-met"_s,   u"I.A.4.b not-applicable"_s, u"I.A.6 met"_s,
                            u"I.C met"_s,           u"I.C.2 met"_s }
            << QStringList{ u"I.B"_s };
        QTest::newRow("I.A.1 not-met: SevenFact acquired hemophilia falls through to I.C")
            << QString::fromLatin1(SF) << diagnoses({ u"D68.311"_s }) << u"I.C"_s
            << QStringList{ u"I.A not-met"_s, u"I.A.1 not-met"_s, u"I.A.1.b not-applicable"_s, u"I.C met"_s }
            << QStringList{ u"I.B"_s };
        QTest::newRow("I.A.1 not-met: NovoSeven hemophilia A without inhibitors falls through to I.C")
            << QString::fromLatin1(NS) << steps({ hemophiliaA, fviiiTiter(0.3) }) << u"I.C"_s
            << QStringList{ u"I.A not-met"_s, u"I.A.1 not-met"_s, u"I.A.1.a not-met"_s, u"I.C met"_s }
            << QStringList{ u"I.B"_s };
        QTest::newRow("I.A.4 not-met: NovoSeven hemophilia A for bleeding-prevention falls through to I.C")
            << QString::fromLatin1(NS) << steps({ hemophiliaA, use("bleeding-prevention") }) << u"I.C"_s
            << QStringList{ u"I.A not-met"_s, u"I.A.4 not-met"_s, u"I.C met"_s } << QStringList{ u"I.B"_s };
        QTest::newRow("I.B.2 not-met: SevenFact for Glanzmann's falls through to I.C")
            << QString::fromLatin1(SF)
            << steps({ diagnoses({ u"D69.1"_s }), attest("refractory-to-platelet-transfusions", true) })
            << u"I.C"_s << QStringList{ u"I.B not-met"_s, u"I.B.1 met"_s, u"I.B.2 not-met"_s, u"I.C met"_s }
            << QStringList{ u"I.A"_s };
        // No listed section names von Willebrand disease: only the referral.
        QTest::newRow("I.C only: NovoSeven for von Willebrand disease D68.0")
            << QString::fromLatin1(NS) << diagnoses({ u"D68.0"_s }) << u"I.C"_s
            << QStringList{ u"I.C met"_s, u"I.C.2 met"_s } << QStringList{ u"I.A"_s, u"I.B"_s };
        // II.A's criteria do not say which indications it takes ("All
        // Indications in Section I"): a continuation that falls through shows II.B only.
        QTest::newRow("II.B only: SevenFact continuation for acquired hemophilia")
            << QString::fromLatin1(SF) << steps({ continuation, diagnoses({ u"D68.311"_s }) }) << u"II.B"_s
            << QStringList{ u"II.B met"_s, u"II.B.2 met"_s } << QStringList{ u"II.A"_s, u"I.A"_s };
    }

    void fallThroughShowsWhy()
    {
        QFETCH(QString, pathway);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const Evaluation ev = evaluateRow();
        QCOMPARE(ev.pathway, pathway);
        QCOMPARE(recommendationName(ev.recommendation), u"refer"_s);
        QCOMPARE(ev.referTo, u"CP.CPA.09"_s);
        int previous = -1;
        for (const QString &e : expected) {
            const QString label = e.section(u' ', 0, 0);
            const QString status = e.section(u' ', 1);
            int index = -1;
            for (int i = 0; i < ev.criteria.size(); ++i)
                if (ev.criteria[i].label == label)
                    index = i;
            QVERIFY2(index >= 0, qPrintable(u"%1 is not listed"_s.arg(label)));
            QVERIFY2(statusName(ev.criteria[index].status) == status,
                     qPrintable(u"%1 is %2, expected %3 (%4)"_s.arg(label, statusName(ev.criteria[index].status), status,
                                                                  ev.criteria[index].reason)));
            QVERIFY2(index > previous, qPrintable(u"%1 is out of order"_s.arg(label)));
            previous = index;
        }
        for (const QString &section : absent)
            for (const auto &c : ev.criteria)
                QVERIFY2(c.label != section && !c.label.startsWith(section + u'.'),
                         qPrintable(u"%1 is listed"_s.arg(c.label)));
        // The section rows head their criteria.
        const QStringList sections{ u"I.A"_s, u"I.B"_s, u"I.C"_s, u"II.A"_s, u"II.B"_s };
        for (const auto &c : ev.criteria)
            QCOMPARE(c.depth == 0, sections.contains(c.label));
    }

    // The referral target by line of business.
    void referral_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("pathway");
        QTest::addColumn<QString>("referTo");

        const Change acquired = diagnoses({ u"D68.311"_s });
        QTest::newRow("refer: SevenFact acquired hemophilia D68.311, commercial -> CP.CPA.09")
            << QString::fromLatin1(SF) << acquired << u"I.C"_s << u"CP.CPA.09"_s;
        QTest::newRow("refer: SevenFact acquired hemophilia D68.311, marketplace -> HIM.PA.154")
            << QString::fromLatin1(SF) << steps({ acquired, lineOfBusiness("marketplace") }) << u"I.C"_s
            << u"HIM.PA.154"_s;
        QTest::newRow("refer: SevenFact acquired hemophilia D68.311, medicaid -> CP.PMN.53")
            << QString::fromLatin1(SF) << steps({ acquired, lineOfBusiness("medicaid") }) << u"I.C"_s
            << u"CP.PMN.53"_s;
        QTest::newRow("refer: SevenFact congenital factor VII deficiency D68.2, commercial -> CP.CPA.09")
            << QString::fromLatin1(SF) << diagnoses({ u"D68.2"_s }) << u"I.C"_s << u"CP.CPA.09"_s;
        QTest::newRow("refer: SevenFact congenital factor VII deficiency D68.2, medicaid -> CP.PMN.53")
            << QString::fromLatin1(SF) << steps({ diagnoses({ u"D68.2"_s }), lineOfBusiness("medicaid") })
            << u"I.C"_s << u"CP.PMN.53"_s;
        QTest::newRow("refer: SevenFact Glanzmann's D69.1, commercial -> CP.CPA.09")
            << QString::fromLatin1(SF) << diagnoses({ u"D69.1"_s }) << u"I.C"_s << u"CP.CPA.09"_s;
        QTest::newRow("refer: SevenFact Glanzmann's D69.1, marketplace -> HIM.PA.154")
            << QString::fromLatin1(SF) << steps({ diagnoses({ u"D69.1"_s }), lineOfBusiness("marketplace") })
            << u"I.C"_s << u"HIM.PA.154"_s;
        QTest::newRow("refer: NovoSeven hemophilia A for bleeding-prevention, commercial -> CP.CPA.09")
            << QString::fromLatin1(NS) << steps({ hemophiliaA, use("bleeding-prevention") }) << u"I.C"_s
            << u"CP.CPA.09"_s;
        QTest::newRow("refer: NovoSeven acquired hemophilia for bleeding-prevention, medicaid -> CP.PMN.53")
            << QString::fromLatin1(NS) << steps({ use("bleeding-prevention"), lineOfBusiness("medicaid") })
            << u"I.C"_s << u"CP.PMN.53"_s;
        QTest::newRow("refer: SevenFact hemophilia A perioperative, marketplace -> HIM.PA.154")
            << QString::fromLatin1(SF) << steps({ use("perioperative"), lineOfBusiness("marketplace") })
            << u"I.C"_s << u"HIM.PA.154"_s;
        QTest::newRow("refer: NovoSeven hemophilia A without inhibitors, medicaid -> CP.PMN.53")
            << QString::fromLatin1(NS) << steps({ hemophiliaA, fviiiTiter(0.3), lineOfBusiness("medicaid") })
            << u"I.C"_s << u"CP.PMN.53"_s;
        QTest::newRow("refer: continuation SevenFact acquired hemophilia, medicaid -> II.B CP.PMN.53")
            << QString::fromLatin1(SF) << steps({ continuation, acquired, lineOfBusiness("medicaid") })
            << u"II.B"_s << u"CP.PMN.53"_s;
        QTest::newRow("refer: continuation NovoSeven hemophilia A prevention, marketplace -> II.B HIM.PA.154")
            << QString::fromLatin1(NS)
            << steps({ continuation, hemophiliaA, use("bleeding-prevention"), lineOfBusiness("marketplace") })
            << u"II.B"_s << u"HIM.PA.154"_s;
    }

    void referral()
    {
        QFETCH(QString, pathway);
        QFETCH(QString, referTo);
        const Evaluation ev = evaluateRow();
        QCOMPARE(recommendationName(ev.recommendation), u"refer"_s);
        QCOMPARE(ev.pathway, pathway);
        QCOMPARE(ev.referTo, referTo);
        QVERIFY(!ev.approval.has_value());
    }

    // Without a line of business the reviewer is shown every target.
    void referralLineOfBusinessUnknown()
    {
        CaseBuilder b = CaseBuilder::fromExample(QString::fromLatin1(SF));
        b.setDiagnoses({ u"D68.311"_s });
        b.facts().lineOfBusiness = {};
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(recommendationName(ev.recommendation), u"refer"_s);
        QCOMPARE(ev.pathway, u"I.C"_s);
        QCOMPARE(ev.referTo, QString());
        const QString flags = ev.flags.join(u" | "_s);
        QVERIFY2(flags.contains(u"CP.CPA.09"_s) && flags.contains(u"HIM.PA.154"_s)
                     && flags.contains(u"CP.PMN.53"_s),
                 qPrintable(flags));
    }

    // Approval duration is 3 months on every approving pathway.
    void approvalThreeMonths_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("pathway");
        QTest::newRow("I.A SevenFact: 3 months") << QString::fromLatin1(SF) << unchanged << u"I.A"_s;
        QTest::newRow("I.A NovoSeven: 3 months") << QString::fromLatin1(NS) << unchanged << u"I.A"_s;
        QTest::newRow("I.B Glanzmann's: 3 months") << QString::fromLatin1(NS) << glanzmann << u"I.B"_s;
        QTest::newRow("II.A continuation: 3 months") << QString::fromLatin1(SF) << continuation << u"II.A"_s;
    }

    void approvalThreeMonths()
    {
        QFETCH(QString, pathway);
        const Evaluation ev = evaluateRow();
        QCOMPARE(ev.pathway, pathway);
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
        QVERIFY(ev.approval.has_value());
        QCOMPARE(ev.approval->durationMonths.value_or(0), 3);
    }

private:
    static void checkRow()
    {
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(QString, recommendation);
        QFETCH(QString, pathway);
        checkCriterion(evaluateRow(), pathway, label, status, recommendation);
    }
};

QTEST_GUILESS_MAIN(TestCriteriaCenteneCpPhar220)
#include "tst_criteria_centene_cp_phar_220.moc"
