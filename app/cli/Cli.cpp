#include "cli/Cli.h"

#include "cli/EvaluateCommand.h"
#include "cli/PolicyCommand.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace pareview::cli {

namespace {
const char *const kUsage =
    "usage: pareview                      open the workstation\n"
    "       pareview evaluate --bundle FILE|- [--policy ID] [--as-of YYYY-MM-DD] [--format json|text|jsonl]\n"
    "       pareview evaluate --bundle-dir DIR [--policy ID] [--as-of YYYY-MM-DD] --format jsonl\n"
    "       pareview policy check [--catalog DIR] [FILE...]   (no FILE: the built-in policies)\n"
    "       pareview policy list\n"
    "       pareview import --db DB --bundle FILE [--user NAME]      (password on standard input)\n"
    "       pareview user add --db DB --name NAME --role ROLE [--as ADMIN]\n"
    "       pareview audit verify --db DB [--full] [--anchor ROWS:HASH|FILE]   (the audit trail and every record it binds)\n"
    "       pareview audit anchor --db DB [--to FILE]\n"
    "       pareview backup --db FILE --to FILE\n"
    "       pareview decide --db DB --case ID --user NAME --outcome approve|deny|pend|refer [--reason TEXT] [--policy ID]   (password on standard input)\n"
    "       pareview decide --db DB --case AP-… --user NAME --outcome overturn|partial|uphold|dismiss|withdrawn [--reason TEXT]\n"
    "       pareview letter --db DB --case ID --user NAME --out FILE.pdf [--lang en|es] [--paper letter|a4]   (password on standard input)\n"
    "       pareview appeal --db DB --case PA-… --user NAME --from member|prescriber|representative [--expedited]\n"
    "                       [--received YYYY-MM-DDTHH:MM] [--reason TEXT] [--good-cause TEXT] [--document FILE]   (prints AP-…)\n"
    "       pareview peer-to-peer request|schedule|hold|close --db DB --case PA-… --user NAME …\n"
    "       pareview claim --db DB --user NAME                        (takes the case due first; password on standard input)\n"
    "       pareview demo --db FILE                                   (an empty store filled with demo users and cases)\n"
    "       pareview admin init-roles --db postgresql://ADMIN@HOST/NAME  (owner and application roles; docs/team-server.md)\n"
    "DB: an SQLite file, or postgresql://user@host:port/name[?sslmode=verify-full&sslrootcert=FILE&...] or postgresql://?service=NAME\n"
    "    (no password in it: libpq reads ~/.pgpass or PGPASSFILE)\n"
    "common options: --policies DIR (extra policy files); --catalog DIR (catalog files read over the built-in\n"
    "       drugs, labs, attestation items, diagnosis concepts, prescriber kinds, lines of business;\n"
    "       docs/policy-format.md); evaluate: --payers FILE (a payer table as\n"
    "       resources/catalog/payers.json; default the built-in one, as a new store is seeded)\n";
}

bool isHeadless(const QStringList &args)
{
    // The workstation takes only options (--db, Qt's own -platform …); any
    // other first word is a subcommand, and run() refuses one it does not
    // know, with the usage, instead of trying to open a window.
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help") || first == QLatin1String("-h");
}

QString workstationArgumentsError(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size())
                return QStringLiteral("--db needs a store: an SQLite file or postgresql://user@host:port/name");
            ++i;
        } else if (a == QLatin1String("--catalog")) {
            if (i + 1 >= args.size())
                return QStringLiteral("--catalog needs a folder of catalog files");
            ++i;
        } else if (a.startsWith(QLatin1String("--"))) {
            return QStringLiteral("unknown option \"%1\"").arg(a);
        } else if (!a.startsWith(QLatin1Char('-'))) {
            // A value of one of Qt's own options (-platform xcb) follows it.
            if (i == 0 || !args[i - 1].startsWith(QLatin1Char('-')) || args[i - 1].startsWith(QLatin1String("--")))
                return QStringLiteral("unexpected argument \"%1\"").arg(a);
        }
    }
    return {};
}

bool isHelp(const QString &word)
{
    return word == QLatin1String("help") || word == QLatin1String("--help") || word == QLatin1String("-h");
}

QString usage()
{
    return QString::fromUtf8(kUsage);
}

QString catalogFolder(QStringList *args, QString *error)
{
    QString dir;
    for (int i = 0; i < args->size(); ++i) {
        if (args->at(i) != QLatin1String("--catalog"))
            continue;
        if (i + 1 >= args->size()) {
            *error = QStringLiteral("--catalog needs a folder of catalog files");
            return {};
        }
        dir = args->at(i + 1);
        args->remove(i, 2);
        --i;
    }
    return dir;
}

std::optional<Catalog> loadCatalog(const QString &dir, QStringList *errors)
{
    Catalog catalog = Catalog::builtIn();
    *errors = catalog.loadErrors();
    if (!dir.isEmpty())
        *errors << catalog.addDirectory(dir);
    if (!errors->isEmpty())
        return std::nullopt;
    return catalog;
}

int run(const QStringList &givenArgs, Streams io, Command (*lookup)(const QString &name))
{
    // The catalog is read before anything else: policies may name only what it defines.
    QStringList args = givenArgs;
    QString catalogError;
    const QString catalogDir = catalogFolder(&args, &catalogError);
    if (!catalogError.isEmpty()) {
        io.err << "pareview: " << catalogError << '\n';
        return BadArguments;
    }
    std::optional<Catalog::Scope> catalogScope;
    if (!catalogDir.isEmpty()) {
        QStringList errors;
        auto catalog = loadCatalog(catalogDir, &errors);
        if (!catalog) {
            for (const QString &e : std::as_const(errors))
                io.err << e << '\n';
            io.err << "pareview: the catalog in " << catalogDir << " has " << errors.size()
                   << (errors.size() == 1 ? " error\n" : " errors\n");
            io.err.flush();
            return Rejected;
        }
        catalogScope.emplace(std::move(*catalog));
    }
    if (args.isEmpty() || isHelp(args.first())) {
        io.out << kUsage;
        io.out.flush();
        return Ok;
    }
    const QString name = args.first();
    int code = BadArguments;
    if (const Command command = lookup(name))
        code = command(args.mid(1), io);
    else
        io.err << "pareview: unknown command \"" << name << "\"\n" << kUsage;
    io.out.flush();
    io.err.flush();
    return code;
}

int runOnStandardStreams(const QStringList &args, Command (*lookup)(const QString &name))
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Failure;
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(args, {in, out, err}, lookup);
}

Command coreCommand(const QString &name)
{
    if (name == QLatin1String("evaluate"))
        return runEvaluate;
    if (name == QLatin1String("policy"))
        return runPolicy;
    return nullptr;
}

} // namespace pareview::cli
