#include "json/JsonWriter.h"

#include <QVector>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace pareview::json {

namespace {

// The first character at or after `p` that a JSON string cannot hold as it
// is (a quote, a backslash, a control character), or `end`. Four UTF-16
// units at a time: most of an evaluation's output is plain text.
const char16_t *nextToEscape(const char16_t *p, const char16_t *end)
{
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 highs = 0x8000800080008000ULL;
    while (end - p >= 4) {
        const quint64 w = qFromLittleEndian<quint64>(p);
        const quint64 quote = w ^ (ones * u'"');
        const quint64 backslash = w ^ (ones * u'\\');
        const quint64 special =
            (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w)) & highs;
        if (special)
            return p + qCountTrailingZeroBits(special) / 16; // the lowest flag is exact
        p += 4;
    }
    while (p < end && *p >= 0x20 && *p != u'"' && *p != u'\\')
        ++p;
    return p;
}

// Writes `s` as a JSON string through `put` (a QStringView each time): runs
// of plain characters in one piece, no temporary string per value.
template <typename Put>
void quoteInto(QStringView s, Put &&put)
{
    put(QStringView(u"\""));
    const char16_t *begin = s.utf16();
    const char16_t *end = begin + s.size();
    const char16_t *run = begin;
    for (;;) {
        const char16_t *p = nextToEscape(run, end);
        if (p > run)
            put(QStringView(run, p - run));
        if (p == end)
            break;
        const char16_t c = *p;
        run = p + 1;
        switch (c) {
        case u'"': put(QStringView(u"\\\"")); break;
        case u'\\': put(QStringView(u"\\\\")); break;
        case u'\n': put(QStringView(u"\\n")); break;
        case u'\r': put(QStringView(u"\\r")); break;
        case u'\t': put(QStringView(u"\\t")); break;
        default: put(QStringView(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'))));
        }
    }
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
        // Keys are the program's own ASCII names: widened straight into the
        // text, quotes around them, in one pass that also checks they need
        // no escaping (anything else goes through quoted()).
        const qsizetype length = qsizetype(std::strlen(k));
        QChar *out = room(length + 2);
        out[0] = u'"';
        bool plain = true;
        for (qsizetype i = 0; i < length && plain; ++i) {
            const uchar c = uchar(k[i]);
            plain = c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
            out[i + 1] = QLatin1Char(char(c));
        }
        if (plain) {
            out[length + 1] = u'"';
            m_size += length + 2;
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
