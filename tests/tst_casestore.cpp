// Case files: a bundle's facts stored and read back evaluate exactly as
// before; attachments keep their bytes and hashes; the store refuses the
// wrong role, oversized attachments, and leaves nothing half-stored.
// Runs on SQLite and, when the test script started one, PostgreSQL.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "engine/EvaluationJson.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Users.h"

#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestCaseStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin, m_nurse, m_director;

    qint64 count(const char *table)
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!q || !q->next())
            return -1;
        return q->value(0).toLongLong();
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
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), QStringLiteral("Nina Ruiz"),
                             QStringLiteral("RN"), &m_admin).value();
        m_director = Users::add(*m_db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("director password"),
                                QStringLiteral("Mark Chen"), QStringLiteral("MD"), &m_admin).value();
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void storedFactsEvaluateTheSame_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("policy");
        QTest::newRow("hg-01 cigna-ip0535") << "hg-01-complete" << "cigna-ip0535";
        QTest::newRow("hg-01 centene-cp-phar-580") << "hg-01-complete" << "centene-cp-phar-580";
        QTest::newRow("ro-01 pharmacy-109") << "ro-01-complete" << "pharmacy-109";
        QTest::newRow("sf-01 cigna-ip0355") << "sf-01-hemA-inhibitor-12bu" << "cigna-ip0355";
        QTest::newRow("ns-01 centene-cp-phar-220") << "ns-01-acquired" << "centene-cp-phar-220";
    }

    void storedFactsEvaluateTheSame()
    {
        QFETCH(QString, example);
        QFETCH(QString, policy);
        const CaseFacts imported = exampleFacts(example);
        auto id = CaseStore::create(*m_db, imported, m_nurse);
        QVERIFY2(id, qPrintable(id.error()));
        auto stored = CaseStore::facts(*m_db, id.value(), m_director);
        QVERIFY2(stored, qPrintable(stored.error()));

        const Evaluation before = CaseBuilder(imported).evaluate(policy);
        const Evaluation after = CaseBuilder(stored.value()).evaluate(policy);
        QCOMPARE(recommendationName(after.recommendation), recommendationName(before.recommendation));
        QCOMPARE(after.criteria.size(), before.criteria.size());
        for (int i = 0; i < before.criteria.size(); ++i) {
            QCOMPARE(after.criteria[i].label, before.criteria[i].label);
            QCOMPARE(statusName(after.criteria[i].status), statusName(before.criteria[i].status));
        }
        QCOMPARE(stored->memberName.value, imported.memberName.value);
        QCOMPARE(stored->birthDate.value, imported.birthDate.value);
        QCOMPARE(stored->labs.keys().size(), imported.labs.keys().size());
        QCOMPARE(stored->attestations.size(), imported.attestations.size());
    }

    void caseGetsReferenceDueByAndAudit()
    {
        auto id = CaseStore::create(*m_db, exampleFacts(QStringLiteral("hg-01-complete")), m_nurse);
        QVERIFY(id);
        auto s = CaseStore::summary(*m_db, id.value());
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->reference, QStringLiteral("PA-%1").arg(id.value(), 7, 10, QLatin1Char('0')));
        QCOMPARE(s->status, QStringLiteral("intake"));
        QCOMPARE(s->priority, QStringLiteral("standard"));
        // Commercial, standard: 15 days (ERISA pre-service) from receipt.
        QCOMPARE(s->received, QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC));
        QCOMPARE(s->dueBy, s->received.addDays(15));
        auto q = m_db->exec(QStringLiteral("SELECT action, case_id FROM audit_log WHERE action = 'case.create'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(1).toLongLong(), id.value());
        QVERIFY(AuditLog::verify(*m_db));
    }

    void dueByFollowsTheTable_data()
    {
        QTest::addColumn<QString>("lob");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QDateTime>("due");
        const QDateTime friday(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);
        QTest::newRow("Medicare Advantage standard 72 h") << "medicare-advantage" << "standard" << friday << friday.addSecs(72 * 3600);
        QTest::newRow("Medicare Advantage expedited 24 h") << "medicare-advantage" << "expedited" << friday << friday.addSecs(24 * 3600);
        QTest::newRow("Medicaid 24 h") << "medicaid" << "standard" << friday << friday.addSecs(24 * 3600);
        QTest::newRow("CHIP 24 h") << "chip" << "expedited" << friday << friday.addSecs(24 * 3600);
        QTest::newRow("commercial standard 15 days") << "commercial" << "standard" << friday << friday.addDays(15);
        QTest::newRow("marketplace expedited 72 h") << "marketplace" << "expedited" << friday << friday.addSecs(72 * 3600);
        QTest::newRow("New York 3 business days from a Friday") << "essential-plan" << "standard" << friday
                                                                << QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);
        QTest::newRow("no rule for FEP") << "fep" << "standard" << friday << QDateTime();
    }

    void dueByFollowsTheTable()
    {
        QFETCH(QString, lob);
        QFETCH(QString, priority);
        QFETCH(QDateTime, received);
        QFETCH(QDateTime, due);
        auto r = CaseStore::dueBy(*m_db, lob, priority, received);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r.value(), due);
    }

    void dueByTableIsData()
    {
        QVERIFY(m_db->exec(QStringLiteral("UPDATE due_rules SET hours = 48 WHERE line_of_business = 'medicaid' AND priority = 'standard'")));
        const QDateTime t(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        QCOMPARE(CaseStore::dueBy(*m_db, QStringLiteral("medicaid"), QStringLiteral("standard"), t).value(), t.addSecs(48 * 3600));
    }

    void attachmentsKeepTheirBytes()
    {
        CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        AttachmentData pdf;
        pdf.title = QStringLiteral("../../etc/passwd");
        pdf.contentType = QStringLiteral("text/plain"); // lies: the bytes say PDF
        pdf.bytes = QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        f.attachments.append(pdf);
        auto id = CaseStore::create(*m_db, f, m_nurse);
        QVERIFY2(id, qPrintable(id.error()));
        auto list = CaseStore::attachments(*m_db, id.value());
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        const StoredAttachment &note = list->at(0);
        QCOMPARE(note.detectedType, QStringLiteral("text/plain"));
        QCOMPARE(note.sha256, CaseStore::sha256Hex(f.attachments[0].bytes));
        const StoredAttachment &stored = list->at(1);
        QCOMPARE(stored.fileName, QStringLiteral("passwd")); // never a path
        QCOMPARE(stored.declaredType, QStringLiteral("text/plain"));
        QCOMPARE(stored.detectedType, QStringLiteral("application/pdf"));
        QCOMPARE(stored.size, qint64(pdf.bytes.size()));
        auto bytes = CaseStore::attachmentBytes(*m_db, stored.id, m_director);
        QVERIFY2(bytes, qPrintable(bytes.error()));
        QCOMPARE(bytes.value(), pdf.bytes);
    }

    void changedAttachmentBytesAreFound()
    {
        auto id = CaseStore::create(*m_db, exampleFacts(QStringLiteral("hg-01-complete")), m_nurse);
        QVERIFY(id);
        const qint64 attachment = CaseStore::attachments(*m_db, id.value())->first().id;
        QVERIFY(m_db->exec(QStringLiteral("UPDATE attachments SET bytes = :b WHERE id = :id"),
                           {{QStringLiteral("b"), QByteArray("forged chart note")}, {QStringLiteral("id"), attachment}}));
        auto bytes = CaseStore::attachmentBytes(*m_db, attachment, m_director);
        QVERIFY(!bytes);
        QVERIFY2(bytes.error().contains(QStringLiteral("does not match its SHA-256")), qPrintable(bytes.error()));
    }

    void oversizedAttachmentIsRefusedAndNothingStored()
    {
        CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        AttachmentData big;
        big.title = QStringLiteral("scan.tiff");
        big.bytes = QByteArray(int(CaseStore::MaxAttachmentBytes + 1), 'x');
        f.attachments.append(big);
        const qint64 auditBefore = count("audit_log");
        auto id = CaseStore::create(*m_db, f, m_nurse);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QStringLiteral("at most 100 MiB")), qPrintable(id.error()));
        QCOMPARE(count("cases"), 0);
        QCOMPARE(count("attachments"), 0);
        QCOMPARE(count("audit_log"), auditBefore);
    }

    void wrongRoleCannotCreate()
    {
        auto id = CaseStore::create(*m_db, exampleFacts(QStringLiteral("hg-01-complete")), m_director);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QStringLiteral("may not create cases")), qPrintable(id.error()));
        QCOMPARE(count("cases"), 0);
    }

    void failureHalfwayLeavesNothing()
    {
        // Make the last insert of a case fail inside the transaction: a
        // description the column cannot take (CHECK added for this test).
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER refuse_attachments BEFORE INSERT ON attachments BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        else
            QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE attachments ADD CONSTRAINT refuse CHECK (size < 0)")));
        auto id = CaseStore::create(*m_db, exampleFacts(QStringLiteral("hg-01-complete")), m_nurse);
        QVERIFY(!id);
        QCOMPARE(count("cases"), 0);
        QCOMPARE(count("facts"), 0);
        QCOMPARE(count("diagnoses"), 0);
        QVERIFY(AuditLog::verify(*m_db));
    }

    void memberLanguageChoosesTheLetters()
    {
        QByteArray bundle = readAll(sharedPath(QStringLiteral("spec/examples/hg-01-complete.json")));
        const QByteArray anchor = "\"birthDate\": \"1990-05-14\"";
        QVERIFY(bundle.contains(anchor));
        bundle.replace(anchor, anchor + ", \"communication\": [{\"language\": {\"coding\": [{\"system\": \"urn:ietf:bcp:47\", \"code\": \"en\"}]}},"
                                        " {\"language\": {\"coding\": [{\"system\": \"urn:ietf:bcp:47\", \"code\": \"es-US\"}]}, \"preferred\": true}]");
        auto facts = FhirImporter::import(bundle);
        QVERIFY2(facts, qPrintable(facts.error()));
        QCOMPARE(facts->language, QStringLiteral("es"));
        auto id = CaseStore::create(*m_db, facts.value(), m_nurse);
        QVERIFY(id);
        auto q = m_db->exec(QStringLiteral("SELECT language FROM cases WHERE id = :id"), {{QStringLiteral("id"), id.value()}});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("es"));
        QCOMPARE(CaseStore::facts(*m_db, id.value(), m_director)->language, QStringLiteral("es"));
        // Without a stated language, English.
        auto plain = CaseStore::create(*m_db, exampleFacts(QStringLiteral("hg-01-complete")), m_nurse);
        QCOMPARE(CaseStore::facts(*m_db, plain.value(), m_director)->language, QStringLiteral("en"));
    }

    void readsAreAudited()
    {
        auto id = CaseStore::create(*m_db, exampleFacts(QStringLiteral("sf-01-hemA-inhibitor-12bu")), m_nurse);
        QVERIFY(id);
        QVERIFY(CaseStore::facts(*m_db, id.value(), m_director));
        auto q = m_db->exec(QStringLiteral("SELECT user_name FROM audit_log WHERE action = 'case.read' AND case_id = :c"),
                            {{QStringLiteral("c"), id.value()}});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("mark"));
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
