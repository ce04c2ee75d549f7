#pragma once

// One connection to the case store: an embedded SQLite file (the default) or
// a PostgreSQL server shared by a team (QPSQL), chosen by the location
// string. Opening checks the file's integrity and brings the schema to the
// current version, each upgrade step in one transaction.

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace pareview {

class Database
{
public:
    enum class Engine { Sqlite, Postgres };

    // `location` is a file path (SQLite) or postgresql://user[:password]@host:port/name.
    static Result<std::shared_ptr<Database>> open(const QString &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_engine; }
    QSqlDatabase &connection() { return m_db; }
    const QString &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // Prepares `sql` (named placeholders), binds `values`, executes. The
    // error carries the driver's text.
    Result<QSqlQuery> exec(const QString &sql, const QVariantMap &values = {});

    // The SQL type names that differ between the engines.
    QString blobType() const { return m_engine == Engine::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"); }
    QString idColumn() const
    {
        return m_engine == Engine::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                          : QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
    }

    // Runs PRAGMA integrity_check (SQLite); empty when whole.
    QString integrityProblem();

private:
    Database() = default;
    Status configure();
    Status migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_location;
    Engine m_engine = Engine::Sqlite;
    int m_schemaVersion = 0;
    friend class Transaction;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();

private:
    Database &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace pareview
