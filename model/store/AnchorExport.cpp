#include "store/AnchorExport.h"

#include "store/Database.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

namespace pareview::AnchorExport {

QString settingsFile()
{
    return QSettings().value(fileKey()).toString();
}

int intervalMinutes()
{
    return qMax(1, QSettings().value(minutesKey(), 60).toInt());
}

Result<AuditAnchor> head(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_log), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"));
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("cannot read the audit trail's head")};
    const qint64 rows = q->value(0).toLongLong();
    return AuditAnchor{rows, rows == 0 ? AuditLog::genesisHash() : q->value(1).toString()};
}

Status write(const QString &path, const AuditAnchor &anchor, const QString &storeLocation)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{QStringLiteral("cannot write the audit anchor to %1: %2").arg(path, f.errorString())};
    // First line: what `audit verify --anchor` reads; then for people.
    const QByteArray text = anchor.toString().toUtf8() + "\n# pareview audit anchor: rows and head hash of the audit trail of "
        + QUrl(storeLocation).toString(QUrl::RemovePassword | QUrl::RemoveQuery).toUtf8() + ", written "
        + Database::storedTime(QDateTime::currentDateTimeUtc()).toUtf8() + "\n";
    f.write(text);
    if (!f.commit())
        return Error{QStringLiteral("cannot write the audit anchor to %1: %2").arg(path, f.errorString())};
    return success();
}

Result<AuditAnchor> read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("cannot read the anchor file %1: %2").arg(path, f.errorString())};
    const QString first = QString::fromUtf8(f.readLine()).trimmed();
    auto anchor = AuditAnchor::parse(first);
    if (!anchor)
        return Error{QStringLiteral("%1 holds no anchor: its first line must be ROWS:SHA256 (as `pareview audit anchor` prints it)").arg(path)};
    return *anchor;
}

} // namespace pareview::AnchorExport
