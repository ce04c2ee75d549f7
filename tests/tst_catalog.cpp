// The clinical catalog as data (resources/catalog, docs/policy-format.md):
// the built-in files load and say what the hard-wired lists said; every
// error names its file, line and column; a --catalog folder is read over the
// built-in files; and `pareview policy check` holds a policy to the names
// the catalog defines.

#include "CliRunner.h"

#include "catalog/Catalog.h"
#include "intake/FactValidator.h"
#include "intake/LabCatalog.h"
#include "policy/PolicyLoader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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

QByteArray builtInPolicy(const QString &id)
{
    return readAll(QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/policies/%1.json").arg(id));
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The 1-based line of the first `marker` in `text`.
int lineOf(const QByteArray &text, const QByteArray &marker)
{
    const int at = text.indexOf(marker);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

const QByteArray kNewDrug = R"({
  "format": "pareview-drugs/1",
  "drugs": [
    {
      "id": "marstacimab",
      "name": "Hympavzi",
      "genericName": "marstacimab-hncq",
      "hcpcs": ["J7172"],
      "ndcPrefixes": ["0069"],
      "form": "weekly-subcutaneous",
      "doseUnit": "mg",
      "requestFields": ["dose", "interval"]
    }
  ]
}
)";

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoadsWithoutErrors()
    {
        const Catalog c = Catalog::builtIn();
        QVERIFY2(c.loadErrors().isEmpty(), qPrintable(c.loadErrors().join(QLatin1Char('\n'))));
        QCOMPARE(c.drugIds(), (QStringList{QStringLiteral("sevenfact"), QStringLiteral("novoseven-rt"), QStringLiteral("hemgenix"),
                                           QStringLiteral("roctavian"), QStringLiteral("hympavzi")}));
        QCOMPARE(c.labs().size(), 16);
        QCOMPARE(c.attestations().size(), 37);
        QCOMPARE(c.linesOfBusiness().size(), 9);
        QVERIFY(c.diagnosis(QStringLiteral("coagulation-disorder")));
        QVERIFY(c.prescriberKind(QStringLiteral("hematology")));
        // The process-wide catalog is the built-in one until told otherwise.
        QCOMPARE(Catalog::current().drugIds(), c.drugIds());
    }

    // What the C++ tables held, now read from the files.
    void builtInSaysWhatTheTablesSaid()
    {
        const Catalog c = Catalog::builtIn();
        QCOMPARE(c.labByCode(QStringLiteral("http://loinc.org"), QStringLiteral("1742-6"))->name, QStringLiteral("alt"));
        // Alternates: either code carries creatinine.
        QCOMPARE(c.labByCode(QStringLiteral("http://loinc.org"), QStringLiteral("38483-4"))->name, QStringLiteral("creatinine"));
        QCOMPARE(c.labByCode(QStringLiteral("urn:pareview:observation"), QStringLiteral("aav5-nab-titer"))->name, QStringLiteral("aav5-nab"));
        // A LOINC code under the local system (and the other way round) is nobody's.
        QVERIFY(!c.labByCode(QStringLiteral("urn:pareview:observation"), QStringLiteral("1742-6")));
        QVERIFY(!c.labByCode(QStringLiteral("http://loinc.org"), QStringLiteral("liver-stiffness")));
        const LabDefinition *bilirubin = c.lab(QStringLiteral("bilirubin"));
        QCOMPARE(*LabCatalog::conversionFactor(*bilirubin, QStringLiteral("umol/L")), 1 / 17.104); // exactly as before
        QCOMPARE(*LabCatalog::conversionFactor(*c.lab(QStringLiteral("weight")), QStringLiteral("[lb_av]")), 0.45359237);
        QVERIFY(!LabCatalog::conversionFactor(*c.lab(QStringLiteral("weight")), QStringLiteral("stone")));
        QCOMPARE(c.lab(QStringLiteral("alt"))->clinical.in(QStringLiteral("es")), QStringLiteral("ALT"));
        QCOMPARE(c.lab(QStringLiteral("weight"))->clinical.in(QStringLiteral("es")), QStringLiteral("peso corporal"));
        QVERIFY(c.lab(QStringLiteral("alt"))->upperLimitMatters);
        QVERIFY(c.lab(QStringLiteral("weight"))->zeroImpossible);

        QCOMPARE(c.drugByHcpcs(QStringLiteral("J1411"))->id, QStringLiteral("hemgenix"));
        QCOMPARE(c.drugByNdc(QStringLiteral("0053-0100-01"))->id, QStringLiteral("hemgenix"));
        QCOMPARE(c.drugByNdc(QStringLiteral("0169-7010-01"))->id, QStringLiteral("novoseven-rt"));
        QCOMPARE(c.drugByText(QStringLiteral("NovoSeven 5 mg vial"))->id, QStringLiteral("novoseven-rt"));
        QCOMPARE(c.drugByText(QStringLiteral("Sevenfact 1 mg"))->id, QStringLiteral("sevenfact"));
        QVERIFY(!c.drugByText(QStringLiteral("ibuprofen")));

        QCOMPARE(FactValidator::answerType(QStringLiteral("exposure-days")), FactValidator::AnswerType::Integer);
        QCOMPARE(FactValidator::answerType(QStringLiteral("request-use")), FactValidator::AnswerType::Code);
        QCOMPARE(FactValidator::allowedCodes(QStringLiteral("request-type")),
                 (QStringList{QStringLiteral("initial"), QStringLiteral("continuation"), QStringLiteral("dose-increase")}));
        QVERIFY(!FactValidator::answerType(QStringLiteral("no-such-item")));
        QCOMPARE(c.attestation(QStringLiteral("hbv-active"))->phrase, QStringLiteral("active hepatitis B"));
        QCOMPARE(c.attestation(QStringLiteral("hbv-active"))->question.in(QStringLiteral("es")), QStringLiteral("Hepatitis B activa"));

        QVERIFY(c.diagnosis(QStringLiteral("coagulation-disorder"))->matches(QStringLiteral("D68.311")));
        QVERIFY(!c.diagnosis(QStringLiteral("coagulation-disorder"))->matches(QStringLiteral("D70")));
        QVERIFY(c.diagnosis(QStringLiteral("hemophilia-b"))->matches(QStringLiteral("D67")));
        QVERIFY(!c.diagnosis(QStringLiteral("hemophilia-b"))->matches(QStringLiteral("D67.1")));
        QVERIFY(c.prescriberKind(QStringLiteral("hematology"))->includes(QStringLiteral("2080P0207X")));
        QCOMPARE(c.lineOfBusiness(QStringLiteral("medicare-part-d"))->names.in(QStringLiteral("es")), QStringLiteral("Medicare Parte D"));
    }

    // Every problem in a catalog file names the file, its line and column.
    void errorsNameFileLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");

        QTest::newRow("misspelt key") << "labs.json" << QByteArray("\"plausibleMax\": 700") << QByteArray("\"plausibelMax\": 700")
                                      << "unknown key \"plausibelMax\"";
        QTest::newRow("wrong format") << "drugs.json" << QByteArray("\"pareview-drugs/1\"") << QByteArray("\"pareview-drugs/2\"")
                                      << "\"format\" must be \"pareview-drugs/1\"";
        QTest::newRow("duplicate id") << "drugs.json" << QByteArray("\"id\": \"novoseven-rt\"") << QByteArray("\"id\": \"sevenfact\"")
                                      << "id \"sevenfact\" is defined twice";
        QTest::newRow("id with spaces") << "lines-of-business.json" << QByteArray("\"id\": \"d-snp\"") << QByteArray("\"id\": \"D SNP\"")
                                        << "must be lower-case words joined by hyphens";
        QTest::newRow("bad LOINC") << "labs.json" << QByteArray("\"1742-6\"") << QByteArray("\"1742\"") << "\"1742\" is not a LOINC code";
        QTest::newRow("conversion missing") << "labs.json" << QByteArray("{\"unit\": \"lbs\", \"factor\": 0.45359237}")
                                            << QByteArray("{\"unit\": \"lbs\"}") << "needs either \"factor\" or \"divisor\"";
        QTest::newRow("zero divisor") << "labs.json" << QByteArray("\"divisor\": 17.104") << QByteArray("\"divisor\": 0")
                                      << "must be positive";
        QTest::newRow("canonical unit not listed") << "labs.json" << QByteArray("\"canonicalUnit\": \"kg\"")
                                                   << QByteArray("\"canonicalUnit\": \"kilogram\"")
                                                   << "must list the canonical unit \"kilogram\" with factor 1";
        QTest::newRow("unknown value kind") << "labs.json" << QByteArray("\"value\": \"titer\"") << QByteArray("\"value\": \"ratio\"")
                                            << "value \"ratio\" is not one of quantity, stage, titer";
        QTest::newRow("Spanish name missing") << "attestations.json" << QByteArray(", \"es\": \"Hepatitis B activa\"") << QByteArray("")
                                              << "needs \"es\"";
        QTest::newRow("unknown answer type") << "attestations.json" << QByteArray("\"answer\": \"integer\"") << QByteArray("\"answer\": \"number\"")
                                             << "answer \"number\" is not one of boolean, integer, code";
        QTest::newRow("codes for a yes/no item") << "attestations.json" << QByteArray("\"linkId\": \"hbv-active\",")
                                                 << QByteArray("\"linkId\": \"hbv-active\", \"codes\": [],")
                                                 << "\"codes\" are for code answers";
        QTest::newRow("bad ICD-10-CM") << "diagnoses.json" << QByteArray("\"D68.311\"") << QByteArray("\"D68-311\"")
                                       << "\"D68-311\" is not an ICD-10-CM code";
        QTest::newRow("bad NUCC") << "prescriber-kinds.json" << QByteArray("\"207RH0000X\"") << QByteArray("\"207RH0000\"")
                                  << "\"207RH0000\" is not a NUCC taxonomy code";
        QTest::newRow("bad HCPCS") << "drugs.json" << QByteArray("\"J1411\"") << QByteArray("\"1411\"") << "\"1411\" is not an HCPCS code";
        QTest::newRow("unknown drug form") << "drugs.json" << QByteArray("\"form\": \"gene-therapy-per-kg\"")
                                           << QByteArray("\"form\": \"gene-therapy\"") << "form \"gene-therapy\" is not one of";
        QTest::newRow("unknown request field") << "drugs.json" << QByteArray("\"requestFields\": [\"dose\"]")
                                               << QByteArray("\"requestFields\": [\"dosage\"]") << "request field \"dosage\"";
        QTest::newRow("duplicate JSON key") << "drugs.json" << QByteArray("\"name\": \"Hemgenix\",")
                                            << QByteArray("\"name\": \"Hemgenix\", \"name\": \"Hemgenix\",") << "duplicate key \"name\"";
        QTest::newRow("wrong type") << "labs.json" << QByteArray("\"plausibleMax\": 700") << QByteArray("\"plausibleMax\": \"700\"")
                                    << "\"plausibleMax\" in lab \"weight\" must be number, not string";
    }

    void errorsNameFileLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = readAll(QStringLiteral(PAREVIEW_SOURCE_DIR "/resources/catalog/") + file);
        const int at = text.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        const int line = int(text.left(at).count('\n')) + 1;
        text.replace(at, from.size(), to);

        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(write(path, text));
        Catalog c = Catalog::builtIn();
        const QStringList errors = c.addDirectory(dir.path());
        QVERIFY2(!errors.isEmpty(), "accepted");
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(message), qPrintable(errors.join(QLatin1Char('\n'))));
        // The first error points at the changed line, "FILE:LINE:COL: …".
        static const QRegularExpression position(QStringLiteral("^(.*):(\\d+):(\\d+): "));
        const auto m = position.match(errors.first());
        QVERIFY2(m.hasMatch(), qPrintable(errors.first()));
        QCOMPARE(m.captured(1), path);
        QCOMPARE(m.captured(2).toInt(), line);
        QVERIFY(m.captured(3).toInt() >= 1);
        // Nothing of a wrong file is taken.
        QCOMPARE(c.drugIds(), Catalog::builtIn().drugIds());
        QCOMPARE(c.labIds(), Catalog::builtIn().labIds());

        // The command refuses the folder the same way.
        const auto run = runCli({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--catalog"), dir.path()});
        QCOMPARE(run.code, int(cli::Rejected));
        QVERIFY2(run.err.startsWith(QStringLiteral("%1:%2:").arg(path).arg(line)), qPrintable(run.err));
    }

    void folderIsReadOverTheBuiltInFiles()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("drugs.json")), kNewDrug));
        // An entry with a known id replaces it.
        QVERIFY(write(dir.filePath(QStringLiteral("lines-of-business.json")), R"({
  "format": "pareview-lines-of-business/1",
  "linesOfBusiness": [ {"id": "fep", "names": {"en": "Federal Employee Program", "es": "Programa de empleados federales"}} ]
}
)"));
        Catalog c = Catalog::builtIn();
        const QStringList errors = c.addDirectory(dir.path());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.drugs().size(), 6);
        QCOMPARE(c.drug(QStringLiteral("marstacimab"))->form, QStringLiteral("weekly-subcutaneous"));
        QCOMPARE(c.drug(QStringLiteral("hemgenix"))->name, QStringLiteral("Hemgenix"));
        QCOMPARE(c.linesOfBusiness().size(), 9);
        QCOMPARE(c.lineOfBusiness(QStringLiteral("fep"))->names.en, QStringLiteral("Federal Employee Program"));

        QCOMPARE(Catalog().addDirectory(dir.filePath(QStringLiteral("missing"))).value(0),
                 dir.filePath(QStringLiteral("missing")) + QStringLiteral(": no such folder"));
        QTemporaryDir empty;
        QVERIFY(Catalog().addDirectory(empty.path()).value(0).contains(QStringLiteral("no catalog file in it")));
    }

    void scopeRestoresTheCatalog()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("drugs.json")), kNewDrug));
        Catalog c = Catalog::builtIn();
        QVERIFY(c.addDirectory(dir.path()).isEmpty());
        const DrugDefinition *before = Catalog::current().drug(QStringLiteral("hemgenix"));
        {
            Catalog::Scope scope(std::move(c));
            QVERIFY(Catalog::current().drug(QStringLiteral("marstacimab")));
        }
        QVERIFY(!Catalog::current().drug(QStringLiteral("marstacimab")));
        QCOMPARE(Catalog::current().drug(QStringLiteral("hemgenix")), before);
    }

    // `policy check`: a policy may name only what the catalog defines; the
    // error names the file, line and column and the unknown name.
    void policyNamesOnlyWhatTheCatalogDefines_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        const QString ip0535 = QStringLiteral("cigna-ip0535");
        QTest::newRow("drug") << ip0535 << QByteArray("\"id\": \"hemgenix\"") << QByteArray("\"id\": \"hemgenixx\"")
                              << "drug id \"hemgenixx\" is not one of sevenfact, novoseven-rt, hemgenix, roctavian";
        QTest::newRow("drug rule") << QStringLiteral("pharmacy-109") << QByteArray("\"in\": [\n") << QByteArray("\"in\": [ \"etranacogene\",\n")
                                   << "\"etranacogene\" is not one of";
        QTest::newRow("lab") << ip0535 << QByteArray("\"lab\": \"fix-activity\"") << QByteArray("\"lab\": \"factor-ix\"") << "unknown lab \"factor-ix\"";
        QTest::newRow("attestation item") << ip0535 << QByteArray("\"item\": \"hiv-uncontrolled\"") << QByteArray("\"item\": \"hiv-status\"")
                                          << "unknown attestation item \"hiv-status\"";
        QTest::newRow("diagnosis concept") << ip0535 << QByteArray("\"codes\": [\n") << QByteArray("\"concept\": \"hemophilia-c\", \"x\": [\n")
                                           << "unknown diagnosis concept \"hemophilia-c\"";
        QTest::newRow("request type") << ip0535 << QByteArray("\"requestTypes\": [\n") << QByteArray("\"requestTypes\": [ \"renewal\",\n")
                                      << "\"renewal\" is not one of initial, continuation, dose-increase";
    }

    void policyNamesOnlyWhatTheCatalogDefines()
    {
        QFETCH(QString, policy);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = builtInPolicy(policy);
        const int at = text.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        const int line = int(text.left(at).count('\n')) + 1;
        text.replace(at, from.size(), to);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        QVERIFY(write(path, text));
        const auto run = runCli({QStringLiteral("policy"), QStringLiteral("check"), path});
        QCOMPARE(run.code, int(cli::Rejected));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("%1:%2:").arg(path).arg(line)), qPrintable(run.err));
    }

    // A drug the built-in catalog lacks: refused without the folder, accepted with it.
    void policyForANewDrugNeedsItsCatalogEntry()
    {
        QByteArray text = builtInPolicy(QStringLiteral("cigna-ip0535"));
        text.replace("\"hemgenix\"", "\"marstacimab\"");
        QTemporaryDir dir;
        const QString policy = dir.filePath(QStringLiteral("new-policy.json"));
        QVERIFY(write(policy, text));
        QDir(dir.path()).mkdir(QStringLiteral("catalog"));
        QVERIFY(write(dir.filePath(QStringLiteral("catalog/drugs.json")), kNewDrug));

        const auto without = runCli({QStringLiteral("policy"), QStringLiteral("check"), policy});
        QCOMPARE(without.code, int(cli::Rejected));
        QVERIFY2(without.err.contains(QStringLiteral("%1:%2:").arg(policy).arg(lineOf(text, "\"marstacimab\""))), qPrintable(without.err));
        QVERIFY2(without.err.contains(QStringLiteral("drug id \"marstacimab\" is not one of")), qPrintable(without.err));

        const auto with = runCli({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--catalog"),
                                  dir.filePath(QStringLiteral("catalog")), policy});
        QVERIFY2(with.code == cli::Ok, qPrintable(with.out + with.err));
        QVERIFY2(with.out.contains(QStringLiteral("catalog: ok — 6 drugs")), qPrintable(with.out));
        QVERIFY2(with.out.contains(policy + QStringLiteral(": ok")), qPrintable(with.out));
        // The folder held for that command only.
        QVERIFY(!Catalog::current().drug(QStringLiteral("marstacimab")));
    }

    // No file named: the built-in policies, all of which the built-in catalog covers.
    void builtInPoliciesNameOnlyCatalogEntries()
    {
        const auto run = runCli({QStringLiteral("policy"), QStringLiteral("check")});
        QVERIFY2(run.code == cli::Ok, qPrintable(run.out + run.err));
        QCOMPARE(run.out.count(QStringLiteral(": ok")), 7); // the catalog and six policies
        const auto missing = runCli({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--catalog")});
        QCOMPARE(missing.code, int(cli::BadArguments));
        QVERIFY2(missing.err.contains(QStringLiteral("--catalog needs a folder")), qPrintable(missing.err));
    }

    // A diagnosis rule may name a concept: it stands for the concept's codes.
    void diagnosisConceptStandsForItsCodes()
    {
        QByteArray text = builtInPolicy(QStringLiteral("cigna-ip0535"));
        const QByteArray codes = "\"codes\": [\n";
        const int at = text.indexOf(codes);
        QVERIFY(at >= 0);
        const int end = text.indexOf(']', at);
        const QByteArray original = text.mid(at, end - at + 1);
        text.replace(at, end - at + 1, "\"concept\": \"hemophilia-b\"");
        const auto withConcept = PolicyLoader::load(text);
        QVERIFY2(withConcept.errors.isEmpty(), qPrintable(withConcept.errors.join(QLatin1Char('\n'))));
        const auto asWritten = PolicyLoader::load(builtInPolicy(QStringLiteral("cigna-ip0535")));
        QVERIFY(asWritten.policy);
        QVERIFY2(original.contains("\"D67\""), original.constData());
        QCOMPARE(withConcept.policy->criteriaCount(), asWritten.policy->criteriaCount());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
