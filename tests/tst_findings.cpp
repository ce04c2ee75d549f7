// The one renderer of findings (FindingText, resources/letters/findings.json):
// for every kind and letter language a finding reads as a sentence, with
// every argument filled in its language, never the engine's shorthand; some
// kinds word for word; the reason is the engine's shorthand; findings go
// through JSON unchanged (the criteria snapshot, `pareview evaluate`); a
// snapshot from before findings is quoted; a broken findings.json is refused
// with a message naming what is wrong.

#include "engine/EvaluationJson.h"
#include "findings/FindingText.h"
#include "json/JsonWriter.h"
#include "json/StrictJson.h"
#include "letters/CriteriaSnapshot.h"
#include "letters/LetterTemplate.h"
#include "letters/PhraseBook.h"

#include <QRegularExpression>
#include <QTest>

using namespace pareview;

namespace {

const FindingText &text()
{
    return FindingText::builtIn();
}

const letters::PhraseBook &book()
{
    static const auto b = letters::PhraseBook::builtIn().value();
    return *b;
}

// A value of each argument a template may name: words the letters' tables know.
QVariant sample(const QString &name)
{
    static const char *const words[][2] = {
        {"lab", "ALT"}, {"item", "history of a detectable inhibitor"}, {"factor", "factor IX"},
        {"statement", "prescribed by a hematologist"}, {"response", "anamnestic"}, {"requestType", "continuation"},
        {"use", "bleeding-prevention"}, {"sex", "male"}, {"answerText", "continuation"}, {"result", "not detected"},
        {"answer", "yes"}, {"unit", "U/L"}, {"limitUnit", "U/L"}, {"window", "3 months"}, {"op", "≥"},
        {"code", "D67"}, {"perKg", "2×10^13"}, {"hours", "2"}, {"titer", "1:5"}, {"ndc", "0053-0160-16"},
        {"org", "Valley Hemophilia Treatment Center"}, {"basis", "207R00000X"}, {"taxonomy", "207RH0000X"},
        {"drug", "Sevenfact"}, {"policy", "Cigna IP0355"}, {"referTo", "CP.PMN.53"}, {"subject", "Sevenfact"},
        {"text", "the requested use is not listed"}, {"label", "1.A"}, {"pathway", "I.A"}, {"total", "189,000"},
        {"quantityUnit", "mcg"}, {"amountPerKg", "2,700"},
        {"condition", "Glanzmann's thrombasthenia, held to the limit it was approved under (I.B.7)"}};
    for (const auto &w : words)
        if (name == QLatin1String(w[0]))
            return QString::fromUtf8(w[1]);
    if (name == QLatin1String("date"))
        return QDate(2026, 11, 5);
    if (name == QLatin1String("reviewDate"))
        return QDate(2026, 11, 21);
    if (name == QLatin1String("retestDate"))
        return QDate(2026, 11, 12);
    if (name == QLatin1String("codes"))
        return QStringList{QStringLiteral("D66"), QStringLiteral("D67")};
    if (name == QLatin1String("wanted"))
        return QStringList{QStringLiteral("D66"), QStringLiteral("D68.311")};
    return 12.0;
}

Finding drawn()
{
    return Finding(QStringLiteral("drawn")).arg(QStringLiteral("date"), QDate(2026, 11, 5)).arg(QStringLiteral("days"), 16.0);
}

// A finding of `kind` with every argument its templates name and parts of a kind that reads as a sentence.
Finding sampleOf(const QString &kind)
{
    Finding f(kind);
    QByteArray all;
    const QByteArray data = letters::letterResource(QStringLiteral("findings.json")).value();
    auto root = json::parse(data).value();
    const json::Value *k = root->find(QLatin1String("kinds"))->find(kind);
    for (const char *field : {"reason", "en", "es"})
        if (const json::Value *t = k->find(QLatin1String(field)))
            all += t->toString().toUtf8();
    static const QRegularExpression placeholder(QStringLiteral("\\{ ?([A-Za-z]+[0-9]*)\\}"));
    for (auto it = placeholder.globalMatch(QString::fromUtf8(all)); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name.startsWith(QLatin1String("part")) || name == QLatin1String("labelled") || name == QLatin1String("labels"))
            continue;
        f.arg(name, sample(name));
    }
    if (all.contains("{part") || all.contains("{parts}") || all.contains("{labelled}")) {
        f.part(drawn()).part(drawn());
    }
    if (all.contains("{labelled}") || all.contains("{labels}")) {
        f.labels = {QStringLiteral("1.A"), QStringLiteral("1.B")};
    }
    return f;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKindReadsAsASentence_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("language");
        for (const QString &kind : text().kinds())
            for (const QString &language : letters::letterLanguages())
                if (text().hasSentence(kind, language))
                    QTest::addRow("%s %s", qPrintable(kind), qPrintable(language)) << kind << language;
    }
    void everyKindReadsAsASentence()
    {
        QFETCH(QString, kind);
        QFETCH(QString, language);
        const Finding f = sampleOf(kind);
        QVERIFY2(!text().reason(f).contains(QLatin1Char('{')), qPrintable(text().reason(f)));
        const auto words = text().phrase(f, language, book());
        QVERIFY2(words, qPrintable(QStringLiteral("%1 has no %2 words for %3").arg(kind, language, text().reason(f))));
        QVERIFY2(!words->contains(QLatin1Char('{')), qPrintable(*words));
        const PlainText plain = text().plain(f, language, book());
        QVERIFY(plain.translated);
        QVERIFY2(plain.text.at(0).isUpper() || plain.text.at(0).isDigit(), qPrintable(plain.text));
        // The engine's shorthand and its ISO dates stay out of letters.
        for (const char *shorthand : {" ULN", " BU ", "2026-11-05", "×10^"})
            QVERIFY2(!plain.text.contains(QLatin1String(shorthand)), qPrintable(plain.text));
        if (f.args.contains(QStringLiteral("date")) && !kind.startsWith(QLatin1String("quantity")))
            QVERIFY2(plain.text.contains(language == QLatin1String("es") ? QStringLiteral("2026") : QStringLiteral("November 5, 2026")),
                     qPrintable(plain.text));
    }

    // Every kind the evaluator names has a reason template (a typo in a kind is caught here).
    void everyKindHasAReason()
    {
        for (const QString &kind : text().kinds())
            QVERIFY2(!text().reason(sampleOf(kind)).isEmpty() || kind == QLatin1String("joined"), qPrintable(kind));
    }

    void wordForWord_data()
    {
        QTest::addColumn<Finding>("finding");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("es");
        const Finding alt = Finding(QStringLiteral("lab-uln"))
                                .arg(QStringLiteral("lab"), QStringLiteral("ALT"))
                                .arg(QStringLiteral("value"), 96.0)
                                .arg(QStringLiteral("unit"), QStringLiteral("U/L"))
                                .arg(QStringLiteral("op"), QStringLiteral(">"))
                                .arg(QStringLiteral("multiple"), 2.0)
                                .arg(QStringLiteral("uln"), 40.0)
                                .arg(QStringLiteral("limit"), 80.0)
                                .arg(QStringLiteral("limitUnit"), QStringLiteral("U/L"))
                                .part(drawn());
        QTest::newRow("lab against a multiple of its ULN")
            << alt << QStringLiteral("ALT 96 U/L > 2 × ULN (2 × 40 = 80 U/L), drawn 2026-11-05, 16 days before review")
            << QStringLiteral("Your alanine aminotransferase (a liver test) was 96 units per liter (test done on November 5, 2026, 16 days before the review), which is more than 2 times the upper limit of normal (2 × 40 = 80 units per liter).")
            << QStringLiteral("Su alanina aminotransferasa (una prueba del hígado) fue de 96 unidades por litro (análisis del 5 de noviembre de 2026, 16 días antes de la revisión), es decir, más de 2 veces el límite superior de lo normal (2 × 40 = 80 unidades por litro).");
        const Finding old = Finding(QStringLiteral("attestation-old"))
                                .arg(QStringLiteral("item"), QStringLiteral("active hepatitis B"))
                                .arg(QStringLiteral("date"), QDate(2026, 5, 1))
                                .arg(QStringLiteral("days"), 204.0)
                                .arg(QStringLiteral("reviewDate"), QDate(2026, 11, 21))
                                .arg(QStringLiteral("window"), QStringLiteral("3 months"));
        QTest::newRow("attestation outside its window")
            << old << QStringLiteral("the attestation on active hepatitis B (attested 2026-05-01) is 204 days before 2026-11-21 (window 3 months)")
            << QStringLiteral("Your prescriber's statement about “active hepatitis B infection” is from May 1, 2026, 204 days before the review on November 21, 2026; the policy needs one from the last 3 months.")
            << QStringLiteral("La declaración de su médico sobre «infección activa por hepatitis B» es del 1 de mayo de 2026, 204 días antes de la revisión del 21 de noviembre de 2026; la póliza pide una de los últimos 3 meses.");
        const Finding dose = Finding(QStringLiteral("dose-too-often"))
                                 .part(Finding(QStringLiteral("dose-amount-every"))
                                           .arg(QStringLiteral("perKg"), QStringLiteral("75"))
                                           .arg(QStringLiteral("unit"), QStringLiteral("mcg/kg"))
                                           .arg(QStringLiteral("hours"), QStringLiteral("1.5")))
                                 .part(Finding(QStringLiteral("hours")).arg(QStringLiteral("hours"), QStringLiteral("2")));
        QTest::newRow("doses too close together")
            << dose << QStringLiteral("requested 75 mcg/kg every 1.5 hours: doses closer than every 2 hours")
            << QStringLiteral("The requested dose (75 micrograms per kilogram of body weight every 1.5 hours) is given more often than every 2 hours, which the policy allows.")
            << QStringLiteral("La dosis pedida (75 microgramos por kilogramo de peso corporal cada 1.5 horas) se da con más frecuencia que cada 2 horas, que es lo que permite la póliza.");
        Finding group(QStringLiteral("group-not-met"));
        group.labels = {QStringLiteral("1.I.i"), QStringLiteral("1.I.ii")};
        group.parts = {alt, alt};
        QTest::newRow("a group names the requirements that decided it")
            << group << QStringLiteral("not met: 1.I.i (%1); 1.I.ii (%1)").arg(text().reason(alt))
            << QStringLiteral("Not met, because of requirements 1.I.i and 1.I.ii, explained below.")
            << QStringLiteral("No se cumple, por los requisitos 1.I.i y 1.I.ii, que se explica abajo.");
        Finding joined(QStringLiteral("joined"));
        joined.parts = {Finding(QStringLiteral("age-missing")), Finding(QStringLiteral("sex-missing"))};
        QTest::newRow("joined findings are sentences of their own")
            << joined << QStringLiteral("no birth date; sex at birth not recorded")
            << QStringLiteral("The request did not give your date of birth. The request did not give your sex assigned at birth.")
            << QStringLiteral("La solicitud no indicó su fecha de nacimiento. La solicitud no indicó su sexo asignado al nacer.");
        const Finding refer = Finding(QStringLiteral("refer-dx-use"))
                                  .arg(QStringLiteral("drug"), QStringLiteral("Sevenfact"))
                                  .arg(QStringLiteral("codes"), QStringList{QStringLiteral("D68.311")})
                                  .arg(QStringLiteral("use"), QStringLiteral("bleeding-treatment"))
                                  .arg(QStringLiteral("policy"), QStringLiteral("Centene CP.PHAR.220"))
                                  .arg(QStringLiteral("referTo"), QStringLiteral("CP.PMN.53"));
        QTest::newRow("a referral")
            << refer << QStringLiteral("Sevenfact, diagnosis D68.311, use bleeding-treatment is not a use listed in Centene CP.PHAR.220; refer to CP.PMN.53")
            << text().plain(refer, QStringLiteral("en"), book()).text << text().plain(refer, QStringLiteral("es"), book()).text;
        const Finding words = Finding(QStringLiteral("policy-words")).arg(QStringLiteral("text"), QStringLiteral("not a use the policy lists"));
        QTest::newRow("the policy's own words, untranslated, are quoted in Spanish")
            << words << QStringLiteral("not a use the policy lists") << QStringLiteral("Not a use the policy lists.")
            << QStringLiteral("Detalle del expediente, tal como está escrito en inglés: «not a use the policy lists»");
    }
    void wordForWord()
    {
        QFETCH(Finding, finding);
        QFETCH(QString, reason);
        QFETCH(QString, en);
        QFETCH(QString, es);
        QCOMPARE(text().reason(finding), reason);
        QCOMPARE(text().plain(finding, QStringLiteral("en"), book()).text, en);
        QCOMPARE(text().plain(finding, QStringLiteral("es"), book()).text, es);
        QVERIFY(!text().plain(finding, QStringLiteral("en"), book()).text.contains(QStringLiteral("Detalle")));
    }

    // What `pareview evaluate` and the criteria snapshot store reads back as the same finding.
    void throughJsonUnchanged()
    {
        for (const QString &kind : text().kinds()) {
            const Finding f = sampleOf(kind);
            json::Writer w(false);
            f.write(w);
            auto parsed = json::parse(w.text().toUtf8());
            QVERIFY2(parsed, qPrintable(w.text()));
            auto back = Finding::read(*parsed.value());
            QVERIFY2(back, qPrintable(back.error()));
            QCOMPARE(text().reason(back.value()), text().reason(f));
            for (const QString &language : letters::letterLanguages())
                QCOMPARE(text().plain(back.value(), language, book()).text, text().plain(f, language, book()).text);
        }
    }

    // A determination stored before findings kept only the reason: its letter quotes it, dates readable.
    void anOldSnapshotIsQuoted()
    {
        const QString json = QStringLiteral(R"({"policy":"cigna-ip0535","asOf":"2026-11-21","recommendation":"does-not-meet-criteria",
            "criteria":[{"label":"1.I","status":"not-met","source":"auto","reason":"ALT 96 U/L > 2 × ULN (2 × 40 = 80 U/L), drawn 2026-11-05, 16 days before review"}]})");
        auto snapshot = letters::CriteriaSnapshot::parse(json);
        QVERIFY2(snapshot, qPrintable(snapshot.error()));
        const auto &c = snapshot->criteria.first();
        QVERIFY(c.finding.isEmpty());
        QCOMPARE(FindingText::quoted(c.reason, QStringLiteral("en"), book()).text,
                 QStringLiteral("ALT 96 U/L > 2 × ULN (2 × 40 = 80 U/L), drawn November 5, 2026, 16 days before review."));
        const PlainText es = FindingText::quoted(c.reason, QStringLiteral("es"), book());
        QVERIFY(!es.translated);
        QVERIFY2(es.text.contains(QStringLiteral("5 de noviembre de 2026")), qPrintable(es.text));
    }

    void badTemplatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no reason") << QByteArray(R"({"types":{},"kinds":{"x":{"en":"a","es":"b"}}})")
                                   << QStringLiteral("kind \"x\" has no \"reason\" template");
        QTest::newRow("argument without a type") << QByteArray(R"({"types":{},"kinds":{"x":{"reason":"{value}"}}})")
                                                 << QStringLiteral("kind \"x\" names \"value\", which \"types\" does not list");
        QTest::newRow("one language only") << QByteArray(R"({"types":{},"kinds":{"x":{"reason":"a","en":"b"}}})")
                                           << QStringLiteral("kind \"x\" has a sentence in some letter languages, not all");
        QTest::newRow("no kinds") << QByteArray(R"({"types":{}})") << QStringLiteral("\"kinds\" must be an object");
    }
    void badTemplatesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto loaded = FindingText::fromJson(json);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
