#pragma once

#include "cli/Cli.h"

namespace pareview::cli {

// `pareview evaluate` (../shared/spec/evaluate-cli.md).
int runEvaluate(const QStringList &args, Streams io);

} // namespace pareview::cli
