#pragma once

// Reads and validates a policy data file (docs/policy-format.md). Every
// problem found is reported with its line and column, not just the first.

#include "core/Result.h"
#include "policy/Policy.h"

#include <QByteArray>
#include <QStringList>

namespace pareview {

struct PolicyLoadResult
{
    std::optional<Policy> policy;
    QStringList errors; // "LINE:COL: message"
};

class PolicyLoader
{
public:
    static PolicyLoadResult load(const QByteArray &json, const QString &fileName = QString());
    static PolicyLoadResult loadFile(const QString &path);
};

} // namespace pareview
