#include "json/JsonWriter.h"

#include <QVector>

#include <cmath>

namespace pareview::json {

QString Writer::quote(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void Writer::newline()
{
    if (!m_pretty)
        return;
    m_out += QLatin1Char('\n');
    m_out += QString(m_first.size() * 2, QLatin1Char(' '));
}

void Writer::key(const char *k)
{
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out += QLatin1Char(',');
        m_first.last() = false;
        newline();
    }
    if (k) {
        m_out += quote(QString::fromUtf8(k));
        m_out += m_pretty ? QStringLiteral(": ") : QStringLiteral(":");
    }
}

Writer &Writer::beginObject(const char *k)
{
    key(k);
    m_out += QLatin1Char('{');
    m_first.append(true);
    return *this;
}

Writer &Writer::endObject()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    m_out += QLatin1Char('}');
    return *this;
}

Writer &Writer::beginArray(const char *k)
{
    key(k);
    m_out += QLatin1Char('[');
    m_first.append(true);
    return *this;
}

Writer &Writer::endArray()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    m_out += QLatin1Char(']');
    return *this;
}

Writer &Writer::value(const char *k, const QString &v)
{
    key(k);
    m_out += quote(v);
    return *this;
}

Writer &Writer::value(const char *k, bool v)
{
    key(k);
    m_out += v ? QStringLiteral("true") : QStringLiteral("false");
    return *this;
}

Writer &Writer::value(const char *k, int v)
{
    key(k);
    m_out += QString::number(v);
    return *this;
}

Writer &Writer::value(const char *k, double v)
{
    key(k);
    if (!std::isfinite(v))
        m_out += QStringLiteral("null");
    else if (v == std::floor(v) && std::fabs(v) < 1e15)
        m_out += QString::number(qint64(v));
    else
        m_out += QString::number(v, 'g', 15);
    return *this;
}

Writer &Writer::null(const char *k)
{
    key(k);
    m_out += QStringLiteral("null");
    return *this;
}

Writer &Writer::stringArray(const char *k, const QStringList &values)
{
    beginArray(k);
    for (const QString &v : values) {
        key(nullptr);
        m_out += quote(v);
    }
    return endArray();
}

} // namespace pareview::json
