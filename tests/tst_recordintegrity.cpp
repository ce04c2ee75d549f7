// The tamper matrix (issue 12): for every bound table and every column its
// digest covers, a value changed; for every table a row deleted and a row
// inserted — directly in the SQLite file, and through SQL on PostgreSQL
// (a session of its own, foreign keys and pareview's guards switched off as
// a superuser can) — and `audit verify` reports each one by table. The store
// is a real one, filled through pareview: users, cases with facts,
// corrections, attachments, criterion decisions, a determination superseded,
// letters, the payer and rule tables.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "letters/AppealLetters.h"
#include "letters/Letters.h"
#include "store/Appeals.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/PeerToPeer.h"
#include "store/RecordIntegrity.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pareview;
using namespace testsupport;

namespace {

const QString kPolicy = QStringLiteral("cigna-ip0535");

// Columns whose values a CHECK constraint limits.
const QHash<QString, QStringList> &choices()
{
    static const QHash<QString, QStringList> c = {
        {QStringLiteral("users.role"), {QStringLiteral("intake-nurse"), QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director"), QStringLiteral("administrator")}},
        {QStringLiteral("cases.status"), {QStringLiteral("intake"), QStringLiteral("in-review"), QStringLiteral("determined"), QStringLiteral("letter-issued")}},
        {QStringLiteral("cases.priority"), {QStringLiteral("standard"), QStringLiteral("expedited")}},
        {QStringLiteral("facts.kind"), {QStringLiteral("lab"), QStringLiteral("attestation")}},
        {QStringLiteral("criterion_decisions.status"), {QStringLiteral("met"), QStringLiteral("not-met"), QStringLiteral("unknown")}},
        {QStringLiteral("criterion_decisions.source"), {QStringLiteral("auto"), QStringLiteral("reviewer")}},
        {QStringLiteral("determinations.outcome"), {QStringLiteral("approve"), QStringLiteral("deny"), QStringLiteral("pend")}},
        {QStringLiteral("appeal_rules.next_level"), {QStringLiteral("independent-review-entity"), QStringLiteral("state-fair-hearing"), QStringLiteral("external-review")}},
        {QStringLiteral("appeal_deadlines.priority"), {QStringLiteral("standard"), QStringLiteral("expedited")}},
        {QStringLiteral("appeals.filed_by"), {QStringLiteral("member"), QStringLiteral("prescriber"), QStringLiteral("representative")}},
        {QStringLiteral("appeals.priority"), {QStringLiteral("standard"), QStringLiteral("expedited")}},
        {QStringLiteral("appeals.outcome"), {QStringLiteral("overturned"), QStringLiteral("upheld"), QStringLiteral("dismissed")}},
        {QStringLiteral("peer_to_peer.status"), {QStringLiteral("requested"), QStringLiteral("scheduled"), QStringLiteral("held"), QStringLiteral("closed")}},
        {QStringLiteral("peer_to_peer.result"), {QStringLiteral("stands"), QStringLiteral("changed")}},
        {QStringLiteral("case_field_sources.kind"), {QStringLiteral("typed"), QStringLiteral("imported"), QStringLiteral("demo"), QStringLiteral("corrected")}},
    };
    return c;
}

// Columns that reference another table's id.
QString referenced(const QString &column)
{
    if (column == QLatin1String("case_id"))
        return QStringLiteral("cases");
    if (column == QLatin1String("determination_id") || column == QLatin1String("supersedes"))
        return QStringLiteral("determinations");
    if (column == QLatin1String("attachment_id"))
        return QStringLiteral("attachments");
    if (column == QLatin1String("payer_id"))
        return QStringLiteral("payers");
    for (const char *u : {"user_id", "assignee_id", "created_by", "decided_by", "issued_by", "entered_by", "added_by", "corrected_by", "recorded_by"})
        if (column == QLatin1String(u))
            return QStringLiteral("users");
    return {};
}

} // namespace

class TestRecordIntegrity final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_templates; // per engine: SQLite file, or PostgreSQL database name
    QString m_template;
    QString m_engine;
    int m_copies = 0;
    QString m_copyName;
    static inline int s_tried = 0, s_detected = 0, s_incremental = 0;

    // An admin connection to the test server's maintenance database.
    template<typename F>
    void pgAdmin(F &&f)
    {
        const QUrl base(postgresBaseUrl());
        const QString name = QStringLiteral("admin-%1").arg(QUuid::createUuid().toString());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(base.host());
            db.setPort(base.port(5432));
            db.setUserName(base.userName());
            db.setDatabaseName(base.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            f(q);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString pgLocation(const QString &database) const
    {
        QUrl url(postgresBaseUrl());
        url.setPath(QLatin1Char('/') + database);
        return url.toString();
    }

    QString location(const QString &nameOrFile) const
    {
        return m_engine == QLatin1String("sqlite") ? nameOrFile : pgLocation(nameOrFile);
    }

    // A copy of the filled store, for one tamper.
    QString copy()
    {
        ++m_copies;
        if (m_engine == QLatin1String("sqlite")) {
            const QString file = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(m_copies));
            if (!QFile::copy(m_template, file))
                return {};
            m_copyName = file;
            return file;
        }
        m_copyName = QStringLiteral("%1_c%2").arg(m_template).arg(m_copies);
        pgAdmin([&](QSqlQuery &q) {
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_copyName, m_template)), qPrintable(q.lastError().text()));
        });
        return m_copyName;
    }

    void dropCopy()
    {
        if (m_engine == QLatin1String("sqlite"))
            QFile::remove(m_copyName);
        else
            pgAdmin([&](QSqlQuery &q) { q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_copyName)); });
    }

    // Another program's connection to the copy: not pareview's.
    QSqlDatabase raw(const QString &copyName)
    {
        const QString name = QStringLiteral("raw-%1").arg(QUuid::createUuid().toString());
        if (m_engine == QLatin1String("sqlite")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(copyName);
            db.open();
            return db;
        }
        const QUrl base(postgresBaseUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(base.userName());
        db.setDatabaseName(copyName);
        if (db.open())
            // As a superuser can: no foreign keys, no triggers (pareview's guards).
            QSqlQuery(db).exec(QStringLiteral("SET session_replication_role = replica"));
        return db;
    }

    static void closeRaw(QSqlDatabase &db)
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    void fill(Database &db)
    {
        const PolicyLibrary &lib = library();
        User admin = Users::add(db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        User nurse = Users::add(db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), QStringLiteral("Nina Ruiz"),
                                QStringLiteral("RN"), &admin).value();
        User reviewer = Users::add(db, QStringLiteral("rita"), Role::ClinicalReviewer, QStringLiteral("reviewer password"),
                                   QStringLiteral("Rita Obi"), QStringLiteral("PharmD"), &admin).value();
        User director = Users::add(db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("director password"),
                                   QStringLiteral("Mark Chen"), QStringLiteral("MD"), &admin).value();
        QVERIFY(Users::add(db, QStringLiteral("spare"), Role::ClinicalReviewer, QStringLiteral("spare password"), {}, {}, &admin));

        CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        f.received = QDateTime::currentDateTimeUtc();
        f.receivedDate = f.received.date();
        auto id = CaseStore::create(db, f, nurse);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(Review::submitForReview(db, *id, nurse));
        CaseFacts corrected = CaseStore::facts(db, *id, nurse).value();
        corrected.labs[QStringLiteral("weight")].last().value += 1.5;
        auto c = CaseStore::correct(db, *id, corrected, nurse);
        QVERIFY2(c, qPrintable(c.error()));
        auto att = CaseStore::addAttachment(db, *id, QStringLiteral("note.txt"), QStringLiteral("text/plain"), QByteArray("clinic note\n"), nurse);
        QVERIFY2(att, qPrintable(att.error()));
        auto dec = Review::recordDecision(db, *id, {QStringLiteral("pharmacy-109"), QStringLiteral("Roctavian.2"), QStringLiteral("met"), QStringLiteral("seen"), *att, 1}, reviewer);
        QVERIFY2(dec, qPrintable(dec.error()));
        auto draft = DecisionDrafts::prepare(db, lib, *id, QStringLiteral("approve"), QString(), director, kPolicy);
        QVERIFY2(draft, qPrintable(draft.error()));
        auto det = Review::determine(db, *id, draft->input, director);
        QVERIFY2(det, qPrintable(det.error()));
        auto letter = Letters::issue(db, lib, *id, {}, director);
        QVERIFY2(letter, qPrintable(letter.error()));
        auto again = DecisionDrafts::prepare(db, lib, *id, QStringLiteral("approve"), QString(), director, kPolicy);
        QVERIFY2(again, qPrintable(again.error()));
        auto sup = Review::supersede(db, *id, again->input, QStringLiteral("wrong period"), director);
        QVERIFY2(sup, qPrintable(sup.error()));
        auto letter2 = Letters::issue(db, lib, *id, {}, director);
        QVERIFY2(letter2, qPrintable(letter2.error()));
        // A second case: somewhere for a moved row to point.
        auto second = CaseStore::create(db, exampleFacts(QStringLiteral("hg-01-complete")), nurse);
        QVERIFY2(second, qPrintable(second.error()));

        // A denial, appealed and upheld by a second director with its letter,
        // and the prescriber's request for a peer-to-peer discussion.
        User second_director = Users::add(db, QStringLiteral("mona"), Role::MedicalDirector, QStringLiteral("director password"),
                                          QStringLiteral("Mona Levy"), QStringLiteral("MD"), &admin).value();
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate::currentDate().addDays(-20), 40);
        b.setLineOfBusiness(QStringLiteral("commercial"));
        auto denied = CaseStore::create(db, b.facts(), nurse);
        QVERIFY2(denied, qPrintable(denied.error()));
        QVERIFY(Review::submitForReview(db, *denied, nurse));
        auto denial = DecisionDrafts::prepare(db, lib, *denied, QStringLiteral("deny"), QString(), director, QStringLiteral("cigna-ip0535"));
        QVERIFY2(denial, qPrintable(denial.error()));
        QVERIFY(Review::determine(db, *denied, denial->input, director));
        AppealFiling filing;
        filing.filedBy = QStringLiteral("member");
        filing.reason = QStringLiteral("the liver test was repeated");
        auto appeal = Appeals::file(db, *denied, filing, nurse);
        QVERIFY2(appeal, qPrintable(appeal.error()));
        AppealDecision upheld;
        upheld.outcome = QStringLiteral("upheld");
        upheld.reason = QStringLiteral("ALT still above three times the upper limit");
        auto decided = Appeals::decide(db, *appeal, upheld, second_director);
        QVERIFY2(decided, qPrintable(decided.error()));
        auto appealLetter = AppealLetters::issue(db, *appeal, {}, second_director);
        QVERIFY2(appealLetter, qPrintable(appealLetter.error()));
        auto p2p = PeerToPeers::request(db, *denied, QStringLiteral("Dr. Hale"), QStringLiteral("555-0100"),
                                        QDateTime::currentDateTimeUtc(), nurse);
        QVERIFY2(p2p, qPrintable(p2p.error()));
    }

    // The target row's key condition and values, read by the raw connection.
    struct Target
    {
        QString condition;
        QSqlRecord record;
    };
    Target target(QSqlDatabase &db, const BoundTable &t)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2 LIMIT 1").arg(t.table, t.key.join(QStringLiteral(", "))));
        Target out;
        if (!q.next())
            return out;
        out.record = q.record();
        QStringList parts;
        for (const QString &k : t.key)
            parts << (t.integerKey ? QStringLiteral("%1 = %2").arg(k, q.value(k).toString())
                                   : QStringLiteral("%1 = '%2'").arg(k, q.value(k).toString().replace(QLatin1Char('\''), QStringLiteral("''"))));
        out.condition = parts.join(QStringLiteral(" AND "));
        return out;
    }

    QVariant changedValue(QSqlDatabase &db, const BoundTable &t, const QString &column, QVariant v, QMetaType type)
    {
        // QPSQL gives BIGINT as text.
        if (v.typeId() == QMetaType::QString && !v.isNull() && (type.id() == QMetaType::LongLong || type.id() == QMetaType::Int))
            v = v.toLongLong();
        const QStringList options = choices().value(t.table + QLatin1Char('.') + column);
        for (const QString &o : options)
            if (o != v.toString())
                return o;
        const QString ref = referenced(column);
        if (!ref.isEmpty()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(ref));
            while (q.next())
                if (v.isNull() || q.value(0).toString() != v.toString())
                    return q.value(0);
        }
        if (v.isNull())
            return QStringLiteral("1");
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            return v.toLongLong() + 1;
        case QMetaType::Double:
            return v.toDouble() + 0.5;
        case QMetaType::QByteArray:
            return QByteArray(v.toByteArray()).append("x");
        default: {
            bool number = false;
            const qlonglong n = v.toString().toLongLong(&number);
            if (number)
                return n + 1;
            return v.toString() + QStringLiteral(" (edited)");
        }
        }
    }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_engine = engine;
        if (m_templates.contains(engine)) {
            m_template = m_templates.value(engine);
            return;
        }
        // One filled store per engine, copied for every tamper.
        QString loc;
        if (engine == QLatin1String("sqlite")) {
            m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
            loc = m_template;
        } else {
            m_template = QStringLiteral("pareview_tamper_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
            pgAdmin([&](QSqlQuery &q) { QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_template)), qPrintable(q.lastError().text())); });
            loc = pgLocation(m_template);
        }
        m_templates.insert(engine, m_template);
        auto db = Database::open(loc);
        QVERIFY2(db, qPrintable(db.error()));
        fill(**db);
        // Whole, and a checkpoint for the incremental checks to start from.
        auto report = RecordIntegrity::verify(**db, RecordIntegrity::Mode::Full);
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY2(report->ok(), qPrintable(report->findings.value(0).text));
        for (const BoundTable &t : RecordIntegrity::tables()) {
            auto n = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.table));
            QVERIFY(n && n->next());
            QVERIFY2(n->value(0).toLongLong() > 0, qPrintable(t.table + QStringLiteral(" has no rows to tamper with")));
        }
    }

    void cleanupTestCase()
    {
        qInfo("tamper matrix: %d of %d direct changes reported by the full check, %d by the incremental check alone", s_detected, s_tried,
              s_incremental);
        if (m_templates.contains(QStringLiteral("postgresql")))
            pgAdmin([&](QSqlQuery &q) {
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_templates.value(QStringLiteral("postgresql"))));
            });
    }

    void untouchedStoreVerifies()
    {
        const QString name = copy();
        QVERIFY(!name.isEmpty());
        {
            auto db = Database::open(location(name));
            QVERIFY2(db, qPrintable(db.error()));
            for (auto mode : {RecordIntegrity::Mode::Incremental, RecordIntegrity::Mode::Full}) {
                auto report = RecordIntegrity::verify(**db, mode);
                QVERIFY2(report, qPrintable(report.error()));
                QVERIFY2(report->ok(), qPrintable(report->findings.value(0).text));
            }
        }
        dropCopy();
    }

    void tamper_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column"); // empty for delete / insert
        QTest::addColumn<QString>("what");   // change, delete, insert
        for (const BoundTable &t : RecordIntegrity::tables()) {
            for (const QString &c : t.columns)
                QTest::addRow("change %s.%s", qPrintable(t.table), qPrintable(c)) << t.table << c << QStringLiteral("change");
            QTest::addRow("delete %s", qPrintable(t.table)) << t.table << QString() << QStringLiteral("delete");
            QTest::addRow("insert %s", qPrintable(t.table)) << t.table << QString() << QStringLiteral("insert");
        }
    }

    void tamper()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, what);
        const BoundTable &t = *RecordIntegrity::table(table);
        const QString name = copy();
        QVERIFY(!name.isEmpty());
        {
            QSqlDatabase db = raw(name);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            const Target row = target(db, t);
            QVERIFY(!row.condition.isEmpty());
            QSqlQuery q(db);
            if (what == QLatin1String("change")) {
                const QVariant v = changedValue(db, t, column, row.record.value(column), row.record.field(column).metaType());
                QVERIFY(q.prepare(QStringLiteral("UPDATE %1 SET %2 = :v WHERE %3").arg(table, column, row.condition)));
                q.bindValue(QStringLiteral(":v"), v);
            } else if (what == QLatin1String("delete")) {
                QVERIFY(q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, row.condition)));
            } else {
                // A copy of the row under a new key.
                QStringList cols, marks;
                QVariantList values;
                for (int i = 0; i < row.record.count(); ++i) {
                    const QString c = row.record.fieldName(i);
                    QVariant v = row.record.value(i);
                    // A new key: the first key column is enough (the others may be held to a list of values).
                    if (c == t.key.first())
                        v = t.integerKey ? QVariant(v.toLongLong() + 1000) : QVariant(QStringLiteral("tampered"));
                    else if ((table == QLatin1String("users") && c == QLatin1String("name")) || (table == QLatin1String("cases") && c == QLatin1String("reference")))
                        v = QStringLiteral("intruder");
                    else if ((table == QLatin1String("appeals") && c == QLatin1String("reference")))
                        v = QStringLiteral("AP-intruder");
                    else if ((table == QLatin1String("appeals") && c == QLatin1String("case_id"))
                             || (table == QLatin1String("appeal_letters") && c == QLatin1String("appeal_id")))
                        v = v.toLongLong() + 1000; // one appeal per case, one letter per appeal and language
                    cols << c;
                    marks << QStringLiteral(":v%1").arg(i);
                    values << v;
                }
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))));
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(marks.at(i), values.at(i));
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            closeRaw(db);
        }
        ++s_tried;
        {
            auto db = Database::open(location(name));
            QVERIFY2(db, qPrintable(db.error()));
            auto incremental = RecordIntegrity::verify(**db, RecordIntegrity::Mode::Incremental);
            QVERIFY2(incremental, qPrintable(incremental.error()));
            if (!incremental->ok())
                ++s_incremental;
            auto report = RecordIntegrity::verify(**db, RecordIntegrity::Mode::Full);
            QVERIFY2(report, qPrintable(report.error()));
            QVERIFY2(!report->ok(), "the tamper went unreported");
            bool named = false;
            for (const IntegrityFinding &f : report->findings)
                named = named || f.table == table;
            QVERIFY2(named, qPrintable(QStringLiteral("reported, but not as %1: %2").arg(table, report->findings.value(0).text)));
            ++s_detected;
        }
        dropCopy();
    }
};

QTEST_MAIN(TestRecordIntegrity)
#include "tst_recordintegrity.moc"
