#include "store/Presence.h"

#include "store/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace pareview {

namespace {
QString now()
{
    return Database::storedTime(QDateTime::currentDateTimeUtc());
}
QString cutoff()
{
    return Database::storedTime(QDateTime::currentDateTimeUtc().addSecs(-Presence::ExpirySeconds));
}
} // namespace

Presence::Presence(std::shared_ptr<Database> db, const User &user, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_user(user)
    , m_workstation(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(HeartbeatSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &Presence::heartbeat);
}

Presence::~Presence()
{
    leave();
}

Status Presence::enter(qint64 caseId)
{
    if (caseId == m_caseId && m_sessionId)
        return success();
    leave();
    Transaction t(*m_db);
    if (!t.started())
        return Error{t.error()};
    // Rows of workstations that stopped beating long ago are of no use to anyone.
    if (auto r = m_db->exec(QStringLiteral("DELETE FROM case_sessions WHERE heartbeat_at < :cut"), {{QStringLiteral("cut"), cutoff()}}); !r)
        return Error{r.error()};
    const QString at = now();
    auto r = m_db->exec(QStringLiteral("INSERT INTO case_sessions (case_id, user_id, workstation, opened_at, heartbeat_at) VALUES (:c, :u, :w, :at, :beat)"),
                        {{QStringLiteral("c"), caseId}, {QStringLiteral("u"), m_user.id}, {QStringLiteral("w"), m_workstation}, {QStringLiteral("at"), at}, {QStringLiteral("beat"), at}});
    if (!r)
        return Error{r.error()};
    auto id = m_db->exec(QStringLiteral("SELECT MAX(id) FROM case_sessions WHERE workstation = :w"), {{QStringLiteral("w"), m_workstation}});
    if (!id)
        return Error{id.error()};
    if (!id->next())
        return Error{QStringLiteral("the open case was not recorded")};
    const qint64 sessionId = id->value(0).toLongLong();
    if (auto s = t.commit(); !s)
        return s;
    m_caseId = caseId;
    m_sessionId = sessionId;
    m_timer->start();
    return success();
}

void Presence::leave()
{
    m_timer->stop();
    if (!m_sessionId)
        return;
    // Best effort: a row left behind (server unreachable) expires by itself.
    (void)m_db->exec(QStringLiteral("DELETE FROM case_sessions WHERE id = :id"), {{QStringLiteral("id"), m_sessionId}});
    m_sessionId = 0;
    m_caseId = 0;
}

void Presence::heartbeat()
{
    if (!m_sessionId)
        return;
    auto r = m_db->exec(QStringLiteral("UPDATE case_sessions SET heartbeat_at = :at WHERE id = :id"),
                        {{QStringLiteral("at"), now()}, {QStringLiteral("id"), m_sessionId}});
    // Removed as stale by another workstation (this one was asleep, or the
    // server was down): enter the case again.
    if (r && r->numRowsAffected() == 0) {
        const qint64 caseId = m_caseId;
        m_sessionId = 0;
        m_caseId = 0;
        (void)enter(caseId);
    }
}

Result<QVector<OpenSession>> Presence::others(qint64 caseId)
{
    auto all = othersOn({caseId});
    if (!all)
        return Error{all.error()};
    return all->value(caseId);
}

Result<QHash<qint64, QVector<OpenSession>>> Presence::othersOn(const QVector<qint64> &caseIds)
{
    QHash<qint64, QVector<OpenSession>> out;
    if (caseIds.isEmpty())
        return out;
    // Few rows are live at any time: read them all, keep the asked ones.
    auto q = m_db->exec(QStringLiteral("SELECT s.case_id, s.user_id, u.name, u.display_name, s.opened_at FROM case_sessions s"
                                       " JOIN users u ON u.id = s.user_id WHERE s.heartbeat_at >= :cut AND s.workstation <> :w"
                                       " ORDER BY s.opened_at, s.id"),
                        {{QStringLiteral("cut"), cutoff()}, {QStringLiteral("w"), m_workstation}});
    if (!q)
        return Error{q.error()};
    QSet<qint64> wanted(caseIds.cbegin(), caseIds.cend());
    while (q->next()) {
        OpenSession s;
        s.caseId = q->value(0).toLongLong();
        if (!wanted.contains(s.caseId))
            continue;
        s.userId = q->value(1).toLongLong();
        s.userName = q->value(3).toString().isEmpty() ? q->value(2).toString() : q->value(3).toString();
        s.since = Database::storedTime(q->value(4));
        out[s.caseId].append(s);
    }
    return out;
}

} // namespace pareview
