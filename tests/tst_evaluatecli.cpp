// `pareview evaluate` and the shape of its criteria (../shared/spec/evaluate-cli.md):
// every leaf and every group of the evaluated section is listed, the
// section's own node (I.A, 1, Hemgenix) first with its combined status; a
// request that falls through to a referral still shows the listed section it
// was checked against, with the criterion that excluded it, before the
// referral section (../shared/design/POLICY-READING.md). Run through the real
// command line, in process.

#include "CliRunner.h"
#include "CaseBuilder.h"
#include "testsupport.h"

#include "cli/Cli.h"
#include "findings/FindingText.h"
#include "letters/PhraseBook.h"
#include "policy/PolicyLibrary.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace testsupport;
using namespace pareview;

namespace {

QString example(const QString &name)
{
    return sharedPath(QStringLiteral("spec/examples/") + name);
}

// Evaluates a bundle file against one policy; fails the test on a bad run.
QJsonObject evaluate(const QString &bundle, const QString &policy)
{
    const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), bundle, QStringLiteral("--policy"),
                             policy, QStringLiteral("--format"), QStringLiteral("json")});
    if (r.code != 0)
        qWarning("exit %d: %s", r.code, qPrintable(r.err));
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
    if (pe.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return o;
}

QStringList labelsOf(const QJsonObject &result)
{
    QStringList out;
    for (const auto &c : result.value(QStringLiteral("criteria")).toArray())
        out << c.toObject().value(QStringLiteral("label")).toString();
    return out;
}

QString statusOf(const QJsonObject &result, const QString &label)
{
    for (const auto &c : result.value(QStringLiteral("criteria")).toArray())
        if (c.toObject().value(QStringLiteral("label")).toString() == label)
            return c.toObject().value(QStringLiteral("status")).toString();
    return QStringLiteral("<not listed>");
}

// The section's id and the full label of every node under it, pre-order.
QStringList sectionLabels(const Pathway &p)
{
    QStringList out{p.id};
    std::function<void(const Criterion &)> visit = [&](const Criterion &c) {
        out << c.fullLabel;
        for (const Criterion &child : c.children)
            visit(child);
    };
    for (const Criterion &c : p.criteria)
        visit(c);
    return out;
}

const Pathway *pathwayOf(const QString &policyId, const QString &id)
{
    static const PolicyLibrary lib = PolicyLibrary::builtIn();
    const Policy *policy = lib.inEffect(policyId, QDate(2026, 11, 21));
    if (!policy)
        return nullptr;
    for (const Pathway &p : policy->pathways)
        if (p.id == id)
            return &p;
    return nullptr;
}

// Writes a copy of an example bundle with one QuestionnaireResponse answer
// changed to a code.
QString bundleWithAnswer(const QTemporaryDir &dir, const QString &exampleName, const QString &linkId, const QString &code)
{
    QJsonObject bundle = QJsonDocument::fromJson(readAll(example(exampleName))).object();
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries[i].toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() != QLatin1String("QuestionnaireResponse"))
            continue;
        QJsonArray items = resource.value(QStringLiteral("item")).toArray();
        for (int j = 0; j < items.size(); ++j) {
            QJsonObject item = items[j].toObject();
            if (item.value(QStringLiteral("linkId")).toString() != linkId)
                continue;
            QJsonObject coding{{QStringLiteral("system"), QStringLiteral("urn:pareview:answer")}, {QStringLiteral("code"), code}};
            item.insert(QStringLiteral("answer"), QJsonArray{QJsonObject{{QStringLiteral("valueCoding"), coding}}});
            items[j] = item;
        }
        resource.insert(QStringLiteral("item"), items);
        entry.insert(QStringLiteral("resource"), resource);
        entries[i] = entry;
    }
    bundle.insert(QStringLiteral("entry"), entries);
    const QString path = dir.filePath(exampleName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(bundle).toJson());
    return path;
}

// Writes a copy of an example bundle whose QuestionnaireResponse was authored
// on `authored` (empty: unchanged) and carries the boolean answers given.
QString bundleWithAttestations(const QTemporaryDir &dir, const QString &exampleName, const QString &authored,
                               const QList<QPair<QString, bool>> &answers)
{
    QJsonObject bundle = QJsonDocument::fromJson(readAll(example(exampleName))).object();
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries[i].toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() != QLatin1String("QuestionnaireResponse"))
            continue;
        if (!authored.isEmpty())
            resource.insert(QStringLiteral("authored"), authored);
        QJsonArray items = resource.value(QStringLiteral("item")).toArray();
        for (const auto &[linkId, value] : answers)
            items.append(QJsonObject{{QStringLiteral("linkId"), linkId},
                                     {QStringLiteral("answer"), QJsonArray{QJsonObject{{QStringLiteral("valueBoolean"), value}}}}});
        resource.insert(QStringLiteral("item"), items);
        entry.insert(QStringLiteral("resource"), resource);
        entries[i] = entry;
    }
    bundle.insert(QStringLiteral("entry"), entries);
    const QString path = dir.filePath(QStringLiteral("attested-") + exampleName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(bundle).toJson());
    return path;
}

} // namespace

class TestEvaluateCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyGroupIsListed_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("pathway");
        QTest::newRow("cigna-ip0535 1") << "hg-01-complete.json" << "cigna-ip0535" << "1";
        QTest::newRow("centene-cp-phar-580 I.A") << "hg-01-complete.json" << "centene-cp-phar-580" << "I.A";
        QTest::newRow("pharmacy-109 Hemgenix") << "hg-01-complete.json" << "pharmacy-109" << "Hemgenix";
        QTest::newRow("pharmacy-109 Roctavian") << "ro-01-complete.json" << "pharmacy-109" << "Roctavian";
        QTest::newRow("cigna-ip0355 1") << "sf-01-hemA-inhibitor-12bu.json" << "cigna-ip0355" << "1";
        QTest::newRow("centene-cp-phar-220 I.A SevenFact") << "sf-01-hemA-inhibitor-12bu.json" << "centene-cp-phar-220" << "I.A";
        QTest::newRow("centene-cp-phar-220 I.A NovoSeven") << "ns-01-acquired.json" << "centene-cp-phar-220" << "I.A";
    }

    // The section's own node first, met with its parts; then every node of
    // the policy file under it, each once, in the policy's order.
    void everyGroupIsListed()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, policy);
        QFETCH(QString, pathway);
        const QJsonObject result = evaluate(example(bundle), policy);
        QCOMPARE(result.value(QStringLiteral("pathway")).toString(), pathway);
        const Pathway *p = pathwayOf(policy, pathway);
        QVERIFY(p);
        QCOMPARE(labelsOf(result), sectionLabels(*p));
        const QJsonObject section = result.value(QStringLiteral("criteria")).toArray().first().toObject();
        QCOMPARE(section.value(QStringLiteral("label")).toString(), pathway);
        QCOMPARE(section.value(QStringLiteral("status")).toString(), QStringLiteral("met"));
        QCOMPARE(section.value(QStringLiteral("source")).toString(), QStringLiteral("auto"));
        QVERIFY(!section.value(QStringLiteral("reason")).toString().isEmpty());
    }

    // The section's status is its criteria combined: a failed criterion makes
    // it not met, and the text output shows it as the first line.
    void sectionStatusIsCombined()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bundle = bundleWithAnswer(dir, QStringLiteral("sf-01-hemA-inhibitor-12bu.json"),
                                                QStringLiteral("request-type"), QStringLiteral("continuation"));
        QVERIFY(!bundle.isEmpty());
        const QJsonObject result = evaluate(bundle, QStringLiteral("centene-cp-phar-220"));
        QCOMPARE(result.value(QStringLiteral("pathway")).toString(), QStringLiteral("II.A"));
        // Continuation without an attested beneficial response or prior approval.
        QCOMPARE(labelsOf(result).first(), QStringLiteral("II.A"));
        QCOMPARE(labelsOf(result), sectionLabels(*pathwayOf(QStringLiteral("centene-cp-phar-220"), QStringLiteral("II.A"))));
        QCOMPARE(statusOf(result, QStringLiteral("II.A")),
                 result.value(QStringLiteral("recommendation")).toString() == QLatin1String("needs-information")
                     ? QStringLiteral("unknown")
                     : QStringLiteral("not-met"));

        const CliRun text = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), bundle, QStringLiteral("--policy"),
                                    QStringLiteral("centene-cp-phar-220"), QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("II.A ")), qPrintable(text.out));
    }

    // SevenFact for perioperative use is referred under I.C: the result shows
    // I.A with I.A.4 not met (I.A.4.b: NovoSeven RT only), then the referral.
    void fallThroughShowsWhy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bundle = bundleWithAnswer(dir, QStringLiteral("sf-01-hemA-inhibitor-12bu.json"),
                                                QStringLiteral("request-use"), QStringLiteral("perioperative"));
        QVERIFY(!bundle.isEmpty());
        const QJsonObject result = evaluate(bundle, QStringLiteral("centene-cp-phar-220"));
        QCOMPARE(result.value(QStringLiteral("pathway")).toString(), QStringLiteral("I.C"));
        QCOMPARE(result.value(QStringLiteral("recommendation")).toString(), QStringLiteral("refer"));
        QCOMPARE(result.value(QStringLiteral("referTo")).toString(), QStringLiteral("CP.CPA.09"));
        QVERIFY(result.value(QStringLiteral("approval")).isNull());

        const QStringList expected = sectionLabels(*pathwayOf(QStringLiteral("centene-cp-phar-220"), QStringLiteral("I.A")))
                                     + sectionLabels(*pathwayOf(QStringLiteral("centene-cp-phar-220"), QStringLiteral("I.C")));
        QCOMPARE(labelsOf(result), expected);
        QCOMPARE(statusOf(result, QStringLiteral("I.A")), QStringLiteral("not-met"));
        QCOMPARE(statusOf(result, QStringLiteral("I.A.4")), QStringLiteral("not-met"));
        QCOMPARE(statusOf(result, QStringLiteral("I.A.4.a")), QStringLiteral("not-met"));
        QCOMPARE(statusOf(result, QStringLiteral("I.A.4.b")), QStringLiteral("not-applicable"));
        QCOMPARE(statusOf(result, QStringLiteral("I.A.1")), QStringLiteral("met"));
        QCOMPARE(statusOf(result, QStringLiteral("I.C")), QStringLiteral("met"));
        QCOMPARE(statusOf(result, QStringLiteral("I.C.2")), QStringLiteral("met"));
        for (const auto &c : result.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("label")).toString() == QLatin1String("I.A"))
                QVERIFY2(o.value(QStringLiteral("reason")).toString().contains(QStringLiteral("I.A.4")),
                         qPrintable(o.value(QStringLiteral("reason")).toString()));
            if (o.value(QStringLiteral("label")).toString() == QLatin1String("I.A.4.b"))
                QVERIFY2(o.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Sevenfact"), Qt::CaseInsensitive),
                         qPrintable(o.value(QStringLiteral("reason")).toString()));
        }
    }

    // A Roctavian request for hemophilia B is referred under PHARMACY-109:
    // the Roctavian section shows Roctavian.3 (the diagnosis) not met.
    void fallThroughPharmacy109()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject bundle = QJsonDocument::fromJson(readAll(example(QStringLiteral("ro-01-complete.json")))).object();
        QByteArray text = QJsonDocument(bundle).toJson();
        QVERIFY(text.contains("\"D66\""));
        text.replace("\"D66\"", "\"D67\"");
        const QString path = dir.filePath(QStringLiteral("ro-hemB.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QJsonObject result = evaluate(path, QStringLiteral("pharmacy-109"));
        QCOMPARE(result.value(QStringLiteral("recommendation")).toString(), QStringLiteral("refer"));
        QCOMPARE(labelsOf(result), sectionLabels(*pathwayOf(QStringLiteral("pharmacy-109"), QStringLiteral("Roctavian"))));
        QCOMPARE(statusOf(result, QStringLiteral("Roctavian")), QStringLiteral("not-met"));
        QCOMPARE(statusOf(result, QStringLiteral("Roctavian.3")), QStringLiteral("not-met"));
    }

    // The two attestation items of the intake bundle that the readings rest
    // on, read from a bundle and decided through the engine.
    void newAttestationItems_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("answers"); // linkId=true|false
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("recommendation");
        QTest::newRow("I.A.8.c unknown: liver abnormality history attested, hepatologist not")
            << "hg-01-complete.json" << "centene-cp-phar-580" << QStringList{QStringLiteral("liver-abnormality-history=true")}
            << "I.A.8.c" << "unknown" << "needs-information";
        QTest::newRow("I.A.8.c met: liver abnormality history and the hepatologist attested")
            << "hg-01-complete.json" << "centene-cp-phar-580"
            << QStringList{QStringLiteral("liver-abnormality-history=true"), QStringLiteral("hepatologist-attests-eligible=true")}
            << "I.A.8.c" << "met" << "meets-criteria";
        QTest::newRow("I.A.8.c not-applicable: no liver abnormality history")
            << "hg-01-complete.json" << "centene-cp-phar-580" << QStringList{QStringLiteral("liver-abnormality-history=false")}
            << "I.A.8.c" << "not-applicable" << "meets-criteria";
        QTest::newRow("Hemgenix.1 met: prescribed in consultation with a hematologist at an HTC")
            << "hg-01-complete.json" << "pharmacy-109" << QStringList{QStringLiteral("consulted-htc-hematologist=true")}
            << "Hemgenix.1" << "met" << "meets-criteria";
        QTest::newRow("Roctavian.1 met: prescribed in consultation with a hematologist at an HTC")
            << "ro-01-complete.json" << "pharmacy-109" << QStringList{QStringLiteral("consulted-htc-hematologist=true")}
            << "Roctavian.1" << "met" << "meets-criteria";
    }

    void newAttestationItems()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, policy);
        QFETCH(QStringList, answers);
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(QString, recommendation);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<QPair<QString, bool>> items;
        for (const QString &a : answers)
            items.append({a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1) == QLatin1String("true")});
        const QString path = bundleWithAttestations(dir, bundle, QString(), items);
        QVERIFY(!path.isEmpty());
        const QJsonObject result = evaluate(path, policy);
        QCOMPARE(statusOf(result, label), status);
        QCOMPARE(result.value(QStringLiteral("recommendation")).toString(), recommendation);
    }

    // The attestations carry their QuestionnaireResponse's authored date; a
    // finding the policy wants "within the past 3 months" attested earlier is unknown.
    void attestationWindow_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("authored");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::newRow("Hemgenix.8.a met: authored 2026-08-21") << "hg-01-complete.json" << "pharmacy-109" << "2026-08-21"
                                                                << "Hemgenix.8.a" << "met";
        QTest::newRow("Hemgenix.8.a unknown: authored 2026-08-20") << "hg-01-complete.json" << "pharmacy-109" << "2026-08-20"
                                                                    << "Hemgenix.8.a" << "unknown";
        QTest::newRow("Roctavian.9.a unknown: authored 2026-03-02") << "ro-01-complete.json" << "pharmacy-109" << "2026-03-02"
                                                                     << "Roctavian.9.a" << "unknown";
        QTest::newRow("I.A.8.b unknown: ultrasound attested 2026-08-20") << "hg-01-complete.json" << "centene-cp-phar-580"
                                                                          << "2026-08-20" << "I.A.8.b" << "unknown";
        QTest::newRow("I.A.8.b met: ultrasound attested 2026-08-21") << "hg-01-complete.json" << "centene-cp-phar-580"
                                                                      << "2026-08-21" << "I.A.8.b" << "met";
    }

    void attestationWindow()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, policy);
        QFETCH(QString, authored);
        QFETCH(QString, label);
        QFETCH(QString, status);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = bundleWithAttestations(dir, bundle, authored, {});
        QVERIFY(!path.isEmpty());
        const QJsonObject result = evaluate(path, policy);
        QVERIFY2(statusOf(result, label) == status, QJsonDocument(result).toJson().constData());
        QCOMPARE(result.value(QStringLiteral("recommendation")).toString(),
                 status == QLatin1String("met") ? QStringLiteral("meets-criteria") : QStringLiteral("needs-information"));
    }

    // The findings these readings add read as sentences in every letter
    // language (findings.json has a sentence for them), as the others do.
    void newFindingsReadAsSentences()
    {
        QHash<QString, Finding> reasons;
        auto collect = [&](const CaseBuilder &b, const QString &policy) {
            const Evaluation ev = b.evaluate(policy);
            for (const CriterionResult &c : ev.criteria)
                reasons.insert(c.reason, c.finding);
        };
        const QString hg = QStringLiteral("hg-01-complete");
        {
            CaseBuilder b = CaseBuilder::fromExample(hg); // baseline
            b.addLab(QStringLiteral("fix-activity"), 6, QDate(2026, 11, 12));
            collect(b, QStringLiteral("cigna-ip0535"));
            collect(b, QStringLiteral("centene-cp-phar-580"));
        }
        {
            CaseBuilder b = CaseBuilder::fromExample(hg); // attestations outside the window
            b.attestOn(QStringLiteral("hbv-active"), false, QDate(2026, 5, 1)).attestOn(QStringLiteral("hcv-active"), false, QDate());
            b.attestOn(QStringLiteral("liver-ultrasound-normal"), true, QDate(2026, 5, 1));
            collect(b, QStringLiteral("pharmacy-109"));
            collect(b, QStringLiteral("centene-cp-phar-580"));
        }
        for (const bool yes : {true, false}) { // HTC consultation
            CaseBuilder b = CaseBuilder::fromExample(hg);
            b.setTaxonomies({QStringLiteral("207R00000X")}).attest(QStringLiteral("consulted-htc-hematologist"), yes);
            collect(b, QStringLiteral("pharmacy-109"));
            b.unattest(QStringLiteral("consulted-htc-hematologist")).attest(QStringLiteral("prescriber-consulted-hematologist"), yes);
            collect(b, QStringLiteral("pharmacy-109"));
        }
        { // past liver abnormality
            CaseBuilder b = CaseBuilder::fromExample(hg);
            b.addLab(QStringLiteral("alt"), 55, QDate(2025, 6, 1), 40).addLab(QStringLiteral("ast"), 50, QDate(2025, 6, 1), 40);
            b.addLab(QStringLiteral("liver-stiffness"), 9.5, QDate(2025, 3, 1));
            b.attest(QStringLiteral("liver-abnormality-history"), true);
            collect(b, QStringLiteral("centene-cp-phar-580"));
            CaseBuilder maybe = CaseBuilder::fromExample(hg);
            maybe.unattest(QStringLiteral("liver-elastography-normal")).addLab(QStringLiteral("liver-stiffness"), 8, QDate(2025, 3, 1));
            collect(maybe, QStringLiteral("centene-cp-phar-580"));
            CaseBuilder one = CaseBuilder::fromExample(hg);
            one.addLab(QStringLiteral("alt"), 55, QDate(2025, 6, 1), 40);
            collect(one, QStringLiteral("centene-cp-phar-580"));
        }
        for (const double dose : {90.0, 120.0}) { // Glanzmann's dose increase held to I.B.7
            CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("ns-01-acquired"));
            b.setDiagnoses({QStringLiteral("D69.1")})
                .attest(QStringLiteral("refractory-to-platelet-transfusions"), true)
                .attest(QStringLiteral("request-type"), QStringLiteral("dose-increase"))
                .attest(QStringLiteral("previously-met-initial-criteria"), true)
                .attest(QStringLiteral("beneficial-response"), true)
                .setDose(dose, QStringLiteral("mcg/kg"), 2.0);
            collect(b, QStringLiteral("centene-cp-phar-220"));
        }
        { // a limit the data cannot find
            CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("ns-01-acquired"));
            b.setDiagnoses({QStringLiteral("D68.0")})
                .attest(QStringLiteral("request-type"), QStringLiteral("dose-increase"));
            collect(b, QStringLiteral("centene-cp-phar-220"));
        }
        QStringList shorthand;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
            if (it.key().isEmpty())
                continue;
            for (const QString &language : letters::letterLanguages())
                if (!FindingText::builtIn().plain(it.value(), language).translated)
                    shorthand << QStringLiteral("[%1] %2").arg(language, it.key());
        }
        shorthand.sort();
        QVERIFY2(shorthand.isEmpty(), qPrintable(shorthand.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCli)
#include "tst_evaluatecli.moc"
