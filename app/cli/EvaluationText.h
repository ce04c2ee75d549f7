#pragma once

#include "engine/Evaluation.h"

#include <QString>

namespace pareview::cli {

// A plain-text report of an evaluation for a person at a terminal.
QString evaluationToText(const Evaluation &ev, const QString &bundleName);

} // namespace pareview::cli
