// The workstation and every subcommand that is not run by app/main.cpp with
// Qt Core alone: with no arguments the window; with a subcommand a headless
// tool that never opens one (see `pareview help`). Built as the module
// libpareview-workstation.so beside the program, which loads it and calls
// pareview_workstation_main() with the program's arguments.

#include "cli/Cli.h"
#include "cli/LetterCommands.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/StoreCheckNotice.h"

#include "store/Database.h"
#include "store/StoreCheck.h"
#include "store/Users.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <cstdio>
#include <ctime>

#include <dlfcn.h>

namespace {
// tools/bench.sh: with PAREVIEW_BENCH_EXIT_ON_SHOWN=1 the workstation prints
// the wall-clock time of the main window's first paint and its peak RSS, then
// quits. Only then, and only on the offscreen platform (nothing reaches a
// screen, no input is read), PAREVIEW_BENCH_USER names the user to open as
// instead of the sign-in dialog.
class BenchShownProbe : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                const long long us = std::chrono::duration_cast<std::chrono::microseconds>(
                                         std::chrono::system_clock::now().time_since_epoch()).count();
                long long hwm = 0;
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmHWM:"))
                            hwm = line.mid(6).trimmed().split(' ').first().toLongLong();
                // CPU time as well: on a loaded machine the wall time is mostly waiting for a core.
                const long long cpuUs = (long long)(std::clock()) * 1000000LL / CLOCKS_PER_SEC;
                std::printf("pareview-bench shown_us=%lld vmhwm_kb=%lld cpu_us=%lld\n", us, hwm, cpuUs);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_done = false;
};
// Runs `then` once, after the first paint of any window.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> then)
        : m_then(std::move(then))
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, qApp, std::move(m_then));
            m_then = nullptr;
            qApp->removeEventFilter(this);
        }
        return false;
    }

private:
    std::function<void()> m_then;
};
} // namespace

extern "C" Q_DECL_EXPORT int pareview_workstation_main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (pareview::cli::isHeadless(args)) {
        // Writing a letter lays out text with fonts: that needs Qt Gui, on
        // the offscreen platform (never a window, no display needed).
        std::unique_ptr<QCoreApplication> app;
        if (pareview::cli::needsGuiApplication(args)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("pareview"));
        return pareview::cli::runOnStandardStreams(args, pareview::cli::command);
    }
    // Refused before any window system is touched.
    if (const QString problem = pareview::cli::workstationArgumentsError(args); !problem.isEmpty()) {
        QTextStream err(stderr);
        err << "pareview: " << problem << "\n" << pareview::cli::usage();
        return pareview::cli::BadArguments;
    }

    // Fontconfig's configuration (XML files and font caches) is read on a
    // thread of its own while the window system, the store and the
    // policies start: the first text the window lays out needs it, and Qt's
    // FcInit() then finds it made (fontconfig is thread-safe; libfontconfig
    // is already loaded by Qt Gui).
    auto fonts = std::async(std::launch::async, [] {
        if (void *lib = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_NOLOAD)) {
            if (auto fcInit = reinterpret_cast<int (*)()>(dlsym(lib, "FcInit")))
                fcInit();
            dlclose(lib);
        }
    });

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pareview"));
    QApplication::setOrganizationName(QStringLiteral("pareview"));
    QSettings settings;

    // --catalog DIR: catalog files read over the built-in ones, before any
    // policy is loaded (policies may name only what the catalog defines).
    {
        QStringList rest = args;
        QString problem;
        const QString catalogDir = pareview::cli::catalogFolder(&rest, &problem);
        if (!catalogDir.isEmpty()) {
            QStringList errors;
            auto catalog = pareview::cli::loadCatalog(catalogDir, &errors);
            if (!catalog) {
                pareview::Dialogs::critical(nullptr, QObject::tr("pareview"),
                                            QObject::tr("The catalog in %1 cannot be used:\n%2").arg(catalogDir, errors.join(QLatin1Char('\n'))));
                return 1;
            }
            pareview::Catalog::setCurrent(std::move(*catalog));
        }
    }
    // The built-in policies are read on a thread of their own while the
    // store opens; the session takes them below. Only now: the thread that
    // first uses Qt becomes Qt's main thread, and that must be this one.
    auto policies = std::async(std::launch::async, [] { return pareview::PolicyLibrary::builtIn(); });

    // The store: --db LOCATION, else the one used last, else a file in the
    // user's data folder.
    QString location = settings.value(QStringLiteral("store/location")).toString();
    const int dbArg = int(args.indexOf(QStringLiteral("--db")));
    if (dbArg >= 0 && dbArg + 1 < args.size())
        location = args[dbArg + 1];
    if (location.isEmpty()) {
        // First start: ask where the case store goes, offering the user's data folder.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        const QString suggested = QDir(dir).filePath(QStringLiteral("pareview.sqlite"));
        location = pareview::Dialogs::saveFileName(nullptr, QObject::tr("Where should pareview keep its case store?"), suggested,
                                                   QObject::tr("pareview stores (*.sqlite)"), pareview::Dialogs::KeepExisting);
        if (location.isEmpty())
            return 0;
    }
    // The integrity check runs beside the first window, not before it
    // (StoreCheck); the store takes no writes until it passes.
    auto db = pareview::Database::open(location, {}, pareview::Database::CheckOnOpen::Later);
    // A team server that wants a password no ~/.pgpass gave: ask for it; it
    // stays in memory (for reconnecting) until pareview closes.
    for (int attempt = 0; attempt < 3 && !db && pareview::Database::needsPassword(db.error()); ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(nullptr, QObject::tr("pareview"),
                                                       QObject::tr("Password for the database server %1:").arg(QUrl(location).toString(QUrl::RemoveQuery)),
                                                       QLineEdit::Password, QString(), &ok);
        if (!ok)
            return 0;
        db = pareview::Database::open(location, password, pareview::Database::CheckOnOpen::Later);
    }
    if (!db) {
        pareview::Dialogs::critical(nullptr, QObject::tr("pareview"), db.error());
        return 1;
    }
    // Written only when it changed: QSettings rewrites and fsyncs the whole
    // file for any setValue(), a few milliseconds of every start.
    if (settings.value(QStringLiteral("store/location")).toString() != location)
        settings.setValue(QStringLiteral("store/location"), location);

    // The check starts once the first window (sign-in dialog or main
    // window) has been painted: its whole-file read does not compete with
    // the first paint for the disk and the cores.
    pareview::StoreCheck storeCheck(db.value(), pareview::StoreCheck::Start::Later);
    FirstPaint firstPaint([&storeCheck] { storeCheck.start(); });
    app.installEventFilter(&firstPaint);
    // The first window lays out text: its fonts are ready, or being made
    // (waited for rather than made twice).
    fonts.wait();
    pareview::Session session(db.value(), policies.get());
    QObject::connect(&session, &pareview::Session::windowOpened, &storeCheck,
                     [&storeCheck](pareview::MainWindow *window) { pareview::StoreCheckNotice::attach(window, &storeCheck); });
    QObject::connect(&session, &pareview::Session::finished, &app, &QCoreApplication::quit);

    const bool benchExit = qEnvironmentVariableIntValue("PAREVIEW_BENCH_EXIT_ON_SHOWN") == 1;
    const QString benchUser = benchExit && QGuiApplication::platformName() == QLatin1String("offscreen")
                                  ? qEnvironmentVariable("PAREVIEW_BENCH_USER")
                                  : QString();
    BenchShownProbe probe;
    if (benchExit)
        QObject::connect(&session, &pareview::Session::windowOpened, &probe,
                         [&probe](pareview::MainWindow *window) { window->installEventFilter(&probe); });
    if (!benchUser.isEmpty()) {
        auto u = pareview::Users::byName(*db.value(), benchUser);
        if (!u || !u->active) {
            std::fprintf(stderr, "pareview: %s\n", u ? "that user is deactivated" : qPrintable(u.error()));
            return 1;
        }
        session.open(u.value());
    } else if (!session.signIn()) {
        return 0;
    }
    return app.exec();
}
