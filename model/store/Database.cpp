#include "store/Database.h"

#include "store/RecordIntegrity.h"
#include "store/Schema.h"
#include "store/Worklist.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlRecord>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <dlfcn.h>

namespace pareview {

namespace {
QString driverError(const QSqlError &e)
{
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (!e.driverText().isEmpty() && !text.contains(e.driverText()))
        text = e.driverText() + QStringLiteral(": ") + text;
    return text.trimmed();
}


// The parts of a PostgreSQL location, ready for QPSQL.
struct PostgresLocation
{
    QString host, database, user;
    int port = -1; // -1: libpq's default (PGPORT, the service, 5432)
    QStringList options; // libpq keyword='value' pairs
};

// libpq's keyword='value' quoting. QPSQL turns ';' into the separator
// between options, so values with one are refused before this.
QString libpqQuoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

const QString kPasswordHome = QStringLiteral("put it in ~/.pgpass (or the file the PGPASSFILE variable names), "
                                             "or leave it out and type it when the workstation asks at sign-in");

Result<PostgresLocation> parsePostgresLocation(const QString &location)
{
    static const QStringList parameters = {QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                           QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                           QStringLiteral("sslcrl"),          QStringLiteral("application_name"),
                                           QStringLiteral("connect_timeout"), QStringLiteral("service")};
    const QString form = QStringLiteral("postgresql://user@host:port/name[?parameter=value&...] or postgresql://?service=NAME");
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return Error{QStringLiteral("database location \"%1\" is not %2: %3").arg(location, form, url.errorString())};
    const QUrlQuery query(url);
    // Never echo the password back: the message may end up in a log.
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password")))
        return Error{QStringLiteral("the database location %1 holds a password, and pareview keeps its location in its settings "
                                    "and shows it in messages: %2")
                         .arg(url.toString(QUrl::RemovePassword | QUrl::RemoveQuery), kPasswordHome)};
    PostgresLocation out;
    bool service = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!parameters.contains(key))
            return Error{QStringLiteral("database location \"%1\": unknown parameter \"%2\"; pareview passes on %3")
                             .arg(location, key, parameters.join(QStringLiteral(", ")))};
        if (value.contains(QLatin1Char(';')))
            return Error{QStringLiteral("database location \"%1\": the value of %2 contains \";\", which the PostgreSQL driver cannot pass on").arg(location, key)};
        service = service || key == QLatin1String("service");
        out.options << key + QLatin1Char('=') + libpqQuoted(value);
    }
    const QString path = url.path(QUrl::FullyDecoded);
    out.database = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
    out.host = url.host(QUrl::FullyDecoded);
    out.user = url.userName(QUrl::FullyDecoded);
    out.port = url.port(-1);
    if (out.database.contains(QLatin1Char('/')) || (!service && (out.host.isEmpty() || out.database.isEmpty())))
        return Error{QStringLiteral("database location \"%1\" is not %2").arg(location, form)};
    // Named in pg_stat_activity; a dead server is reported after 10 s, not libpq's endless wait.
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        out.options << QStringLiteral("application_name='pareview'");
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        out.options << QStringLiteral("connect_timeout='10'");
    return out;
}

bool looksUnreachable(const QString &detail)
{
    for (const char *sign : {"Connection refused", "timeout expired", "could not connect", "No route to host", "could not translate host name",
                             "server closed the connection", "terminating connection", "no connection to the server", "the database system is shutting down",
                             "the database system is starting up"})
        if (detail.contains(QLatin1String(sign)))
            return true;
    return false;
}

// libpq's two functions used here, looked up in the libpq that Qt's
// PostgreSQL driver has loaded, rather than linked: linking it made every
// start, SQLite stores included, load libpq and the twenty libraries under
// it (Kerberos, LDAP, GnuTLS, OpenSSL), 7 ms of a 20 ms empty window
// (BENCHMARKS.md, start-up). Null when the driver brought no libpq.
struct Libpq
{
    ConnStatusType (*status)(const PGconn *) = nullptr;
    int (*consumeInput)(PGconn *) = nullptr;
};

const Libpq &libpq()
{
    static const Libpq functions = [] {
        Libpq f;
        // RTLD_NOLOAD: only the library already in the process (the driver's).
        void *lib = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
        if (!lib)
            return f;
        f.status = reinterpret_cast<decltype(f.status)>(dlsym(lib, "PQstatus"));
        f.consumeInput = reinterpret_cast<decltype(f.consumeInput)>(dlsym(lib, "PQconsumeInput"));
        if (!f.status || !f.consumeInput)
            f = {};
        return f;
    }();
    return functions;
}

PGconn *postgresHandle(QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    // QPSQL names the type by libpq's struct tag.
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    // A PGconn from the driver means its libpq is loaded.
    return libpq().status ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
}
} // namespace

Result<std::shared_ptr<Database>> Database::open(const QString &location, const QString &password, CheckOnOpen check)
{
    static QAtomicInt counter;
    std::shared_ptr<Database> db(new Database);
    db->m_location = location;
    db->m_checkOnOpen = check == CheckOnOpen::Now;
    db->m_connectionName = QStringLiteral("pareview-%1").arg(counter.fetchAndAddRelaxed(1));

    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"))) {
        auto where = parsePostgresLocation(location);
        if (!where)
            return Error{where.error()};
        db->m_engine = Engine::Postgres;
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        db->m_db.setHostName(where->host);
        db->m_db.setPort(where->port);
        db->m_db.setDatabaseName(where->database);
        db->m_db.setUserName(where->user);
        db->m_db.setConnectOptions(where->options.join(QLatin1Char(';')));
        // Typed at sign-in; QSqlDatabase keeps it in memory for reconnecting.
        if (!password.isEmpty())
            db->m_db.setPassword(password);
    } else {
        if (location.isEmpty())
            return Error{QStringLiteral("no database file given")};
        db->m_engine = Engine::Sqlite;
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        db->m_db.setDatabaseName(location);
        // "file:…?vfs=…" locations (SQLite URIs) are passed on as URIs: the
        // fault-injection tests open the store through a VFS of their own.
        db->m_db.setConnectOptions(location.startsWith(QLatin1String("file:"))
                                       ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_URI")
                                       : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db->m_db.isValid())
        return Error{QStringLiteral("the Qt SQL driver for %1 is not installed")
                         .arg(db->m_engine == Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))};
    if (!db->m_db.open()) {
        const QString detail = driverError(db->m_db.lastError());
        if (db->m_engine == Engine::Postgres && needsPassword(detail))
            return Error{QStringLiteral("cannot open the database %1: the server wants a password (%2): %3").arg(location, detail, kPasswordHome)};
        if (db->m_engine == Engine::Postgres && looksUnreachable(detail))
            return Error{QStringLiteral("cannot open the database %1: the server is unreachable: %2").arg(location, detail)};
        return Error{QStringLiteral("cannot open the database %1: %2").arg(location, detail)};
    }
    if (auto s = db->configure(); !s)
        return Error{s.error()};
    if (auto s = db->migrate(); !s)
        return Error{s.error()};
    if (!db->m_checkOnOpen && db->m_engine == Engine::Sqlite) {
        // The triggers that bind written records come with the first write
        // allowed (releaseWrites()), not before the first window; until
        // then SQLite itself refuses every write (query_only).
        db->holdWrites(Hold::Checking, tr("The case store is read-only while its integrity check runs (it started with pareview and "
                                          "takes a few seconds on a large store): nothing was saved. Try again in a moment."));
        return db;
    }
    if (auto s = RecordIntegrity::prepareSession(*db); !s)
        return Error{s.error()};
    return db;
}

void Database::holdWrites(Hold why, const QString &text)
{
    m_hold = why;
    m_holdText = text;
    // SQLite itself refuses writes too: no path around Transaction.
    if (m_engine == Engine::Sqlite) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    Q_EMIT writeHoldChanged();
}

Status Database::releaseWrites()
{
    if (m_hold == Hold::None)
        return success();
    if (m_engine == Engine::Sqlite) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA query_only = OFF"));
        // Held since open(): the triggers come before any write goes through.
        if (!m_recordSession) {
            if (auto s = RecordIntegrity::prepareSession(*this); !s) {
                holdWrites(Hold::Failed, tr("The case store %1 stays read-only: pareview could not prepare it for writing (%2). "
                                            "Nothing was saved.")
                                             .arg(m_location, s.error()));
                return s;
            }
        }
    }
    m_hold = Hold::None;
    m_holdText.clear();
    Q_EMIT writeHoldChanged();
    return success();
}

bool Database::needsPassword(const QString &openError)
{
    return openError.contains(QLatin1String("no password supplied"));
}

QString Database::unreachable(const QString &detail) const
{
    // The server without the parameters, the driver's words on one line.
    return QStringLiteral("the database server of %1 is unreachable (%2): nothing was saved by this step; pareview connects again "
                          "with the next one")
        .arg(QUrl(m_location).toString(QUrl::RemoveQuery), detail.simplified());
}

bool Database::checkLost()
{
    if (m_engine != Engine::Postgres || m_lost)
        return m_lost;
    PGconn *conn = postgresHandle(m_db);
    if (!conn || libpq().status(conn) != CONNECTION_BAD)
        return false;
    m_lost = true;
    Q_EMIT connectionLost(tr("The database server is unreachable: pareview connects again with the next step; nothing is lost on this screen."));
    return true;
}

Status Database::ensureConnected()
{
    if (m_engine != Engine::Postgres)
        return success();
    if (!m_lost && m_openTransactions == 0) {
        // An idle connection learns that the server went away only when it
        // reads: take in what is waiting (the server's goodbye) before a
        // statement is sent down a dead line.
        // The goodbye and the end of the stream may come in two reads.
        PGconn *conn = postgresHandle(m_db);
        for (int read = 0; conn && read < 3 && !m_lost; ++read)
            if (libpq().consumeInput(conn) == 0 || libpq().status(conn) == CONNECTION_BAD)
                checkLost();
    }
    if (!m_lost)
        return success();
    // A transaction that lost its connection is gone on the server: its
    // remaining statements must not run outside it.
    if (m_openTransactions > 0)
        return Error{unreachable(QStringLiteral("the connection was lost in the middle of a transaction"))};
    m_db.close();
    if (!m_db.open())
        return Error{unreachable(driverError(m_db.lastError()))};
    m_lost = false;
    // A new server session: its temporary table of written records is new too.
    if (auto s = configure(); !s || !(s = RecordIntegrity::prepareSession(*this))) {
        checkLost();
        return s;
    }
    // The driver forgets its LISTENs with the old connection.
    for (const QString &channel : std::as_const(m_channels))
        if (!m_db.driver()->subscribeToNotification(channel))
            qWarning("cannot LISTEN on %s again after reconnecting", qPrintable(channel));
    Q_EMIT connectionRestored();
    return success();
}

Status Database::subscribe(const QString &channel)
{
    if (m_engine != Engine::Postgres)
        return Error{QStringLiteral("only a PostgreSQL store sends notifications")};
    if (m_channels.contains(channel))
        return success();
    if (auto s = ensureConnected(); !s)
        return s;
    if (m_channels.isEmpty())
        connect(m_db.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) { Q_EMIT notified(name); });
    if (!m_db.driver()->subscribeToNotification(channel)) {
        const QString detail = driverError(m_db.driver()->lastError());
        return Error{checkLost() ? unreachable(detail) : QStringLiteral("cannot LISTEN on %1: %2").arg(channel, detail)};
    }
    m_channels << channel;
    return success();
}

Database::~Database()
{
    // SQLite refuses to close a connection with statements still prepared.
    Worklist::releaseStatements(*this);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::configure()
{
    if (m_engine == Engine::Sqlite) {
        // WAL lets readers go on while one writer commits; foreign keys are
        // off by default in SQLite and must be turned on per connection.
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            auto r = exec(QString::fromLatin1(pragma));
            if (!r)
                return Error{r.error()};
        }
        // The full check reads every page and every index: 2 s at 100,000
        // cases (BENCHMARKS.md). Large stores get SQLite's quick_check
        // (pages and records, not index contents); `pareview backup` and
        // Database::integrityProblem() run the full one. The workstation
        // runs it in the background instead (StoreCheck).
        if (m_checkOnOpen) {
            const QString problem = integrityProblem(checkFor(QFileInfo(m_location).size()));
            if (!problem.isEmpty())
                return Error{QStringLiteral("the database %1 failed its integrity check: %2").arg(m_location, problem)};
        }
    } else {
        auto r = exec(QStringLiteral("SET client_min_messages TO WARNING"));
        if (!r)
            return Error{r.error()};
    }
    return success();
}

QString Database::integrityProblem(Check check)
{
    if (m_engine != Engine::Sqlite)
        return {};
    auto r = exec(check == Check::Full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    if (!r)
        return r.error();
    QStringList problems;
    while (r->next()) {
        const QString line = r->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.join(QStringLiteral("; "));
}

QString Database::storedTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::storedTime(const QString &s)
{
    // The store writes "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC, Qt::ISODateWithMs):
    // read that form directly, two hundred rows a page, two times a row;
    // anything else goes through QDateTime's general parser.
    if (s.size() == 24 && s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-') && s[10] == QLatin1Char('T') && s[13] == QLatin1Char(':')
        && s[16] == QLatin1Char(':') && s[19] == QLatin1Char('.') && s[23] == QLatin1Char('Z')) {
        bool digits = true;
        auto number = [&](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = s[i].unicode();
                digits = digits && c >= u'0' && c <= u'9';
                n = n * 10 + int(c - u'0');
            }
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QDateTime Database::storedTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : storedTime(v.toString());
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantMap &values)
{
    if (auto s = ensureConnected(); !s)
        return Error{s.error()};
    QSqlQuery q(m_db);
    // Results are read front to back: no copy of every row into Qt's cache
    // for scrolling back. (SQLite only: a forward-only QPSQL query holds the
    // connection until it is read to the end.)
    if (m_engine == Engine::Sqlite)
        q.setForwardOnly(true);
    // PostgreSQL cannot prepare DDL or SET: statements without values run directly.
    if (values.isEmpty()) {
        const bool ran = q.exec(sql);
        if (!ran && heldWrite(q))
            return Error{m_holdText};
        if (!ran)
            return Error{checkLost() ? unreachable(driverError(q.lastError()))
                                     : QStringLiteral("database error in \"%1\": %2").arg(sql.simplified().left(120), driverError(q.lastError()))};
        return q;
    }
    if (!q.prepare(sql))
        return Error{checkLost() ? unreachable(driverError(q.lastError()))
                                 : QStringLiteral("database error preparing \"%1\": %2").arg(sql.simplified().left(120), driverError(q.lastError()))};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    const bool ran = q.exec();
    if (!ran && heldWrite(q))
        return Error{m_holdText};
    if (!ran)
        return Error{checkLost() ? unreachable(driverError(q.lastError()))
                                 : QStringLiteral("database error in \"%1\": %2").arg(sql.simplified().left(120), driverError(q.lastError()))};
    return q;
}

bool Database::heldWrite(const QSqlQuery &failed) const
{
    // SQLITE_READONLY (8): refused by query_only while writes are held.
    return m_hold != Hold::None && failed.lastError().nativeErrorCode() == QLatin1String("8");
}

Status Database::backupTo(const QString &target)
{
    if (m_engine != Engine::Sqlite)
        return Error{QStringLiteral("backup copies SQLite stores; back up a PostgreSQL store with pg_dump")};
    if (QFile::exists(target))
        return Error{QStringLiteral("%1 already exists: a backup never overwrites a file").arg(target)};
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{QStringLiteral("the SQLite driver does not expose its handle")};
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.data());
    sqlite3 *dest = nullptr;
    const QByteArray path = QFile::encodeName(target);
    if (sqlite3_open_v2(path.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return Error{QStringLiteral("cannot create %1: %2").arg(target, e)};
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        QFile::remove(target);
        return Error{QStringLiteral("cannot start the backup: %1").arg(e)};
    }
    // Copy in steps so writers are not blocked for the whole copy; a write
    // by another connection restarts the copy, which is what keeps it consistent.
    int rc;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const QString e = QString::fromUtf8(sqlite3_errmsg(dest));
    sqlite3_close(dest);
    if (rc != SQLITE_DONE) {
        QFile::remove(target);
        return Error{QStringLiteral("backup failed: %1").arg(e)};
    }
    // The copy gets the full integrity check, whatever its size.
    sqlite3 *check = nullptr;
    QString verdict;
    if (sqlite3_open_v2(path.constData(), &check, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(check, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK)
            while (sqlite3_step(stmt) == SQLITE_ROW)
                verdict += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(check);
    if (verdict != QLatin1String("ok")) {
        QFile::remove(target);
        return Error{QStringLiteral("the backup copy failed its integrity check (%1): nothing was kept").arg(verdict.isEmpty() ? QStringLiteral("unreadable") : verdict.left(200))};
    }
    return success();
}

Status Database::migrate()
{
    auto version = Schema::currentVersion(*this);
    if (!version)
        return Error{version.error()};
    if (version.value() > Schema::latestVersion())
        return Error{QStringLiteral("the database %1 has schema version %2, newer than this program knows (%3): "
                                    "use a newer pareview")
                         .arg(m_location)
                         .arg(version.value())
                         .arg(Schema::latestVersion())};
    // An upgrade writes: never into a store whose integrity is unknown.
    if (!m_checkOnOpen && m_engine == Engine::Sqlite && version.value() < Schema::latestVersion()) {
        const QString problem = integrityProblem(checkFor(QFileInfo(m_location).size()));
        if (!problem.isEmpty())
            return Error{QStringLiteral("the database %1 failed its integrity check: %2").arg(m_location, problem)};
    }
    for (int v = version.value() + 1; v <= Schema::latestVersion(); ++v) {
        Transaction t(*this);
        if (!t.started())
            return Error{t.error()};
        if (auto s = Schema::upgradeTo(*this, v); !s)
            return Error{QStringLiteral("upgrading the database to schema version %1 failed: %2%3")
                             .arg(v)
                             .arg(s.error(), m_engine == Engine::Postgres
                                                         && (s.error().contains(QLatin1String("permission denied"))
                                                             || s.error().contains(QLatin1String("must be owner")))
                                                 ? QStringLiteral(" (on a team server the owner role upgrades the schema: docs/team-server.md)")
                                                 : QString())};
        if (auto s = t.commit(); !s)
            return s;
    }
    m_schemaVersion = Schema::latestVersion();
    return success();
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.m_hold != Database::Hold::None) {
        m_error = m_db.m_holdText;
        return;
    }
    if (auto s = m_db.ensureConnected(); !s) {
        m_error = s.error();
        return;
    }
    m_active = m_db.m_db.transaction();
    if (!m_active) {
        const QString detail = driverError(m_db.m_db.lastError());
        m_error = m_db.checkLost() ? m_db.unreachable(detail) : QStringLiteral("cannot start a transaction: %1").arg(detail);
        return;
    }
    ++m_db.m_openTransactions;
}

Transaction::~Transaction()
{
    if (m_active) {
        --m_db.m_openTransactions;
        m_db.m_db.rollback();
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{m_error.isEmpty() ? QStringLiteral("no transaction") : m_error};
    m_active = false;
    --m_db.m_openTransactions;
    if (!m_db.m_db.commit()) {
        const QString e = driverError(m_db.m_db.lastError());
        if (m_db.checkLost())
            // The commit may or may not have reached the server: a retry is
            // safe because every write checks the case's row version.
            return Error{QStringLiteral("the database server of %1 became unreachable while saving (%2): reload the case to see "
                                        "whether this step was saved before doing it again")
                             .arg(m_db.m_location, e)};
        m_db.m_db.rollback();
        return Error{QStringLiteral("commit failed: %1").arg(e)};
    }
    return success();
}

} // namespace pareview
