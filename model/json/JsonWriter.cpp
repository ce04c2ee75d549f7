#include "json/JsonWriter.h"

#include <QVector>

#include <cmath>

namespace pareview::json {

namespace {

// Writes `s` as a JSON string through `put` (a QStringView each time): runs
// of plain characters in one piece, no temporary string per value.
template <typename Put>
void quoteInto(QStringView s, Put &&put)
{
    put(QStringView(u"\""));
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        if (i > run)
            put(s.mid(run, i - run));
        run = i + 1;
        switch (c) {
        case u'"': put(QStringView(u"\\\"")); break;
        case u'\\': put(QStringView(u"\\\\")); break;
        case u'\n': put(QStringView(u"\\n")); break;
        case u'\r': put(QStringView(u"\\r")); break;
        case u'\t': put(QStringView(u"\\t")); break;
        default: put(QStringView(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'))));
        }
    }
    if (s.size() > run)
        put(s.mid(run));
    put(QStringView(u"\""));
}

} // namespace

QString Writer::quote(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    quoteInto(s, [&out](QStringView piece) { out.append(piece); });
    return out;
}

void Writer::quoted(QStringView s)
{
    quoteInto(s, [this](QStringView piece) { put(piece); });
}

void Writer::newline()
{
    if (!m_pretty)
        return;
    put(u'\n');
    for (qsizetype i = 0; i < m_first.size() * 2; ++i)
        put(u' ');
}

void Writer::separator()
{
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            put(u',');
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
        const char *p = k;
        for (; *p && plain; ++p)
            plain = static_cast<unsigned char>(*p) >= 0x20 && static_cast<unsigned char>(*p) < 0x80 && *p != '"' && *p != '\\';
        if (plain) {
            put(u'"');
            put(QLatin1StringView(k, p - k));
            put(u'"');
        } else {
            quoted(QString::fromUtf8(k));
        }
        put(u':');
        if (m_pretty)
            put(u' ');
    }
}

void Writer::key(QStringView k)
{
    separator();
    quoted(k);
    put(u':');
    if (m_pretty)
        put(u' ');
}

Writer &Writer::beginObject(const char *k)
{
    key(k);
    put(u'{');
    m_first.append(true);
    return *this;
}

Writer &Writer::endObject()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    put(u'}');
    return *this;
}

Writer &Writer::beginArray(const char *k)
{
    key(k);
    put(u'[');
    m_first.append(true);
    return *this;
}

Writer &Writer::endArray()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    put(u']');
    return *this;
}

Writer &Writer::value(const char *k, const QString &v)
{
    key(k);
    quoted(v);
    return *this;
}

Writer &Writer::value(const char *k, bool v)
{
    key(k);
    put(v ? QLatin1StringView("true") : QLatin1StringView("false"));
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
    quoted(v);
    return *this;
}

void Writer::number(double v)
{
    if (!std::isfinite(v)) {
        put(QLatin1StringView("null"));
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
        put(QStringView(digits + i, 20 - i));
    } else {
        put(QString::number(v, 'g', 15));
    }
}

Writer &Writer::null(const char *k)
{
    key(k);
    put(QLatin1StringView("null"));
    return *this;
}

Writer &Writer::stringArray(QStringView k, const QStringList &values)
{
    key(k);
    put(u'[');
    m_first.append(true);
    for (const QString &v : values) {
        separator();
        quoted(v);
    }
    return endArray();
}

Writer &Writer::stringArray(const char *k, const QStringList &values)
{
    beginArray(k);
    for (const QString &v : values) {
        separator();
        quoted(v);
    }
    return endArray();
}

} // namespace pareview::json
