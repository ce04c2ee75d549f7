#include "json/StrictJson.h"

#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <iterator>
#include <new>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <charconv>
#include <climits>
#include <cstring>
#include <cmath>
#include <system_error>

namespace pareview::json {

namespace {
bool isAscii(QLatin1StringView text)
{
    for (const char c : text)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Bytes against ASCII characters, one by one (the caller checked the sizes).
template <typename Char>
bool sameAscii(const char *bytes, const Char *chars, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i)
        if (uchar(bytes[i]) != uint(chars[i]))
            return false;
    return true;
}

// Keys are a few bytes long: compared inline, not by a call to memcmp.
bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}
} // namespace

bool Key::equals(QLatin1StringView name) const
{
    // An ASCII name is the same bytes in UTF-8; anything else is compared
    // as text.
    if (!isAscii(name))
        return toString() == name;
    return sameBytes(utf8(), QByteArrayView(name.data(), name.size()));
}

bool Key::equals(QStringView name) const
{
    if (!isAscii(name))
        return toString() == name;
    return m_size == name.size() && sameAscii(m_bytes, name.utf16(), m_size);
}

// Objects are usually small: a linear scan beats building an index.
const Value *Value::find(QStringView key) const
{
    if (!isAscii(key)) {
        for (const auto &member : members())
            if (member.first == key)
                return member.second.get();
        return nullptr;
    }
    // An ASCII name: each of its characters is one byte of the key.
    for (const auto &member : members()) {
        const QByteArrayView name = member.first.utf8();
        if (name.size() == key.size() && sameAscii(name.data(), key.utf16(), name.size()))
            return member.second.get();
    }
    return nullptr;
}

const Value *Value::find(QLatin1StringView key) const
{
    // The program's names are ASCII: compared as bytes, checked once.
    if (!isAscii(key)) {
        for (const auto &member : members())
            if (member.first == key)
                return member.second.get();
        return nullptr;
    }
    const QByteArrayView bytes(key.data(), key.size());
    for (const auto &member : members())
        if (sameBytes(member.first.utf8(), bytes))
            return member.second.get();
    return nullptr;
}

QString Value::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::Number:
        return QStringLiteral("number");
    case Type::String:
        return QStringLiteral("string");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
        return QStringLiteral("object");
    }
    return QStringLiteral("unknown");
}

namespace {

// From 2^53 up a double no longer holds every integer.
constexpr double kTwoPow53 = 9007199254740992.0;
// A double round-trips at most 17 significant decimal digits.
constexpr int kMaxSignificantDigits = 17;
// Objects switch from a linear duplicate scan to a hash beyond this size.
constexpr std::size_t kLinearKeyScanLimit = 16;
// Messages quote at most this many characters of a literal or key.
constexpr qsizetype kQuoteLimit = 40;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString hexDigits(uint value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

QString hexByte(uchar byte)
{
    return QStringLiteral("0x") + hexDigits(byte, 2);
}

QString codePointName(uint codePoint)
{
    return QStringLiteral("U+") + hexDigits(codePoint, 4);
}

// Long keys and literals would swamp the message; keep the start.
QString shortened(const QString &text)
{
    if (text.size() <= kQuoteLimit)
        return text;
    // Never cut between the two halves of a surrogate pair: a lone surrogate
    // makes the message invalid UTF-16, which QRegularExpression then refuses
    // to match (the callers' "line L, column C" parsing failed on it).
    const qsizetype cut = text.at(kQuoteLimit - 1).isHighSurrogate() ? kQuoteLimit - 1 : kQuoteLimit;
    return text.left(cut) + QStringLiteral("...");
}

int clampToInt(qsizetype value)
{
    return value > INT_MAX ? INT_MAX : int(value);
}

void appendUtf8(QByteArray &out, uint codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xC0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xE0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(char(0xF0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    }
}

// A hash of a short byte string, eight bytes at a time: keys and codes are
// looked up for every string of a bundle, and Qt's general hash over bytes
// was a few percent of reading one.
quint64 shortHash(const char *bytes, qsizetype length)
{
    quint64 h = quint64(length) * 0x9E3779B97F4A7C15ULL;
    while (length >= 8) {
        quint64 word;
        std::memcpy(&word, bytes, 8);
        h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
        bytes += 8;
        length -= 8;
    }
    if (length > 0) {
        // The last one to seven bytes in fixed-size pieces: a memcpy of a
        // variable length is a call.
        quint64 word = 0;
        if (length & 4) {
            quint32 four;
            std::memcpy(&four, bytes, 4);
            word = four;
            bytes += 4;
        }
        if (length & 2) {
            quint16 two;
            std::memcpy(&two, bytes, 2);
            word = (word << 16) | two;
            bytes += 2;
        }
        if (length & 1)
            word = (word << 8) | uchar(*bytes);
        h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    return h;
}

// Strings by their bytes, each made once: open addressing over a
// power-of-two table that doubles at half full. The bytes a slot points at
// must outlive the table (StringCache keeps copies).
class StringTable
{
public:
    explicit StringTable(std::size_t expected = 16)
    {
        std::size_t size = 32;
        while (size < expected * 2)
            size *= 2;
        m_slots.resize(size);
    }

    const QString *find(const char *bytes, qsizetype length, quint64 hash) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (!slot.bytes)
                return nullptr;
            if (slot.hash == hash && slot.length == length && std::memcmp(slot.bytes, bytes, std::size_t(length)) == 0)
                return &slot.text;
        }
    }

    const QString &insert(const char *bytes, qsizetype length, quint64 hash, QString text)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        Slot &slot = emptySlot(hash);
        slot = {bytes, length, hash, std::move(text)};
        ++m_used;
        return slot.text;
    }

private:
    struct Slot
    {
        const char *bytes = nullptr;
        qsizetype length = 0;
        quint64 hash = 0;
        QString text;
    };

    Slot &emptySlot(quint64 hash)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = std::size_t(hash) & mask;
        while (m_slots[i].bytes)
            i = (i + 1) & mask;
        return m_slots[i];
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (Slot &slot : old)
            if (slot.bytes)
                emptySlot(slot.hash) = std::move(slot);
    }

    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

// ASCII (nearly every short string of a bundle) widened straight into the
// new string; anything else through Qt's UTF-8 decoder.
QString textFrom(const char *bytes, qsizetype length)
{
    if (length == 0)
        return QString::fromUtf8(bytes, 0);
    QString text(length, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < length; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c >= 0x80)
            return QString::fromUtf8(bytes, length);
        out[i] = c;
    }
    return text;
}

// Strings up to this many bytes are looked up before a QString is made:
// codes and system URIs repeat throughout a bundle.
constexpr qsizetype kInternLimit = 64;

// The short strings this thread has read, kept from one document to the
// next: nine in ten of a request bundle's codes, systems, units and names
// were in an earlier bundle (2,839 distinct in 200 bundles of 126 each), and
// made again for each they were an allocation and a copy apiece. The table
// owns copies of its keys' bytes; past kLimit strings it starts again
// (the strings handed out live on in their documents).
class StringCache
{
public:
    static StringCache &forThisThread()
    {
        static thread_local StringCache cache;
        return cache;
    }

    const QString *find(const char *bytes, qsizetype length, quint64 hash) const
    {
        return m_table.find(bytes, length, hash);
    }

    const QString &insert(const char *bytes, qsizetype length, quint64 hash, QString text)
    {
        if (m_count >= kLimit) {
            m_table = StringTable(kInitial);
            m_blocks.clear();
            m_blockUsed = kBlockSize;
            m_count = 0;
        }
        ++m_count;
        return m_table.insert(keep(bytes, length), length, hash, std::move(text));
    }

private:
    static constexpr std::size_t kLimit = 4096;
    static constexpr std::size_t kInitial = 1024;
    static constexpr qsizetype kBlockSize = 16384;

    // The key's bytes in a block of the cache's own (a key is at most
    // kInternLimit bytes, far less than a block). Never null, even for the
    // empty string: the table takes a null key for an empty slot.
    const char *keep(const char *bytes, qsizetype length)
    {
        if (m_blocks.empty() || m_blockUsed + length > kBlockSize) {
            m_blocks.push_back(std::make_unique<char[]>(std::size_t(kBlockSize)));
            m_blockUsed = 0;
        }
        char *to = m_blocks.back().get() + m_blockUsed;
        if (length > 0)
            std::memcpy(to, bytes, std::size_t(length));
        m_blockUsed += length;
        return to;
    }

    StringTable m_table{kInitial};
    std::vector<std::unique_ptr<char[]>> m_blocks;
    qsizetype m_blockUsed = kBlockSize;
    std::size_t m_count = 0;
};

} // namespace

namespace {
// Slots of one type handed out in runs from blocks that grow from 32 to
// 1,024 slots (a run longer than that gets a block of its own). Every slot
// handed out is constructed by the taker and destroyed with the pool.
template <typename T>
class Pool
{
public:
    Pool() = default;
    Pool(const Pool &) = delete;
    Pool &operator=(const Pool &) = delete;
    ~Pool()
    {
        for (const Block &b : m_blocks) {
            for (std::size_t i = 0; i < b.used; ++i)
                b.slots[i].~T();
            ::operator delete(static_cast<void *>(b.slots));
        }
    }

    // Raw room for `count` slots; the caller constructs every one of them.
    T *take(std::size_t count)
    {
        if (m_blocks.empty() || m_blocks.back().capacity - m_blocks.back().used < count) {
            m_nextCapacity = m_blocks.empty() ? 32 : qMin<std::size_t>(m_nextCapacity * 2, 1024);
            const std::size_t capacity = qMax(m_nextCapacity, count);
            m_blocks.push_back({static_cast<T *>(::operator new(capacity * sizeof(T))), 0, capacity});
        }
        Block &b = m_blocks.back();
        T *run = b.slots + b.used;
        b.used += count;
        return run;
    }

private:
    struct Block
    {
        T *slots;
        std::size_t used;
        std::size_t capacity;
    };
    std::vector<Block> m_blocks;
    std::size_t m_nextCapacity = 0;
};

// The nodes of one document, and its objects' members and arrays' items,
// freed together when the last reference to the root goes.
class Arena
{
public:
    Value *make() { return new (m_values.take(1)) Value; }

    // The members or items collected for one container, moved into the arena.
    const Member *keep(std::vector<Member>::iterator from, std::vector<Member>::iterator to)
    {
        Member *run = m_members.take(std::size_t(to - from));
        for (Member *slot = run; from != to; ++from, ++slot)
            new (slot) Member(std::move(*from));
        return run;
    }
    const ChildPtr *keep(std::vector<ChildPtr>::const_iterator from, std::vector<ChildPtr>::const_iterator to)
    {
        ChildPtr *run = m_items.take(std::size_t(to - from));
        std::uninitialized_copy(from, to, run);
        return run;
    }
    // The input, kept as long as the document: keys without escapes are
    // views of it. Bytes Qt does not own (QByteArray::fromRawData) are
    // copied, since their owner may free them first.
    const QByteArray &keepInput(const QByteArray &data)
    {
        m_input = data;
        if (!m_input.data_ptr().isMutable())
            m_input = QByteArray(data.constData(), data.size());
        return m_input;
    }
    // A key with escapes, decoded: its bytes copied into the arena.
    Key keepDecodedKey(QByteArrayView text)
    {
        char *bytes = m_keyBytes.take(std::size_t(text.size()));
        std::memcpy(bytes, text.data(), std::size_t(text.size()));
        return Key(bytes, text.size());
    }

private:
    QByteArray m_input;
    Pool<char> m_keyBytes;
    Pool<Member> m_members;
    Pool<ChildPtr> m_items;
    Pool<Value> m_values;
};
} // namespace

// Recursive descent over the raw bytes. Recursion depth is bounded by
// Limits::maxDepth (two frames per nesting level), so the default of 100
// is far from any stack limit.
//
// Columns are counted in bytes from the start of the line (a multi-byte
// UTF-8 character advances the column by its byte count): counting
// characters would need a rescan of the line for every value, which is
// quadratic on minified single-line documents. A leading BOM is not
// counted. Line breaks are "\n", "\r\n" and a lone "\r".
class Parser
{
public:
    Parser(const QByteArray &data, const Limits &limits)
        : m_limits(limits)
        , m_interned(StringCache::forThisThread())
        , m_arena(std::make_shared<Arena>())
    {
        const QByteArray &input = m_arena->keepInput(data);
        m_pos = input.constData();
        m_end = m_pos + input.size();
    }

    Result<std::shared_ptr<const Value>> run()
    {
        // A UTF-8 byte order mark carries no meaning in JSON; editors add it.
        if (m_end - m_pos >= 3 && uchar(m_pos[0]) == 0xEF && uchar(m_pos[1]) == 0xBB
            && uchar(m_pos[2]) == 0xBF)
            m_pos += 3;
        m_textBegin = m_pos;
        m_lineStart = m_pos;

        // Validating the whole input first lets the grammar below treat every
        // byte >= 0x80 as part of a well-formed character.
        if (!validateUtf8())
            return errorResult();

        skipWhitespace();
        if (atEnd()) {
            fail(m_pos, QStringLiteral("unexpected end of input (the input contains no JSON value)"));
            return errorResult();
        }
        Value *root = m_arena->make();
        if (!parseValue(*root, 0))
            return errorResult();
        skipWhitespace();
        if (!atEnd()) {
            fail(m_pos,
                 QStringLiteral("expected the end of input after the JSON value but found %1")
                     .arg(describeAt(m_pos)));
            return errorResult();
        }
        // The root shares the arena's ownership: every node lives as long as it.
        return std::shared_ptr<const Value>(m_arena, root);
    }

private:
    bool atEnd() const { return m_pos >= m_end; }

    // Records the first error only; callers unwind by returning false.
    bool fail(const char *at, const QString &message)
    {
        if (m_errorMessage.isEmpty()) {
            m_errorAt = at;
            m_errorMessage = message;
        }
        return false;
    }

    Result<std::shared_ptr<const Value>> errorResult() const
    {
        const auto [line, column] = positionOf(m_errorAt);
        // Multi-argument arg() substitutes once, so a "%1" in the message stays.
        return Error{ QStringLiteral("line %1, column %2: %3")
                          .arg(QString::number(line), QString::number(column), m_errorMessage) };
    }

    // Recomputes a position from the start; only used once, for the error.
    std::pair<int, int> positionOf(const char *at) const
    {
        qsizetype line = 1;
        const char *lineStart = m_textBegin;
        for (const char *p = m_textBegin; p < at && p < m_end; ++p) {
            if (*p == '\n' || (*p == '\r' && (p + 1 >= m_end || p[1] != '\n'))) {
                ++line;
                lineStart = p + 1;
            }
        }
        return { clampToInt(line), clampToInt(at - lineStart + 1) };
    }

    QString positionText(const Value &value) const
    {
        return QStringLiteral("line %1, column %2").arg(value.m_line).arg(value.m_column);
    }

    void skipWhitespace()
    {
        while (m_pos < m_end) {
            const char c = *m_pos;
            if (c == ' ') {
                ++m_pos;
                // Indentation of pretty-printed bundles: runs of spaces,
                // passed eight bytes at a time.
                while (m_end - m_pos >= 8) {
                    constexpr quint64 spaces = 0x2020202020202020ULL;
                    const quint64 notSpace = qFromLittleEndian<quint64>(m_pos) ^ spaces;
                    if (notSpace) {
                        m_pos += qCountTrailingZeroBits(notSpace) / 8; // the first byte that is not a space
                        break;
                    }
                    m_pos += 8;
                }
            } else if (c == '\t') {
                ++m_pos;
            } else if (c == '\n' || c == '\r') {
                ++m_pos;
                if (c == '\r' && m_pos < m_end && *m_pos == '\n')
                    ++m_pos;
                ++m_line;
                m_lineStart = m_pos;
            } else {
                break;
            }
        }
    }

    void markPosition(Value &value) const
    {
        value.m_line = clampToInt(m_line);
        value.m_column = clampToInt(m_pos - m_lineStart + 1);
    }

    // What the parser found at `at`, for "expected X but found Y" messages.
    QString describeAt(const char *at) const
    {
        if (at >= m_end)
            return QStringLiteral("the end of input");
        const uchar c = uchar(*at);
        if (isWordChar(char(c))) {
            const char *wordEnd = at;
            while (wordEnd < m_end && wordEnd - at < kQuoteLimit && isWordChar(*wordEnd))
                ++wordEnd;
            return QStringLiteral("'%1'").arg(QString::fromLatin1(at, wordEnd - at));
        }
        if (c < 0x20 || c == 0x7F)
            return QStringLiteral("control character %1").arg(codePointName(c));
        if (c == '\'')
            return QStringLiteral("\"'\"");
        if (c < 0x80)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
        // Input is valid UTF-8 by now, so the lead byte gives the length.
        // Decoded by hand: QString::fromUtf8 would drop a U+FEFF.
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char32_t codePoint = c & (0x7F >> length);
        for (int i = 1; i < length; ++i)
            codePoint = (codePoint << 6) | (uchar(at[i]) & 0x3F);
        return QStringLiteral("'%1' (%2)").arg(QString::fromUcs4(&codePoint, 1), codePointName(codePoint));
    }

    bool validateUtf8()
    {
        const auto *p = reinterpret_cast<const uchar *>(m_textBegin);
        const auto *end = reinterpret_cast<const uchar *>(m_end);
        while (p < end) {
            // Thirty-two, then eight ASCII bytes at a time: FHIR is almost
            // all ASCII, and a byte-by-byte loop was a sixth of reading a
            // bundle.
            while (end - p >= 32) {
                quint64 words[4];
                std::memcpy(words, p, 32);
                if ((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL)
                    break;
                p += 32;
            }
            while (end - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                p += 8;
            }
            if (p >= end)
                break;
            if (*p < 0x80) {
                ++p;
                continue;
            }
            const uchar lead = *p;
            int continuationCount = 0;
            // Bounds for the first continuation byte exclude overlong forms,
            // UTF-16 surrogates and code points beyond U+10FFFF.
            uchar low = 0x80;
            uchar high = 0xBF;
            QString problem;
            if (lead < 0xC0) {
                problem = QStringLiteral("a continuation byte without a lead byte");
            } else if (lead < 0xC2) {
                problem = QStringLiteral("an overlong encoding");
            } else if (lead < 0xE0) {
                continuationCount = 1;
            } else if (lead < 0xF0) {
                continuationCount = 2;
                if (lead == 0xE0)
                    low = 0xA0;
                else if (lead == 0xED)
                    high = 0x9F;
            } else if (lead < 0xF5) {
                continuationCount = 3;
                if (lead == 0xF0)
                    low = 0x90;
                else if (lead == 0xF4)
                    high = 0x8F;
            } else {
                problem = QStringLiteral("never valid in UTF-8");
            }
            if (problem.isEmpty()) {
                for (int i = 1; i <= continuationCount; ++i) {
                    if (p + i >= end) {
                        problem = QStringLiteral("sequence cut short by the end of input");
                        break;
                    }
                    const uchar next = p[i];
                    const uchar min = i == 1 ? low : uchar(0x80);
                    const uchar max = i == 1 ? high : uchar(0xBF);
                    if (next < min || next > max) {
                        if (i == 1 && next >= 0x80 && next <= 0xBF) {
                            if (lead == 0xED)
                                problem = QStringLiteral("encodes a UTF-16 surrogate");
                            else if (lead == 0xF4)
                                problem = QStringLiteral("encodes a code point beyond U+10FFFF");
                            else
                                problem = QStringLiteral("an overlong encoding");
                        } else {
                            problem = QStringLiteral("sequence cut short by byte %1").arg(hexByte(next));
                        }
                        break;
                    }
                }
            }
            if (!problem.isEmpty()) {
                return fail(reinterpret_cast<const char *>(p),
                            QStringLiteral("invalid UTF-8 byte %1 (%2)").arg(hexByte(lead), problem));
            }
            p += continuationCount + 1;
        }
        return true;
    }

    bool parseValue(Value &value, int depth)
    {
        markPosition(value);
        if (atEnd())
            return fail(m_pos, QStringLiteral("unexpected end of input (expected a value)"));
        switch (*m_pos) {
        case '{':
            return parseObject(value, depth + 1);
        case '[':
            return parseArray(value, depth + 1);
        case '"':
            value.m_type = Value::Type::String;
            return parseString(value.m_text);
        case 't':
            return parseLiteral(value, "true", Value::Type::Bool, true);
        case 'f':
            return parseLiteral(value, "false", Value::Type::Bool, false);
        case 'n':
            return parseLiteral(value, "null", Value::Type::Null, false);
        default:
            if (*m_pos == '-' || isDigit(*m_pos))
                return parseNumber(value);
            return fail(m_pos, QStringLiteral("expected a value but found %1").arg(describeAt(m_pos)));
        }
    }

    bool parseLiteral(Value &value, const char *literal, Value::Type type, bool boolValue)
    {
        const char *start = m_pos;
        const char *p = m_pos;
        const char *l = literal;
        while (*l && p < m_end && *p == *l) {
            ++p;
            ++l;
        }
        if (*l == '\0' && (p >= m_end || !isWordChar(*p))) {
            m_pos = p;
            value.m_type = type;
            value.m_bool = boolValue;
            return true;
        }
        if (p >= m_end) {
            return fail(p,
                        QStringLiteral("unexpected end of input (incomplete literal '%1')")
                            .arg(QString::fromLatin1(start, p - start)));
        }
        return fail(start, QStringLiteral("expected a value but found %1").arg(describeAt(start)));
    }

    bool checkDepth(int depth, const char *at)
    {
        if (depth > m_limits.maxDepth)
            return fail(at, QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
        return true;
    }

    bool parseArray(Value &array, int depth)
    {
        array.m_type = Value::Type::Array;
        if (!checkDepth(depth, m_pos))
            return false;
        ++m_pos; // '['
        skipWhitespace();
        if (!atEnd() && *m_pos == ']') {
            ++m_pos;
            return true;
        }
        // Items collect on a stack shared by every array of the document and
        // move into one exactly sized vector at the end: one allocation per
        // array instead of one per doubling.
        const std::size_t base = m_itemStack.size();
        const auto finish = [&] {
            array.m_count = quint32(m_itemStack.size() - base);
            array.m_items = m_arena->keep(m_itemStack.cbegin() + std::ptrdiff_t(base), m_itemStack.cend());
            m_itemStack.resize(base);
        };
        for (;;) {
            if (atEnd())
                return failUnterminated(QStringLiteral("array"), array);
            if (*m_pos == ']')
                return fail(m_pos, QStringLiteral("trailing comma before ']' is not allowed"));
            Value *item = m_arena->make();
            m_itemStack.push_back(ChildPtr(item));
            if (!parseValue(*item, depth))
                return false;
            skipWhitespace();
            if (atEnd())
                return failUnterminated(QStringLiteral("array"), array);
            if (*m_pos == ']') {
                ++m_pos;
                finish();
                return true;
            }
            if (*m_pos != ',') {
                return fail(m_pos,
                            QStringLiteral("expected ',' or ']' in the array starting at %1 but found %2")
                                .arg(positionText(array), describeAt(m_pos)));
            }
            ++m_pos;
            skipWhitespace();
        }
    }

    bool parseObject(Value &object, int depth)
    {
        object.m_type = Value::Type::Object;
        if (!checkDepth(depth, m_pos))
            return false;
        ++m_pos; // '{'
        skipWhitespace();
        if (!atEnd() && *m_pos == '}') {
            ++m_pos;
            return true;
        }
        // Members and the line of each key (for "first at line N") collect on
        // stacks shared by every object of the document and move into one
        // exactly sized vector at the end. The hash takes over from the
        // linear duplicate scan once the object grows, so huge objects stay
        // linear.
        const std::size_t base = m_memberStack.size();
        QHash<QByteArrayView, std::size_t> keyIndex;
        const auto finish = [&] {
            object.m_count = quint32(m_memberStack.size() - base);
            object.m_members = m_arena->keep(m_memberStack.begin() + std::ptrdiff_t(base), m_memberStack.end());
            m_memberStack.resize(base);
            m_keyLineStack.resize(base);
        };
        for (;;) {
            if (atEnd())
                return failUnterminated(QStringLiteral("object"), object);
            if (*m_pos != '"') {
                if (*m_pos == '}' && m_memberStack.size() > base)
                    return fail(m_pos, QStringLiteral("trailing comma before '}' is not allowed"));
                return fail(m_pos,
                            QStringLiteral("expected a string key but found %1").arg(describeAt(m_pos)));
            }
            const char *keyStart = m_pos;
            const int keyLine = clampToInt(m_line);
            QByteArrayView keyText;
            bool escapedKey = false;
            if (!readString(keyText, &escapedKey))
                return false;
            const Key key = escapedKey ? m_arena->keepDecodedKey(keyText) : Key(keyText.data(), keyText.size());

            const std::size_t count = m_memberStack.size() - base;
            std::size_t firstIndex = count;
            if (count < kLinearKeyScanLimit) {
                for (std::size_t i = 0; i < count; ++i) {
                    if (sameBytes(m_memberStack[base + i].first.utf8(), key.utf8())) {
                        firstIndex = i;
                        break;
                    }
                }
            } else {
                if (keyIndex.isEmpty()) {
                    keyIndex.reserve(qsizetype(count) * 2);
                    for (std::size_t i = 0; i < count; ++i)
                        keyIndex.insert(m_memberStack[base + i].first.utf8(), i);
                }
                firstIndex = keyIndex.value(key.utf8(), count);
            }
            if (firstIndex != count) {
                return fail(keyStart,
                            QStringLiteral("duplicate key \"%1\" (first at line %2)")
                                .arg(shortened(key.toString()), QString::number(m_keyLineStack[base + firstIndex])));
            }

            skipWhitespace();
            if (atEnd())
                return failUnterminated(QStringLiteral("object"), object);
            if (*m_pos != ':') {
                return fail(m_pos,
                            QStringLiteral("expected ':' after the key \"%1\" but found %2")
                                .arg(shortened(key.toString()), describeAt(m_pos)));
            }
            ++m_pos;
            skipWhitespace();
            if (atEnd())
                return failUnterminated(QStringLiteral("object"), object);
            if (count >= kLinearKeyScanLimit)
                keyIndex.insert(key.utf8(), count);
            // On the stacks before the value is read: a nested object's
            // members go above this one's.
            m_keyLineStack.push_back(keyLine);
            Value *member = m_arena->make();
            m_memberStack.emplace_back(key, ChildPtr(member));
            if (!parseValue(*member, depth))
                return false;

            skipWhitespace();
            if (atEnd())
                return failUnterminated(QStringLiteral("object"), object);
            if (*m_pos == '}') {
                ++m_pos;
                finish();
                return true;
            }
            if (*m_pos != ',') {
                return fail(m_pos,
                            QStringLiteral("expected ',' or '}' in the object starting at %1 but found %2")
                                .arg(positionText(object), describeAt(m_pos)));
            }
            ++m_pos;
            skipWhitespace();
        }
    }

    bool failUnterminated(const QString &what, const Value &value)
    {
        return fail(m_pos,
                    QStringLiteral("unexpected end of input (unterminated %1 starting at %2)")
                        .arg(what, positionText(value)));
    }

    // A string without escapes straight from the input: short ones (codes,
    // system URIs) shared with every earlier occurrence in this thread's
    // documents instead of allocated again.
    QString stringFrom(const char *from, qsizetype length)
    {
        if (length > kInternLimit)
            return QString::fromUtf8(from, length);
        const quint64 hash = shortHash(from, length);
        if (const QString *seen = m_interned.find(from, length, hash))
            return *seen;
        return m_interned.insert(from, length, hash, textFrom(from, length));
    }

    // A string value: shared with its earlier occurrences when it has no
    // escapes (stringFrom), decoded from m_buffer when it has.
    bool parseString(QString &out)
    {
        QByteArrayView text;
        bool escaped = false;
        if (!readString(text, &escaped))
            return false;
        out = escaped ? QString::fromUtf8(text) : stringFrom(text.data(), text.size());
        return true;
    }

    // m_pos is at the opening quote. On success `text` is the string as
    // UTF-8: a view of the input when it has no escapes, else of m_buffer
    // (valid until the next string is read; *hadEscapes says which). Runs
    // without escapes are passed as one chunk; escapes are decoded into
    // m_buffer.
    bool readString(QByteArrayView &text, bool *hadEscapes = nullptr)
    {
        const int startLine = clampToInt(m_line);
        const int startColumn = clampToInt(m_pos - m_lineStart + 1);
        const auto unterminated = [&] {
            return fail(m_end,
                        QStringLiteral("unexpected end of input (unterminated string starting at line %1, "
                                       "column %2)")
                            .arg(startLine)
                            .arg(startColumn));
        };

        ++m_pos;
        const char *chunk = m_pos;
        bool escaped = false;
        for (;;) {
#if defined(__SSE2__)
            // Sixteen bytes at a time until one of them may end the run (a
            // quote, a backslash, a control character): attachments' base64
            // is most of a request's bytes.
            while (m_end - m_pos >= 16) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_pos));
                const __m128i special = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))),
                    _mm_cmpeq_epi8(_mm_max_epu8(bytes, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F))); // bytes below 0x20
                if (const uint mask = uint(_mm_movemask_epi8(special))) {
                    m_pos += qCountTrailingZeroBits(mask);
                    break;
                }
                m_pos += 16;
            }
#endif
            // Eight bytes at a time (the rest, or where SSE2 is not there).
            constexpr quint64 ones = 0x0101010101010101ULL;
            constexpr quint64 highs = 0x8080808080808080ULL;
            while (m_end - m_pos >= 8) {
                const quint64 w = qFromLittleEndian<quint64>(m_pos);
                const quint64 quote = w ^ (ones * '"');
                const quint64 backslash = w ^ (ones * '\\');
                const quint64 special =
                    (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w)) & highs;
                if (special) {
                    // The lowest flag is exact (a false one only follows a
                    // true one): straight to that byte, checked below.
                    m_pos += qCountTrailingZeroBits(special) / 8;
                    break;
                }
                m_pos += 8;
            }
            while (m_pos < m_end && *m_pos != '"' && *m_pos != '\\' && uchar(*m_pos) >= 0x20)
                ++m_pos;
            if (atEnd())
                return unterminated();
            const char c = *m_pos;
            if (c == '"') {
                if (!escaped) {
                    text = QByteArrayView(chunk, m_pos - chunk);
                } else {
                    m_buffer.append(chunk, m_pos - chunk);
                    text = QByteArrayView(m_buffer.constData(), m_buffer.size());
                }
                if (hadEscapes)
                    *hadEscapes = escaped;
                ++m_pos;
                return true;
            }
            if (c != '\\') {
                return fail(
                    m_pos,
                    QStringLiteral("unescaped %1 in the string starting at line %2, column %3")
                        .arg(describeAt(m_pos), QString::number(startLine), QString::number(startColumn)));
            }
            if (!escaped) {
                m_buffer.resize(0); // only a string with escapes is put together in it
                escaped = true;
            }
            m_buffer.append(chunk, m_pos - chunk);
            if (!parseEscape(unterminated))
                return false;
            chunk = m_pos;
        }
    }

    // m_pos is at the backslash; appends the decoded character to m_buffer.
    template <typename Unterminated> bool parseEscape(const Unterminated &unterminated)
    {
        const char *backslash = m_pos;
        ++m_pos;
        if (atEnd())
            return unterminated();
        const char c = *m_pos++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            m_buffer.append(c);
            return true;
        case 'b':
            m_buffer.append('\b');
            return true;
        case 'f':
            m_buffer.append('\f');
            return true;
        case 'n':
            m_buffer.append('\n');
            return true;
        case 'r':
            m_buffer.append('\r');
            return true;
        case 't':
            m_buffer.append('\t');
            return true;
        case 'u':
            break;
        default:
            return fail(
                backslash,
                QStringLiteral("invalid escape: a backslash followed by %1").arg(describeAt(backslash + 1)));
        }

        uint unit = 0;
        if (!readHex4(backslash, unit, unterminated))
            return false;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return fail(backslash,
                        QStringLiteral("lone surrogate \\u%1 (a low surrogate without a high "
                                       "surrogate before it)")
                            .arg(hexDigits(unit, 4)));
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const char *second = m_pos;
            uint low = 0;
            const bool hasLowEscape = m_end - m_pos >= 2 && m_pos[0] == '\\' && m_pos[1] == 'u';
            if (hasLowEscape) {
                m_pos += 2;
                if (!readHex4(second, low, unterminated))
                    return false;
            }
            if (!hasLowEscape || low < 0xDC00 || low > 0xDFFF) {
                return fail(backslash,
                            QStringLiteral("lone surrogate \\u%1 (a high surrogate must be followed "
                                           "by a \\uDC00-\\uDFFF escape)")
                                .arg(hexDigits(unit, 4)));
            }
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(m_buffer, unit);
        return true;
    }

    // m_pos is just after "\u"; `escape` points at its backslash.
    template <typename Unterminated>
    bool readHex4(const char *escape, uint &unit, const Unterminated &unterminated)
    {
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd())
                return unterminated();
            const int digit = hexValue(*m_pos);
            if (digit < 0) {
                return fail(escape,
                            QStringLiteral("invalid escape: \\u must be followed by four hex digits, "
                                           "found %1")
                                .arg(describeAt(m_pos)));
            }
            unit = unit * 16 + uint(digit);
            ++m_pos;
        }
        return true;
    }

    bool parseNumber(Value &value)
    {
        const char *start = m_pos;
        const char *p = m_pos;
        const auto literalSoFar = [&] { return shortened(QString::fromLatin1(start, p - start)); };
        const auto incomplete = [&](const QString &expected) {
            if (p >= m_end)
                return fail(
                    p,
                    QStringLiteral("unexpected end of input (incomplete number '%1')").arg(literalSoFar()));
            return fail(p,
                        QStringLiteral("expected %1 in the number '%2' but found %3")
                            .arg(expected, literalSoFar(), describeAt(p)));
        };

        // Significant digits are counted between the first and last non-zero
        // digit of integer and fraction part together.
        qsizetype digitIndex = 0;
        qsizetype firstNonZero = -1;
        qsizetype lastNonZero = -1;
        qsizetype integerDigits = 0;
        const auto takeDigits = [&] {
            const char *from = p;
            while (p < m_end && isDigit(*p)) {
                if (*p != '0') {
                    if (firstNonZero < 0)
                        firstNonZero = digitIndex;
                    lastNonZero = digitIndex;
                }
                ++digitIndex;
                ++p;
            }
            return p - from;
        };

        if (*p == '-')
            ++p;
        if (p >= m_end || !isDigit(*p))
            return incomplete(QStringLiteral("a digit after '-'"));
        if (*p == '0' && p + 1 < m_end && isDigit(p[1])) {
            const char *q = p;
            while (q < m_end && isDigit(*q))
                ++q;
            return fail(start,
                        QStringLiteral("the number '%1' has a leading zero")
                            .arg(shortened(QString::fromLatin1(start, q - start))));
        }
        integerDigits = takeDigits();

        bool integerLiteral = true;
        if (p < m_end && *p == '.') {
            integerLiteral = false;
            ++p;
            if (takeDigits() == 0)
                return incomplete(QStringLiteral("a digit after the decimal point"));
        }
        qint64 exponent = 0;
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            integerLiteral = false;
            ++p;
            bool negative = false;
            if (p < m_end && (*p == '+' || *p == '-'))
                negative = *p++ == '-';
            if (p >= m_end || !isDigit(*p))
                return incomplete(QStringLiteral("a digit in the exponent"));
            while (p < m_end && isDigit(*p)) {
                // Saturate: anything this large is out of range anyway.
                if (exponent < 1000000000000000)
                    exponent = exponent * 10 + (*p - '0');
                ++p;
            }
            if (negative)
                exponent = -exponent;
        }
        m_pos = p;

        value.m_type = Value::Type::Number;
        value.m_integerLiteral = integerLiteral;
        value.m_text = stringFrom(start, p - start);
        const QString shown = shortened(value.m_text);

        // from_chars ignores the locale, unlike strtod.
        double number = 0;
        const auto converted = std::from_chars(start, p, number);
        if (converted.ec == std::errc::result_out_of_range) {
            // The value is 0.d1d2... * 10^magnitude; out of range means it is
            // either above 1e308 or below 1e-324, so the sign decides which.
            const qint64 magnitude = integerDigits - firstNonZero + exponent;
            if (magnitude > 0)
                return fail(start, QStringLiteral("number %1 is too large for a double").arg(shown));
            return fail(start,
                        QStringLiteral("number %1 is too small for a double (it would become 0)").arg(shown));
        }
        if (converted.ec != std::errc() || converted.ptr != p || !std::isfinite(number))
            return fail(start, QStringLiteral("number %1 cannot be converted").arg(shown));
        // Every double from 2^53 up is an integer, and above 2^53 not every
        // integer is a double, so such a value may already have changed.
        if (std::fabs(number) >= kTwoPow53)
            return fail(start, QStringLiteral("number %1 is too large to hold exactly").arg(shown));
        const qsizetype significant = firstNonZero < 0 ? 0 : lastNonZero - firstNonZero + 1;
        if (significant > kMaxSignificantDigits) {
            return fail(
                start,
                QStringLiteral("number %1 has more significant digits than can be held exactly "
                               "(%2, at most %3)")
                    .arg(shown, QString::number(significant), QString::number(kMaxSignificantDigits)));
        }
        value.m_number = number;
        return true;
    }

    const char *m_end = nullptr;
    const char *m_pos = nullptr;
    const char *m_textBegin = nullptr; // after a BOM
    const char *m_lineStart = nullptr;
    qsizetype m_line = 1;
    const Limits &m_limits;
    QByteArray m_buffer; // reused by every escaped string
    StringCache &m_interned; // short strings read so far in this thread
    std::shared_ptr<Arena> m_arena; // every node of the document
    std::vector<ChildPtr> m_itemStack; // items of the arrays being read
    std::vector<Member> m_memberStack; // members of the objects being read
    std::vector<int> m_keyLineStack; // the line of each key on m_memberStack
    const char *m_errorAt = nullptr;
    QString m_errorMessage;
};

Result<std::shared_ptr<const Value>> parse(const QByteArray &data, const Limits &limits)
{
    // No position prefix here: the input is refused before it is read.
    if (data.size() > limits.maxBytes) {
        return Error{ QStringLiteral("input of %1 bytes exceeds the limit of %2 bytes")
                          .arg(data.size())
                          .arg(limits.maxBytes) };
    }
    Parser parser(data, limits);
    return parser.run();
}

} // namespace pareview::json
