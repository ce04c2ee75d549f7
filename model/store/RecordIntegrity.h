#pragma once

// Tamper-evident records (docs/integrity.md). Every row of a bound table —
// the clinical records, the users, the payer and rule tables — is bound into
// the audit hash chain when pareview writes it: the audit row of the write
// carries (table, key, digest of the row's canonical content), and the chain
// covers those entries. Verification recomputes each row's digest and
// compares it with the latest digest the chain recorded for it, so a row
// changed, deleted or inserted outside pareview is reported by table and key.
//
// Which rows a transaction wrote is collected by per-connection triggers
// (SQLite: TEMP triggers; PostgreSQL: triggers that write into the session's
// temporary table), so no write path lists its rows by hand, and a change
// made through any other connection is never collected — it cannot be
// laundered into the chain by pareview's next write.

#include "core/Result.h"
#include "store/AuditLog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pareview {

class Database;

// One table whose rows are bound into the chain. Adding a table is one line
// in RecordIntegrity.cpp's registry.
struct BoundTable
{
    QString table;
    QStringList key;     // primary key column(s); a composite key reads "a / b"
    bool integerKey;     // the key is one integer id column
    QStringList columns; // what the digest covers: never counters or row versions
    const char *noun;    // how an administrator calls one row ("determination")
    QString caseColumn;  // the column naming the row's case, if any
};

// One record as the chain recorded it: digest empty when pareview deleted it.
struct BoundRecord
{
    QString table;
    QString key;
    QString digest;
};

struct IntegrityFinding
{
    enum class Kind { Chain, Changed, Deleted, Inserted, Count };
    Kind kind = Kind::Changed;
    QString table;
    QString key;
    std::optional<qint64> caseId;
    QString text; // for an administrator
};

struct IntegrityReport
{
    AuditAnchor head;
    bool full = false;            // every record recomputed, not only those since the checkpoint
    qint64 auditRowsChecked = 0;  // audit rows walked (after the checkpoint when incremental)
    qint64 recordsChecked = 0;    // records whose digest was recomputed
    qint64 recordsProbed = 0;     // incremental: records written before the checkpoint looked up by id (docs/integrity.md)
    QDateTime checkpointAt;       // incremental: when the checkpoint it started from was made
    QList<IntegrityFinding> findings;
    qint64 findingCount = 0;      // findings beyond the listed ones are counted only
    bool ok() const { return findingCount == 0; }
    QString summary() const;
};

class RecordIntegrity
{
public:
    // The first schema version with bound records (Schema.cpp).
    static constexpr int SchemaVersion = 9;

    static const QList<BoundTable> &tables();
    static const BoundTable *table(const QString &name);

    // Per connection, after the schema is current: the temporary table and
    // the triggers that collect the rows this connection writes.
    static Status prepareSession(Database &db);
    // PostgreSQL: the persistent triggers on every bound table (idempotent;
    // the schema step and Database::open() call it).
    static Status installTriggers(Database &db);

    // The digest of a row's canonical content; empty when there is no such row.
    static Result<QString> digest(Database &db, const BoundTable &t, const QString &key);
    // The rows this connection wrote since the last call, with their digests
    // as they are now; clears the collection. Called by AuditLog::append.
    static Result<QList<BoundRecord>> takeWritten(Database &db);
    // The hash the audit row carries for its records (empty for none).
    static QString recordsHash(QList<BoundRecord> records);
    // Binds every row of `tables` (all bound tables when empty) as it is now,
    // in one audit row: the schema step that introduces binding, and a later
    // step that adds a bound table with rows in it.
    static Status sealExisting(Database &db, const QString &why, const QStringList &tables = {});

    enum class Mode { Incremental, Full };
    // Walks the chain and checks the records; `progress` (may be empty) gets
    // a fraction done. A whole result is saved as the next checkpoint.
    static Result<IntegrityReport> verify(Database &db, Mode mode, const std::function<void(double)> &progress = {});

    // Canonical bytes of one value: a type tag, the length, the bytes; a
    // blob by its SHA-256. Same bytes for the same value on both engines.
    static QByteArray canonical(const QVariant &value);
    static constexpr int ListedFindings = 50;
    // The incremental check counts the rows of a table only up to this many
    // at the checkpoint; a larger one is checked through its ids (the rows
    // above the checkpoint's highest, the lowest and highest, and this many
    // drawn at random), so its cost does not grow with the store.
    static constexpr qint64 IncrementalCountLimit = 10000;
    static constexpr int IncrementalSamples = 32;
};

} // namespace pareview
