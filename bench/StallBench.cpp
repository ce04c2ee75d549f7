// No freezes (issues 10 and 14): the longest the event loop of the window
// went without running, while the work a person starts runs. A 2 ms timer
// on the GUI thread notes the longest gap between its ticks; the work is
// started as a person starts it (the window's own actions, the folder
// chosen through the dialog wrapper) on the offscreen platform. Goal: no
// gap over 100 ms. Beside each: how long the whole operation took, and for
// the integrity check the same check run on the GUI thread (how start-up
// ran it before).

#include "Bench.h"
#include "BundleGen.h"
#include "StoreGen.h"

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "policy/PolicyLibrary.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreCheck.h"
#include "store/Users.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <functional>

namespace bench {

namespace {

// The longest gap between ticks of a 2 ms timer while `work` runs (which
// may spin the event loop itself, or start something and return: then the
// loop runs until `done` is true).
struct Stall
{
    double longestMs = 0;
    double totalMs = 0;
};

Stall measureStall(const std::function<void()> &work, const std::function<bool()> &done = {})
{
    QElapsedTimer clock, total;
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    beat.setInterval(2);
    qint64 last = 0, longest = 0;
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    clock.start();
    beat.start();
    QEventLoop settle; // the first tick, so the gap counts from a running loop
    QTimer::singleShot(10, &settle, &QEventLoop::quit);
    settle.exec();
    longest = 0;
    last = clock.nsecsElapsed();
    total.start();
    work();
    while (done && !done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const qint64 end = clock.nsecsElapsed();
    longest = qMax(longest, end - last); // a stall at the very end counts too
    beat.stop();
    return { longest / 1e6, total.nsecsElapsed() / 1e6 };
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

const QString kGroup = QStringLiteral("No freezes: the longest event-loop stall of the window while the work runs (2 ms heartbeat on the GUI thread, offscreen)");

} // namespace

void runStalls(const Config &cfg)
{
    BundleGen gen(cfg.examplesDir);
    if (!gen.ok()) {
        log(gen.error());
        return;
    }
    const pareview::PolicyLibrary library = pareview::PolicyLibrary::builtIn();

    // 1. The integrity check of the largest generated store: StoreCheck (its
    // own connection and thread) against the same check on the GUI thread.
    for (int size : cfg.sizes) {
        if (size != cfg.sizes.last())
            continue;
        QString error;
        const QString path = ensureStore(cfg, gen, size, &error);
        if (path.isEmpty()) {
            log(error);
            break;
        }
        const QString label = QLocale(QLocale::English).toString(size);
        QVector<double> bgStall, bgTotal, fgStall;
        for (int r = 0; r < qMax(1, cfg.reps / 2); ++r) {
            auto db = pareview::Database::open(path, {}, pareview::Database::CheckOnOpen::Later);
            if (!db) {
                log(db.error());
                return;
            }
            std::unique_ptr<pareview::StoreCheck> check;
            const Stall bg = measureStall([&] { check = std::make_unique<pareview::StoreCheck>(db.value()); },
                                          [&] { return check && check->state() != pareview::StoreCheck::State::Running; });
            if (check->state() != pareview::StoreCheck::State::Passed)
                log(QStringLiteral("stalls: the check of %1 failed: %2").arg(path, check->problem()));
            bgStall << bg.longestMs;
            bgTotal << bg.totalMs;
            const Stall fg = measureStall([&] { (void)db.value()->integrityProblem(pareview::Database::checkFor(QFileInfo(path).size())); });
            fgStall << fg.longestMs;
            log(QStringLiteral("stalls: check of %1 cases: background %2 ms stall (%3 ms), foreground %4 ms").arg(label).arg(bg.longestMs).arg(bg.totalMs).arg(fg.longestMs));
        }
        report().add({ kGroup,
                       QStringLiteral("integrity check of the %1-case store (%2; %3 ms in all), StoreCheck beside the window")
                           .arg(label, pareview::Database::checkFor(QFileInfo(path).size()) == pareview::Database::Check::Full ? QStringLiteral("integrity_check")
                                                                                                                             : QStringLiteral("quick_check"))
                           .arg(median(bgTotal), 0, 'f', 0),
                       ms(median(bgStall)), QStringLiteral("the same check on the GUI thread (start-up before this change)"), ms(median(fgStall)),
                       times(median(bgStall) / median(fgStall)), QStringLiteral("< 100 ms"), atMost(median(bgStall), 100) });
    }

    // 2. Folder import and re-evaluation in the window, on a demo store.
    const QString store = QDir(cfg.workDir).filePath(QStringLiteral("stalls-demo.sqlite"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(store + suffix);
    auto db = pareview::Database::open(store);
    if (!db || !pareview::DemoData::populate(*db.value())) {
        log(QStringLiteral("stalls: cannot make the demo store"));
        return;
    }
    const int bundles = 100;
    const QString folder = QDir(cfg.workDir).filePath(QStringLiteral("stalls-bundles"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    for (int i = 0; i < bundles; ++i) {
        QFile f(QDir(folder).filePath(QStringLiteral("b%1.json").arg(i, 4, 10, QLatin1Char('0'))));
        const QByteArray b = gen.make(100000 + i, 64 * 1024); // a chart note of 32–96 KiB each
        if (!f.open(QIODevice::WriteOnly) || f.write(b) != b.size())
            return;
    }
    auto admin = pareview::Users::byName(*db.value(), QStringLiteral("admin"));
    auto director = pareview::Users::byName(*db.value(), QStringLiteral("director"));
    if (!admin || !director)
        return;
    {
        pareview::MainWindow window(db.value(), admin.value(), library);
        window.show();
        QCoreApplication::processEvents();
        pareview::Dialogs::answerNext(pareview::Dialogs::path(pareview::Dialogs::Kind::Directory, folder));
        QAction *import = action(&window, "importFolderAction");
        const Stall s = measureStall([&] { import->trigger(); });
        report().add({ kGroup, QStringLiteral("File → Import a folder of bundles… (%1 bundles with a 32–96 KiB attachment each, into SQLite)").arg(bundles),
                       ms(s.longestMs), QStringLiteral("the whole import"), ms(s.totalMs), times(s.longestMs / s.totalMs), QStringLiteral("< 100 ms"),
                       atMost(s.longestMs, 100) });
    }
    {
        pareview::MainWindow window(db.value(), director.value(), library);
        window.show();
        QCoreApplication::processEvents();
        QAction *reevaluate = action(&window, "reevaluateAction");
        const Stall s = measureStall([&] { reevaluate->trigger(); });
        report().add({ kGroup, QStringLiteral("File → Re-evaluate the listed cases… (the director's default list of the store above)"), ms(s.longestMs),
                       QStringLiteral("the whole re-evaluation"), ms(s.totalMs), times(s.longestMs / s.totalMs), QStringLiteral("< 100 ms"),
                       atMost(s.longestMs, 100) });
    }
}

} // namespace bench
