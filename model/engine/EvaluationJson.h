#pragma once

// The JSON form of an evaluation (../shared/spec/evaluate-cli.md): what
// `pareview evaluate` prints and what a determination snapshots.

#include "engine/Evaluation.h"

#include <QByteArray>
#include <QString>

namespace pareview {

QString evaluationToJson(const Evaluation &ev, const QString &bundleName, bool pretty);
// The same as UTF-8, the form it is written out in (no conversion from text).
QByteArray evaluationToJsonUtf8(const Evaluation &ev, const QString &bundleName, bool pretty);

} // namespace pareview
