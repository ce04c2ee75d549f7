#include "intake/FactValidator.h"

#include "core/Units.h"
#include "intake/DrugCatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace pareview {
namespace FactValidator {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pareview::FactValidator", text);
}

// Plausible doses per drug form: beyond these a unit was mixed up (mg for
// mcg, or genome copies written without their power of ten).
constexpr double kMaxMcgPerKg = 1000;
constexpr double kMinGenomeCopiesPerKg = 1e10;
constexpr double kMaxGenomeCopiesPerKg = 1e15;
// A flat dose of more than 10 g given at once is a unit mix-up (mcg for mg).
constexpr double kMaxFlatMg = 10000;
constexpr double kMaxIntervalHours = 24 * 365;
constexpr double kMaxSupplyDays = 366;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<double> labQuantity(const LabDefinition &lab, double value, const QString &unit)
{
    if (unit.isEmpty())
        return Error{tr("%1 %2 has no unit; the unit is never guessed").arg(lab.description, readableNumber(value))};
    const auto factor = LabCatalog::conversionFactor(lab, unit);
    if (!factor)
        return Error{tr("unit \"%1\" for %2 cannot be converted to %3")
                         .arg(readableUnit(unit), lab.description, readableUnit(lab.canonicalUnit))};
    // Written out for a refusal only: this runs for every lab value read.
    const auto written = [&] { return readableQuantity(value, unit); };
    if (!std::isfinite(value))
        return Error{tr("%1 %2 is not a number").arg(lab.description, written())};
    if (value < 0)
        return Error{tr("%1 %2 is negative").arg(lab.description, written())};
    if (lab.zeroImpossible && value == 0)
        return Error{tr("%1 %2 is impossible").arg(lab.description, written())};
    const double canonical = value * *factor;
    if (canonical > lab.plausibleMax) {
        const QString converted = *factor == 1 ? QString()
                                               : QStringLiteral(" (= %1)").arg(readableQuantity(canonical, lab.canonicalUnit));
        return Error{tr("%1 %2%3 is not plausible; check the unit (at most %4)")
                         .arg(lab.description, written(), converted, readableQuantity(lab.plausibleMax, lab.canonicalUnit))};
    }
    return canonical;
}

Result<double> upperLimit(const LabDefinition &lab, double value, const QString &unit)
{
    const auto factor = LabCatalog::conversionFactor(lab, unit);
    if (!factor)
        return Error{tr("unit \"%1\" for the upper limit of %2 cannot be converted to %3")
                         .arg(readableUnit(unit), lab.description, readableUnit(lab.canonicalUnit))};
    if (!(value > 0))
        return Error{tr("upper limit of normal %1 is not positive").arg(readableQuantity(value, unit))};
    const double canonical = value * *factor;
    if (canonical > lab.plausibleMax)
        return Error{tr("upper limit of normal %1 is not plausible; check the unit (at most %2)")
                         .arg(readableQuantity(value, unit), readableQuantity(lab.plausibleMax, lab.canonicalUnit))};
    return canonical;
}

Result<double> titer(const LabDefinition &lab, const QString &text)
{
    const auto t = LabCatalog::parseTiter(text);
    if (!t)
        return Error{tr("\"%1\" is not a titer such as \"1:678\" or \"not detected\" (%2)").arg(text, lab.description)};
    return *t;
}

Result<int> stage(const LabDefinition &lab, double value)
{
    if (!(value >= 0 && value <= lab.plausibleMax) || value != std::floor(value))
        return Error{tr("%1 must be 0 to %2").arg(lab.description, readableNumber(lab.plausibleMax))};
    return int(value);
}

Status labDate(const LabDefinition &lab, const QDate &date, const QDate &requestDate)
{
    if (!date.isValid())
        return Error{tr("%1 has no date").arg(lab.description)};
    if (requestDate.isValid() && date > requestDate.addDays(1))
        return Error{tr("%1 dated %2 is after the request (%3)").arg(lab.description, iso(date), iso(requestDate))};
    return success();
}

Status birthDate(const QDate &date, const QDate &requestDate)
{
    if (!date.isValid() || date.year() < 1800)
        return Error{tr("\"%1\" is not a valid date").arg(iso(date))};
    if (requestDate.isValid() && date > requestDate)
        return Error{tr("birth date %1 is in the future (request date %2)").arg(iso(date), iso(requestDate))};
    if (requestDate.isValid() && date < requestDate.addYears(-130))
        return Error{tr("birth date %1 is more than 130 years before the request").arg(iso(date))};
    return success();
}

Status npi(const QString &npi)
{
    static const QRegularExpression tenDigits(QStringLiteral("^\\d{10}$"));
    if (!tenDigits.match(npi).hasMatch())
        return Error{tr("NPI \"%1\" is not 10 digits").arg(npi)};
    const QString digits = QStringLiteral("80840") + npi.left(9);
    int sum = 0;
    bool twice = true;
    for (int i = int(digits.size()) - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    if ((10 - sum % 10) % 10 != npi[9].digitValue())
        return Error{tr("NPI \"%1\" has a wrong check digit (a typing error?)").arg(npi)};
    return success();
}

Status diagnosisCode(const QString &code)
{
    static const QRegularExpression icd(QStringLiteral("^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$"));
    if (!icd.match(code).hasMatch())
        return Error{tr("\"%1\" is not an ICD-10-CM code").arg(code)};
    return success();
}

// The unit doses of this unit's kind are kept in, and the factor to it
// (negative: a divisor, so that 150000 mcg is exactly 150 mg).
static std::optional<std::pair<QString, double>> doseConversion(const QString &unit)
{
    if (unit == QLatin1String("ug/kg") || unit == QLatin1String("mcg/kg") || unit == QLatin1String("ug/kg{dose}"))
        return std::pair{QStringLiteral("mcg/kg"), 1.0};
    if (unit == QLatin1String("mg/kg"))
        return std::pair{QStringLiteral("mcg/kg"), 1000.0};
    if (unit == QLatin1String("{genome_copies}/kg") || unit == QLatin1String("gc/kg") || unit == QLatin1String("{gc}/kg")
        || unit == QLatin1String("vg/kg"))
        return std::pair{QStringLiteral("{genome_copies}/kg"), 1.0};
    if (unit == QLatin1String("mg"))
        return std::pair{QStringLiteral("mg"), 1.0};
    if (unit == QLatin1String("g"))
        return std::pair{QStringLiteral("mg"), 1000.0};
    if (unit == QLatin1String("ug") || unit == QLatin1String("mcg"))
        return std::pair{QStringLiteral("mg"), -1000.0};
    return std::nullopt;
}

Result<double> dose(double value, const QString &unit, QString *canonicalUnit)
{
    if (!(value > 0))
        return Error{tr("dose %1 is not positive").arg(readableQuantity(value, unit))};
    const auto conversion = doseConversion(unit);
    if (!conversion)
        return Error{unit.isEmpty() ? tr("dose has no unit")
                                    : tr("dose unit \"%1\" cannot be converted to mcg/kg, vg/kg (genome copies per kg) or mg").arg(unit)};
    const QString canonical = conversion->first;
    const double converted = conversion->second < 0 ? value / -conversion->second : value * conversion->second;
    if (canonical == QLatin1String("mcg/kg") && converted > kMaxMcgPerKg)
        return Error{tr("dose %1 is not plausible for factor VIIa (at most %2); check the unit")
                         .arg(readableQuantity(converted, canonical), readableQuantity(kMaxMcgPerKg, canonical))};
    if (canonical == QLatin1String("{genome_copies}/kg") && (converted < kMinGenomeCopiesPerKg || converted > kMaxGenomeCopiesPerKg))
        return Error{tr("dose %1 is not plausible for a gene therapy (%2 to %3); write it as, say, 2 × 10^13")
                         .arg(readableQuantity(converted, canonical), readableNumber(kMinGenomeCopiesPerKg),
                              readableQuantity(kMaxGenomeCopiesPerKg, canonical))};
    if (canonical == QLatin1String("mg") && converted > kMaxFlatMg)
        return Error{tr("dose %1 is not plausible for one injection (at most %2); check the unit")
                         .arg(readableQuantity(converted, canonical), readableQuantity(kMaxFlatMg, canonical))};
    if (canonicalUnit)
        *canonicalUnit = canonical;
    return converted;
}

bool perKg(const QString &doseUnit)
{
    return doseUnit.endsWith(QLatin1String("/kg"));
}

QStringList doseUnits()
{
    return {QStringLiteral("mcg/kg"), QStringLiteral("{genome_copies}/kg"), QStringLiteral("mg")};
}

Result<double> dose(const DrugDefinition &drug, double value, const QString &unit, QString *canonicalUnit)
{
    // A unit of the other kind first: "mg" for factor VIIa is a total dose
    // where a dose per kg belongs, not an implausible number.
    const bool drugPerKg = perKg(drug.doseUnit);
    const auto conversion = doseConversion(unit);
    if (conversion && perKg(conversion->first) != drugPerKg) {
        if (drugPerKg)
            return Error{tr("dose unit \"%1\" cannot be converted to %2: %3 is dosed per kg of body weight, and \"%1\" is a flat amount")
                             .arg(unit, readableUnit(drug.doseUnit), drug.name)};
        return Error{tr("dose unit \"%1\" is per kg of body weight: %2 is given as a flat dose in %3, never per kg")
                         .arg(unit, drug.name, readableUnit(drug.doseUnit))};
    }
    return dose(value, unit, canonicalUnit);
}

Result<double> intervalHours(double value, const QString &unit)
{
    double hours = 0;
    if (unit == QLatin1String("h"))
        hours = value;
    else if (unit == QLatin1String("d"))
        hours = value * 24;
    else if (unit == QLatin1String("min"))
        hours = value / 60;
    else if (unit == QLatin1String("wk"))
        hours = value * 24 * 7;
    else
        return Error{unit.isEmpty() ? tr("period has no unit") : tr("period unit \"%1\" is not one of min, h, d, wk").arg(unit)};
    if (!(value > 0))
        return Error{tr("interval %1 %2 is not positive").arg(readableNumber(value), unit)};
    if (hours > kMaxIntervalHours)
        return Error{tr("interval %1 %2 is longer than a year").arg(readableNumber(value), unit)};
    return hours;
}

Result<double> quantityMcg(double value, const QString &unit)
{
    double mcg = value;
    if (unit == QLatin1String("ug") || unit == QLatin1String("mcg"))
        mcg = value;
    else if (unit == QLatin1String("mg"))
        mcg = value * 1000;
    else
        return Error{unit.isEmpty() ? tr("quantity has no unit") : tr("quantity unit \"%1\" cannot be converted to mcg").arg(unit)};
    if (value < 0)
        return Error{tr("quantity %1 is negative").arg(readableQuantity(value, unit))};
    return mcg;
}

Result<double> supplyDays(double value, const QString &unit)
{
    double days = 0;
    if (unit == QLatin1String("d") || unit == QLatin1String("day") || unit == QLatin1String("days"))
        days = value;
    else if (unit == QLatin1String("wk"))
        days = value * 7;
    else
        return Error{tr("supply duration unit \"%1\" is not d or wk").arg(unit)};
    if (!(days > 0))
        return Error{tr("supply duration %1 %2 is not positive").arg(readableNumber(value), unit)};
    if (days > kMaxSupplyDays)
        return Error{tr("supply duration %1 %2 is longer than a year").arg(readableNumber(value), unit)};
    return days;
}

std::optional<AnswerType> answerType(const QString &item)
{
    const AttestationItem *a = Catalog::current().attestation(item);
    if (!a)
        return std::nullopt;
    switch (a->answer) {
    case AttestationItem::Answer::Boolean:
        return AnswerType::Boolean;
    case AttestationItem::Answer::Integer:
        return AnswerType::Integer;
    case AttestationItem::Answer::Code:
        return AnswerType::Code;
    }
    return std::nullopt;
}

QStringList allowedCodes(const QString &item)
{
    const AttestationItem *a = Catalog::current().attestation(item);
    return a ? a->allowedCodes() : QStringList();
}

Status integerAnswer(const QString &item, double value)
{
    if (value != std::floor(value))
        return Error{tr("\"%1\" is %2, not a whole number").arg(item, readableNumber(value))};
    if (std::fabs(value) > 2147483647.0)
        return Error{tr("\"%1\" is %2, beyond a FHIR integer").arg(item, QString::number(value, 'f', 0))};
    if (value < 0)
        return Error{tr("\"%1\" is %2, a count cannot be negative").arg(item, QString::number(value, 'f', 0))};
    return success();
}

Status codeAnswer(const QString &item, const QString &code)
{
    const QStringList allowed = allowedCodes(item);
    if (!allowed.contains(code))
        return Error{tr("\"%1\" answer \"%2\" is not one of %3").arg(item, code, allowed.join(QStringLiteral(", ")))};
    return success();
}

QVector<FactProblem> check(const CaseFacts &f, const QDate &requestDate)
{
    QVector<FactProblem> out;
    auto add = [&](const QString &field, const QString &message) { out.append({field, message}); };
    auto missing = [&](const QString &field, bool has) {
        if (!has)
            add(field, tr("missing"));
    };
    missing(tr("Member name"), f.memberName.has() && !f.memberName->trimmed().isEmpty());
    missing(tr("Member ID"), f.memberId.has() && !f.memberId->trimmed().isEmpty());
    if (!f.birthDate.has())
        add(tr("Birth date"), tr("missing"));
    else if (auto s = birthDate(*f.birthDate, requestDate); !s)
        add(tr("Birth date"), s.error());
    if (!f.lineOfBusiness.has() || f.lineOfBusiness->isEmpty())
        add(tr("Line of business"), tr("choose one"));
    if (f.prescriberNpi.has() && !f.prescriberNpi->isEmpty())
        if (auto s = npi(*f.prescriberNpi); !s)
            add(tr("NPI"), s.error());
    const DrugDefinition *drug = f.drug.has() ? DrugCatalog::byId(*f.drug) : nullptr;
    if (!drug)
        add(tr("Drug"), tr("choose one"));
    if (f.dosePerKg.has()) {
        QString unit;
        if (auto d = drug ? dose(*drug, *f.dosePerKg, f.doseUnit, &unit) : dose(*f.dosePerKg, f.doseUnit, &unit); !d)
            add(tr("Dose"), d.error());
        else if (drug && unit != drug->doseUnit)
            add(tr("Dose"), tr("%1 is dosed in %2, not %3").arg(drug->name, readableUnit(drug->doseUnit), readableUnit(unit)));
    }
    if (f.doseIntervalHours.has())
        if (auto s = intervalHours(*f.doseIntervalHours, QStringLiteral("h")); !s)
            add(tr("Interval"), s.error());
    if (f.quantityMcg.has())
        if (auto s = quantityMcg(*f.quantityMcg, QStringLiteral("mcg")); !s)
            add(tr("Quantity"), s.error());
    if (f.supplyDays.has())
        if (auto s = supplyDays(*f.supplyDays, QStringLiteral("d")); !s)
            add(tr("Supply"), s.error());
    for (const Diagnosis &d : f.diagnoses)
        if (auto s = diagnosisCode(d.code); !s)
            add(tr("Diagnoses"), s.error());
    for (auto it = f.labs.cbegin(); it != f.labs.cend(); ++it) {
        const LabDefinition *lab = LabCatalog::byName(it.key());
        if (!lab) {
            add(it.key(), tr("not a lab pareview knows"));
            continue;
        }
        for (const Measurement &m : it.value()) {
            const QString field = m.date.isValid() ? QStringLiteral("%1 (%2)").arg(lab->description, iso(m.date)) : lab->description;
            if (auto s = labDate(*lab, m.date, requestDate); !s)
                add(field, s.error());
            switch (lab->kind) {
            case LabDefinition::ValueKind::Quantity:
                if (auto v = labQuantity(*lab, m.value, m.unit.isEmpty() ? lab->canonicalUnit : m.unit); !v)
                    add(field, v.error());
                if (m.upperLimit)
                    if (auto v = upperLimit(*lab, *m.upperLimit, m.unit.isEmpty() ? lab->canonicalUnit : m.unit); !v)
                        add(field, v.error());
                break;
            case LabDefinition::ValueKind::Integer:
                if (auto v = stage(*lab, m.value); !v)
                    add(field, v.error());
                break;
            case LabDefinition::ValueKind::Titer:
                if (auto v = titer(*lab, m.text.isEmpty() ? QStringLiteral("1:%1").arg(m.value) : m.text); !v)
                    add(field, v.error());
                break;
            }
        }
    }
    for (auto it = f.attestations.cbegin(); it != f.attestations.cend(); ++it) {
        const auto type = answerType(it.key());
        if (!type)
            continue;
        if (*type == AnswerType::Integer)
            if (auto s = integerAnswer(it.key(), it->value.toDouble()); !s)
                add(it.key(), s.error());
        if (*type == AnswerType::Code)
            if (auto s = codeAnswer(it.key(), it->value.toString()); !s)
                add(it.key(), s.error());
    }
    return out;
}

} // namespace FactValidator
} // namespace pareview
