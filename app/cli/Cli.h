#pragma once

// The headless side of `pareview`: with a subcommand the program never opens
// a window. Exit status: 0 done, 2 bad arguments, 3 input rejected, 4 no
// policy applies (see ../shared/spec/evaluate-cli.md).

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include "catalog/Catalog.h"

#include <optional>

namespace pareview::cli {

enum ExitCode { Ok = 0, Failure = 1, BadArguments = 2, Rejected = 3, NoPolicy = 4 };

struct Streams
{
    QIODevice &in;   // standard input ("--bundle -")
    QTextStream &out;
    QTextStream &err;
};

// True when `args` (without the program name) start with a subcommand,
// known or not: the program then never opens a window (an unknown one
// prints the usage and exits BadArguments).
bool isHeadless(const QStringList &args);

// For the workstation's arguments (--db and Qt's own options): what is wrong
// with them, empty when nothing.
QString workstationArgumentsError(const QStringList &args);

QString usage();
// "help", "--help" or "-h": the usage is asked for.
bool isHelp(const QString &word);

// `--catalog DIR` anywhere in `args`: the folder and the arguments without
// it. Empty folder when not given; `error` set when the option lacks its folder.
QString catalogFolder(QStringList *args, QString *error);
// The built-in catalog with the folder's files read over it; the errors
// ("FILE:LINE:COL: message") when any file is wrong.
std::optional<Catalog> loadCatalog(const QString &dir, QStringList *errors);

// A subcommand: it is given the arguments after its name.
using Command = int (*)(const QStringList &args, Streams io);
// Every subcommand by its name; nullptr for an unknown one (Commands.cpp).
Command command(const QString &name);
// The subcommands that need only Qt Core (evaluate, policy): the
// program runs them without loading the workstation and Qt Gui (app/main.cpp).
// nullptr for any other.
Command coreCommand(const QString &name);

// Runs the subcommand in `args` (without the program name): --catalog read
// first, then help or the command `lookup` finds (the usage for an unknown one).
int run(const QStringList &args, Streams io, Command (*lookup)(const QString &name));
// The same with every subcommand.
int run(const QStringList &args, Streams io);
// run() on the process's standard input, output and error (a Q*Application
// exists).
int runOnStandardStreams(const QStringList &args, Command (*lookup)(const QString &name));

} // namespace pareview::cli
