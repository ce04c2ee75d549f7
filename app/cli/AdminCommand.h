#pragma once

#include "cli/Cli.h"

namespace pareview::cli {

// `pareview admin init-roles --db postgresql://ADMIN@HOST/DB`: brings the
// schema up to date and runs resources/sql/roles.sql — the owner and
// application roles, their grants and the insert-only triggers
// (docs/team-server.md).
int runAdmin(const QStringList &args, Streams io);

} // namespace pareview::cli
