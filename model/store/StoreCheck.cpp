#include "store/StoreCheck.h"

#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>

#include <sqlite3.h>

namespace pareview {

StoreCheck::StoreCheck(std::shared_ptr<Database> db, Start when, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    if (m_db->engine() != Database::Engine::Sqlite) {
        m_state = State::Passed;
        (void)m_db->releaseWrites(); // nothing is held on PostgreSQL
        return;
    }
    if (when == Start::Now)
        start();
}

void StoreCheck::start()
{
    if (m_state != State::Running || m_thread.joinable() || m_started)
        return;
    m_started = true;
    const QString location = m_db->location();
    const bool full = Database::checkFor(QFileInfo(location).size()) == Database::Check::Full;
    m_thread = std::thread([this, location, full] { run(location, full); });
}

StoreCheck::~StoreCheck()
{
    {
        std::lock_guard<std::mutex> lock(m_connectionMutex);
        m_stop = true;
        if (m_connection)
            sqlite3_interrupt(m_connection);
    }
    if (m_thread.joinable())
        m_thread.join();
}

void StoreCheck::run(const QString &location, bool full)
{
    // Its own connection, read-only: a WAL reader sees one consistent
    // snapshot while the window reads on.
    const QByteArray path = location.startsWith(QLatin1String("file:")) ? location.toUtf8() : QFile::encodeName(location);
    sqlite3 *c = nullptr;
    QString problem;
    if (sqlite3_open_v2(path.constData(), &c, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        problem = tr("cannot open the store to check it: %1").arg(QString::fromUtf8(sqlite3_errmsg(c)));
    } else {
        sqlite3_busy_timeout(c, 10000);
        bool stopped;
        {
            std::lock_guard<std::mutex> lock(m_connectionMutex);
            m_connection = c;
            stopped = m_stop;
        }
        sqlite3_stmt *stmt = nullptr;
        QStringList lines;
        int rc = stopped ? SQLITE_INTERRUPT : sqlite3_prepare_v2(c, full ? "PRAGMA integrity_check" : "PRAGMA quick_check", -1, &stmt, nullptr);
        while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            if (line != QLatin1String("ok"))
                lines << line;
            rc = SQLITE_OK;
        }
        if (rc != SQLITE_DONE && lines.isEmpty())
            problem = tr("the check could not read the store: %1").arg(QString::fromUtf8(sqlite3_errmsg(c)));
        if (!lines.isEmpty()) {
            // SQLite's report can run to thousands of lines: the first few, on one line, say enough.
            QStringList first = lines.join(QLatin1Char('\n')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            first.removeAll(QStringLiteral("*** in database main ***"));
            const qsizetype all = first.size();
            problem = first.mid(0, 3).join(QStringLiteral("; "));
            if (all > 3)
                problem += tr("; and %n more", nullptr, int(all - 3));
        }
        sqlite3_finalize(stmt);
        std::lock_guard<std::mutex> lock(m_connectionMutex);
        m_connection = nullptr;
    }
    sqlite3_close(c);
    if (m_stop)
        return;
    // The result goes to the thread the store's connection lives in.
    QMetaObject::invokeMethod(this, [this, problem] { finish(problem); }, Qt::QueuedConnection);
}

void StoreCheck::finish(const QString &problem)
{
    if (m_thread.joinable())
        m_thread.join();
    if (problem.isEmpty()) {
        if (auto released = m_db->releaseWrites(); !released) {
            // Whole, but not writable: the store's hold text says why.
            m_state = State::Failed;
            m_problem = released.error();
            Q_EMIT failed(m_problem);
            return;
        }
        m_state = State::Passed;
        Q_EMIT passed();
        return;
    }
    m_state = State::Failed;
    m_problem = problem;
    m_db->holdWrites(Database::Hold::Failed,
                     tr("The case store %1 failed its integrity check (%2). It stays read-only: nothing was saved. "
                        "Close pareview and restore the last backup (pareview backup keeps checked copies).")
                         .arg(m_db->location(), problem));
    Q_EMIT failed(problem);
}

} // namespace pareview
