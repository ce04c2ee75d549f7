#pragma once

// Runs a pareview subcommand in process, as the executable would, with its
// standard input given and its output and error captured.

#include "cli/Cli.h"

#include <QBuffer>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace testsupport {

struct CliRun
{
    int code = 0;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, const QByteArray &input = {})
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QString out, err;
    QTextStream o(&out), e(&err);
    CliRun r;
    r.code = pareview::cli::run(args, {in, o, e});
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

} // namespace testsupport
