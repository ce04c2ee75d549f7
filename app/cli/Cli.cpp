#include "cli/Cli.h"

#include "cli/AdminCommand.h"
#include "cli/EvaluateCommand.h"
#include "cli/LetterCommands.h"
#include "cli/PolicyCommand.h"
#include "cli/StoreCommands.h"

namespace pareview::cli {

namespace {
const char *const kUsage =
    "usage: pareview                      open the workstation\n"
    "       pareview evaluate --bundle FILE|- [--policy ID] [--as-of YYYY-MM-DD] [--format json|text|jsonl]\n"
    "       pareview evaluate --bundle-dir DIR [--policy ID] [--as-of YYYY-MM-DD] --format jsonl\n"
    "       pareview policy check FILE...\n"
    "       pareview policy list\n"
    "       pareview import --db DB --bundle FILE [--user NAME]      (password on standard input)\n"
    "       pareview user add --db DB --name NAME --role ROLE [--as ADMIN]\n"
    "       pareview audit verify --db DB [--anchor ROWS:HASH|FILE]\n"
    "       pareview audit anchor --db DB\n"
    "       pareview backup --db FILE --to FILE\n"
    "       pareview decide --db DB --case ID --user NAME --outcome approve|deny|pend|refer [--reason TEXT]   (password on standard input)\n"
    "       pareview letter --db DB --case ID --user NAME --out FILE.pdf [--lang en|es] [--paper letter|a4]   (password on standard input)\n"
    "       pareview claim --db DB --user NAME                        (takes the case due first; password on standard input)\n"
    "       pareview demo --db FILE                                   (an empty store filled with demo users and cases)\n"
    "       pareview admin init-roles --db postgresql://ADMIN@HOST/NAME  (owner and application roles; docs/team-server.md)\n"
    "DB: an SQLite file, or postgresql://user@host:port/name[?sslmode=verify-full&sslrootcert=FILE&...] or postgresql://?service=NAME\n"
    "    (no password in it: libpq reads ~/.pgpass or PGPASSFILE)\n"
    "common options: --policies DIR (extra policy files), --payer-map FILE\n";
}

bool isHeadless(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    static const QStringList commands = {QStringLiteral("evaluate"), QStringLiteral("policy"), QStringLiteral("import"),
                                         QStringLiteral("user"), QStringLiteral("audit"), QStringLiteral("backup"), QStringLiteral("decide"), QStringLiteral("letter"), QStringLiteral("demo"), QStringLiteral("claim"), QStringLiteral("admin"), QStringLiteral("help"),
                                         QStringLiteral("--help"), QStringLiteral("-h")};
    return commands.contains(args.first());
}

int run(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.first() == QLatin1String("help") || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        io.out << kUsage;
        io.out.flush();
        return Ok;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    int code = BadArguments;
    if (command == QLatin1String("evaluate"))
        code = runEvaluate(rest, io);
    else if (command == QLatin1String("policy"))
        code = runPolicy(rest, io);
    else if (command == QLatin1String("import"))
        code = runImport(rest, io);
    else if (command == QLatin1String("user"))
        code = runUser(rest, io);
    else if (command == QLatin1String("audit"))
        code = runAudit(rest, io);
    else if (command == QLatin1String("backup"))
        code = runBackup(rest, io);
    else if (command == QLatin1String("decide"))
        code = runDecide(rest, io);
    else if (command == QLatin1String("letter"))
        code = runLetter(rest, io);
    else if (command == QLatin1String("demo"))
        code = runDemo(rest, io);
    else if (command == QLatin1String("claim"))
        code = runClaim(rest, io);
    else if (command == QLatin1String("admin"))
        code = runAdmin(rest, io);
    else
        io.err << "pareview: unknown command \"" << command << "\"\n" << kUsage;
    io.out.flush();
    io.err.flush();
    return code;
}

} // namespace pareview::cli
