// Which policy a case is reviewed under (issue 10 point 2, issue 11 point 5):
// the payer table with its aliases, then the drug, then the line of business
// where the policy text lists lines of business — one model function,
// applicablePolicies(), used by `pareview evaluate`, `pareview decide` and
// the window; the reviewer's choice stored on the case and audited; the
// payer table in the store, edited by administrators. Store tests run on
// SQLite and, with PAREVIEW_TEST_PG, on PostgreSQL.

#include "CliRunner.h"
#include "CaseBuilder.h"
#include "StoreFixture.h"
#include "testsupport.h"

#include "cli/Cli.h"
#include "policy/Applicability.h"
#include "policy/Payers.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/DecisionDraft.h"
#include "store/PayerStore.h"
#include "store/PolicyChoice.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

const char *exampleFor(const QString &drug)
{
    if (drug == QLatin1String("hemgenix"))
        return "hg-01-complete";
    if (drug == QLatin1String("roctavian"))
        return "ro-01-complete";
    if (drug == QLatin1String("sevenfact"))
        return "sf-01-hemA-inhibitor-12bu";
    return "ns-01-acquired"; // novoseven-rt
}

CaseFacts factsFor(const QString &payer, const QString &drug, const QString &lob)
{
    CaseFacts f = exampleFacts(QString::fromLatin1(exampleFor(drug)));
    f.payer = { payer, {}, QStringLiteral("test") };
    f.lineOfBusiness = { lob, {}, QStringLiteral("test") };
    return f;
}

QStringList ids(const PolicySelection &s)
{
    QStringList out;
    for (const ApplicablePolicy &a : s.policies)
        out << a.policy->id;
    out.sort();
    return out;
}

// The example bundle hg-01 (Hemgenix, commercial) with another payer and line of business.
QString bundleWith(QTemporaryDir &dir, const QString &payer, const QString &lob)
{
    QByteArray data = readAll(sharedPath(QStringLiteral("spec/examples/hg-01-complete.json")));
    data.replace("\"display\": \"Any Health Plan\"", QStringLiteral("\"display\": \"%1\"").arg(payer).toUtf8());
    data.replace("\"code\": \"commercial\"", QStringLiteral("\"code\": \"%1\"").arg(lob).toUtf8());
    const QString path = dir.filePath(QStringLiteral("hg-%1-%2.json").arg(PayerTable::key(payer).replace(QLatin1Char(' '), QLatin1Char('-')), lob));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
    return path;
}

} // namespace

class TestPolicyChoice final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin, m_nurse, m_reviewer, m_director;
    QTemporaryDir m_dir;

    qint64 newCase(const CaseFacts &facts)
    {
        auto id = CaseStore::create(*m_db, facts, m_nurse);
        if (!id)
            qFatal("cannot create case: %s", qPrintable(id.error()));
        // Reviewed once the nurse submits it, as in the window.
        if (auto s = Review::submitForReview(*m_db, id.value(), m_nurse); !s)
            qFatal("cannot submit case: %s", qPrintable(s.error()));
        return id.value();
    }

    QStringList auditDetails(const QString &action)
    {
        QStringList out;
        auto q = m_db->exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = :a ORDER BY id"), { { QStringLiteral("a"), action } });
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        m_admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"),
                             QStringLiteral("Nina Ruiz"), QStringLiteral("RN"), &m_admin)
                      .value();
        m_reviewer = Users::add(*m_db, QStringLiteral("rita"), Role::ClinicalReviewer, QStringLiteral("reviewer password"),
                                QStringLiteral("Rita Okafor"), QStringLiteral("PharmD"), &m_admin)
                         .value();
        m_director = Users::add(*m_db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("director password"),
                                QStringLiteral("Mark Chen"), QStringLiteral("MD"), &m_admin)
                         .value();
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    // ---- The model function: payer (and its aliases) × drug × line of business ----

    void applicable_data()
    {
        QTest::addColumn<QString>("payer");
        QTest::addColumn<QString>("drug");
        QTest::addColumn<QString>("lob");
        QTest::addColumn<QStringList>("expected"); // empty: no policy applies

        const QStringList cigna535{ QStringLiteral("cigna-ip0535") };
        QTest::newRow("Cigna Healthcare, Hemgenix, commercial: Cigna IP0535 only, never Centene")
            << "Cigna Healthcare" << "hemgenix" << "commercial" << cigna535;
        QTest::newRow("Cigna, Hemgenix, commercial: the payer's own name") << "Cigna" << "hemgenix" << "commercial" << cigna535;
        QTest::newRow("alias in other case and spacing") << "  CIGNA   healthcare " << "hemgenix" << "commercial" << cigna535;
        QTest::newRow("Cigna lists no line of business: Medicaid is not excluded")
            << "Cigna Healthcare" << "hemgenix" << "medicaid" << cigna535;
        QTest::newRow("Cigna, Sevenfact: IP0355") << "Cigna Healthcare" << "sevenfact" << "commercial"
                                                  << QStringList{ QStringLiteral("cigna-ip0355") };
        QTest::newRow("Cigna, NovoSeven RT: no Cigna policy covers it") << "Cigna" << "novoseven-rt" << "commercial" << QStringList();
        QTest::newRow("Cigna, Roctavian: none, PHARMACY-109 is not Cigna's") << "Cigna" << "roctavian" << "commercial" << QStringList();
        QTest::newRow("Ambetter from Centene, Hemgenix, marketplace: CP.PHAR.580")
            << "Ambetter from Centene" << "hemgenix" << "marketplace" << QStringList{ QStringLiteral("centene-cp-phar-580") };
        QTest::newRow("Centene, Hemgenix, Medicare Advantage: Centene's header does not list it")
            << "Centene" << "hemgenix" << "medicare-advantage" << QStringList();
        QTest::newRow("Superior HealthPlan (Centene), NovoSeven RT, Medicaid: CP.PHAR.220")
            << "Superior HealthPlan (Centene)" << "novoseven-rt" << "medicaid" << QStringList{ QStringLiteral("centene-cp-phar-220") };
        QTest::newRow("Empire Plan, Hemgenix: PHARMACY-109 where the table says so")
            << "Empire Plan" << "hemgenix" << "commercial" << QStringList{ QStringLiteral("pharmacy-109") };
        QTest::newRow("Empire Plan, Roctavian, FEP: PHARMACY-109's box unchecked") << "Empire Plan" << "roctavian" << "fep" << QStringList();
        QTest::newRow("Empire Plan, Roctavian, Child Health Plus") << "Empire Plan" << "roctavian" << "chip"
                                                                   << QStringList{ QStringLiteral("pharmacy-109") };
        QTest::newRow("payer not in the table: every policy for drug and line of business")
            << "Any Health Plan" << "hemgenix" << "commercial"
            << QStringList{ QStringLiteral("centene-cp-phar-580"), QStringLiteral("cigna-ip0535"), QStringLiteral("pharmacy-109") };
        QTest::newRow("payer not in the table, Medicare Advantage: Centene left out by its header")
            << "Any Health Plan" << "hemgenix" << "medicare-advantage"
            << QStringList{ QStringLiteral("cigna-ip0535"), QStringLiteral("pharmacy-109") };
        QTest::newRow("no payer at all") << "" << "sevenfact" << "medicaid" << QStringList{ QStringLiteral("centene-cp-phar-220"), QStringLiteral("cigna-ip0355") };
    }

    void applicable()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no store involved");
        QFETCH(QString, payer);
        QFETCH(QString, drug);
        QFETCH(QString, lob);
        QFETCH(QStringList, expected);
        const auto s = applicablePolicies(library(), PayerTable::builtIn(), factsFor(payer, drug, lob), exampleAsOf());
        if (expected.isEmpty()) {
            QVERIFY(!s);
            QVERIFY2(s.error().startsWith(QStringLiteral("no policy applies")), qPrintable(s.error()));
            return;
        }
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(ids(s.value()), expected);
        for (const ApplicablePolicy &a : s->policies)
            QVERIFY(a.warnings.isEmpty());
    }

    void namedPolicy_data()
    {
        QTest::addColumn<QString>("payer");
        QTest::addColumn<QString>("drug");
        QTest::addColumn<QString>("lob");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("warning"); // expected in the one warning; empty: none
        QTest::addColumn<QString>("error");   // expected in the error; empty: evaluated

        QTest::newRow("another payer's policy, named: evaluated") << "Cigna Healthcare" << "hemgenix" << "commercial"
                                                                  << "centene-cp-phar-580" << "" << "";
        QTest::newRow("off the member's line of business: evaluated with a warning")
            << "Centene" << "hemgenix" << "medicare-advantage" << "centene-cp-phar-580"
            << "does not list the member's line of business (medicare-advantage)" << "";
        QTest::newRow("PHARMACY-109 off FEP: warning") << "Empire Plan" << "roctavian" << "fep" << "pharmacy-109"
                                                       << "(fep)" << "";
        QTest::newRow("Cigna lists none: no warning on Medicaid") << "Cigna" << "hemgenix" << "medicaid" << "cigna-ip0535" << "" << "";
        QTest::newRow("drug not covered: an error") << "Cigna" << "hemgenix" << "commercial" << "cigna-ip0355" << ""
                                                    << "Cigna IP0355 does not cover Hemgenix";
        QTest::newRow("unknown policy: an error") << "Cigna" << "hemgenix" << "commercial" << "aetna-1" << ""
                                                  << "there is no policy \"aetna-1\"";
    }

    void namedPolicy()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no store involved");
        QFETCH(QString, payer);
        QFETCH(QString, drug);
        QFETCH(QString, lob);
        QFETCH(QString, policy);
        QFETCH(QString, warning);
        QFETCH(QString, error);
        const auto s = applicablePolicies(library(), PayerTable::builtIn(), factsFor(payer, drug, lob), exampleAsOf(), policy);
        if (!error.isEmpty()) {
            QVERIFY(!s);
            QVERIFY2(s.error().contains(error), qPrintable(s.error()));
            return;
        }
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->policies.size(), 1);
        QCOMPARE(s->policies.first().policy->id, policy);
        if (warning.isEmpty()) {
            QVERIFY(s->policies.first().warnings.isEmpty());
        } else {
            QCOMPARE(s->policies.first().warnings.size(), 1);
            QVERIFY2(s->policies.first().warnings.first().contains(warning), qPrintable(s->policies.first().warnings.first()));
        }
    }

    // ---- The table as data ----

    void builtInTableIsWhole()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no store involved");
        auto table = PayerTable::fromFile(QStringLiteral(":/catalog/payers.json"));
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->problems(&library()), QStringList());
        QVERIFY(table->find(QStringLiteral("Cigna Healthcare")) == table->find(QStringLiteral("Cigna")));
        QCOMPARE(table->find(QStringLiteral("Cigna Healthcare"))->policies,
                 QStringList({ QStringLiteral("cigna-ip0355"), QStringLiteral("cigna-ip0535") }));
        // Written back, it reads the same.
        auto again = PayerTable::parse(table->toJson(), QStringLiteral("round trip"));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toJson(), table->toJson());
    }

    void badTablesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("alias of two payers")
            << QByteArray(R"({"format": "pareview-payers/1", "payers": [
                 {"id": "a", "name": "Cigna", "aliases": [], "policies": []},
                 {"id": "b", "name": "Other", "aliases": ["cigna"], "policies": []}]})")
            << "payer \"Other\": \"cigna\" already names payer \"Cigna\"";
        QTest::newRow("unknown key") << QByteArray(R"({"format": "pareview-payers/1", "payers": [{"id": "a", "name": "A", "plans": []}]})")
                                     << "t.json: line 1, column 78: payers[0]: unknown key \"plans\"";
        QTest::newRow("wrong format") << QByteArray(R"({"format": "payers/9", "payers": []})") << "\"format\" must be \"pareview-payers/1\"";
        QTest::newRow("bad id") << QByteArray(R"({"format": "pareview-payers/1", "payers": [{"id": "A B", "name": "A", "aliases": [], "policies": []}]})")
                                << "id \"A B\" must be lower-case letters, digits and dashes";
    }

    void badTablesAreNamed()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no store involved");
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto t = PayerTable::parse(json, QStringLiteral("t.json"));
        QVERIFY(!t);
        QVERIFY2(t.error().contains(message), qPrintable(t.error()));
    }

    // ---- The table in the store ----

    void storeIsSeededWithTheBuiltInTable()
    {
        auto table = PayerStore::load(*m_db);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->toJson(), PayerTable::builtIn().toJson());
    }

    void administratorEditsTheTable()
    {
        PayerTable table = PayerStore::load(*m_db).value();
        QVector<Payer> payers = table.payers();
        payers[0].aliases << QStringLiteral("CIGNA Corp");
        payers.append(Payer{ QStringLiteral("any-health-plan"), QStringLiteral("Any Health Plan"), {},
                             { QStringLiteral("pharmacy-109"), QStringLiteral("cigna-ip0535") } });
        const PayerTable edited(payers);

        // Only an administrator; the refusal is audited.
        const Status refused = PayerStore::save(*m_db, edited, library(), m_reviewer);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("may not edit the payer table")), qPrintable(refused.error()));
        QCOMPARE(auditDetails(QStringLiteral("refused.payers-edit")).size(), 1);
        QCOMPARE(PayerStore::load(*m_db)->toJson(), table.toJson());

        // An unknown policy is refused with its name; nothing changes.
        QVector<Payer> bad = payers;
        bad.last().policies << QStringLiteral("aetna-1");
        const Status unknown = PayerStore::save(*m_db, PayerTable(bad), library(), m_admin);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("payer \"Any Health Plan\": there is no policy \"aetna-1\"")), qPrintable(unknown.error()));
        QCOMPARE(PayerStore::load(*m_db)->toJson(), table.toJson());

        const Status saved = PayerStore::save(*m_db, edited, library(), m_admin);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(PayerStore::load(*m_db)->toJson(), edited.toJson());
        const QStringList audit = auditDetails(QStringLiteral("payers.edit"));
        QCOMPARE(audit.size(), 1);
        QVERIFY2(audit.first().contains(QStringLiteral("added Any Health Plan")), qPrintable(audit.first()));
        QVERIFY2(audit.first().contains(QStringLiteral("CIGNA Corp")), qPrintable(audit.first()));
        QVERIFY(AuditLog::verify(*m_db));

        // The store's table now decides: Any Health Plan gets its two policies, in the table's order.
        const qint64 id = newCase(factsFor(QStringLiteral("any health plan"), QStringLiteral("hemgenix"), QStringLiteral("commercial")));
        const auto facts = CaseStore::facts(*m_db, id, m_reviewer).value();
        auto policies = PolicyChoices::forCase(*m_db, library(), id, facts);
        QVERIFY2(policies, qPrintable(policies.error()));
        QCOMPARE(policies->selection.payer, QStringLiteral("Any Health Plan"));
        QCOMPARE(policies->selection.policies.size(), 2);
        QCOMPARE(policies->selection.policies[0].policy->id, QStringLiteral("pharmacy-109"));
        QVERIFY(!policies->current());
    }

    // ---- The reviewer's choice, stored on the case ----

    void cignaCaseOpensUnderCigna()
    {
        const qint64 id = newCase(factsFor(QStringLiteral("Cigna Healthcare"), QStringLiteral("hemgenix"), QStringLiteral("commercial")));
        const auto facts = CaseStore::facts(*m_db, id, m_reviewer).value();
        auto policies = PolicyChoices::forCase(*m_db, library(), id, facts);
        QVERIFY2(policies, qPrintable(policies.error()));
        QCOMPARE(policies->selection.policies.size(), 1);
        QVERIFY(policies->current());
        QCOMPARE(policies->current()->policy->id, QStringLiteral("cigna-ip0535"));
        // decide without --policy: the one that applies.
        auto draft = DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("approve"), QString(), m_director);
        QVERIFY2(draft, qPrintable(draft.error()));
        QCOMPARE(draft->policy->id, QStringLiteral("cigna-ip0535"));
    }

    void reviewersChoiceIsStoredAndAudited()
    {
        const qint64 id = newCase(factsFor(QStringLiteral("Any Health Plan"), QStringLiteral("hemgenix"), QStringLiteral("commercial")));
        const auto facts = CaseStore::facts(*m_db, id, m_reviewer).value();
        auto before = PolicyChoices::forCase(*m_db, library(), id, facts);
        QVERIFY2(before, qPrintable(before.error()));
        QCOMPARE(before->selection.policies.size(), 3);
        QVERIFY(!before->current());
        auto undecided = DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("approve"), QString(), m_director);
        QVERIFY(!undecided);
        QVERIFY2(undecided.error().contains(QStringLiteral("several policies apply")), qPrintable(undecided.error()));

        // A nurse may not choose; the refusal is audited.
        const Status nurse = PolicyChoices::choose(*m_db, library(), id, facts, QStringLiteral("pharmacy-109"), m_nurse);
        QVERIFY(!nurse);
        QVERIFY2(nurse.error().contains(QStringLiteral("may not choose the policy")), qPrintable(nurse.error()));
        QCOMPARE(auditDetails(QStringLiteral("refused.choose-policy")).size(), 1);
        // A policy that does not cover the drug cannot be chosen.
        QVERIFY(!PolicyChoices::choose(*m_db, library(), id, facts, QStringLiteral("cigna-ip0355"), m_reviewer));

        const Status chosen = PolicyChoices::choose(*m_db, library(), id, facts, QStringLiteral("pharmacy-109"), m_reviewer);
        QVERIFY2(chosen, qPrintable(chosen.error()));
        QCOMPARE(PolicyChoices::chosen(*m_db, id).value(), QStringLiteral("pharmacy-109"));
        QCOMPARE(auditDetails(QStringLiteral("case.policy")), QStringList{ QStringLiteral("pharmacy-109") });

        // The director sees the same policy; the determination uses it.
        const auto directorFacts = CaseStore::facts(*m_db, id, m_director).value();
        auto after = PolicyChoices::forCase(*m_db, library(), id, directorFacts);
        QVERIFY2(after, qPrintable(after.error()));
        QCOMPARE(after->current()->policy->id, QStringLiteral("pharmacy-109"));
        auto draft = DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("approve"), QString(), m_director);
        QVERIFY2(draft, qPrintable(draft.error()));
        QCOMPARE(draft->input.policyId, QStringLiteral("pharmacy-109"));

        // Changed again: audited as from → to.
        QVERIFY(PolicyChoices::choose(*m_db, library(), id, facts, QStringLiteral("cigna-ip0535"), m_director));
        QCOMPARE(auditDetails(QStringLiteral("case.policy")).last(), QStringLiteral("pharmacy-109 → cigna-ip0535"));

        // Determined: read only, the choice stays.
        QVERIFY(Review::determine(*m_db, id, DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("approve"), QString(), m_director)->input, m_director));
        const Status late = PolicyChoices::choose(*m_db, library(), id, facts, QStringLiteral("pharmacy-109"), m_director);
        QVERIFY(!late);
        QVERIFY2(late.error().contains(QStringLiteral("read only")), qPrintable(late.error()));
        QCOMPARE(PolicyChoices::chosen(*m_db, id).value(), QStringLiteral("cigna-ip0535"));
        QVERIFY(AuditLog::verify(*m_db));
    }

    void chosenOffLineOfBusinessCarriesItsWarning()
    {
        // Medicare Advantage: Centene's header does not list it; a reviewer may
        // still name it, and the case says so wherever it is shown.
        const qint64 id = newCase(factsFor(QStringLiteral("Any Health Plan"), QStringLiteral("hemgenix"), QStringLiteral("medicare-advantage")));
        const auto facts = CaseStore::facts(*m_db, id, m_reviewer).value();
        QVERIFY(PolicyChoices::choose(*m_db, library(), id, facts, QStringLiteral("centene-cp-phar-580"), m_reviewer));
        QVERIFY(auditDetails(QStringLiteral("case.policy")).last().contains(QStringLiteral("warning")));
        auto policies = PolicyChoices::forCase(*m_db, library(), id, facts);
        QVERIFY2(policies, qPrintable(policies.error()));
        QCOMPARE(policies->current()->policy->id, QStringLiteral("centene-cp-phar-580"));
        QCOMPARE(policies->current()->warnings.size(), 1);
        auto draft = DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("pend"), QString(), m_director);
        if (draft)
            QCOMPARE(draft->evaluation.warnings, policies->current()->warnings);
    }

    // ---- The command line ----

    void evaluateWithoutPolicyUsesThePayerTable_data()
    {
        QTest::addColumn<QString>("payer");
        QTest::addColumn<QString>("lob");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Cigna Healthcare, commercial: Cigna only") << "Cigna Healthcare" << "commercial" << QStringList{ QStringLiteral("cigna-ip0535") };
        QTest::newRow("Ambetter from Centene: Centene only") << "Ambetter from Centene" << "commercial" << QStringList{ QStringLiteral("centene-cp-phar-580") };
        QTest::newRow("Any Health Plan: all three") << "Any Health Plan" << "commercial"
                                                   << QStringList{ QStringLiteral("centene-cp-phar-580"), QStringLiteral("cigna-ip0535"), QStringLiteral("pharmacy-109") };
    }

    void evaluateWithoutPolicyUsesThePayerTable()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no store involved");
        QFETCH(QString, payer);
        QFETCH(QString, lob);
        QFETCH(QStringList, expected);
        const CliRun r = runCli({ QStringLiteral("evaluate"), QStringLiteral("--bundle"), bundleWith(m_dir, payer, lob),
                                  QStringLiteral("--format"), QStringLiteral("jsonl") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList policies;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            policies << o.value(QStringLiteral("policy")).toString();
            QVERIFY(!o.contains(QStringLiteral("warnings")));
        }
        policies.sort();
        QCOMPARE(policies, expected);
    }

    void evaluateNamedPolicyOffLineOfBusinessWarns()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no store involved");
        const QString bundle = bundleWith(m_dir, QStringLiteral("Centene"), QStringLiteral("medicare-advantage"));
        const CliRun none = runCli({ QStringLiteral("evaluate"), QStringLiteral("--bundle"), bundle });
        QCOMPARE(none.code, 4); // Centene's only Hemgenix policy does not list Medicare Advantage
        QVERIFY2(none.err.contains(QStringLiteral("does not apply to the medicare-advantage line of business")), qPrintable(none.err));

        const CliRun json = runCli({ QStringLiteral("evaluate"), QStringLiteral("--bundle"), bundle, QStringLiteral("--policy"),
                                     QStringLiteral("centene-cp-phar-580") });
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("policy")).toString(), QStringLiteral("centene-cp-phar-580"));
        const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).toString().contains(QStringLiteral("does not list the member's line of business (medicare-advantage)")),
                 qPrintable(warnings.at(0).toString()));

        const CliRun text = runCli({ QStringLiteral("evaluate"), QStringLiteral("--bundle"), bundle, QStringLiteral("--policy"),
                                     QStringLiteral("centene-cp-phar-580"), QStringLiteral("--format"), QStringLiteral("text") });
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("warning: Centene CP.PHAR.580 does not list the member's line of business")), qPrintable(text.out));
    }

    void evaluateTakesAPayerTableFile()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("sqlite"))
            QSKIP("no store involved");
        const QString table = m_dir.filePath(QStringLiteral("payers.json"));
        QFile f(table);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "pareview-payers/1", "payers": [{"id": "any", "name": "Any Health Plan", "aliases": [], "policies": ["pharmacy-109"]}]})");
        f.close();
        const CliRun r = runCli({ QStringLiteral("evaluate"), QStringLiteral("--bundle"), sharedPath(QStringLiteral("spec/examples/hg-01-complete.json")),
                                  QStringLiteral("--payers"), table });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("policy")).toString(), QStringLiteral("pharmacy-109"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"format": "pareview-payers/1", "payers": [{"id": "any", "name": "Any Health Plan", "aliases": [], "policies": ["aetna-1"]}]})");
        f.close();
        const CliRun bad = runCli({ QStringLiteral("evaluate"), QStringLiteral("--bundle"), sharedPath(QStringLiteral("spec/examples/hg-01-complete.json")),
                                    QStringLiteral("--payers"), table });
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("there is no policy \"aetna-1\"")), qPrintable(bad.err));
    }

    void decideUsesTheStoredChoice()
    {
        const qint64 id = newCase(factsFor(QStringLiteral("Any Health Plan"), QStringLiteral("hemgenix"), QStringLiteral("commercial")));
        auto decide = [&] {
            return runCli({ QStringLiteral("decide"), QStringLiteral("--db"), m_store->location(), QStringLiteral("--case"),
                            QString::number(id), QStringLiteral("--user"), QStringLiteral("mark"), QStringLiteral("--outcome"),
                            QStringLiteral("approve") },
                          "director password\n");
        };
        const CliRun before = decide();
        QCOMPARE(before.code, 1);
        QVERIFY2(before.err.contains(QStringLiteral("several policies apply")), qPrintable(before.err));
        QCOMPARE(Review::determinations(*m_db, id)->size(), 0);

        const auto facts = CaseStore::facts(*m_db, id, m_reviewer).value();
        QVERIFY(PolicyChoices::choose(*m_db, library(), id, facts, QStringLiteral("pharmacy-109"), m_reviewer));
        const CliRun after = decide();
        QVERIFY2(after.code == 0, qPrintable(after.err));
        QVERIFY2(after.out.contains(QStringLiteral("approve under Pharmacy Management Drug Policy PHARMACY-109")), qPrintable(after.out));
        QCOMPARE(Review::latestDetermination(*m_db, id).value()->policyId, QStringLiteral("pharmacy-109"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyChoice)
#include "tst_policychoice.moc"
