#include "intake/LabCatalog.h"

#include <QHash>
#include <QRegularExpression>

namespace pareview {
namespace {

struct UnitFactor
{
    const char *unit;
    double factor;
};

struct Entry
{
    LabDefinition lab;
    QVector<QPair<QString, double>> units;
};

QVector<QPair<QString, double>> units(std::initializer_list<UnitFactor> list)
{
    QVector<QPair<QString, double>> out;
    for (const auto &u : list)
        out.append({QString::fromUtf8(u.unit), u.factor});
    return out;
}

const QVector<Entry> &entries()
{
    using K = LabDefinition::ValueKind;
    static const QVector<Entry> table = {
        {{QStringLiteral("weight"), QStringLiteral("body weight"), QStringLiteral("kg"), {QStringLiteral("29463-7")}, 700, K::Quantity},
         units({{"kg", 1}, {"[lb_av]", 0.45359237}, {"lb", 0.45359237}, {"lbs", 0.45359237}, {"g", 0.001}})},
        // Factor activity: % of normal equals IU/dL; IU/mL is 100 times larger.
        {{QStringLiteral("fviii-activity"), QStringLiteral("factor VIII activity"), QStringLiteral("%"), {QStringLiteral("3209-4")}, 1000, K::Quantity},
         units({{"%", 1}, {"IU/dL", 1}, {"[IU]/dL", 1}, {"U/dL", 1}, {"IU/mL", 100}, {"[IU]/mL", 100}, {"U/mL", 100}})},
        {{QStringLiteral("fix-activity"), QStringLiteral("factor IX activity"), QStringLiteral("%"), {QStringLiteral("3187-2")}, 1000, K::Quantity},
         units({{"%", 1}, {"IU/dL", 1}, {"[IU]/dL", 1}, {"U/dL", 1}, {"IU/mL", 100}, {"[IU]/mL", 100}, {"U/mL", 100}})},
        {{QStringLiteral("fviii-inhibitor"), QStringLiteral("factor VIII inhibitor titer"), QStringLiteral("BU/mL"), {QStringLiteral("3204-5")}, 100000, K::Quantity},
         units({{"[beth'U]/mL", 1}, {"[beth'U]", 1}, {"BU/mL", 1}, {"BU", 1}, {"{Bethesda'U}/mL", 1}})},
        {{QStringLiteral("fix-inhibitor"), QStringLiteral("factor IX inhibitor titer"), QStringLiteral("BU/mL"), {QStringLiteral("3185-6")}, 100000, K::Quantity},
         units({{"[beth'U]/mL", 1}, {"[beth'U]", 1}, {"BU/mL", 1}, {"BU", 1}, {"{Bethesda'U}/mL", 1}})},
        {{QStringLiteral("alt"), QStringLiteral("ALT"), QStringLiteral("U/L"), {QStringLiteral("1742-6")}, 100000, K::Quantity},
         units({{"U/L", 1}, {"IU/L", 1}, {"[IU]/L", 1}, {"U/l", 1}})},
        {{QStringLiteral("ast"), QStringLiteral("AST"), QStringLiteral("U/L"), {QStringLiteral("1920-8")}, 100000, K::Quantity},
         units({{"U/L", 1}, {"IU/L", 1}, {"[IU]/L", 1}, {"U/l", 1}})},
        {{QStringLiteral("bilirubin"), QStringLiteral("total bilirubin"), QStringLiteral("mg/dL"), {QStringLiteral("1975-2")}, 100, K::Quantity},
         units({{"mg/dL", 1}, {"umol/L", 1 / 17.104}, {"µmol/L", 1 / 17.104}})},
        {{QStringLiteral("alp"), QStringLiteral("alkaline phosphatase"), QStringLiteral("U/L"), {QStringLiteral("6768-6")}, 100000, K::Quantity},
         units({{"U/L", 1}, {"IU/L", 1}, {"[IU]/L", 1}, {"U/l", 1}})},
        {{QStringLiteral("platelets"), QStringLiteral("platelet count"), QStringLiteral("10^9/L"), {QStringLiteral("777-3")}, 10000, K::Quantity},
         units({{"10*3/uL", 1}, {"10*9/L", 1}, {"10^3/uL", 1}, {"10^9/L", 1}, {"K/uL", 1}, {"10*3/mm3", 1}, {"/uL", 0.001}, {"{cells}/uL", 0.001}})},
        {{QStringLiteral("creatinine"), QStringLiteral("creatinine"), QStringLiteral("mg/dL"), {QStringLiteral("2160-0"), QStringLiteral("38483-4")}, 100, K::Quantity},
         units({{"mg/dL", 1}, {"umol/L", 1 / 88.42}, {"µmol/L", 1 / 88.42}})},
        {{QStringLiteral("crcl"), QStringLiteral("creatinine clearance"), QStringLiteral("mL/min"), {QStringLiteral("2164-2"), QStringLiteral("35591-7")}, 1000, K::Quantity},
         units({{"mL/min", 1}, {"mL/min/{1.73_m2}", 1}, {"mL/min/1.73m2", 1}})},
        {{QStringLiteral("cd4"), QStringLiteral("CD4 count"), QStringLiteral("/uL"), {QStringLiteral("24467-3")}, 100000, K::Quantity},
         units({{"/uL", 1}, {"{cells}/uL", 1}, {"cells/uL", 1}, {"10*6/L", 1}, {"/mm3", 1}, {"10*9/L", 1000}})},
        {{QStringLiteral("liver-stiffness"), QStringLiteral("liver stiffness (elastography)"), QStringLiteral("kPa"), {QStringLiteral("liver-stiffness")}, 200, K::Quantity},
         units({{"kPa", 1}})},
        {{QStringLiteral("metavir"), QStringLiteral("METAVIR fibrosis stage"), QString(), {QStringLiteral("metavir-stage")}, 4, K::Integer}, {}},
        {{QStringLiteral("aav5-nab"), QStringLiteral("AAV5 neutralizing antibody titer"), QString(), {QStringLiteral("aav5-nab-titer")}, 1e9, K::Titer}, {}},
    };
    return table;
}

} // namespace

const QVector<LabDefinition> &LabCatalog::all()
{
    static const QVector<LabDefinition> labs = [] {
        QVector<LabDefinition> out;
        for (const auto &e : entries())
            out.append(e.lab);
        return out;
    }();
    return labs;
}

const LabDefinition *LabCatalog::byName(const QString &name)
{
    for (const auto &lab : all())
        if (lab.name == name)
            return &lab;
    return nullptr;
}

const LabDefinition *LabCatalog::byCode(const QString &system, const QString &code)
{
    const bool loinc = system == QLatin1String("http://loinc.org");
    const bool local = system == QLatin1String("urn:pareview:observation");
    if (!loinc && !local)
        return nullptr;
    // LOINC codes start with a digit; pareview's own codes are words.
    const bool loincCode = !code.isEmpty() && code.at(0).isDigit();
    if (loinc != loincCode)
        return nullptr;
    for (const auto &lab : all())
        if (lab.codes.contains(code))
            return &lab;
    return nullptr;
}

std::optional<double> LabCatalog::conversionFactor(const LabDefinition &lab, const QString &unit)
{
    for (const auto &e : entries()) {
        if (e.lab.name != lab.name)
            continue;
        for (const auto &u : e.units)
            if (u.first == unit)
                return u.second;
    }
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
