#include "store/Worklist.h"

#include "review/CaseWorkflow.h"
#include "store/Database.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>

#include <sqlite3.h>

namespace pareview {

namespace {

// Case-folded, accents dropped ("José" and "jose" are the same word).
QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing)
            out.append(c);
    return out.toCaseFolded();
}

// Punctuation around a word is not part of it ("Okafor," "(Jr.)").
QString trimPunctuation(const QString &word)
{
    qsizetype from = 0, to = word.size();
    while (from < to && !word[from].isLetterOrNumber())
        ++from;
    while (to > from && !word[to - 1].isLetterOrNumber())
        --to;
    return word.mid(from, to - from);
}

// The smallest string greater than every string starting with `prefix`, in
// code point order (SQLite's BINARY, PostgreSQL's "C").
QString prefixEnd(const QString &prefix)
{
    QList<uint> ucs4 = prefix.toUcs4();
    if (ucs4.isEmpty())
        return QString(QChar(0xFFFF));
    ++ucs4.last();
    if (ucs4.last() >= 0xD800 && ucs4.last() <= 0xDFFF)
        ucs4.last() = 0xE000;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), ucs4.size());
}

QString whereClause(const WorklistFilter &f, QVariantMap *values, Database::Engine engine)
{
    Q_UNUSED(engine)
    QStringList where;
    switch (f.queue) {
    case WorklistFilter::Queue::All:
        break;
    case WorklistFilter::Queue::Mine:
        where << QStringLiteral("c.assignee_id = :me");
        values->insert(QStringLiteral("me"), f.currentUser);
        break;
    case WorklistFilter::Queue::Unassigned:
        // Submitted and waiting for a reviewer; a nurse's draft is not.
        where << QStringLiteral("c.assignee_id IS NULL AND c.status IN (%1)").arg(CaseWorkflow::awaitingReviewSql());
        break;
    case WorklistFilter::Queue::AwaitingMedicalDirector:
        where << QStringLiteral("c.status = 'awaiting-medical-director'");
        break;
    case WorklistFilter::Queue::AppealsDue:
        where << QStringLiteral("c.id IN (SELECT a.case_id FROM appeals a WHERE a.outcome IS NULL)");
        break;
    case WorklistFilter::Queue::PeerToPeerOpen:
        where << QStringLiteral("c.id IN (SELECT p.case_id FROM peer_to_peer p WHERE p.status <> 'closed')");
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
    // Every word typed must begin one of the case's search terms (the words
    // of the member's name, the member id, the case reference): "okafor"
    // finds "Chidi Okafor", "M2000" every member id starting so. Each word is
    // a range on the terms' primary key, so the index serves it.
    const QStringList words = Worklist::searchWords(f.search);
    if (words.isEmpty() && !f.search.trimmed().isEmpty())
        where << QStringLiteral("1 = 0"); // only punctuation typed: no term starts so
    for (int i = 0; i < words.size(); ++i) {
        const QString from = QStringLiteral("s%1").arg(i), to = QStringLiteral("e%1").arg(i);
        where << QStringLiteral("c.id IN (SELECT t.case_id FROM case_search_terms t WHERE t.term >= :%1 AND t.term < :%2)").arg(from, to);
        values->insert(from, words[i]);
        values->insert(to, prefixEnd(words[i]));
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


// The page statements of each SQLite connection, kept prepared between
// calls: preparing the statement again was most of what a one-row search
// cost beyond the sqlite3 tool's floor (BENCHMARKS.md). A statement is taken
// out while in use, so no two callers share one; at most a few per
// connection (each filter combination is its own SQL text).
class PageStatements
{
public:
    static PageStatements &instance()
    {
        static PageStatements cache;
        return cache;
    }

    sqlite3_stmt *take(sqlite3 *db, const QByteArray &sql)
    {
        QMutexLocker lock(&m_mutex);
        auto &list = m_kept[db];
        for (auto it = list.begin(); it != list.end(); ++it)
            if (it->first == sql) {
                sqlite3_stmt *stmt = it->second;
                list.erase(it);
                return stmt;
            }
        return nullptr;
    }

    void give(sqlite3 *db, const QByteArray &sql, sqlite3_stmt *stmt)
    {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        QMutexLocker lock(&m_mutex);
        auto &list = m_kept[db];
        list.prepend({sql, stmt});
        while (list.size() > kPerConnection) {
            sqlite3_finalize(list.last().second);
            list.removeLast();
        }
    }

    void release(sqlite3 *db)
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &kept : m_kept.value(db))
            sqlite3_finalize(kept.second);
        m_kept.remove(db);
    }

private:
    static constexpr int kPerConnection = 8;
    QMutex m_mutex;
    QHash<sqlite3 *, QList<QPair<QByteArray, sqlite3_stmt *>>> m_kept;
};

sqlite3 *sqliteHandle(Database &db)
{
    if (!db.connection().driver())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

// SQLite: the page read straight from the library as UTF-8. Qt's QSQLITE
// driver asks SQLite for every text value as UTF-16, which SQLite converts
// into a buffer of its own that Qt then copies again: for a page of 200 rows
// that was more than half the time of the whole query (BENCHMARKS.md).
// Same connection, same statement, same busy timeout; nullopt when the
// driver does not expose its handle (then the page goes through Qt).
std::optional<Result<QVector<WorklistRow>>> pageFromSqlite(Database &db, const QString &sql, const QVariantMap &values, int limit)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return std::nullopt;
    auto fail = [&](const char *what, sqlite3_stmt *stmt) -> Result<QVector<WorklistRow>> {
        const QString e = QStringLiteral("database error %1 \"%2\": %3")
                              .arg(QLatin1String(what), sql.simplified().left(120), QString::fromUtf8(sqlite3_errmsg(h)));
        sqlite3_finalize(stmt);
        return Error{e};
    };
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *stmt = PageStatements::instance().take(h, text);
    if (!stmt && sqlite3_prepare_v2(h, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        return fail("preparing", stmt);
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
            return fail("binding values in", stmt);
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
        r.assigneeDisplay = str(12);
        rows.append(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return fail("in", stmt);
    PageStatements::instance().give(h, text, stmt);
    return rows;
}

} // namespace

void Worklist::releaseStatements(Database &db)
{
    if (sqlite3 *h = sqliteHandle(db))
        PageStatements::instance().release(h);
}

QString Worklist::pageSql(const WorklistFilter &filter, const WorklistSort &sort, QVariantMap *values, Database::Engine engine)
{
    return QStringLiteral("SELECT c.id, c.reference, c.member_name, c.member_id, c.drug, c.payer, c.line_of_business, c.status,"
                          " c.priority, u.name, c.received_at, c.due_by, COALESCE(NULLIF(u.display_name, ''), u.name)"
                          " FROM cases c LEFT JOIN users u ON u.id = c.assignee_id")
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
        r.assigneeDisplay = q->value(12).toString();
        rows.append(std::move(r));
    }
    return rows;
}

Result<qint64> Worklist::count(Database &db, const WorklistFilter &filter, qint64 upTo)
{
    QVariantMap values;
    const QString matching = QStringLiteral(" FROM cases c") + whereClause(filter, &values, db.engine());
    if (upTo > 0)
        values.insert(QStringLiteral("countUpTo"), upTo);
    // Bounded, the count stops reading at `upTo` rows: flat at any store size.
    auto q = db.exec(upTo > 0 ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + matching + QStringLiteral(" LIMIT :countUpTo) AS counted")
                              : QStringLiteral("SELECT COUNT(*)") + matching,
                     values);
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

QStringList Worklist::searchWords(const QString &typed)
{
    QStringList words;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &w : typed.split(space, Qt::SkipEmptyParts)) {
        const QString key = searchKey(trimPunctuation(w));
        if (!key.isEmpty() && !words.contains(key))
            words << key;
        if (words.size() == MaxSearchWords)
            break;
    }
    return words;
}

QStringList Worklist::searchTerms(const QString &memberName, const QString &memberId, const QString &reference)
{
    QStringList terms;
    auto add = [&terms](const QString &text) {
        const QString key = searchKey(trimPunctuation(text));
        if (!key.isEmpty() && !terms.contains(key))
            terms << key;
    };
    // Each word of the name, and the parts of a hyphenated or apostrophed
    // one ("Smith-Jones": smith-jones, smith, jones).
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : memberName.split(space, Qt::SkipEmptyParts)) {
        add(word);
        static const QRegularExpression notWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
        const QStringList parts = word.split(notWord, Qt::SkipEmptyParts);
        if (parts.size() > 1)
            for (const QString &part : parts)
                add(part);
    }
    add(memberId);
    add(reference);
    return terms;
}

Status Worklist::indexCase(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT member_name, member_id, reference FROM cases WHERE id = :id"), {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("no case %1 to index for the worklist search").arg(caseId)};
    const QStringList terms = searchTerms(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
    if (auto r = db.exec(QStringLiteral("DELETE FROM case_search_terms WHERE case_id = :id"), {{QStringLiteral("id"), caseId}}); !r)
        return Error{r.error()};
    for (const QString &term : terms)
        if (auto r = db.exec(QStringLiteral("INSERT INTO case_search_terms (term, case_id) VALUES (:t, :id)"),
                             {{QStringLiteral("t"), term}, {QStringLiteral("id"), caseId}});
            !r)
            return Error{r.error()};
    return success();
}

Status Worklist::rebuildSearchIndex(Database &db)
{
    if (auto r = db.exec(QStringLiteral("DELETE FROM case_search_terms")); !r)
        return Error{r.error()};
    auto q = db.exec(QStringLiteral("SELECT id, member_name, member_id, reference FROM cases ORDER BY id"));
    if (!q)
        return Error{q.error()};
    // Read first, then write: one statement open at a time on every driver.
    QVector<QPair<qint64, QStringList>> all;
    while (q->next())
        all.append({q->value(0).toLongLong(), searchTerms(q->value(1).toString(), q->value(2).toString(), q->value(3).toString())});
    for (const auto &[caseId, terms] : std::as_const(all))
        for (const QString &term : terms)
            if (auto r = db.exec(QStringLiteral("INSERT INTO case_search_terms (term, case_id) VALUES (:t, :id)"),
                                 {{QStringLiteral("t"), term}, {QStringLiteral("id"), caseId}});
                !r)
                return Error{r.error()};
    return success();
}

} // namespace pareview
