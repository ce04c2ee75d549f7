#include "policy/PolicyComparison.h"

#include "intake/LabCatalog.h"

#include <QHash>
#include <QMap>

#include <cmath>
#include <functional>

namespace pareview {

namespace {

QString within(const Window &w)
{
    return w.isSet() ? QStringLiteral(" within %1").arg(w.text()) : QString();
}

QString labName(const QString &lab)
{
    const LabDefinition *def = LabCatalog::byName(lab);
    return def ? def->description : lab;
}

// The topic a leaf rule speaks to: rows of the comparison.
QString topicOf(const Rule &r)
{
    using K = Rule::Kind;
    switch (r.kind) {
    case K::Lab:
        return labName(r.name);
    case K::CurrentWeight:
    case K::KitAvailable:
        return QStringLiteral("body weight / kit");
    case K::Attestation:
        return r.name;
    case K::Age:
        return QStringLiteral("age");
    case K::SexAtBirth:
        return QStringLiteral("sex at birth");
    case K::Diagnosis:
        return QStringLiteral("diagnosis");
    case K::Drug:
        return QStringLiteral("drug");
    case K::RequestType:
        return QStringLiteral("request type");
    case K::RequestUse:
        return QStringLiteral("requested use");
    case K::Prescriber:
        return QStringLiteral("prescriber: ") + r.name;
    case K::InhibitorPresent:
    case K::RefutableInhibitorHistory:
    case K::InhibitorRetest:
        return QStringLiteral("inhibitor history");
    case K::AntibodyTiter:
        return QStringLiteral("AAV5 antibodies");
    case K::LowCountOrAttested:
        return QStringLiteral("HIV");
    case K::AdvancedFibrosis:
    case K::NormalElastography:
    case K::PastLiverAbnormality:
        return QStringLiteral("liver fibrosis / elastography");
    case K::OtherDisorderInConcept:
        return QStringLiteral("other coagulation disorder");
    case K::Dose:
        return QStringLiteral("dose");
    default:
        return QString();
    }
}

void leaves(const Rule &r, QVector<const Rule *> &out)
{
    if (r.kind == Rule::Kind::All || r.kind == Rule::Kind::Any || r.kind == Rule::Kind::Not || r.kind == Rule::Kind::If) {
        for (const Rule &c : r.rules)
            leaves(c, out);
        return;
    }
    out.append(&r);
}

} // namespace

QString describeRule(const Rule &r)
{
    using K = Rule::Kind;
    switch (r.kind) {
    case K::All:
    case K::Any: {
        QStringList parts;
        for (const Rule &c : r.rules)
            parts << describeRule(c);
        return parts.join(r.kind == K::All ? QStringLiteral(" and ") : QStringLiteral(" or "));
    }
    case K::Not:
        return QStringLiteral("not (%1)").arg(describeRule(r.rules.first()));
    case K::Always:
        return QStringLiteral("always (%1)").arg(r.reason);
    case K::Never:
        return QStringLiteral("never (%1)").arg(r.reason);
    case K::Age:
        return QStringLiteral("age %1 %2").arg(operatorSymbol(r.op), readableNumber(*r.value));
    case K::SexAtBirth:
        return QStringLiteral("sex at birth %1").arg(r.equals.toString());
    case K::Diagnosis:
        return QStringLiteral("diagnosis %1").arg(r.list.join(QStringLiteral(" or ")));
    case K::Drug:
        return QStringLiteral("drug %1").arg(r.list.join(QStringLiteral(" or ")));
    case K::RequestType:
        return QStringLiteral("request %1").arg(r.list.join(QStringLiteral(" or ")));
    case K::RequestUse:
        return QStringLiteral("use %1").arg(r.list.join(QStringLiteral(" or ")));
    case K::Attestation:
        if (r.equals.isValid())
            return QStringLiteral("%1: %2 (attested%3)").arg(r.name, r.equals.typeId() == QMetaType::Bool ? (r.equals.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : r.equals.toString(), within(r.within));
        return QStringLiteral("%1 %2 %3 (attested%4)").arg(r.name, operatorSymbol(r.op), readableNumber(*r.value), within(r.within));
    case K::Lab:
        if (r.present)
            return QStringLiteral("%1 tested%2").arg(labName(r.name), within(r.within));
        if (r.ulnMultiple)
            return QStringLiteral("%1 %2 %3 × ULN%4").arg(labName(r.name), operatorSymbol(r.op), readableNumber(*r.ulnMultiple), within(r.within));
        return QStringLiteral("%1%2 %3 %4%5%6").arg(r.select == Rule::Select::Lowest ? QStringLiteral("lowest ") : QString(), labName(r.name),
                                                     operatorSymbol(r.op), readableNumber(*r.value),
                                                     r.unit.isEmpty() ? QString() : QLatin1Char(' ') + r.unit, within(r.within));
    case K::CurrentWeight:
        return QStringLiteral("current body weight");
    case K::KitAvailable:
        return QStringLiteral("a kit for the body weight");
    case K::Prescriber:
        return QStringLiteral("prescriber %1").arg(r.name);
    case K::InhibitorPresent:
        return QStringLiteral("%1 inhibitors present").arg(r.name);
    case K::RefutableInhibitorHistory:
        return QStringLiteral("%1 inhibitor history: %2%3").arg(r.name, r.expect.value_or(false) ? QStringLiteral("yes") : QStringLiteral("none"),
                                                                r.days ? QStringLiteral(" (a positive refuted within %1 days does not count)").arg(r.days) : QString());
    case K::InhibitorRetest:
        return QStringLiteral("negative retest within %1 days of a positive").arg(r.days);
    case K::AntibodyTiter:
        if (r.maxTiter)
            return QStringLiteral("AAV5 NAb titer ≤ 1:%1").arg(readableNumber(*r.maxTiter));
        if (r.detected)
            return *r.detected ? QStringLiteral("AAV5 NAb detected") : QStringLiteral("AAV5 NAb not detected");
        return QStringLiteral("screened for AAV5 NAb");
    case K::LowCountOrAttested:
        return QStringLiteral("HIV uncontrolled: %1 (CD4 ≤ %2 decides%3)")
            .arg(r.expect.value_or(false) ? QStringLiteral("yes") : QStringLiteral("no"),
                 readableNumber(r.special.limit(QStringLiteral("atMost"))), within(r.within));
    case K::AdvancedFibrosis:
        return QStringLiteral("advanced liver disease: %1 (FibroScan ≥ %2 kPa or METAVIR ≥ F%3%4)")
            .arg(r.expect.value_or(false) ? QStringLiteral("yes") : QStringLiteral("no"),
                 readableNumber(r.special.limit(QStringLiteral("advancedStiffness"))),
                 readableNumber(r.special.limit(QStringLiteral("advancedStage"))), within(r.within));
    case K::NormalElastography:
        return QStringLiteral("normal elastography%1").arg(within(r.within));
    case K::PastLiverAbnormality:
        return QStringLiteral("past liver abnormality (attested, abnormal ultrasound or elastography, or %1 ALT/AST results above ULN)").arg(r.minCount);
    case K::If:
        return QStringLiteral("if %1: %2").arg(describeRule(r.rules.value(0)), describeRule(r.rules.value(1)));
    case K::OtherDisorderInConcept:
        return QStringLiteral("other coagulation disorder: %1").arg(r.expect.value_or(false) ? QStringLiteral("yes") : QStringLiteral("none"));
    case K::Dose: {
        // Per dose (per kg or flat), per period, and for which weights.
        QStringList parts;
        if (const auto perDose = r.maxPerKg ? r.maxPerKg : r.maxDose)
            parts << QStringLiteral("dose ≤ %1 %2%3").arg(readableNumber(*perDose), r.unit,
                                                         r.minIntervalHours ? QStringLiteral(" every %1 h").arg(readableNumber(*r.minIntervalHours)) : QString());
        if (r.maxPerPeriod)
            parts << QStringLiteral("≤ %1 %2 per %3").arg(readableNumber(*r.maxPerPeriod), r.unit, r.period.text());
        QString text = parts.join(QStringLiteral(", "));
        if (r.weightKg)
            text += QStringLiteral(" at a weight %1 %2 kg").arg(operatorSymbol(r.weightOp), readableNumber(*r.weightKg));
        return text;
    }
    }
    return {};
}

PolicyComparison PolicyComparison::forDrug(const QVector<const Policy *> &policies, const QString &drugId)
{
    PolicyComparison out;
    // topic -> per policy -> lines
    QMap<QString, QVector<QStringList>> table;
    QStringList order;
    QVector<const Policy *> used;
    for (const Policy *p : policies)
        if (p->coversDrug(drugId))
            used.append(p);
    for (int i = 0; i < used.size(); ++i) {
        const Policy *p = used[i];
        out.policies << QStringLiteral("%1 %2 (%3)").arg(p->payer, p->number, p->version);
        std::function<void(const Criterion &)> visit = [&](const Criterion &c) {
            if (c.rule) {
                QVector<const Rule *> list;
                leaves(*c.rule, list);
                for (const Rule *r : list) {
                    const QString topic = topicOf(*r);
                    if (topic.isEmpty() || topic == QLatin1String("drug") || topic == QLatin1String("request type"))
                        continue;
                    if (!table.contains(topic)) {
                        table.insert(topic, QVector<QStringList>(used.size()));
                        order << topic;
                    }
                    table[topic][i] << QStringLiteral("%1: %2").arg(c.fullLabel, describeRule(*r));
                }
            }
            for (const Criterion &child : c.children)
                visit(child);
        };
        // Drug-specific sections (PHARMACY-109's Hemgenix / Roctavian) of another drug are left out.
        auto forThisDrug = [&](const Pathway &pw) {
            if (pw.fallback || !pw.requestTypes.contains(QStringLiteral("initial")))
                return false;
            if (!pw.appliesWhen)
                return true;
            QVector<const Rule *> selectors;
            leaves(*pw.appliesWhen, selectors);
            for (const Rule *r : selectors)
                if (r->kind == Rule::Kind::Drug && !r->list.contains(drugId))
                    return false;
            return true;
        };
        for (const Pathway &pw : p->pathways)
            if (forThisDrug(pw))
                for (const Criterion &c : pw.criteria)
                    visit(c);
        // Approval terms and medical director review are part of what differs.
        for (const Pathway &pw : p->pathways)
            if (forThisDrug(pw) && pw.approval) {
                const QString topic = QStringLiteral("approval");
                if (!table.contains(topic)) {
                    table.insert(topic, QVector<QStringList>(used.size()));
                    order << topic;
                }
                const QString line = QStringLiteral("%1: %2%3").arg(pw.id, pw.approval->duration.text(), pw.approval->oneTime ? QStringLiteral(", one time") : QString());
                if (!table[topic][i].contains(line))
                    table[topic][i] << line;
            }
        const QString md = QStringLiteral("medical director review");
        if (!table.contains(md)) {
            table.insert(md, QVector<QStringList>(used.size()));
            order << md;
        }
        table[md][i] << (p->medicalDirectorReviewAll ? QStringLiteral("every review") : QStringLiteral("denials only"));
    }
    for (const QString &topic : std::as_const(order)) {
        ComparisonRow row;
        row.topic = topic;
        QStringList withoutLabels;
        for (const QStringList &lines : table[topic]) {
            row.cells << lines.join(QLatin1Char('\n'));
            QStringList stripped;
            for (const QString &l : lines)
                stripped << l.section(QStringLiteral(": "), 1);
            stripped.sort();
            withoutLabels << stripped.join(QLatin1Char('|'));
        }
        withoutLabels.removeDuplicates();
        row.differs = withoutLabels.size() > 1;
        out.rows.append(row);
    }
    return out;
}

} // namespace pareview
