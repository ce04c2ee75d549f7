// Cigna IP0355 (Hemophilia – Eptacog Products - Sevenfact), criterion by
// criterion. Every row starts from the worked example
// sf-01-hemA-inhibitor-12bu (Sevenfact, hemophilia A D66, FVIII inhibitor
// 12 BU on 2026-11-01, 70 kg on 2026-11-12, born 2001-03-02, hematology
// prescriber, anamnestic and refractory response attested "no", initial
// request; meets pathway 1 as of 2026-11-21), changes one fact and checks
// the status of one criterion label against the policy text
// (../shared/policies/cigna-ip0355-sevenfact.txt) read with
// ../shared/design/POLICY-READING.md.
//
// Pathway 2 rows start from the same bundle turned into hemophilia B
// (D67, the FVIII titer replaced by a FIX titer of 12 BU).

#include "CriteriaSupport.h"

#include <QTest>

using namespace testsupport;
using namespace pareview;
using namespace testsupport::outcomes;
using namespace Qt::StringLiterals;

namespace {

const QString kPolicy = u"cigna-ip0355"_s;
const QString kExample = u"sf-01-hemA-inhibitor-12bu"_s;
const QDate kTiterDate(2026, 11, 1);


void hemophiliaB(CaseBuilder &b)
{
    b.setDiagnoses({ u"D67"_s });
    b.removeLab(u"fviii-inhibitor"_s);
    b.setLab(u"fix-inhibitor"_s, 12, kTiterDate);
}

void continuation(CaseBuilder &b)
{
    b.attest(u"request-type"_s, u"continuation"_s);
}

void internalMedicine(CaseBuilder &b)
{
    b.setTaxonomies({ u"207R00000X"_s });
}

// One row: change the example, then `label` has `status`; the
// recommendation is checked unless empty. `pathway` is "1" or "2".
void row(const QByteArray &name, const char *pathway, const Change &change, const QString &label,
         const char *status, const char *recommendation = "")
{
    QTest::newRow(name.constData()) << change << QString::fromLatin1(pathway) << label
                                    << QString::fromLatin1(status) << QString::fromLatin1(recommendation);
}

// The same rows for pathway 1 (hemophilia A, factor VIII) and pathway 2
// (hemophilia B, factor IX): `base` turns the example into the pathway's
// case, `titerLab` is its inhibitor lab.
void pathwayRows(const char *p, const Change &base, const QString &titerLab)
{
    const auto with = [base](const Change &change) { return both(base, change); };
    // "1.B.i not-met: titer 4.9 BU" and "1.B.i".
    const auto name = [p](const char *rest) { return QByteArray(p) + '.' + rest; };
    const auto label
        = [p](const char *rest) { return QString::fromLatin1(p) + u'.' + QString::fromLatin1(rest); };
    const auto titer = [titerLab](double bu) {
        return [titerLab, bu](CaseBuilder &b) { b.setLab(titerLab, bu, kTiterDate); };
    };
    const char *otherTiterLab
        = titerLab == QLatin1String("fviii-inhibitor") ? "fix-inhibitor" : "fviii-inhibitor";

    // --- A. Age 12 years or older (whole years at the as-of date) ---
    row(name("A met: age 25"), p, with(unchanged), label("A"), kMet, kMeets);
    row(name("A met: 12th birthday on the as-of date is 12"), p,
        with([](CaseBuilder &b) { b.setBirthDate(QDate(2014, 11, 21)); }), label("A"), kMet, kMeets);
    row(name("A not-met: age 11, one day short of 12"), p,
        with([](CaseBuilder &b) { b.setBirthDate(QDate(2014, 11, 22)); }), label("A"), kNotMet, kDoesNotMeet);
    row(name("A unknown: no birth date"), p, with([](CaseBuilder &b) { b.removeBirthDate(); }), label("A"),
        kUnknown, kNeedsInformation);
    // A not-applicable: impossible, the age criterion applies to every request.

    // --- B. ONE of i, ii, iii ---
    row(name("B met: titer 12 BU (i)"), p, with(unchanged), label("B"), kMet, kMeets);
    row(name("B met: titer 4.9 BU, anamnestic response attested (ii)"), p, with([titer](CaseBuilder &b) {
            titer(4.9)(b);
            b.attest(u"inhibitor-anamnestic-response"_s, true);
        }),
        label("B"), kMet, kMeets);
    row(name("B met: titer 4.9 BU, refractory response attested (iii)"), p, with([titer](CaseBuilder &b) {
            titer(4.9)(b);
            b.attest(u"inhibitor-refractory-response"_s, true);
        }),
        label("B"), kMet, kMeets);
    row(name("B not-met: titer 4.9 BU, no anamnestic or refractory response"), p, with(titer(4.9)),
        label("B"), kNotMet, kDoesNotMeet);
    row(name("B unknown: titer 4.9 BU, anamnestic response not attested"), p, with([titer](CaseBuilder &b) {
            titer(4.9)(b);
            b.unattest(u"inhibitor-anamnestic-response"_s);
        }),
        label("B"), kUnknown, kNeedsInformation);
    row(name("B unknown: no titer and no response attestations"), p, with([titerLab](CaseBuilder &b) {
            b.removeLab(titerLab);
            b.unattest(u"inhibitor-anamnestic-response"_s);
            b.unattest(u"inhibitor-refractory-response"_s);
        }),
        label("B"), kUnknown, kNeedsInformation);
    // B not-applicable: impossible, no part of B is drug-specific or conditional.

    // --- B.i Positive inhibitor titer at least 5 BU (the latest titer; "at least" includes 5) ---
    row(name("B.i met: titer 12 BU"), p, with(unchanged), label("B.i"), kMet, kMeets);
    row(name("B.i met: titer exactly 5 BU"), p, with(titer(5)), label("B.i"), kMet, kMeets);
    row(name("B.i not-met: titer 4.9 BU"), p, with(titer(4.9)), label("B.i"), kNotMet, kDoesNotMeet);
    row(name("B.i not-met: titer 0.6 BU is positive but below 5"), p, with(titer(0.6)), label("B.i"), kNotMet,
        kDoesNotMeet);
    row(name("B.i not-met: latest titer 3 BU after an earlier 12 BU"), p, with([titerLab](CaseBuilder &b) {
            b.setLab(titerLab, 12, QDate(2026, 6, 1));
            b.addLab(titerLab, 3, kTiterDate);
        }),
        label("B.i"), kNotMet, kDoesNotMeet);
    row(name("B.i met: latest titer 8 BU after an earlier 3 BU"), p, with([titerLab](CaseBuilder &b) {
            b.setLab(titerLab, 3, QDate(2026, 6, 1));
            b.addLab(titerLab, 8, kTiterDate);
        }),
        label("B.i"), kMet, kMeets);
    row(name("B.i unknown: no titer on file"), p, with([titerLab](CaseBuilder &b) { b.removeLab(titerLab); }),
        label("B.i"), kUnknown, kNeedsInformation);
    row(name("B.i unknown: only a titer against the other factor"), p,
        with([titerLab, otherTiterLab](CaseBuilder &b) {
            b.removeLab(titerLab);
            b.setLab(QString::fromLatin1(otherTiterLab), 12, kTiterDate);
        }),
        label("B.i"), kUnknown, kNeedsInformation);
    // B.i not-applicable: impossible.

    // --- B.ii History of an inhibitor with anamnestic response (according to the prescriber) ---
    row(name("B.ii met: anamnestic response attested"), p,
        with([](CaseBuilder &b) { b.attest(u"inhibitor-anamnestic-response"_s, true); }), label("B.ii"), kMet,
        kMeets);
    row(name("B.ii not-met: attested no anamnestic response (B met by i)"), p, with(unchanged),
        label("B.ii"), kNotMet, kMeets);
    row(name("B.ii unknown: no attestation on anamnestic response (B met by i)"), p,
        with([](CaseBuilder &b) { b.unattest(u"inhibitor-anamnestic-response"_s); }), label("B.ii"), kUnknown,
        kMeets);
    // B.ii not-applicable: impossible.

    // --- B.iii History of an inhibitor with refractory hemostatic response ---
    row(name("B.iii met: refractory response attested"), p,
        with([](CaseBuilder &b) { b.attest(u"inhibitor-refractory-response"_s, true); }), label("B.iii"),
        kMet, kMeets);
    row(name("B.iii not-met: attested no refractory response (B met by i)"), p, with(unchanged),
        label("B.iii"), kNotMet, kMeets);
    row(name("B.iii unknown: no attestation on refractory response (B met by i)"), p,
        with([](CaseBuilder &b) { b.unattest(u"inhibitor-refractory-response"_s); }), label("B.iii"),
        kUnknown, kMeets);
    // B.iii not-applicable: impossible.

    // --- C. Prescribed by, or in consultation with, a hematologist ---
    row(name("C met: hematology taxonomy 207RH0000X"), p, with(unchanged), label("C"), kMet,
        kMeets);
    row(name("C met: internal medicine prescriber in consultation with a hematologist"), p,
        with([](CaseBuilder &b) {
            internalMedicine(b);
            b.attest(u"prescriber-consulted-hematologist"_s, true);
        }),
        label("C"), kMet, kMeets);
    row(name("C met: no taxonomy, prescriber attested a hematologist"), p, with([](CaseBuilder &b) {
            b.setTaxonomies({});
            b.attest(u"prescriber-hematologist"_s, true);
        }),
        label("C"), kMet, kMeets);
    row(name("C not-met: internal medicine prescriber, no hematologist consulted"), p,
        with([](CaseBuilder &b) {
            internalMedicine(b);
            b.attest(u"prescriber-consulted-hematologist"_s, false);
        }),
        label("C"), kNotMet, kDoesNotMeet);
    row(name("C unknown: internal medicine prescriber, consultation not stated"), p, with(internalMedicine),
        label("C"), kUnknown, kNeedsInformation);
    row(name("C unknown: no taxonomy and no attestation on the prescriber"), p,
        with([](CaseBuilder &b) { b.setTaxonomies({}); }), label("C"), kUnknown, kNeedsInformation);
    // C not-applicable: impossible.

    // --- Reauthorization: continuation needs the criteria above AND documented beneficial response ---
    row(name("Reauthorization not-applicable: initial request"), p, with(unchanged),
        label("Reauthorization"), kNotApplicable, kMeets);
    row(name("Reauthorization not-applicable: no request type stated (initial)"), p,
        with([](CaseBuilder &b) { b.unattest(u"request-type"_s); }), label("Reauthorization"), kNotApplicable,
        kMeets);
    row(name("Reauthorization not-applicable: initial request, beneficial response attested no"), p,
        with([](CaseBuilder &b) { b.attest(u"beneficial-response"_s, false); }), label("Reauthorization"),
        kNotApplicable, kMeets);
    row(name("Reauthorization met: continuation with documented beneficial response"), p,
        with([](CaseBuilder &b) {
            continuation(b);
            b.attest(u"beneficial-response"_s, true);
        }),
        label("Reauthorization"), kMet, kMeets);
    row(name("Reauthorization not-met: continuation, no beneficial response"), p, with([](CaseBuilder &b) {
            continuation(b);
            b.attest(u"beneficial-response"_s, false);
        }),
        label("Reauthorization"), kNotMet, kDoesNotMeet);
    row(name("Reauthorization unknown: continuation, response not documented"), p, with(continuation),
        label("Reauthorization"), kUnknown, kNeedsInformation);
    // "when the above medical necessity criteria are met AND ...": a continuation
    // with a beneficial response still needs A-C.
    row(name("B not-met on continuation: titer 4.9 BU despite a beneficial response"), p,
        with([titer](CaseBuilder &b) {
            continuation(b);
            b.attest(u"beneficial-response"_s, true);
            titer(4.9)(b);
        }),
        label("B"), kNotMet, kDoesNotMeet);
    row(name("A not-met on continuation: age 11 despite a beneficial response"), p, with([](CaseBuilder &b) {
            continuation(b);
            b.attest(u"beneficial-response"_s, true);
            b.setBirthDate(QDate(2014, 11, 22));
        }),
        label("A"), kNotMet, kDoesNotMeet);
}

} // namespace

class TestCriteriaCignaIp0355 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void criterion_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("pathway");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("recommendation");

        pathwayRows("1", unchanged, u"fviii-inhibitor"_s);
        pathwayRows("2", hemophiliaB, u"fix-inhibitor"_s);
    }

    void criterion()
    {
        QFETCH(Change, change);
        QFETCH(QString, pathway);
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(QString, recommendation);

        CaseBuilder b = CaseBuilder::fromExample(kExample);
        change(b);
        checkCriterion(b.evaluate(kPolicy), pathway, label, status, recommendation);
    }

    // "Any other use is considered experimental, investigational, or
    // unproven": a Sevenfact request outside pathways 1 and 2 is not covered,
    // with no pathway and no referral.
    void anyOtherUseNotCovered_data()
    {
        QTest::addColumn<Change>("change");
        const auto diagnosis = [](const char *code) {
            return Change([code](CaseBuilder &b) { b.setDiagnoses({ QString::fromLatin1(code) }); });
        };
        QTest::newRow("not-covered: acquired hemophilia D68.311") << diagnosis("D68.311");
        QTest::newRow("not-covered: congenital factor VII deficiency D68.2") << diagnosis("D68.2");
        QTest::newRow("not-covered: Glanzmann's thrombasthenia D69.1") << diagnosis("D69.1");
        QTest::newRow("not-covered: von Willebrand disease D68.0") << diagnosis("D68.0");
        // Pathways 1 and 2 are hemophilia A / B *with inhibitors*; a member
        // whose latest titer is negative (< 0.6 BU) with no attested anamnestic
        // or refractory response has neither (POLICY-READING "with
        // inhibitors"). A low positive titer (0.6-4.9 BU) is a listed
        // indication failing 1.B: does not meet (see criterion()).
        QTest::newRow("not-covered: hemophilia A without inhibitors (0.3 BU, no response attested)")
            << Change([](CaseBuilder &b) { b.setLab(u"fviii-inhibitor"_s, 0.3, kTiterDate); });
        QTest::newRow("not-covered: hemophilia B without inhibitors (0.3 BU, no response attested)")
            << Change([](CaseBuilder &b) {
                   hemophiliaB(b);
                   b.setLab(u"fix-inhibitor"_s, 0.3, kTiterDate);
               });
    }

    void anyOtherUseNotCovered()
    {
        QFETCH(Change, change);
        CaseBuilder b = CaseBuilder::fromExample(kExample);
        change(b);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(recommendationName(ev.recommendation), u"not-covered"_s);
        QCOMPARE(ev.pathway, QString());
        QCOMPARE(ev.referTo, QString());
        QVERIFY(!ev.approval.has_value());
        QVERIFY2(ev.recommendationReason.contains(u"experimental"_s), qPrintable(ev.recommendationReason));
    }

    // A request that falls through to "not covered" still shows the section
    // it was checked against (hemophilia A: 1, hemophilia B: 2) with the
    // criterion that excluded it; other diagnoses were checked against none.
    void fallThroughShowsSection_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("section");
        QTest::newRow("1.B not-met: hemophilia A without inhibitors (0.3 BU)")
            << Change([](CaseBuilder &b) { b.setLab(u"fviii-inhibitor"_s, 0.3, kTiterDate); }) << u"1"_s;
        QTest::newRow("2.B not-met: hemophilia B without inhibitors (0.3 BU)") << Change([](CaseBuilder &b) {
            hemophiliaB(b);
            b.setLab(u"fix-inhibitor"_s, 0.3, kTiterDate);
        }) << u"2"_s;
        QTest::newRow("none: acquired hemophilia D68.311")
            << Change([](CaseBuilder &b) { b.setDiagnoses({ u"D68.311"_s }); }) << QString();
    }

    void fallThroughShowsSection()
    {
        QFETCH(Change, change);
        QFETCH(QString, section);
        CaseBuilder b = CaseBuilder::fromExample(kExample);
        change(b);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(recommendationName(ev.recommendation), u"not-covered"_s);
        QCOMPARE(ev.pathway, QString());
        if (section.isEmpty()) {
            QVERIFY(ev.criteria.isEmpty());
            return;
        }
        QVERIFY(!ev.criteria.isEmpty());
        QCOMPARE(ev.criteria.first().label, section);
        QCOMPARE(statusOf(ev, section), QString::fromLatin1(kNotMet));
        QVERIFY2(statusOf(ev, section + u".B"_s) == QString::fromLatin1(kNotMet), qPrintable(reasonOf(ev, section + u".B"_s)));
        for (const auto &c : ev.criteria)
            QVERIFY2(c.label == section || c.label.startsWith(section + u'.'), qPrintable(c.label));
    }

    // "Dosing. Up to 2,700 mcg/kg intravenously per 28 days" is the approved
    // quantity, not a criterion: at 70 kg that is 189,000 mcg per 28 days; a
    // larger request still meets the criteria but is flagged for the reviewer.
    void quantityIsNotACriterion_data()
    {
        QTest::addColumn<QString>("pathway");
        QTest::addColumn<double>("mcg");
        QTest::addColumn<double>("days");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("1 quantity flagged: 200,000 mcg per 28 days at 70 kg")
            << u"1"_s << 200000.0 << 28.0 << true;
        QTest::newRow("1 quantity flagged: 100,000 mcg per 14 days at 70 kg")
            << u"1"_s << 100000.0 << 14.0 << true;
        QTest::newRow("1 quantity not flagged: 189,000 mcg per 28 days is the limit")
            << u"1"_s << 189000.0 << 28.0 << false;
        QTest::newRow("1 quantity not flagged: 94,500 mcg per 14 days") << u"1"_s << 94500.0 << 14.0 << false;
        QTest::newRow("2 quantity flagged: 200,000 mcg per 28 days at 70 kg")
            << u"2"_s << 200000.0 << 28.0 << true;
        QTest::newRow("2 quantity not flagged: 189,000 mcg per 28 days is the limit")
            << u"2"_s << 189000.0 << 28.0 << false;
    }

    void quantityIsNotACriterion()
    {
        QFETCH(QString, pathway);
        QFETCH(double, mcg);
        QFETCH(double, days);
        QFETCH(bool, flagged);
        CaseBuilder b = CaseBuilder::fromExample(kExample);
        if (pathway == QLatin1String("2"))
            hemophiliaB(b);
        b.setQuantity(mcg, days);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(ev.pathway, pathway);
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
        QVERIFY(ev.approval.has_value());
        QCOMPARE(ev.approval->maxMcg.value_or(-1), 189000.0);
        QCOMPARE(ev.approval->periodDays, 28);
        bool quantityFlag = false;
        for (const QString &f : ev.flags)
            if (f.contains(u"exceeds"_s) && f.contains(u"189,000"_s))
                quantityFlag = true;
        QVERIFY2(quantityFlag == flagged, qPrintable(ev.flags.join(u" | "_s)));
    }

    // Initial and reauthorization approvals are both up to 12 months.
    void approvalTwelveMonths_data()
    {
        QTest::addColumn<QString>("requestType");
        QTest::newRow("1 initial: 12 months") << u"initial"_s;
        QTest::newRow("1 continuation: 12 months") << u"continuation"_s;
    }

    void approvalTwelveMonths()
    {
        QFETCH(QString, requestType);
        CaseBuilder b = CaseBuilder::fromExample(kExample);
        b.attest(u"request-type"_s, requestType);
        b.attest(u"beneficial-response"_s, true);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
        QVERIFY(ev.approval.has_value());
        QCOMPARE(ev.approval->durationMonths.value_or(0), 12);
    }
};

QTEST_GUILESS_MAIN(TestCriteriaCignaIp0355)
#include "tst_criteria_cigna_ip0355.moc"
