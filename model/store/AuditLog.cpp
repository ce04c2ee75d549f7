#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/RecordIntegrity.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pareview {

std::optional<AuditAnchor> AuditAnchor::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+):([0-9a-f]{64})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return AuditAnchor{m.captured(1).toLongLong(), m.captured(2)};
}

QString AuditLog::rowHash(const QString &prevHash, const QString &at, const QString &userId, const QString &userName,
                          const QString &caseId, const QString &action, const QString &detail, const QString &recordsHash)
{
    // Length-prefixed fields: no separator inside a field can fake another row.
    QByteArray canonical;
    QStringList fields = {prevHash, at, userId, userName, caseId, action, detail};
    if (!recordsHash.isEmpty())
        fields << recordsHash;
    for (const QString &field : std::as_const(fields)) {
        const QByteArray utf8 = field.toUtf8();
        canonical += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

static QString optionalId(const std::optional<qint64> &id)
{
    return id ? QString::number(*id) : QString();
}

Status AuditLog::lockChain(Database &db)
{
    // Take the chain's head under a write lock first (SQLite: the write lock;
    // PostgreSQL: the meta row's lock), so concurrent appends queue up
    // instead of forking the chain.
    auto lock = db.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'schema_version'"));
    if (!lock)
        return Error{lock.error()};
    return success();
}

Status AuditLog::append(Database &db, const AuditEntry &entry, const QDateTime &at)
{
    if (auto s = lockChain(db); !s)
        return s;
    // The records this transaction wrote are bound into this row.
    auto written = RecordIntegrity::takeWritten(db);
    if (!written)
        return Error{written.error()};
    if (written->isEmpty())
        return appendReserved(db, 0, entry, at, QString());
    auto id = reserveId(db);
    if (!id)
        return Error{id.error()};
    if (auto s = insertRecords(db, *id, 0, *written); !s)
        return s;
    return appendReserved(db, *id, entry, at, RecordIntegrity::recordsHash(*written));
}

Result<qint64> AuditLog::reserveId(Database &db)
{
    if (auto s = lockChain(db); !s)
        return Error{s.error()};
    auto q = db.exec(db.engine() == Database::Engine::Postgres
                         ? QStringLiteral("SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))")
                         : QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log"));
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("no next audit row id")};
    return q->value(0).toLongLong();
}

Status AuditLog::insertRecords(Database &db, qint64 auditId, qint64 firstSeq, const QList<BoundRecord> &records)
{
    // One statement of Batch rows, prepared once and bound by position: the
    // seal of a large store binds millions of records through here.
    constexpr int Batch = 100;
    const QString row = QStringLiteral("(?, ?, ?, ?, ?)");
    auto statement = [&](qsizetype rows) {
        QStringList list(rows, row);
        return QStringLiteral("INSERT INTO audit_records (audit_id, seq, tbl, record_key, digest) VALUES ") + list.join(QStringLiteral(", "));
    };
    QSqlQuery full(db.connection());
    for (qsizetype from = 0; from < records.size(); from += Batch) {
        const qsizetype n = qMin<qsizetype>(Batch, records.size() - from);
        QSqlQuery rest(db.connection());
        QSqlQuery &q = n == Batch ? full : rest;
        if ((n != Batch || from == 0) && !q.prepare(statement(n)))
            return Error{QStringLiteral("cannot bind records to audit row %1: %2").arg(auditId).arg(q.lastError().text())};
        for (qsizetype i = 0; i < n; ++i) {
            const BoundRecord &r = records.at(from + i);
            q.addBindValue(auditId);
            q.addBindValue(firstSeq + from + i);
            q.addBindValue(r.table);
            q.addBindValue(r.key);
            q.addBindValue(r.digest.isNull() ? QStringLiteral("") : r.digest);
        }
        if (!q.exec())
            return Error{QStringLiteral("cannot bind records to audit row %1: %2").arg(auditId).arg(q.lastError().text())};
    }
    return success();
}

// auditId 0: the row takes the next id itself (and binds no records).
Status AuditLog::appendReserved(Database &db, qint64 auditId, const AuditEntry &entry, const QDateTime &at, const QString &recordsHash)
{
    if (auto s = lockChain(db); !s)
        return s;
    auto last = db.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return Error{last.error()};
    const QString prev = last->next() ? last->value(0).toString() : genesisHash();
    const QString when = Database::storedTime(at);
    const QString hash = rowHash(prev, when, optionalId(entry.userId), entry.userName, optionalId(entry.caseId), entry.action, entry.detail,
                                 recordsHash);
    QVariantMap values = {{QStringLiteral("at"), when},
                          {QStringLiteral("user_id"), entry.userId ? QVariant(*entry.userId) : QVariant(QMetaType(QMetaType::LongLong))},
                          {QStringLiteral("user_name"), entry.userName.isNull() ? QStringLiteral("") : entry.userName},
                          {QStringLiteral("case_id"), entry.caseId ? QVariant(*entry.caseId) : QVariant(QMetaType(QMetaType::LongLong))},
                          {QStringLiteral("action"), entry.action},
                          {QStringLiteral("detail"), entry.detail.isNull() ? QStringLiteral("") : entry.detail},
                          {QStringLiteral("prev"), prev},
                          {QStringLiteral("hash"), hash}};
    // Stores older than record binding (during their upgrade) have no
    // records_hash column; a row without records needs none.
    QString sql;
    if (auditId == 0) {
        sql = QStringLiteral("INSERT INTO audit_log (at, user_id, user_name, case_id, action, detail, prev_hash, hash) "
                             "VALUES (:at, :user_id, :user_name, :case_id, :action, :detail, :prev, :hash)");
    } else {
        sql = QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_name, case_id, action, detail, prev_hash, hash, records_hash) "
                             "VALUES (:id, :at, :user_id, :user_name, :case_id, :action, :detail, :prev, :hash, :records)");
        values.insert(QStringLiteral("id"), auditId);
        values.insert(QStringLiteral("records"), recordsHash);
    }
    auto r = db.exec(sql, values);
    if (!r)
        return Error{r.error()};
    return success();
}

Result<AuditAnchor> AuditLog::verify(Database &db)
{
    const bool bound = db.schemaVersion() >= RecordIntegrity::SchemaVersion;
    auto q = db.exec(bound ? QStringLiteral("SELECT id, at, user_id, user_name, case_id, action, detail, prev_hash, hash, records_hash FROM audit_log ORDER BY id")
                           : QStringLiteral("SELECT id, at, user_id, user_name, case_id, action, detail, prev_hash, hash FROM audit_log ORDER BY id"));
    if (!q)
        return Error{q.error()};
    QString prev = genesisHash();
    qint64 rows = 0;
    while (q->next()) {
        ++rows;
        const qint64 id = q->value(0).toLongLong();
        const QString userId = q->value(2).isNull() ? QString() : QString::number(q->value(2).toLongLong());
        const QString caseId = q->value(4).isNull() ? QString() : QString::number(q->value(4).toLongLong());
        const QString storedPrev = q->value(7).toString();
        const QString storedHash = q->value(8).toString();
        if (storedPrev != prev)
            return Error{QStringLiteral("audit row %1 (position %2): its link to the previous row does not match — a row "
                                        "before it was changed, deleted, inserted or reordered")
                             .arg(id)
                             .arg(rows)};
        const QString expected = rowHash(prev, q->value(1).toString(), userId, q->value(3).toString(), caseId,
                                         q->value(5).toString(), q->value(6).toString(), bound ? q->value(9).toString() : QString());
        if (expected != storedHash)
            return Error{QStringLiteral("audit row %1 (position %2, action \"%3\"): its contents do not match its hash — the row was changed")
                             .arg(id)
                             .arg(rows)
                             .arg(q->value(5).toString())};
        prev = storedHash;
    }
    return AuditAnchor{rows, prev};
}

Status AuditLog::verifyAgainst(Database &db, const AuditAnchor &anchor)
{
    auto head = verify(db);
    if (!head)
        return Error{head.error()};
    if (head->rows < anchor.rows)
        return Error{QStringLiteral("the audit trail has %1 rows but the anchor records %2: rows were cut off the end")
                         .arg(head->rows)
                         .arg(anchor.rows)};
    auto q = db.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET :n"),
                     {{QStringLiteral("n"), anchor.rows - 1}});
    if (!q)
        return Error{q.error()};
    const QString atAnchor = anchor.rows == 0 ? genesisHash() : (q->next() ? q->value(0).toString() : QString());
    if (atAnchor != anchor.hash)
        return Error{QStringLiteral("the audit trail no longer reaches the anchor: row %1 has a different hash").arg(anchor.rows)};
    return success();
}

} // namespace pareview
