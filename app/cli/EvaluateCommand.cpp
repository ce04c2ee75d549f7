#include "cli/EvaluateCommand.h"

#include "cli/EvaluationText.h"
#include "engine/EvaluationJson.h"
#include "engine/Evaluator.h"
#include "intake/FhirImporter.h"
#include "json/JsonWriter.h"
#include "policy/Applicability.h"
#include "policy/Payers.h"
#include "policy/PolicyLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pareview::cli {
namespace {

struct Options
{
    QString bundle;
    QString bundleDir;
    QString policy;
    QDate asOf;
    QString format = QStringLiteral("json");
    QString policiesDir;
    QString payers; // a payer table file; default: the built-in table
    // The importer's "today" (birth dates after it are refused when a bundle
    // has no timestamp): read once, not for every bundle of a folder.
    QDate today = QDate::currentDate();
};

std::optional<Options> parseOptions(const QStringList &args, Streams io)
{
    Options o;
    auto needValue = [&](int &i) -> std::optional<QString> {
        if (i + 1 >= args.size()) {
            io.err << "pareview evaluate: " << args[i] << " needs a value\n";
            return std::nullopt;
        }
        return args[++i];
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        std::optional<QString> v;
        if (a == QLatin1String("--bundle")) {
            if (!(v = needValue(i)))
                return std::nullopt;
            o.bundle = *v;
        } else if (a == QLatin1String("--bundle-dir")) {
            if (!(v = needValue(i)))
                return std::nullopt;
            o.bundleDir = *v;
        } else if (a == QLatin1String("--policy")) {
            if (!(v = needValue(i)))
                return std::nullopt;
            o.policy = *v;
        } else if (a == QLatin1String("--as-of")) {
            if (!(v = needValue(i)))
                return std::nullopt;
            o.asOf = QDate::fromString(*v, Qt::ISODate);
            if (!o.asOf.isValid() || v->size() != 10) {
                io.err << "pareview evaluate: --as-of \"" << *v << "\" is not a date (YYYY-MM-DD)\n";
                return std::nullopt;
            }
        } else if (a == QLatin1String("--format")) {
            if (!(v = needValue(i)))
                return std::nullopt;
            o.format = *v;
            if (o.format != QLatin1String("json") && o.format != QLatin1String("text") && o.format != QLatin1String("jsonl")) {
                io.err << "pareview evaluate: --format must be json, text or jsonl\n";
                return std::nullopt;
            }
        } else if (a == QLatin1String("--policies")) {
            if (!(v = needValue(i)))
                return std::nullopt;
            o.policiesDir = *v;
        } else if (a == QLatin1String("--payers")) {
            if (!(v = needValue(i)))
                return std::nullopt;
            o.payers = *v;
        } else {
            io.err << "pareview evaluate: unknown argument \"" << a << "\"\n";
            return std::nullopt;
        }
    }
    if (o.bundle.isEmpty() == o.bundleDir.isEmpty()) {
        io.err << "pareview evaluate: give exactly one of --bundle FILE and --bundle-dir DIR\n";
        return std::nullopt;
    }
    if (!o.bundleDir.isEmpty() && o.format != QLatin1String("jsonl")) {
        io.err << "pareview evaluate: --bundle-dir writes one line per result: use --format jsonl\n";
        return std::nullopt;
    }
    return o;
}

struct BundleOutcome
{
    int code = Ok;
    QString error;
    QVector<Evaluation> evaluations;
};

// The message of a file that cannot be read, as QFile words it.
QString unreadable(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
}

QString tooLarge(const QString &path, qint64 size)
{
    return QStringLiteral("%1 is %2 bytes, larger than 256 MiB: too large to be a request").arg(path).arg(size);
}

QByteArray readBundle(const QString &path, QIODevice &in, QString *error)
{
    if (path == QLatin1String("-")) {
        QByteArray data;
        while (!in.atEnd()) {
            data += in.read(1 << 20);
            if (data.size() > FhirImporter::MaxBundleBytes) {
                *error = QStringLiteral("standard input is larger than 256 MiB: too large to be a request");
                return {};
            }
        }
        return data;
    }
    // One open, one fstat and one read straight into the buffer: QFile's
    // engine (its own stat, buffering, a growing readAll) was a twentieth of
    // evaluating a folder. A file that cannot be opened goes through QFile
    // for its message.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = unreadable(path);
        return {};
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        // Not a plain file (a fifo, a device): QFile reads what it can.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
            return {};
        }
        if (f.size() > FhirImporter::MaxBundleBytes) {
            *error = tooLarge(path, f.size());
            return {};
        }
        return f.readAll();
    }
    if (st.st_size > FhirImporter::MaxBundleBytes) {
        ::close(fd);
        *error = tooLarge(path, st.st_size);
        return {};
    }
    QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, std::size_t(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    data.truncate(got); // a file that shrank while read: what was there
    return data;
}

BundleOutcome evaluateBundle(const QString &path, const Options &o, const PolicyLibrary &library, const PayerTable &payers,
                             QIODevice &in)
{
    BundleOutcome out;
    QString readError;
    const QByteArray data = readBundle(path, in, &readError);
    if (!readError.isEmpty()) {
        out.code = Rejected;
        out.error = readError;
        return out;
    }
    auto facts = FhirImporter::import(data, o.today);
    if (!facts) {
        out.code = Rejected;
        out.error = QStringLiteral("bundle rejected: %1").arg(facts.error());
        return out;
    }
    const QDate asOf = o.asOf.isValid() ? o.asOf : Evaluator::defaultAsOf(facts.value());

    if (!facts->drug.has()) {
        out.code = NoPolicy;
        out.error = QStringLiteral("no policy applies: the request names none of the reviewed drugs "
                                   "(Sevenfact J7212, NovoSeven RT J7189, Hemgenix J1411, Roctavian J1412)");
        return out;
    }
    // The one decision of which policies apply (policy/Applicability).
    auto selection = applicablePolicies(library, payers, facts.value(), asOf, o.policy);
    if (!selection) {
        out.code = NoPolicy;
        out.error = selection.error();
        return out;
    }
    for (const ApplicablePolicy &a : selection->policies) {
        Evaluation ev = Evaluator::evaluate(*a.policy, facts.value(), asOf);
        ev.warnings = a.warnings;
        out.evaluations.append(std::move(ev));
    }
    return out;
}

// The lines of one bundle of a folder, in UTF-8 as they are written.
QByteArray folderLines(const QDir &dir, const QString &name, const Options &o, const PolicyLibrary &library,
                       const PayerTable &payers, QIODevice &in)
{
    const BundleOutcome r = evaluateBundle(dir.filePath(name), o, library, payers, in);
    if (r.code != Ok) {
        return QStringLiteral("{\"bundle\":%1,\"error\":%2,\"exitCode\":%3}\n")
            .arg(json::Writer::quote(name), json::Writer::quote(r.error))
            .arg(r.code)
            .toUtf8();
    }
    QByteArray lines;
    for (const Evaluation &ev : r.evaluations) {
        lines += evaluationToJsonUtf8(ev, name, false);
        lines += '\n';
    }
    return lines;
}

// A folder's bundles are independent: they are evaluated on every core,
// and their lines written in the folder's order, as one thread would. The
// calling thread is one of the workers, and whichever worker finishes the
// next batch in order writes it: a separate writer thread woke up for every
// bundle and took a core from the workers (a quarter more CPU time than one
// thread, in context switches). Workers run at most kAhead batches ahead of
// what is written, so memory stays bounded for any folder. The policy
// library and payer table are only read.
void evaluateFolder(const QDir &dir, const QStringList &files, const Options &o, const PolicyLibrary &library,
                    const PayerTable &payers, Streams io)
{
    const int count = int(files.size());
    // Bytes straight to the device when there is one (stdout): they are
    // UTF-8 already.
    io.out.flush();
    QIODevice *device = io.out.device();
    const auto write = [&](const QByteArray &text) {
        if (device)
            device->write(text);
        else
            io.out << QString::fromUtf8(text);
    };
    const int threads = qBound(1, QThread::idealThreadCount(), qMax(1, count));
    if (threads == 1) {
        for (const QString &name : files)
            write(folderLines(dir, name, o, library, payers, io.in));
        return;
    }
    // Bundles are taken and handed over in batches: one lock and one buffer
    // per batch, not per bundle. Up to 8 bundles a batch, fewer in a small
    // folder, so that each thread still gets several.
    const int batchSize = qBound(1, count / (threads * 4), 8);
    constexpr int kAhead = 64;
    const int batches = (count + batchSize - 1) / batchSize;
    std::mutex mutex;
    std::condition_variable room; // what is written moved on
    auto ready = std::vector<std::optional<QByteArray>>(std::size_t(batches));
    int next = 0;
    int writtenUpTo = 0;
    bool writing = false;

    auto work = [&] {
        for (;;) {
            int batch;
            {
                std::unique_lock<std::mutex> lock(mutex);
                room.wait(lock, [&] { return next >= batches || next < writtenUpTo + kAhead; });
                if (next >= batches)
                    return;
                batch = next++;
            }
            QByteArray text;
            for (int i = batch * batchSize, last = qMin(count, (batch + 1) * batchSize); i < last; ++i)
                text += folderLines(dir, files[i], o, library, payers, io.in);

            std::unique_lock<std::mutex> lock(mutex);
            ready[std::size_t(batch)] = std::move(text);
            if (writing)
                continue; // the worker writing now takes this batch when its turn comes
            writing = true;
            while (writtenUpTo < batches && ready[std::size_t(writtenUpTo)]) {
                const QByteArray out = std::move(*ready[std::size_t(writtenUpTo)]);
                ready[std::size_t(writtenUpTo)].reset();
                ++writtenUpTo;
                lock.unlock();
                room.notify_all();
                write(out);
                lock.lock();
            }
            writing = false;
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(std::size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &t : workers)
        t.join();
    Q_ASSERT(writtenUpTo == batches);
}

} // namespace

int runEvaluate(const QStringList &args, Streams io)
{
    const auto options = parseOptions(args, io);
    if (!options)
        return BadArguments;
    const Options &o = *options;

    PolicyLibrary library = PolicyLibrary::builtIn();
    for (const QString &e : library.loadErrors())
        io.err << "pareview: built-in policy: " << e << '\n';
    if (!o.policiesDir.isEmpty()) {
        const QStringList errors = library.addDirectory(o.policiesDir);
        for (const QString &e : errors)
            io.err << "pareview: " << e << '\n';
        if (!errors.isEmpty())
            return BadArguments;
    }
    if (!o.policy.isEmpty() && !library.contains(o.policy)) {
        io.err << "pareview evaluate: unknown policy \"" << o.policy << "\" (known: " << library.ids().join(QStringLiteral(", "))
               << ")\n";
        return BadArguments;
    }
    // No store here: the payer table is the built-in one unless a file is given.
    PayerTable payers = PayerTable::builtIn();
    if (!o.payers.isEmpty()) {
        auto table = PayerTable::fromFile(o.payers);
        if (!table) {
            io.err << "pareview evaluate: " << table.error() << '\n';
            return BadArguments;
        }
        payers = table.value();
        if (const QStringList problems = payers.problems(&library); !problems.isEmpty()) {
            io.err << "pareview evaluate: " << o.payers << ": " << problems.join(QStringLiteral("; ")) << '\n';
            return BadArguments;
        }
    }

    if (!o.bundleDir.isEmpty()) {
        const QDir dir(o.bundleDir);
        if (!dir.exists()) {
            io.err << "pareview evaluate: no such folder " << o.bundleDir << '\n';
            return BadArguments;
        }
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        evaluateFolder(dir, files, o, library, payers, io);
        return Ok;
    }

    const QString name = o.bundle == QLatin1String("-") ? QStringLiteral("-") : QFileInfo(o.bundle).fileName();
    const BundleOutcome r = evaluateBundle(o.bundle, o, library, payers, io.in);
    if (r.code != Ok) {
        io.err << "pareview evaluate: " << (o.bundle == QLatin1String("-") ? QStringLiteral("standard input") : o.bundle)
               << ": " << r.error << '\n';
        return r.code;
    }
    if (o.format == QLatin1String("text")) {
        for (const Evaluation &ev : r.evaluations)
            io.out << evaluationToText(ev, name) << '\n';
    } else if (o.format == QLatin1String("jsonl")) {
        for (const Evaluation &ev : r.evaluations)
            io.out << evaluationToJson(ev, name, false) << '\n';
    } else if (r.evaluations.size() == 1) {
        io.out << evaluationToJson(r.evaluations.first(), name, true) << '\n';
    } else {
        // One object per policy applied, as a JSON array.
        io.out << "[\n";
        for (int i = 0; i < r.evaluations.size(); ++i)
            io.out << evaluationToJson(r.evaluations[i], name, true) << (i + 1 < r.evaluations.size() ? ",\n" : "\n");
        io.out << "]\n";
    }
    return Ok;
}

} // namespace pareview::cli
