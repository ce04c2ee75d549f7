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

void Writer::separator()
{
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out += QLatin1Char(',');
        m_first.last() = false;
        newline();
    }
}

void Writer::key(const char *k)
{
    separator();
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
        m_out += QLatin1Char(':');
        if (m_pretty)
            m_out += QLatin1Char(' ');
    }
}

void Writer::key(QStringView k)
{
    separator();
    appendQuoted(m_out, k);
    m_out += QLatin1Char(':');
    if (m_pretty)
        m_out += QLatin1Char(' ');
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
    m_out += v ? QLatin1String("true") : QLatin1String("false");
    return *this;
}

Writer &Writer::value(const char *k, int v)
{
    key(k);
    number(v);
    return *this;
}

Writer &Writer::value(const char *k, double v)
{
    key(k);
    number(v);
    return *this;
}

Writer &Writer::value(QStringView k, double v)
{
    key(k);
    number(v);
    return *this;
}

Writer &Writer::value(QStringView k, const QString &v)
{
    key(k);
    appendQuoted(m_out, v);
    return *this;
}

void Writer::number(double v)
{
    if (!std::isfinite(v)) {
        m_out += QLatin1String("null");
    } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
        // Whole numbers digit by digit, without a temporary string.
        qint64 n = qint64(v);
        char16_t digits[20];
        int i = 20;
        const bool negative = n < 0;
        quint64 u = negative ? quint64(-n) : quint64(n);
        do {
            digits[--i] = char16_t(u'0' + u % 10);
            u /= 10;
        } while (u);
        if (negative)
            digits[--i] = u'-';
        m_out.append(reinterpret_cast<const QChar *>(digits + i), 20 - i);
    } else {
        m_out += QString::number(v, 'g', 15);
    }
}

Writer &Writer::null(const char *k)
{
    key(k);
    m_out += QLatin1String("null");
    return *this;
}

Writer &Writer::stringArray(QStringView k, const QStringList &values)
{
    key(k);
    m_out += QLatin1Char('[');
    m_first.append(true);
    for (const QString &v : values) {
        separator();
        appendQuoted(m_out, v);
    }
    return endArray();
}

Writer &Writer::stringArray(const char *k, const QStringList &values)
{
    beginArray(k);
    for (const QString &v : values) {
        separator();
        appendQuoted(m_out, v);
    }
    return endArray();
}

} // namespace pareview::json
