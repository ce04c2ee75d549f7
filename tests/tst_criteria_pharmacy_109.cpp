// Criterion-by-criterion tests of PHARMACY-109 (Hemophilia Gene Therapies).
//
// Source of truth: ../shared/policies/pharmacy-109-hemophilia-gene-therapies.txt,
// read as ../shared/design/POLICY-READING.md says. Every row starts from a
// worked example in which every criterion is met as of 2026-11-21
// (hg-01-complete for Hemgenix, ro-01-complete for Roctavian), changes one
// fact (or the few facts needed to isolate one criterion) and checks the
// status of one criterion label and, where it follows, the recommendation.
//
// Rows are named "<policy label> <outcome>: <what changed>". For every label
// of both pathways, groups and leaves, there are rows making it met, not met
// and unknown; where the policy's reading makes an outcome impossible the
// data function says so in a comment.

#include "CriteriaSupport.h"

#include <QTest>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kPolicy = u"pharmacy-109"_s;

// Outcomes.
const QString MET = u"met"_s;
const QString NOT_MET = u"not-met"_s;
const QString UNKNOWN = u"unknown"_s;
const QString NOT_APPLICABLE = u"not-applicable"_s;

// Recommendations (empty: not checked).
const QString MEETS = u"meets-criteria"_s;
const QString DOES_NOT_MEET = u"does-not-meet-criteria"_s;
const QString NEEDS_INFO = u"needs-information"_s;
const QString NOT_COVERED = u"not-covered"_s;
const QString REFER = u"refer"_s;

// The example bundles' labs are drawn on 2026-11-05. "Taken within the past
// 3 months" of 2026-11-21 admits 2026-08-21 and not 2026-08-20.
const QDate kLabDate(2026, 11, 5);
const QDate kWindowFirstDay(2026, 8, 21);
const QDate kWindowDayBefore(2026, 8, 20);

const QString kInternalMedicine = u"207R00000X"_s;

void row(const QString &name, const QString &label, const QString &status, const QString &recommendation,
         const Change &change)
{
    QTest::newRow(name.toUtf8().constData()) << label << status << recommendation << change;
}

Change attest(const QString &item, const QVariant &value)
{
    return [item, value](CaseBuilder &b) { b.attest(item, value); };
}

Change unattest(const QString &item)
{
    return [item](CaseBuilder &b) { b.unattest(item); };
}

Change setLab(const QString &lab, double value, const QDate &date = kLabDate)
{
    return [lab, value, date](CaseBuilder &b) { b.setLab(lab, value, date); };
}

// What both pathways share, under their own labels.
struct PathwayRows
{
    QString id;              // "Hemgenix" / "Roctavian"
    QString prescriber;      // "1"
    QString age;             // "2"
    QString inhibitors;      // "6"
    QString exclusions;      // "8" / "9"
    QString ownCode;         // D67 / D66
    QString otherHemophilia; // D66 / D67
    QString inhibitorLab;    // fix-inhibitor / fviii-inhibitor
};

const PathwayRows kHemgenix{u"Hemgenix"_s, u"1"_s, u"2"_s, u"6"_s, u"8"_s, u"D67"_s, u"D66"_s, u"fix-inhibitor"_s};
const PathwayRows kRoctavian{u"Roctavian"_s, u"1"_s, u"2"_s, u"6"_s, u"9"_s, u"D66"_s, u"D67"_s, u"fviii-inhibitor"_s};

void addPrescriberRows(const PathwayRows &p)
{
    // 1. "prescribed by or in consultation with a hematologist at a Hemophilia
    // Treatment Center (HTC)": the HTC belongs to the hematologist, who may
    // be the one consulted (POLICY-READING). Met by a prescriber who is a
    // hematologist (taxonomy or attestation) practising at an HTC
    // (Organization typed htc or attestation), or by the
    // consulted-htc-hematologist attestation; a prescriber who consulted no
    // hematologist at all consulted none at an HTC.
    const QString l = p.id + u'.' + p.prescriber;
    const QString htcConsult = u"consulted-htc-hematologist"_s;
    row(l + u" met: hematology taxonomy at an HTC organization"_s, l, MET, MEETS, unchanged);
    row(l + u" met: HTC by attestation, no HTC organization"_s, l, MET, MEETS, [](CaseBuilder &b) {
        b.setHtcOrganization(std::nullopt).attest(u"prescriber-at-htc"_s, true);
    });
    row(l + u" met: HTC organization wins over an attestation of no HTC"_s, l, MET, MEETS,
        attest(u"prescriber-at-htc"_s, false));
    row(l + u" met: internist in consultation with a hematologist at an HTC"_s, l, MET, MEETS, [htcConsult](CaseBuilder &b) {
        b.setTaxonomies({kInternalMedicine})
            .attest(u"prescriber-consulted-hematologist"_s, true)
            .attest(htcConsult, true);
    });
    row(l + u" met: internist not at an HTC who consulted a hematologist at an HTC"_s, l, MET, MEETS,
        [htcConsult](CaseBuilder &b) {
            b.setTaxonomies({kInternalMedicine})
                .setHtcOrganization(std::nullopt)
                .attest(u"prescriber-at-htc"_s, false)
                .attest(htcConsult, true);
        });
    row(l + u" met: hematologist not at an HTC who consulted a hematologist at an HTC"_s, l, MET, MEETS,
        [htcConsult](CaseBuilder &b) {
            b.setHtcOrganization(std::nullopt).attest(u"prescriber-at-htc"_s, false).attest(htcConsult, true);
        });
    row(l + u" met: hematologist by attestation, no taxonomy"_s, l, MET, MEETS, [](CaseBuilder &b) {
        b.setTaxonomies({}).attest(u"prescriber-hematologist"_s, true);
    });
    // The prescriber at an HTC is not enough: the HTC must be the hematologist's.
    row(l + u" unknown: internist at an HTC consulted a hematologist, the hematologist's HTC not attested"_s, l,
        UNKNOWN, NEEDS_INFO, [](CaseBuilder &b) {
            b.setTaxonomies({kInternalMedicine}).attest(u"prescriber-consulted-hematologist"_s, true);
        });
    row(l + u" unknown: hematologist attested not at an HTC, consultation not attested"_s, l, UNKNOWN, NEEDS_INFO,
        [](CaseBuilder &b) { b.setHtcOrganization(std::nullopt).attest(u"prescriber-at-htc"_s, false); });
    row(l + u" not-met: hematologist not at an HTC, no hematologist at an HTC consulted"_s, l, NOT_MET, DOES_NOT_MEET,
        [htcConsult](CaseBuilder &b) {
            b.setHtcOrganization(std::nullopt).attest(u"prescriber-at-htc"_s, false).attest(htcConsult, false);
        });
    row(l + u" not-met: internist at an HTC, consulted a hematologist not at an HTC"_s, l, NOT_MET, DOES_NOT_MEET,
        [htcConsult](CaseBuilder &b) {
            b.setTaxonomies({kInternalMedicine})
                .attest(u"prescriber-consulted-hematologist"_s, true)
                .attest(htcConsult, false);
        });
    row(l + u" not-met: hematologist not at an HTC who consulted no hematologist"_s, l, NOT_MET, DOES_NOT_MEET,
        [](CaseBuilder &b) {
            b.setHtcOrganization(std::nullopt)
                .attest(u"prescriber-at-htc"_s, false)
                .attest(u"prescriber-consulted-hematologist"_s, false);
        });
    row(l + u" not-met: internist, no hematologist consulted"_s, l, NOT_MET, DOES_NOT_MEET, [](CaseBuilder &b) {
        b.setTaxonomies({kInternalMedicine}).attest(u"prescriber-consulted-hematologist"_s, false);
    });
    row(l + u" not-met: attested not a hematologist, none consulted"_s, l, NOT_MET, DOES_NOT_MEET, [](CaseBuilder &b) {
        b.setTaxonomies({})
            .attest(u"prescriber-hematologist"_s, false)
            .attest(u"prescriber-consulted-hematologist"_s, false);
    });
    row(l + u" unknown: no HTC organization and no HTC attestation"_s, l, UNKNOWN, NEEDS_INFO,
        [](CaseBuilder &b) { b.setHtcOrganization(std::nullopt); });
    row(l + u" unknown: internist, consultation not attested"_s, l, UNKNOWN, NEEDS_INFO,
        [](CaseBuilder &b) { b.setTaxonomies({kInternalMedicine}); });
    row(l + u" unknown: hematologist at an HTC not attested, no HTC consultation attested"_s, l, UNKNOWN, NEEDS_INFO,
        [](CaseBuilder &b) { b.setHtcOrganization(std::nullopt).attest(u"prescriber-consulted-hematologist"_s, true); });
    row(l + u" unknown: no taxonomy and specialty not attested"_s, l, UNKNOWN, NEEDS_INFO,
        [](CaseBuilder &b) { b.setTaxonomies({}); });
}

void addAgeRows(const PathwayRows &p)
{
    // 2. "18 years of age or older": whole years at the as-of date; an 18th
    // birthday on that date is 18.
    const QString l = p.id + u'.' + p.age;
    row(l + u" met: 18th birthday on the as-of date"_s, l, MET, MEETS,
        [](CaseBuilder &b) { b.setBirthDate(QDate(2008, 11, 21)); });
    row(l + u" met: age 36"_s, l, MET, MEETS, unchanged);
    row(l + u" not-met: 17, turns 18 the day after"_s, l, NOT_MET, DOES_NOT_MEET,
        [](CaseBuilder &b) { b.setBirthDate(QDate(2008, 11, 22)); });
    row(l + u" unknown: no birth date"_s, l, UNKNOWN, NEEDS_INFO, [](CaseBuilder &b) { b.removeBirthDate(); });
}

void addInhibitorRows(const PathwayRows &p)
{
    // 6. "does not have active factor IX/VIII inhibitors, or a history of":
    // a titer >= 0.6 BU is positive; "history" looks at the whole series and
    // at the attestation.
    const QString l = p.id + u'.' + p.inhibitors;
    const QString lab = p.inhibitorLab;
    row(l + u" met: inhibitor 0.59 BU, attested no history"_s, l, MET, MEETS, setLab(lab, 0.59));
    row(l + u" not-met: inhibitor 0.6 BU is positive"_s, l, NOT_MET, DOES_NOT_MEET, setLab(lab, 0.6));
    row(l + u" not-met: attested inhibitor history"_s, l, NOT_MET, DOES_NOT_MEET, attest(u"inhibitor-history"_s, true));
    row(l + u" not-met: positive 1.2 BU in 2024, negative now, attested no history"_s, l, NOT_MET, DOES_NOT_MEET,
        [lab](CaseBuilder &b) { b.addLab(lab, 1.2, QDate(2024, 3, 1)); });
    row(l + u" unknown: no inhibitor titer"_s, l, UNKNOWN, NEEDS_INFO, [lab](CaseBuilder &b) { b.removeLab(lab); });
    row(l + u" unknown: negative titer, history not attested"_s, l, UNKNOWN, NEEDS_INFO,
        unattest(u"inhibitor-history"_s));
}

void addExclusionRows(const PathwayRows &p)
{
    // Exclusions ("Patients with any of the following will not be eligible"):
    // each sub-item is met when the condition is absent. Laboratory results
    // must be "taken within the past 3 months"; one outside counts as missing.
    const QString g = p.id + u'.' + p.exclusions;
    row(g + u" met: none of a-e present"_s, g, MET, MEETS, unchanged);
    row(g + u" not-met: platelets 49"_s, g, NOT_MET, DOES_NOT_MEET, setLab(u"platelets"_s, 49));
    row(g + u" not-met: platelets 49 outranks hepatitis B not attested"_s, g, NOT_MET, DOES_NOT_MEET,
        [](CaseBuilder &b) { b.setLab(u"platelets"_s, 49, kLabDate).unattest(u"hbv-active"_s); });
    row(g + u" unknown: hepatitis B not attested"_s, g, UNKNOWN, NEEDS_INFO, unattest(u"hbv-active"_s));
    row(g + u" unknown: platelets outside 3 months"_s, g, UNKNOWN, NEEDS_INFO,
        setLab(u"platelets"_s, 210, kWindowDayBefore));

    // a. Active hepatitis B or C infection.
    const QString a = g + u".a"_s;
    row(a + u" met: attested no active hepatitis B or C"_s, a, MET, MEETS, unchanged);
    // The tests are to be "taken within the past 3 months": an attestation
    // authored before the window (or undated) is unknown.
    row(a + u" met: hepatitis attested 2026-08-21, window edge"_s, a, MET, MEETS, [](CaseBuilder &b) {
        b.attestOn(u"hbv-active"_s, false, kWindowFirstDay).attestOn(u"hcv-active"_s, false, kWindowFirstDay);
    });
    row(a + u" unknown: hepatitis B attested 2026-08-20, outside 3 months"_s, a, UNKNOWN, NEEDS_INFO,
        [](CaseBuilder &b) { b.attestOn(u"hbv-active"_s, false, kWindowDayBefore); });
    row(a + u" unknown: hepatitis attested 2025-12-01, outside 3 months"_s, a, UNKNOWN, NEEDS_INFO, [](CaseBuilder &b) {
        b.attestOn(u"hbv-active"_s, false, QDate(2025, 12, 1)).attestOn(u"hcv-active"_s, false, QDate(2025, 12, 1));
    });
    row(a + u" unknown: hepatitis C attestation without an authored date"_s, a, UNKNOWN, NEEDS_INFO,
        [](CaseBuilder &b) { b.attestOn(u"hcv-active"_s, false, QDate()); });
    row(a + u" not-met: active hepatitis C attested 2026-08-21"_s, a, NOT_MET, DOES_NOT_MEET,
        [](CaseBuilder &b) { b.attestOn(u"hcv-active"_s, true, kWindowFirstDay); });
    row(a + u" not-met: active hepatitis B attested, hepatitis C attestation outdated"_s, a, NOT_MET, DOES_NOT_MEET,
        [](CaseBuilder &b) {
            b.attest(u"hbv-active"_s, true).attestOn(u"hcv-active"_s, false, kWindowDayBefore);
        });
    row(a + u" not-met: active hepatitis B"_s, a, NOT_MET, DOES_NOT_MEET, attest(u"hbv-active"_s, true));
    row(a + u" not-met: active hepatitis C"_s, a, NOT_MET, DOES_NOT_MEET, attest(u"hcv-active"_s, true));
    row(a + u" unknown: hepatitis B not attested"_s, a, UNKNOWN, NEEDS_INFO, unattest(u"hbv-active"_s));
    row(a + u" unknown: hepatitis C not attested"_s, a, UNKNOWN, NEEDS_INFO, unattest(u"hcv-active"_s));

    // b. Uncontrolled HIV, defined as CD4 <= 200/uL: a current CD4 decides
    // and wins over the attestation; without one, the attestation.
    const QString bl = g + u".b"_s;
    const QString cd4 = u"cd4"_s;
    const QString hiv = u"hiv-uncontrolled"_s;
    row(bl + u" met: CD4 201"_s, bl, MET, MEETS, setLab(cd4, 201));
    row(bl + u" not-met: CD4 200"_s, bl, NOT_MET, DOES_NOT_MEET, setLab(cd4, 200));
    row(bl + u" met: CD4 650 wins over attested uncontrolled HIV"_s, bl, MET, MEETS, attest(hiv, true));
    row(bl + u" not-met: CD4 150 wins over attested controlled HIV"_s, bl, NOT_MET, DOES_NOT_MEET, setLab(cd4, 150));
    row(bl + u" met: CD4 201 on 2026-08-21, window edge, not attested"_s, bl, MET, MEETS,
        [cd4, hiv](CaseBuilder &b) { b.setLab(cd4, 201, kWindowFirstDay).unattest(hiv); });
    row(bl + u" not-met: CD4 200 on 2026-08-21, window edge, not attested"_s, bl, NOT_MET, DOES_NOT_MEET,
        [cd4, hiv](CaseBuilder &b) { b.setLab(cd4, 200, kWindowFirstDay).unattest(hiv); });
    row(bl + u" unknown: CD4 650 on 2026-08-20 outside 3 months, not attested"_s, bl, UNKNOWN, NEEDS_INFO,
        [cd4, hiv](CaseBuilder &b) { b.setLab(cd4, 650, kWindowDayBefore).unattest(hiv); });
    row(bl + u" unknown: no CD4 and not attested"_s, bl, UNKNOWN, NEEDS_INFO,
        [cd4, hiv](CaseBuilder &b) { b.removeLab(cd4).unattest(hiv); });
    row(bl + u" met: no CD4, attested controlled HIV"_s, bl, MET, MEETS, [cd4](CaseBuilder &b) { b.removeLab(cd4); });
    row(bl + u" not-met: no CD4, attested uncontrolled HIV"_s, bl, NOT_MET, DOES_NOT_MEET,
        [cd4, hiv](CaseBuilder &b) { b.removeLab(cd4).attest(hiv, true); });
    // A CD4 outside the window counts as missing (POLICY-READING), so the
    // current attestation decides as if there were no CD4 at all.
    row(bl + u" met: CD4 150 on 2026-08-20 counts as missing, attested controlled HIV"_s, bl, MET, MEETS,
        setLab(cd4, 150, kWindowDayBefore));

    // c. Thrombocytopenia, defined as platelets below 50 x 10^9/L.
    const QString c = g + u".c"_s;
    const QString plt = u"platelets"_s;
    row(c + u" met: platelets 50"_s, c, MET, MEETS, setLab(plt, 50));
    row(c + u" not-met: platelets 49.9"_s, c, NOT_MET, DOES_NOT_MEET, setLab(plt, 49.9));
    row(c + u" not-met: platelets 49"_s, c, NOT_MET, DOES_NOT_MEET, setLab(plt, 49));
    row(c + u" met: platelets 50 on 2026-08-21, window edge"_s, c, MET, MEETS, setLab(plt, 50, kWindowFirstDay));
    row(c + u" not-met: platelets 49 on 2026-08-21, window edge"_s, c, NOT_MET, DOES_NOT_MEET,
        setLab(plt, 49, kWindowFirstDay));
    row(c + u" unknown: platelets 210 on 2026-08-20 outside 3 months"_s, c, UNKNOWN, NEEDS_INFO,
        setLab(plt, 210, kWindowDayBefore));
    row(c + u" unknown: platelets 40 on 2026-08-20 outside 3 months, not a denial"_s, c, UNKNOWN, NEEDS_INFO,
        setLab(plt, 40, kWindowDayBefore));
    row(c + u" unknown: no platelet count"_s, c, UNKNOWN, NEEDS_INFO, [plt](CaseBuilder &b) { b.removeLab(plt); });
    row(c + u" met: latest platelets 210 after an earlier 40"_s, c, MET, MEETS,
        [plt](CaseBuilder &b) { b.addLab(plt, 40, QDate(2026, 9, 1)); });
    row(c + u" not-met: latest platelets 45 after an earlier 210"_s, c, NOT_MET, DOES_NOT_MEET,
        [plt](CaseBuilder &b) { b.addLab(plt, 45, QDate(2026, 11, 15)); });

    // d. Advanced liver disease: FibroScan >= 9 kPa or METAVIR >= 3 in the
    // window is advanced (PHARMACY-109 defines it so, hence the measurement
    // decides); without one, the attestation.
    const QString d = g + u".d"_s;
    const QString kpa = u"liver-stiffness"_s;
    const QString metavir = u"metavir"_s;
    const QString ald = u"advanced-liver-disease"_s;
    row(d + u" met: FibroScan 8.9 kPa"_s, d, MET, MEETS, setLab(kpa, 8.9));
    row(d + u" not-met: FibroScan 9 kPa"_s, d, NOT_MET, DOES_NOT_MEET, setLab(kpa, 9));
    row(d + u" met: METAVIR 2, FibroScan 5.1 kPa"_s, d, MET, MEETS, setLab(metavir, 2));
    row(d + u" not-met: METAVIR 3, FibroScan 5.1 kPa"_s, d, NOT_MET, DOES_NOT_MEET, setLab(metavir, 3));
    row(d + u" not-met: METAVIR 3 alone, attested no advanced liver disease"_s, d, NOT_MET, DOES_NOT_MEET,
        [kpa, metavir](CaseBuilder &b) { b.removeLab(kpa).setLab(metavir, 3, kLabDate); });
    row(d + u" met: FibroScan 5.1 kPa wins over attested advanced liver disease"_s, d, MET, MEETS, attest(ald, true));
    row(d + u" met: FibroScan 8.9 kPa on 2026-08-21, window edge, not attested"_s, d, MET, MEETS,
        [kpa, ald](CaseBuilder &b) { b.setLab(kpa, 8.9, kWindowFirstDay).unattest(ald); });
    row(d + u" not-met: FibroScan 9 kPa on 2026-08-21, window edge, not attested"_s, d, NOT_MET, DOES_NOT_MEET,
        [kpa, ald](CaseBuilder &b) { b.setLab(kpa, 9, kWindowFirstDay).unattest(ald); });
    row(d + u" unknown: FibroScan 5.1 kPa on 2026-08-20 outside 3 months, not attested"_s, d, UNKNOWN, NEEDS_INFO,
        [kpa, ald](CaseBuilder &b) { b.setLab(kpa, 5.1, kWindowDayBefore).unattest(ald); });
    row(d + u" unknown: no elastography, no METAVIR, not attested"_s, d, UNKNOWN, NEEDS_INFO,
        [kpa, ald](CaseBuilder &b) { b.removeLab(kpa).unattest(ald); });
    row(d + u" met: no elastography, attested no advanced liver disease"_s, d, MET, MEETS,
        [kpa](CaseBuilder &b) { b.removeLab(kpa); });
    row(d + u" not-met: no elastography, attested advanced liver disease"_s, d, NOT_MET, DOES_NOT_MEET,
        [kpa, ald](CaseBuilder &b) { b.removeLab(kpa).attest(ald, true); });
    row(d + u" met: METAVIR 3 on 2026-08-20 outside 3 months, current FibroScan 5.1 kPa"_s, d, MET, MEETS,
        setLab(metavir, 3, kWindowDayBefore));
    row(d + u" not-met: FibroScan 9.5 kPa with METAVIR 2, either measure decides"_s, d, NOT_MET, DOES_NOT_MEET,
        [kpa, metavir](CaseBuilder &b) { b.setLab(kpa, 9.5, kLabDate).setLab(metavir, 2, kLabDate); });
    // As for CD4: a FibroScan outside the window counts as missing, and the
    // current attestation decides.
    row(d + u" met: FibroScan 12 kPa on 2026-08-20 counts as missing, attested no advanced liver disease"_s, d, MET,
        MEETS, setLab(kpa, 12, kWindowDayBefore));

    // e. A known coagulation disorder other than the hemophilia under review:
    // by diagnosis (D65-D69.x other than it) or by attestation.
    const QString e = g + u".e"_s;
    const QString other = u"other-coagulation-disorder"_s;
    row(e + u" met: attested none, no other coagulation diagnosis"_s, e, MET, MEETS, unchanged);
    row(e + u" met: a non-coagulation diagnosis E11.9 on file"_s, e, MET, MEETS,
        [](CaseBuilder &b) { b.addOtherDiagnosis(u"E11.9"_s); });
    row(e + u" not-met: von Willebrand disease D68.0 on file despite attestation"_s, e, NOT_MET, DOES_NOT_MEET,
        [](CaseBuilder &b) { b.addOtherDiagnosis(u"D68.0"_s); });
    row(e + u" not-met: other hemophilia "_s + p.otherHemophilia + u" on file"_s, e, NOT_MET, DOES_NOT_MEET,
        [p](CaseBuilder &b) { b.addOtherDiagnosis(p.otherHemophilia); });
    row(e + u" not-met: D69.1 on file, not attested"_s, e, NOT_MET, DOES_NOT_MEET,
        [other](CaseBuilder &b) { b.addOtherDiagnosis(u"D69.1"_s).unattest(other); });
    row(e + u" not-met: attested other coagulation disorder"_s, e, NOT_MET, DOES_NOT_MEET, attest(other, true));
    row(e + u" unknown: not attested, no other coagulation diagnosis"_s, e, UNKNOWN, NEEDS_INFO, unattest(other));
}

QStringList labelsOf(const Evaluation &ev)
{
    QStringList out;
    for (const auto &c : ev.criteria)
        out << c.label;
    return out;
}

const Policy &pharmacy109()
{
    const Policy *policy = library().inEffect(kPolicy, exampleAsOf());
    if (!policy)
        qFatal("pharmacy-109 is not in effect on the examples' as-of date");
    return *policy;
}

} // namespace

class TestCriteriaPharmacy109 final : public QObject
{
    Q_OBJECT

private:
    static void addColumns()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("recommendation");
        QTest::addColumn<Change>("change");
    }

    // Applies the row's change to the example, evaluates and checks.
    static void checkRow(const QString &example, const QString &pathway)
    {
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(QString, recommendation);
        QFETCH(Change, change);

        CaseBuilder b = CaseBuilder::fromExample(example);
        change(b);
        checkCriterion(b.evaluate(kPolicy), pathway, label, status, recommendation);
    }

private Q_SLOTS:
    // Both examples meet every criterion, and the criteria are exactly the
    // policy's labels, in its order.
    void completeExamples_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("pathway");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("Hemgenix all met: hg-01-complete")
            << u"hg-01-complete"_s << u"Hemgenix"_s
            << QStringList{u"Hemgenix.1"_s, u"Hemgenix.2"_s, u"Hemgenix.3"_s, u"Hemgenix.4"_s, u"Hemgenix.4.a"_s,
                           u"Hemgenix.4.b"_s, u"Hemgenix.5"_s, u"Hemgenix.6"_s, u"Hemgenix.7"_s, u"Hemgenix.8"_s,
                           u"Hemgenix.8.a"_s, u"Hemgenix.8.b"_s, u"Hemgenix.8.c"_s, u"Hemgenix.8.d"_s, u"Hemgenix.8.e"_s};
        QTest::newRow("Roctavian all met: ro-01-complete")
            << u"ro-01-complete"_s << u"Roctavian"_s
            << QStringList{u"Roctavian.1"_s, u"Roctavian.2"_s, u"Roctavian.3"_s, u"Roctavian.4"_s, u"Roctavian.5"_s,
                           u"Roctavian.6"_s, u"Roctavian.7"_s, u"Roctavian.8"_s, u"Roctavian.9"_s, u"Roctavian.9.a"_s,
                           u"Roctavian.9.b"_s, u"Roctavian.9.c"_s, u"Roctavian.9.d"_s, u"Roctavian.9.e"_s};
    }

    void completeExamples()
    {
        QFETCH(QString, example);
        QFETCH(QString, pathway);
        QFETCH(QStringList, labels);
        const Evaluation ev = CaseBuilder::fromExample(example).evaluate(kPolicy);
        QCOMPARE(ev.pathway, pathway);
        // Every group is listed, the section's own row first.
        QCOMPARE(labelsOf(ev), QStringList{pathway} + labels);
        for (const auto &c : ev.criteria)
            QVERIFY2(c.status == CriterionStatus::Met, qPrintable(u"%1 is %2: %3"_s.arg(c.label, statusName(c.status), c.reason)));
        QCOMPARE(recommendationName(ev.recommendation), MEETS);
        QVERIFY(ev.approval.has_value());
        QCOMPARE(ev.approval->durationMonths.value_or(0), 6);
        QVERIFY(ev.approval->oneTime);
        QCOMPARE(ev.approval->end, QDate(2027, 5, 20));
    }

    void hemgenix_data()
    {
        addColumns();
        const PathwayRows &p = kHemgenix;

        addPrescriberRows(p); // Hemgenix.1
        addAgeRows(p);        // Hemgenix.2

        // Hemgenix.3: diagnosis of congenital hemophilia B (D67) with factor
        // IX <= 2%. Not met by diagnosis is impossible inside this pathway: a
        // Hemgenix request without D67 takes no pathway and is referred to
        // Pharmacy-32 (see referrals()).
        const QString fix = u"fix-activity"_s;
        row(u"Hemgenix.3 met: factor IX 2%"_s, u"Hemgenix.3"_s, MET, MEETS, setLab(fix, 2, QDate(2026, 10, 1)));
        row(u"Hemgenix.3 met: factor IX 1.5% from 2020, item 3 has no window"_s, u"Hemgenix.3"_s, MET, MEETS,
            setLab(fix, 1.5, QDate(2020, 6, 1)));
        row(u"Hemgenix.3 not-met: factor IX 2.1%"_s, u"Hemgenix.3"_s, NOT_MET, DOES_NOT_MEET,
            setLab(fix, 2.1, QDate(2026, 10, 1)));
        row(u"Hemgenix.3 not-met: factor IX 5% (moderate)"_s, u"Hemgenix.3"_s, NOT_MET, DOES_NOT_MEET,
            setLab(fix, 5, QDate(2026, 10, 1)));
        row(u"Hemgenix.3 unknown: no factor IX activity"_s, u"Hemgenix.3"_s, UNKNOWN, NEEDS_INFO,
            [fix](CaseBuilder &b) { b.removeLab(fix); });
        // "factor IX deficiency ≤2% of normal" classifies severity: the
        // baseline, the lowest level on record at any date.
        row(u"Hemgenix.3 met: baseline 1.5% on record though the latest, on prophylaxis, is 8%"_s, u"Hemgenix.3"_s, MET,
            MEETS, [fix](CaseBuilder &b) { b.addLab(fix, 8, QDate(2026, 11, 10)); });
        row(u"Hemgenix.3 not-met: lowest of two levels is 3%"_s, u"Hemgenix.3"_s, NOT_MET, DOES_NOT_MEET,
            [fix](CaseBuilder &b) { b.setLab(fix, 3, QDate(2019, 4, 1)).addLab(fix, 9, QDate(2026, 11, 10)); });
        row(u"Hemgenix.3 unknown: no diagnosis on file"_s, u"Hemgenix.3"_s, UNKNOWN, NEEDS_INFO,
            [](CaseBuilder &b) { b.setDiagnoses({}); });

        // Hemgenix.4: life-threatening hemorrhages, or repeated serious
        // spontaneous bleeds despite continuous routine prophylaxis; AND 4.a, 4.b.
        const QString lth = u"life-threatening-hemorrhage"_s;
        const QString rep = u"repeated-serious-spontaneous-bleeds"_s;
        const QString pro = u"continuous-routine-prophylaxis"_s;
        const QString ed = u"exposure-days"_s;
        const QString conv = u"requested-for-convenience"_s;
        const QString h4 = u"Hemgenix.4"_s;
        row(u"Hemgenix.4 met: life-threatening hemorrhage"_s, h4, MET, MEETS, unchanged);
        row(u"Hemgenix.4 met: repeated bleeds despite prophylaxis, no life-threatening hemorrhage"_s, h4, MET, MEETS,
            attest(lth, false));
        row(u"Hemgenix.4 met: life-threatening hemorrhage, not on prophylaxis"_s, h4, MET, MEETS, attest(pro, false));
        row(u"Hemgenix.4 not-met: neither life-threatening hemorrhage nor repeated bleeds"_s, h4, NOT_MET, DOES_NOT_MEET,
            [lth, rep](CaseBuilder &b) { b.attest(lth, false).attest(rep, false); });
        row(u"Hemgenix.4 not-met: repeated bleeds but not on continuous prophylaxis"_s, h4, NOT_MET, DOES_NOT_MEET,
            [lth, pro](CaseBuilder &b) { b.attest(lth, false).attest(pro, false); });
        row(u"Hemgenix.4 not-met: 4.a 149 exposure days"_s, h4, NOT_MET, DOES_NOT_MEET, attest(ed, 149));
        row(u"Hemgenix.4 not-met: 4.b requested for convenience"_s, h4, NOT_MET, DOES_NOT_MEET, attest(conv, true));
        row(u"Hemgenix.4 unknown: bleeding history not attested"_s, h4, UNKNOWN, NEEDS_INFO,
            [lth, rep](CaseBuilder &b) { b.unattest(lth).unattest(rep); });
        row(u"Hemgenix.4 unknown: no life-threatening hemorrhage, prophylaxis not attested"_s, h4, UNKNOWN, NEEDS_INFO,
            [lth, pro](CaseBuilder &b) { b.attest(lth, false).unattest(pro); });
        row(u"Hemgenix.4 unknown: 4.b convenience not attested"_s, h4, UNKNOWN, NEEDS_INFO, unattest(conv));

        // Hemgenix.4.a: "Patients on prophylactic factor IX therapy must have
        // had a minimum of 150 exposure days": only for patients on
        // prophylaxis; otherwise not applicable (and met in its group).
        const QString h4a = u"Hemgenix.4.a"_s;
        row(u"Hemgenix.4.a met: 150 exposure days on prophylaxis"_s, h4a, MET, MEETS, attest(ed, 150));
        row(u"Hemgenix.4.a not-met: 149 exposure days on prophylaxis"_s, h4a, NOT_MET, DOES_NOT_MEET, attest(ed, 149));
        row(u"Hemgenix.4.a unknown: exposure days not attested"_s, h4a, UNKNOWN, NEEDS_INFO, unattest(ed));
        row(u"Hemgenix.4.a not-applicable: not on prophylaxis"_s, h4a, NOT_APPLICABLE, MEETS, attest(pro, false));
        row(u"Hemgenix.4.a not-applicable: not on prophylaxis, 10 exposure days"_s, h4a, NOT_APPLICABLE, MEETS,
            [pro, ed](CaseBuilder &b) { b.attest(pro, false).attest(ed, 10); });
        row(u"Hemgenix.4.a unknown: prophylaxis not attested, 149 exposure days"_s, h4a, UNKNOWN, NEEDS_INFO,
            [pro, ed](CaseBuilder &b) { b.unattest(pro).attest(ed, 149); });
        row(u"Hemgenix.4.a met: prophylaxis not attested, 220 exposure days"_s, h4a, MET, MEETS, unattest(pro));

        // Hemgenix.4.b: use due to convenience is not authorized.
        const QString h4b = u"Hemgenix.4.b"_s;
        row(u"Hemgenix.4.b met: not requested for convenience"_s, h4b, MET, MEETS, unchanged);
        row(u"Hemgenix.4.b not-met: requested for convenience"_s, h4b, NOT_MET, DOES_NOT_MEET, attest(conv, true));
        row(u"Hemgenix.4.b unknown: convenience not attested"_s, h4b, UNKNOWN, NEEDS_INFO, unattest(conv));

        // Hemgenix.5: documentation that the patient was SCREENED for AAV5
        // NAbs: any result, or the screening attestation (Hemgenix does not
        // exclude NAb-positive patients).
        const QString h5 = u"Hemgenix.5"_s;
        const QString nab = u"aav5-nab"_s;
        row(u"Hemgenix.5 met: AAV5 NAb titer 1:50 on file"_s, h5, MET, MEETS, unchanged);
        row(u"Hemgenix.5 met: AAV5 NAb titer 1:1000, screening is what is required"_s, h5, MET, MEETS,
            [](CaseBuilder &b) { b.setTiter(u"1:1000"_s, QDate(2026, 10, 15)); });
        row(u"Hemgenix.5 met: no titer, screening attested"_s, h5, MET, MEETS, [nab](CaseBuilder &b) { b.removeLab(nab); });
        row(u"Hemgenix.5 not-met: no titer, attested not screened"_s, h5, NOT_MET, DOES_NOT_MEET,
            [nab](CaseBuilder &b) { b.removeLab(nab).attest(u"aav5-nab-screened"_s, false); });
        row(u"Hemgenix.5 unknown: no titer, screening not attested"_s, h5, UNKNOWN, NEEDS_INFO,
            [nab](CaseBuilder &b) { b.removeLab(nab).unattest(u"aav5-nab-screened"_s); });

        addInhibitorRows(p); // Hemgenix.6

        // Hemgenix.7: no prior gene therapy. Its not-met side is the policy's
        // not-covered condition (retreatment is investigational): see
        // notCoveredConditions().
        const QString h7 = u"Hemgenix.7"_s;
        const QString prior = u"prior-gene-therapy"_s;
        row(u"Hemgenix.7 met: no prior gene therapy"_s, h7, MET, MEETS, unchanged);
        row(u"Hemgenix.7 not-met: prior gene therapy"_s, h7, NOT_MET, NOT_COVERED, attest(prior, true));
        row(u"Hemgenix.7 unknown: prior gene therapy not attested"_s, h7, UNKNOWN, NEEDS_INFO, unattest(prior));

        addExclusionRows(p); // Hemgenix.8, 8.a-8.e
    }

    void hemgenix()
    {
        checkRow(u"hg-01-complete"_s, u"Hemgenix"_s);
    }

    void roctavian_data()
    {
        addColumns();
        const PathwayRows &p = kRoctavian;

        addPrescriberRows(p); // Roctavian.1
        addAgeRows(p);        // Roctavian.2

        // Roctavian.3: severe hemophilia A (D66) with FVIII activity less than
        // 1 IU/dL. Not met by diagnosis is impossible inside this pathway: a
        // Roctavian request without D66 is referred (see referrals()).
        const QString f8 = u"fviii-activity"_s;
        const QString r3 = u"Roctavian.3"_s;
        row(u"Roctavian.3 met: FVIII 0.99%"_s, r3, MET, MEETS, setLab(f8, 0.99, QDate(2026, 10, 1)));
        row(u"Roctavian.3 not-met: FVIII 1% is moderate"_s, r3, NOT_MET, DOES_NOT_MEET, setLab(f8, 1, QDate(2026, 10, 1)));
        row(u"Roctavian.3 not-met: FVIII 3%"_s, r3, NOT_MET, DOES_NOT_MEET, setLab(f8, 3, QDate(2026, 10, 1)));
        row(u"Roctavian.3 unknown: no FVIII activity"_s, r3, UNKNOWN, NEEDS_INFO, [f8](CaseBuilder &b) { b.removeLab(f8); });
        // "FVIII activity less than 1 IU/dL" classifies severity: the baseline,
        // the lowest level on record at any date.
        row(u"Roctavian.3 met: baseline 0.5% on record though the latest, on prophylaxis, is 4%"_s, r3, MET, MEETS,
            [f8](CaseBuilder &b) { b.setLab(f8, 0.5, QDate(2018, 1, 15)).addLab(f8, 4, QDate(2026, 11, 10)); });
        row(u"Roctavian.3 not-met: lowest of two levels is 1%"_s, r3, NOT_MET, DOES_NOT_MEET,
            [f8](CaseBuilder &b) { b.setLab(f8, 1, QDate(2018, 1, 15)).addLab(f8, 6, QDate(2026, 11, 10)); });
        row(u"Roctavian.3 unknown: no diagnosis on file"_s, r3, UNKNOWN, NEEDS_INFO,
            [](CaseBuilder &b) { b.setDiagnoses({}); });

        // Roctavian.4: life-threatening hemorrhages, or repeated serious
        // spontaneous bleeds despite continuous routine prophylaxis. Roctavian
        // has no exposure-day minimum and no sub-items.
        const QString lth = u"life-threatening-hemorrhage"_s;
        const QString rep = u"repeated-serious-spontaneous-bleeds"_s;
        const QString pro = u"continuous-routine-prophylaxis"_s;
        const QString r4 = u"Roctavian.4"_s;
        row(u"Roctavian.4 met: life-threatening hemorrhage"_s, r4, MET, MEETS, unchanged);
        row(u"Roctavian.4 met: repeated bleeds despite prophylaxis, no life-threatening hemorrhage"_s, r4, MET, MEETS,
            attest(lth, false));
        row(u"Roctavian.4 met: 10 exposure days, no exposure-day minimum"_s, r4, MET, MEETS,
            attest(u"exposure-days"_s, 10));
        row(u"Roctavian.4 not-met: neither life-threatening hemorrhage nor repeated bleeds"_s, r4, NOT_MET, DOES_NOT_MEET,
            [lth, rep](CaseBuilder &b) { b.attest(lth, false).attest(rep, false); });
        row(u"Roctavian.4 not-met: repeated bleeds but not on continuous prophylaxis"_s, r4, NOT_MET, DOES_NOT_MEET,
            [lth, pro](CaseBuilder &b) { b.attest(lth, false).attest(pro, false); });
        row(u"Roctavian.4 unknown: bleeding history not attested"_s, r4, UNKNOWN, NEEDS_INFO,
            [lth, rep](CaseBuilder &b) { b.unattest(lth).unattest(rep); });
        row(u"Roctavian.4 unknown: no life-threatening hemorrhage, prophylaxis not attested"_s, r4, UNKNOWN, NEEDS_INFO,
            [lth, pro](CaseBuilder &b) { b.attest(lth, false).unattest(pro); });

        // Roctavian.5: documentation that the patient does NOT HAVE AAV5 NAbs:
        // a result is needed; screening alone does not show absence.
        const QString r5 = u"Roctavian.5"_s;
        const QDate nabDate(2026, 10, 15);
        row(u"Roctavian.5 met: AAV5 NAb not detected"_s, r5, MET, MEETS, unchanged);
        row(u"Roctavian.5 met: AAV5 NAb <1:5, below the lowest dilution"_s, r5, MET, MEETS,
            [nabDate](CaseBuilder &b) { b.setTiter(u"<1:5"_s, nabDate); });
        row(u"Roctavian.5 not-met: AAV5 NAb 1:5 detected"_s, r5, NOT_MET, DOES_NOT_MEET,
            [nabDate](CaseBuilder &b) { b.setTiter(u"1:5"_s, nabDate); });
        row(u"Roctavian.5 not-met: AAV5 NAb 1:50 detected"_s, r5, NOT_MET, DOES_NOT_MEET,
            [nabDate](CaseBuilder &b) { b.setTiter(u"1:50"_s, nabDate); });
        row(u"Roctavian.5 unknown: no AAV5 NAb result, screening attested"_s, r5, UNKNOWN, NEEDS_INFO,
            [](CaseBuilder &b) { b.removeLab(u"aav5-nab"_s); });
        row(u"Roctavian.5 unknown: no AAV5 NAb result, screening not attested"_s, r5, UNKNOWN, NEEDS_INFO,
            [](CaseBuilder &b) { b.removeLab(u"aav5-nab"_s).unattest(u"aav5-nab-screened"_s); });

        addInhibitorRows(p); // Roctavian.6

        // Roctavian.7: use due to convenience is not authorized.
        const QString r7 = u"Roctavian.7"_s;
        const QString conv = u"requested-for-convenience"_s;
        row(u"Roctavian.7 met: not requested for convenience"_s, r7, MET, MEETS, unchanged);
        row(u"Roctavian.7 not-met: requested for convenience"_s, r7, NOT_MET, DOES_NOT_MEET, attest(conv, true));
        row(u"Roctavian.7 unknown: convenience not attested"_s, r7, UNKNOWN, NEEDS_INFO, unattest(conv));

        // Roctavian.8: no prior gene therapy (retreatment is investigational:
        // the policy's not-covered condition, see notCoveredConditions()).
        const QString r8 = u"Roctavian.8"_s;
        const QString prior = u"prior-gene-therapy"_s;
        row(u"Roctavian.8 met: no prior gene therapy"_s, r8, MET, MEETS, unchanged);
        row(u"Roctavian.8 not-met: prior gene therapy"_s, r8, NOT_MET, NOT_COVERED, attest(prior, true));
        row(u"Roctavian.8 unknown: prior gene therapy not attested"_s, r8, UNKNOWN, NEEDS_INFO, unattest(prior));

        addExclusionRows(p); // Roctavian.9, 9.a-9.e
    }

    void roctavian()
    {
        checkRow(u"ro-01-complete"_s, u"Roctavian"_s);
    }

    // The policy's not-covered conditions (Hemgenix.7 / Roctavian.8):
    // retreatment after any gene therapy is investigational. Not covered
    // outranks every other recommendation.
    void notCoveredConditions_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("recommendation");
        QTest::addColumn<Change>("change");

        const QString hg = u"hg-01-complete"_s;
        const QString ro = u"ro-01-complete"_s;
        const QString h7 = u"Hemgenix.7"_s;
        const QString r8 = u"Roctavian.8"_s;
        const Change prior = attest(u"prior-gene-therapy"_s, true);
        auto add = [](const char *name, const QString &example, const QString &label, const QString &status,
                      const QString &rec, const Change &change) {
            QTest::newRow(name) << example << label << status << rec << change;
        };

        add("Hemgenix.7 not-covered met: prior gene therapy", hg, h7, MET, NOT_COVERED, prior);
        add("Hemgenix.7 not-covered not-met: no prior gene therapy", hg, h7, NOT_MET, MEETS, unchanged);
        add("Hemgenix.7 not-covered unknown: prior gene therapy not attested", hg, h7, UNKNOWN, NEEDS_INFO,
            unattest(u"prior-gene-therapy"_s));
        add("Hemgenix.7 not-covered met: outranks does-not-meet (age 17)", hg, h7, MET, NOT_COVERED,
            [prior](CaseBuilder &b) { prior(b); b.setBirthDate(QDate(2008, 11, 22)); });
        add("Hemgenix.7 not-covered met: outranks needs-information (no platelets)", hg, h7, MET, NOT_COVERED,
            [prior](CaseBuilder &b) { prior(b); b.removeLab(u"platelets"_s); });
        add("Hemgenix.7 not-covered met: outranks refer (diagnosis D66)", hg, h7, MET, NOT_COVERED,
            [prior](CaseBuilder &b) { prior(b); b.setDiagnoses({u"D66"_s}); });
        add("Hemgenix.7 not-covered not-applicable: Roctavian request", ro, h7, NOT_APPLICABLE, NOT_COVERED, prior);

        add("Roctavian.8 not-covered met: prior gene therapy", ro, r8, MET, NOT_COVERED, prior);
        add("Roctavian.8 not-covered not-met: no prior gene therapy", ro, r8, NOT_MET, MEETS, unchanged);
        add("Roctavian.8 not-covered unknown: prior gene therapy not attested", ro, r8, UNKNOWN, NEEDS_INFO,
            unattest(u"prior-gene-therapy"_s));
        add("Roctavian.8 not-covered met: outranks does-not-meet (FVIII 3%)", ro, r8, MET, NOT_COVERED,
            [prior](CaseBuilder &b) { prior(b); b.setLab(u"fviii-activity"_s, 3, QDate(2026, 10, 1)); });
        add("Roctavian.8 not-covered met: outranks refer (diagnosis D67)", ro, r8, MET, NOT_COVERED,
            [prior](CaseBuilder &b) { prior(b); b.setDiagnoses({u"D67"_s}); });
        add("Roctavian.8 not-covered not-applicable: Hemgenix request", hg, r8, NOT_APPLICABLE, NOT_COVERED, prior);
    }

    void notCoveredConditions()
    {
        QFETCH(QString, example);
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(QString, recommendation);
        QFETCH(Change, change);

        CaseBuilder b = CaseBuilder::fromExample(example);
        change(b);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(notCoveredStatus(ev, label), status);
        QCOMPARE(recommendationName(ev.recommendation), recommendation);
        if (recommendation == NOT_COVERED) {
            QVERIFY2(ev.recommendationReason.contains(u"Hemgenix.7"_s) || ev.recommendationReason.contains(u"Roctavian.8"_s),
                     qPrintable(ev.recommendationReason));
            QVERIFY(!ev.approval.has_value());
        }
    }

    // A request for a drug of this policy whose diagnosis is not the one its
    // section lists is referred to the off-label policy, Pharmacy-32, for
    // every line of business (policy guidelines 3 and 8).
    void referrals_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<Change>("change");

        QTest::newRow("Hemgenix refer: diagnosis D66 (hemophilia A)") << u"hg-01-complete"_s << Change([](CaseBuilder &b) {
            b.setDiagnoses({u"D66"_s});
        });
        QTest::newRow("Hemgenix refer: diagnosis D68.2 (factor VII deficiency)") << u"hg-01-complete"_s << Change([](CaseBuilder &b) {
            b.setDiagnoses({u"D68.2"_s});
        });
        QTest::newRow("Hemgenix refer: diagnosis D66, medicaid") << u"hg-01-complete"_s << Change([](CaseBuilder &b) {
            b.setDiagnoses({u"D66"_s}).setLineOfBusiness(u"medicaid"_s);
        });
        QTest::newRow("Roctavian refer: diagnosis D67 (hemophilia B)") << u"ro-01-complete"_s << Change([](CaseBuilder &b) {
            b.setDiagnoses({u"D67"_s});
        });
        QTest::newRow("Roctavian refer: diagnosis D68.311 (acquired hemophilia)") << u"ro-01-complete"_s << Change([](CaseBuilder &b) {
            b.setDiagnoses({u"D68.311"_s});
        });
    }

    void referrals()
    {
        QFETCH(QString, example);
        QFETCH(Change, change);
        CaseBuilder b = CaseBuilder::fromExample(example);
        change(b);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(recommendationName(ev.recommendation), REFER);
        QCOMPARE(ev.referTo, u"Pharmacy-32"_s);
        QVERIFY2(ev.recommendationReason.contains(u"Pharmacy-32"_s), qPrintable(ev.recommendationReason));
        QVERIFY(!ev.approval.has_value());
        // The drug's own section is shown, with its item 3 (the diagnosis) not met.
        const QString section = ev.drug == u"hemgenix"_s ? u"Hemgenix"_s : u"Roctavian"_s;
        QVERIFY(!ev.criteria.isEmpty());
        QCOMPARE(ev.criteria.first().label, section);
        QCOMPARE(statusOf(ev, section), NOT_MET);
        QCOMPARE(statusOf(ev, section + u".3"_s), NOT_MET);
        for (const auto &c : ev.criteria)
            QVERIFY2(c.label == section || c.label.startsWith(section + u'.'), qPrintable(c.label));
    }

    // Policy Application: commercial, Medicare Advantage, QHP / off-exchange
    // (marketplace), Essential Plan, Medicaid/HARP, CHP, D-SNP are checked;
    // Medicare Part D and FEP are not.
    void linesOfBusiness_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("lob");
        QTest::addColumn<bool>("applies");
        const QStringList applies{u"commercial"_s, u"medicare-advantage"_s, u"marketplace"_s, u"essential-plan"_s,
                                  u"medicaid"_s, u"chip"_s, u"d-snp"_s};
        const QStringList excluded{u"medicare-part-d"_s, u"fep"_s};
        for (const auto &[drug, example] : {std::pair{u"Hemgenix"_s, u"hg-01-complete"_s}, std::pair{u"Roctavian"_s, u"ro-01-complete"_s}}) {
            for (const QString &lob : applies)
                QTest::newRow(u"%1 %2: policy applies"_s.arg(drug, lob).toUtf8().constData()) << example << lob << true;
            for (const QString &lob : excluded)
                QTest::newRow(u"%1 %2: policy does not apply"_s.arg(drug, lob).toUtf8().constData()) << example << lob << false;
        }
    }

    void linesOfBusiness()
    {
        QFETCH(QString, example);
        QFETCH(QString, lob);
        QFETCH(bool, applies);
        CaseBuilder b = CaseBuilder::fromExample(example);
        b.setLineOfBusiness(lob);
        const auto why = Evaluator::whyNotApplicable(pharmacy109(), b.facts());
        if (applies) {
            QVERIFY2(!why.has_value(), qPrintable(why.value_or(QString())));
            QCOMPARE(recommendationName(b.evaluate(kPolicy).recommendation), MEETS);
        } else {
            QVERIFY(why.has_value());
            QVERIFY2(why->contains(lob), qPrintable(*why));
        }
    }
};

QTEST_GUILESS_MAIN(TestCriteriaPharmacy109)
#include "tst_criteria_pharmacy_109.moc"
