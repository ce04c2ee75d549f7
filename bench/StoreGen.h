#pragma once

// Generated case stores for the worklist benchmarks: N cases with their
// facts, diagnoses, criterion decisions, determinations and a valid audit
// chain, made from the worked examples. The four examples are imported
// through CaseStore::create (the templates); the rest is written in bulk
// with SQL in one transaction, the audit chain hashed in C++. Stores are
// cached in the work folder and reused while the generator is unchanged.

#include "store/Users.h"

#include <QString>

namespace pareview {
class Database;
}

namespace bench {

class BundleGen;
struct Config;

struct BenchUsers
{
    pareview::User admin, nurse, reviewer, director;
};

// The four users every benchmark store has (bench-admin, bench-nurse,
// bench-reviewer, bench-director with credentials MD).
bool addBenchUsers(pareview::Database &db, BenchUsers *users, QString *error);
bool loadBenchUsers(pareview::Database &db, BenchUsers *users, QString *error);

// The path of a store of `cases` cases, generated when not cached.
QString ensureStore(const Config &cfg, const BundleGen &gen, int cases, QString *error);

} // namespace bench
