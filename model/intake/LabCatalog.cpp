#include "intake/LabCatalog.h"

#include <QRegularExpression>

namespace pareview {

const QVector<LabDefinition> &LabCatalog::all()
{
    return Catalog::current().labs();
}

const LabDefinition *LabCatalog::byName(const QString &name)
{
    return Catalog::current().lab(name);
}

const LabDefinition *LabCatalog::byCode(const QString &system, const QString &code)
{
    return Catalog::current().labByCode(system, code);
}

std::optional<double> LabCatalog::conversionFactor(const LabDefinition &lab, const QString &unit)
{
    for (const auto &u : lab.units)
        if (u.first == unit)
            return u.second;
    return std::nullopt;
}

std::optional<double> LabCatalog::parseTiter(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("not detected") || t == QLatin1String("undetectable") || t == QLatin1String("negative")
        || t == QLatin1String("none detected"))
        return 0.0;
    static const QRegularExpression ratio(QStringLiteral("^<?\\s*1\\s*:\\s*(\\d{1,9})$"));
    const auto m = ratio.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    // "<1:5" is below the assay's lowest dilution: not detected.
    if (t.startsWith(QLatin1Char('<')))
        return 0.0;
    return value;
}

} // namespace pareview
