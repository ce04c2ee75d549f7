// Every subcommand of `pareview`, by name. Apart from Cli.cpp so that the
// program's own start (app/main.cpp) can run evaluate and policy with Qt
// Core alone: this table reaches letters, and with them Qt Gui.

#include "cli/Cli.h"

#include "cli/AdminCommand.h"
#include "cli/AppealCommands.h"
#include "cli/EvaluateCommand.h"
#include "cli/LetterCommands.h"
#include "cli/PolicyCommand.h"
#include "cli/StoreCommands.h"

namespace pareview::cli {

Command command(const QString &name)
{
    if (const Command core = coreCommand(name))
        return core;
    static const struct
    {
        const char *name;
        Command run;
    } commands[] = {
        {"import", runImport},   {"user", runUser},       {"audit", runAudit},
        {"backup", runBackup},   {"decide", runDecide},   {"letter", runLetter},
        {"demo", runDemo},       {"claim", runClaim},     {"appeal", runAppeal},
        {"peer-to-peer", runPeerToPeer},                  {"admin", runAdmin},
    };
    for (const auto &c : commands)
        if (name == QLatin1String(c.name))
            return c.run;
    return nullptr;
}

int run(const QStringList &args, Streams io)
{
    return run(args, io, command);
}

} // namespace pareview::cli
