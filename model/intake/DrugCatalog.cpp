#include "intake/DrugCatalog.h"

namespace pareview {

const QVector<DrugDefinition> &DrugCatalog::all()
{
    static const QVector<DrugDefinition> drugs = {
        {QStringLiteral("sevenfact"), QStringLiteral("Sevenfact"), QStringLiteral("J7212"), QStringLiteral("mcg/kg")},
        {QStringLiteral("novoseven-rt"), QStringLiteral("NovoSeven RT"), QStringLiteral("J7189"), QStringLiteral("mcg/kg")},
        {QStringLiteral("hemgenix"), QStringLiteral("Hemgenix"), QStringLiteral("J1411"), QStringLiteral("{genome_copies}/kg")},
        {QStringLiteral("roctavian"), QStringLiteral("Roctavian"), QStringLiteral("J1412"), QStringLiteral("{genome_copies}/kg")},
    };
    return drugs;
}

const DrugDefinition *DrugCatalog::byId(const QString &id)
{
    for (const auto &d : all())
        if (d.id == id)
            return &d;
    return nullptr;
}

const DrugDefinition *DrugCatalog::byHcpcs(const QString &code)
{
    for (const auto &d : all())
        if (d.hcpcs == code)
            return &d;
    return nullptr;
}

QString DrugCatalog::name(const QString &id)
{
    const DrugDefinition *d = byId(id);
    return d ? d->name : id;
}

} // namespace pareview
