// Cigna IP0535 (Hemgenix), criterion by criterion: every label of the policy
// (1.A … 1.O with their sub-labels, and the conditions not covered "1" and
// "2") is made met, not met and unknown by changing one fact of the worked
// example hg-01-complete (every criterion met as of 2026-11-21).
//
// The expected results come from the policy text
// (../shared/policies/cigna-ip0535-hemgenix.txt) read as
// ../shared/design/POLICY-READING.md says, not from the engine: where the two
// disagree the row keeps the policy's answer and carries a QEXPECT_FAIL
// naming the suspected engine or policy-file defect.

#include "CriteriaSupport.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <vector>

using namespace testsupport;
using namespace Qt::StringLiterals;

// The one change a row makes to the example case.
struct CaseChange
{
    std::function<void(CaseBuilder &)> apply;
};
Q_DECLARE_METATYPE(CaseChange)

namespace {

constexpr const char *Met = "met";
constexpr const char *NotMet = "not-met";
constexpr const char *Unknown = "unknown";

constexpr const char *Meets = "meets-criteria";
constexpr const char *DoesNotMeet = "does-not-meet-criteria";
constexpr const char *NeedsInformation = "needs-information";
constexpr const char *NotCovered = "not-covered";

// The example's labs were drawn on 2026-11-05. Windows are counted back from
// the as-of date 2026-11-21, inclusive: "within 30 days" admits 2026-10-22
// and not 2026-10-21.
const QDate kLabDay(2026, 11, 5);
const QDate kWeightDay(2026, 11, 10);
const QDate k30DaysBack(2026, 10, 22);
const QDate k31DaysBack(2026, 10, 21);

// The example's reference ranges (upper limits of normal).
constexpr double kAltUln = 40;
constexpr double kAstUln = 40;
constexpr double kBilirubinUln = 1.2;
constexpr double kAlpUln = 120;
constexpr double kCreatinineUln = 1.3;

struct Row
{
    const char *name; // the policy label and the outcome, as a reviewer would say it
    const char *label; // the criterion asserted
    const char *status; // its expected status
    const char *recommendation; // the expected recommendation for the whole case
    std::function<void(CaseBuilder &)> change; // empty: the example as it is
};

// clang-format off
const std::vector<Row> &rows()
{
    static const std::vector<Row> table = {
        // ---- 1.A Patient is male*. ------------------------------------------------------
        {"1.A met: male at birth", "1.A", Met, Meets,
         [](CaseBuilder &c) { c.setSexAtBirth(u"male"_s); }},
        {"1.A not-met: female at birth", "1.A", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setSexAtBirth(u"female"_s); }},
        {"1.A unknown: sex at birth not recorded", "1.A", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setSexAtBirth(QString()); }},
        {"1.A unknown: sex at birth recorded as unknown", "1.A", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setSexAtBirth(u"unknown"_s); }},

        // ---- 1.B Patient is ≥ 18 years of age (whole years at the as-of date). ----------
        {"1.B met: 18th birthday on the as-of date", "1.B", Met, Meets,
         [](CaseBuilder &c) { c.setBirthDate(QDate(2008, 11, 21)); }},
        {"1.B not-met: 18th birthday the day after the as-of date", "1.B", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setBirthDate(QDate(2008, 11, 22)); }},
        {"1.B unknown: no birth date", "1.B", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.removeBirthDate(); }},

        // ---- 1.C Patient has not received a gene therapy for hemophilia B in the past;
        //      the prescribing physician confirms no prior Hemgenix or Beqvez. ------------
        {"1.C met: prescriber confirms no prior Hemgenix or Beqvez", "1.C", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"prior-gene-therapy"_s, false); }},
        // Prior gene therapy is also the not-covered condition 1, which outranks "does not meet".
        {"1.C not-met: prior gene therapy for hemophilia B", "1.C", NotMet, NotCovered,
         [](CaseBuilder &c) { c.attest(u"prior-gene-therapy"_s, true); }},
        {"1.C unknown: no confirmation on prior gene therapy", "1.C", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"prior-gene-therapy"_s); }},

        // ---- 1.D baseline Factor IX level ≤ 2% of normal (no window in the policy). ------
        {"1.D met: baseline Factor IX level exactly 2%", "1.D", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"fix-activity"_s, 2.0, QDate(2026, 10, 1)); }},
        {"1.D met: baseline Factor IX level 1% from 2019 (the policy sets no window)", "1.D", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"fix-activity"_s, 1.0, QDate(2019, 3, 1)); }},
        {"1.D not-met: baseline Factor IX level 2.1%", "1.D", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"fix-activity"_s, 2.1, QDate(2026, 10, 1)); }},
        {"1.D unknown: no Factor IX level on file", "1.D", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.removeLab(u"fix-activity"_s); }},
        // "baseline (without Factor IX replacement therapy)": the lowest level
        // on record, any date; a trough drawn on prophylaxis only raises it.
        {"1.D met: baseline 1.5% on record though the latest trough on prophylaxis is 6%", "1.D", Met, Meets,
         [](CaseBuilder &c) { c.addLab(u"fix-activity"_s, 6.0, QDate(2026, 11, 12)); }},
        {"1.D met: baseline 0.9% from 2014, later levels 3% and 2.5%", "1.D", Met, Meets,
         [](CaseBuilder &c) {
             c.setLab(u"fix-activity"_s, 0.9, QDate(2014, 5, 1));
             c.addLab(u"fix-activity"_s, 3.0, QDate(2025, 1, 1));
             c.addLab(u"fix-activity"_s, 2.5, QDate(2026, 10, 1));
         }},
        {"1.D not-met: lowest of two levels is 2.5%", "1.D", NotMet, DoesNotMeet,
         [](CaseBuilder &c) {
             c.setLab(u"fix-activity"_s, 2.5, QDate(2020, 7, 1));
             c.addLab(u"fix-activity"_s, 7.0, QDate(2026, 10, 1));
         }},

        // ---- 1.E.i ≥ 150 exposure days, according to the prescribing physician. ---------
        // The example also meets 1.E.ii and 1.E.iii, so 1.E (ONE of) stays met.
        {"1.E.i met: 150 exposure days", "1.E.i", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"exposure-days"_s, 150); }},
        {"1.E.i not-met: 149 exposure days", "1.E.i", NotMet, Meets,
         [](CaseBuilder &c) { c.attest(u"exposure-days"_s, 149); }},
        {"1.E.i unknown: no attestation on exposure days", "1.E.i", Unknown, Meets,
         [](CaseBuilder &c) { c.unattest(u"exposure-days"_s); }},

        // ---- 1.E.ii.a history of life-threatening hemorrhage. ---------------------------
        {"1.E.ii.a met: life-threatening hemorrhage attested", "1.E.ii.a", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"life-threatening-hemorrhage"_s, true); }},
        {"1.E.ii.a not-met: no life-threatening hemorrhage", "1.E.ii.a", NotMet, Meets,
         [](CaseBuilder &c) { c.attest(u"life-threatening-hemorrhage"_s, false); }},
        {"1.E.ii.a unknown: no attestation on life-threatening hemorrhage", "1.E.ii.a", Unknown, Meets,
         [](CaseBuilder &c) { c.unattest(u"life-threatening-hemorrhage"_s); }},

        // ---- 1.E.ii.b on-demand Factor IX required for this life-threatening hemorrhage. -
        {"1.E.ii.b met: on-demand Factor IX was required for it", "1.E.ii.b", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"on-demand-factor-for-life-threatening-hemorrhage"_s, true); }},
        {"1.E.ii.b not-met: on-demand Factor IX was not required for it", "1.E.ii.b", NotMet, Meets,
         [](CaseBuilder &c) { c.attest(u"on-demand-factor-for-life-threatening-hemorrhage"_s, false); }},
        {"1.E.ii.b unknown: no attestation on on-demand Factor IX for it", "1.E.ii.b", Unknown, Meets,
         [](CaseBuilder &c) { c.unattest(u"on-demand-factor-for-life-threatening-hemorrhage"_s); }},

        // ---- 1.E.ii BOTH a and b. --------------------------------------------------------
        {"1.E.ii met: a and b both attested", "1.E.ii", Met, Meets, {}},
        {"1.E.ii not-met: a not met, b met", "1.E.ii", NotMet, Meets,
         [](CaseBuilder &c) { c.attest(u"life-threatening-hemorrhage"_s, false); }},
        {"1.E.ii not-met: a unknown, b not met", "1.E.ii", NotMet, Meets,
         [](CaseBuilder &c) {
             c.unattest(u"life-threatening-hemorrhage"_s);
             c.attest(u"on-demand-factor-for-life-threatening-hemorrhage"_s, false);
         }},
        {"1.E.ii unknown: a unknown, b met", "1.E.ii", Unknown, Meets,
         [](CaseBuilder &c) { c.unattest(u"life-threatening-hemorrhage"_s); }},

        // ---- 1.E.iii.a history of repeated, serious spontaneous bleeding episodes. ------
        {"1.E.iii.a met: repeated serious spontaneous bleeds attested", "1.E.iii.a", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"repeated-serious-spontaneous-bleeds"_s, true); }},
        {"1.E.iii.a not-met: no repeated serious spontaneous bleeds", "1.E.iii.a", NotMet, Meets,
         [](CaseBuilder &c) { c.attest(u"repeated-serious-spontaneous-bleeds"_s, false); }},
        {"1.E.iii.a unknown: no attestation on spontaneous bleeds", "1.E.iii.a", Unknown, Meets,
         [](CaseBuilder &c) { c.unattest(u"repeated-serious-spontaneous-bleeds"_s); }},

        // ---- 1.E.iii.b on-demand Factor IX required for these bleeding episodes. --------
        {"1.E.iii.b met: on-demand Factor IX was required for them", "1.E.iii.b", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"on-demand-factor-for-spontaneous-bleeds"_s, true); }},
        {"1.E.iii.b not-met: on-demand Factor IX was not required for them", "1.E.iii.b", NotMet, Meets,
         [](CaseBuilder &c) { c.attest(u"on-demand-factor-for-spontaneous-bleeds"_s, false); }},
        {"1.E.iii.b unknown: no attestation on on-demand Factor IX for them", "1.E.iii.b", Unknown, Meets,
         [](CaseBuilder &c) { c.unattest(u"on-demand-factor-for-spontaneous-bleeds"_s); }},

        // ---- 1.E.iii BOTH a and b. -------------------------------------------------------
        {"1.E.iii met: a and b both attested", "1.E.iii", Met, Meets, {}},
        {"1.E.iii not-met: a met, b not met", "1.E.iii", NotMet, Meets,
         [](CaseBuilder &c) { c.attest(u"on-demand-factor-for-spontaneous-bleeds"_s, false); }},
        {"1.E.iii unknown: a met, b unknown", "1.E.iii", Unknown, Meets,
         [](CaseBuilder &c) { c.unattest(u"on-demand-factor-for-spontaneous-bleeds"_s); }},

        // ---- 1.E ONE of i, ii or iii. ----------------------------------------------------
        {"1.E met by i alone: no life-threatening hemorrhage, no repeated spontaneous bleeds", "1.E", Met, Meets,
         [](CaseBuilder &c) {
             c.attest(u"life-threatening-hemorrhage"_s, false);
             c.attest(u"repeated-serious-spontaneous-bleeds"_s, false);
         }},
        {"1.E met by ii alone: 149 exposure days, no repeated spontaneous bleeds", "1.E", Met, Meets,
         [](CaseBuilder &c) {
             c.attest(u"exposure-days"_s, 149);
             c.attest(u"repeated-serious-spontaneous-bleeds"_s, false);
         }},
        {"1.E met by iii alone: 149 exposure days, no life-threatening hemorrhage", "1.E", Met, Meets,
         [](CaseBuilder &c) {
             c.attest(u"exposure-days"_s, 149);
             c.attest(u"life-threatening-hemorrhage"_s, false);
         }},
        {"1.E not-met: 149 exposure days, no life-threatening hemorrhage, no repeated spontaneous bleeds", "1.E", NotMet, DoesNotMeet,
         [](CaseBuilder &c) {
             c.attest(u"exposure-days"_s, 149);
             c.attest(u"life-threatening-hemorrhage"_s, false);
             c.attest(u"repeated-serious-spontaneous-bleeds"_s, false);
         }},
        {"1.E unknown: exposure days not attested, ii and iii not met", "1.E", Unknown, NeedsInformation,
         [](CaseBuilder &c) {
             c.unattest(u"exposure-days"_s);
             c.attest(u"life-threatening-hemorrhage"_s, false);
             c.attest(u"repeated-serious-spontaneous-bleeds"_s, false);
         }},

        // ---- 1.F.i Factor IX inhibitor titer testing performed within 30 days. ---------
        // Not met is impossible: this is a presence check, and a test that is missing or
        // outside the window counts as missing, which is unknown (POLICY-READING).
        {"1.F.i met: titer test 16 days old", "1.F.i", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"fix-inhibitor"_s, 0.0, kLabDay); }},
        {"1.F.i met: titer test exactly 30 days old (2026-10-22)", "1.F.i", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"fix-inhibitor"_s, 0.0, k30DaysBack); }},
        {"1.F.i unknown: test 31 days old (2026-10-21)", "1.F.i", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"fix-inhibitor"_s, 0.0, k31DaysBack); }},
        {"1.F.i unknown: no titer test on file", "1.F.i", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.removeLab(u"fix-inhibitor"_s); }},

        // ---- 1.F.ii Patient is negative for Factor IX inhibitors (≥ 0.6 BU is positive). -
        {"1.F.ii met: titer 0.59 BU is negative", "1.F.ii", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"fix-inhibitor"_s, 0.59, kLabDay); }},
        // A positive titer is also a history of Factor IX inhibitors: not covered (2).
        {"1.F.ii not-met: titer 0.6 BU is positive", "1.F.ii", NotMet, NotCovered,
         [](CaseBuilder &c) { c.setLab(u"fix-inhibitor"_s, 0.6, kLabDay); }},
        {"1.F.ii met: latest titer negative, an earlier one 0.6 BU (not covered by 2)", "1.F.ii", Met, NotCovered,
         [](CaseBuilder &c) { c.addLab(u"fix-inhibitor"_s, 0.6, QDate(2024, 3, 1)); }},
        {"1.F.ii unknown: titer test 31 days old (2026-10-21)", "1.F.ii", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"fix-inhibitor"_s, 0.0, k31DaysBack); }},

        // ---- 1.F ALL of i and ii. --------------------------------------------------------
        {"1.F met: negative titer 16 days old", "1.F", Met, Meets, {}},
        {"1.F not-met: titer 1.2 BU", "1.F", NotMet, NotCovered,
         [](CaseBuilder &c) { c.setLab(u"fix-inhibitor"_s, 1.2, kLabDay); }},
        {"1.F unknown: titer test 31 days old", "1.F", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"fix-inhibitor"_s, 0.0, k31DaysBack); }},

        // ---- 1.G.i no active infection with hepatitis B or hepatitis C virus. ----------
        {"1.G.i met: no active hepatitis B or C", "1.G.i", Met, Meets,
         [](CaseBuilder &c) {
             c.attest(u"hbv-active"_s, false);
             c.attest(u"hcv-active"_s, false);
         }},
        {"1.G.i not-met: active hepatitis B", "1.G.i", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.attest(u"hbv-active"_s, true); }},
        {"1.G.i not-met: active hepatitis C", "1.G.i", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.attest(u"hcv-active"_s, true); }},
        {"1.G.i not-met: active hepatitis C, hepatitis B not attested", "1.G.i", NotMet, DoesNotMeet,
         [](CaseBuilder &c) {
             c.attest(u"hcv-active"_s, true);
             c.unattest(u"hbv-active"_s);
         }},
        {"1.G.i unknown: no attestation on hepatitis B", "1.G.i", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"hbv-active"_s); }},
        {"1.G.i unknown: no attestation on hepatitis C", "1.G.i", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"hcv-active"_s); }},

        // ---- 1.G.ii not currently receiving antiviral therapy for prior HBV/HCV. -------
        {"1.G.ii met: no antiviral therapy", "1.G.ii", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"hepatitis-antiviral-therapy"_s, false); }},
        {"1.G.ii not-met: on antiviral therapy for prior hepatitis", "1.G.ii", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.attest(u"hepatitis-antiviral-therapy"_s, true); }},
        {"1.G.ii unknown: no attestation on antiviral therapy", "1.G.ii", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"hepatitis-antiviral-therapy"_s); }},

        // ---- 1.G BOTH i and ii. ----------------------------------------------------------
        {"1.G met: no active hepatitis, no antivirals", "1.G", Met, Meets, {}},
        {"1.G not-met: on antiviral therapy for prior hepatitis", "1.G", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.attest(u"hepatitis-antiviral-therapy"_s, true); }},
        {"1.G unknown: no attestation on hepatitis B", "1.G", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"hbv-active"_s); }},

        // ---- 1.H According to the prescribing physician, no uncontrolled HIV infection.
        //      "According to the prescribing physician": the attestation decides, not a
        //      CD4 count (POLICY-READING). -------------------------------------------------
        {"1.H met: prescriber says HIV is not uncontrolled", "1.H", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"hiv-uncontrolled"_s, false); }},
        {"1.H met: prescriber's word decides over a CD4 count of 150/uL", "1.H", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"cd4"_s, 150, kLabDay); }},
        {"1.H not-met: prescriber says HIV is uncontrolled", "1.H", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.attest(u"hiv-uncontrolled"_s, true); }},
        {"1.H unknown: no attestation, though CD4 is 650/uL", "1.H", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"hiv-uncontrolled"_s); }},

        // ---- 1.I.i ALT ≤ two times the upper limit of normal, within 30 days. ----------
        {"1.I.i met: ALT 80 U/L is exactly 2 x ULN 40", "1.I.i", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"alt"_s, 80, kLabDay, kAltUln); }},
        {"1.I.i not-met: ALT 80.1 U/L exceeds 2 x ULN 40", "1.I.i", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"alt"_s, 80.1, kLabDay, kAltUln); }},
        {"1.I.i unknown: ALT sent without a reference range", "1.I.i", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setUln(u"alt"_s, std::nullopt); }},
        {"1.I.i met: ALT exactly 30 days old (2026-10-22)", "1.I.i", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"alt"_s, 30, k30DaysBack, kAltUln); }},
        {"1.I.i unknown: ALT 31 days old (2026-10-21)", "1.I.i", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"alt"_s, 30, k31DaysBack, kAltUln); }},
        {"1.I.i unknown: no ALT result", "1.I.i", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.removeLab(u"alt"_s); }},

        // ---- 1.I.ii AST ≤ two times the upper limit of normal. -------------------------
        {"1.I.ii met: AST 80 U/L is exactly 2 x ULN 40", "1.I.ii", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"ast"_s, 80, kLabDay, kAstUln); }},
        {"1.I.ii not-met: AST 80.1 U/L exceeds 2 x ULN 40", "1.I.ii", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"ast"_s, 80.1, kLabDay, kAstUln); }},
        {"1.I.ii unknown: AST sent without a reference range", "1.I.ii", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setUln(u"ast"_s, std::nullopt); }},
        {"1.I.ii unknown: AST 31 days old (2026-10-21)", "1.I.ii", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"ast"_s, 28, k31DaysBack, kAstUln); }},

        // ---- 1.I.iii total bilirubin ≤ two times the upper limit of normal. ------------
        {"1.I.iii met: bilirubin 2.4 mg/dL is exactly 2 x ULN 1.2", "1.I.iii", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"bilirubin"_s, 2.4, kLabDay, kBilirubinUln); }},
        {"1.I.iii not-met: bilirubin 2.41 mg/dL exceeds 2 x ULN 1.2", "1.I.iii", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"bilirubin"_s, 2.41, kLabDay, kBilirubinUln); }},
        {"1.I.iii unknown: bilirubin sent without a reference range", "1.I.iii", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setUln(u"bilirubin"_s, std::nullopt); }},
        {"1.I.iii unknown: bilirubin 31 days old (2026-10-21)", "1.I.iii", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"bilirubin"_s, 0.8, k31DaysBack, kBilirubinUln); }},

        // ---- 1.I.iv alkaline phosphatase ≤ two times the upper limit of normal. --------
        {"1.I.iv met: ALP 240 U/L is exactly 2 x ULN 120", "1.I.iv", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"alp"_s, 240, kLabDay, kAlpUln); }},
        {"1.I.iv not-met: ALP 240.1 U/L exceeds 2 x ULN 120", "1.I.iv", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"alp"_s, 240.1, kLabDay, kAlpUln); }},
        {"1.I.iv unknown: ALP sent without a reference range", "1.I.iv", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setUln(u"alp"_s, std::nullopt); }},
        {"1.I.iv unknown: ALP 31 days old (2026-10-21)", "1.I.iv", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"alp"_s, 90, k31DaysBack, kAlpUln); }},

        // ---- 1.I liver function testing within 30 days, ALL of i–iv. -------------------
        {"1.I met: liver panel 16 days old, all within 2 x ULN", "1.I", Met, Meets, {}},
        {"1.I not-met: ALP 250 U/L exceeds 2 x ULN 120", "1.I", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"alp"_s, 250, kLabDay, kAlpUln); }},
        {"1.I not-met: bilirubin over 2 x ULN, ALT without a reference range", "1.I", NotMet, DoesNotMeet,
         [](CaseBuilder &c) {
             c.setLab(u"bilirubin"_s, 3.0, kLabDay, kBilirubinUln);
             c.setUln(u"alt"_s, std::nullopt);
         }},
        {"1.I unknown: liver function testing 31 days old", "1.I", Unknown, NeedsInformation,
         [](CaseBuilder &c) {
             c.setLab(u"alt"_s, 30, k31DaysBack, kAltUln);
             c.setLab(u"ast"_s, 28, k31DaysBack, kAstUln);
             c.setLab(u"bilirubin"_s, 0.8, k31DaysBack, kBilirubinUln);
             c.setLab(u"alp"_s, 90, k31DaysBack, kAlpUln);
         }},

        // ---- 1.J no evidence of advanced liver impairment and/or advanced fibrosis.
        //      FibroScan ≥ 9 kPa or METAVIR ≥ F3 is advanced fibrosis (POLICY-READING). ---
        {"1.J met: FibroScan 5.1 kPa, no advanced liver disease attested", "1.J", Met, Meets, {}},
        {"1.J met: FibroScan 8.9 kPa is below 9 kPa", "1.J", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"liver-stiffness"_s, 8.9, QDate(2026, 10, 20)); }},
        {"1.J met: METAVIR F2", "1.J", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"metavir"_s, 2, QDate(2026, 10, 20)); }},
        {"1.J met: prescriber attests no advanced liver disease, no elastography", "1.J", Met, Meets,
         [](CaseBuilder &c) { c.removeLab(u"liver-stiffness"_s); }},
        {"1.J not-met: FibroScan 9 kPa is advanced fibrosis", "1.J", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"liver-stiffness"_s, 9.0, QDate(2026, 10, 20)); }},
        {"1.J not-met: METAVIR F3 is advanced fibrosis", "1.J", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"metavir"_s, 3, QDate(2026, 10, 20)); }},
        {"1.J not-met: prescriber attests advanced liver disease, no elastography", "1.J", NotMet, DoesNotMeet,
         [](CaseBuilder &c) {
             c.removeLab(u"liver-stiffness"_s);
             c.attest(u"advanced-liver-disease"_s, true);
         }},
        // A normal FibroScan rules out advanced fibrosis, not advanced liver impairment;
        // the attestation "advanced liver impairment and/or advanced fibrosis" is evidence.
        {"1.J not-met: prescriber attests advanced liver impairment despite FibroScan 5.1 kPa", "1.J", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.attest(u"advanced-liver-disease"_s, true); }},
        {"1.J unknown: no elastography, METAVIR or attestation", "1.J", Unknown, NeedsInformation,
         [](CaseBuilder &c) {
             c.removeLab(u"liver-stiffness"_s);
             c.unattest(u"advanced-liver-disease"_s);
         }},

        // ---- 1.K within 30 days, platelet count ≥ 50 × 10^9/L. --------------------------
        {"1.K met: platelets exactly 50 x 10^9/L", "1.K", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"platelets"_s, 50, kLabDay); }},
        {"1.K not-met: platelets 49.9 x 10^9/L", "1.K", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setLab(u"platelets"_s, 49.9, kLabDay); }},
        {"1.K met: platelet count exactly 30 days old (2026-10-22)", "1.K", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"platelets"_s, 210, k30DaysBack); }},
        {"1.K unknown: platelet count 31 days old (2026-10-21)", "1.K", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"platelets"_s, 210, k31DaysBack); }},
        {"1.K unknown: no platelet count", "1.K", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.removeLab(u"platelets"_s); }},

        // ---- 1.L.i estimated creatinine clearance ≥ 30 mL/min (within 30 days). --------
        // The example also meets 1.L.ii, so 1.L (ONE of) stays met.
        {"1.L.i met: creatinine clearance exactly 30 mL/min", "1.L.i", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"crcl"_s, 30, kLabDay); }},
        {"1.L.i met: creatinine clearance exactly 30 days old (2026-10-22)", "1.L.i", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"crcl"_s, 95, k30DaysBack); }},
        {"1.L.i not-met: creatinine clearance 29.9 mL/min", "1.L.i", NotMet, Meets,
         [](CaseBuilder &c) { c.setLab(u"crcl"_s, 29.9, kLabDay); }},
        {"1.L.i unknown: creatinine clearance 31 days old (2026-10-21)", "1.L.i", Unknown, Meets,
         [](CaseBuilder &c) { c.setLab(u"crcl"_s, 95, k31DaysBack); }},

        // ---- 1.L.ii creatinine ≤ two times the upper limit of normal (within 30 days). -
        {"1.L.ii met: creatinine 2.6 mg/dL is exactly 2 x ULN 1.3", "1.L.ii", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"creatinine"_s, 2.6, kLabDay, kCreatinineUln); }},
        {"1.L.ii not-met: creatinine 2.61 mg/dL exceeds 2 x ULN 1.3", "1.L.ii", NotMet, Meets,
         [](CaseBuilder &c) { c.setLab(u"creatinine"_s, 2.61, kLabDay, kCreatinineUln); }},
        {"1.L.ii unknown: creatinine sent without a reference range", "1.L.ii", Unknown, Meets,
         [](CaseBuilder &c) { c.setUln(u"creatinine"_s, std::nullopt); }},
        {"1.L.ii unknown: creatinine 31 days old (2026-10-21)", "1.L.ii", Unknown, Meets,
         [](CaseBuilder &c) { c.setLab(u"creatinine"_s, 0.9, k31DaysBack, kCreatinineUln); }},

        // ---- 1.L within 30 days, ONE of i or ii. ----------------------------------------
        {"1.L met by ii alone: creatinine clearance 25 mL/min", "1.L", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"crcl"_s, 25, kLabDay); }},
        {"1.L met by i alone: creatinine 3.0 mg/dL over 2 x ULN", "1.L", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"creatinine"_s, 3.0, kLabDay, kCreatinineUln); }},
        {"1.L not-met: creatinine clearance 25 mL/min and creatinine 3.0 mg/dL", "1.L", NotMet, DoesNotMeet,
         [](CaseBuilder &c) {
             c.setLab(u"crcl"_s, 25, kLabDay);
             c.setLab(u"creatinine"_s, 3.0, kLabDay, kCreatinineUln);
         }},
        {"1.L unknown: creatinine clearance 25 mL/min, creatinine without a reference range", "1.L", Unknown, NeedsInformation,
         [](CaseBuilder &c) {
             c.setLab(u"crcl"_s, 25, kLabDay);
             c.setUln(u"creatinine"_s, std::nullopt);
         }},
        {"1.L unknown: renal tests 31 days old", "1.L", Unknown, NeedsInformation,
         [](CaseBuilder &c) {
             c.setLab(u"crcl"_s, 95, k31DaysBack);
             c.setLab(u"creatinine"_s, 0.9, k31DaysBack, kCreatinineUln);
         }},

        // ---- 1.M prescribed by a hemophilia specialist physician. ----------------------
        {"1.M met: prescriber attested hemophilia specialist", "1.M", Met, Meets,
         [](CaseBuilder &c) { c.attest(u"prescriber-hemophilia-specialist"_s, true); }},
        {"1.M not-met: prescriber is not a hemophilia specialist", "1.M", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.attest(u"prescriber-hemophilia-specialist"_s, false); }},
        // The example's hematology taxonomy and HTC stay: a hematologist is not by that
        // alone a hemophilia specialist (the 2024 revision narrowed "specialist" to it).
        {"1.M unknown: no attestation on a hemophilia specialist (hematologist at an HTC)", "1.M", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"prescriber-hemophilia-specialist"_s); }},

        // ---- 1.N current body weight obtained within 30 days. ---------------------------
        // Not met is impossible: a presence check; a missing or old weight is unknown.
        {"1.N met: weight 11 days old", "1.N", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 78.4, kWeightDay); }},
        {"1.N met: weight exactly 30 days old (2026-10-22)", "1.N", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 78.4, k30DaysBack); }},
        {"1.N unknown: weight 31 days old (2026-10-21)", "1.N", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 78.4, k31DaysBack); }},
        {"1.N unknown: no weight on file", "1.N", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.removeLab(u"weight"_s); }},

        // ---- 1.O one kit (Table 1) for a single dose of 2×10^13 genome copies/kg.
        //      Weight rounded to the nearest kg; outside 46–240 kg there is no kit and
        //      the reviewer decides (unknown, never not met). ----------------------------
        {"1.O met: 78.4 kg, kit of 16 vials, dose 2x10^13 gc/kg", "1.O", Met, Meets,
         [](CaseBuilder &c) { c.setDose(2e13, u"{genome_copies}/kg"_s); }},
        {"1.O met: 45.5 kg rounds to 46 kg (10 vials)", "1.O", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 45.5, kWeightDay); }},
        {"1.O unknown: 45.4 kg rounds to 45 kg, no kit", "1.O", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 45.4, kWeightDay); }},
        {"1.O met: 50.5 kg rounds to 51 kg (11 vials)", "1.O", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 50.5, kWeightDay); }},
        {"1.O met: 240.4 kg rounds to 240 kg (48 vials)", "1.O", Met, Meets,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 240.4, kWeightDay); }},
        {"1.O unknown: 240.5 kg rounds to 241 kg, no kit", "1.O", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 240.5, kWeightDay); }},
        {"1.O unknown: weight 31 days old, no kit size", "1.O", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.setLab(u"weight"_s, 78.4, k31DaysBack); }},
        {"1.O not-met: dose 2.1x10^13 gc/kg exceeds the single dose", "1.O", NotMet, DoesNotMeet,
         [](CaseBuilder &c) { c.setDose(2.1e13, u"{genome_copies}/kg"_s); }},
        {"1.O unknown: no dose on the request", "1.O", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.removeDose(); }},

        // ---- Not covered 1: Prior Receipt of Gene Therapy. -------------------------------
        {"1 met: prior gene therapy attested", "1", Met, NotCovered,
         [](CaseBuilder &c) { c.attest(u"prior-gene-therapy"_s, true); }},
        {"1 not-met: prescriber confirms no prior gene therapy", "1", NotMet, Meets,
         [](CaseBuilder &c) { c.attest(u"prior-gene-therapy"_s, false); }},
        {"1 unknown: no attestation on prior gene therapy", "1", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"prior-gene-therapy"_s); }},

        // ---- Not covered 2: Patient with a History of Factor IX Inhibitors.
        //      "History of …" looks at the whole series and at the attestation. ----------
        {"2 met: prescriber attests a past Factor IX inhibitor, latest titer negative", "2", Met, NotCovered,
         [](CaseBuilder &c) { c.attest(u"inhibitor-history"_s, true); }},
        {"2 met: a titer of 0.6 BU in 2024 though history attested as none", "2", Met, NotCovered,
         [](CaseBuilder &c) { c.addLab(u"fix-inhibitor"_s, 0.6, QDate(2024, 3, 1)); }},
        {"2 not-met: no history attested, every titer negative (0.59 BU in 2024)", "2", NotMet, Meets,
         [](CaseBuilder &c) { c.addLab(u"fix-inhibitor"_s, 0.59, QDate(2024, 3, 1)); }},
        // Absent is unknown, never false: without the attestation the exclusion cannot be
        // ruled out, so the case needs information rather than meeting criteria.
        {"2 unknown: no attestation on an inhibitor history, titers negative", "2", Unknown, NeedsInformation,
         [](CaseBuilder &c) { c.unattest(u"inhibitor-history"_s); }},
    };
    return table;
}
// clang-format on

// Every label of the policy text, in its order (groups before their children).
QStringList policyLabels()
{
    return { u"1.A"_s,    u"1.B"_s,      u"1.C"_s,      u"1.D"_s,     u"1.E"_s,       u"1.E.i"_s,
             u"1.E.ii"_s, u"1.E.ii.a"_s, u"1.E.ii.b"_s, u"1.E.iii"_s, u"1.E.iii.a"_s, u"1.E.iii.b"_s,
             u"1.F"_s,    u"1.F.i"_s,    u"1.F.ii"_s,   u"1.G"_s,     u"1.G.i"_s,     u"1.G.ii"_s,
             u"1.H"_s,    u"1.I"_s,      u"1.I.i"_s,    u"1.I.ii"_s,  u"1.I.iii"_s,   u"1.I.iv"_s,
             u"1.J"_s,    u"1.K"_s,      u"1.L"_s,      u"1.L.i"_s,   u"1.L.ii"_s,    u"1.M"_s,
             u"1.N"_s,    u"1.O"_s };
}

QStringList notCoveredLabels()
{
    return { u"1"_s, u"2"_s };
}

Evaluation evaluate(const CaseBuilder &c)
{
    return c.evaluate(u"cigna-ip0535"_s);
}

QString reasonFor(const Evaluation &ev, const QString &label)
{
    const CriterionResult *c = ev.criterion(label);
    return c ? c->reason : notCoveredReason(ev, label);
}

} // namespace

class TestCriteriaCignaIp0535 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The policy file lists every criterion of the text, and the example meets them all.
    void exampleMeetsEveryCriterion()
    {
        const Evaluation ev = evaluate(CaseBuilder::fromExample(u"hg-01-complete"_s));
        QCOMPARE(ev.asOf, exampleAsOf());
        QCOMPARE(ev.pathway, u"1"_s);
        QStringList labels, notCovered;
        for (const auto &c : ev.criteria) {
            labels << c.label;
            QVERIFY2(c.status == CriterionStatus::Met, qPrintable(u"%1: %2"_s.arg(c.label, c.reason)));
        }
        for (const auto &c : ev.notCovered) {
            notCovered << c.label;
            QVERIFY2(c.status == CriterionStatus::NotMet, qPrintable(u"%1: %2"_s.arg(c.label, c.reason)));
        }
        // Every group is listed, the section's own row ("1") first.
        QCOMPARE(labels, QStringList{ u"1"_s } + policyLabels());
        QCOMPARE(ev.criteria.first().depth, 0);
        QCOMPARE(notCovered, notCoveredLabels());
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
    }

    // Every label has a met, a not-met and an unknown row, except where the policy's
    // reading makes an outcome impossible.
    void everyLabelHasEveryOutcome()
    {
        // Presence checks: a missing or out-of-window result is unknown, never not met.
        const QSet<QString> impossible = { u"1.F.i not-met"_s, u"1.N not-met"_s };
        for (const QString &label : policyLabels() + notCoveredLabels()) {
            for (const char *outcome : { Met, NotMet, Unknown }) {
                const QString key = u"%1 %2"_s.arg(label, QLatin1String(outcome));
                const bool hasRow = std::any_of(rows().cbegin(), rows().cend(), [&](const Row &r) {
                    return QLatin1String(r.label) == label && qstrcmp(r.status, outcome) == 0;
                });
                QVERIFY2(hasRow != impossible.contains(key),
                         qPrintable(hasRow ? u"row for impossible outcome: %1"_s.arg(key)
                                           : u"no row: %1"_s.arg(key)));
            }
        }
    }

    void criterion_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("recommendation");
        QTest::addColumn<CaseChange>("change");
        for (const Row &r : rows())
            QTest::newRow(r.name) << QString::fromUtf8(r.label) << QString::fromUtf8(r.status)
                                  << QString::fromUtf8(r.recommendation) << CaseChange{ r.change };
    }

    void criterion()
    {
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(QString, recommendation);
        QFETCH(CaseChange, change);

        CaseBuilder c = CaseBuilder::fromExample(u"hg-01-complete"_s);
        if (change.apply)
            change.apply(c);
        const Evaluation ev = evaluate(c);
        QCOMPARE(ev.pathway, u"1"_s);

        // "1" and "2" are the Conditions Not Covered here (the section's own row is "1" too).
        const bool exclusion = notCoveredLabels().contains(label);
        const QString actual = exclusion ? notCoveredStatus(ev, label) : statusOf(ev, label);
        QVERIFY2(
            actual == status,
            qPrintable(u"%1 is %2, expected %3 (%4)"_s.arg(label, actual, status,
                                                          exclusion ? notCoveredReason(ev, label) : reasonFor(ev, label))));

        const QString actualRecommendation = recommendationName(ev.recommendation);
        QVERIFY2(actualRecommendation == recommendation,
                 qPrintable(u"recommendation %1, expected %2 (%3)"_s.arg(actualRecommendation, recommendation,
                                                                         ev.recommendationReason)));

        // Approval terms go with meets-criteria and nothing else.
        QCOMPARE(ev.approval.has_value(), ev.recommendation == Recommendation::Meets);
    }

    // Table 1: the kit for the current weight, rounded to the nearest kg.
    void approvedKit_data()
    {
        QTest::addColumn<double>("kg");
        QTest::addColumn<int>("vials"); // 0: no kit, so no approval
        QTest::addColumn<QString>("ndc");
        QTest::newRow("1.O met: 78.4 kg rounds to 78 kg, 16 vials") << 78.4 << 16 << u"0053-0160-16"_s;
        QTest::newRow("1.O met: 45.5 kg rounds to 46 kg, 10 vials") << 45.5 << 10 << u"0053-0100-10"_s;
        QTest::newRow("1.O met: 50.4 kg rounds to 50 kg, 10 vials") << 50.4 << 10 << u"0053-0100-10"_s;
        QTest::newRow("1.O met: 50.5 kg rounds to 51 kg, 11 vials") << 50.5 << 11 << u"0053-0110-11"_s;
        QTest::newRow("1.O met: 235.5 kg rounds to 236 kg, 48 vials") << 235.5 << 48 << u"0053-0480-48"_s;
        QTest::newRow("1.O met: 240.4 kg rounds to 240 kg, 48 vials") << 240.4 << 48 << u"0053-0480-48"_s;
        QTest::newRow("1.O unknown: 45.4 kg rounds to 45 kg, no kit") << 45.4 << 0 << QString();
        QTest::newRow("1.O unknown: 240.5 kg rounds to 241 kg, no kit") << 240.5 << 0 << QString();
    }

    void approvedKit()
    {
        QFETCH(double, kg);
        QFETCH(int, vials);
        QFETCH(QString, ndc);

        CaseBuilder c = CaseBuilder::fromExample(u"hg-01-complete"_s);
        c.setLab(u"weight"_s, kg, kWeightDay);
        const Evaluation ev = evaluate(c);
        if (vials == 0) {
            QCOMPARE(statusOf(ev, u"1.O"_s), u"unknown"_s);
            QCOMPARE(recommendationName(ev.recommendation), u"needs-information"_s);
            QVERIFY(!ev.approval);
            return;
        }
        QCOMPARE(statusOf(ev, u"1.O"_s), u"met"_s);
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
        QVERIFY(ev.approval);
        QCOMPARE(ev.approval->vials, vials);
        QCOMPARE(ev.approval->ndc, ndc);
        QCOMPARE(ev.approval->quantity, u"1 kit of %1 vials"_s.arg(vials));
        // One time (per lifetime), approved for 90 days from the as-of date.
        QVERIFY(ev.approval->oneTime);
        QCOMPARE(ev.approval->durationDays, 90);
        QCOMPARE(ev.approval->start, QDate(2026, 11, 21));
        QCOMPARE(ev.approval->end, QDate(2027, 2, 18));
    }
};

QTEST_GUILESS_MAIN(TestCriteriaCignaIp0535)
#include "tst_criteria_cigna_ip0535.moc"
