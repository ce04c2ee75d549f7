#include "policy/Policy.h"

#include "catalog/Catalog.h"

#include <QRegularExpression>

#include <cmath>

namespace pareview {

QString operatorSymbol(const QString &op)
{
    if (op == QLatin1String("<="))
        return QStringLiteral("≤");
    if (op == QLatin1String(">="))
        return QStringLiteral("≥");
    if (op == QLatin1String("!="))
        return QStringLiteral("≠");
    if (op == QLatin1String("=="))
        return QStringLiteral("=");
    return op;
}

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
// The general kinds. The special ones (with their items, labs and limits)
// are the catalog's (rules.json), each run by one of these logics; the
// request fields are rule kinds by their linkIds (attestations.json).
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
    {Rule::Kind::Attestation, "attestation"},
    {Rule::Kind::Lab, "lab"},
    {Rule::Kind::Prescriber, "prescriber"},
    {Rule::Kind::Dose, "dose"},
    {Rule::Kind::KitAvailable, "kit-available"},
    {Rule::Kind::If, "if"},
};
const KindName kLogics[] = {
    {Rule::Kind::CurrentWeight, "current-weight"},
    {Rule::Kind::InhibitorPresent, "inhibitor-present"},
    {Rule::Kind::RefutableInhibitorHistory, "refutable-inhibitor-history"},
    {Rule::Kind::InhibitorRetest, "inhibitor-retest"},
    {Rule::Kind::AntibodyTiter, "antibody-titer"},
    {Rule::Kind::LowCountOrAttested, "low-count-or-attested"},
    {Rule::Kind::AdvancedFibrosis, "advanced-fibrosis"},
    {Rule::Kind::NormalElastography, "normal-elastography"},
    {Rule::Kind::OtherDisorderInConcept, "other-disorder-in-concept"},
    {Rule::Kind::PastLiverAbnormality, "past-liver-abnormality"},
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
    const Catalog &catalog = Catalog::current();
    if (!name.isEmpty() && name == catalog.requestFieldId(AttestationItem::RequestRole::Type))
        return Kind::RequestType;
    if (!name.isEmpty() && name == catalog.requestFieldId(AttestationItem::RequestRole::Use))
        return Kind::RequestUse;
    if (const SpecialRule *special = catalog.specialRule(name))
        return kindOfLogic(special->logic);
    return std::nullopt;
}

std::optional<Rule::Kind> Rule::kindOfLogic(const QString &logic)
{
    for (const auto &k : kLogics)
        if (logic == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

bool Policy::coversDrug(const QString &drugId) const
{
    return drug(drugId) != nullptr;
}

bool Policy::listsLineOfBusiness(const QString &lineOfBusiness) const
{
    return linesOfBusiness.isEmpty() || linesOfBusiness.contains(lineOfBusiness);
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

static const Criterion *findIn(const QVector<Criterion> &nodes, const QString &label)
{
    for (const auto &c : nodes) {
        if (c.fullLabel == label)
            return &c;
        if (const Criterion *found = findIn(c.children, label))
            return found;
    }
    return nullptr;
}

const Criterion *Policy::criterion(const QString &fullLabel) const
{
    for (const auto &p : pathways)
        if (const Criterion *c = findIn(p.criteria, fullLabel))
            return c;
    return nullptr;
}

static void collectLabs(const Rule &r, QVector<LabThreshold> &out)
{
    Window none;
    const SpecialRule &d = r.special;
    auto limit = [&](const char *slot) { return d.limit(QLatin1String(slot)); };
    switch (r.kind) {
    case Rule::Kind::Lab:
        if (!r.present)
            out.append({r.name, r.op, r.value, r.ulnMultiple, r.within});
        else
            out.append({r.name, QString(), std::nullopt, std::nullopt, r.within});
        break;
    case Rule::Kind::CurrentWeight:
    case Rule::Kind::KitAvailable:
        out.append({Catalog::current().bodyWeightLab(), QString(), std::nullopt, std::nullopt, Window::parse(QStringLiteral("30 days")).value_or(none)});
        break;
    case Rule::Kind::LowCountOrAttested:
        out.append({d.lab(QLatin1String("count")), QStringLiteral(">"), limit("atMost"), std::nullopt, r.within});
        break;
    case Rule::Kind::AdvancedFibrosis:
        out.append({d.lab(QLatin1String("stiffness")), QStringLiteral("<"), limit("advancedStiffness"), std::nullopt, r.within});
        break;
    case Rule::Kind::NormalElastography:
        out.append({d.lab(QLatin1String("stiffness")), QStringLiteral("<"), limit("normalBelow"), std::nullopt, r.within});
        break;
    case Rule::Kind::PastLiverAbnormality:
        for (const QString &enzyme : d.labList(QLatin1String("enzymes")))
            out.append({enzyme, QStringLiteral("<="), std::nullopt, 1.0, none});
        out.append({d.lab(QLatin1String("stiffness")), QStringLiteral("<"), limit("normalBelow"), std::nullopt, none});
        break;
    case Rule::Kind::InhibitorPresent:
        // "With inhibitors": a titer at or above the positive limit (POLICY-READING.md).
        out.append({d.lab(r.name), QStringLiteral(">="), limit("positive"), std::nullopt, none});
        break;
    case Rule::Kind::RefutableInhibitorHistory:
    case Rule::Kind::InhibitorRetest:
        // No detectable inhibitor, a negative retest: below the positive limit.
        out.append({d.lab(r.name), QStringLiteral("<"), limit("positive"), std::nullopt, none});
        break;
    default:
        break;
    }
    for (const Rule &child : r.rules)
        collectLabs(child, out);
}

// The attestation items a rule reads, as the evaluator reads them
// (Evaluator: attested(), attestation()): named by an attestation rule, or
// implied by the rules that fall back on the prescriber's word.
static void collectAttestations(const Rule &r, QStringList &out)
{
    QStringList items;
    if (r.kind == Rule::Kind::Attestation)
        items << r.name;
    else
        items = r.special.attestationItems();
    for (const QString &item : std::as_const(items))
        if (!out.contains(item))
            out << item;
    for (const Rule &child : r.rules)
        collectAttestations(child, out);
}

static void collectAttestations(const Criterion &c, QStringList &out)
{
    for (const std::optional<Rule> *r : {&c.appliesWhen, &c.rule})
        if (*r)
            collectAttestations(**r, out);
    for (const auto &child : c.children)
        collectAttestations(child, out);
}

QStringList Policy::attestationItems() const
{
    QStringList out;
    for (const Pathway &p : pathways) {
        for (const std::optional<Rule> *r : {&p.appliesWhen, &p.checkedWhen})
            if (*r)
                collectAttestations(**r, out);
        for (const Criterion &c : p.criteria)
            collectAttestations(c, out);
    }
    for (const Criterion &c : notCovered)
        collectAttestations(c, out);
    return out;
}

static void collectNode(const Criterion &c, QVector<LabThreshold> &out)
{
    if (c.rule)
        collectLabs(*c.rule, out);
    for (const auto &child : c.children)
        collectNode(child, out);
}

QVector<LabThreshold> Policy::labThresholds(const QString &fullLabel) const
{
    QVector<LabThreshold> out;
    if (const Criterion *c = criterion(fullLabel))
        collectNode(*c, out);
    return out;
}

const KitBand *Policy::kitFor(int roundedKg) const
{
    for (const auto &band : kitTable)
        if (roundedKg >= band.minKg && roundedKg <= band.maxKg)
            return &band;
    return nullptr;
}

} // namespace pareview
