#pragma once

// What people read for the codes the store and the engine keep in English:
// case statuses ("letter-issued") and the engine's criterion reasons. The
// stored codes never change; only what is shown follows the user's language.

#include "store/Users.h"

#include <QString>

namespace pareview {

// A case status code as shown ("letter-issued" → "letter issued" /
// "carta emitida"); an unknown code is shown as it is.
QString caseStatusText(const QString &code);
// A criterion status code ("met", "not-met", "unknown", "not-applicable") as shown.
QString criterionStatusText(const QString &code);
// A case priority code ("expedited", "standard") as shown.
QString priorityText(const QString &code);
// A role as shown in the window ("Clinical reviewer" / "Revisor clínico");
// model code keeps roleTitle() for letters and the audit trail.
QString roleText(Role role);
// The status codes in workflow order, for filters.
QStringList caseStatusCodes();

// An engine reason (English) in the language of the user interface, worded
// by the letters' phrase book; the English text when the phrase book has no
// phrase for it or the interface is in English.
QString reasonText(const QString &englishReason);

} // namespace pareview
