#pragma once

#include "cli/Cli.h"

namespace pareview::cli {

// `pareview decide`: records a determination from a case's current criteria
// results, with the same role rules as the workstation (only a medical
// director denies). `pareview letter`: writes the letter of the case's
// latest determination, issuing it on first export; later exports give the
// stored bytes. The signed-in user's password comes from standard input.
int runDecide(const QStringList &args, Streams io);
int runLetter(const QStringList &args, Streams io);

// True when the command writes PDF letters and so needs a QGuiApplication
// (fonts) rather than a QCoreApplication.
bool needsGuiApplication(const QStringList &args);

} // namespace pareview::cli
