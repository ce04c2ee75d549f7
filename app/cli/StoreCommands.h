#pragma once

#include "cli/Cli.h"

namespace pareview::cli {

// `pareview import`, `pareview user add`, `pareview audit verify|anchor`,
// `pareview backup`: the store's headless commands. Passwords come from
// standard input, one per line, never from the command line.
int runImport(const QStringList &args, Streams io);
int runUser(const QStringList &args, Streams io);
int runAudit(const QStringList &args, Streams io);
int runBackup(const QStringList &args, Streams io);
int runDemo(const QStringList &args, Streams io);
int runClaim(const QStringList &args, Streams io);

} // namespace pareview::cli
