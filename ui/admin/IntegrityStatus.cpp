#include "admin/IntegrityStatus.h"

#include "common/Dialogs.h"
#include "store/AnchorExport.h"
#include "store/Database.h"

#include <QLocale>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pareview {

IntegrityStatus::IntegrityStatus(std::shared_ptr<Database> db, QWidget *parent)
    : QToolButton(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("integrityStatus"));
    setAutoRaise(true);
    setText(tr("Records: not checked yet"));
    setAccessibleName(tr("Store integrity"));
    connect(this, &QToolButton::clicked, this, &IntegrityStatus::showDetails);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &IntegrityStatus::finished);
    // Every few minutes (the anchor's interval): what came since the last
    // check, and the anchor written outside the store.
    m_timer = new QTimer(this);
    m_timer->setInterval(AnchorExport::intervalMinutes() * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IntegrityStatus::checkNow);
    m_timer->start();
    // After the window is up: start-up never waits for the check.
    QTimer::singleShot(1500, this, &IntegrityStatus::checkNow);
}

IntegrityStatus::~IntegrityStatus()
{
    // The worker holds no pointer to this object; wait so that its
    // connection closes before the application's database plumbing does.
    m_watcher.waitForFinished();
}

IntegrityStatus::Outcome IntegrityStatus::run(const QString &location, const QString &password, bool full)
{
    Outcome out;
    // Its own connection, made and closed in this thread.
    auto db = Database::open(location, password);
    if (!db) {
        out.error = db.error();
        return out;
    }
    auto report = RecordIntegrity::verify(**db, full ? RecordIntegrity::Mode::Full : RecordIntegrity::Mode::Incremental);
    if (!report) {
        out.error = report.error();
        return out;
    }
    out.report = *report;
    const QString file = AnchorExport::settingsFile();
    if (report->ok() && !file.isEmpty()) {
        if (auto s = AnchorExport::write(file, report->head, location); !s)
            out.anchorNote = s.error();
    }
    return out;
}

void IntegrityStatus::checkNow()
{
    if (m_watcher.isRunning())
        return;
    // The full check once a day (and first), the incremental one between.
    const bool full = !m_lastFull.isValid() || m_lastFull.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600;
    setText(tr("Records: checking…"));
    m_watcher.setFuture(QtConcurrent::run(&IntegrityStatus::run, m_db->location(), m_db->connection().password(), full));
}

void IntegrityStatus::finished()
{
    const Outcome out = m_watcher.result();
    m_lastChecked = QDateTime::currentDateTime();
    const QString when = QLocale().toString(m_lastChecked.time(), QLocale::ShortFormat);
    if (!out.error.isEmpty()) {
        // Not a finding: the check could not run (server unreachable, say).
        setText(tr("Records: not checked (%1)").arg(when));
        setStyleSheet(QString());
        m_details = tr("The integrity check could not run: %1").arg(out.error);
        setToolTip(m_details);
        return;
    }
    const IntegrityReport &r = out.report;
    if (r.full)
        m_lastFull = QDateTime::currentDateTimeUtc();
    m_failed = !r.ok();
    QStringList lines;
    for (const IntegrityFinding &f : r.findings)
        lines << QStringLiteral("• ") + f.text;
    if (r.findingCount > r.findings.size())
        lines << tr("… and %n more", nullptr, int(r.findingCount - r.findings.size()));
    if (m_failed) {
        setText(tr("RECORDS CHANGED OUTSIDE PAREVIEW: %n problem(s) — checked %1", nullptr, int(r.findingCount)).arg(when));
        setStyleSheet(QStringLiteral("QToolButton { color: white; background: #b00020; font-weight: bold; padding: 2px 6px; }"));
        m_details = tr("The check of %1 found records that were changed, deleted or inserted outside pareview. "
                       "Keep the store as it is and compare it with the last backup:\n\n%2")
                        .arg(QLocale().toString(m_lastChecked, QLocale::ShortFormat), lines.join(QLatin1Char('\n')));
        QSet<qint64> cases;
        for (const IntegrityFinding &f : r.findings)
            if (f.caseId)
                cases.insert(*f.caseId);
        Q_EMIT affectedCases(cases);
    } else {
        setText(tr("Records intact · checked %1").arg(when));
        setStyleSheet(QString());
        m_details = tr("Checked %1: the audit trail is whole (%n rows) and every record is as pareview wrote it (%2 checked, %3).",
                       nullptr, int(r.head.rows))
                        .arg(QLocale().toString(m_lastChecked, QLocale::ShortFormat))
                        .arg(r.recordsChecked)
                        .arg(r.full ? tr("full check") : tr("those written since the previous check"));
        Q_EMIT affectedCases({});
    }
    if (!out.anchorNote.isEmpty())
        m_details += QStringLiteral("\n\n") + out.anchorNote;
    setToolTip(m_details);
    Q_EMIT checked(!m_failed);
}

void IntegrityStatus::showDetails()
{
    if (m_details.isEmpty())
        return;
    if (m_failed)
        Dialogs::critical(this, tr("Store integrity"), m_details);
    else
        Dialogs::information(this, tr("Store integrity"), m_details);
}

} // namespace pareview
