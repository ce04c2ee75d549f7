// Where a case's own values came from (issue 10): the payer, the member's
// fields, the drug, dose and request fields carry their source as facts do —
// typed by a nurse, imported from a bundle's entry, demo data — recorded
// with the case in the same transaction; a correction adds a new version
// "corrected by …" and the earlier value stays; a draft saved again records
// only what the nurse changed; a direct edit of the sources outside pareview
// is caught by `audit verify`. Runs on SQLite and, when the test script
// started one, PostgreSQL.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "intake/FhirImporter.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/RecordIntegrity.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

// The sources of one field, oldest first.
QVector<CaseFieldSource> versionsOf(const QVector<CaseFieldSource> &all, const QString &field)
{
    QVector<CaseFieldSource> out;
    for (const CaseFieldSource &s : all)
        if (s.field == field)
            out << s;
    return out;
}

// The case-level values as a nurse types them: every source "typed by …".
void typedBy(CaseFacts &f, const QString &nurse)
{
    const QString typed = QStringLiteral("typed by %1 at 2026-12-01T09:00:00Z").arg(nurse);
    for (Sourced<QString> *s : {&f.memberName, &f.memberId, &f.sexAtBirth, &f.payer, &f.plan, &f.lineOfBusiness, &f.prescriberName,
                                &f.prescriberNpi, &f.drug})
        s->source = typed;
    for (Sourced<double> *s : {&f.dosePerKg, &f.doseIntervalHours, &f.quantityMcg, &f.supplyDays})
        s->source = typed;
    f.birthDate.source = f.prescriberAtHtc.source = f.prescriberTaxonomySource = typed;
    if (auto type = f.attestations.find(QStringLiteral("request-type")); type != f.attestations.end())
        type->source = typed;
}

} // namespace

class TestCaseProvenance final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin, m_nurse;

    void open(bool withUsers = true)
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        if (!withUsers)
            return;
        m_admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), QStringLiteral("Nina Ruiz"),
                             QStringLiteral("RN"), &m_admin).value();
    }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void importedCaseNamesTheBundleEntry()
    {
        open();
        CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        FhirImporter::attribute(f, QStringLiteral("hg-01.json"), m_nurse.name);
        auto id = CaseStore::create(*m_db, f, m_nurse, CaseArrival::Electronic);
        QVERIFY2(id, qPrintable(id.error()));
        auto sources = CaseStore::fieldSources(*m_db, *id);
        QVERIFY2(sources, qPrintable(sources.error()));
        const auto payer = versionsOf(*sources, QStringLiteral("payer"));
        QCOMPARE(payer.size(), 1);
        QCOMPARE(payer[0].value, f.payer.value.value());
        QCOMPARE(payer[0].kind, QStringLiteral("imported"));
        QCOMPARE(payer[0].source, f.payer.source);
        QVERIFY2(payer[0].source.startsWith(QStringLiteral("hg-01.json entry[")) && payer[0].source.contains(QStringLiteral(" Coverage")),
                 qPrintable(payer[0].source));
        QVERIFY2(payer[0].source.endsWith(QStringLiteral(", imported by nina")), qPrintable(payer[0].source));
        QCOMPARE(payer[0].recordedBy, QStringLiteral("nina"));
        QCOMPARE(payer[0].version, 1);
        QCOMPARE(payer[0].label, QStringLiteral("Payer"));
        // The member's, the drug's and the request's values, each from its entry.
        for (const char *field : {"member_name", "member_id", "birth_date", "line_of_business", "drug", "dose_per_kg", "request_type",
                                  "received_at", "prescriber_name"}) {
            const auto v = versionsOf(*sources, QString::fromLatin1(field));
            QVERIFY2(v.size() == 1, field);
            QVERIFY2(v[0].kind == QLatin1String("imported"), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(field), v[0].kind)));
            QVERIFY2(v[0].source.startsWith(QStringLiteral("hg-01.json")), qPrintable(v[0].source));
        }
        // The request as a whole for when it arrived: the bundle, not one entry.
        QCOMPARE(versionsOf(*sources, QStringLiteral("received_at"))[0].source, QStringLiteral("hg-01.json, imported by nina"));
        // Read back, the case's facts carry the recorded sources, not "case PA-…".
        auto stored = CaseStore::storedFacts(*m_db, *id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->payer.source, f.payer.source);
        QCOMPARE(stored->birthDate.source, f.birthDate.source);
        QCOMPARE(stored->drug.source, f.drug.source);
        // Written in the case's own transaction: the create's audit row binds them.
        auto bound = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_records r JOIN audit_log a ON a.id = r.audit_id"
                                               " WHERE r.tbl = 'case_field_sources' AND a.action = 'case.create' AND a.case_id = :c"),
                                {{QStringLiteral("c"), *id}});
        QVERIFY(bound && bound->next());
        QCOMPARE(bound->value(0).toLongLong(), qint64(sources->size()));
    }

    void typedCaseNamesTheNurse()
    {
        open();
        CaseFacts f = exampleFacts(QStringLiteral("sf-01-hemA-inhibitor-12bu"));
        typedBy(f, m_nurse.name);
        auto id = CaseStore::create(*m_db, f, m_nurse);
        QVERIFY2(id, qPrintable(id.error()));
        auto sources = CaseStore::fieldSources(*m_db, *id);
        QVERIFY2(sources, qPrintable(sources.error()));
        QVERIFY(!sources->isEmpty());
        for (const CaseFieldSource &s : *sources) {
            QVERIFY2(s.kind == QLatin1String("typed"), qPrintable(s.field + QStringLiteral(": ") + s.kind));
            QVERIFY2(s.source.startsWith(QStringLiteral("typed by nina at ")), qPrintable(s.source));
        }
        // In the intake form's order.
        QCOMPARE(sources->first().field, QStringLiteral("member_name"));
    }

    void demoCasesSayDemoData()
    {
        open(false);
        auto made = DemoData::populate(*m_db);
        QVERIFY2(made, qPrintable(made.error()));
        auto q = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_id = 'M10004417'"));
        QVERIFY(q && q->next());
        auto sources = CaseStore::fieldSources(*m_db, q->value(0).toLongLong());
        QVERIFY2(sources, qPrintable(sources.error()));
        for (const char *field : {"member_name", "payer", "plan", "drug", "line_of_business", "dose_per_kg", "request_type"}) {
            const auto v = versionsOf(*sources, QString::fromLatin1(field));
            QVERIFY2(v.size() == 1, field);
            QVERIFY2(v[0].kind == QLatin1String("demo") && v[0].source == QLatin1String("demo data"), qPrintable(v[0].field + v[0].source));
        }
        QCOMPARE(versionsOf(*sources, QStringLiteral("payer"))[0].value, QStringLiteral("Cigna Healthcare"));
    }

    void correctionKeepsTheEarlierValue()
    {
        open();
        CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        FhirImporter::attribute(f, QStringLiteral("hg-01.json"), m_nurse.name);
        auto id = CaseStore::create(*m_db, f, m_nurse, CaseArrival::Electronic);
        QVERIFY2(id, qPrintable(id.error()));
        const QString importedPayer = f.payer.value.value();
        const QString importedSource = f.payer.source;

        // The nurse corrects the payer and the plan (the form gives every value as typed by her).
        CaseFacts corrected = CaseStore::facts(*m_db, *id, m_nurse).value();
        typedBy(corrected, m_nurse.name);
        corrected.payer.value = QStringLiteral("Cigna Healthcare");
        corrected.plan.value = QStringLiteral("Open Access Plus");
        auto changed = CaseStore::correct(*m_db, *id, corrected, m_nurse);
        QVERIFY2(changed, qPrintable(changed.error()));

        auto sources = CaseStore::fieldSources(*m_db, *id);
        QVERIFY2(sources, qPrintable(sources.error()));
        const auto payer = versionsOf(*sources, QStringLiteral("payer"));
        QCOMPARE(payer.size(), 2);
        QCOMPARE(payer[0].value, importedPayer);
        QCOMPARE(payer[0].source, importedSource);
        QCOMPARE(payer[0].kind, QStringLiteral("imported"));
        QCOMPARE(payer[1].value, QStringLiteral("Cigna Healthcare"));
        QCOMPARE(payer[1].kind, QStringLiteral("corrected"));
        QVERIFY2(payer[1].source.startsWith(QStringLiteral("corrected by nina at ")), qPrintable(payer[1].source));
        QCOMPARE(payer[1].version, 2);
        QCOMPARE(versionsOf(*sources, QStringLiteral("plan")).size(), 2);
        // What she left as it was keeps its import, though the form said "typed".
        for (const char *field : {"member_name", "drug", "dose_per_kg", "birth_date", "received_at", "request_type"}) {
            const auto v = versionsOf(*sources, QString::fromLatin1(field));
            QVERIFY2(v.size() == 1 && v[0].kind == QLatin1String("imported"), field);
        }
        // The case reads with the corrected payer and its correction as its source.
        auto stored = CaseStore::storedFacts(*m_db, *id);
        QCOMPARE(stored->payer.value.value(), QStringLiteral("Cigna Healthcare"));
        QCOMPARE(stored->payer.source, payer[1].source);
        QCOMPARE(stored->memberName.source, f.memberName.source);
        // And the correction history names the earlier payer.
        auto history = CaseStore::corrections(*m_db, *id);
        QVERIFY2(history, qPrintable(history.error()));
        bool found = false;
        for (const FactCorrection &c : *history)
            found = found || (c.field == QLatin1String("Payer") && c.previous == importedPayer && c.corrected == QLatin1String("Cigna Healthcare"));
        QVERIFY(found);
    }

    void draftSavedAgainRecordsOnlyTheChange()
    {
        open();
        CaseFacts f = exampleFacts(QStringLiteral("ro-01-complete"));
        typedBy(f, m_nurse.name);
        auto id = CaseStore::create(*m_db, f, m_nurse);
        QVERIFY2(id, qPrintable(id.error()));
        CaseFacts edited = f;
        edited.attachments.clear();
        typedBy(edited, QStringLiteral("nina again"));
        edited.plan = {QStringLiteral("Empire Plan Gold"), {}, QStringLiteral("typed by nina at 2026-12-02T10:00:00Z")};
        const Status saved = CaseStore::updateDraft(*m_db, *id, edited, m_nurse);
        QVERIFY2(saved, qPrintable(saved.error()));
        auto sources = CaseStore::fieldSources(*m_db, *id);
        QVERIFY2(sources, qPrintable(sources.error()));
        // Only the plan changed.
        for (const CaseFieldSource &s : *sources)
            QVERIFY2(s.version == 1 || s.field == QLatin1String("plan"), qPrintable(QStringLiteral("%1 v%2: %3").arg(s.field).arg(s.version).arg(s.value)));
        const auto plan = versionsOf(*sources, QStringLiteral("plan"));
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan[1].value, QStringLiteral("Empire Plan Gold"));
        QCOMPARE(plan[1].kind, QStringLiteral("typed"));
        QCOMPARE(plan[1].source, QStringLiteral("typed by nina at 2026-12-02T10:00:00Z"));
        const auto payer = versionsOf(*sources, QStringLiteral("payer"));
        QCOMPARE(payer.size(), 1);
        QVERIFY2(payer[0].source.startsWith(QStringLiteral("typed by nina at 2026-12-01")), qPrintable(payer[0].source));
    }

    void sourceKinds_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("kind");
        QTest::newRow("typed") << "typed by nina at 2026-12-01T09:00:00Z" << "typed";
        QTest::newRow("corrected") << "corrected by nina at 2026-12-01T09:00:00Z" << "corrected";
        QTest::newRow("imported") << "hg-01.json entry[3] Coverage payor, imported by nina" << "imported";
        QTest::newRow("entry only") << "entry[3] Coverage payor" << "imported";
        QTest::newRow("demo") << "demo data" << "demo";
        QTest::newRow("none") << "" << "unrecorded";
    }

    void sourceKinds()
    {
        QFETCH(QString, source);
        QFETCH(QString, kind);
        QCOMPARE(CaseStore::sourceKind(source), kind);
    }

    // A source changed, deleted or slipped in outside pareview is reported by table.
    void verifyCatchesADirectEdit_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("value changed") << "UPDATE case_field_sources SET value = 'Any Other Plan' WHERE field = 'payer'";
        QTest::newRow("source changed") << "UPDATE case_field_sources SET source = 'typed by someone else' WHERE field = 'payer'";
        QTest::newRow("deleted") << "DELETE FROM case_field_sources WHERE field = 'plan'";
        QTest::newRow("inserted")
            << "INSERT INTO case_field_sources (case_id, field, version, value, kind, source, recorded_at)"
               " SELECT case_id, field, version + 1, 'Forged Payer', 'typed', 'typed by nina', recorded_at FROM case_field_sources WHERE field = 'payer'";
    }

    void verifyCatchesADirectEdit()
    {
        QFETCH_GLOBAL(QString, engine);
        QFETCH(QString, sql);
        open();
        CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        FhirImporter::attribute(f, QStringLiteral("hg-01.json"), m_nurse.name);
        QVERIFY(CaseStore::create(*m_db, f, m_nurse, CaseArrival::Electronic));
        auto whole = RecordIntegrity::verify(*m_db, RecordIntegrity::Mode::Full);
        QVERIFY2(whole && whole->ok(), whole ? qPrintable(whole->findings.value(0).text) : qPrintable(whole.error()));
        const QString location = m_store->location();
        m_db.reset();
        // Another program's connection: not pareview's, so nothing it does is bound.
        const QString name = QStringLiteral("raw-provenance");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(engine == QLatin1String("sqlite") ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
            if (engine == QLatin1String("sqlite")) {
                raw.setDatabaseName(location);
            } else {
                const QUrl url(location);
                raw.setHostName(url.host());
                raw.setPort(url.port(5432));
                raw.setUserName(url.userName());
                raw.setDatabaseName(url.path().mid(1));
            }
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.numRowsAffected() >= 1);
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        auto db = Database::open(location);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        auto report = RecordIntegrity::verify(*m_db, RecordIntegrity::Mode::Full);
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY2(!report->ok(), "the direct edit went unreported");
        bool named = false;
        for (const IntegrityFinding &finding : report->findings)
            named = named || (finding.table == QLatin1String("case_field_sources") && finding.caseId);
        QVERIFY2(named, qPrintable(report->findings.value(0).text));
    }
};

QTEST_MAIN(TestCaseProvenance)
#include "tst_case_provenance.moc"
