#pragma once

// The store's integrity check, off the path to the first window: SQLite's
// check (Database::checkFor: the full one for stores up to 256 MiB, the
// quick one above; the full one for every backup) on a read-only connection
// of its own, in a thread of its own. The store's writes stay held
// (Database::writeHold) until it passes; a failure keeps them held with
// the problem in the text. PostgreSQL stores have no check here.

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace pareview {

class Database;

class StoreCheck final : public QObject
{
    Q_OBJECT

public:
    enum class State { Running, Passed, Failed };

    // `db` must have been opened with CheckOnOpen::Later. Starts at once,
    // or with Start::Later when start() is called (the workstation: after
    // its first window is painted, so the whole-file read does not compete
    // with it for the disk and the cores).
    enum class Start { Now, Later };
    explicit StoreCheck(std::shared_ptr<Database> db, Start when = Start::Now, QObject *parent = nullptr);
    void start();
    // Interrupts a check still running and waits for its thread.
    ~StoreCheck() override;

    State state() const { return m_state; }
    // What SQLite found (or why it could not check), after Failed.
    const QString &problem() const { return m_problem; }

Q_SIGNALS:
    void passed();
    void failed(const QString &problem);

private:
    void run(const QString &location, bool full);
    void finish(const QString &problem);

    std::shared_ptr<Database> m_db;
    State m_state = State::Running;
    bool m_started = false;
    QString m_problem;
    std::thread m_thread;
    std::mutex m_connectionMutex; // guards m_connection against the destructor's interrupt
    sqlite3 *m_connection = nullptr;
    std::atomic<bool> m_stop{false};
};

} // namespace pareview
