#include "json/JsonWriter.h"

#include <QVector>
#include <QtEndian>

#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pareview::json {

namespace {

// The first unit at or after `p` that is not plain ASCII a JSON string can
// hold as it is (a quote, a backslash, a control character, or anything
// from U+0080 up), or `end`. Four UTF-16 units at a time: most of an
// evaluation's output is plain text.
const char16_t *plainAsciiEnd(const char16_t *p, const char16_t *end)
{
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 highs = 0x8000800080008000ULL;
    constexpr quint64 nonAscii = 0xFF80FF80FF80FF80ULL;
    while (end - p >= 4) {
        const quint64 w = qFromLittleEndian<quint64>(p);
        if (w & nonAscii)
            break; // found below, unit by unit
        const quint64 quote = w ^ (ones * u'"');
        const quint64 backslash = w ^ (ones * u'\\');
        const quint64 special =
            (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w)) & highs;
        if (special)
            return p + qCountTrailingZeroBits(special) / 16; // the lowest flag is exact
        p += 4;
    }
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
        ++p;
    return p;
}

// The escape JSON needs for an ASCII character, or nullptr.
const char *escapeFor(uint c)
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return nullptr;
    }
}

// "\u001f" for the other control characters.
void putControl(char *&out, uint c)
{
    static const char hex[] = "0123456789abcdef";
    *out++ = '\\';
    *out++ = 'u';
    *out++ = '0';
    *out++ = '0';
    *out++ = hex[(c >> 4) & 0xF];
    *out++ = hex[c & 0xF];
}

} // namespace

QString Writer::quote(const QString &s)
{
    Writer w;
    w.quoted(QStringView(s));
    return w.text();
}

void Writer::quoted(QStringView s)
{
    // Each UTF-16 unit becomes at most six bytes ("\u001f"; three for the
    // rest of the BMP, four for a surrogate pair): room for all at once.
    char *out = room(s.size() * 6 + 2);
    char *const start = out;
    *out++ = '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p < end) {
#if defined(__SSE2__)
        // Eight units at a time: narrowed and stored whatever they are, the
        // output moved on past the plain ones only (the room above leaves
        // space for the eight bytes).
        while (end - p >= 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i special = _mm_or_si128(
                _mm_or_si128(_mm_cmpgt_epi16(units, _mm_set1_epi16(0x7F)), // U+0080..U+7FFF
                             _mm_cmplt_epi16(units, _mm_set1_epi16(0x20))), // controls, and U+8000 up (negative)
                _mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16('"')), _mm_cmpeq_epi16(units, _mm_set1_epi16('\\'))));
            _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(units, units));
            if (const uint mask = uint(_mm_movemask_epi8(special))) {
                const int plain = int(qCountTrailingZeroBits(mask)) / 2;
                p += plain;
                out += plain;
                break;
            }
            p += 8;
            out += 8;
        }
#endif
        const char16_t *run = plainAsciiEnd(p, end);
        for (; p < run; ++p)
            *out++ = char(*p);
        if (p == end)
            break;
        const uint c = *p++;
        if (c < 0x80) {
            if (const char *escape = escapeFor(c)) {
                *out++ = escape[0];
                *out++ = escape[1];
            } else {
                putControl(out, c);
            }
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const uint code = QChar::surrogateToUcs4(char16_t(c), *p++);
            *out++ = char(0xF0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3F));
            *out++ = char(0x80 | ((code >> 6) & 0x3F));
            *out++ = char(0x80 | (code & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            *out++ = '?'; // a lone surrogate, as QString::toUtf8 writes it
        } else {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    *out++ = '"';
    m_size += out - start;
}

void Writer::quoted(QByteArrayView utf8)
{
    // The program's own names and codes (keys, status names): ASCII
    // without anything to escape, as a rule; anything else as text.
    for (const char c : utf8) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x80 || c == '"' || c == '\\')
            return quoted(QStringView(QString::fromUtf8(utf8)));
    }
    char *out = room(utf8.size() + 2);
    out[0] = '"';
    std::memcpy(out + 1, utf8.data(), std::size_t(utf8.size()));
    out[utf8.size() + 1] = '"';
    m_size += utf8.size() + 2;
}

void Writer::newline()
{
    if (!m_pretty)
        return;
    put('\n');
    for (qsizetype i = 0; i < m_first.size() * 2; ++i)
        put(' ');
}

void Writer::separator()
{
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            put(',');
        m_first.last() = false;
        newline();
    }
}

void Writer::key(const char *k)
{
    separator();
    if (k) {
        quoted(QByteArrayView(k, qsizetype(std::strlen(k))));
        put(':');
        if (m_pretty)
            put(' ');
    }
}

void Writer::key(QStringView k)
{
    separator();
    quoted(k);
    put(':');
    if (m_pretty)
        put(' ');
}

Writer &Writer::beginObject(const char *k)
{
    key(k);
    put('{');
    m_first.append(true);
    return *this;
}

Writer &Writer::endObject()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    put('}');
    return *this;
}

Writer &Writer::beginArray(const char *k)
{
    key(k);
    put('[');
    m_first.append(true);
    return *this;
}

Writer &Writer::endArray()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    put(']');
    return *this;
}

Writer &Writer::value(const char *k, const QString &v)
{
    key(k);
    quoted(QStringView(v));
    return *this;
}

Writer &Writer::value(const char *k, const char *v)
{
    key(k);
    quoted(QByteArrayView(v, qsizetype(std::strlen(v))));
    return *this;
}

Writer &Writer::value(const char *k, bool v)
{
    key(k);
    put(v ? QByteArrayView("true") : QByteArrayView("false"));
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
    quoted(QStringView(v));
    return *this;
}

void Writer::number(double v)
{
    if (!std::isfinite(v)) {
        put(QByteArrayView("null"));
    } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
        // Whole numbers digit by digit, without a temporary string.
        qint64 n = qint64(v);
        char digits[20];
        int i = 20;
        const bool negative = n < 0;
        quint64 u = negative ? quint64(-n) : quint64(n);
        do {
            digits[--i] = char('0' + u % 10);
            u /= 10;
        } while (u);
        if (negative)
            digits[--i] = '-';
        put(QByteArrayView(digits + i, 20 - i));
    } else {
        put(QByteArray::number(v, 'g', 15));
    }
}

Writer &Writer::null(const char *k)
{
    key(k);
    put(QByteArrayView("null"));
    return *this;
}

Writer &Writer::stringArray(QStringView k, const QStringList &values)
{
    key(k);
    put('[');
    m_first.append(true);
    for (const QString &v : values) {
        separator();
        quoted(QStringView(v));
    }
    return endArray();
}

Writer &Writer::stringArray(const char *k, const QStringList &values)
{
    beginArray(k);
    for (const QString &v : values) {
        separator();
        quoted(QStringView(v));
    }
    return endArray();
}

} // namespace pareview::json
