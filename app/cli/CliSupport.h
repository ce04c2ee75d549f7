#pragma once

// What the store's headless commands share: "--name value" arguments,
// a password line from standard input, and opening the store.

#include "cli/Cli.h"

#include <QHash>

#include <memory>

namespace pareview {
class Database;
}

namespace pareview::cli {

struct Args
{
    QHash<QString, QString> values;
    QString error; // "unknown argument …", "--db needs a value", "--user is given twice"
};

// Every argument takes a value and must be one of `known`.
Args parseArgs(const QStringList &args, const QStringList &known);

// One line of standard input without its line ending (passwords).
QString readLine(QIODevice &in);

// Opens the store at `location`; on failure writes "pareview COMMAND: …" and returns null.
std::shared_ptr<Database> openStore(const QString &command, const QString &location, Streams io);

} // namespace pareview::cli
