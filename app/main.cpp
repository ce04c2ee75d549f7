// pareview: `pareview evaluate` and `pareview policy` (and help) run here
// with Qt Core alone; the workstation and every other subcommand are in
// libpareview-workstation.so beside the program, loaded only for them
// (app/workstation). Loading Qt Gui, Qt Widgets and the fifty libraries under
// them took 5 ms of every evaluate run, more than its policies (BENCHMARKS.md,
// "Third pass").

#include "cli/Cli.h"

#include <QCoreApplication>

#include <climits>
#include <cstdio>
#include <cstring>

#include <dlfcn.h>
#include <unistd.h>

namespace {

// The folder of the running program, from /proc/self/exe (no Qt object
// exists yet to ask).
QByteArray programFolder()
{
    char path[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return QByteArray(".");
    path[n] = '\0';
    const char *slash = std::strrchr(path, '/');
    return slash ? QByteArray(path, int(slash - path)) : QByteArray(".");
}

int runWorkstation(int argc, char *argv[])
{
    const QByteArray module = programFolder() + "/libpareview-workstation.so";
    void *library = ::dlopen(module.constData(), RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        std::fprintf(stderr, "pareview: cannot load the workstation: %s\n", ::dlerror());
        return pareview::cli::Failure;
    }
    using Main = int (*)(int, char **);
    const auto workstationMain = reinterpret_cast<Main>(::dlsym(library, "pareview_workstation_main"));
    if (!workstationMain) {
        std::fprintf(stderr, "pareview: %s has no pareview_workstation_main: %s\n", module.constData(), ::dlerror());
        return pareview::cli::Failure;
    }
    return workstationMain(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // A headless command as the workstation decides it (a first word that
    // is not an option), and its word once --catalog DIR is taken out: help,
    // evaluate and policy run here; anything else, and every refusal of the
    // arguments, is the workstation's.
    QStringList words = args;
    QString catalogError;
    pareview::cli::catalogFolder(&words, &catalogError);
    const bool here = pareview::cli::isHeadless(args) && catalogError.isEmpty() && !words.isEmpty()
                      && (pareview::cli::isHelp(words.first()) || pareview::cli::coreCommand(words.first()));
    if (!here)
        return runWorkstation(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pareview"));
    return pareview::cli::runOnStandardStreams(args, pareview::cli::coreCommand);
}
