#pragma once

// The drugs pareview reviews, as the current catalog defines them
// (resources/catalog/drugs.json; catalog/Catalog.h).

#include "catalog/Catalog.h"

#include <QString>
#include <QVector>

namespace pareview {

namespace DrugCatalog {

const QVector<DrugDefinition> &all();
const DrugDefinition *byId(const QString &id);
const DrugDefinition *byHcpcs(const QString &code);
// The drug's name for people; the id itself when unknown.
QString name(const QString &id);

} // namespace DrugCatalog
} // namespace pareview
