#pragma once

// The audit trail: every read of a case, every change, every letter, every
// login. Append-only; each row carries the SHA-256 of the row before it, so
// an edited, deleted, inserted or reordered row breaks the chain. A chain
// cannot see its own tail cut off, so its head (row count and hash) can be
// exported as an anchor and checked later.

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pareview {

class Database;
struct BoundRecord;

struct AuditEntry
{
    std::optional<qint64> userId;
    QString userName;
    std::optional<qint64> caseId;
    QString action; // "case.read", "case.import", "login.ok", "login.failed", "letter.issue", …
    QString detail;
};

struct AuditAnchor
{
    qint64 rows = 0;
    QString hash; // of the last row; 64 zeros for an empty chain
    QString toString() const { return QStringLiteral("%1:%2").arg(rows).arg(hash); }
    static std::optional<AuditAnchor> parse(const QString &text);
};

class AuditLog
{
public:
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

    // Appends one row. Call inside the transaction of the change it records,
    // so both commit or neither does.
    static Status append(Database &db, const AuditEntry &entry, const QDateTime &at = QDateTime::currentDateTimeUtc());

    // Walks the whole chain; the error names the first broken row.
    static Result<AuditAnchor> verify(Database &db);
    // As verify(), and the chain must still reach `anchor` (same hash at the
    // anchor's row count): a cut-off tail is found.
    static Status verifyAgainst(Database &db, const AuditAnchor &anchor);

    // `recordsHash` (RecordIntegrity::recordsHash) covers the records the
    // row binds; a row that binds none hashes as before binding existed.
    static QString rowHash(const QString &prevHash, const QString &at, const QString &userId, const QString &userName,
                           const QString &caseId, const QString &action, const QString &detail,
                           const QString &recordsHash = QString());

    // For RecordIntegrity::sealExisting(), which binds more records than fit
    // in memory: the id the next row will get (under the chain's lock), its
    // record entries page by page, then the row itself.
    static Result<qint64> reserveId(Database &db);
    // Its record entries (seq firstSeq, firstSeq + 1, …), a hundred a statement.
    static Status insertRecords(Database &db, qint64 auditId, qint64 firstSeq, const QList<BoundRecord> &records);
    static Status appendReserved(Database &db, qint64 auditId, const AuditEntry &entry, const QDateTime &at, const QString &recordsHash);

private:
    static Status lockChain(Database &db);
};

} // namespace pareview
