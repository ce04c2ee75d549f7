#include "json/JsonWriter.h"

#include <QVector>

#include <cmath>

namespace pareview::json {

namespace {

// Appends `s` as a JSON string to `out`: runs of plain characters in one
// append, no temporary string per value.
void appendQuoted(QString &out, QStringView s)
{
    out += QLatin1Char('"');
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(s.mid(run, i - run));
        run = i + 1;
        switch (c) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default: out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out.append(s.mid(run));
    out += QLatin1Char('"');
}

} // namespace

QString Writer::quote(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    appendQuoted(out, s);
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
        // Keys are the program's own ASCII names: written as they are.
        bool plain = true;
        for (const char *p = k; *p && plain; ++p)
            plain = static_cast<unsigned char>(*p) >= 0x20 && static_cast<unsigned char>(*p) < 0x80 && *p != '"' && *p != '\\';
        if (plain) {
            m_out += QLatin1Char('"');
            m_out += QLatin1String(k);
            m_out += QLatin1Char('"');
        } else {
            appendQuoted(m_out, QString::fromUtf8(k));
        }
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
    appendQuoted(m_out, v);
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
        appendQuoted(m_out, v);
    }
    return endArray();
}

} // namespace pareview::json
