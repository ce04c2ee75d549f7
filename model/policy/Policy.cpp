#include "policy/Policy.h"

#include <QRegularExpression>

namespace pareview {

QDate Window::start(const QDate &asOf) const
{
    switch (unit) {
    case Unit::Days:
        return asOf.addDays(-amount);
    case Unit::Weeks:
        return asOf.addDays(-7 * qint64(amount));
    case Unit::Months:
        return asOf.addMonths(-amount);
    case Unit::None:
        break;
    }
    return {};
}

QString Window::text() const
{
    const char *name = "";
    switch (unit) {
    case Unit::Days:
        name = amount == 1 ? "day" : "days";
        break;
    case Unit::Weeks:
        name = amount == 1 ? "week" : "weeks";
        break;
    case Unit::Months:
        name = amount == 1 ? "month" : "months";
        break;
    case Unit::None:
        return {};
    }
    return QStringLiteral("%1 %2").arg(amount).arg(QLatin1String(name));
}

std::optional<Window> Window::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4}) (day|days|week|weeks|month|months)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    Window w;
    w.amount = m.captured(1).toInt();
    const QString u = m.captured(2);
    w.unit = u.startsWith(QLatin1String("day")) ? Unit::Days : u.startsWith(QLatin1String("week")) ? Unit::Weeks : Unit::Months;
    if (w.amount <= 0)
        return std::nullopt;
    return w;
}

namespace {
struct KindName
{
    Rule::Kind kind;
    const char *name;
};
const KindName kKindNames[] = {
    {Rule::Kind::All, "all"},
    {Rule::Kind::Any, "any"},
    {Rule::Kind::Not, "not"},
    {Rule::Kind::Always, "always"},
    {Rule::Kind::Never, "never"},
    {Rule::Kind::Age, "age"},
    {Rule::Kind::SexAtBirth, "sex-at-birth"},
    {Rule::Kind::Diagnosis, "diagnosis"},
    {Rule::Kind::Drug, "drug"},
    {Rule::Kind::RequestType, "request-type"},
    {Rule::Kind::RequestUse, "request-use"},
    {Rule::Kind::Attestation, "attestation"},
    {Rule::Kind::Lab, "lab"},
    {Rule::Kind::CurrentWeight, "current-weight"},
    {Rule::Kind::Prescriber, "prescriber"},
    {Rule::Kind::WithInhibitors, "with-inhibitors"},
    {Rule::Kind::InhibitorHistory, "inhibitor-history"},
    {Rule::Kind::InhibitorRetest, "inhibitor-retest"},
    {Rule::Kind::Aav5Nab, "aav5-nab"},
    {Rule::Kind::HivUncontrolled, "hiv-uncontrolled"},
    {Rule::Kind::AdvancedLiverDisease, "advanced-liver-disease"},
    {Rule::Kind::ElastographyNormal, "elastography-normal"},
    {Rule::Kind::OtherCoagulationDisorder, "other-coagulation-disorder"},
    {Rule::Kind::Dose, "dose"},
    {Rule::Kind::KitAvailable, "kit-available"},
};
} // namespace

QString Rule::kindName(Kind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

std::optional<Rule::Kind> Rule::kindFromName(const QString &name)
{
    for (const auto &k : kKindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

bool Policy::coversDrug(const QString &drugId) const
{
    return drug(drugId) != nullptr;
}

const DrugInfo *Policy::drug(const QString &drugId) const
{
    for (const auto &d : drugs)
        if (d.id == drugId)
            return &d;
    return nullptr;
}

QString Policy::referralFor(const QString &kind, const QString &lineOfBusiness) const
{
    const auto targets = referrals.value(kind);
    if (targets.contains(lineOfBusiness))
        return targets.value(lineOfBusiness);
    return targets.value(QStringLiteral("*"));
}

static int countNodes(const QVector<Criterion> &nodes)
{
    int n = 0;
    for (const auto &c : nodes)
        n += 1 + countNodes(c.children);
    return n;
}

int Policy::criteriaCount() const
{
    int n = 0;
    for (const auto &p : pathways)
        n += countNodes(p.criteria);
    return n;
}

const KitBand *Policy::kitFor(int roundedKg) const
{
    for (const auto &band : kitTable)
        if (roundedKg >= band.minKg && roundedKg <= band.maxKg)
            return &band;
    return nullptr;
}

} // namespace pareview
