// pareview: with no arguments the workstation; with a subcommand a headless
// tool that never opens a window (see `pareview help`).

#include "cli/Cli.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (pareview::cli::isHeadless(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("pareview"));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return pareview::cli::Failure;
        QTextStream out(stdout);
        QTextStream err(stderr);
        return pareview::cli::run(args, {in, out, err});
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pareview"));
    QApplication::setOrganizationName(QStringLiteral("pareview"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("pareview"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    pareview::PolicyLibrary library = pareview::PolicyLibrary::builtIn();
    pareview::MainWindow window(std::move(library));
    window.show();
    return app.exec();
}
