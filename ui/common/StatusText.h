#pragma once

// What people read for the codes the store and the engine keep in English:
// case statuses ("letter-issued") and the engine's criterion reasons. The
// stored codes never change; only what is shown follows the user's language.

#include "findings/Finding.h"
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
QString reasonText(const Finding &finding, const QString &englishReason);

// "es" when the workstation speaks Spanish, else "en": the language of catalog names shown.
QString uiLanguage();
// A line of business code ("medicaid", "medicare-advantage") as the catalog names it.
QString lineOfBusinessText(const QString &code);

// A letter's language code ("en", "es") named in the interface language:
// "Spanish" / "español" (QLocale names languages in English only).
QString letterLanguageText(const QString &code);

// Prescriber taxonomy codes as stored ("207RH0000X, 207R00000X") with the
// names the catalog gives them (resources/catalog/prescriber-kinds.json) in
// the interface language: "Hematology (207RH0000X), Internal Medicine
// (207R00000X)"; a code the catalog does not name is shown as it is.
QString specialtyText(const QString &codes);

// The policy's own words in the language of the user interface: the
// translation the letters use (resources/letters/policy-text.<lang>.json),
// the English words where there is none or the interface is in English.
QString policyText(const QString &english);

// A stored date or time for people: "2026-11-05" and
// "2026-12-03T18:00:00.123Z" in the user's locale (short format, local
// time to the minute).
QString localDateTimes(const QString &text);
// Where a fact came from, as stored ("typed by nurse at 2026-…Z",
// "hg-01.json entry[7] Observation 1742-6, imported by nurse") in the
// interface language, times in the user's locale.
QString provenanceText(const QString &stored);
// The evidence of a criterion for people: each source once, none empty,
// in the interface language, joined by "; ".
QString evidenceText(const QStringList &sources);
// A field name or value of the correction history (stored in English) as shown.
QString historyText(const QString &stored);

} // namespace pareview
