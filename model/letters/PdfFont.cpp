#include "letters/PdfFont.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace pareview::letters {

namespace {

quint16 u16(const QByteArray &d, qsizetype at)
{
    return quint16((quint8(d[at]) << 8) | quint8(d[at + 1]));
}

quint32 u32(const QByteArray &d, qsizetype at)
{
    return (quint32(u16(d, at)) << 16) | u16(d, at + 2);
}

void put16(QByteArray &d, qsizetype at, quint16 v)
{
    d[at] = char(v >> 8);
    d[at + 1] = char(v & 0xff);
}

void put32(QByteArray &d, qsizetype at, quint32 v)
{
    put16(d, at, quint16(v >> 16));
    put16(d, at + 2, quint16(v & 0xffff));
}

void append16(QByteArray &d, quint16 v)
{
    d.append(char(v >> 8));
    d.append(char(v & 0xff));
}

void append32(QByteArray &d, quint32 v)
{
    append16(d, quint16(v >> 16));
    append16(d, quint16(v & 0xffff));
}

// A table tag from its four characters.
quint32 tag(const char *t)
{
    return (quint32(quint8(t[0])) << 24) | (quint32(quint8(t[1])) << 16) | (quint32(quint8(t[2])) << 8)
        | quint32(quint8(t[3]));
}

QString tagName(quint32 t)
{
    QString s;
    for (int shift = 24; shift >= 0; shift -= 8)
        s += QLatin1Char(char((t >> shift) & 0xff));
    return s;
}

// The sum of the data as big-endian 32-bit words, zero-padded.
quint32 checksum(const QByteArray &d)
{
    quint32 sum = 0;
    qsizetype i = 0;
    for (; i + 4 <= d.size(); i += 4)
        sum += u32(d, i);
    if (i < d.size()) {
        QByteArray tail = d.mid(i);
        tail.append(QByteArray(4 - tail.size(), '\0'));
        sum += u32(tail, 0);
    }
    return sum;
}

Error damaged(const QString &what)
{
    return Error{ QStringLiteral("the font is damaged: %1").arg(what) };
}

// Composite glyph flags (OpenType 'glyf').
constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kHaveXYScale = 0x0040;
constexpr quint16 kHaveTwoByTwo = 0x0080;
constexpr quint16 kHaveInstructions = 0x0100;

// Glyph `index`, bytes [start, end) of 'glyf', appended to `out` without
// its instructions.
Status appendStripped(const QByteArray &glyf, qsizetype start, qsizetype end, int index, QByteArray &out)
{
    const qsizetype size = end - start;
    if (size == 0)
        return success(); // no outline (a space)
    const auto where = [index](const QString &what) {
        return damaged(QStringLiteral("glyph %1: %2").arg(index).arg(what));
    };
    if (size < 10)
        return where(QStringLiteral("shorter than its header"));
    const char *g = glyf.constData() + start;
    const qint16 contours = qint16(u16(glyf, start));
    if (contours >= 0) {
        const qsizetype lengthAt = 10 + 2 * qsizetype(contours);
        if (lengthAt + 2 > size)
            return where(QStringLiteral("its contour ends run past its end"));
        const qsizetype rest = lengthAt + 2 + u16(glyf, start + lengthAt);
        if (rest > size)
            return where(QStringLiteral("its instructions run past its end"));
        out.append(g, lengthAt);
        append16(out, 0);
        out.append(g + rest, size - rest); // flags and coordinates
        return success();
    }
    out.append(g, 10);
    qsizetype at = 10;
    quint16 flags = 0;
    do {
        if (at + 4 > size)
            return where(QStringLiteral("a component runs past its end"));
        flags = u16(glyf, start + at);
        qsizetype length = 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kHaveScale)
            length += 2;
        else if (flags & kHaveXYScale)
            length += 4;
        else if (flags & kHaveTwoByTwo)
            length += 8;
        if (at + length > size)
            return where(QStringLiteral("a component runs past its end"));
        append16(out, flags & ~kHaveInstructions);
        out.append(g + at + 2, length - 2);
        at += length;
    } while (flags & kMoreComponents);
    return success(); // what followed the last component was its instructions
}

// Name IDs that carry the family: family, unique ID, full name, PostScript
// name, typographic family, compatible full name, WWS family.
const QSet<quint16> kFamilyNames = { 1, 3, 4, 6, 16, 18, 21 };

// Names of the Unicode and Windows platforms are UTF-16BE.
QByteArray utf16(const QString &s)
{
    QByteArray out;
    for (const QChar c : s)
        append16(out, c.unicode());
    return out;
}

// The Windows names with the family renamed; the Macintosh copies dropped.
Result<QByteArray> renamedNames(const QByteArray &name, const QString &family, const QString &newFamily)
{
    if (name.size() < 6)
        return damaged(QStringLiteral("its 'name' table is too short"));
    const quint16 format = u16(name, 0);
    const quint16 count = u16(name, 2);
    const quint16 storage = u16(name, 4);
    if (format > 1)
        return damaged(QStringLiteral("its 'name' table has the unknown format %1").arg(format));
    qsizetype recordsEnd = 6 + 12 * qsizetype(count);
    quint16 langTags = 0;
    if (format == 1) {
        if (recordsEnd + 2 > name.size())
            return damaged(QStringLiteral("its 'name' table is too short"));
        langTags = u16(name, recordsEnd);
    }
    if (recordsEnd + (format == 1 ? 2 + 4 * qsizetype(langTags) : 0) > name.size() || storage > name.size())
        return damaged(QStringLiteral("its 'name' table is too short"));
    const auto string = [&](qsizetype length, qsizetype offset) -> std::optional<QByteArray> {
        if (storage + offset + length > name.size())
            return std::nullopt;
        return name.mid(storage + offset, length);
    };

    QByteArray records;
    QByteArray strings;
    int kept = 0;
    int renamed = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype r = 6 + 12 * qsizetype(i);
        const quint16 platform = u16(name, r);
        if (platform == 1)
            continue; // Macintosh
        const quint16 id = u16(name, r + 6);
        auto s = string(u16(name, r + 8), u16(name, r + 10));
        if (!s)
            return damaged(QStringLiteral("name record %1 runs past the table").arg(i));
        if (kFamilyNames.contains(id)) {
            const bool postScript = id == 6;
            const QString from = postScript ? QString(family).remove(QLatin1Char(' ')) : family;
            const QString to = postScript ? QString(newFamily).remove(QLatin1Char(' ')) : newFamily;
            const QByteArray before = utf16(from);
            if (!before.isEmpty() && s->contains(before)) {
                s->replace(before, utf16(to));
                if (id == 1)
                    ++renamed;
            }
        }
        if (s->size() > 0xffff || strings.size() > 0xffff)
            return Error{ QStringLiteral("the font's renamed 'name' table is too large") };
        QByteArray record = name.mid(r, 12);
        put16(record, 8, quint16(s->size()));
        put16(record, 10, quint16(strings.size()));
        records.append(record);
        strings.append(*s);
        ++kept;
    }
    QByteArray tags;
    if (format == 1) {
        append16(tags, langTags);
        for (int i = 0; i < langTags; ++i) {
            const qsizetype r = recordsEnd + 2 + 4 * qsizetype(i);
            auto s = string(u16(name, r), u16(name, r + 2));
            if (!s)
                return damaged(QStringLiteral("language tag %1 runs past the 'name' table").arg(i));
            if (strings.size() > 0xffff)
                return Error{ QStringLiteral("the font's renamed 'name' table is too large") };
            append16(tags, quint16(s->size()));
            append16(tags, quint16(strings.size()));
            strings.append(*s);
        }
    }
    if (renamed == 0)
        return Error{
            QStringLiteral("the font does not name its family \"%1\" in its Windows names").arg(family)
        };
    QByteArray out;
    append16(out, format);
    append16(out, quint16(kept));
    append16(out, quint16(6 + records.size() + tags.size()));
    return out + records + tags + strings;
}

// The byte length of the character map subtable at `at`, or -1.
qsizetype subtableLength(const QByteArray &cmap, qsizetype at)
{
    if (at + 8 > cmap.size())
        return -1;
    const quint16 format = u16(cmap, at);
    qsizetype length = -1;
    if (format == 0 || format == 2 || format == 4 || format == 6)
        length = u16(cmap, at + 2);
    else if (format == 8 || format == 10 || format == 12 || format == 13)
        length = u32(cmap, at + 4);
    else if (format == 14)
        length = u32(cmap, at + 2);
    return length > 0 && at + length <= cmap.size() ? length : -1;
}

bool isUnicode(quint16 platform, quint16 encoding)
{
    return platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
}

using CodeGlyphs = std::vector<std::pair<quint32, quint16>>;

// Every (code point, glyph) of a format 4 or 12 subtable; glyph 0 left out.
Result<CodeGlyphs> mapping(const QByteArray &cmap, qsizetype at, qsizetype length)
{
    CodeGlyphs out;
    const quint16 format = u16(cmap, at);
    if (format == 12) {
        if (length < 16)
            return damaged(QStringLiteral("a format 12 character map is too short"));
        const quint32 groups = u32(cmap, at + 12);
        if (16 + 12 * qsizetype(groups) > length)
            return damaged(QStringLiteral("a format 12 character map runs past its end"));
        for (quint32 g = 0; g < groups; ++g) {
            const qsizetype r = at + 16 + 12 * qsizetype(g);
            const quint32 start = u32(cmap, r);
            const quint32 end = u32(cmap, r + 4);
            const quint32 glyph = u32(cmap, r + 8);
            if (end < start || end > 0x10FFFF || glyph + (end - start) > 0xFFFF)
                return damaged(QStringLiteral("a format 12 character map has a bad group %1").arg(g));
            for (quint32 c = start; c <= end; ++c)
                if (const quint16 id = quint16(glyph + (c - start)))
                    out.push_back({ c, id });
        }
        return out;
    }
    // Format 4: segments of end codes, start codes, deltas, range offsets.
    if (length < 14)
        return damaged(QStringLiteral("a format 4 character map is too short"));
    const qsizetype segments = u16(cmap, at + 6) / 2;
    const qsizetype ends = at + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype ranges = deltas + 2 * segments;
    if (ranges + 2 * segments > at + length)
        return damaged(QStringLiteral("a format 4 character map runs past its end"));
    for (qsizetype s = 0; s < segments; ++s) {
        const quint32 start = u16(cmap, starts + 2 * s);
        const quint32 end = u16(cmap, ends + 2 * s);
        const quint16 delta = u16(cmap, deltas + 2 * s);
        const quint16 range = u16(cmap, ranges + 2 * s);
        for (quint32 c = start; c <= end && c != 0xFFFF; ++c) {
            quint16 id = 0;
            if (range == 0) {
                id = quint16(c + delta);
            } else {
                const qsizetype p = ranges + 2 * s + range + 2 * qsizetype(c - start);
                if (p + 2 > at + length)
                    return damaged(QStringLiteral("a format 4 character map points past its end"));
                id = u16(cmap, p);
                if (id)
                    id = quint16(id + delta);
            }
            if (id)
                out.push_back({ c, id });
        }
    }
    return out;
}

// The longest direct table written (2 bytes a character): DejaVu Sans runs
// from U+0020 to U+1F643, 251 KiB. A font reaching further keeps its maps.
constexpr quint32 kMostDirect = 0x30000;

// The character map with its 32-bit Unicode subtables as one format 10 table.
Result<QByteArray> directUnicodeMap(const QByteArray &cmap)
{
    if (cmap.size() < 4)
        return damaged(QStringLiteral("its 'cmap' table is too short"));
    const int count = u16(cmap, 2);
    if (4 + 8 * qsizetype(count) > cmap.size())
        return damaged(QStringLiteral("its 'cmap' table is too short"));
    struct Record
    {
        quint16 platform;
        quint16 encoding;
        qsizetype at;
        qsizetype length;
    };
    std::vector<Record> records;
    const Record *best = nullptr;
    int bestRank = 0; // 2: a 32-bit Unicode map; 1: a 16-bit one
    for (int i = 0; i < count; ++i) {
        const qsizetype r = 4 + 8 * qsizetype(i);
        const qsizetype at = u32(cmap, r + 4);
        const qsizetype length = subtableLength(cmap, at);
        if (length < 0)
            return damaged(QStringLiteral("its character map %1 lies outside the 'cmap' table").arg(i));
        records.push_back({ u16(cmap, r), u16(cmap, r + 2), at, length });
    }
    for (const Record &r : records) {
        if (!isUnicode(r.platform, r.encoding))
            continue;
        const quint16 format = u16(cmap, r.at);
        const int rank = format == 12 ? 2 : format == 4 ? 1 : 0;
        if (rank > bestRank) {
            bestRank = rank;
            best = &r;
        }
    }
    if (!best)
        return cmap; // nothing this knows how to read: keep it
    auto pairs = mapping(cmap, best->at, best->length);
    if (!pairs)
        return Error{ pairs.error() };
    if (pairs->empty())
        return cmap;
    const auto [low, high] = std::minmax_element(pairs->cbegin(), pairs->cend());
    const quint32 first = low->first;
    const quint32 chars = high->first - first + 1;
    if (chars > kMostDirect)
        return cmap;
    QByteArray glyphs(2 * qsizetype(chars), '\0');
    for (const auto &[code, glyph] : *pairs)
        put16(glyphs, 2 * qsizetype(code - first), glyph);
    QByteArray direct;
    append16(direct, 10);
    append16(direct, 0);
    append32(direct, quint32(20 + glyphs.size()));
    append32(direct, 0); // language
    append32(direct, first);
    append32(direct, chars);
    direct.append(glyphs);

    // Format 12 records now point at the direct table; without one, a
    // Windows UCS-4 record is added for it.
    std::vector<std::pair<std::pair<quint16, quint16>, QByteArray>> subtables;
    bool pointed = false;
    for (const Record &r : records) {
        if (u16(cmap, r.at) == 12 && isUnicode(r.platform, r.encoding)) {
            subtables.push_back({ { r.platform, r.encoding }, direct });
            pointed = true;
        } else {
            subtables.push_back({ { r.platform, r.encoding }, cmap.mid(r.at, r.length) });
        }
    }
    if (!pointed)
        subtables.push_back({ { 3, 10 }, direct });
    std::stable_sort(subtables.begin(), subtables.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    append16(out, 0);
    append16(out, quint16(subtables.size()));
    QByteArray data;
    QMap<QByteArray, quint32> written; // a subtable shared by records is written once
    const qsizetype dataStart = 4 + 8 * qsizetype(subtables.size());
    for (const auto &[ids, bytes] : subtables) {
        auto it = written.constFind(bytes);
        if (it == written.cend()) {
            it = written.insert(bytes, quint32(dataStart + data.size()));
            data.append(bytes);
            data.append((4 - data.size() % 4) % 4, '\0');
        }
        append16(out, ids.first);
        append16(out, ids.second);
        append32(out, it.value());
    }
    return out + data;
}

} // namespace

Result<QByteArray> fontForPdf(const QByteArray &ttf, const QString &family, const QString &newFamily)
{
    if (ttf.size() < 12)
        return Error{ QStringLiteral("not a font: %1 bytes").arg(ttf.size()) };
    const quint32 version = u32(ttf, 0);
    if (version == tag("ttcf"))
        return Error{ QStringLiteral("a font collection, not one font") };
    if (version == tag("OTTO"))
        return Error{ QStringLiteral("a font with PostScript (CFF) outlines, not TrueType") };
    if (version != 0x00010000 && version != tag("true"))
        return Error{
            QStringLiteral("not a TrueType font (it starts with %1)").arg(QString::number(version, 16))
        };
    const int count = u16(ttf, 4);
    if (12 + 16 * qsizetype(count) > ttf.size())
        return damaged(QStringLiteral("its table directory runs past its end"));

    // Hinting programs, their values, and what was computed from hinted
    // rendering; a digital signature no longer matches a changed font.
    const QSet<quint32> dropped
        = { tag("fpgm"), tag("prep"), tag("cvt "), tag("hdmx"), tag("LTSH"), tag("VDMX"), tag("DSIG") };
    QMap<quint32, QByteArray> tables; // sorted by tag, as the directory must be
    for (int i = 0; i < count; ++i) {
        const qsizetype r = 12 + 16 * qsizetype(i);
        const quint32 t = u32(ttf, r);
        const quint32 offset = u32(ttf, r + 8);
        const quint32 length = u32(ttf, r + 12);
        if (qsizetype(offset) + qsizetype(length) > ttf.size())
            return damaged(QStringLiteral("its '%1' table runs past its end").arg(tagName(t)));
        if (!dropped.contains(t))
            tables.insert(t, ttf.mid(offset, length));
    }
    for (const char *required : { "head", "maxp", "loca", "glyf", "name" })
        if (!tables.contains(tag(required)))
            return Error{ QStringLiteral("the font has no '%1' table").arg(QLatin1String(required)) };

    QByteArray &head = tables[tag("head")];
    QByteArray &maxp = tables[tag("maxp")];
    if (head.size() < 54)
        return damaged(QStringLiteral("its 'head' table is too short"));
    if (maxp.size() < 32 || u32(maxp, 0) != 0x00010000)
        return Error{ QStringLiteral("the font's 'maxp' table is not that of TrueType outlines") };
    const bool longOffsets = u16(head, 50) == 1;
    const int glyphs = u16(maxp, 4);
    const QByteArray &loca = tables[tag("loca")];
    const QByteArray &glyf = tables[tag("glyf")];
    if (loca.size() < (glyphs + 1) * (longOffsets ? 4 : 2))
        return damaged(QStringLiteral("its 'loca' table is shorter than its %1 glyphs").arg(glyphs));
    const auto offsetOf = [&](int i) -> qsizetype {
        return longOffsets ? qsizetype(u32(loca, 4 * i)) : 2 * qsizetype(u16(loca, 2 * i));
    };

    QByteArray newGlyf;
    newGlyf.reserve(glyf.size());
    QByteArray newLoca;
    for (int i = 0; i <= glyphs; ++i) {
        if (longOffsets)
            append32(newLoca, quint32(newGlyf.size()));
        else if (newGlyf.size() / 2 > 0xffff)
            return Error{ QStringLiteral("the font's glyphs do not fit short offsets") };
        else
            append16(newLoca, quint16(newGlyf.size() / 2));
        if (i == glyphs)
            break;
        const qsizetype start = offsetOf(i);
        const qsizetype end = offsetOf(i + 1);
        if (end < start || end > glyf.size())
            return damaged(QStringLiteral("glyph %1 lies outside its 'glyf' table").arg(i));
        if (auto stripped = appendStripped(glyf, start, end, i, newGlyf); !stripped)
            return Error{ stripped.error() };
        // Short offsets count 2-byte words; 4 keeps every glyph aligned.
        newGlyf.append((4 - newGlyf.size() % 4) % 4, '\0');
    }
    tables[tag("glyf")] = newGlyf;
    tables[tag("loca")] = newLoca;

    // 'maxp' keeps its maxima for instructions (upper bounds, still true):
    // FreeType runs its autohinter on a TrueType font whose 'maxp' says it
    // has no instructions at all, which costs more than the empty programs.

    // head flags bit 4: "instructions may alter advance widths".
    put16(head, 16, u16(head, 16) & ~quint16(1u << 4));

    auto name = renamedNames(tables[tag("name")], family, newFamily);
    if (!name)
        return Error{ name.error() };
    tables[tag("name")] = *name;
    if (tables.contains(tag("cmap"))) {
        auto cmap = directUnicodeMap(tables[tag("cmap")]);
        if (!cmap)
            return Error{ cmap.error() };
        tables[tag("cmap")] = *cmap;
    }

    // The file: directory, then the tables 4-byte aligned, then the whole
    // file's checksum adjustment in 'head' (computed with it at zero).
    put32(head, 8, 0);
    const int n = int(tables.size());
    int power = 1;
    int log2 = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    append32(out, version);
    append16(out, quint16(n));
    append16(out, quint16(power * 16));
    append16(out, quint16(log2));
    append16(out, quint16(n * 16 - power * 16));
    qsizetype offset = 12 + 16 * qsizetype(n);
    qsizetype headAt = -1;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        append32(out, it.key());
        append32(out, checksum(it.value()));
        append32(out, quint32(offset));
        append32(out, quint32(it.value().size()));
        if (it.key() == tag("head"))
            headAt = offset;
        offset += (it.value().size() + 3) / 4 * 4;
    }
    for (const QByteArray &data : tables) {
        out.append(data);
        out.append((4 - data.size() % 4) % 4, '\0');
    }
    put32(out, headAt + 8, 0xB1B0AFBAu - checksum(out));
    return out;
}

} // namespace pareview::letters
