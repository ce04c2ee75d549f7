// pareview-bench: how fast pareview is at a plan's scale, each figure beside
// a baseline measured in the same run (issue 6). tools/bench.sh builds a
// Release tree, runs this and writes BENCHMARKS.md.
//
//   pareview-bench [--sections eval,cql,worklist,case,letters,startup,stalls,import,integrity]
//                  [--sizes 10000,100000,1000000] [--eval-bundles 10000]
//                  [--reps 5] [--work DIR] [--out FILE] [--startup-store LABEL=PATH]…
//   pareview-bench --write-bundles DIR N   (the generated bundles, for profiling)
//
// PAREVIEW_BENCH_PG=postgresql://user@host:port/db names a private
// PostgreSQL server for the import benchmark.

#include "Bench.h"
#include "BundleGen.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pareview-bench"));
    QApplication::setApplicationName(QStringLiteral("pareview-bench"));

    bench::Config cfg;
    cfg.workDir = QStringLiteral(PAREVIEW_BENCH_WORK);
    cfg.examplesDir = QStringLiteral(PAREVIEW_BENCH_EXAMPLES);
    cfg.pareviewExe = QStringLiteral(PAREVIEW_BENCH_EXE);
    cfg.minimalExe = QStringLiteral(PAREVIEW_BENCH_MINIMAL_EXE);
    cfg.postgres = qEnvironmentVariable("PAREVIEW_BENCH_PG");
    QString out;
    const QStringList args = QApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--sections")) {
            cfg.sections = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            ++i;
        } else if (a == QLatin1String("--sizes")) {
            cfg.sizes.clear();
            for (const QString &s : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                cfg.sizes << s.toInt();
            ++i;
        } else if (a == QLatin1String("--eval-bundles")) {
            cfg.evalBundles = v.toInt();
            ++i;
        } else if (a == QLatin1String("--startup-store")) {
            cfg.startupStores << v;
            ++i;
        } else if (a == QLatin1String("--reps")) {
            cfg.reps = qMax(1, v.toInt());
            ++i;
        } else if (a == QLatin1String("--work")) {
            cfg.workDir = v;
            ++i;
        } else if (a == QLatin1String("--write-bundles") && i + 2 < args.size()) {
            bench::BundleGen gen(cfg.examplesDir);
            QDir().mkpath(v);
            for (int n = 0; n < args[i + 2].toInt(); ++n) {
                QFile f(QDir(v).filePath(QStringLiteral("b%1.json").arg(n, 6, 10, QLatin1Char('0'))));
                if (!gen.ok() || !f.open(QIODevice::WriteOnly) || f.write(gen.make(n)) < 0)
                    return 1;
            }
            return 0;
        } else if (a == QLatin1String("--out")) {
            out = v;
            ++i;
        } else {
            std::fprintf(stderr, "pareview-bench: unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    QDir().mkpath(cfg.workDir);
    cfg.workDir = QDir(cfg.workDir).absolutePath();

    QElapsedTimer total;
    total.start();
    if (cfg.wants(QStringLiteral("eval")))
        bench::runEvaluation(cfg);
    if (cfg.wants(QStringLiteral("cql")))
        bench::runCql(cfg);
    if (cfg.wants(QStringLiteral("worklist")))
        bench::runWorklist(cfg);
    if (cfg.wants(QStringLiteral("case")))
        bench::runOpenCase(cfg);
    if (cfg.wants(QStringLiteral("letters")))
        bench::runLetters(cfg);
    if (cfg.wants(QStringLiteral("startup")))
        bench::runStartup(cfg);
    if (cfg.wants(QStringLiteral("stalls")))
        bench::runStalls(cfg);
    if (cfg.wants(QStringLiteral("import")))
        bench::runImport(cfg);
    if (cfg.wants(QStringLiteral("integrity")))
        bench::runIntegrity(cfg);
    bench::log(QStringLiteral("done in %1 s").arg(total.elapsed() / 1000));

    const QString table = bench::report().markdown();
    if (!out.isEmpty()) {
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "pareview-bench: cannot write %s\n", qPrintable(out));
            return 1;
        }
        f.write(table.toUtf8());
    }
    QTextStream(stdout) << table;
    return 0;
}
