#include "findings/Finding.h"

#include "json/JsonWriter.h"
#include "json/StrictJson.h"

#include <algorithm>

namespace pareview {

QString isoDateText(const QDate &d)
{
    int y = 0, m = 0, day = 0;
    if (!d.isValid())
        return QString();
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return QString();
    const char16_t text[10] = { char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                                char16_t(u'0' + y % 10), u'-', char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                                char16_t(u'0' + day / 10), char16_t(u'0' + day % 10) };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

bool FindingArgs::remove(QStringView name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i)
        if (m_args.at(i).name == name) {
            m_args.removeAt(i);
            return true;
        }
    return false;
}

void FindingArgs::insert(FindingArg arg)
{
    // Name order as a QMap<QString, …> keeps it: what Finding::write relies on.
    const auto it = std::lower_bound(m_args.cbegin(), m_args.cend(), arg.name,
                                     [](const FindingArg &a, const QString &n) { return a.name < n; });
    const qsizetype at = it - m_args.cbegin();
    if (it != m_args.cend() && it->name == arg.name) {
        m_args[at] = std::move(arg);
        return;
    }
    if (m_args.isEmpty())
        m_args.reserve(4);
    m_args.insert(at, std::move(arg));
}

Finding &Finding::arg(const QString &name, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return arg(name, value.toDouble());
    case QMetaType::QDate:
        return arg(name, value.toDate());
    case QMetaType::QStringList:
        return arg(name, value.toStringList());
    default:
        return arg(name, value.toString());
    }
}

void Finding::write(json::Writer &w, const char *key) const
{
    w.beginObject(key);
    w.value("kind", kind);
    for (const FindingArg &a : args) {
        switch (a.type) {
        case FindingArg::Type::Number:
            w.value(a.name, a.number);
            break;
        case FindingArg::Type::List:
            w.stringArray(a.name, a.list);
            break;
        case FindingArg::Type::Date:
            w.value(a.name, isoDateText(a.date));
            break;
        case FindingArg::Type::Text:
            w.value(a.name, a.text);
            break;
        }
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
        const QString name = member.first.toString();
        if (name == QLatin1String("kind")) {
            if (!m.isString())
                return Error{ QStringLiteral("a finding's kind is not text (line %1)").arg(m.line()) };
            f.kind = m.toString();
        } else if (name == QLatin1String("parts")) {
            if (!m.isArray())
                return Error{ QStringLiteral("a finding's parts are not a list (line %1)").arg(m.line()) };
            for (int i = 0; i < m.size(); ++i) {
                auto p = read(m.at(i));
                if (!p)
                    return p;
                f.parts.append(p.value());
            }
        } else if (name == QLatin1String("labels")) {
            if (!m.isArray())
                return Error{ QStringLiteral("a finding's labels are not a list (line %1)").arg(m.line()) };
            for (int i = 0; i < m.size(); ++i)
                f.labels << m.at(i).toString();
        } else if (m.isArray()) {
            QStringList list;
            for (int i = 0; i < m.size(); ++i) {
                if (!m.at(i).isString())
                    return Error{ QStringLiteral("the finding argument \"%1\" is a list of something other than text (line %2)")
                                      .arg(name)
                                      .arg(m.line()) };
                list << m.at(i).toString();
            }
            f.arg(name, list);
        } else if (m.isNumber()) {
            f.arg(name, m.toDouble());
        } else if (m.isString()) {
            // Dates stay ISO text: written the same way, read the same way.
            f.arg(name, m.toString());
        } else {
            return Error{ QStringLiteral("the finding argument \"%1\" is neither a number nor text (line %2)")
                              .arg(name)
                              .arg(m.line()) };
        }
    }
    if (f.kind.isEmpty())
        return Error{ QStringLiteral("a finding has no kind (line %1)").arg(v.line()) };
    return f;
}

} // namespace pareview
