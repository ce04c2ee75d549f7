#pragma once

// What the engine found about one criterion: a kind and typed arguments (a
// lab, its value and unit, the date it was drawn, the limit; an attestation
// item and its answer; a dose and its limit; …) and the findings it is made
// of. The reviewer's reason and the letter's sentence are both written from
// it by FindingText, with a template per kind kept as data
// (resources/letters/findings.json); nothing reads the words back.

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace pareview {

namespace json {
class Value;
class Writer;
} // namespace json

struct Finding
{
    QString kind;        // "lab-compare", "attestation-missing", … (findings.json "kinds")
    QVariantMap args;    // numbers (double), dates (QDate), text (QString)
    QVector<Finding> parts; // the findings it is made of ({part1}, {parts})
    QStringList labels;  // a group's criteria: labels, beside their findings in parts when named with them
    // The reason once written (FindingText::reason): a group writes its
    // parts' reasons again, the evaluator wrote them already. Not data.
    QString writtenReason;

    Finding() = default;
    explicit Finding(const QString &k) : kind(k) {}

    bool isEmpty() const { return kind.isEmpty(); }

    Finding &arg(const QString &name, const QVariant &value)
    {
        args.insert(name, value);
        return *this;
    }
    Finding &part(const Finding &f)
    {
        parts.append(f);
        return *this;
    }

    // {"kind": …, <args>…, "parts": […], "labels": […]}: dates as ISO text.
    void write(json::Writer &w, const char *key = nullptr) const;
    static Result<Finding> read(const json::Value &v);

    bool operator==(const Finding &other) const
    {
        return kind == other.kind && args == other.args && parts == other.parts && labels == other.labels;
    }
};

} // namespace pareview
