#pragma once

// The labs and measurements the policies use: which codes carry them, their
// canonical unit, and the unit conversions that are exact. A unit not in the
// table is refused, never guessed.

#include <QString>
#include <QStringList>

#include <optional>

namespace pareview {

struct LabDefinition
{
    QString name;          // "alt", "weight", … (the name policy files use)
    QString description;   // "ALT", "body weight"
    QString canonicalUnit; // "U/L", "kg"
    QStringList codes;     // LOINC codes or urn:pareview:observation codes
    double plausibleMax;   // above this (canonical unit) the value is refused as a unit mix-up
    enum class ValueKind { Quantity, Integer, Titer } kind = ValueKind::Quantity;
};

namespace LabCatalog {

const QVector<LabDefinition> &all();
const LabDefinition *byName(const QString &name);
// system is "http://loinc.org" or "urn:pareview:observation".
const LabDefinition *byCode(const QString &system, const QString &code);

// Factor by which a value in `unit` is multiplied to give the lab's canonical
// unit, or nullopt when the unit is not one this lab can be converted from.
std::optional<double> conversionFactor(const LabDefinition &lab, const QString &unit);

// The AAV5 titer "1:678" -> 678; "not detected" -> 0. nullopt if unreadable.
std::optional<double> parseTiter(const QString &text);

} // namespace LabCatalog
} // namespace pareview
