#include "findings/Finding.h"

#include "json/JsonWriter.h"
#include "json/StrictJson.h"

namespace pareview {

void Finding::write(json::Writer &w, const char *key) const
{
    w.beginObject(key);
    w.value("kind", kind);
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int)
            w.value(name.constData(), v.toDouble());
        else if (v.typeId() == QMetaType::QStringList)
            w.stringArray(name.constData(), v.toStringList());
        else if (v.typeId() == QMetaType::QDate)
            w.value(name.constData(), v.toDate().toString(Qt::ISODate));
        else
            w.value(name.constData(), v.toString());
    }
    if (!parts.isEmpty()) {
        w.beginArray("parts");
        for (const Finding &p : parts)
            p.write(w);
        w.endArray();
    }
    if (!labels.isEmpty())
        w.stringArray("labels", labels);
    w.endObject();
}

Result<Finding> Finding::read(const json::Value &v)
{
    if (!v.isObject())
        return Error{ QStringLiteral("a finding is not an object (line %1)").arg(v.line()) };
    Finding f;
    for (const auto &member : v.members()) {
        const json::Value &m = *member.second;
        if (member.first == QLatin1String("kind")) {
            if (!m.isString())
                return Error{ QStringLiteral("a finding's kind is not text (line %1)").arg(m.line()) };
            f.kind = m.toString();
        } else if (member.first == QLatin1String("parts")) {
            if (!m.isArray())
                return Error{ QStringLiteral("a finding's parts are not a list (line %1)").arg(m.line()) };
            for (int i = 0; i < m.size(); ++i) {
                auto p = read(m.at(i));
                if (!p)
                    return p;
                f.parts.append(p.value());
            }
        } else if (member.first == QLatin1String("labels")) {
            if (!m.isArray())
                return Error{ QStringLiteral("a finding's labels are not a list (line %1)").arg(m.line()) };
            for (int i = 0; i < m.size(); ++i)
                f.labels << m.at(i).toString();
        } else if (m.isArray()) {
            QStringList list;
            for (int i = 0; i < m.size(); ++i) {
                if (!m.at(i).isString())
                    return Error{ QStringLiteral("the finding argument \"%1\" is a list of something other than text (line %2)")
                                      .arg(member.first)
                                      .arg(m.line()) };
                list << m.at(i).toString();
            }
            f.args.insert(member.first, list);
        } else if (m.isNumber()) {
            f.args.insert(member.first, m.toDouble());
        } else if (m.isString()) {
            // Dates stay ISO text: written the same way, read the same way.
            f.args.insert(member.first, m.toString());
        } else {
            return Error{ QStringLiteral("the finding argument \"%1\" is neither a number nor text (line %2)")
                              .arg(member.first)
                              .arg(m.line()) };
        }
    }
    if (f.kind.isEmpty())
        return Error{ QStringLiteral("a finding has no kind (line %1)").arg(v.line()) };
    return f;
}

} // namespace pareview
