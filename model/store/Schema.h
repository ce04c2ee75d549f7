#pragma once

// The store's schema: a version in the `meta` table and a ladder of upgrade
// steps, each run in its own transaction by Database::open(). Add a step at
// the end; never change one that has shipped.

#include "core/Result.h"

namespace pareview {

class Database;

namespace Schema {

int latestVersion();
// 0 for an empty database.
Result<int> currentVersion(Database &db);
// Runs the step that takes the schema from v - 1 to v (inside the caller's transaction).
Status upgradeTo(Database &db, int v);

} // namespace Schema
} // namespace pareview
