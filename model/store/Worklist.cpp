#include "store/Worklist.h"

#include "store/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace pareview {

namespace {

QString whereClause(const WorklistFilter &f, QVariantMap *values, Database::Engine engine)
{
    QStringList where;
    switch (f.queue) {
    case WorklistFilter::Queue::All:
        break;
    case WorklistFilter::Queue::Mine:
        where << QStringLiteral("c.assignee_id = :me");
        values->insert(QStringLiteral("me"), f.currentUser);
        break;
    case WorklistFilter::Queue::Unassigned:
        where << QStringLiteral("c.assignee_id IS NULL AND c.status IN ('intake','in-review')");
        break;
    case WorklistFilter::Queue::AwaitingMedicalDirector:
        where << QStringLiteral("c.status = 'awaiting-medical-director'");
        break;
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("c.status = :status");
        values->insert(QStringLiteral("status"), f.status);
    }
    if (!f.drug.isEmpty()) {
        where << QStringLiteral("c.drug = :drug");
        values->insert(QStringLiteral("drug"), f.drug);
    }
    if (!f.payers.isEmpty()) {
        QStringList names;
        for (int i = 0; i < f.payers.size(); ++i) {
            names << QStringLiteral(":payer%1").arg(i);
            values->insert(QStringLiteral("payer%1").arg(i), f.payers[i]);
        }
        where << QStringLiteral("c.payer IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (f.assignee) {
        where << QStringLiteral("c.assignee_id = :assignee");
        values->insert(QStringLiteral("assignee"), *f.assignee);
    }
    if (f.overdueOnly) {
        where << QStringLiteral("c.due_by < :now AND c.status NOT IN ('determined','letter-issued','withdrawn','pended')");
        values->insert(QStringLiteral("now"), Database::storedTime(QDateTime::currentDateTimeUtc()));
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        // Names are stored as typed; a prefix match on the name (any case)
        // or the exact member id. SQLite's LIKE already ignores case (ASCII,
        // as its LOWER() does) and so can use the NOCASE index on the name;
        // PostgreSQL's LIKE does not, and its index is on LOWER(member_name).
        where << (engine == Database::Engine::Sqlite ? QStringLiteral("(c.member_name LIKE :name OR c.member_id = :mid)")
                                                     : QStringLiteral("(LOWER(c.member_name) LIKE :name OR c.member_id = :mid)"));
        QString escaped = search.toLower();
        escaped.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
        values->insert(QStringLiteral("name"), escaped + QLatin1Char('%'));
        values->insert(QStringLiteral("mid"), search);
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString orderClause(const WorklistSort &s)
{
    QString column;
    switch (s.column) {
    case WorklistSort::Column::DueBy:
        column = QStringLiteral("c.due_by");
        break;
    case WorklistSort::Column::Received:
        column = QStringLiteral("c.received_at");
        break;
    case WorklistSort::Column::Member:
        column = QStringLiteral("c.member_name");
        break;
    case WorklistSort::Column::Drug:
        column = QStringLiteral("c.drug");
        break;
    case WorklistSort::Column::Payer:
        column = QStringLiteral("c.payer");
        break;
    case WorklistSort::Column::Status:
        column = QStringLiteral("c.status");
        break;
    case WorklistSort::Column::Priority:
        column = QStringLiteral("c.priority");
        break;
    }
    const QString dir = s.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY %1%2, c.id%2").arg(column, dir);
}


// SQLite: the page read straight from the library as UTF-8. Qt's QSQLITE
// driver asks SQLite for every text value as UTF-16, which SQLite converts
// into a buffer of its own that Qt then copies again: for a page of 200 rows
// that was more than half the time of the whole query (BENCHMARKS.md).
// Same connection, same statement, same busy timeout; nullopt when the
// driver does not expose its handle (then the page goes through Qt).
std::optional<Result<QVector<WorklistRow>>> pageFromSqlite(Database &db, const QString &sql, const QVariantMap &values, int limit)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.data());
    if (!h)
        return std::nullopt;
    sqlite3_stmt *stmt = nullptr;
    auto fail = [&](const char *what) -> Result<QVector<WorklistRow>> {
        const QString e = QStringLiteral("database error %1 \"%2\": %3")
                              .arg(QLatin1String(what), sql.simplified().left(120), QString::fromUtf8(sqlite3_errmsg(h)));
        sqlite3_finalize(stmt);
        return Error{e};
    };
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        return fail("preparing");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = sqlite3_bind_parameter_index(stmt, (QByteArray(":") + it.key().toUtf8()).constData());
        if (index == 0)
            continue;
        const QVariant &v = it.value();
        int rc;
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, index);
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool) {
            rc = sqlite3_bind_int64(stmt, index, v.toLongLong());
        } else if (v.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(stmt, index, v.toDouble());
        } else {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return fail("binding values in");
    }
    auto str = [&](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)), sqlite3_column_bytes(stmt, column));
    };
    auto time = [&](int column) { return sqlite3_column_type(stmt, column) == SQLITE_NULL ? QDateTime() : Database::storedTime(str(column)); };
    QVector<WorklistRow> rows;
    rows.reserve(limit);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        WorklistRow r;
        r.id = sqlite3_column_int64(stmt, 0);
        r.reference = str(1);
        r.memberName = str(2);
        r.memberId = str(3);
        r.drug = str(4);
        r.payer = str(5);
        r.lineOfBusiness = str(6);
        r.status = str(7);
        r.priority = str(8);
        r.assignee = str(9);
        r.received = time(10);
        r.dueBy = time(11);
        rows.append(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return fail("in");
    sqlite3_finalize(stmt);
    return rows;
}

} // namespace

QString Worklist::pageSql(const WorklistFilter &filter, const WorklistSort &sort, QVariantMap *values, Database::Engine engine)
{
    return QStringLiteral("SELECT c.id, c.reference, c.member_name, c.member_id, c.drug, c.payer, c.line_of_business, c.status,"
                          " c.priority, u.name, c.received_at, c.due_by FROM cases c LEFT JOIN users u ON u.id = c.assignee_id")
           + whereClause(filter, values, engine) + orderClause(sort) + QStringLiteral(" LIMIT :limit OFFSET :offset");
}

Result<QVector<WorklistRow>> Worklist::page(Database &db, const WorklistFilter &filter, const WorklistSort &sort, int offset, int limit)
{
    QVariantMap values;
    const QString sql = pageSql(filter, sort, &values, db.engine());
    values.insert(QStringLiteral("limit"), limit);
    values.insert(QStringLiteral("offset"), offset);
    if (db.engine() == Database::Engine::Sqlite)
        if (auto rows = pageFromSqlite(db, sql, values, limit))
            return std::move(*rows);
    auto q = db.exec(sql, values);
    if (!q)
        return Error{q.error()};
    QVector<WorklistRow> rows;
    rows.reserve(limit);
    while (q->next()) {
        WorklistRow r;
        r.id = q->value(0).toLongLong();
        r.reference = q->value(1).toString();
        r.memberName = q->value(2).toString();
        r.memberId = q->value(3).toString();
        r.drug = q->value(4).toString();
        r.payer = q->value(5).toString();
        r.lineOfBusiness = q->value(6).toString();
        r.status = q->value(7).toString();
        r.priority = q->value(8).toString();
        r.assignee = q->value(9).toString();
        r.received = Database::storedTime(q->value(10));
        r.dueBy = Database::storedTime(q->value(11));
        rows.append(std::move(r));
    }
    return rows;
}

Result<qint64> Worklist::count(Database &db, const WorklistFilter &filter)
{
    QVariantMap values;
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM cases c") + whereClause(filter, &values, db.engine()), values);
    if (!q)
        return Error{q.error()};
    q->next();
    return q->value(0).toLongLong();
}

Result<QStringList> Worklist::payers(Database &db)
{
    // Distinct payers by skipping through the payer index, one lookup per
    // payer, instead of reading every case (SELECT DISTINCT scans them all).
    auto q = db.exec(QStringLiteral("WITH RECURSIVE p(payer) AS ("
                                    " SELECT MIN(payer) FROM cases WHERE payer > ''"
                                    " UNION ALL"
                                    " SELECT (SELECT MIN(c.payer) FROM cases c WHERE c.payer > p.payer) FROM p WHERE p.payer IS NOT NULL)"
                                    " SELECT payer FROM p WHERE payer IS NOT NULL ORDER BY payer"));
    if (!q)
        return Error{q.error()};
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace pareview
