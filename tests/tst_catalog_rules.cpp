// The special rules' data (resources/catalog/rules.json, docs/policy-format.md):
// the built-in file gives every special rule kind its logic, items, labs and
// limits; a slot missing or extra, an unknown item, lab or concept is an error
// with its file, line and column, in the catalog reader and in `pareview
// policy check`; and a catalog folder's limit is the one the evaluator uses.

#include "CliRunner.h"

#include "catalog/Catalog.h"
#include "policy/Policy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using testsupport::runCli;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray builtInRules()
{
    return readAll(QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/catalog/rules.json"));
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestCatalogRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInRulesLoad()
    {
        const Catalog c = Catalog::builtIn();
        QVERIFY2(c.loadErrors().isEmpty(), qPrintable(c.loadErrors().join(QLatin1Char('\n'))));
        // Every logic the file names runs as a rule kind of the evaluator.
        QVERIFY(!c.specialRules().isEmpty());
        for (const SpecialRule &s : c.specialRules()) {
            QVERIFY2(SpecialRule::findLogic(s.logic), qPrintable(s.logic));
            if (s.kind != QLatin1String("prescriber"))
                QVERIFY2(Rule::kindOfLogic(s.logic).has_value(), qPrintable(s.logic));
        }
        const SpecialRule *hiv = c.specialRule(QStringLiteral("hiv-uncontrolled"));
        QVERIFY(hiv);
        QCOMPARE(hiv->logic, QStringLiteral("low-count-or-attested"));
        QCOMPARE(hiv->lab(QStringLiteral("count")), QStringLiteral("cd4"));
        QCOMPARE(hiv->limit(QStringLiteral("atMost")), 200.0);
        QCOMPARE(hiv->attestation(QStringLiteral("attested")), QStringLiteral("hiv-uncontrolled"));
        const SpecialRule *htc = c.specialRule(QStringLiteral("prescriber"), QStringLiteral("consulted-htc-hematologist"));
        QVERIFY(htc);
        QCOMPARE(htc->attestationItems(),
                 QStringList({QStringLiteral("consulted-htc-hematologist"), QStringLiteral("prescriber-consulted-hematologist")}));
        QCOMPARE(c.bodyWeightLab(), QStringLiteral("weight"));
        QCOMPARE(c.requestFieldId(AttestationItem::RequestRole::Type), QStringLiteral("request-type"));
        QCOMPARE(c.requestFieldId(AttestationItem::RequestRole::Use), QStringLiteral("request-use"));
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown item") << QByteArray("\"attested\": \"hiv-uncontrolled\"") << QByteArray("\"attested\": \"hiv-status\"")
                                      << "unknown attestation item \"hiv-status\" in \"attestations\" of rule \"hiv-uncontrolled\"";
        QTest::newRow("unknown lab") << QByteArray("\"count\": \"cd4\"") << QByteArray("\"count\": \"cd-4\"")
                                     << "unknown lab \"cd-4\" in \"labs\" of rule \"hiv-uncontrolled\"";
        QTest::newRow("unknown lab in a list") << QByteArray("[\"alt\", \"ast\"]") << QByteArray("[\"alt\", \"sgot\"]")
                                               << "unknown lab \"sgot\"";
        QTest::newRow("missing slot") << QByteArray("\"limits\": {\"atMost\": 200}") << QByteArray("\"limits\": {}")
                                      << "needs \"atMost\" (logic \"low-count-or-attested\")";
        QTest::newRow("extra slot") << QByteArray("\"limits\": {\"atMost\": 200}") << QByteArray("\"limits\": {\"atMost\": 200, \"atLeast\": 1}")
                                    << "unknown key \"atLeast\"";
        QTest::newRow("limit not a number") << QByteArray("\"atMost\": 200") << QByteArray("\"atMost\": \"200\"")
                                            << "\"atMost\" in \"limits\" of rule \"hiv-uncontrolled\" must be a number";
        QTest::newRow("unknown logic") << QByteArray("\"logic\": \"low-count-or-attested\"") << QByteArray("\"logic\": \"cd4-logic\"")
                                       << "logic \"cd4-logic\" is not one of";
        QTest::newRow("unknown concept") << QByteArray("\"concept\": \"coagulation-disorder\"") << QByteArray("\"concept\": \"bleeding\"")
                                         << "unknown diagnosis concept \"bleeding\"";
        QTest::newRow("unknown prescriber kind") << QByteArray("\"prescriberKind\": \"hematology\"") << QByteArray("\"prescriberKind\": \"oncology\"")
                                                 << "unknown prescriber kind \"oncology\"";
        QTest::newRow("twice") << QByteArray("\"kind\": \"elastography-normal\"") << QByteArray("\"kind\": \"advanced-liver-disease\"")
                               << "rule \"advanced-liver-disease\" is defined twice";
    }

    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = builtInRules();
        const int at = text.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        const int line = int(text.left(at).count('\n')) + 1;
        text.replace(at, from.size(), to);
        Catalog c = Catalog::builtIn();
        const QStringList errors = c.addFile(text, QStringLiteral("rules.json"));
        QVERIFY2(!errors.isEmpty(), message.toUtf8().constData());
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(message), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("rules.json:%1:").arg(line)), qPrintable(all));
        // Nothing of a file with an error is taken.
        QCOMPARE(c.specialRule(QStringLiteral("hiv-uncontrolled"))->limit(QStringLiteral("atMost")), 200.0);
    }

    // `policy check --catalog DIR` refuses a folder whose rules name an unknown item or lab.
    void policyCheckRefusesUnknownNames()
    {
        QByteArray text = builtInRules();
        const QByteArray from("\"history\": \"liver-abnormality-history\"");
        const int at = text.indexOf(from);
        QVERIFY(at >= 0);
        const int line = int(text.left(at).count('\n')) + 1;
        text.replace(at, from.size(), QByteArray("\"history\": \"liver-history\""));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.json"));
        QVERIFY(write(path, text));
        const auto run = runCli({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--catalog"), dir.path()});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains(QStringLiteral("%1:%2:").arg(path).arg(line)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("unknown attestation item \"liver-history\"")), qPrintable(run.err));
    }

    // The limit is the catalog's: a folder that moves it changes the result,
    // with no change to the program or the policy.
    void theLimitIsTheCatalogs()
    {
        const QString bundle = QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/demo/hg-01-complete.json");
        const QStringList args = {QStringLiteral("evaluate"), QStringLiteral("--bundle"), bundle, QStringLiteral("--policy"),
                                  QStringLiteral("pharmacy-109"), QStringLiteral("--format"), QStringLiteral("json")};
        const auto before = runCli(args);
        QVERIFY2(before.out.contains(QStringLiteral("CD4 650/µL > 200/µL")), qPrintable(before.out + before.err));

        QByteArray text = builtInRules();
        text.replace("\"atMost\": 200", "\"atMost\": 700");
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("rules.json")), text));
        const auto after = runCli(QStringList{QStringLiteral("--catalog"), dir.path()} + args);
        QVERIFY2(after.out.contains(QStringLiteral("CD4 650/µL ≤ 700/µL")), qPrintable(after.out + after.err));
    }
};

QTEST_GUILESS_MAIN(TestCatalogRules)
#include "tst_catalog_rules.moc"
