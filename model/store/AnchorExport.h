#pragma once

// The audit chain's anchor (row count and head hash), written outside the
// store so that a store rewritten whole — chain, records and all — is still
// found out: at every backup (next to the copy) and, from the workstation,
// every few minutes to the file the settings name. `pareview audit verify
// --anchor FILE` reads it back.

#include "core/Result.h"
#include "store/AuditLog.h"

#include <QString>

namespace pareview {

class Database;

namespace AnchorExport {

// QSettings keys: where the workstation writes the anchor (empty: nowhere),
// and how often.
inline QString fileKey() { return QStringLiteral("integrity/anchor-file"); }
inline QString minutesKey() { return QStringLiteral("integrity/anchor-minutes"); }
QString settingsFile();
int intervalMinutes(); // 60 unless set; at least 1

// The chain's head as stored now (count and last hash; not verified).
Result<AuditAnchor> head(Database &db);
// Writes "ROWS:HASH" and the store and time, replacing the file atomically.
Status write(const QString &path, const AuditAnchor &anchor, const QString &storeLocation);
// The anchor in a file `write` made (or a bare ROWS:HASH).
Result<AuditAnchor> read(const QString &path);

} // namespace AnchorExport
} // namespace pareview
