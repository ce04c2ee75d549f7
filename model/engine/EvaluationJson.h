#pragma once

// The JSON form of an evaluation (../shared/spec/evaluate-cli.md): what
// `pareview evaluate` prints and what a determination snapshots.

#include "engine/Evaluation.h"

#include <QString>

namespace pareview {

QString evaluationToJson(const Evaluation &ev, const QString &bundleName, bool pretty);

} // namespace pareview
