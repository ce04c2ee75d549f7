#include "cli/AdminCommand.h"

#include "cli/CliSupport.h"
#include "store/Database.h"

#include <QFile>

namespace pareview::cli {

int runAdmin(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.first() != QLatin1String("init-roles")) {
        io.err << "usage: pareview admin init-roles --db postgresql://ADMIN@HOST:PORT/NAME\n";
        return BadArguments;
    }
    const Args a = parseArgs(args.mid(1), {QStringLiteral("--db")});
    if (!a.error.isEmpty()) {
        io.err << "pareview admin init-roles: " << a.error << '\n';
        return BadArguments;
    }
    const QString location = a.values.value(QStringLiteral("--db"));
    // Opening runs the schema ladder first: the script grants on the tables it made.
    auto db = openStore(QStringLiteral("admin init-roles"), location, io);
    if (!db)
        return Failure;
    if (db->engine() != Database::Engine::Postgres) {
        io.err << "pareview admin init-roles: " << location
               << " is an SQLite file: roles belong to a PostgreSQL server (an SQLite store is guarded by its file's permissions)\n";
        return BadArguments;
    }
    QFile script(QStringLiteral(":/sql/roles.sql"));
    if (!script.open(QIODevice::ReadOnly)) {
        io.err << "pareview admin init-roles: the roles script is missing from this build\n";
        return Failure;
    }
    // One transaction: the roles, grants and triggers all, or none of them.
    Transaction t(*db);
    if (!t.started()) {
        io.err << "pareview admin init-roles: " << t.error() << '\n';
        return Failure;
    }
    if (auto r = db->exec(QString::fromUtf8(script.readAll())); !r) {
        io.err << "pareview admin init-roles: " << r.error() << '\n';
        return Failure;
    }
    if (auto s = t.commit(); !s) {
        io.err << "pareview admin init-roles: " << s.error() << '\n';
        return Failure;
    }
    io.out << "roles ready on " << location << ": pareview_owner owns the tables and upgrades the schema, "
           << "pareview_app is for the workstations (insert-only evidence)\n"
           << "set their passwords with psql's \\password pareview_owner and \\password pareview_app\n";
    return Ok;
}

} // namespace pareview::cli
