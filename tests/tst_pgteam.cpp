// Team mode on a real PostgreSQL server of the test's own (tools/postgres.sh
// init|start|stop): passwords over TLS with a certificate from a test CA,
// connection parameters and service names, the owner and application roles
// of `pareview admin init-roles` with every forbidden statement tried, and
// server restarts in the middle of work. Runs where tools/dev.sh test runs
// the other PostgreSQL tests (PAREVIEW_TEST_PG set).

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "cli/Cli.h"
#include "letters/Letters.h"
#include "store/AuditLog.h"
#include "store/ChangeWatcher.h"
#include "store/Presence.h"
#include "store/CaseStore.h"
#include "store/DecisionDraft.h"
#include "store/Database.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {
const QString kOwnerPassword = QStringLiteral("owner-password-for-tests");
const QString kAppPassword = QStringLiteral("app-password-for-tests");
} // namespace

class TestPgTeam final : public QObject
{
    Q_OBJECT

    QString m_dir; // the server's folder (owned by the postgres user when run as root)
    QTemporaryDir m_parent;
    QTemporaryDir m_client; // the password and service files
    QString m_port;
    QString m_password;
    bool m_started = false;

    bool server(const QString &command)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QStringLiteral(PAREVIEW_SOURCE_DIR "/tools/postgres.sh"), command, m_dir});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning("tools/postgres.sh %s: %s", qPrintable(command), p.readAll().constData());
            return false;
        }
        return true;
    }
    QString caFile() const { return m_dir + QStringLiteral("/tls/ca.crt"); }
    QString location(const QString &database, const QString &role, const QString &extra = QString()) const
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3?sslmode=verify-full&sslrootcert=%4%5")
            .arg(role, m_port, database, caFile(), extra);
    }
    // The superuser over the server's local socket (trust), for setting up.
    bool superSql(const QString &database, const QString &sql)
    {
        const QString name = QStringLiteral("super-%1").arg(QUuid::createUuid().toString());
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_dir);
            db.setPort(m_port.toInt());
            db.setUserName(QStringLiteral("pareview"));
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            } else {
                qWarning("%s", qPrintable(db.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    void writePasswordFile(const QString &path, bool withSuperuser)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (withSuperuser)
            f.write(QStringLiteral("localhost:%1:*:pareview:%2\n").arg(m_port, m_password).toUtf8());
        f.write(QStringLiteral("localhost:%1:*:pareview_owner:%2\nlocalhost:%1:*:pareview_app:%3\n").arg(m_port, kOwnerPassword, kAppPassword).toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    int cli(const QStringList &args, QString *out)
    {
        QByteArray input;
        QBuffer in(&input);
        in.open(QIODevice::ReadOnly);
        QString o, e;
        QTextStream os(&o), es(&e);
        const int code = cli::run(args, {in, os, es});
        *out = o + e;
        return code;
    }
    // A fresh database with the roles set up, as pareview_app would use it.
    void freshTeamDatabase(const QString &name)
    {
        QVERIFY(superSql(QStringLiteral("team"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)));
        QVERIFY(superSql(QStringLiteral("team"), QStringLiteral("CREATE DATABASE %1").arg(name)));
        QString out;
        QCOMPARE(cli({QStringLiteral("admin"), QStringLiteral("init-roles"), QStringLiteral("--db"), location(name, QStringLiteral("pareview"))}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("pareview_app")), qPrintable(out));
        // Passwords are the administrator's business, never the script's.
        QVERIFY(superSql(name, QStringLiteral("ALTER ROLE pareview_owner PASSWORD '%1'").arg(kOwnerPassword)));
        QVERIFY(superSql(name, QStringLiteral("ALTER ROLE pareview_app PASSWORD '%1'").arg(kAppPassword)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (postgresBaseUrl().isEmpty())
            QSKIP("no PostgreSQL server: tools/dev.sh test starts one");
        if (!QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb")))
            QSKIP("PostgreSQL 15's initdb is not installed");
        QVERIFY(m_parent.isValid() && m_client.isValid());
        // As root the server runs as the postgres user, who must reach its folder.
        QFile::setPermissions(m_parent.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                   | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        m_dir = m_parent.filePath(QStringLiteral("server"));
        QVERIFY(server(QStringLiteral("init")));
        QVERIFY(server(QStringLiteral("start")));
        m_started = true;
        auto read = [&](const char *name) {
            QFile f(m_dir + QLatin1Char('/') + QLatin1String(name));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
        };
        m_port = read("port");
        m_password = read("password");
        QVERIFY(!m_port.isEmpty() && !m_password.isEmpty());
        writePasswordFile(m_client.filePath(QStringLiteral("pgpass")), true);
        qputenv("PGPASSFILE", QFile::encodeName(m_client.filePath(QStringLiteral("pgpass"))));
    }
    void cleanupTestCase()
    {
        if (m_started)
            server(QStringLiteral("stop"));
    }

    void locationsRefused_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("password in the user part") << "postgresql://nurse:hunter2-secret@db.example.org/pareview" << "~/.pgpass";
        QTest::newRow("password parameter") << "postgresql://nurse@db.example.org/pareview?password=hunter2-secret" << "PGPASSFILE";
        QTest::newRow("unknown parameter") << "postgresql://nurse@db.example.org/pareview?sslmod=require" << "unknown parameter \"sslmod\"";
        QTest::newRow("no server") << "postgresql:///pareview" << "postgresql://user@host:port/name";
        QTest::newRow("no database") << "postgresql://nurse@db.example.org" << "postgresql://user@host:port/name";
        QTest::newRow("semicolon in a value") << "postgresql://nurse@db.example.org/pareview?application_name=a;b" << "\";\"";
    }
    void locationsRefused()
    {
        QFETCH(QString, location);
        QFETCH(QString, message);
        auto db = Database::open(location);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(message), qPrintable(db.error()));
        QVERIFY2(!db.error().contains(QStringLiteral("hunter2")), qPrintable(db.error()));
    }

    void verifyFullWithTheTestCa()
    {
        auto db = Database::open(location(QStringLiteral("team"), QStringLiteral("pareview"), QStringLiteral("&application_name=pgteam%20test%27s%5C&connect_timeout=5")));
        QVERIFY2(db, qPrintable(db.error()));
        auto q = db.value()->exec(QStringLiteral("SELECT s.ssl, a.application_name FROM pg_stat_ssl s JOIN pg_stat_activity a ON a.pid = s.pid WHERE s.pid = pg_backend_pid()"));
        QVERIFY2(q && q->next(), q ? "no row" : qPrintable(q.error()));
        QCOMPARE(q->value(0).toBool(), true);
        // Quoted for libpq: the space, the quote and the backslash arrive as typed.
        QCOMPARE(q->value(1).toString(), QStringLiteral("pgteam test's\\"));
    }

    void verifyFullRefusesAnotherCa()
    {
        // Any CA but ours: the system's bundle does not vouch for the test server.
        auto db = Database::open(QStringLiteral("postgresql://pareview@localhost:%1/team?sslmode=verify-full&sslrootcert=/etc/ssl/certs/ca-certificates.crt").arg(m_port));
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("certificate verify failed")), qPrintable(db.error()));
    }

    void passwordTypedAtSignIn()
    {
        const QByteArray before = qgetenv("PGPASSFILE");
        const QString empty = m_client.filePath(QStringLiteral("empty-pgpass"));
        writePasswordFile(empty, false); // no line for the superuser
        qputenv("PGPASSFILE", QFile::encodeName(empty));
        const QString where = location(QStringLiteral("team"), QStringLiteral("pareview"));
        auto without = Database::open(where);
        QVERIFY(!without);
        QVERIFY2(Database::needsPassword(without.error()), qPrintable(without.error()));
        QVERIFY2(without.error().contains(QStringLiteral("~/.pgpass")), qPrintable(without.error()));
        auto wrong = Database::open(where, QStringLiteral("not the password"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("password authentication failed")), qPrintable(wrong.error()));
        auto typed = Database::open(where, m_password);
        QVERIFY2(typed, qPrintable(typed.error()));
        QVERIFY(typed.value()->exec(QStringLiteral("SELECT 1")));
        // The location it keeps (and the settings store) has no password.
        QVERIFY(!typed.value()->location().contains(m_password));
        qputenv("PGPASSFILE", before);
    }

    void serviceFromPgServiceConf()
    {
        const QString file = m_client.filePath(QStringLiteral("pg_service.conf"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[pareview-team]\nhost=localhost\nport=%1\ndbname=team\nuser=pareview\nsslmode=verify-full\nsslrootcert=%2\n")
                    .arg(m_port, caFile())
                    .toUtf8());
        f.close();
        qputenv("PGSERVICEFILE", QFile::encodeName(file));
        auto db = Database::open(QStringLiteral("postgresql://?service=pareview-team"));
        QVERIFY2(db, qPrintable(db.error()));
        auto q = db.value()->exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).toBool());
        auto missing = Database::open(QStringLiteral("postgresql://?service=no-such-service"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QStringLiteral("no-such-service")), qPrintable(missing.error()));
        qunsetenv("PGSERVICEFILE");
    }

    void applicationRoleWorksAndIsRefusedTheRest()
    {
        freshTeamDatabase(QStringLiteral("roles_t"));
        auto opened = Database::open(location(QStringLiteral("roles_t"), QStringLiteral("pareview_app")));
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &app = *opened.value();

        // The whole workflow as the application role: users, intake with a
        // draft saved twice, a failed sign-in, claim, decisions, determination, letter.
        auto admin = Users::add(app, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password"));
        QVERIFY2(admin, qPrintable(admin.error()));
        auto nurse = Users::add(app, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &admin.value());
        QVERIFY2(nurse, qPrintable(nurse.error()));
        auto reviewer = Users::add(app, QStringLiteral("rex"), Role::ClinicalReviewer, QStringLiteral("reviewer password"), {}, {}, &admin.value());
        QVERIFY2(reviewer, qPrintable(reviewer.error()));
        QVERIFY(!Users::authenticate(app, QStringLiteral("rex"), QStringLiteral("wrong password"), std::chrono::milliseconds(0)));
        QVERIFY(Users::authenticate(app, QStringLiteral("rex"), QStringLiteral("reviewer password"), std::chrono::milliseconds(0)));
        const CaseFacts facts = exampleFacts(QStringLiteral("ro-01-complete"));
        auto created = CaseStore::create(app, facts, nurse.value());
        QVERIFY2(created, qPrintable(created.error()));
        const qint64 id = created.value();
        auto saved = CaseStore::updateDraft(app, id, facts, nurse.value());
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(Review::submitForReview(app, id, nurse.value())); // her draft is claimed once submitted
        // Claimed and determined with request keys (a retry is answered from
        // request_keys), the case open in a window (case_sessions), the
        // worklist listening for changes.
        ChangeWatcher watcher(opened.value());
        QVERIFY2(watcher.lastError().isEmpty(), qPrintable(watcher.lastError()));
        auto claimed = Review::claimNext(app, reviewer.value(), QStringLiteral("claim-1"));
        QVERIFY2(claimed && claimed.value() && *claimed.value() == id, claimed ? "claimed another" : qPrintable(claimed.error()));
        QCOMPARE(Review::claimNext(app, reviewer.value(), QStringLiteral("claim-1")).value(), claimed.value());
        Presence window(opened.value(), reviewer.value());
        QVERIFY(window.enter(id));
        QVERIFY(app.exec(QStringLiteral("UPDATE case_sessions SET heartbeat_at = heartbeat_at")));
        for (const char *label : {"Roctavian.1", "Roctavian.2", "Roctavian.3"}) {
            auto s = Review::recordDecision(app, id, {QStringLiteral("pharmacy-109"), QString::fromLatin1(label), QStringLiteral("met"), {}, {}, {}}, reviewer.value());
            QVERIFY2(s, qPrintable(s.error()));
        }
        auto draft = DecisionDrafts::prepare(app, library(), id, QStringLiteral("approve"), QString(), reviewer.value());
        QVERIFY2(draft, qPrintable(draft.error()));
        draft->input.requestKey = QStringLiteral("determine-1");
        auto determined = Review::determine(app, id, draft->input, reviewer.value());
        QVERIFY2(determined, qPrintable(determined.error()));
        auto letter = Letters::issue(app, library(), id, {}, reviewer.value());
        QVERIFY2(letter, qPrintable(letter.error()));
        auto removed = app.exec(QStringLiteral("SELECT COUNT(*) FROM facts_removed WHERE case_id = :c"), {{QStringLiteral("c"), id}});
        QVERIFY(removed && removed->next());
        QVERIFY2(removed->value(0).toInt() > 0, "the draft's replaced facts are kept");

        // Everything the application role must never do; each is refused by
        // the server (grants or triggers) and changes nothing.
        const QStringList forbidden = {
            QStringLiteral("UPDATE audit_log SET detail = 'nothing happened'"),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("TRUNCATE audit_log"),
            QStringLiteral("UPDATE determinations SET outcome = 'deny'"),
            QStringLiteral("DELETE FROM determinations"),
            QStringLiteral("UPDATE letters SET sha256 = 'x'"),
            QStringLiteral("DELETE FROM letters"),
            QStringLiteral("UPDATE criterion_decisions SET status = 'not-met'"),
            QStringLiteral("DELETE FROM criterion_decisions"),
            QStringLiteral("UPDATE facts SET value_num = 1"),
            QStringLiteral("DELETE FROM facts"), // the case is past intake
            QStringLiteral("TRUNCATE facts"),
            QStringLiteral("DELETE FROM facts_removed"),
            QStringLiteral("DELETE FROM cases"),
            QStringLiteral("DELETE FROM users"),
            QStringLiteral("UPDATE users SET role = 'administrator'"),
            QStringLiteral("UPDATE users SET password_hash = 'x'"),
            QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')"),
            QStringLiteral("DELETE FROM meta"),
            QStringLiteral("UPDATE due_rules SET hours = 1"),
            QStringLiteral("DELETE FROM appeal_rules"),
            QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL"),
            QStringLiteral("DROP TRIGGER pareview_insert_only ON audit_log"),
            QStringLiteral("DROP TABLE audit_log"),
            QStringLiteral("CREATE TABLE mine (x INTEGER)"),
            QStringLiteral("CREATE OR REPLACE FUNCTION pareview_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$"),
            QStringLiteral("SET ROLE pareview_owner"),
            // Version 7: the keys of writes done are kept as done; an open
            // case names its user for good; the notification stays.
            QStringLiteral("UPDATE request_keys SET result_id = 0"),
            QStringLiteral("DELETE FROM request_keys"),
            QStringLiteral("TRUNCATE request_keys"),
            QStringLiteral("UPDATE case_sessions SET user_id = user_id"),
            QStringLiteral("DROP TRIGGER pareview_notify_change ON audit_log"),
        };
        auto counts = [&] {
            QStringList c;
            for (const char *table : {"audit_log", "determinations", "letters", "criterion_decisions", "facts", "cases", "users", "meta",
                                      "request_keys", "case_sessions"}) {
                auto q = app.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
                c << (q && q->next() ? q->value(0).toString() : QStringLiteral("?"));
            }
            return c.join(QLatin1Char(' '));
        };
        const QString before = counts();
        for (const QString &sql : forbidden) {
            auto r = app.exec(sql);
            QVERIFY2(!r, qPrintable(QStringLiteral("the application role was allowed: ") + sql));
            QVERIFY2(r.error().contains(QStringLiteral("permission denied")) || r.error().contains(QStringLiteral("refused"))
                         || r.error().contains(QStringLiteral("must be owner")) || r.error().contains(QStringLiteral("must be member")),
                     qPrintable(sql + QStringLiteral(": ") + r.error()));
        }
        QCOMPARE(counts(), before);
        auto chain = AuditLog::verify(app);
        QVERIFY2(chain, qPrintable(chain.error()));

        // The owner upgrades and owns; the triggers hold for it too.
        auto owner = Database::open(location(QStringLiteral("roles_t"), QStringLiteral("pareview_owner")));
        QVERIFY2(owner, qPrintable(owner.error()));
        auto tamper = owner.value()->exec(QStringLiteral("UPDATE audit_log SET detail = 'x'"));
        QVERIFY(!tamper);
        QVERIFY2(tamper.error().contains(QStringLiteral("refused")), qPrintable(tamper.error()));
        // init-roles again, as the owner (after an upgrade): nothing breaks.
        QString out;
        QCOMPARE(cli({QStringLiteral("admin"), QStringLiteral("init-roles"), QStringLiteral("--db"), location(QStringLiteral("roles_t"), QStringLiteral("pareview_owner"))}, &out), 0);
        QVERIFY(!app.exec(QStringLiteral("DELETE FROM audit_log")));
        window.leave(); // the application role removes its open case
        auto open = app.exec(QStringLiteral("SELECT COUNT(*) FROM case_sessions"));
        QVERIFY(open && open->next());
        QCOMPARE(open->value(0).toInt(), 0);
        qInfo("application role: the workflow ran; %d forbidden statements tried, all refused", int(forbidden.size()));
    }

    // docs/team-server.md's backup and restore, as written: pg_dump as the
    // owner, pg_restore into a new database; the copy's audit trail verifies
    // with the same head, the same cases, attachment and letter hashes.
    void dumpRestoresIntoANewDatabase()
    {
        const QString dump = m_client.filePath(QStringLiteral("roles_t.dump"));
        auto run = [&](const QString &program, const QStringList &args) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral("/usr/lib/postgresql/15/bin/") + program, args);
            const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
            if (!ok)
                qWarning("%s: %s", qPrintable(program), p.readAll().constData());
            return ok;
        };
        QVERIFY(run(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--file=") + dump,
                                                 QStringLiteral("--dbname=") + location(QStringLiteral("roles_t"), QStringLiteral("pareview_owner"))}));
        QVERIFY(superSql(QStringLiteral("team"), QStringLiteral("DROP DATABASE IF EXISTS restored_t WITH (FORCE)")));
        QVERIFY(superSql(QStringLiteral("team"), QStringLiteral("CREATE DATABASE restored_t")));
        QVERIFY(run(QStringLiteral("pg_restore"), {QStringLiteral("--exit-on-error"), QStringLiteral("--dbname=") + location(QStringLiteral("restored_t"), QStringLiteral("pareview")), dump}));

        QString original, restored;
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), location(QStringLiteral("roles_t"), QStringLiteral("pareview_app"))}, &original), 0);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), location(QStringLiteral("restored_t"), QStringLiteral("pareview_app"))}, &restored), 0);
        QVERIFY2(original.startsWith(QStringLiteral("audit trail whole:")), qPrintable(original));
        QCOMPARE(restored, original);
        auto listing = [&](const QString &database) {
            auto db = Database::open(location(database, QStringLiteral("pareview_app")));
            if (!db)
                return db.error();
            QStringList rows;
            for (const char *sql : {"SELECT reference || ' ' || status || ' ' || row_version FROM cases ORDER BY id",
                                    "SELECT file_name || ' ' || sha256 FROM attachments ORDER BY id", "SELECT sha256 FROM letters ORDER BY id",
                                    "SELECT outcome || ' ' || criteria_snapshot FROM determinations ORDER BY id"}) {
                auto q = db.value()->exec(QString::fromLatin1(sql));
                while (q && q->next())
                    rows << q->value(0).toString();
            }
            return rows.join(QLatin1Char('\n'));
        };
        const QString before = listing(QStringLiteral("roles_t"));
        QVERIFY(before.contains(QStringLiteral("PA-0000001")));
        QCOMPARE(listing(QStringLiteral("restored_t")), before);
        // The restored copy keeps the rules: the application role still cannot rewrite history.
        auto copy = Database::open(location(QStringLiteral("restored_t"), QStringLiteral("pareview_app")));
        QVERIFY2(copy, qPrintable(copy.error()));
        QVERIFY(!copy.value()->exec(QStringLiteral("DELETE FROM audit_log")));
    }

    // Sixteen workstations (processes, as pareview_app over TLS) on one
    // server: each claims the case due first, approves it and issues its
    // letter, in a loop, while the intake side keeps adding cases. No case
    // is claimed twice, each claimed case has exactly one determination and
    // one letter, none is left half done. A few seconds in the suite;
    // PAREVIEW_LOAD_SECONDS=60 for the minute.
    void sixteenWorkstationsOnOneServer()
    {
        freshTeamDatabase(QStringLiteral("load_t"));
        const QString where = location(QStringLiteral("load_t"), QStringLiteral("pareview_app"));
        auto opened = Database::open(where);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &db = *opened.value();
        auto admin = Users::add(db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        auto nurse = Users::add(db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &admin).value();
        const int workstations = 16;
        for (int i = 0; i < workstations; ++i)
            QVERIFY(Users::add(db, QStringLiteral("rev%1").arg(i), Role::ClinicalReviewer, QStringLiteral("reviewer password"), {}, {}, &admin));
        const CaseFacts facts = exampleFacts(QStringLiteral("ro-01-complete"));
        for (int i = 0; i < 40; ++i)
            QVERIFY(CaseStore::create(db, facts, nurse, CaseArrival::Electronic)); // submitted as they arrive
        const int seconds = qEnvironmentVariableIntValue("PAREVIEW_LOAD_SECONDS") > 0 ? qEnvironmentVariableIntValue("PAREVIEW_LOAD_SECONDS") : 8;
        QTemporaryDir letters;
        QVector<QProcess *> workers;
        for (int w = 0; w < workstations; ++w) {
            auto *p = new QProcess;
            p->start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("end=$(($(date +%s) + $4)); while [ $(date +%s) -lt $end ]; do "
                                     "id=$(printf 'reviewer password\\n' | \"$0\" claim --db \"$1\" --user \"$2\") || exit 1; "
                                     "if [ \"$id\" = none ]; then sleep 0.2; continue; fi; "
                                     "printf 'reviewer password\\n' | \"$0\" decide --db \"$1\" --case \"$id\" --user \"$2\" --outcome approve >/dev/null || exit 1; "
                                     "printf 'reviewer password\\n' | \"$0\" letter --db \"$1\" --case \"$id\" --user \"$2\" --out \"$3/$id.pdf\" >/dev/null || exit 1; "
                                     "echo \"$id\"; done"),
                      QStringLiteral(PAREVIEW_BINARY), where, QStringLiteral("rev%1").arg(w), letters.path(), QString::number(seconds)});
            workers << p;
        }
        QElapsedTimer clock;
        clock.start();
        int added = 0;
        while (clock.elapsed() < seconds * 1000) {
            QVERIFY(CaseStore::create(db, facts, nurse, CaseArrival::Electronic)); // submitted as they arrive
            ++added;
            QThread::msleep(250);
        }
        QStringList done;
        for (QProcess *p : workers) {
            QVERIFY(p->waitForFinished(300000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            done << QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            delete p;
        }
        QVERIFY2(!done.isEmpty(), "no workstation finished a case");
        QCOMPARE(QSet<QString>(done.cbegin(), done.cend()).size(), done.size());
        auto count = [&](const QString &sql) {
            auto q = db.exec(sql);
            return q && q->next() ? q->value(0).toLongLong() : -1;
        };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT case_id FROM audit_log WHERE action = 'case.claim' GROUP BY case_id HAVING COUNT(*) > 1) x")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.claim'")), done.size());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), done.size());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT case_id) FROM determinations")), done.size());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters")), done.size());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'letter-issued'")), done.size());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE assignee_id IS NOT NULL AND status <> 'letter-issued'")), 0);
        auto chain = AuditLog::verify(db);
        QVERIFY2(chain, qPrintable(chain.error()));
        qInfo("%d s, %d workstation processes as pareview_app over TLS: %d cases claimed, approved and lettered, none twice; "
              "%d cases added meanwhile; audit chain %lld rows whole",
              seconds, workstations, int(done.size()), added, chain->rows);
    }

    void serverRestartsWhileWorking()
    {
        freshTeamDatabase(QStringLiteral("restart_t"));
        auto opened = Database::open(location(QStringLiteral("restart_t"), QStringLiteral("pareview_app")));
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &db = *opened.value();
        QSignalSpy lost(&db, &Database::connectionLost);
        QSignalSpy restored(&db, &Database::connectionRestored);
        auto admin = Users::add(db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        auto nurse = Users::add(db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &admin).value();
        auto reviewer = Users::add(db, QStringLiteral("rex"), Role::ClinicalReviewer, QStringLiteral("reviewer password"), {}, {}, &admin).value();
        const CaseFacts facts = exampleFacts(QStringLiteral("ro-01-complete"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(CaseStore::create(db, facts, nurse, CaseArrival::Electronic)); // submitted as they arrive
        auto first = Review::claimNext(db, reviewer);
        QVERIFY(first && first.value());
        const qint64 id = *first.value();
        DeterminationInput in;
        in.outcome = QStringLiteral("pend");
        in.rationale = QStringLiteral("Need the latest factor VIII inhibitor titer.");
        in.policyId = QStringLiteral("pharmacy-109");
        in.policyVersion = QStringLiteral("2025-11-20");
        in.replyBy = QDate::currentDate().addDays(14);

        int restarts = 0;
        // 1. The server stops while the reviewer is working: the step fails
        // clearly, and so does the next one while it is down.
        QVERIFY(server(QStringLiteral("stop")));
        auto during = Review::determine(db, id, in, reviewer);
        QVERIFY(!during);
        QVERIFY2(during.error().contains(QStringLiteral("unreachable")), qPrintable(during.error()));
        QVERIFY(!db.connected());
        QCOMPARE(lost.count(), 1);
        auto worklist = CaseStore::summary(db, id);
        QVERIFY(!worklist);
        QVERIFY2(worklist.error().contains(QStringLiteral("unreachable")), qPrintable(worklist.error()));
        QVERIFY(server(QStringLiteral("start")));
        ++restarts;
        // 2. Back: the same step, tried again, is recorded once.
        auto again = Review::determine(db, id, in, reviewer);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(db.connected());
        QCOMPARE(restored.count(), 1);

        // 3. A restart while the workstation is idle: the next step just works.
        QVERIFY(server(QStringLiteral("stop")));
        QVERIFY(server(QStringLiteral("start")));
        ++restarts;
        auto second = Review::claimNext(db, reviewer);
        QVERIFY2(second && second.value(), second ? "nothing to claim" : qPrintable(second.error()));
        QCOMPARE(lost.count(), 2);
        QCOMPARE(restored.count(), 2);

        // 4. A step that cannot be repeated blindly: the determination again
        // after another outage is refused by the row version, not doubled.
        QVERIFY(server(QStringLiteral("stop")));
        QVERIFY(!Review::recordDecision(db, *second.value(), {QStringLiteral("pharmacy-109"), QStringLiteral("Roctavian.1"), QStringLiteral("met"), {}, {}, {}}, reviewer));
        QVERIFY(server(QStringLiteral("start")));
        ++restarts;
        QVERIFY(Review::recordDecision(db, *second.value(), {QStringLiteral("pharmacy-109"), QStringLiteral("Roctavian.1"), QStringLiteral("met"), {}, {}, {}}, reviewer));

        auto count = [&](const QString &sql) {
            auto q = db.exec(sql);
            return q && q->next() ? q->value(0).toLongLong() : -1;
        };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations WHERE case_id = %1").arg(id)), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.claim'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions WHERE case_id = %1").arg(*second.value())), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases")), 3);
        auto chain = AuditLog::verify(db);
        QVERIFY2(chain, qPrintable(chain.error()));
        qInfo("%d server restarts survived: no lost or doubled writes, audit chain %lld rows whole", restarts, chain->rows);
    }
};

QTEST_MAIN(TestPgTeam)
#include "tst_pgteam.moc"
