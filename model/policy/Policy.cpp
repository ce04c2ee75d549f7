#include "policy/Policy.h"

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
    {Rule::Kind::If, "if"},
    {Rule::Kind::LiverAbnormalityHistory, "liver-abnormality-history"},
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
    switch (r.kind) {
    case Rule::Kind::Lab:
        if (!r.present)
            out.append({r.name, r.op, r.value, r.ulnMultiple, r.within});
        else
            out.append({r.name, QString(), std::nullopt, std::nullopt, r.within});
        break;
    case Rule::Kind::CurrentWeight:
    case Rule::Kind::KitAvailable:
        out.append({QStringLiteral("weight"), QString(), std::nullopt, std::nullopt, Window::parse(QStringLiteral("30 days")).value_or(none)});
        break;
    case Rule::Kind::HivUncontrolled:
        out.append({QStringLiteral("cd4"), QStringLiteral(">"), 200.0, std::nullopt, r.within});
        break;
    case Rule::Kind::AdvancedLiverDisease:
        out.append({QStringLiteral("liver-stiffness"), QStringLiteral("<"), 9.0, std::nullopt, r.within});
        break;
    case Rule::Kind::ElastographyNormal:
        out.append({QStringLiteral("liver-stiffness"), QStringLiteral("<"), 7.0, std::nullopt, r.within});
        break;
    case Rule::Kind::LiverAbnormalityHistory:
        out.append({QStringLiteral("alt"), QStringLiteral("<="), std::nullopt, 1.0, none});
        out.append({QStringLiteral("ast"), QStringLiteral("<="), std::nullopt, 1.0, none});
        out.append({QStringLiteral("liver-stiffness"), QStringLiteral("<"), 7.0, std::nullopt, none});
        break;
    case Rule::Kind::WithInhibitors:
        // "With inhibitors": a titer of at least 0.6 BU is positive (POLICY-READING.md).
        out.append({r.name == QLatin1String("viii") ? QStringLiteral("fviii-inhibitor") : QStringLiteral("fix-inhibitor"),
                    QStringLiteral(">="), 0.6, std::nullopt, none});
        break;
    case Rule::Kind::InhibitorHistory:
    case Rule::Kind::InhibitorRetest:
        // No detectable inhibitor, a negative retest: below 0.6 BU.
        out.append({r.name == QLatin1String("viii") ? QStringLiteral("fviii-inhibitor") : QStringLiteral("fix-inhibitor"),
                    QStringLiteral("<"), 0.6, std::nullopt, none});
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
    switch (r.kind) {
    case Rule::Kind::Attestation:
        items << r.name;
        break;
    case Rule::Kind::Prescriber:
        if (r.name == QLatin1String("htc"))
            items << QStringLiteral("prescriber-at-htc");
        else if (r.name == QLatin1String("consulted-htc-hematologist"))
            items << QStringLiteral("consulted-htc-hematologist") << QStringLiteral("prescriber-consulted-hematologist");
        else if (r.name == QLatin1String("hemophilia-specialist"))
            items << QStringLiteral("prescriber-hemophilia-specialist");
        else
            items << QStringLiteral("prescriber-hematologist") << QStringLiteral("prescriber-consulted-hematologist");
        break;
    case Rule::Kind::WithInhibitors:
        items << QStringLiteral("inhibitor-history") << QStringLiteral("inhibitor-anamnestic-response")
              << QStringLiteral("inhibitor-refractory-response");
        break;
    case Rule::Kind::InhibitorHistory:
    case Rule::Kind::InhibitorRetest:
        items << QStringLiteral("inhibitor-history");
        break;
    case Rule::Kind::Aav5Nab:
        items << QStringLiteral("aav5-nab-screened");
        break;
    case Rule::Kind::HivUncontrolled:
        items << QStringLiteral("hiv-uncontrolled");
        break;
    case Rule::Kind::AdvancedLiverDisease:
        items << QStringLiteral("advanced-liver-disease");
        break;
    case Rule::Kind::ElastographyNormal:
        items << QStringLiteral("liver-elastography-normal");
        break;
    case Rule::Kind::LiverAbnormalityHistory:
        items << QStringLiteral("liver-abnormality-history") << QStringLiteral("liver-ultrasound-normal")
              << QStringLiteral("liver-elastography-normal");
        break;
    case Rule::Kind::OtherCoagulationDisorder:
        items << QStringLiteral("other-coagulation-disorder");
        break;
    default:
        break;
    }
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
