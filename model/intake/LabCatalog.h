#pragma once

// The labs and measurements the policies use, as the current catalog defines
// them (resources/catalog/labs.json): which codes carry them, their canonical
// unit, and the unit conversions that are exact. A unit not in the table is
// refused, never guessed.

#include "catalog/Catalog.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pareview {

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
