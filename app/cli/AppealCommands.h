#pragma once

#include "cli/Cli.h"

namespace pareview::cli {

// `pareview appeal`: files an appeal of a case's latest determination and
// prints the appeal's reference (AP-0000001). `pareview peer-to-peer`: the
// steps of a prescriber's peer-to-peer discussion. `decide` and `letter` on
// an appeal's case (AP-…) record its outcome and write its letter
// (runAppealDecide, runAppealLetter, called from LetterCommands). The
// signed-in user's password comes from standard input.
int runAppeal(const QStringList &args, Streams io);
int runPeerToPeer(const QStringList &args, Streams io);
// `decide --case AP-…`, with the arguments decide parsed.
int runAppealDecide(qint64 appealCaseId, const QHash<QString, QString> &values, Streams io);
// `letter --case AP-…`.
int runAppealLetter(qint64 appealCaseId, const QHash<QString, QString> &values, Streams io);

} // namespace pareview::cli
