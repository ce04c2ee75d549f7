// Start-up: process start to the main window shown (first painted), for
// `pareview` on a demo-sized store and on the 100,000-case store, beside a
// minimal Qt Widgets program that shows an empty window (the floor); peak
// RSS (VmHWM) of each. Both run on the offscreen platform and report the
// wall-clock time of their first paint; the benchmark takes the time just
// before it starts them.

#include "Bench.h"
#include "BundleGen.h"
#include "StoreGen.h"
#include "store/Database.h"
#include "store/DemoData.h"

#include <QDir>
#include <QLocale>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <chrono>

namespace bench {

namespace {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct Launch
{
    double ms = -1;
    double rssMiB = -1;
    double cpuMs = -1; // user + system time of the process up to the first paint
};

Launch launch(const QString &exe, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProgram(exe);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    const qint64 start = nowUs();
    p.start();
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        log(QStringLiteral("%1 did not finish").arg(exe));
        return {};
    }
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    static const QRegularExpression re(QStringLiteral("pareview-bench shown_us=(\\d+) vmhwm_kb=(\\d+)(?: cpu_us=(\\d+))?"));
    const auto m = re.match(out);
    if (!m.hasMatch()) {
        log(QStringLiteral("%1 reported nothing (exit %2): %3 %4")
                .arg(exe)
                .arg(p.exitCode())
                .arg(out, QString::fromLocal8Bit(p.readAllStandardError())));
        return {};
    }
    return { (m.captured(1).toLongLong() - start) / 1000.0, m.captured(2).toDouble() / 1024.0,
             m.captured(3).isEmpty() ? -1 : m.captured(3).toDouble() / 1000.0 };
}

} // namespace

void runStartup(const Config &cfg)
{
    if (!QFile::exists(cfg.pareviewExe) || !QFile::exists(cfg.minimalExe)) {
        log(QStringLiteral("start-up: %1 or %2 missing").arg(cfg.pareviewExe, cfg.minimalExe));
        return;
    }
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PAREVIEW_BENCH_EXIT_ON_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path()); // QSettings: not the user's own

    // A demo-sized store: the ten demo requests and the four demo users.
    const QString demo = QDir(cfg.workDir).filePath(QStringLiteral("startup-demo.sqlite"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(demo + suffix);
    {
        auto db = pareview::Database::open(demo);
        if (!db) {
            log(db.error());
            return;
        }
        if (auto n = pareview::DemoData::populate(*db.value()); !n) {
            log(n.error());
            return;
        }
    }
    struct Store
    {
        QString label, path, user;
    };
    QVector<Store> stores = { { QStringLiteral("demo store (10 cases)"), demo, QStringLiteral("reviewer") } };
    // The generated stores (made when not cached): start-up must not grow with them.
    BundleGen gen(cfg.examplesDir);
    for (int size : cfg.sizes) {
        if (size < 100000 || !gen.ok())
            continue;
        QString error;
        const QString path = ensureStore(cfg, gen, size, &error);
        if (path.isEmpty()) {
            log(error);
            continue;
        }
        stores << Store{ QStringLiteral("%1-case store").arg(QLocale(QLocale::English).toString(size)), path, QStringLiteral("bench-reviewer") };
    }
    for (const QString &extra : cfg.startupStores) {
        const qsizetype eq = extra.indexOf(QLatin1Char('='));
        if (eq > 0 && QFile::exists(extra.mid(eq + 1)))
            stores << Store{ extra.left(eq), extra.mid(eq + 1), QStringLiteral("bench-reviewer") };
    }
    // Every store and the minimal program in turn, round after round: each
    // figure's baseline comes from the same minutes of this shared machine.
    QProcessEnvironment minimalEnv = env;
    auto args = [](const Store &s) { return QStringList{ QStringLiteral("--db"), s.path }; };
    auto appEnv = [&env](const Store &s) {
        QProcessEnvironment e = env;
        e.insert(QStringLiteral("PAREVIEW_BENCH_USER"), s.user);
        return e;
    };
    for (const Store &s : std::as_const(stores))
        launch(cfg.pareviewExe, args(s), appEnv(s)); // warm the OS caches
    launch(cfg.minimalExe, {}, minimalEnv);
    QVector<QVector<double>> appMs(stores.size()), appRss(stores.size()), appCpu(stores.size());
    QVector<double> minMs, minRss, minCpu;
    for (int r = 0; r < qMax(7, cfg.reps); ++r) {
        for (int i = 0; i < stores.size(); ++i) {
            const Launch a = launch(cfg.pareviewExe, args(stores[i]), appEnv(stores[i]));
            if (a.ms >= 0) {
                appMs[i] << a.ms;
                appRss[i] << a.rssMiB;
                if (a.cpuMs >= 0)
                    appCpu[i] << a.cpuMs;
            }
        }
        const Launch m = launch(cfg.minimalExe, {}, minimalEnv);
        if (m.ms >= 0) {
            minMs << m.ms;
            minRss << m.rssMiB;
            if (m.cpuMs >= 0)
                minCpu << m.cpuMs;
        }
    }
    if (minMs.isEmpty() || appMs[0].isEmpty())
        return;
    const double m = median(minMs), mr = median(minRss), demoMs = median(appMs[0]);
    const QString group = QStringLiteral(
        "Start-up (offscreen platform, process start to first paint of the main window with its worklist; "
        "the integrity check starts after it; every store and the minimal program interleaved, %1 rounds)")
                              .arg(minMs.size());
    for (int i = 0; i < stores.size(); ++i) {
        const Store &s = stores[i];
        if (appMs[i].isEmpty())
            continue;
        const double a = median(appMs[i]), ar = median(appRss[i]);
        report().add({ group,
                       QStringLiteral("`pareview --db` %1, signed in as %2 (sign-in dialog skipped by the bench hook)").arg(s.label, s.user),
                       ms(a), QStringLiteral("minimal Qt Widgets program, empty window"), ms(m), times(a / m),
                       i == 0 ? QStringLiteral("≤ 2× the minimal program") : QString(), i == 0 ? atMost(a / m, 2) : QStringLiteral("—") });
        // The same start in CPU time (user + system, std::clock() at the
        // first paint): what the start costs, without the waiting for a core
        // that dominates the wall time on a loaded machine.
        if (!appCpu[i].isEmpty() && !minCpu.isEmpty()) {
            const double c = median(appCpu[i]), mc = median(minCpu);
            report().add({ group, QStringLiteral("CPU time to the first paint, %1").arg(s.label), ms(c),
                           QStringLiteral("minimal Qt Widgets program, CPU time to its first paint"), ms(mc), times(c / mc),
                           QString(), QStringLiteral("—") });
        }
        if (i > 0)
            report().add({ group, QStringLiteral("`pareview --db` %1 against the demo store").arg(s.label), ms(a),
                           QStringLiteral("`pareview --db` demo store"), ms(demoMs), times(a / demoMs),
                           QStringLiteral("≤ 1.5× the demo store"), atMost(a / demoMs, 1.5) });
        report().add({ group, QStringLiteral("peak RSS (VmHWM), %1").arg(s.label), QStringLiteral("%1 MiB").arg(ar, 0, 'f', 1),
                       QStringLiteral("minimal Qt Widgets program"), QStringLiteral("%1 MiB").arg(mr, 0, 'f', 1),
                       QStringLiteral("+%1 MiB").arg(ar - mr, 0, 'f', 1), QStringLiteral("≤ +50 MB (47.7 MiB)"),
                       atMost((ar - mr) * 1048576.0, 50e6, QStringLiteral("+%1 MiB").arg(ar - mr, 0, 'f', 1)) });
    }
}

} // namespace bench
