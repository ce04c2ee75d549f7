#include "cli/StoreCommands.h"

#include "cli/CliSupport.h"

#include "intake/FhirImporter.h"
#include "policy/PolicyLibrary.h"
#include "store/AnchorExport.h"
#include "store/AuditLog.h"
#include "store/RecordIntegrity.h"
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
    auto id = CaseStore::create(*db, facts.value(), actor, CaseArrival::Electronic);
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
    const char *usage = "usage: pareview audit verify --db DB [--full] [--anchor ROWS:HASH|FILE]\n"
                        "       pareview audit anchor --db DB [--to FILE]\n";
    if (sub != QLatin1String("verify") && sub != QLatin1String("anchor")) {
        io.err << usage;
        return BadArguments;
    }
    // --full is the one flag without a value.
    QStringList rest = args.mid(1);
    const bool full = sub == QLatin1String("verify") && rest.removeAll(QStringLiteral("--full")) > 0;
    const Args a = parseArgs(rest, sub == QLatin1String("verify") ? QStringList{QStringLiteral("--db"), QStringLiteral("--anchor")}
                                                                  : QStringList{QStringLiteral("--db"), QStringLiteral("--anchor"), QStringLiteral("--to")});
    if (!a.error.isEmpty()) {
        io.err << "pareview audit: " << a.error << '\n' << usage;
        return BadArguments;
    }
    std::optional<AuditAnchor> anchor;
    if (a.values.contains(QStringLiteral("--anchor"))) {
        const QString text = a.values.value(QStringLiteral("--anchor"));
        if (QFile::exists(text)) {
            auto read = AnchorExport::read(text);
            if (!read) {
                io.err << "pareview audit: " << read.error() << '\n';
                return BadArguments;
            }
            anchor = *read;
        } else {
            anchor = AuditAnchor::parse(text);
            if (!anchor) {
                io.err << "pareview audit: the anchor must be ROWS:SHA256 (as `pareview audit anchor` prints it) or a file holding one; "
                       << text << " is neither\n";
                return BadArguments;
            }
        }
    }
    auto db = openStore(QStringLiteral("audit"), a.values.value(QStringLiteral("--db")), io);
    if (!db)
        return Failure;
    if (sub == QLatin1String("anchor")) {
        auto head = AuditLog::verify(*db);
        if (!head) {
            io.err << "pareview audit: the audit trail is broken: " << head.error() << '\n';
            return Failure;
        }
        if (a.values.contains(QStringLiteral("--to"))) {
            if (auto s = AnchorExport::write(a.values.value(QStringLiteral("--to")), *head, db->location()); !s) {
                io.err << "pareview audit: " << s.error() << '\n';
                return Failure;
            }
        }
        io.out << head->toString() << '\n';
        return Ok;
    }
    // The anchor first: a chain cut short or rewritten whole says so plainly.
    if (anchor) {
        if (auto s = AuditLog::verifyAgainst(*db, *anchor); !s) {
            io.err << "pareview audit: " << s.error() << '\n';
            return Failure;
        }
    }
    auto report = RecordIntegrity::verify(*db, full ? RecordIntegrity::Mode::Full : RecordIntegrity::Mode::Incremental);
    if (!report) {
        io.err << "pareview audit: cannot verify: " << report.error() << '\n';
        return Failure;
    }
    if (!report->ok()) {
        const bool chain = report->findings.value(0).kind == IntegrityFinding::Kind::Chain;
        io.err << "pareview audit: " << (chain ? "the audit trail is broken: " : "records were changed outside pareview: ")
               << report->findingCount << (report->findingCount == 1 ? " problem\n" : " problems\n");
        for (const IntegrityFinding &f : report->findings)
            io.err << "  " << f.text << '\n';
        if (report->findingCount > report->findings.size())
            io.err << "  … and " << (report->findingCount - report->findings.size()) << " more\n";
        return Failure;
    }
    io.out << "audit trail whole: " << report->head.rows << " rows, head " << report->head.hash << '\n';
    io.out << "records as recorded: " << report->recordsChecked
           << (report->full ? " checked in full" : " checked since the last check") << '\n';
    if (anchor)
        io.out << "reaches the anchor of " << anchor->rows << " rows\n";
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
    // The anchor is taken before the copy: the copy holds at least these rows.
    auto head = AnchorExport::head(*db);
    if (!head) {
        io.err << "pareview backup: " << head.error() << '\n';
        return Failure;
    }
    const QString target = a.values.value(QStringLiteral("--to"));
    if (auto s = db->backupTo(target); !s) {
        io.err << "pareview backup: " << s.error() << '\n';
        return Failure;
    }
    io.out << "backed up to " << target << '\n';
    // Outside the store: next to the copy, and where the settings say.
    QStringList anchors = {target + QStringLiteral(".anchor")};
    if (!AnchorExport::settingsFile().isEmpty())
        anchors << AnchorExport::settingsFile();
    for (const QString &path : anchors) {
        if (auto s = AnchorExport::write(path, *head, db->location()); !s) {
            io.err << "pareview backup: " << s.error() << '\n';
            return Failure;
        }
        io.out << "audit anchor " << head->toString() << " written to " << path << '\n';
    }
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
