// Evaluation beside the engine a payer would run instead (issue 14): the
// CQL reference engine of ../shared/peers/cql (cql-execution, as Da Vinci
// DTR runs it, all five policies) and the physical floor (the same bytes
// read from the page cache and parsed with simdjson), measured in the same
// run as `pareview evaluate --bundle-dir DIR --format jsonl`, round after
// round, on the same bundles: generated like real requests, each with a
// chart-note PDF attachment, about 16 KB.
//
// The CQL engine takes a few hundred milliseconds per bundle here, so it
// evaluates a fixed subset of the folder (the first bundles, warm: its
// --repeat figures, translation and JSON parsing excluded); the comparison
// is per evaluation (one bundle × one policy that applies to it).

#include "Bench.h"
#include "BundleGen.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <sys/resource.h>

namespace bench {

namespace {

constexpr int kBundles = 2000;
constexpr int kCqlBundles = 24;
constexpr int kAttachmentBytes = 2400; // 1.2–3.6 KB of PDF, base64 in the bundle

// Writes the folder once; a folder of the right count is reused.
bool ensureFolder(const BundleGen &gen, const QString &dir, int count, qint64 *bytes)
{
    QDir d(dir);
    *bytes = 0;
    const QStringList have = d.exists() ? d.entryList({ QStringLiteral("*.json") }, QDir::Files) : QStringList();
    if (have.size() == count) {
        for (const QString &f : have)
            *bytes += QFileInfo(d.filePath(f)).size();
        return true;
    }
    d.removeRecursively();
    QDir().mkpath(dir);
    for (int i = 0; i < count; ++i) {
        const QByteArray b = gen.make(i, kAttachmentBytes);
        QFile f(d.filePath(QStringLiteral("b%1.json").arg(i, 6, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) || f.write(b) != b.size())
            return false;
        *bytes += b.size();
    }
    return true;
}

struct Run
{
    double ms = -1;
    double cpuMs = -1; // user + system of the process and all its threads
    QString out;
};

double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// `outFile`: standard output goes to that file (read back after the clock
// stops), as a folder's results would be written; otherwise through a pipe.
Run run(const QString &exe, const QStringList &args, const QString &workDir = QString(), const QString &outFile = QString())
{
    QProcess p;
    p.setProgram(exe);
    p.setArguments(args);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    if (!outFile.isEmpty())
        p.setStandardOutputFile(outFile);
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForFinished(1800000)) {
        p.kill();
        p.waitForFinished();
        log(QStringLiteral("%1 did not finish").arg(exe));
        return {};
    }
    Run r{ t.nsecsElapsed() / 1e6, childrenCpuMs() - cpuBefore, QString() };
    if (outFile.isEmpty()) {
        r.out = QString::fromUtf8(p.readAllStandardOutput());
    } else {
        QFile written(outFile);
        if (written.open(QIODevice::ReadOnly))
            r.out = QString::fromUtf8(written.readAll());
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        log(QStringLiteral("%1 %2 exited %3: %4").arg(exe, args.join(QLatin1Char(' '))).arg(p.exitCode()).arg(QString::fromLocal8Bit(p.readAllStandardError()).left(2000)));
        r.ms = -1;
    }
    return r;
}

} // namespace

void runCql(const Config &cfg)
{
    BundleGen gen(cfg.examplesDir);
    if (!gen.ok()) {
        log(gen.error());
        return;
    }
    const QString dir = QDir(cfg.workDir).filePath(QStringLiteral("cql-bundles-%1").arg(kBundles));
    const QString subset = QDir(cfg.workDir).filePath(QStringLiteral("cql-subset-%1").arg(kCqlBundles));
    qint64 bytes = 0, subsetBytes = 0;
    if (!ensureFolder(gen, dir, kBundles, &bytes) || !ensureFolder(gen, subset, kCqlBundles, &subsetBytes)) {
        log(QStringLiteral("cannot write the bundles for the CQL comparison"));
        return;
    }
    report().note(QStringLiteral("CQL comparison set: %1 generated bundles with a chart-note PDF attachment each, %2 in all (%3 KB on average); "
                                 "the CQL engine evaluates the first %4 of them.")
                      .arg(kBundles)
                      .arg(mib(double(bytes)))
                      .arg(double(bytes) / kBundles / 1000.0, 0, 'f', 1)
                      .arg(kCqlBundles));

    // The CQL engine: a writable copy of ../shared/peers/cql with its node_modules (tools/bench.sh makes it).
    const QString cqlDir = qEnvironmentVariable("PAREVIEW_BENCH_CQL");
    const bool haveCql = !cqlDir.isEmpty() && QFile::exists(QDir(cqlDir).filePath(QStringLiteral("node_modules/cql-execution/package.json")));
    if (!haveCql)
        report().note(QStringLiteral("The CQL engine could not run (PAREVIEW_BENCH_CQL unset or without node_modules): no CQL ratio in this run."));
#ifdef PAREVIEW_BENCH_SIMDJSON_EXE
    const QString simdjson = QStringLiteral(PAREVIEW_BENCH_SIMDJSON_EXE);
#else
    const QString simdjson;
    report().note(QStringLiteral("libsimdjson-dev was not found when pareview-bench was built: no simdjson floor in this run."));
#endif

    static const QRegularExpression evaluations(QStringLiteral("= (\\d+) evaluations: (\\d+) ms"));
    QVector<double> appPerBundle, appPerEval, appCpuPerEval, floorPerBundle, cqlPerEval;
    qint64 lines = 0;
    int cqlEvaluations = 0;
    const int rounds = qMax(3, cfg.reps - 2);
    // pareview's lines (16 MB) go to a file, as a folder's results would:
    // read through a pipe, the bench itself took a core from the two the
    // run has (the CQL engine's figure includes no output at all).
    const QString results = QDir(cfg.workDir).filePath(QStringLiteral("cql-results.jsonl"));
    const QStringList evaluateArgs = { QStringLiteral("evaluate"), QStringLiteral("--bundle-dir"), dir, QStringLiteral("--format"), QStringLiteral("jsonl") };
    run(cfg.pareviewExe, evaluateArgs, QString(), results); // page cache
    for (int r = 0; r < rounds; ++r) {
        const Run app = run(cfg.pareviewExe, evaluateArgs, QString(), results);
        if (app.ms > 0) {
            lines = app.out.count(QLatin1Char('\n'));
            appPerBundle << app.ms / kBundles;
            appPerEval << app.ms / double(qMax<qint64>(1, lines));
            appCpuPerEval << app.cpuMs / double(qMax<qint64>(1, lines));
        }
        if (!simdjson.isEmpty()) {
            const Run floor = run(simdjson, { dir });
            static const QRegularExpression us(QStringLiteral("us=(\\d+)"));
            const auto m = us.match(floor.out);
            if (floor.ms > 0 && m.hasMatch())
                floorPerBundle << floor.ms / kBundles; // process start included, as for pareview
        }
        if (haveCql) {
            double ms = 0;
            int n = 0;
            for (const QString &runner : { QStringLiteral("run.mjs"), QStringLiteral("factor-viia/run.mjs"), QStringLiteral("gene-therapy/run.mjs") }) {
                const Run c = run(QStringLiteral("node"), { runner, subset, QStringLiteral("--repeat"), QStringLiteral("2") }, cqlDir);
                auto it = evaluations.globalMatch(c.out);
                while (it.hasNext()) {
                    const auto m = it.next();
                    n += m.captured(1).toInt();
                    ms += m.captured(2).toDouble();
                }
            }
            if (n > 0) {
                cqlPerEval << ms / n;
                cqlEvaluations = n / 2;
            }
        }
        log(QStringLiteral("cql round %1: pareview %2 ms/bundle (CPU %5 ms/evaluation), floor %3, CQL %4 ms/evaluation")
                .arg(r + 1)
                .arg(appPerBundle.isEmpty() ? -1 : appPerBundle.last(), 0, 'f', 3)
                .arg(floorPerBundle.isEmpty() ? -1 : floorPerBundle.last(), 0, 'f', 3)
                .arg(cqlPerEval.isEmpty() ? -1 : cqlPerEval.last(), 0, 'f', 1)
                .arg(appCpuPerEval.isEmpty() ? -1 : appCpuPerEval.last(), 0, 'f', 3));
    }
    if (appPerBundle.isEmpty())
        return;
    const QString group = QStringLiteral("Evaluation beside the CQL engine and the simdjson floor (%1 bundles of %2 KB with a chart-note attachment, one process on %4 cores; %3 rounds interleaved)")
                              .arg(kBundles)
                              .arg(double(bytes) / kBundles / 1000.0, 0, 'f', 1)
                              .arg(appPerBundle.size())
                              .arg(QThread::idealThreadCount());
    const double a = median(appPerBundle), ae = median(appPerEval);
    if (!floorPerBundle.isEmpty()) {
        const double f = median(floorPerBundle);
        report().add({ group,
                       QStringLiteral("`pareview evaluate --bundle-dir DIR --format jsonl > FILE`, wall time per bundle (process start, policy load, read, import, evaluate, write; %1 lines)").arg(lines),
                       ms(a), QStringLiteral("simdjson: the same files read and parsed, every value touched, one process (wall per bundle)"), ms(f),
                       times(a / f) + QStringLiteral(" the floor"), QString(), QStringLiteral("—") });
    }
    if (!cqlPerEval.isEmpty()) {
        const double c = median(cqlPerEval);
        report().add({ group,
                       QStringLiteral("the same, per evaluation (bundle × applicable policy)"), ms(ae),
                       QStringLiteral("CQL engine (cql-execution 3.3.2, node), warm, per bundle × policy in scope (%1 evaluations of the first %2 bundles)").arg(cqlEvaluations).arg(kCqlBundles),
                       ms(c), times(c / ae) + QStringLiteral(" faster"), QStringLiteral("≥ 100× faster"), atLeast(c / ae, 100) });
        // The CQL engine's figure is one thread's; pareview's folder run uses
        // every core, so its CPU time per evaluation is the like-for-like one.
        const double cpu = median(appCpuPerEval);
        report().add({ group,
                       QStringLiteral("the same, CPU time per evaluation (user + system, all threads, process start included)"), ms(cpu),
                       QStringLiteral("the CQL engine's warm evaluation, as above (one thread)"), ms(c),
                       times(c / cpu) + QStringLiteral(" faster"), QString(), QStringLiteral("—") });
    }
}

} // namespace bench
