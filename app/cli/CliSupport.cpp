#include "cli/CliSupport.h"

#include "store/Database.h"

namespace pareview::cli {

Args parseArgs(const QStringList &args, const QStringList &known)
{
    Args out;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!known.contains(a)) {
            out.error = QStringLiteral("unknown argument \"%1\"").arg(a);
            return out;
        }
        if (i + 1 >= args.size()) {
            out.error = QStringLiteral("%1 needs a value").arg(a);
            return out;
        }
        if (out.values.contains(a)) {
            out.error = QStringLiteral("%1 is given twice").arg(a);
            return out;
        }
        out.values.insert(a, args[++i]);
    }
    return out;
}

QString readLine(QIODevice &in)
{
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

std::shared_ptr<Database> openStore(const QString &command, const QString &location, Streams io)
{
    if (location.isEmpty()) {
        io.err << "pareview " << command << ": --db is required\n";
        return nullptr;
    }
    auto db = Database::open(location);
    if (!db) {
        io.err << "pareview " << command << ": " << db.error() << '\n';
        return nullptr;
    }
    return db.value();
}

} // namespace pareview::cli
