#include "store/Worklist.h"

#include "store/Database.h"

namespace pareview {

namespace {

QString whereClause(const WorklistFilter &f, QVariantMap *values)
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
    if (!f.payer.isEmpty()) {
        where << QStringLiteral("c.payer = :payer");
        values->insert(QStringLiteral("payer"), f.payer);
    }
    if (f.assignee) {
        where << QStringLiteral("c.assignee_id = :assignee");
        values->insert(QStringLiteral("assignee"), *f.assignee);
    }
    if (f.overdueOnly) {
        where << QStringLiteral("c.due_by < :now AND c.status NOT IN ('determined','letter-issued','withdrawn','pended')");
        values->insert(QStringLiteral("now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        // Names are stored as typed; a prefix match on the name (any case)
        // or the exact member id.
        where << QStringLiteral("(LOWER(c.member_name) LIKE :name OR c.member_id = :mid)");
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

QDateTime utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

QString Worklist::pageSql(const WorklistFilter &filter, const WorklistSort &sort, QVariantMap *values)
{
    return QStringLiteral("SELECT c.id, c.reference, c.member_name, c.member_id, c.drug, c.payer, c.line_of_business, c.status,"
                          " c.priority, u.name, c.received_at, c.due_by FROM cases c LEFT JOIN users u ON u.id = c.assignee_id")
           + whereClause(filter, values) + orderClause(sort) + QStringLiteral(" LIMIT :limit OFFSET :offset");
}

Result<QVector<WorklistRow>> Worklist::page(Database &db, const WorklistFilter &filter, const WorklistSort &sort, int offset, int limit)
{
    QVariantMap values;
    const QString sql = pageSql(filter, sort, &values);
    values.insert(QStringLiteral("limit"), limit);
    values.insert(QStringLiteral("offset"), offset);
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
        r.received = utc(q->value(10));
        r.dueBy = utc(q->value(11));
        rows.append(r);
    }
    return rows;
}

Result<qint64> Worklist::count(Database &db, const WorklistFilter &filter)
{
    QVariantMap values;
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM cases c") + whereClause(filter, &values), values);
    if (!q)
        return Error{q.error()};
    q->next();
    return q->value(0).toLongLong();
}

Result<QStringList> Worklist::payers(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT DISTINCT payer FROM cases WHERE payer <> '' ORDER BY payer"));
    if (!q)
        return Error{q.error()};
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace pareview
