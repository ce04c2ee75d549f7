#include "store/ChangeWatcher.h"

#include "store/Database.h"
#include "store/Presence.h"

#include <QTimer>

namespace pareview {

ChangeWatcher::ChangeWatcher(std::shared_ptr<Database> db, QObject *parent, int pollMs, int checkMs)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(300); // one check for a burst of notifications
    connect(m_soon, &QTimer::timeout, this, &ChangeWatcher::check);
    m_check = new QTimer(this);
    m_check->setInterval(checkMs);
    connect(m_check, &QTimer::timeout, this, &ChangeWatcher::check);
    m_check->start();
    if (m_db->engine() == Database::Engine::Postgres) {
        connect(m_db.get(), &Database::notified, m_soon, qOverload<>(&QTimer::start));
        // Notifications sent while the connection was down are lost: look.
        connect(m_db.get(), &Database::connectionRestored, m_soon, qOverload<>(&QTimer::start));
        if (auto s = m_db->subscribe(QStringLiteral("pareview_changes")); !s)
            m_error = s.error();
    } else {
        m_poll = new QTimer(this);
        m_poll->setInterval(pollMs);
        connect(m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
        m_poll->start();
    }
    check(); // the marks to compare with
}

void ChangeWatcher::poll()
{
    auto q = m_db->exec(QStringLiteral("PRAGMA data_version"));
    if (!q || !q->next())
        return;
    const qint64 version = q->value(0).toLongLong();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        check();
    }
}

void ChangeWatcher::check()
{
    // The last audited change, and the open cases still alive: both read
    // from an index, whatever the store's size.
    auto q = m_db->exec(QStringLiteral("SELECT (SELECT MAX(id) FROM audit_log), COUNT(*), MAX(id) FROM case_sessions WHERE heartbeat_at >= :cut"),
                        {{QStringLiteral("cut"), Database::storedTime(QDateTime::currentDateTimeUtc().addSecs(-Presence::ExpirySeconds))}});
    if (!q || !q->next()) {
        m_error = q ? QStringLiteral("no change marks") : q.error();
        return;
    }
    m_error.clear();
    const QString marks = QStringLiteral("%1/%2/%3").arg(q->value(0).toLongLong()).arg(q->value(1).toLongLong()).arg(q->value(2).toLongLong());
    if (marks == m_marks)
        return;
    const bool first = m_marks.isEmpty();
    m_marks = marks;
    if (!first)
        Q_EMIT changed();
}

} // namespace pareview
