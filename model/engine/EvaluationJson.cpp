#include "engine/EvaluationJson.h"

#include "json/JsonWriter.h"

namespace pareview {

static void writeCriteria(json::Writer &w, const char *key, const QVector<CriterionResult> &list)
{
    w.beginArray(key);
    for (const auto &c : list) {
        w.beginObject()
            .value("label", c.label)
            .value("status", statusName(c.status))
            .value("source", c.source)
            .value("reason", c.reason);
        if (!c.finding.isEmpty())
            c.finding.write(w, "finding");
        if (c.documentation)
            w.value("documentationRequired", true);
        // The section's own row: readers that list requirements (letters) skip it.
        if (c.section)
            w.value("section", true);
        w.endObject();
    }
    w.endArray();
}

QString evaluationToJson(const Evaluation &ev, const QString &bundleName, bool pretty)
{
    return QString::fromUtf8(evaluationToJsonUtf8(ev, bundleName, pretty));
}

QByteArray evaluationToJsonUtf8(const Evaluation &ev, const QString &bundleName, bool pretty)
{
    json::Writer w(pretty);
    w.reserve(8192); // a typical result line is 5,000 bytes
    w.beginObject();
    if (!bundleName.isNull())
        w.value("bundle", bundleName);
    w.value("policy", ev.policyId)
        .value("policyNumber", ev.policyNumber)
        .value("policyVersion", ev.policyVersion)
        .value("asOf", isoDateText(ev.asOf))
        .value("drug", ev.drug)
        .value("pathway", ev.pathway)
        .value("requestType", ev.requestType)
        .value("recommendation", recommendationName(ev.recommendation))
        .value("recommendationReason", ev.recommendationReason);
    if (!ev.recommendationFinding.isEmpty())
        ev.recommendationFinding.write(w, "recommendationFinding");
    w
        .value("medicalDirectorReview", ev.medicalDirectorReview);
    if (ev.recommendation == Recommendation::Refer) {
        if (ev.referTo.isEmpty())
            w.null("referTo");
        else
            w.value("referTo", ev.referTo);
    }
    writeCriteria(w, "criteria", ev.criteria);
    if (!ev.notCovered.isEmpty())
        writeCriteria(w, "notCovered", ev.notCovered);
    if (ev.approval) {
        const auto &a = *ev.approval;
        w.beginObject("approval").value("durationDays", a.durationDays);
        if (a.durationMonths)
            w.value("durationMonths", *a.durationMonths);
        if (a.durationWeeks)
            w.value("durationWeeks", *a.durationWeeks);
        w.value("duration", a.duration)
            .value("start", isoDateText(a.start))
            .value("end", isoDateText(a.end))
            .value("oneTime", a.oneTime);
        if (!a.quantity.isEmpty())
            w.value("quantity", a.quantity);
        if (!a.quantityFinding.isEmpty())
            a.quantityFinding.write(w, "quantityFinding");
        if (!a.ndc.isEmpty())
            w.value("ndc", a.ndc);
        if (a.vials > 0)
            w.value("vials", a.vials);
        if (a.maxMcg)
            w.value("maxMcg", *a.maxMcg).value("periodDays", a.periodDays);
        if (!a.doseLimit.isEmpty())
            w.value("doseLimit", a.doseLimit);
        w.endObject();
    } else {
        w.null("approval");
    }
    if (!ev.flags.isEmpty())
        w.stringArray("flags", ev.flags);
    if (!ev.warnings.isEmpty())
        w.stringArray("warnings", ev.warnings);
    w.endObject();
    return w.utf8();
}

} // namespace pareview
