#include "cli/PolicyCommand.h"

#include "policy/PolicyLibrary.h"
#include "policy/PolicyLoader.h"

#include <QDir>

namespace pareview::cli {

static int check(const QStringList &givenFiles, Streams io)
{
    // The catalog was read (and refused if wrong) before this runs; say what it holds.
    const Catalog &catalog = Catalog::current();
    io.out << "catalog: ok — " << catalog.drugs().size() << " drugs, " << catalog.labs().size() << " labs, "
           << catalog.attestations().size() << " attestation items, " << catalog.diagnoses().size() << " diagnosis concepts, "
           << catalog.prescriberKinds().size() << " prescriber kinds, " << catalog.linesOfBusiness().size() << " lines of business\n";
    // No file named: the built-in policies, against this catalog.
    QStringList files = givenFiles;
    if (files.isEmpty()) {
        const QDir builtIn(QStringLiteral(":/policies"));
        for (const QString &name : builtIn.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << builtIn.filePath(name);
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
        io.err << "pareview policy: use \"policy check [--catalog DIR] [FILE…]\" or \"policy list\"\n";
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
