#include "cli/StoreCommands.h"

#include "cli/CliSupport.h"

#include "intake/FhirImporter.h"
#include "policy/PolicyLibrary.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QFile>
#include <QFileInfo>

namespace pareview::cli {

int runImport(const QStringList &args, Streams io)
{
    const Args a = parseArgs(args, {QStringLiteral("--db"), QStringLiteral("--bundle"), QStringLiteral("--user")});
    if (!a.error.isEmpty() || !a.values.contains(QStringLiteral("--bundle"))) {
        io.err << "pareview import: " << (a.error.isEmpty() ? QStringLiteral("--bundle FILE is required") : a.error)
               << "\nusage: pareview import --db DB --bundle FILE [--user NAME (password on standard input)]\n";
        return BadArguments;
    }
    auto db = openStore(QStringLiteral("import"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    User actor = Users::electronicIntake();
    if (a.values.contains(QStringLiteral("--user"))) {
        auto user = Users::authenticate(*db, a.values.value(QStringLiteral("--user")), readLine(io.in));
        if (!user) {
            io.err << "pareview import: " << user.error() << '\n';
            return Failure;
        }
        actor = user.value();
    }
    const QString path = a.values.value(QStringLiteral("--bundle"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << "pareview import: cannot read " << path << ": " << f.errorString() << '\n';
        return Rejected;
    }
    if (f.size() > FhirImporter::MaxBundleBytes) {
        io.err << "pareview import: " << path << " is larger than 256 MiB: too large to be a request\n";
        return Rejected;
    }
    auto facts = FhirImporter::import(f.readAll());
    if (!facts) {
        io.err << "pareview import: " << path << ": bundle rejected: " << facts.error() << "; nothing was stored\n";
        return Rejected;
    }
    FhirImporter::attribute(facts.value(), QFileInfo(path).fileName(), actor.name);
    auto id = CaseStore::create(*db, facts.value(), actor);
    if (!id) {
        io.err << "pareview import: " << id.error() << "; nothing was stored\n";
        return Failure;
    }
    io.out << id.value() << '\n';
    return Ok;
}

int runUser(const QStringList &args, Streams io)
{
    if (args.isEmpty() || args.first() != QLatin1String("add")) {
        io.err << "usage: pareview user add --db DB --name NAME --role intake-nurse|clinical-reviewer|medical-director|administrator"
                  " [--display-name TEXT] [--credentials MD] [--as ADMIN]\n"
                  "  standard input: the acting administrator's password first (with --as), then the new user's password\n";
        return BadArguments;
    }
    const Args a = parseArgs(args.mid(1), {QStringLiteral("--db"), QStringLiteral("--name"), QStringLiteral("--role"),
                                       QStringLiteral("--display-name"), QStringLiteral("--credentials"), QStringLiteral("--as")});
    if (!a.error.isEmpty()) {
        io.err << "pareview user add: " << a.error << '\n';
        return BadArguments;
    }
    const auto role = roleFromName(a.values.value(QStringLiteral("--role")));
    if (!role || !a.values.contains(QStringLiteral("--name"))) {
        io.err << "pareview user add: --name and --role (intake-nurse, clinical-reviewer, medical-director, administrator) are required\n";
        return BadArguments;
    }
    auto db = openStore(QStringLiteral("user add"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    std::optional<User> actor;
    if (a.values.contains(QStringLiteral("--as"))) {
        auto admin = Users::authenticate(*db, a.values.value(QStringLiteral("--as")), readLine(io.in));
        if (!admin) {
            io.err << "pareview user add: " << admin.error() << '\n';
            return Failure;
        }
        actor = admin.value();
    }
    const QString password = readLine(io.in);
    auto user = Users::add(*db, a.values.value(QStringLiteral("--name")), *role, password,
                           a.values.value(QStringLiteral("--display-name")), a.values.value(QStringLiteral("--credentials")),
                           actor ? &*actor : nullptr);
    if (!user) {
        io.err << "pareview user add: " << user.error() << '\n';
        return Failure;
    }
    io.out << "added " << user->name << " (" << roleName(user->role) << ") as user " << user->id << '\n';
    return Ok;
}

int runAudit(const QStringList &args, Streams io)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("verify") && sub != QLatin1String("anchor")) {
        io.err << "usage: pareview audit verify --db DB [--anchor ROWS:HASH|FILE]\n       pareview audit anchor --db DB\n";
        return BadArguments;
    }
    const Args a = parseArgs(args.mid(1), {QStringLiteral("--db"), QStringLiteral("--anchor")});
    if (!a.error.isEmpty()) {
        io.err << "pareview audit: " << a.error << '\n';
        return BadArguments;
    }
    std::optional<AuditAnchor> anchor;
    if (a.values.contains(QStringLiteral("--anchor"))) {
        QString text = a.values.value(QStringLiteral("--anchor"));
        if (QFile::exists(text)) {
            QFile f(text);
            if (f.open(QIODevice::ReadOnly))
                text = QString::fromUtf8(f.readAll());
        }
        anchor = AuditAnchor::parse(text);
        if (!anchor) {
            io.err << "pareview audit: the anchor must be ROWS:SHA256 (as `pareview audit anchor` prints it)\n";
            return BadArguments;
        }
    }
    auto db = openStore(QStringLiteral("audit"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    auto head = AuditLog::verify(*db);
    if (!head) {
        io.err << "pareview audit: the audit trail is broken: " << head.error() << '\n';
        return Failure;
    }
    if (anchor) {
        if (auto s = AuditLog::verifyAgainst(*db, *anchor); !s) {
            io.err << "pareview audit: " << s.error() << '\n';
            return Failure;
        }
    }
    if (sub == QLatin1String("anchor"))
        io.out << head->toString() << '\n';
    else
        io.out << "audit trail whole: " << head->rows << " rows, head " << head->hash << '\n';
    return Ok;
}

int runBackup(const QStringList &args, Streams io)
{
    const Args a = parseArgs(args, {QStringLiteral("--db"), QStringLiteral("--to")});
    if (!a.error.isEmpty() || !a.values.contains(QStringLiteral("--to"))) {
        io.err << "usage: pareview backup --db FILE --to FILE\n";
        return BadArguments;
    }
    auto db = openStore(QStringLiteral("backup"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    if (auto s = db->backupTo(a.values.value(QStringLiteral("--to"))); !s) {
        io.err << "pareview backup: " << s.error() << '\n';
        return Failure;
    }
    io.out << "backed up to " << a.values.value(QStringLiteral("--to")) << '\n';
    return Ok;
}

} // namespace pareview::cli

namespace pareview::cli {

int runDemo(const QStringList &args, Streams io)
{
    const Args a = parseArgs(args, {QStringLiteral("--db")});
    if (!a.error.isEmpty() || !a.values.contains(QStringLiteral("--db"))) {
        io.err << "usage: pareview demo --db FILE   (fills an empty store with demo users and cases)\n";
        return BadArguments;
    }
    auto db = openStore(QStringLiteral("demo"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    auto created = DemoData::populate(*db);
    if (!created) {
        io.err << "pareview demo: " << created.error() << '\n';
        return Failure;
    }
    // Cases at the stages a working day finds them, so each account has work.
    if (auto s = DemoData::advance(*db, PolicyLibrary::builtIn()); !s) {
        io.err << "pareview demo: " << s.error() << '\n';
        return Failure;
    }
    io.out << created.value() << " demo cases. Demo accounts (for trying pareview only):\n";
    for (const auto &account : DemoData::accounts())
        io.out << "  " << account.name << " / " << account.password << "  (" << account.role << ")\n";
    return Ok;
}

} // namespace pareview::cli

namespace pareview::cli {

int runClaim(const QStringList &args, Streams io)
{
    const Args a = parseArgs(args, {QStringLiteral("--db"), QStringLiteral("--user")});
    if (!a.error.isEmpty() || !a.values.contains(QStringLiteral("--user"))) {
        io.err << "usage: pareview claim --db DB --user NAME   (password on standard input; prints the case claimed, or \"none\")\n";
        return BadArguments;
    }
    auto db = openStore(QStringLiteral("claim"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    auto user = Users::authenticate(*db, a.values.value(QStringLiteral("--user")), readLine(io.in));
    if (!user) {
        io.err << "pareview claim: " << user.error() << '\n';
        return Failure;
    }
    auto claimed = Review::claimNext(*db, user.value());
    if (!claimed) {
        io.err << "pareview claim: " << claimed.error() << '\n';
        return Failure;
    }
    if (claimed.value())
        io.out << *claimed.value() << '\n';
    else
        io.out << "none\n";
    return Ok;
}

} // namespace pareview::cli
