// A special rule's limits are the catalog's (resources/catalog/rules.json),
// and they reach every word written from a finding: a pharmacist who moves
// the CD4 limit, the inhibitor titer counted positive or the liver-stiffness
// limits in a catalog folder (`--catalog DIR`) sees the new number in the
// reviewer's reason of `pareview evaluate` and in the letter's sentence, in
// English and in Spanish — with no change to the program, the policy or
// resources/letters/findings.json.

#include "CliRunner.h"
#include "CriteriaSupport.h"

#include "findings/FindingText.h"
#include "json/StrictJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;
using namespace pareview;
using namespace Qt::StringLiterals;

namespace {

QByteArray builtInRules()
{
    return readAll(QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/catalog/rules.json"));
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The built-in rules with every limit these rows read moved.
QByteArray movedRules()
{
    QByteArray text = builtInRules();
    const QList<QPair<QByteArray, QByteArray>> moves = {
        {"\"atMost\": 200", "\"atMost\": 350"},
        {"\"positive\": 0.6", "\"positive\": 1.5"},
        {"\"normalBelow\": 7, \"advancedStiffness\": 9", "\"normalBelow\": 6, \"advancedStiffness\": 10"},
        {"\"advancedStiffness\": 9, \"advancedStage\": 3", "\"advancedStiffness\": 10, \"advancedStage\": 3"},
    };
    for (const auto &[from, to] : moves) {
        if (!text.contains(from))
            qFatal("rules.json no longer has %s", from.constData());
        text.replace(from, to);
    }
    return text;
}

// The worked example hg-01 without the prescriber's answer on elastography:
// the stiffness measured decides I.A.8.b of CP.PHAR.580.
QByteArray withoutElastographyAnswer()
{
    const QByteArray example = readAll(QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/demo/hg-01-complete.json"));
    return editedBundle(example, u"QuestionnaireResponse"_s, [](QJsonObject &response) {
        QJsonArray items;
        for (const QJsonValue &item : response.value(u"item"_s).toArray())
            if (item.toObject().value(u"linkId"_s).toString() != u"liver-elastography-normal"_s)
                items.append(item);
        response.insert(u"item"_s, items);
    });
}

// A criterion as `pareview evaluate` printed it.
struct Printed
{
    QString reason;
    Finding finding;
};

// One criterion of `pareview evaluate --format json`, its finding read back.
std::optional<Printed> criterionOf(const QString &out, const QString &label)
{
    auto parsed = json::parse(out.toUtf8());
    if (!parsed)
        return std::nullopt;
    const json::Value *criteria = parsed.value()->find(u"criteria");
    for (int i = 0; criteria && i < criteria->size(); ++i) {
        const json::Value &c = criteria->at(i);
        const json::Value *l = c.find(u"label");
        if (!l || l->toString() != label)
            continue;
        const json::Value *finding = c.find(u"finding");
        if (!finding)
            return std::nullopt;
        auto f = Finding::read(*finding);
        if (!f)
            return std::nullopt;
        return Printed{c.find(u"reason")->toString(), f.value()};
    }
    return std::nullopt;
}

} // namespace

class TestCatalogLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitReachesReasonAndLetter_data()
    {
        QTest::addColumn<QString>("bundle");   // under resources/demo, or "" for hg-01 without the elastography answer
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("builtInReason"); // a fragment, with the built-in catalog
        QTest::addColumn<QString>("reason");        // the same fragment, with the limits moved
        QTest::addColumn<QString>("en");            // the letter's sentence, with the limits moved
        QTest::addColumn<QString>("es");

        QTest::newRow("CD4 at most 350: PHARMACY-109 Hemgenix.8.b")
            << u"hg-01-complete"_s << u"pharmacy-109"_s << u"Hemgenix.8.b"_s << u"CD4 650/µL > 200/µL"_s
            << u"CD4 650/µL > 350/µL"_s << u"which is more than 350"_s << u"es decir, más de 350"_s;
        QTest::newRow("inhibitor positive from 1.5 BU: CP.PHAR.220 I.A.1.a")
            << u"sf-01-hemA-inhibitor-12bu"_s << u"centene-cp-phar-220"_s << u"I.A.1.a"_s << u"is positive (≥ 0.6 BU)"_s
            << u"is positive (≥ 1.5 BU)"_s << u"(1.5 or more is positive)"_s << u"(1.5 o más es positivo)"_s;
        QTest::newRow("advanced fibrosis from 10 kPa: Cigna IP0535 1.J")
            << u"hg-01-complete"_s << u"cigna-ip0535"_s << u"1.J"_s << u"liver stiffness 5.1 kPa < 9 kPa"_s
            << u"liver stiffness 5.1 kPa < 10 kPa"_s << u"less than 10"_s << u"menos de 10"_s;
        QTest::newRow("normal elastography below 6 kPa: CP.PHAR.580 I.A.8.b")
            << QString() << u"centene-cp-phar-580"_s << u"I.A.8.b"_s << u"liver stiffness 5.1 kPa < 7 kPa (normal)"_s
            << u"liver stiffness 5.1 kPa < 6 kPa (normal)"_s << u"which is normal (less than 6)"_s
            << u"lo cual es normal (menos de 6)"_s;
    }

    void limitReachesReasonAndLetter()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, policy);
        QFETCH(QString, label);
        QFETCH(QString, builtInReason);
        QFETCH(QString, reason);
        QFETCH(QString, en);
        QFETCH(QString, es);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/demo/%1.json").arg(bundle);
        if (bundle.isEmpty()) {
            path = dir.filePath(u"request.json"_s);
            QVERIFY(write(path, withoutElastographyAnswer()));
        }
        const QStringList args = {u"evaluate"_s, u"--bundle"_s, path, u"--policy"_s, policy, u"--format"_s, u"json"_s};

        const CliRun before = runCli(args);
        QVERIFY2(before.code == 0, qPrintable(before.err));
        const auto builtIn = criterionOf(before.out, label);
        QVERIFY2(builtIn, qPrintable(before.out));
        QVERIFY2(builtIn->reason.contains(builtInReason), qPrintable(builtIn->reason));

        const QString catalog = dir.filePath(u"catalog"_s);
        QVERIFY(QDir().mkpath(catalog));
        QVERIFY(write(catalog + u"/rules.json"_s, movedRules()));
        const CliRun after = runCli(QStringList{args.first(), u"--catalog"_s, catalog} + args.mid(1));
        QVERIFY2(after.code == 0, qPrintable(after.err));
        const auto moved = criterionOf(after.out, label);
        QVERIFY2(moved, qPrintable(after.out));
        QVERIFY2(moved->reason.contains(reason), qPrintable(moved->reason));

        // The letter's sentence, written from the finding the command printed.
        const PlainText english = FindingText::builtIn().plain(moved->finding, u"en"_s);
        QVERIFY2(english.translated && english.text.contains(en), qPrintable(english.text));
        const PlainText spanish = FindingText::builtIn().plain(moved->finding, u"es"_s);
        QVERIFY2(spanish.translated && spanish.text.contains(es), qPrintable(spanish.text));
        // And with the built-in catalog, the built-in number.
        const PlainText was = FindingText::builtIn().plain(builtIn->finding, u"en"_s);
        QVERIFY2(!was.text.contains(en), qPrintable(was.text));
    }
};

QTEST_GUILESS_MAIN(TestCatalogLimits)
#include "tst_catalog_limits.moc"
