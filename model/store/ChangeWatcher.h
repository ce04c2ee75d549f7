#pragma once

// Tells a workstation that someone else changed the store: a case written
// (every change is audited), a case opened or left (Presence). PostgreSQL
// sends a notification with each such commit (LISTEN pareview_changes, set
// up by schema version 7); on SQLite, where several processes share one
// file, a timer asks PRAGMA data_version, which changes when another
// connection commits, and only then reads the store's change marks. Either
// way changed() comes once per batch of changes, from the event loop.
//
// A periodic check also catches what no notification says: an open case
// of a workstation that stopped beating expires, and a PostgreSQL
// connection lost while idle is opened again (with the LISTEN), after which
// changed() comes for whatever happened meanwhile.

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace pareview {

class Database;

class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    // Polling and checking intervals; a test may shorten them.
    explicit ChangeWatcher(std::shared_ptr<Database> db, QObject *parent = nullptr, int pollMs = 1000, int checkMs = 15000);

    // Empty unless the last check failed (e.g. the server is unreachable).
    const QString &lastError() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    void poll();
    void check();

    std::shared_ptr<Database> m_db;
    QTimer *m_poll = nullptr;
    QTimer *m_check = nullptr;
    QTimer *m_soon = nullptr;
    qint64 m_dataVersion = -1;
    QString m_marks; // the store's change marks as last seen
    QString m_error;
};

} // namespace pareview
