#pragma once

// The drugs pareview reviews: their ids (what policy files and facts use),
// names, HCPCS codes and the unit their dose is requested in.

#include <QString>
#include <QVector>

namespace pareview {

struct DrugDefinition
{
    QString id;       // "hemgenix"
    QString name;     // "Hemgenix"
    QString hcpcs;    // "J1411"
    QString doseUnit; // "mcg/kg" or "{genome_copies}/kg"
};

namespace DrugCatalog {

const QVector<DrugDefinition> &all();
const DrugDefinition *byId(const QString &id);
const DrugDefinition *byHcpcs(const QString &code);
// The drug's name for people; the id itself when unknown.
QString name(const QString &id);

} // namespace DrugCatalog
} // namespace pareview
