#include "store/Database.h"

#include "store/Schema.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlRecord>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QUrl>

#include <sqlite3.h>

namespace pareview {

namespace {
QString driverError(const QSqlError &e)
{
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (!e.driverText().isEmpty() && !text.contains(e.driverText()))
        text = e.driverText() + QStringLiteral(": ") + text;
    return text.trimmed();
}
} // namespace

Result<std::shared_ptr<Database>> Database::open(const QString &location)
{
    static QAtomicInt counter;
    std::shared_ptr<Database> db(new Database);
    db->m_location = location;
    db->m_connectionName = QStringLiteral("pareview-%1").arg(counter.fetchAndAddRelaxed(1));

    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(location);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return Error{QStringLiteral("database location \"%1\" is not postgresql://user@host:port/name").arg(location)};
        db->m_engine = Engine::Postgres;
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        db->m_db.setHostName(url.host());
        db->m_db.setPort(url.port(5432));
        db->m_db.setDatabaseName(url.path().mid(1));
        db->m_db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db->m_db.setPassword(url.password());
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
    if (!db->m_db.open())
        return Error{QStringLiteral("cannot open the database %1: %2").arg(location, driverError(db->m_db.lastError()))};
    if (auto s = db->configure(); !s)
        return Error{s.error()};
    if (auto s = db->migrate(); !s)
        return Error{s.error()};
    return db;
}

Database::~Database()
{
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
        // cases (BENCHMARKS.md). Large stores get SQLite's quick_check on
        // open (pages and records, not index contents); `pareview backup`
        // and Database::integrityProblem() run the full one.
        const qint64 size = QFileInfo(m_location).size();
        const QString problem = integrityProblem(size > FullCheckBytes ? Check::Quick : Check::Full);
        if (!problem.isEmpty())
            return Error{QStringLiteral("the database %1 failed its integrity check: %2").arg(m_location, problem)};
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
    QSqlQuery q(m_db);
    // Results are read front to back: no copy of every row into Qt's cache
    // for scrolling back. (SQLite only: a forward-only QPSQL query holds the
    // connection until it is read to the end.)
    if (m_engine == Engine::Sqlite)
        q.setForwardOnly(true);
    // PostgreSQL cannot prepare DDL or SET: statements without values run directly.
    if (values.isEmpty()) {
        if (!q.exec(sql))
            return Error{QStringLiteral("database error in \"%1\": %2").arg(sql.simplified().left(120), driverError(q.lastError()))};
        return q;
    }
    if (!q.prepare(sql))
        return Error{QStringLiteral("database error preparing \"%1\": %2").arg(sql.simplified().left(120), driverError(q.lastError()))};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!q.exec())
        return Error{QStringLiteral("database error in \"%1\": %2").arg(sql.simplified().left(120), driverError(q.lastError()))};
    return q;
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
    for (int v = version.value() + 1; v <= Schema::latestVersion(); ++v) {
        Transaction t(*this);
        if (!t.started())
            return Error{t.error()};
        if (auto s = Schema::upgradeTo(*this, v); !s)
            return Error{QStringLiteral("upgrading the database to schema version %1 failed: %2").arg(v).arg(s.error())};
        if (auto s = t.commit(); !s)
            return s;
    }
    m_schemaVersion = Schema::latestVersion();
    return success();
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_active = m_db.m_db.transaction();
    if (!m_active)
        m_error = QStringLiteral("cannot start a transaction: %1").arg(driverError(m_db.m_db.lastError()));
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{m_error.isEmpty() ? QStringLiteral("no transaction") : m_error};
    m_active = false;
    if (!m_db.m_db.commit()) {
        const QString e = driverError(m_db.m_db.lastError());
        m_db.m_db.rollback();
        return Error{QStringLiteral("commit failed: %1").arg(e)};
    }
    return success();
}

} // namespace pareview
