// Western Health Advantage GL-182187 (Hympavzi, marstacimab-hncq), criterion
// by criterion: the sixth policy, added as data only. Every row starts from
// the request tests/data/examples/hy-01-hemA-prophylaxis.json (Hympavzi,
// hemophilia A D66, FVIII inhibitor 0 BU on 2026-11-01, inhibitor history
// attested no, born 2001-03-02, hematology prescriber, initial request for
// bleeding prevention, not continuing prior therapy, emicizumab tried and
// not tolerated; meets section 1 as of 2026-11-21), changes one fact and
// checks the status of one criterion against the policy text
// (docs/policies/wha-gl-182187-hympavzi.txt) read with
// ../shared/design/POLICY-READING.md.
//
// Readings (POLICY-READING.md where it speaks, else as written):
// - "without factor VIII inhibitors" is the negation of "with inhibitors"
//   (a latest titer ≥ 0.6 BU, or an attested inhibitor history with an
//   anamnestic or refractory response): a negative titer with neither
//   response nor history attested leaves it unknown;
// - "hematologist/oncologist": a hematology NUCC code (Hematology & Oncology
//   among them) or the hematologist / consultation attestations;
// - "For continuation of prior therapy" (an initial request to this plan):
//   the member already receives the requested drug, the new attestation
//   continuing-prior-therapy; "positive clinical response" is the catalog's
//   beneficial-response;
// - Reauthorization lists its own two criteria only; a dose increase (150 to
//   300 mg weekly) is a request of a member on therapy and is read under it.
//
// The page numbers nothing: its bullets are labelled in their order, 1, 2,
// … and a, b under a bullet ("1.5.b"), its two sections "1" and
// "2".

#include "CriteriaSupport.h"
#include "CliRunner.h"
#include "findings/FindingText.h"
#include "letters/PhraseBook.h"

#include <QTest>


using namespace testsupport;
using namespace pareview;
using namespace testsupport::outcomes;
using namespace Qt::StringLiterals;

namespace {

const QString kPolicy = u"wha-gl-182187"_s;
const QString kExample = u"examples/hy-01-hemA-prophylaxis.json"_s;
const QDate kTiterDate(2026, 11, 1);

CaseBuilder example()
{
    return caseFromTestData(kExample);
}

void hemophiliaB(CaseBuilder &b)
{
    b.setDiagnoses({ u"D67"_s });
    b.removeLab(u"fviii-inhibitor"_s);
    b.setLab(u"fix-inhibitor"_s, 0, kTiterDate);
}

void continuation(CaseBuilder &b)
{
    b.attest(u"request-type"_s, u"continuation"_s);
    b.attest(u"beneficial-response"_s, true);
}

void internalMedicine(CaseBuilder &b)
{
    b.setTaxonomies({ u"207R00000X"_s });
}

Change titer(const QString &lab, double bu)
{
    return [lab, bu](CaseBuilder &b) { b.setLab(lab, bu, kTiterDate); };
}

void row(const char *name, const char *pathway, const Change &change, const char *label, const char *status,
         const char *recommendation = "")
{
    QTest::newRow(name) << change << QString::fromLatin1(pathway) << QString::fromLatin1(label)
                        << QString::fromLatin1(status) << QString::fromLatin1(recommendation);
}

} // namespace

class TestCriteriaWhaGl182187 final : public QObject
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

        const auto fviii = [](double bu) { return titer(u"fviii-inhibitor"_s, bu); };
        const auto fix = [](double bu) { return titer(u"fix-inhibitor"_s, bu); };

        // --- 1. Diagnosis of one of the following (a or b) ---
        row("1 met: hemophilia A without inhibitors (a)", "1", unchanged, "1.1", kMet, kMeets);
        row("1 met: hemophilia B without inhibitors (b)", "1", hemophiliaB, "1.1", kMet, kMeets);
        row("1 not-met: hemophilia A with a positive titer 1.2 BU", "1", fviii(1.2), "1.1", kNotMet,
            kDoesNotMeet);
        row("1 not-met: acquired hemophilia D68.311 is neither", "1",
            [](CaseBuilder &b) { b.setDiagnoses({ u"D68.311"_s }); }, "1.1", kNotMet, kDoesNotMeet);
        row("1 unknown: hemophilia A, no titer, inhibitor history not attested", "1",
            [](CaseBuilder &b) {
                b.removeLab(u"fviii-inhibitor"_s);
                b.unattest(u"inhibitor-history"_s);
            },
            "1.1", kUnknown, kNeedsInformation);
        // 1 not-applicable: impossible, the diagnosis applies to every initial request.

        // --- 1.a hemophilia A without factor VIII inhibitors (a titer ≥ 0.6 BU is positive) ---
        row("1.a met: titer 0 BU, no inhibitor history", "1", unchanged, "1.1.a", kMet, kMeets);
        row("1.a met: titer 0.5 BU, just below positive", "1", fviii(0.5), "1.1.a", kMet, kMeets);
        row("1.a not-met: titer exactly 0.6 BU is positive", "1", fviii(0.6), "1.1.a", kNotMet,
            kDoesNotMeet);
        row("1.a not-met: latest titer 0.8 BU after an earlier 0 BU", "1",
            [](CaseBuilder &b) {
                b.setLab(u"fviii-inhibitor"_s, 0, QDate(2026, 6, 1));
                b.addLab(u"fviii-inhibitor"_s, 0.8, kTiterDate);
            },
            "1.1.a", kNotMet, kDoesNotMeet);
        row("1.a not-met: titer 0 BU but an inhibitor with anamnestic response attested", "1",
            [](CaseBuilder &b) {
                b.unattest(u"inhibitor-history"_s);
                b.attest(u"inhibitor-anamnestic-response"_s, true);
            },
            "1.1.a", kNotMet, kDoesNotMeet);
        row("1.a met: no titer on file, inhibitor history attested no", "1",
            [](CaseBuilder &b) { b.removeLab(u"fviii-inhibitor"_s); }, "1.1.a", kMet, kMeets);
        row("1.a unknown: titer 0 BU, inhibitor history not attested", "1",
            [](CaseBuilder &b) { b.unattest(u"inhibitor-history"_s); }, "1.1.a", kUnknown, kNeedsInformation);
        row("1.a not-met: hemophilia B (met by b)", "1", hemophiliaB, "1.1.a", kNotMet, kMeets);

        // --- 1.b hemophilia B without factor IX inhibitors ---
        row("1.b met: hemophilia B, FIX titer 0 BU", "1", hemophiliaB, "1.1.b", kMet, kMeets);
        row("1.b not-met: hemophilia B with FIX titer 0.6 BU", "1", both(hemophiliaB, fix(0.6)), "1.1.b",
            kNotMet, kDoesNotMeet);
        row("1.b not-met: hemophilia A (met by a)", "1", unchanged, "1.1.b", kNotMet, kMeets);

        // --- 2. Used for prophylaxis (the request-use attestation) ---
        row("2 met: bleeding prevention", "1", unchanged, "1.2", kMet, kMeets);
        row("2 not-met: treatment of bleeding episodes", "1",
            [](CaseBuilder &b) { b.attest(u"request-use"_s, u"bleeding-treatment"_s); }, "1.2", kNotMet,
            kDoesNotMeet);
        row("2 not-met: perioperative", "1",
            [](CaseBuilder &b) { b.attest(u"request-use"_s, u"perioperative"_s); }, "1.2", kNotMet,
            kDoesNotMeet);
        row("2 unknown: use not stated", "1", [](CaseBuilder &b) { b.unattest(u"request-use"_s); },
            "1.2", kUnknown, kNeedsInformation);

        // --- 3. 12 years of age or older ---
        row("3 met: age 25", "1", unchanged, "1.3", kMet, kMeets);
        row("3 met: 12th birthday on the as-of date", "1",
            [](CaseBuilder &b) { b.setBirthDate(QDate(2014, 11, 21)); }, "1.3", kMet, kMeets);
        row("3 not-met: one day short of 12", "1", [](CaseBuilder &b) { b.setBirthDate(QDate(2014, 11, 22)); },
            "1.3", kNotMet, kDoesNotMeet);
        row("3 unknown: no birth date", "1", [](CaseBuilder &b) { b.removeBirthDate(); }, "1.3",
            kUnknown, kNeedsInformation);

        // --- 4. Prescribed by or in consultation with a hematologist/oncologist ---
        row("4 met: hematology 207RH0000X", "1", unchanged, "1.4", kMet, kMeets);
        row("4 met: hematology & oncology 207RH0003X", "1",
            [](CaseBuilder &b) { b.setTaxonomies({ u"207RH0003X"_s }); }, "1.4", kMet, kMeets);
        row("4 met: internal medicine in consultation with a hematologist", "1",
            [](CaseBuilder &b) {
                internalMedicine(b);
                b.attest(u"prescriber-consulted-hematologist"_s, true);
            },
            "1.4", kMet, kMeets);
        row("4 not-met: internal medicine, no hematologist consulted", "1",
            [](CaseBuilder &b) {
                internalMedicine(b);
                b.attest(u"prescriber-consulted-hematologist"_s, false);
            },
            "1.4", kNotMet, kDoesNotMeet);
        row("4 unknown: internal medicine, consultation not stated", "1", internalMedicine, "1.4",
            kUnknown, kNeedsInformation);

        // --- 5. One of a, b (applies to hemophilia A only) ---
        row("5 met: emicizumab not tolerated (b)", "1", unchanged, "1.5", kMet, kMeets);
        row("5 met: continuation of prior therapy (a)", "1",
            [](CaseBuilder &b) {
                b.attest(u"continuing-prior-therapy"_s, true);
                b.attest(u"emicizumab-tried-or-contraindicated"_s, false);
            },
            "1.5", kMet, kMeets);
        row("5 not-met: neither continuation nor emicizumab tried", "1",
            [](CaseBuilder &b) { b.attest(u"emicizumab-tried-or-contraindicated"_s, false); }, "1.5", kNotMet,
            kDoesNotMeet);
        row("5 unknown: not continuing, emicizumab not stated", "1",
            [](CaseBuilder &b) { b.unattest(u"emicizumab-tried-or-contraindicated"_s); }, "1.5", kUnknown,
            kNeedsInformation);
        row("5 unknown: neither stated", "1",
            [](CaseBuilder &b) {
                b.unattest(u"continuing-prior-therapy"_s);
                b.unattest(u"emicizumab-tried-or-contraindicated"_s);
            },
            "1.5", kUnknown, kNeedsInformation);
        row("5 not-applicable: hemophilia B", "1", hemophiliaB, "1.5", kNotApplicable, kMeets);
        row("5 not-applicable: hemophilia B, emicizumab attested no", "1",
            [](CaseBuilder &b) {
                hemophiliaB(b);
                b.attest(u"emicizumab-tried-or-contraindicated"_s, false);
            },
            "1.5", kNotApplicable, kMeets);
        row("5.a not-met: attested no (5 met by b)", "1", unchanged, "1.5.a", kNotMet, kMeets);
        row("5.a unknown: not stated (5 met by b)", "1",
            [](CaseBuilder &b) { b.unattest(u"continuing-prior-therapy"_s); }, "1.5.a", kUnknown, kMeets);
        row("5.b met: attested yes", "1", unchanged, "1.5.b", kMet, kMeets);
        row("5.b not-met: attested no, 5 met by a", "1",
            [](CaseBuilder &b) {
                b.attest(u"continuing-prior-therapy"_s, true);
                b.attest(u"emicizumab-tried-or-contraindicated"_s, false);
            },
            "1.5.b", kNotMet, kMeets);

        // --- Reauthorization 1. continues to be used for prophylaxis ---
        row("R.1 met: continuation for bleeding prevention", "2", continuation, "2.1",
            kMet, kMeets);
        row("R.1 not-met: continuation for bleeding treatment", "2",
            both(continuation, [](CaseBuilder &b) { b.attest(u"request-use"_s, u"bleeding-treatment"_s); }),
            "2.1", kNotMet, kDoesNotMeet);
        row("R.1 unknown: use not stated", "2",
            both(continuation, [](CaseBuilder &b) { b.unattest(u"request-use"_s); }), "2.1", kUnknown,
            kNeedsInformation);
        // --- Reauthorization 2. positive clinical response ---
        row("R.2 met: beneficial response attested", "2", continuation, "2.2", kMet,
            kMeets);
        row("R.2 not-met: no beneficial response", "2",
            both(continuation, [](CaseBuilder &b) { b.attest(u"beneficial-response"_s, false); }),
            "2.2", kNotMet, kDoesNotMeet);
        row("R.2 unknown: response not stated", "2",
            both(continuation, [](CaseBuilder &b) { b.unattest(u"beneficial-response"_s); }), "2.2",
            kUnknown, kNeedsInformation);
        // A dose increase (150 to 300 mg weekly) is a request of a member on therapy: the Reauthorization section.
        row("R.2 met: dose increase with beneficial response", "2",
            both(continuation, [](CaseBuilder &b) { b.attest(u"request-type"_s, u"dose-increase"_s); }),
            "2.2", kMet, kMeets);
        // --- The dose: the page states no dose limit (nor the label's 150 mg weekly, 300 mg
        // weekly for patients of at least 50 kg), so no dose decides a criterion ---
        const auto weekly = [](double mg) {
            return [mg](CaseBuilder &b) { b.setDose(mg, u"mg"_s, 168); };
        };
        const auto weighing = [](double kg) {
            return [kg](CaseBuilder &b) { b.setLab(u"weight"_s, kg, QDate(2026, 11, 12)); };
        };
        row("dose: 150 mg once weekly meets section 1", "1", weekly(150), "1", kMet, kMeets);
        row("dose: 300 mg once weekly at 70 kg meets section 1", "1", weekly(300), "1", kMet, kMeets);
        row("dose: 300 mg once weekly at 49.9 kg (under the label's 50 kg) still meets", "1",
            both(weekly(300), weighing(49.9)), "1", kMet, kMeets);
        row("dose: 300 mg once weekly at exactly 50 kg meets", "1", both(weekly(300), weighing(50)), "1", kMet, kMeets);
        row("dose: 600 mg once weekly (over the label) still meets: no limit on the page", "1", weekly(600), "1", kMet,
            kMeets);
        row("dose: none on the request (the example's) meets", "1", [](CaseBuilder &b) { b.removeDose(); }, "1", kMet,
            kMeets);
        row("dose: 300 mg weekly, no weight on file, meets", "1",
            both(weekly(300), [](CaseBuilder &b) { b.removeLab(u"weight"_s); }), "1", kMet, kMeets);
        row("R dose increase to 300 mg weekly meets section 2", "2",
            both(continuation, both(weekly(300), [](CaseBuilder &b) { b.attest(u"request-type"_s, u"dose-increase"_s); })),
            "2", kMet, kMeets);
        // Reauthorization lists only its two criteria: the initial ones are not asked again.
        row("R.1 met: continuation at age 11 with inhibitors (initial criteria not repeated)", "2",
            both(continuation, both(fviii(3), [](CaseBuilder &b) { b.setBirthDate(QDate(2014, 11, 22)); })),
            "2.1", kMet, kMeets);
    }

    void criterion()
    {
        QFETCH(Change, change);
        QFETCH(QString, pathway);
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(QString, recommendation);

        CaseBuilder b = example();
        change(b);
        checkCriterion(b.evaluate(kPolicy), pathway, label, status, recommendation);
    }

    // Letters in both languages: every criterion a letter explains (not met,
    // unknown) has its finding in plain words, in Spanish too rather than the
    // English quoted, and the policy's words and approval words have their
    // Spanish translation; the same rows as criterion().
    void spanishLettersNeedNoEnglish_data() { criterion_data(); }

    void spanishLettersNeedNoEnglish()
    {
        QFETCH(Change, change);
        CaseBuilder b = example();
        change(b);
        const Evaluation ev = b.evaluate(kPolicy);
        const auto book = letters::PhraseBook::builtIn();
        QVERIFY2(bool(book), qPrintable(book ? QString() : book.error()));
        for (const CriterionResult &c : ev.criteria) {
            const letters::Plain words = (*book)->policyWords(c.text, u"es"_s);
            QVERIFY2(words.translated, qPrintable(u"%1: \"%2\" has no Spanish translation"_s.arg(c.label, c.text)));
            if (c.section || (c.status != CriterionStatus::NotMet && c.status != CriterionStatus::Unknown))
                continue;
            for (const char *language : {"en", "es"}) {
                const PlainText plain = FindingText::builtIn().plain(c.finding, QString::fromLatin1(language));
                QVERIFY2(plain.translated, qPrintable(u"%1 (%2): \"%3\" is quoted, not explained: %4"_s.arg(
                                               c.label, QString::fromLatin1(language), c.reason, plain.text)));
            }
        }
        if (ev.approval)
            QVERIFY2((*book)->policyWords(ev.approval->text, u"es"_s).translated, qPrintable(ev.approval->text));
    }

    // The example meets every criterion of section 1, and both sections approve 12 months.
    void approvalTwelveMonths_data()
    {
        QTest::addColumn<QString>("requestType");
        QTest::addColumn<QString>("pathway");
        QTest::newRow("initial: 12 months") << u"initial"_s << u"1"_s;
        QTest::newRow("continuation: 12 months") << u"continuation"_s << u"2"_s;
    }

    void approvalTwelveMonths()
    {
        QFETCH(QString, requestType);
        QFETCH(QString, pathway);
        CaseBuilder b = example();
        b.attest(u"request-type"_s, requestType);
        b.attest(u"beneficial-response"_s, true);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(ev.pathway, pathway);
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
        QVERIFY(ev.approval.has_value());
        QCOMPARE(ev.approval->durationMonths.value_or(0), 12);
    }

    // The page sets no quantity: the approval is the dose requested, with what
    // it comes to in 28 days, in the reviewer's words and both letters'.
    void approvalQuantity_data()
    {
        QTest::addColumn<double>("mg");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("es");
        QTest::newRow("150 mg once weekly") << 150.0 << 168.0 << u"150 mg once weekly (600 mg per 28 days)"_s
                                            << u"150 milligrams (mg) once weekly (600 mg per 28 days)"_s
                                            << u"150 miligramos (mg) una vez por semana (600 mg cada 28 días)"_s;
        QTest::newRow("300 mg once weekly") << 300.0 << 168.0 << u"300 mg once weekly (1200 mg per 28 days)"_s
                                            << u"300 milligrams (mg) once weekly (1200 mg per 28 days)"_s
                                            << u"300 miligramos (mg) una vez por semana (1200 mg cada 28 días)"_s;
    }

    void approvalQuantity()
    {
        QFETCH(double, mg);
        QFETCH(double, hours);
        QFETCH(QString, reason);
        QFETCH(QString, en);
        QFETCH(QString, es);
        CaseBuilder b = example();
        b.setDose(mg, u"mg"_s, hours);
        const Evaluation ev = b.evaluate(kPolicy);
        QCOMPARE(recommendationName(ev.recommendation), u"meets-criteria"_s);
        QVERIFY(ev.approval.has_value());
        QCOMPARE(ev.approval->quantity, reason);
        const auto book = letters::PhraseBook::builtIn();
        QVERIFY(bool(book));
        QCOMPARE(FindingText::builtIn().phrase(ev.approval->quantityFinding, u"en"_s, **book).value_or(QString()), en);
        QCOMPARE(FindingText::builtIn().phrase(ev.approval->quantityFinding, u"es"_s, **book).value_or(QString()), es);
    }

    // The questions the intake form asks for Hympavzi are the items this
    // policy's rules name, the two new ones among them.
    void intakeAsksThePolicysQuestions()
    {
        const QStringList asked = library().attestationItems(u"hympavzi"_s, exampleAsOf());
        for (const char *item : {"continuing-prior-therapy", "emicizumab-tried-or-contraindicated", "beneficial-response",
                                 "inhibitor-history", "prescriber-consulted-hematologist"})
            QVERIFY2(asked.contains(QString::fromLatin1(item)), qPrintable(asked.join(u", "_s)));
        // Nothing for the gene therapies' or factor VIIa's policies.
        QVERIFY2(!asked.contains(u"aav5-nab-screened"_s), qPrintable(asked.join(u", "_s)));
        QVERIFY2(!asked.contains(u"refractory-to-platelet-transfusions"_s), qPrintable(asked.join(u", "_s)));
    }

    // From the request alone, as the command line does it: the payer table
    // takes "Western Health Advantage" to this policy and the HCPCS code to Hympavzi.
    void commandLineFindsThePolicyByPayerAndDrug()
    {
        const CliRun r = runCli({ u"evaluate"_s, u"--bundle"_s, testDataPath(kExample), u"--format"_s, u"text"_s });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Western Health Advantage GL-182187 Hympavzi (marstacimab-hncq)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"drug hympavzi"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"recommendation: meets-criteria"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCriteriaWhaGl182187)
#include "tst_criteria_wha_gl_182187.moc"
