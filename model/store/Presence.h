#pragma once

// Who has a case open, across workstations: a row in case_sessions per open
// case view, kept alive by a heartbeat. A workstation that crashed or lost
// its network stops beating and its row stops counting after ExpirySeconds
// (and is removed by the next workstation that opens a case). Opening a
// case is never refused: the second person is warned that changes may
// conflict, and the row-version check of each write does the rest.

#include "core/Result.h"
#include "store/Users.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QVector>

#include <memory>

class QTimer;

namespace pareview {

class Database;

struct OpenSession
{
    qint64 caseId = 0;
    qint64 userId = 0;
    QString userName; // the display name, else the sign-in name
    QDateTime since;
    bool operator==(const OpenSession &o) const
    {
        return caseId == o.caseId && userId == o.userId && userName == o.userName && since == o.since;
    }
};

class Presence final : public QObject
{
    Q_OBJECT

public:
    static constexpr int HeartbeatSeconds = 20;
    static constexpr int ExpirySeconds = 75;

    // One per workstation window: its sessions are told apart from the
    // other windows' even for the same person.
    Presence(std::shared_ptr<Database> db, const User &user, QObject *parent = nullptr);
    ~Presence() override;

    // This window has `caseId` open (leaving the case it had before).
    Status enter(qint64 caseId);
    // This window has no case open.
    void leave();
    qint64 currentCase() const { return m_caseId; }

    // The other windows that have `caseId` open, earliest first.
    Result<QVector<OpenSession>> others(qint64 caseId);
    // The cases among `caseIds` that other windows have open.
    Result<QHash<qint64, QVector<OpenSession>>> othersOn(const QVector<qint64> &caseIds);

private:
    void heartbeat();

    std::shared_ptr<Database> m_db;
    User m_user;
    QString m_workstation;
    qint64 m_caseId = 0;
    qint64 m_sessionId = 0;
    QTimer *m_timer = nullptr;
};

} // namespace pareview
