// pareview: with no arguments the workstation; with a subcommand a headless
// tool that never opens a window (see `pareview help`).

#include "cli/Cli.h"
#include "MainWindow.h"
#include "common/SignInDialog.h"

#include "store/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

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
    QSettings settings;
    QTranslator translator;
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (translator.load(locale, QStringLiteral("pareview"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    // The store: --db LOCATION, else the one used last, else a file in the
    // user's data folder.
    QString location = settings.value(QStringLiteral("store/location")).toString();
    const int dbArg = int(args.indexOf(QStringLiteral("--db")));
    if (dbArg >= 0 && dbArg + 1 < args.size())
        location = args[dbArg + 1];
    if (location.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        location = QDir(dir).filePath(QStringLiteral("pareview.sqlite"));
    }
    auto db = pareview::Database::open(location);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("pareview"), db.error());
        return 1;
    }
    settings.setValue(QStringLiteral("store/location"), location);

    pareview::SignInDialog signIn(db.value());
    if (signIn.exec() != QDialog::Accepted)
        return 0;
    pareview::MainWindow window(db.value(), signIn.user(), pareview::PolicyLibrary::builtIn());
    window.show();
    return app.exec();
}
