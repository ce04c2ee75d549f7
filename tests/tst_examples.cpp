// The worked examples of ../shared/spec/examples/README.md give the
// documented results through the real command line (in process).

#include "CliRunner.h"
#include "testsupport.h"

#include "cli/Cli.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

namespace {

QString example(const QString &name)
{
    return sharedPath(QStringLiteral("spec/examples/") + name);
}

QJsonObject criterion(const QJsonObject &result, const QString &label)
{
    for (const auto &c : result.value(QStringLiteral("criteria")).toArray())
        if (c.toObject().value(QStringLiteral("label")).toString() == label)
            return c.toObject();
    return {};
}

} // namespace

class TestExamples final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedRecommendation_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("recommendation");
        QTest::addColumn<QString>("pathway");
        QTest::addColumn<bool>("medicalDirector");

        QTest::newRow("hg-01 cigna-ip0535") << "hg-01-complete.json" << "cigna-ip0535" << "meets-criteria" << "1" << true;
        QTest::newRow("hg-01 centene-cp-phar-580") << "hg-01-complete.json" << "centene-cp-phar-580" << "meets-criteria" << "I.A" << true;
        QTest::newRow("hg-01 pharmacy-109") << "hg-01-complete.json" << "pharmacy-109" << "meets-criteria" << "Hemgenix" << false;
        QTest::newRow("ro-01 pharmacy-109") << "ro-01-complete.json" << "pharmacy-109" << "meets-criteria" << "Roctavian" << false;
        QTest::newRow("sf-01 cigna-ip0355") << "sf-01-hemA-inhibitor-12bu.json" << "cigna-ip0355" << "meets-criteria" << "1" << false;
        QTest::newRow("sf-01 centene-cp-phar-220") << "sf-01-hemA-inhibitor-12bu.json" << "centene-cp-phar-220" << "meets-criteria" << "I.A" << false;
        QTest::newRow("ns-01 centene-cp-phar-220") << "ns-01-acquired.json" << "centene-cp-phar-220" << "meets-criteria" << "I.A" << false;
    }

    void documentedRecommendation()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, policy);
        QFETCH(QString, recommendation);
        QFETCH(QString, pathway);
        QFETCH(bool, medicalDirector);

        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), example(bundle),
                                 QStringLiteral("--policy"), policy, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QJsonParseError pe;
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QCOMPARE(result.value(QStringLiteral("policy")).toString(), policy);
        QCOMPARE(result.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-11-21"));
        QCOMPARE(result.value(QStringLiteral("pathway")).toString(), pathway);
        QCOMPARE(result.value(QStringLiteral("recommendation")).toString(), recommendation);
        QCOMPARE(result.value(QStringLiteral("medicalDirectorReview")).toBool(), medicalDirector);
        // Every criterion is listed with a status, a source and a reason.
        const QJsonArray criteria = result.value(QStringLiteral("criteria")).toArray();
        QVERIFY(criteria.size() > 3);
        for (const auto &c : criteria) {
            const QJsonObject o = c.toObject();
            QVERIFY(!o.value(QStringLiteral("label")).toString().isEmpty());
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("auto"));
            QVERIFY2(!o.value(QStringLiteral("reason")).toString().isEmpty(), qPrintable(o.value(QStringLiteral("label")).toString()));
            const QString status = o.value(QStringLiteral("status")).toString();
            QVERIFY2(status == QLatin1String("met") || status == QLatin1String("not-applicable")
                         || status == QLatin1String("not-met"), // a ONE-of alternative may fail
                     qPrintable(status));
        }
        QVERIFY(result.value(QStringLiteral("approval")).isObject());
    }

    void hemgenixKitAndDuration()
    {
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), example(QStringLiteral("hg-01-complete.json")),
                                 QStringLiteral("--policy"), QStringLiteral("cigna-ip0535")});
        QCOMPARE(r.code, 0);
        const QJsonObject approval = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("approval")).toObject();
        QCOMPARE(approval.value(QStringLiteral("durationDays")).toInt(), 90);
        QCOMPARE(approval.value(QStringLiteral("oneTime")).toBool(), true);
        QCOMPARE(approval.value(QStringLiteral("quantity")).toString(), QStringLiteral("1 kit of 16 vials"));
        QCOMPARE(approval.value(QStringLiteral("ndc")).toString(), QStringLiteral("0053-0160-16"));
    }

    void approvalDurations_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("oneTime");
        QTest::newRow("centene-580 3 months one dose") << "hg-01-complete.json" << "centene-cp-phar-580" << 3 << true;
        QTest::newRow("pharmacy-109 Hemgenix 6 months one time") << "hg-01-complete.json" << "pharmacy-109" << 6 << true;
        QTest::newRow("pharmacy-109 Roctavian 6 months one time") << "ro-01-complete.json" << "pharmacy-109" << 6 << true;
        QTest::newRow("cigna-ip0355 12 months") << "sf-01-hemA-inhibitor-12bu.json" << "cigna-ip0355" << 12 << false;
        QTest::newRow("centene-220 3 months") << "sf-01-hemA-inhibitor-12bu.json" << "centene-cp-phar-220" << 3 << false;
    }

    void approvalDurations()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, policy);
        QFETCH(int, months);
        QFETCH(bool, oneTime);
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), example(bundle), QStringLiteral("--policy"), policy});
        QCOMPARE(r.code, 0);
        const QJsonObject approval = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("approval")).toObject();
        QCOMPARE(approval.value(QStringLiteral("durationMonths")).toInt(), months);
        QCOMPARE(approval.value(QStringLiteral("oneTime")).toBool(), oneTime);
        const QDate start = QDate::fromString(approval.value(QStringLiteral("start")).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(approval.value(QStringLiteral("end")).toString(), Qt::ISODate);
        QCOMPARE(start, QDate(2026, 11, 21));
        QCOMPARE(end, start.addMonths(months).addDays(-1));
    }

    void sevenfactQuantityForWeight()
    {
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), example(QStringLiteral("sf-01-hemA-inhibitor-12bu.json")),
                                 QStringLiteral("--policy"), QStringLiteral("cigna-ip0355")});
        QCOMPARE(r.code, 0);
        const QJsonObject approval = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("approval")).toObject();
        QCOMPARE(approval.value(QStringLiteral("maxMcg")).toInt(), 189000);
        QCOMPARE(approval.value(QStringLiteral("periodDays")).toInt(), 28);
        QVERIFY(approval.value(QStringLiteral("quantity")).toString().startsWith(QStringLiteral("up to 189,000 mcg per 28 days")));
    }

    void sevenfactDoseWithinCenteneLimit()
    {
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), example(QStringLiteral("sf-01-hemA-inhibitor-12bu.json")),
                                 QStringLiteral("--policy"), QStringLiteral("centene-cp-phar-220")});
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(criterion(result, QStringLiteral("I.A.6.b")).value(QStringLiteral("status")).toString(), QStringLiteral("met"));
        QCOMPARE(criterion(result, QStringLiteral("I.A.6.a")).value(QStringLiteral("status")).toString(), QStringLiteral("not-applicable"));
        QCOMPARE(criterion(result, QStringLiteral("I.A.3")).value(QStringLiteral("status")).toString(), QStringLiteral("met"));
    }

    void everyApplicablePolicyWithoutPolicyOption()
    {
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), example(QStringLiteral("hg-01-complete.json")),
                                 QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.code, 0);
        QStringList policies;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            policies << QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("policy")).toString();
        policies.sort();
        QCOMPARE(policies, QStringList({QStringLiteral("centene-cp-phar-580"), QStringLiteral("cigna-ip0535"), QStringLiteral("pharmacy-109")}));
    }

    void badBundlesExitThree_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "bad-01-not-json.json" << "not valid JSON";
        QTest::newRow("negative weight") << "bad-04-negative-weight.json" << "entry[7] (Observation) valueQuantity.value: body weight -78.4 kg is negative";
    }

    void badBundlesExitThree()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, message);
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), example(bundle)});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void standardInput()
    {
        const QByteArray data = readAll(example(QStringLiteral("sf-01-hemA-inhibitor-12bu.json")));
        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle"), QStringLiteral("-"),
                                 QStringLiteral("--policy"), QStringLiteral("cigna-ip0355")}, data);
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("recommendation")).toString(),
                 QStringLiteral("meets-criteria"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString hg = example(QStringLiteral("hg-01-complete.json"));
        QTest::newRow("no bundle") << QStringList{QStringLiteral("evaluate")} << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--bundel"), hg} << 2;
        QTest::newRow("bad as-of") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--bundle"), hg, QStringLiteral("--as-of"), QStringLiteral("21/11/2026")} << 2;
        QTest::newRow("unknown policy") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--bundle"), hg, QStringLiteral("--policy"), QStringLiteral("aetna-1")} << 2;
        QTest::newRow("bad format") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--bundle"), hg, QStringLiteral("--format"), QStringLiteral("xml")} << 2;
        QTest::newRow("missing file") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--bundle"), QStringLiteral("/nonexistent.json")} << 3;
        QTest::newRow("drug not covered by named policy") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--bundle"), hg, QStringLiteral("--policy"), QStringLiteral("cigna-ip0355")} << 4;
        QTest::newRow("no version in effect yet") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--bundle"), hg, QStringLiteral("--policy"), QStringLiteral("cigna-ip0535"), QStringLiteral("--as-of"), QStringLiteral("2025-01-01")} << 4;
        QTest::newRow("text format") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--bundle"), hg, QStringLiteral("--format"), QStringLiteral("text")} << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const CliRun r = runCli(args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(r.err)));
        if (code != 0)
            QVERIFY(!r.err.isEmpty());
    }

    void bundleDirectoryGoesOnAfterBadFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : {QStringLiteral("bad-01-not-json.json"), QStringLiteral("hg-01-complete.json"),
                                    QStringLiteral("sf-01-hemA-inhibitor-12bu.json")})
            QVERIFY(QFile::copy(example(name), dir.filePath(name)));
        QFile ignored(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(ignored.open(QIODevice::WriteOnly));
        ignored.write("not a bundle");
        ignored.close();

        const CliRun r = runCli({QStringLiteral("evaluate"), QStringLiteral("--bundle-dir"), dir.path(),
                                 QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // bad-01: one error line; hg-01: three policies; sf-01: two policies — in file-name order.
        QCOMPARE(lines.size(), 6);
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("bundle")).toString(), QStringLiteral("bad-01-not-json.json"));
        QVERIFY(first.value(QStringLiteral("error")).toString().contains(QStringLiteral("not valid JSON")));
        for (int i = 1; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i].toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("recommendation")).toString(), QStringLiteral("meets-criteria"));
            QCOMPARE(o.value(QStringLiteral("bundle")).toString(), i <= 3 ? QStringLiteral("hg-01-complete.json") : QStringLiteral("sf-01-hemA-inhibitor-12bu.json"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
