#include "letters/CriteriaSnapshot.h"

#include "findings/FindingText.h"
#include "json/StrictJson.h"
#include "letters/PhraseBook.h"

#include <cmath>

namespace pareview::letters {

namespace {

QString str(const json::Value &object, const char *key)
{
    const json::Value *v = object.find(QLatin1String(key));
    return v && v->isString() ? v->toString() : QString();
}

// Fills depth and group from the labels: a criterion's parent is the longest
// other label it continues ("1.F" is the parent of "1.F.i").
void structure(QVector<SnapshotCriterion> &list)
{
    for (auto &c : list) {
        c.depth = 0;
        c.group = false;
    }
    for (auto &c : list) {
        for (const auto &other : std::as_const(list)) {
            if (&other == &c)
                continue;
            if (c.label.startsWith(other.label + QLatin1Char('.')))
                ++c.depth;
            if (other.label.startsWith(c.label + QLatin1Char('.')))
                c.group = true;
        }
    }
}

QVector<const SnapshotCriterion *> ancestors(const QVector<SnapshotCriterion> &list,
                                             const SnapshotCriterion &c)
{
    QVector<const SnapshotCriterion *> out;
    for (const auto &other : list)
        if (&other != &c && c.label.startsWith(other.label + QLatin1Char('.')))
            out.append(&other);
    return out;
}

Result<QVector<SnapshotCriterion>> readList(const json::Value &root, const char *key, bool exclusion)
{
    QVector<SnapshotCriterion> out;
    const json::Value *list = root.find(QLatin1String(key));
    if (!list || list->isNull())
        return out;
    if (!list->isArray())
        return Error{
            QStringLiteral("the criteria snapshot's \"%1\" is not a list").arg(QLatin1String(key))
        };
    for (int i = 0; i < list->size(); ++i) {
        const json::Value &item = list->at(i);
        if (!item.isObject())
            return Error{ QStringLiteral("the criteria snapshot's %1[%2] is not an object")
                              .arg(QLatin1String(key))
                              .arg(i) };
        // A section's own row ("section": true, I.A / 1 / Hemgenix) combines
        // its criteria; it is no requirement of its own to list or ask for.
        const json::Value *section = item.find(QLatin1String("section"));
        if (section && section->isBool() && section->toBool())
            continue;
        SnapshotCriterion c;
        c.label = str(item, "label");
        c.status = str(item, "status");
        c.source = str(item, "source");
        c.reason = str(item, "reason");
        if (const json::Value *finding = item.find(QLatin1String("finding"))) {
            auto f = Finding::read(*finding);
            if (!f)
                return Error{ QStringLiteral("the criteria snapshot's %1[%2]: %3").arg(QLatin1String(key)).arg(i).arg(f.error()) };
            c.finding = f.value();
        }
        const json::Value *doc = item.find(QLatin1String("documentationRequired"));
        c.documentation = doc && doc->isBool() && doc->toBool();
        c.exclusion = exclusion;
        if (c.label.isEmpty() || c.status.isEmpty())
            return Error{ QStringLiteral("the criteria snapshot's %1[%2] has no label or status")
                              .arg(QLatin1String(key))
                              .arg(i) };
        out.append(c);
    }
    structure(out);
    return out;
}

} // namespace

Result<CriteriaSnapshot> CriteriaSnapshot::parse(const QString &text)
{
    auto parsed = json::parse(text.toUtf8());
    if (!parsed)
        return Error{ QStringLiteral("the criteria snapshot is not readable: %1").arg(parsed.error()) };
    const json::Value &root = *parsed.value();
    if (root.isArray() && root.size() == 0)
        return Error{ QStringLiteral("the determination has no criteria snapshot") };
    if (!root.isObject())
        return Error{ QStringLiteral("the criteria snapshot is not an evaluation (a JSON object)") };
    CriteriaSnapshot s;
    s.policyId = str(root, "policy");
    s.policyNumber = str(root, "policyNumber");
    s.policyVersion = str(root, "policyVersion");
    s.asOf = QDate::fromString(str(root, "asOf"), Qt::ISODate);
    s.pathway = str(root, "pathway");
    s.requestType = str(root, "requestType");
    s.recommendation = str(root, "recommendation");
    s.recommendationReason = str(root, "recommendationReason");
    if (const json::Value *finding = root.find(QLatin1String("recommendationFinding"))) {
        auto f = Finding::read(*finding);
        if (!f)
            return Error{ QStringLiteral("the criteria snapshot's recommendation: %1").arg(f.error()) };
        s.recommendationFinding = f.value();
    }
    s.referTo = str(root, "referTo");
    auto criteria = readList(root, "criteria", false);
    if (!criteria)
        return Error{ criteria.error() };
    s.criteria = criteria.value();
    auto notCovered = readList(root, "notCovered", true);
    if (!notCovered)
        return Error{ notCovered.error() };
    s.notCovered = notCovered.value();
    const json::Value *approval = root.find(QLatin1String("approval"));
    if (approval && approval->isObject()) {
        s.hasApproval = true;
        const json::Value *oneTime = approval->find(QLatin1String("oneTime"));
        s.oneTime = oneTime && oneTime->isBool() && oneTime->toBool();
        s.duration = str(*approval, "duration");
        // Whole numbers only: anything else is left unrecorded, and the letter counts the approved days.
        auto whole = [&](const char *key) -> std::optional<int> {
            const json::Value *v = approval->find(QLatin1String(key));
            if (!v || !v->isNumber() || v->toDouble() != std::floor(v->toDouble()) || v->toDouble() < 1 || v->toDouble() > 100000)
                return std::nullopt;
            return int(v->toDouble());
        };
        s.durationMonths = whole("durationMonths");
        s.durationWeeks = whole("durationWeeks");
        s.durationDays = whole("durationDays").value_or(0);
        s.approvalStart = QDate::fromString(str(*approval, "start"), Qt::ISODate);
        s.approvalEnd = QDate::fromString(str(*approval, "end"), Qt::ISODate);
        s.quantity = str(*approval, "quantity");
        if (const json::Value *finding = approval->find(QLatin1String("quantityFinding"))) {
            auto f = Finding::read(*finding);
            if (!f)
                return Error{ QStringLiteral("the criteria snapshot's approval quantity: %1").arg(f.error()) };
            s.quantityFinding = f.value();
        }
        s.ndc = str(*approval, "ndc");
        s.doseLimit = str(*approval, "doseLimit");
    }
    return s;
}

std::optional<Finding> CriteriaSnapshot::quantityWrittenAs(const QString &recorded) const
{
    if (quantityFinding.isEmpty())
        return std::nullopt;
    // The decision records the quantity as the evaluation wrote it, with the kit's NDC.
    QString written = quantity;
    if (!ndc.isEmpty())
        written += QStringLiteral(", NDC %1").arg(ndc);
    if (recorded.simplified() != written.simplified())
        return std::nullopt;
    return quantityFinding;
}

QString CriteriaSnapshot::quantityText(const QString &recorded, const QString &language, const PhraseBook &book) const
{
    if (const auto finding = quantityWrittenAs(recorded))
        if (const auto words = FindingText::builtIn().phrase(*finding, language, book))
            return ndc.isEmpty() ? *words : QStringLiteral("%1, NDC %2").arg(*words, ndc);
    return book.quantity(recorded, language).text;
}

QVector<SnapshotCriterion> CriteriaSnapshot::decisiveNotMet() const
{
    QVector<SnapshotCriterion> out;
    for (const auto &c : criteria) {
        if (c.status != QLatin1String("not-met"))
            continue;
        bool decisive = true;
        for (const SnapshotCriterion *a : ancestors(criteria, c))
            if (a->status != QLatin1String("not-met"))
                decisive = false;
        if (decisive)
            out.append(c);
    }
    return out;
}

QVector<SnapshotCriterion> CriteriaSnapshot::exclusionsThatApply() const
{
    QVector<SnapshotCriterion> out;
    for (const auto &c : notCovered)
        if (c.depth == 0 && c.status == QLatin1String("met"))
            out.append(c);
    return out;
}

QVector<SnapshotCriterion> CriteriaSnapshot::missingInformation() const
{
    QVector<SnapshotCriterion> out;
    for (const QVector<SnapshotCriterion> *list : { &criteria, &notCovered }) {
        for (const auto &c : *list) {
            if (c.status != QLatin1String("unknown") || c.group)
                continue;
            bool open = true;
            for (const SnapshotCriterion *a : ancestors(*list, c))
                if (a->status != QLatin1String("unknown"))
                    open = false;
            if (open)
                out.append(c);
        }
    }
    return out;
}

} // namespace pareview::letters
