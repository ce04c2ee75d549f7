#pragma once

#include "cli/Cli.h"

namespace pareview::cli {

// `pareview policy check FILE…` and `pareview policy list`.
int runPolicy(const QStringList &args, Streams io);

} // namespace pareview::cli
