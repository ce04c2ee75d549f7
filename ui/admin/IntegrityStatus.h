#pragma once

// The store's integrity for administrators, in the status bar: when it was
// last checked and what the check found. The check (RecordIntegrity::verify,
// the audit trail and every record it binds) runs on a connection of its own
// in a worker thread, first shortly after sign-in — never on the start-up
// path — then every few minutes, when it also writes the audit anchor to the
// file the settings name (docs/integrity.md). A failed check turns the
// indicator red; clicking it lists the records, and affectedCases() names
// the cases for the worklist to mark.

#include "store/RecordIntegrity.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QSet>
#include <QToolButton>

#include <memory>

class QTimer;

namespace pareview {

class Database;

class IntegrityStatus final : public QToolButton
{
    Q_OBJECT

public:
    // `db` gives the store's location (and a typed password); the check
    // opens its own connection with them.
    explicit IntegrityStatus(std::shared_ptr<Database> db, QWidget *parent = nullptr);
    ~IntegrityStatus() override;

    // Starts a check now unless one is running.
    void checkNow();
    bool checking() const { return m_watcher.isRunning(); }
    QDateTime lastChecked() const { return m_lastChecked; }
    bool lastCheckFailed() const { return m_failed; }

Q_SIGNALS:
    void checked(bool whole);
    // The cases a failed check found records of changed, deleted or inserted.
    void affectedCases(const QSet<qint64> &caseIds);

private:
    struct Outcome
    {
        QString error; // the check could not run
        IntegrityReport report;
        QString anchorNote;
    };
    static Outcome run(const QString &location, const QString &password, bool full);
    void finished();
    void showDetails();

    std::shared_ptr<Database> m_db;
    QFutureWatcher<Outcome> m_watcher;
    QTimer *m_timer = nullptr;
    QDateTime m_lastChecked;
    QDateTime m_lastFull;
    bool m_failed = false;
    QString m_details;
};

} // namespace pareview
