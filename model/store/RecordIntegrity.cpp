#include "store/RecordIntegrity.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <charconv>

namespace pareview {

namespace {

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

// The registry: one line per bound table. Left out of the digests: row
// versions and updated_at (bumped by every write, each of them audited
// anyway) and the failed-login counter (changed by sign-in attempts).
const QList<BoundTable> &RecordIntegrity::tables()
{
    static const QList<BoundTable> list = {
        {QStringLiteral("users"), {QStringLiteral("id")}, true,
         words("name display_name credentials role password_hash active created_at"), "user account", QString()},
        {QStringLiteral("cases"), {QStringLiteral("id")}, true,
         words("reference member_name member_id birth_date sex_at_birth language payer plan line_of_business prescriber_name "
               "prescriber_npi prescriber_taxonomies prescriber_at_htc htc_name drug drug_text hcpcs ndc dose_per_kg dose_unit "
               "dose_interval_hours quantity_mcg supply_days request_type priority received_at status assignee_id due_by "
               "clock_stopped_at created_by created_at policy_id"),
         "case", QStringLiteral("id")},
        {QStringLiteral("diagnoses"), {QStringLiteral("id")}, true, words("case_id code display for_request source"), "diagnosis",
         QStringLiteral("case_id")},
        {QStringLiteral("facts"), {QStringLiteral("id")}, true,
         words("case_id kind name value_num value_text unit effective_date upper_limit original_value source entered_by entered_at"),
         "fact (lab value or attestation)", QStringLiteral("case_id")},
        {QStringLiteral("fact_corrections"), {QStringLiteral("id")}, true,
         words("case_id field previous corrected corrected_by corrected_at"), "fact correction", QStringLiteral("case_id")},
        {QStringLiteral("case_field_sources"), {QStringLiteral("id")}, true,
         words("case_id field version value kind source recorded_by recorded_at"), "case value's source", QStringLiteral("case_id")},
        {QStringLiteral("attachments"), {QStringLiteral("id")}, true,
         words("case_id file_name declared_type detected_type description size sha256 bytes url added_by added_at"), "attachment",
         QStringLiteral("case_id")},
        {QStringLiteral("criterion_decisions"), {QStringLiteral("id")}, true,
         words("case_id policy_id label status source user_id decided_at note attachment_id page"), "criterion decision",
         QStringLiteral("case_id")},
        {QStringLiteral("determinations"), {QStringLiteral("id")}, true,
         words("case_id outcome rationale approval_start approval_end quantity refer_to reply_by decided_by decided_at policy_id "
               "policy_version criteria_snapshot supersedes member_explanation supersede_reason"),
         "determination", QStringLiteral("case_id")},
        {QStringLiteral("letters"), {QStringLiteral("id")}, true,
         words("case_id determination_id language pdf sha256 issued_by issued_at"), "letter", QStringLiteral("case_id")},
        {QStringLiteral("payers"), {QStringLiteral("id")}, false, words("name position"), "payer", QString()},
        {QStringLiteral("payer_names"), {QStringLiteral("name_key")}, false, words("name payer_id is_alias position"), "payer name",
         QString()},
        {QStringLiteral("payer_policies"), {QStringLiteral("payer_id"), QStringLiteral("policy_id")}, false, words("position"),
         "payer's policy", QString()},
        {QStringLiteral("due_rules"), {QStringLiteral("line_of_business"), QStringLiteral("priority")}, false,
         words("hours business_days pend_stops_clock description"), "turnaround rule", QString()},
        {QStringLiteral("appeal_rules"), {QStringLiteral("line_of_business")}, false,
         words("days rule next_level next_level_days next_level_rule"), "appeal rule", QString()},
        {QStringLiteral("appeal_deadlines"), {QStringLiteral("line_of_business"), QStringLiteral("priority")}, false,
         words("hours forward_hours rule"), "appeal deadline", QString()},
        {QStringLiteral("peer_to_peer_rules"), {QStringLiteral("line_of_business")}, false, words("hours rule"),
         "peer-to-peer rule", QString()},
        {QStringLiteral("appeals"), {QStringLiteral("id")}, true,
         words("reference case_id original_case_id determination_id filed_by received_at priority reason notice_at filing_days "
               "late good_cause due_by deadline_rule recorded_by recorded_at outcome outcome_reason decided_by decided_at "
               "new_determination_id criteria_snapshot next_level forwarded_at forward_due"),
         "appeal", QStringLiteral("case_id")},
        {QStringLiteral("appeal_letters"), {QStringLiteral("id")}, true,
         words("appeal_id language outcome pdf sha256 issued_by issued_at"), "appeal letter", QString()},
        {QStringLiteral("peer_to_peer"), {QStringLiteral("id")}, true,
         words("case_id determination_id status requested_at requested_by contact offer_by offer_rule recorded_by scheduled_for "
               "scheduled_by held_at participants note held_recorded_by result closed_at closed_by new_determination_id"),
         "peer-to-peer discussion", QStringLiteral("case_id")},
    };
    return list;
}

const BoundTable *RecordIntegrity::table(const QString &name)
{
    for (const BoundTable &t : tables())
        if (t.table == name)
            return &t;
    return nullptr;
}

namespace {

// The key as text, from row alias `row` ("" for the table itself, "NEW.").
QString keyExpression(const BoundTable &t, const QString &row = QString())
{
    if (t.key.size() == 1)
        return t.integerKey ? QStringLiteral("CAST(%1%2 AS TEXT)").arg(row, t.key.first()) : row + t.key.first();
    QStringList parts;
    for (const QString &k : t.key)
        parts << row + k;
    return parts.join(QStringLiteral(" || ' / ' || "));
}

// The condition selecting a row of `t` whose key is the bound value :k.
QString keyCondition(const BoundTable &t, const QString &alias)
{
    if (t.integerKey)
        return QStringLiteral("%1.%2 = :k").arg(alias, t.key.first());
    QStringList parts;
    for (const QString &k : t.key)
        parts << alias + QLatin1Char('.') + k;
    return parts.join(QStringLiteral(" || ' / ' || ")) + QStringLiteral(" = :k");
}

QVariant keyValue(const BoundTable &t, const QString &key)
{
    return t.integerKey ? QVariant(key.toLongLong()) : QVariant(key);
}

QString selectColumns(const BoundTable &t, const QString &alias)
{
    QStringList cols;
    for (const QString &c : t.columns)
        cols << alias + QLatin1Char('.') + c;
    return cols.join(QStringLiteral(", "));
}

// Appends the canonical bytes of `value` (RecordIntegrity::canonical) to
// `out` without a temporary per value: the full check digests every column
// of millions of rows.
void appendCanonical(QByteArray &out, const QVariant &value)
{
    auto put = [&out](char tag, const char *bytes, qsizetype size) {
        char length[24];
        const auto end = std::to_chars(length, length + sizeof length, size).ptr;
        out.append(tag).append(length, end - length).append(':').append(bytes, size).append(';');
    };
    if (!value.isValid() || value.isNull()) {
        put('N', nullptr, 0);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool: {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value.toLongLong()).ptr;
        put('I', digits, end - digits);
        return;
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const QByteArray digits = QByteArray::number(value.toDouble(), 'g', 17);
        put('R', digits.constData(), digits.size());
        return;
    }
    case QMetaType::QByteArray: {
        // A blob by its hash: attachments and letters are megabytes.
        const QByteArray hex = QCryptographicHash::hash(*static_cast<const QByteArray *>(value.constData()), QCryptographicHash::Sha256).toHex();
        put('B', hex.constData(), hex.size());
        return;
    }
    case QMetaType::QString: {
        const QByteArray utf8 = static_cast<const QString *>(value.constData())->toUtf8();
        put('T', utf8.constData(), utf8.size());
        return;
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        put('T', utf8.constData(), utf8.size());
    }
    }
}

// Digests rows of one table read by one query whose columns from `first`
// on are the table's listed columns. What is the same for every row — the
// canonical table and column names, the columns' types — is worked out once
// per query, not per row and value.
class RowDigester
{
public:
    RowDigester(const BoundTable &t, const QSqlQuery &q, int first) : m_first(first)
    {
        appendCanonical(m_table, t.table);
        const QSqlRecord record = q.record();
        for (int i = 0; i < t.columns.size(); ++i) {
            QByteArray name;
            appendCanonical(name, t.columns.at(i));
            m_names << name;
            const int type = record.field(first + i).metaType().id();
            m_kinds << (type == QMetaType::Double || type == QMetaType::Float                 ? Kind::Real
                        : type == QMetaType::QString || type == QMetaType::QByteArray ? Kind::Verbatim
                                                                                      : Kind::Integer);
        }
    }

    QString digest(const QString &key, const QSqlQuery &q)
    {
        m_buffer.resize(0); // keeps its capacity from row to row
        m_buffer.append(m_table);
        appendCanonical(m_buffer, key);
        for (int i = 0; i < m_names.size(); ++i) {
            m_buffer.append(m_names.at(i));
            QVariant v = q.value(m_first + i);
            // QPSQL hands BIGINT (and NUMERIC) over as text: by the column's
            // type, the same value gives the same bytes as on SQLite.
            if (m_kinds.at(i) != Kind::Verbatim && v.typeId() == QMetaType::QString && !v.isNull()) {
                bool ok = false;
                if (m_kinds.at(i) == Kind::Real) {
                    const double d = v.toString().toDouble(&ok);
                    if (ok)
                        v = d;
                } else {
                    const qlonglong n = v.toString().toLongLong(&ok);
                    if (ok)
                        v = n;
                }
            }
            appendCanonical(m_buffer, v);
        }
        return QString::fromLatin1(QCryptographicHash::hash(m_buffer, QCryptographicHash::Sha256).toHex());
    }

private:
    enum class Kind { Integer, Real, Verbatim };
    int m_first;
    QByteArray m_table;
    QList<QByteArray> m_names;
    QList<Kind> m_kinds;
    QByteArray m_buffer;
};

// The tables the store has, read once per use: each call is a query of the
// schema, and every bound table is looked up.
QSet<QString> existingTables(Database &db)
{
    const QStringList names = db.connection().tables();
    return QSet<QString>(names.cbegin(), names.cend());
}

const QString kWritten = QStringLiteral("integrity_written");

} // namespace

QByteArray RecordIntegrity::canonical(const QVariant &value)
{
    QByteArray out;
    appendCanonical(out, value);
    return out;
}

Status RecordIntegrity::installTriggers(Database &db)
{
    if (db.engine() != Database::Engine::Postgres)
        return success();
    // Collects into the session's temporary table when it has one (a
    // pareview connection); any other session's writes are not collected.
    auto f = db.exec(QStringLiteral(
        "CREATE OR REPLACE FUNCTION pareview_integrity_written() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
        "DECLARE\n"
        "    r jsonb;\n"
        "    k text;\n"
        "    i int;\n"
        "BEGIN\n"
        "    IF to_regclass('pg_temp.integrity_written') IS NULL THEN\n"
        "        RETURN NULL;\n"
        "    END IF;\n"
        "    FOREACH r IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)] WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]\n"
        "                        ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END) LOOP\n"
        "        k := NULL;\n"
        "        FOR i IN 0 .. TG_NARGS - 1 LOOP\n"
        "            k := CASE WHEN k IS NULL THEN '' ELSE k || ' / ' END || (r ->> TG_ARGV[i]);\n"
        "        END LOOP;\n"
        "        INSERT INTO pg_temp.integrity_written (tbl, k) VALUES (TG_TABLE_NAME, k);\n"
        "    END LOOP;\n"
        "    RETURN NULL;\n"
        "END $f$"));
    if (!f)
        return Error{f.error()};
    const QSet<QString> existing = existingTables(db);
    for (const BoundTable &t : tables()) {
        if (!existing.contains(t.table))
            continue;
        QStringList args;
        for (const QString &k : t.key)
            args << QLatin1Char('\'') + k + QLatin1Char('\'');
        auto r = db.exec(QStringLiteral("CREATE OR REPLACE TRIGGER pareview_integrity AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                        "FOR EACH ROW EXECUTE FUNCTION pareview_integrity_written(%2)")
                             .arg(t.table, args.join(QStringLiteral(", "))));
        if (!r)
            return Error{r.error()};
    }
    return success();
}

Status RecordIntegrity::prepareSession(Database &db)
{
    auto temp = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (tbl TEXT NOT NULL, k TEXT NOT NULL)").arg(kWritten));
    if (!temp)
        return Error{temp.error()};
    if (db.engine() == Database::Engine::Sqlite) {
        // TEMP triggers belong to this connection alone: another program
        // writing the file is never collected. All of them in one
        // transaction: each on its own was a write of the temporary schema,
        // 60 of them before the first window (BENCHMARKS.md, start-up).
        const QSet<QString> existing = existingTables(db);
        if (!db.connection().transaction())
            return Error{QStringLiteral("cannot start a transaction for the integrity triggers: %1").arg(db.connection().lastError().text())};
        for (const BoundTable &t : tables()) {
            if (!existing.contains(t.table))
                continue;
            const QString add = QStringLiteral("INSERT INTO %1 (tbl, k) VALUES ('%2', %3);").arg(kWritten, t.table);
            const QStringList sql = {
                QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_%2_i AFTER INSERT ON %2 BEGIN %3 END")
                    .arg(kWritten, t.table, add.arg(keyExpression(t, QStringLiteral("NEW.")))),
                QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_%2_u AFTER UPDATE ON %2 BEGIN %3 %4 END")
                    .arg(kWritten, t.table, add.arg(keyExpression(t, QStringLiteral("OLD."))), add.arg(keyExpression(t, QStringLiteral("NEW.")))),
                QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_%2_d AFTER DELETE ON %2 BEGIN %3 END")
                    .arg(kWritten, t.table, add.arg(keyExpression(t, QStringLiteral("OLD.")))),
            };
            for (const QString &s : sql)
                if (auto r = db.exec(s); !r) {
                    db.connection().rollback();
                    return Error{r.error()};
                }
        }
        if (!db.connection().commit()) {
            const QString e = db.connection().lastError().text();
            db.connection().rollback();
            return Error{QStringLiteral("cannot make the integrity triggers: %1").arg(e)};
        }
    } else {
        // The persistent triggers: a table registered after the store was
        // made gets its trigger from the first owner connection.
        auto q = db.exec(QStringLiteral("SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                                        "WHERE g.tgname = 'pareview_integrity'"));
        if (!q)
            return Error{q.error()};
        QSet<QString> have;
        while (q->next())
            have.insert(q->value(0).toString());
        QStringList missing;
        const QSet<QString> existing = existingTables(db);
        for (const BoundTable &t : tables())
            if (!have.contains(t.table) && existing.contains(t.table))
                missing << t.table;
        if (!missing.isEmpty())
            if (auto s = installTriggers(db); !s)
                return Error{QStringLiteral("the integrity triggers on %1 are missing and could not be made (%2): open the store "
                                            "once as the owner role (docs/integrity.md)")
                                 .arg(missing.join(QStringLiteral(", ")), s.error())};
    }
    db.setRecordSession(true);
    return success();
}

Result<QString> RecordIntegrity::digest(Database &db, const BoundTable &t, const QString &key)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM %2 r WHERE %3").arg(selectColumns(t, QStringLiteral("r")), t.table, keyCondition(t, QStringLiteral("r"))),
                     {{QStringLiteral("k"), keyValue(t, key)}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return QString(QLatin1String(""));
    return RowDigester(t, *q, 0).digest(key, *q);
}

Result<QList<BoundRecord>> RecordIntegrity::takeWritten(Database &db)
{
    QList<BoundRecord> out;
    if (!db.recordSession())
        return out;
    auto q = db.exec(QStringLiteral("SELECT DISTINCT tbl, k FROM %1").arg(kWritten));
    if (!q)
        return Error{q.error()};
    QList<QPair<QString, QString>> keys;
    while (q->next())
        keys.append({q->value(0).toString(), q->value(1).toString()});
    for (const auto &[table, key] : keys) {
        const BoundTable *t = RecordIntegrity::table(table);
        if (!t)
            continue;
        auto d = digest(db, *t, key);
        if (!d)
            return Error{d.error()};
        out.append({table, key, *d});
    }
    if (auto r = db.exec(QStringLiteral("DELETE FROM %1").arg(kWritten)); !r)
        return Error{r.error()};
    std::sort(out.begin(), out.end(), [](const BoundRecord &a, const BoundRecord &b) {
        return a.table != b.table ? a.table < b.table : a.key < b.key;
    });
    return out;
}

namespace {

// The records hash, built one entry at a time in the order of their seq.
class RecordsHasher
{
public:
    void add(const QString &table, const QString &key, const QString &digest)
    {
        m_buffer.resize(0);
        appendCanonical(m_buffer, table);
        appendCanonical(m_buffer, key);
        appendCanonical(m_buffer, digest);
        m_hash.addData(m_buffer);
        ++m_count;
    }
    QString result() const { return m_count == 0 ? QString() : QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_buffer;
    qint64 m_count = 0;
};

} // namespace

QString RecordIntegrity::recordsHash(QList<BoundRecord> records)
{
    RecordsHasher h;
    for (const BoundRecord &r : records)
        h.add(r.table, r.key, r.digest);
    return h.result();
}

Status RecordIntegrity::sealExisting(Database &db, const QString &why, const QStringList &only)
{
    // Streams: a store of a million cases has millions of rows to bind.
    auto reserved = AuditLog::reserveId(db);
    if (!reserved)
        return Error{reserved.error()};
    RecordsHasher hasher;
    qint64 seq = 0;
    const QSet<QString> existing = existingTables(db);
    for (const BoundTable &t : tables()) {
        if ((!only.isEmpty() && !only.contains(t.table)) || !existing.contains(t.table))
            continue;
        QList<BoundRecord> page;
        QVariant last = t.integerKey ? QVariant(qint64(-1)) : QVariant();
        const bool blobs = t.columns.contains(QLatin1String("bytes")) || t.columns.contains(QLatin1String("pdf"));
        for (;;) {
            const QString sql = t.integerKey
                ? QStringLiteral("SELECT %1, %2 FROM %3 r WHERE r.%4 > :last ORDER BY r.%4 LIMIT %5")
                      .arg(keyExpression(t, QStringLiteral("r.")), selectColumns(t, QStringLiteral("r")), t.table, t.key.first())
                      .arg(blobs ? 16 : 2000)
                : QStringLiteral("SELECT %1, %2 FROM %3 r").arg(keyExpression(t, QStringLiteral("r.")), selectColumns(t, QStringLiteral("r")), t.table);
            auto q = t.integerKey ? db.exec(sql, {{QStringLiteral("last"), last}}) : db.exec(sql);
            if (!q)
                return Error{q.error()};
            page.clear();
            RowDigester digester(t, *q, 1);
            while (q->next()) {
                const QString key = q->value(0).toString();
                page.append({t.table, key, digester.digest(key, *q)});
            }
            q->finish();
            for (const BoundRecord &r : page)
                hasher.add(r.table, r.key, r.digest);
            if (auto s = AuditLog::insertRecords(db, *reserved, seq, page); !s)
                return s;
            seq += page.size();
            if (!t.integerKey || page.isEmpty())
                break;
            last = page.last().key.toLongLong();
        }
    }
    return AuditLog::appendReserved(db, *reserved, {std::nullopt, QStringLiteral("pareview"), std::nullopt, QStringLiteral("integrity.seal"), why},
                                    QDateTime::currentDateTimeUtc(), hasher.result());
}

QString IntegrityReport::summary() const
{
    if (!ok())
        return QStringLiteral("%1 record problem(s) found").arg(findingCount);
    return QStringLiteral("audit trail whole: %1 rows, head %2; %3 records as recorded (%4)")
        .arg(head.rows)
        .arg(head.hash)
        .arg(recordsChecked)
        .arg(full ? QStringLiteral("full check") : QStringLiteral("checked since the checkpoint of %1").arg(Database::storedTime(checkpointAt)));
}

namespace {

// Per bound table at a checkpoint: the rows the chain accounts for and,
// for a table keyed by an integer id, its lowest and highest id.
struct TableMark
{
    qint64 count = 0;
    std::optional<qint64> low, high; // absent: an empty table, or a checkpoint made before they were kept
};

struct Checkpoint
{
    qint64 auditId = 0;
    qint64 rows = 0;
    QString hash;
    QHash<QString, TableMark> tables;
    QDateTime at;
};

// "table=count" (the first checkpoints) or "table=count:low:high".
std::optional<Checkpoint> lastCheckpoint(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT audit_id, audit_rows, head_hash, counts, checked_at FROM integrity_checkpoints ORDER BY id DESC LIMIT 1"));
    if (!q || !q->next())
        return std::nullopt;
    Checkpoint c{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), {}, Database::storedTime(q->value(4))};
    for (const QString &pair : q->value(3).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QStringList parts = pair.mid(eq + 1).split(QLatin1Char(':'));
        TableMark m;
        m.count = parts.first().toLongLong();
        if (parts.size() == 3) {
            m.low = parts.at(1).toLongLong();
            m.high = parts.at(2).toLongLong();
        }
        c.tables.insert(pair.left(eq), m);
    }
    q->finish();
    return c;
}

QString markText(const TableMark &m)
{
    QString s = QString::number(m.count);
    if (m.low && m.high)
        s += QLatin1Char(':') + QString::number(*m.low) + QLatin1Char(':') + QString::number(*m.high);
    return s;
}

// A query read in pages by its key (keyset pagination): PostgreSQL's driver
// holds a whole result in memory, so one result over the chain of a large
// store would hold all of it. `sql` has %1 for the condition "after the last
// row read" and %2 for the page size; its first `keys` columns are the key
// `after` makes that condition from (no row yet: an empty list).
class PagedRows
{
public:
    using After = std::function<QPair<QString, QVariantMap>(const QVariantList &last)>;
    PagedRows(Database &db, QString sql, QVariantMap values, int keys, After after, int page)
        : m_db(db), m_sql(std::move(sql)), m_values(std::move(values)), m_keys(keys), m_after(std::move(after)), m_page(page)
    {
    }

    // The next row, or false at the end; error() says why it stopped early.
    bool next()
    {
        if (!(m_q && m_q->next())) {
            if (m_done || (m_q && m_inPage < m_page))
                return false;
            if (m_q)
                m_q->finish();
            const auto [condition, bound] = m_after(m_last);
            QVariantMap values = m_values;
            values.insert(bound);
            auto q = m_db.exec(m_sql.arg(condition).arg(m_page), values);
            if (!q) {
                m_error = q.error();
                m_done = true;
                m_q.reset();
                return false;
            }
            m_q.emplace(std::move(*q));
            m_inPage = 0;
            if (!m_q->next()) {
                m_done = true;
                return false;
            }
        }
        ++m_inPage;
        m_last.clear();
        for (int i = 0; i < m_keys; ++i)
            m_last << m_q->value(i);
        return true;
    }
    QVariant value(int i) const { return m_q->value(i); }
    const QString &error() const { return m_error; }

private:
    Database &m_db;
    QString m_sql;
    QVariantMap m_values;
    int m_keys;
    After m_after;
    int m_page;
    std::optional<QSqlQuery> m_q;
    QVariantList m_last;
    int m_inPage = 0;
    bool m_done = false;
    QString m_error;
};

class Verifier
{
public:
    Verifier(Database &db, IntegrityReport &report) : m_db(db), m_report(report) {}

    void add(IntegrityFinding::Kind kind, const BoundTable *t, const QString &key, std::optional<qint64> caseId, const QString &text)
    {
        ++m_report.findingCount;
        if (m_report.findings.size() < RecordIntegrity::ListedFindings)
            m_report.findings.append({kind, t ? t->table : QString(), key, caseId, text});
    }

    QString name(const BoundTable &t, const QString &key, std::optional<qint64> caseId)
    {
        if (t.table == QLatin1String("cases"))
            return QStringLiteral("case %1").arg(caseReference(key.toLongLong()));
        if (t.table == QLatin1String("users")) {
            auto q = m_db.exec(QStringLiteral("SELECT name FROM users WHERE id = :id"), {{QStringLiteral("id"), key.toLongLong()}});
            if (q && q->next())
                return QStringLiteral("user account %1 (%2)").arg(key, q->value(0).toString());
        }
        QString s = QStringLiteral("%1 %2").arg(QLatin1String(t.noun), key);
        if (caseId)
            s += QStringLiteral(" of case %1").arg(caseReference(*caseId));
        return s;
    }

    QString caseReference(qint64 caseId)
    {
        auto q = m_db.exec(QStringLiteral("SELECT reference FROM cases WHERE id = :id"), {{QStringLiteral("id"), caseId}});
        if (q && q->next())
            return QStringLiteral("%1 (id %2)").arg(q->value(0).toString()).arg(caseId);
        return QStringLiteral("id %1").arg(caseId);
    }

    // Where the chain last recorded (table, key): audit row, time, user, case.
    struct Recorded
    {
        bool found = false;
        QString digest;
        qint64 auditId = 0;
        QString at, user;
        std::optional<qint64> caseId;
    };
    Recorded recorded(const BoundTable &t, const QString &key, std::optional<qint64> beforeOrAt = std::nullopt)
    {
        Recorded out;
        auto q = m_db.exec(QStringLiteral("SELECT r.digest, r.audit_id, l.at, l.user_name, l.case_id FROM audit_records r "
                                          "LEFT JOIN audit_log l ON l.id = r.audit_id WHERE r.tbl = :t AND r.record_key = :k "
                                          "AND r.audit_id = (SELECT MAX(y.audit_id) FROM audit_records y WHERE y.tbl = :t AND y.record_key = :k%1)")
                               .arg(beforeOrAt ? QStringLiteral(" AND y.audit_id <= :b") : QString()),
                           beforeOrAt ? QVariantMap{{QStringLiteral("t"), t.table}, {QStringLiteral("k"), key}, {QStringLiteral("b"), *beforeOrAt}}
                                      : QVariantMap{{QStringLiteral("t"), t.table}, {QStringLiteral("k"), key}});
        if (q && q->next()) {
            out.found = true;
            out.digest = q->value(0).toString();
            out.auditId = q->value(1).toLongLong();
            out.at = q->value(2).toString();
            out.user = q->value(3).toString();
            if (!q->value(4).isNull())
                out.caseId = q->value(4).toLongLong();
        }
        return out;
    }

    std::optional<qint64> rowCase(const BoundTable &t, const QString &key)
    {
        if (t.caseColumn.isEmpty())
            return std::nullopt;
        auto q = m_db.exec(QStringLiteral("SELECT r.%1 FROM %2 r WHERE %3").arg(t.caseColumn, t.table, keyCondition(t, QStringLiteral("r"))),
                           {{QStringLiteral("k"), keyValue(t, key)}});
        if (q && q->next() && !q->value(0).isNull())
            return q->value(0).toLongLong();
        return std::nullopt;
    }

    // Compares one record's current digest (empty: no row) with the chain's.
    void compare(const BoundTable &t, const QString &key, const QString &current, const Recorded &rec, std::optional<qint64> caseId)
    {
        const QString since = rec.found ? QStringLiteral(" (last recorded by pareview in audit row %1, %2, by %3)").arg(rec.auditId).arg(rec.at, rec.user.isEmpty() ? QStringLiteral("—") : rec.user)
                                        : QString();
        if (current.isEmpty()) {
            if (rec.found && !rec.digest.isEmpty())
                add(IntegrityFinding::Kind::Deleted, &t, key, caseId ? caseId : rec.caseId,
                    QStringLiteral("%1 was deleted outside pareview%2").arg(name(t, key, caseId ? caseId : rec.caseId), since));
            return;
        }
        if (!rec.found)
            add(IntegrityFinding::Kind::Inserted, &t, key, caseId,
                QStringLiteral("%1 was inserted outside pareview: the audit trail never recorded it").arg(name(t, key, caseId)));
        else if (rec.digest.isEmpty())
            add(IntegrityFinding::Kind::Inserted, &t, key, caseId,
                QStringLiteral("%1 was put back outside pareview after pareview removed it%2").arg(name(t, key, caseId), since));
        else if (rec.digest != current)
            add(IntegrityFinding::Kind::Changed, &t, key, caseId,
                QStringLiteral("%1 was changed outside pareview: its content no longer matches what the audit trail recorded%2")
                    .arg(name(t, key, caseId), since));
    }

    Database &m_db;
    IntegrityReport &m_report;
};

} // namespace

Result<IntegrityReport> RecordIntegrity::verify(Database &db, Mode mode, const std::function<void(double)> &progress)
{
    IntegrityReport report;
    Verifier v(db, report);
    std::optional<Checkpoint> cp = mode == Mode::Incremental ? lastCheckpoint(db) : std::nullopt;
    const QStringList present = db.connection().tables(); // once: each call asks the catalog
    // A table registered after the checkpoint has no count in it: check all.
    for (const BoundTable &t : tables())
        if (cp && !cp->tables.contains(t.table) && present.contains(t.table))
            cp.reset();
    report.full = !cp;
    if (cp)
        report.checkpointAt = cp->at;

    // 1. The chain: each row's link, its hash, and the records it carries.
    QString prev = AuditLog::genesisHash();
    qint64 rows = 0, lastId = 0;
    // The checkpoint must still be in the chain, linked to the row before
    // it, and the chain must still start at its first row; otherwise the
    // whole store is checked, and the loss reported after what the full
    // check names. Three index seeks: counting the rows before the
    // checkpoint would read the whole audit trail (the full check walks it).
    std::optional<QString> lostCheckpoint;
    if (cp && cp->auditId > 0) {
        auto q = db.exec(QStringLiteral("SELECT c.hash, c.prev_hash, "
                                        "(SELECT b.hash FROM audit_log b WHERE b.id < c.id ORDER BY b.id DESC LIMIT 1), "
                                        "(SELECT f.prev_hash FROM audit_log f ORDER BY f.id LIMIT 1) "
                                        "FROM audit_log c WHERE c.id = :id"),
                         {{QStringLiteral("id"), cp->auditId}});
        if (!q)
            return Error{q.error()};
        const bool found = q->next();
        const QString before = found && !q->value(2).isNull() ? q->value(2).toString() : AuditLog::genesisHash();
        if (!found || q->value(0).toString() != cp->hash || q->value(1).toString() != before
            || q->value(3).toString() != AuditLog::genesisHash()) {
            lostCheckpoint = QStringLiteral("the audit trail no longer holds the %1 rows verified on %2 (up to audit row %3): rows were cut "
                                            "off its end, or changed, deleted or inserted before it")
                                 .arg(cp->rows)
                                 .arg(Database::storedTime(cp->at))
                                 .arg(cp->auditId);
            cp.reset();
            report.full = true;
        } else {
            prev = cp->hash;
            rows = cp->rows;
            lastId = cp->auditId;
        }
    }
    qint64 total = 0;
    if (auto c = db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id > :id"), {{QStringLiteral("id"), lastId}}); c && c->next())
        total = c->value(0).toLongLong();
    QSet<QPair<QString, QString>> since; // records bound after the checkpoint
    {
        // Both read in pages by key, so memory stays bounded on PostgreSQL
        // too (one seal row binds every record of the store).
        const qint64 from = lastId;
        PagedRows q(db,
                    QStringLiteral("SELECT id, at, user_id, user_name, case_id, action, detail, prev_hash, hash, records_hash "
                                   "FROM audit_log WHERE %1 ORDER BY id LIMIT %2"),
                    {}, 1,
                    [from](const QVariantList &last) {
                        return qMakePair(QStringLiteral("id > :after"), QVariantMap{{QStringLiteral("after"), last.isEmpty() ? QVariant(from) : last.first()}});
                    },
                    4096);
        PagedRows entries(db,
                          QStringLiteral("SELECT audit_id, seq, tbl, record_key, digest FROM audit_records WHERE %1 ORDER BY audit_id, seq LIMIT %2"),
                          {}, 2,
                          [from](const QVariantList &last) {
                              if (last.isEmpty())
                                  return qMakePair(QStringLiteral("audit_id > :a"), QVariantMap{{QStringLiteral("a"), from}});
                              return qMakePair(QStringLiteral("(audit_id > :a OR (audit_id = :a AND seq > :s))"),
                                               QVariantMap{{QStringLiteral("a"), last.at(0)}, {QStringLiteral("s"), last.at(1)}});
                          },
                          16384);
        bool more = entries.next();
        bool broken = false;
        while (!broken && q.next()) {
            ++rows;
            ++report.auditRowsChecked;
            const qint64 id = q.value(0).toLongLong();
            RecordsHasher hasher;
            while (more && entries.value(0).toLongLong() < id) {
                v.add(IntegrityFinding::Kind::Chain, nullptr, QString(), std::nullopt,
                      QStringLiteral("a record entry names audit row %1, which does not exist: it was inserted outside pareview, or its "
                                     "audit row was deleted")
                          .arg(entries.value(0).toLongLong()));
                broken = true;
                more = entries.next();
            }
            while (more && entries.value(0).toLongLong() == id) {
                hasher.add(entries.value(2).toString(), entries.value(3).toString(), entries.value(4).toString());
                if (cp)
                    since.insert({entries.value(2).toString(), entries.value(3).toString()});
                more = entries.next();
            }
            const QString userId = q.value(2).isNull() ? QString() : QString::number(q.value(2).toLongLong());
            const QString caseId = q.value(4).isNull() ? QString() : QString::number(q.value(4).toLongLong());
            if (q.value(7).toString() != prev) {
                v.add(IntegrityFinding::Kind::Chain, nullptr, QString(), std::nullopt,
                      QStringLiteral("audit row %1 (position %2): its link to the previous row does not match — a row before it was "
                                     "changed, deleted, inserted or reordered")
                          .arg(id).arg(rows));
                broken = true;
                break;
            }
            const QString recordsHash = q.value(9).toString();
            if (hasher.result() != recordsHash) {
                v.add(IntegrityFinding::Kind::Chain, nullptr, QString(), std::nullopt,
                      QStringLiteral("audit row %1 (position %2, action \"%3\"): the records it bound were changed, deleted or added to "
                                     "outside pareview")
                          .arg(id).arg(rows).arg(q.value(5).toString()));
                broken = true;
                break;
            }
            const QString expected = AuditLog::rowHash(prev, q.value(1).toString(), userId, q.value(3).toString(), caseId,
                                                       q.value(5).toString(), q.value(6).toString(), recordsHash);
            if (expected != q.value(8).toString()) {
                v.add(IntegrityFinding::Kind::Chain, nullptr, QString(), std::nullopt,
                      QStringLiteral("audit row %1 (position %2, action \"%3\"): its contents do not match its hash — the row was changed")
                          .arg(id).arg(rows).arg(q.value(5).toString()));
                broken = true;
                break;
            }
            prev = q.value(8).toString();
            lastId = id;
            if (progress && total > 0 && rows % 4096 == 0)
                progress(0.3 * double(report.auditRowsChecked) / double(total));
        }
        if (!q.error().isEmpty())
            return Error{q.error()};
        if (!entries.error().isEmpty())
            return Error{entries.error()};
        if (!broken && more)
            v.add(IntegrityFinding::Kind::Chain, nullptr, QString(), std::nullopt,
                  QStringLiteral("a record entry names audit row %1, which does not exist: it was inserted outside pareview, or its audit "
                                 "row was deleted")
                      .arg(entries.value(0).toLongLong()));
    }
    report.head = {rows, prev};
    auto lost = [&] {
        if (lostCheckpoint)
            v.add(IntegrityFinding::Kind::Chain, nullptr, QString(), std::nullopt, *lostCheckpoint);
    };
    if (!report.ok()) {
        lost();
        return report; // records are judged against a whole chain only
    }

    // 2. The records.
    QHash<QString, TableMark> marks; // for the next checkpoint
    if (report.full) {
        const QList<BoundTable> &all = tables();
        for (int ti = 0; ti < all.size(); ++ti) {
            const BoundTable &t = all.at(ti);
            if (!present.contains(t.table))
                continue;
            const bool blobs = t.columns.contains(QLatin1String("bytes")) || t.columns.contains(QLatin1String("pdf"));
            // One seek in audit_records_record per row (a MAX() subquery and
            // then the row it names took two, and twice the time).
            const QString latest = QStringLiteral("(SELECT x.digest FROM audit_records x WHERE x.tbl = '%1' AND x.record_key = %2 "
                                                  "ORDER BY x.audit_id DESC LIMIT 1)")
                                       .arg(t.table, keyExpression(t, QStringLiteral("r.")));
            const QString caseCol = t.caseColumn.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("r.") + t.caseColumn;
            qint64 live = 0;
            TableMark mark;
            QVariant last = qint64(-1);
            for (;;) {
                const QString sql = t.integerKey
                    ? QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 r WHERE r.%6 > :last ORDER BY r.%6 LIMIT %7")
                          .arg(keyExpression(t, QStringLiteral("r.")), latest, caseCol, selectColumns(t, QStringLiteral("r")), t.table, t.key.first())
                          .arg(blobs ? 16 : 2000)
                    : QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 r").arg(keyExpression(t, QStringLiteral("r.")), latest, caseCol, selectColumns(t, QStringLiteral("r")), t.table);
                auto q = t.integerKey ? db.exec(sql, {{QStringLiteral("last"), last}}) : db.exec(sql);
                if (!q)
                    return Error{q.error()};
                struct Row { QString key, current, stored; bool found; std::optional<qint64> caseId; };
                QList<Row> page;
                RowDigester digester(t, *q, 3);
                while (q->next()) {
                    const QString key = q->value(0).toString();
                    page.append({key, digester.digest(key, *q), q->value(1).toString(), !q->value(1).isNull(),
                                 q->value(2).isNull() ? std::nullopt : std::optional<qint64>(q->value(2).toLongLong())});
                }
                q->finish();
                for (const Row &row : page) {
                    ++live;
                    ++report.recordsChecked;
                    if (!row.found || row.stored != row.current)
                        v.compare(t, row.key, row.current, v.recorded(t, row.key), row.caseId);
                }
                if (!t.integerKey || page.isEmpty())
                    break;
                if (!mark.low)
                    mark.low = page.first().key.toLongLong();
                mark.high = page.last().key.toLongLong();
                last = page.last().key.toLongLong();
            }
            // Recorded as present, gone from the table.
            const QString match = t.integerKey ? QStringLiteral("r.%1 = CAST(x.record_key AS BIGINT)").arg(t.key.first())
                                               : QStringLiteral("%1 = x.record_key").arg(keyExpression(t, QStringLiteral("r.")));
            // The row lookup first: it rules out nearly every entry for the
            // price of one seek, before the seek for a later entry.
            auto gone = db.exec(QStringLiteral("SELECT x.record_key FROM audit_records x WHERE x.tbl = :t "
                                               "AND NOT EXISTS (SELECT 1 FROM %1 r WHERE %2) AND x.digest <> '' "
                                               "AND NOT EXISTS (SELECT 1 FROM audit_records y WHERE y.tbl = x.tbl AND y.record_key = x.record_key "
                                               "AND y.audit_id > x.audit_id)")
                                    .arg(t.table, match),
                                {{QStringLiteral("t"), t.table}});
            if (!gone)
                return Error{gone.error()};
            QStringList goneKeys;
            while (gone->next())
                goneKeys << gone->value(0).toString();
            gone->finish();
            for (const QString &key : goneKeys)
                v.compare(t, key, QString(), v.recorded(t, key), std::nullopt);
            mark.count = live;
            marks.insert(t.table, mark);
            if (progress)
                progress(0.3 + 0.7 * double(ti + 1) / double(all.size()));
        }
    } else {
        // Only what was bound after the checkpoint, and what can be seen of
        // the rest through an index (docs/integrity.md, "Incremental").
        QHash<QString, qint64> delta;
        QHash<QString, QSet<QString>> boundSince;
        for (const auto &[table, key] : since) {
            const BoundTable *t = RecordIntegrity::table(table);
            if (!t)
                continue;
            auto current = digest(db, *t, key);
            if (!current)
                return Error{current.error()};
            ++report.recordsChecked;
            const auto now = v.recorded(*t, key);
            const auto before = v.recorded(*t, key, cp->auditId);
            delta[table] += int(!now.digest.isEmpty()) - int(before.found && !before.digest.isEmpty());
            boundSince[table].insert(key);
            v.compare(*t, key, *current, now, v.rowCase(*t, key));
        }
        // One row by key: its digest against the chain's latest entry (a
        // row changed, deleted or put back is reported; no row and no entry
        // is a gap in the ids).
        auto probe = [&](const BoundTable &t, const QString &key) -> Status {
            if (boundSince.value(t.table).contains(key))
                return success();
            auto current = digest(db, t, key);
            if (!current)
                return Error{current.error()};
            const auto rec = v.recorded(t, key);
            if (current->isEmpty() && !rec.found)
                return success();
            ++report.recordsProbed;
            v.compare(t, key, *current, rec, current->isEmpty() ? std::nullopt : v.rowCase(t, key));
            return success();
        };
        const QList<BoundTable> &all = tables();
        for (int ti = 0; ti < all.size(); ++ti) {
            const BoundTable &t = all.at(ti);
            if (!present.contains(t.table))
                continue;
            const TableMark &was = cp->tables.value(t.table);
            TableMark mark;
            mark.count = was.count + delta.value(t.table);
            const bool ranged = t.integerKey && was.low && was.high;
            if (!ranged || was.count <= IncrementalCountLimit) {
                // A small table (the rules, the payers, the users; every
                // table of a small store): its rows counted against what the
                // chain accounts for.
                auto c = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.table));
                if (!c || !c->next())
                    return Error{c ? QStringLiteral("cannot count %1").arg(t.table) : c.error()};
                const qint64 n = c->value(0).toLongLong();
                if (n != mark.count)
                    v.add(IntegrityFinding::Kind::Count, &t, QString(), std::nullopt,
                          QStringLiteral("the %1 table holds %2 rows where the audit trail accounts for %3: rows were deleted or inserted "
                                         "outside pareview; `pareview audit verify --full` names them")
                              .arg(t.table).arg(n).arg(mark.count));
                mark.count = n;
            }
            if (t.integerKey) {
                const QString id = t.key.first();
                // Every row above the checkpoint's highest id: each must have
                // been bound since (pareview's ids only grow).
                if (ranged) {
                    auto above = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 > :h ORDER BY %1").arg(id, t.table), {{QStringLiteral("h"), *was.high}});
                    if (!above)
                        return Error{above.error()};
                    QStringList keys;
                    while (above->next())
                        keys << above->value(0).toString();
                    above->finish();
                    for (const QString &key : keys)
                        if (auto s = probe(t, key); !s)
                            return Error{s.error()};
                }
                // The lowest and highest rows now and at the checkpoint, and
                // a few at random between: a row deleted or inserted at
                // either end (where a hand-made change usually lands) and,
                // over repeated checks, anywhere.
                auto ends = db.exec(QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2").arg(id, t.table));
                if (!ends || !ends->next())
                    return Error{ends ? QStringLiteral("cannot read the ids of %1").arg(t.table) : ends.error()};
                QList<qint64> keys;
                if (!ends->value(0).isNull()) {
                    mark.low = ends->value(0).toLongLong();
                    mark.high = ends->value(1).toLongLong();
                    keys << *mark.low << *mark.high;
                }
                ends->finish();
                if (ranged) {
                    keys << *was.low << *was.high;
                    for (int i = 0; i < IncrementalSamples && *was.high > *was.low; ++i) {
                        const qint64 at = *was.low + qint64(QRandomGenerator::global()->bounded(quint64(*was.high - *was.low + 1)));
                        auto q = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 >= :a ORDER BY %1 LIMIT 1").arg(id, t.table), {{QStringLiteral("a"), at}});
                        if (!q)
                            return Error{q.error()};
                        keys << at; // the id drawn: a row deleted there shows
                        if (q->next())
                            keys << q->value(0).toLongLong(); // the row at or after it: a changed row shows
                    }
                }
                std::sort(keys.begin(), keys.end());
                keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
                for (qint64 key : keys)
                    if (auto s = probe(t, QString::number(key)); !s)
                        return Error{s.error()};
            }
            marks.insert(t.table, mark);
            if (progress)
                progress(0.3 + 0.7 * double(ti + 1) / double(all.size()));
        }
    }

    lost();
    // A whole result is the next checkpoint. A store opened read-only
    // keeps the old one: the next check simply does more.
    if (report.ok()) {
        QStringList pairs;
        for (auto it = marks.cbegin(); it != marks.cend(); ++it)
            pairs << it.key() + QLatin1Char('=') + markText(it.value());
        pairs.sort();
        (void)db.exec(QStringLiteral("INSERT INTO integrity_checkpoints (audit_id, audit_rows, head_hash, counts, full_check, checked_at) "
                               "VALUES (:a, :r, :h, :c, :f, :at)"),
                {{QStringLiteral("a"), lastId},
                 {QStringLiteral("r"), rows},
                 {QStringLiteral("h"), prev},
                 {QStringLiteral("c"), pairs.join(QLatin1Char(';'))},
                 {QStringLiteral("f"), report.full ? 1 : 0},
                 {QStringLiteral("at"), Database::storedTime(QDateTime::currentDateTimeUtc())}});
    }
    return report;
}

} // namespace pareview
