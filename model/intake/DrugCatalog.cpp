#include "intake/DrugCatalog.h"

namespace pareview {

const QVector<DrugDefinition> &DrugCatalog::all()
{
    return Catalog::current().drugs();
}

const DrugDefinition *DrugCatalog::byId(const QString &id)
{
    return Catalog::current().drug(id);
}

const DrugDefinition *DrugCatalog::byHcpcs(const QString &code)
{
    return Catalog::current().drugByHcpcs(code);
}

QString DrugCatalog::name(const QString &id)
{
    const DrugDefinition *d = byId(id);
    return d ? d->name : id;
}

} // namespace pareview
