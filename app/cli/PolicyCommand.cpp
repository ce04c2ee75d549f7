#include "cli/PolicyCommand.h"

#include "policy/PolicyLibrary.h"
#include "policy/PolicyLoader.h"

namespace pareview::cli {

static int check(const QStringList &files, Streams io)
{
    if (files.isEmpty()) {
        io.err << "pareview policy check: name at least one policy file\n";
        return BadArguments;
    }
    int code = Ok;
    for (const QString &file : files) {
        const auto result = PolicyLoader::loadFile(file);
        if (!result.errors.isEmpty()) {
            for (const QString &e : result.errors)
                io.err << file << ':' << e << '\n';
            io.out << file << ": " << result.errors.size() << (result.errors.size() == 1 ? " error\n" : " errors\n");
            code = Rejected;
            continue;
        }
        const Policy &p = *result.policy;
        io.out << file << ": ok — " << p.id << ' ' << p.payer << ' ' << p.number << " version " << p.version
               << " effective " << p.effective.toString(Qt::ISODate) << ", " << p.pathways.size() << " pathways, "
               << p.criteriaCount() << " criteria\n";
    }
    return code;
}

static int list(const QStringList &args, Streams io)
{
    PolicyLibrary library = PolicyLibrary::builtIn();
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--policies") && i + 1 < args.size()) {
            for (const QString &e : library.addDirectory(args[++i]))
                io.err << e << '\n';
        } else {
            io.err << "pareview policy list: unknown option " << args[i] << '\n';
            return BadArguments;
        }
    }
    for (const QString &e : library.loadErrors())
        io.err << e << '\n';
    for (const QString &id : library.ids()) {
        for (const Policy *p : library.versions(id)) {
            QStringList drugs;
            for (const auto &d : p->drugs)
                drugs << QStringLiteral("%1 (%2)").arg(d.name, d.hcpcs);
            io.out << id << '\t' << p->payer << ' ' << p->number << '\t' << p->version << '\t'
                   << p->effective.toString(Qt::ISODate) << '\t' << drugs.join(QStringLiteral(", ")) << '\t'
                   << (p->linesOfBusiness.isEmpty() ? QStringLiteral("any (the text lists none)")
                                                    : p->linesOfBusiness.join(QLatin1Char(','))) << '\n';
        }
    }
    return Ok;
}

int runPolicy(const QStringList &args, Streams io)
{
    if (args.isEmpty()) {
        io.err << "pareview policy: use \"policy check FILE…\" or \"policy list\"\n";
        return BadArguments;
    }
    if (args.first() == QLatin1String("check"))
        return check(args.mid(1), io);
    if (args.first() == QLatin1String("list"))
        return list(args.mid(1), io);
    io.err << "pareview policy: unknown subcommand \"" << args.first() << "\"\n";
    return BadArguments;
}

} // namespace pareview::cli
