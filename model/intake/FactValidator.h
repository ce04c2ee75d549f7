#pragma once

// The one validator for facts about a request, typed or imported: plausible
// ranges and units per lab, body weight, doses by drug form, dates, codes,
// attestation answers. The intake form checks as the nurse types, the FHIR
// importer refuses a bundle with it, and submitting (or correcting) a case
// checks the whole case with it. Each check returns the problem in plain
// words naming the value ("body weight 7000 kg is not plausible…"); the
// caller adds where it sits (a form field, a bundle entry).

#include "core/Result.h"
#include "catalog/Catalog.h"
#include "intake/CaseFacts.h"
#include "intake/LabCatalog.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace pareview {

struct FactProblem
{
    QString field;   // "Body weight (lab 1)", "Dose", "Birth date"
    QString message; // what is wrong, naming the value
    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

namespace FactValidator {

// ---- labs ------------------------------------------------------------------
// A quantity result in `unit`, converted to the lab's canonical unit; refused
// when the unit cannot be converted exactly, the value is negative, a weight
// is zero, or the value is beyond what the lab can plausibly show.
Result<double> labQuantity(const LabDefinition &lab, double value, const QString &unit);
// The result's own upper limit of normal, in the same way.
Result<double> upperLimit(const LabDefinition &lab, double value, const QString &unit);
// A titer such as "1:678" or "not detected".
Result<double> titer(const LabDefinition &lab, const QString &text);
// A METAVIR stage 0 to 4 (also written "F3").
Result<int> stage(const LabDefinition &lab, double value);
// A result may be dated the request's day (and the next: time zones), not later.
Status labDate(const LabDefinition &lab, const QDate &date, const QDate &requestDate);

// ---- member and prescriber ---------------------------------------------------
Status birthDate(const QDate &date, const QDate &requestDate);
// Ten digits with the NPI check digit (Luhn over 80840 + the first nine).
Status npi(const QString &npi);
// The shape of an ICD-10-CM code: D66, D68.311.
Status diagnosisCode(const QString &code);

// ---- the request ---------------------------------------------------------------
// A dose in `unit`, converted to the unit doses of its kind are kept in
// ("mcg/kg" for factor VIIa, "{genome_copies}/kg" for gene therapy, "mg" for
// a flat dose) and checked against plausible doses of that kind.
// *canonicalUnit receives the converted unit.
Result<double> dose(double value, const QString &unit, QString *canonicalUnit = nullptr);
// The same for the drug requested: a dose per kg for a drug the catalog doses
// per kg, a flat amount for a drug it doses flat (doseUnit "mg"); the other
// kind is refused, naming the drug and both units. A dose per kg in another
// per-kg unit than the drug's is converted and left to check() and the
// policy's dose rule, as before.
Result<double> dose(const DrugDefinition &drug, double value, const QString &unit, QString *canonicalUnit = nullptr);
// Whether doses in this (canonical) unit are per kg of body weight.
bool perKg(const QString &doseUnit);
// The units doses are kept in, the ones a policy's dose rule may name.
QStringList doseUnits();
// Hours between doses: "h", "d", "min", "wk".
Result<double> intervalHours(double value, const QString &unit);
// Factor VIIa per supply in mcg ("ug", "mcg", "mg").
Result<double> quantityMcg(double value, const QString &unit);
// Days of supply: "d", "wk".
Result<double> supplyDays(double value, const QString &unit);

// ---- attestations -----------------------------------------------------------
enum class AnswerType { Boolean, Integer, Code };
// The QuestionnaireResponse items pareview reads, with their answer type;
// nullopt for an item it does not read.
std::optional<AnswerType> answerType(const QString &item);
// The codes a coded item allows ("request-type": initial, continuation, …).
QStringList allowedCodes(const QString &item);
Status integerAnswer(const QString &item, double value);
Status codeAnswer(const QString &item, const QString &code);

// ---- a whole case -------------------------------------------------------------
// Every fact again, and what a review needs (member, line of business, drug).
// `requestDate`: the day the request was received (future dates are refused).
QVector<FactProblem> check(const CaseFacts &facts, const QDate &requestDate);

} // namespace FactValidator
} // namespace pareview
