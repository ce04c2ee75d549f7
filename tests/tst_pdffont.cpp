// The letter fonts as rewritten for Qt's PDF writer (letters/PdfFont): the
// shipped DejaVu Sans files, rewritten, read back beside the originals: the
// same glyph for every character (through Qt), the same outline and advance
// for every glyph in font units (through FreeType), and an outline that
// hinting no longer moves (neither the font's programs nor FreeType's
// autohinter); no hinting tables and no glyph instructions left (read with
// a parser of this test's own); valid checksums; the new family name, the
// copyright and licence unchanged. Damaged or unsuitable data is refused
// with the reason. Letters are set in the rewritten font, and a letter in
// Spanish reads back with its accents, ñ, ¿ and ¡, the fonts embedded.

#include "letters/LetterPdf.h"
#include "letters/LetterTemplate.h"
#include "letters/PdfFont.h"
#include "testsupport.h"

#include <QDataStream>
#include <QFont>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <ft2build.h>
#include FT_FREETYPE_H

using namespace pareview;
using namespace pareview::letters;

namespace {

quint16 u16(const QByteArray &d, qsizetype at)
{
    return quint16((quint8(d.at(at)) << 8) | quint8(d.at(at + 1)));
}

quint32 u32(const QByteArray &d, qsizetype at)
{
    return (quint32(u16(d, at)) << 16) | u16(d, at + 2);
}

struct TableRecord
{
    QByteArray tag;
    quint32 checksum = 0;
    quint32 offset = 0;
    quint32 length = 0;
};

QList<TableRecord> directory(const QByteArray &font)
{
    QList<TableRecord> out;
    for (int i = 0; i < u16(font, 4); ++i) {
        const qsizetype r = 12 + 16 * i;
        out.append({ font.mid(r, 4), u32(font, r + 4), u32(font, r + 8), u32(font, r + 12) });
    }
    return out;
}

QByteArray table(const QByteArray &font, const char *tag)
{
    for (const TableRecord &t : directory(font))
        if (t.tag == tag)
            return font.mid(t.offset, t.length);
    return {};
}

quint32 sum(const QByteArray &d)
{
    QByteArray padded = d;
    padded.append((4 - padded.size() % 4) % 4, '\0');
    quint32 s = 0;
    for (qsizetype i = 0; i < padded.size(); i += 4)
        s += u32(padded, i);
    return s;
}

// Each glyph's bytes, from 'loca' and 'glyf'.
QList<QByteArray> glyphs(const QByteArray &font)
{
    const QByteArray loca = table(font, "loca");
    const QByteArray glyf = table(font, "glyf");
    const bool longOffsets = u16(table(font, "head"), 50) == 1;
    const int count = u16(table(font, "maxp"), 4);
    const auto at
        = [&](int i) { return longOffsets ? qsizetype(u32(loca, 4 * i)) : 2 * qsizetype(u16(loca, 2 * i)); };
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i)
        out.append(glyf.mid(at(i), at(i + 1) - at(i)));
    return out;
}

// The bytes of instructions a glyph carries.
int instructionBytes(const QByteArray &g)
{
    if (g.isEmpty())
        return 0;
    const qint16 contours = qint16(u16(g, 0));
    if (contours >= 0)
        return u16(g, 10 + 2 * contours);
    qsizetype at = 10;
    quint16 flags = 0;
    bool instructions = false;
    do {
        flags = u16(g, at);
        instructions |= (flags & 0x0100) != 0;
        at += 4 + ((flags & 0x0001) ? 4 : 2)
            + ((flags & 0x0008)       ? 2
                   : (flags & 0x0040) ? 4
                   : (flags & 0x0080) ? 8
                                      : 0);
    } while (flags & 0x0020);
    return instructions ? u16(g, at) : 0;
}

// (platform, name ID) → string bytes.
QMap<QPair<int, int>, QByteArray> names(const QByteArray &font)
{
    const QByteArray name = table(font, "name");
    QMap<QPair<int, int>, QByteArray> out;
    const int storage = u16(name, 4);
    for (int i = 0; i < u16(name, 2); ++i) {
        const qsizetype r = 6 + 12 * i;
        out.insert({ u16(name, r), u16(name, r + 6) },
                   name.mid(storage + u16(name, r + 10), u16(name, r + 8)));
    }
    return out;
}

QByteArray utf16(const QString &s)
{
    QByteArray out;
    for (const QChar c : s) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

QByteArray shipped(const QString &file)
{
    auto data = letterResource(QStringLiteral("fonts/") + file);
    return data ? *data : QByteArray();
}

// A font opened by FreeType, as Qt opens it.
class Outlines
{
public:
    explicit Outlines(const QByteArray &data)
        : m_data(data)
    {
        if (FT_Init_FreeType(&m_library) == 0
            && FT_New_Memory_Face(m_library, reinterpret_cast<const FT_Byte *>(m_data.constData()),
                                  FT_Long(m_data.size()), 0, &m_face)
                == 0)
            FT_Set_Char_Size(m_face, 0, FT_F26Dot6(m_face->units_per_EM) * 64, 72, 72);
    }
    ~Outlines()
    {
        if (m_face)
            FT_Done_Face(m_face);
        if (m_library)
            FT_Done_FreeType(m_library);
    }
    Outlines(const Outlines &) = delete;
    Outlines &operator=(const Outlines &) = delete;

    // Glyph `g` loaded with `flags`: its advance, contour ends, point tags
    // and points; empty when FreeType fails.
    QByteArray outline(int g, FT_Int32 flags) const
    {
        if (!m_face || FT_Load_Glyph(m_face, FT_UInt(g), flags) != 0)
            return {};
        const FT_GlyphSlot slot = m_face->glyph;
        const FT_Outline &o = slot->outline;
        QByteArray out;
        QDataStream s(&out, QIODevice::WriteOnly);
        s << qint64(slot->advance.x) << qint64(slot->advance.y) << o.n_contours << o.n_points;
        for (int i = 0; i < o.n_contours; ++i)
            s << o.contours[i];
        for (int i = 0; i < o.n_points; ++i)
            s << quint8(o.tags[i] & 3) << qint64(o.points[i].x) << qint64(o.points[i].y);
        return out;
    }

private:
    QByteArray m_data;
    FT_Library m_library = nullptr;
    FT_Face m_face = nullptr;
};

} // namespace

class TestPdfFont : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewritten_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("style");
        QTest::newRow("regular") << QStringLiteral("DejaVuSans.ttf") << QStringLiteral("Book");
        QTest::newRow("bold") << QStringLiteral("DejaVuSans-Bold.ttf") << QStringLiteral("Bold");
    }

    void rewritten()
    {
        QFETCH(QString, file);
        QFETCH(QString, style);
        const QByteArray original = shipped(file);
        QVERIFY(!original.isEmpty());
        auto result
            = fontForPdf(original, QStringLiteral("DejaVu Sans"), QStringLiteral("DejaVu Sans Unhinted"));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const QByteArray font = *result;

        // The original is hinted; the copy has no hinting left.
        for (const char *tag : { "fpgm", "prep", "cvt " }) {
            QVERIFY2(!table(original, tag).isEmpty(), tag);
            QVERIFY2(table(font, tag).isEmpty(), tag);
        }
        const QList<QByteArray> before = glyphs(original);
        const QList<QByteArray> after = glyphs(font);
        QCOMPARE(after.size(), before.size());
        int instructed = 0;
        for (int i = 0; i < before.size(); ++i) {
            instructed += instructionBytes(before.at(i)) > 0;
            QVERIFY2(instructionBytes(after.at(i)) == 0, qPrintable(QStringLiteral("glyph %1").arg(i)));
            const QByteArray &g = before.at(i);
            if (g.isEmpty() || qint16(u16(g, 0)) < 0)
                continue; // composites: their outlines are compared below
            // A simple glyph: the same bytes without its instructions, then
            // zeros to the next 4-byte boundary.
            const qsizetype lengthAt = 10 + 2 * qint16(u16(g, 0));
            const QByteArray expected
                = g.left(lengthAt) + QByteArray(2, '\0') + g.mid(lengthAt + 2 + instructionBytes(g));
            QVERIFY2(after.at(i).startsWith(expected), qPrintable(QStringLiteral("glyph %1").arg(i)));
            QCOMPARE(after.at(i).mid(expected.size()).count('\0'), after.at(i).size() - expected.size());
        }
        QVERIFY2(instructed > 500, qPrintable(QString::number(instructed))); // the original is hinted

        // Checksums: every table's, and the whole file's in 'head'.
        for (const TableRecord &t : directory(font)) {
            QByteArray data = font.mid(t.offset, t.length);
            if (t.tag == "head")
                data.replace(8, 4, QByteArray(4, '\0'));
            QCOMPARE(t.checksum, sum(data));
            QCOMPARE(t.offset % 4, 0u);
        }
        QCOMPARE(sum(font), 0xB1B0AFBAu);
        QVERIFY(table(font, "GSUB") == table(original, "GSUB"));
        QVERIFY(table(font, "GPOS") == table(original, "GPOS"));
        QVERIFY(table(font, "hmtx") == table(original, "hmtx"));

        // Names: Windows only, the family renamed, copyright and licence kept.
        const auto oldNames = names(original);
        const auto newNames = names(font);
        for (auto it = newNames.cbegin(); it != newNames.cend(); ++it)
            QCOMPARE(it.key().first, 3);
        QCOMPARE(newNames.value({ 3, 1 }), utf16(QStringLiteral("DejaVu Sans Unhinted")));
        QVERIFY(newNames.value({ 3, 6 }).startsWith(utf16(QStringLiteral("DejaVuSansUnhinted"))));
        for (int id : { 0, 2, 5, 13, 14 })
            QCOMPARE(newNames.value({ 3, id }), oldNames.value({ 3, id }));

        // FreeType reads the same font: each character's glyph, each glyph's
        // outline and advance (unhinted, at one pixel a font unit).
        const QRawFont was(original, 2048, QFont::PreferNoHinting);
        const QRawFont now(font, 2048, QFont::PreferNoHinting);
        QVERIFY(was.isValid());
        QVERIFY(now.isValid());
        QCOMPARE(now.familyName(), QStringLiteral("DejaVu Sans Unhinted"));
        QCOMPARE(now.styleName(), style);
        QCOMPARE(now.unitsPerEm(), was.unitsPerEm());
        QString every;
        for (char32_t c = 1; c < 0x20000; ++c)
            if (c < 0xD800 || c > 0xDFFF)
                every += QString::fromUcs4(&c, 1);
        const QList<quint32> wasGlyphs = was.glyphIndexesForString(every);
        const QList<quint32> nowGlyphs = now.glyphIndexesForString(every);
        QCOMPARE(nowGlyphs.size(), wasGlyphs.size());
        int mapped = 0;
        for (qsizetype i = 0; i < wasGlyphs.size(); ++i) {
            mapped += wasGlyphs.at(i) != 0;
            if (nowGlyphs.at(i) != wasGlyphs.at(i))
                QFAIL(qPrintable(QStringLiteral("character %1: glyph %2, was %3")
                                     .arg(i)
                                     .arg(nowGlyphs.at(i))
                                     .arg(wasGlyphs.at(i))));
        }
        QVERIFY2(mapped > 5000, qPrintable(QString::number(mapped)));
        QCOMPARE(u16(table(font, "maxp"), 4), quint16(before.size()));
        Outlines design(original);
        Outlines copy(font);
        for (int g = 0; g < before.size(); ++g) {
            const QString which = QStringLiteral("glyph %1").arg(g);
            // In font units, unhinted: the original's design.
            QCOMPARE(copy.outline(g, FT_LOAD_NO_SCALE), design.outline(g, FT_LOAD_NO_SCALE));
            // Hinting asked for at 1 pixel a unit (as Qt loads outlines for
            // a PDF) moves nothing: there is nothing left to run, and
            // FreeType does not put its autohinter in instead.
            const QByteArray hinted = copy.outline(g, FT_LOAD_NO_BITMAP);
            QVERIFY2(!hinted.isEmpty(), qPrintable(which));
            QVERIFY2(hinted == copy.outline(g, FT_LOAD_NO_BITMAP | FT_LOAD_NO_HINTING), qPrintable(which));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("message");
        const QByteArray sans = shipped(QStringLiteral("DejaVuSans.ttf"));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("DejaVu Sans")
                               << QStringLiteral("not a font: 0 bytes");
        QTest::newRow("text") << QByteArray("%PDF-1.4 this is no font") << QStringLiteral("DejaVu Sans")
                              << QStringLiteral("not a TrueType font (it starts with 25504446)");
        QTest::newRow("collection") << QByteArray("ttcf").append(40, '\0') << QStringLiteral("DejaVu Sans")
                                    << QStringLiteral("a font collection, not one font");
        QTest::newRow("cff") << QByteArray("OTTO").append(40, '\0') << QStringLiteral("DejaVu Sans")
                             << QStringLiteral("a font with PostScript (CFF) outlines, not TrueType");
        QTest::newRow("cut short") << sans.left(60000) << QStringLiteral("DejaVu Sans")
                                   << QStringLiteral(
                                          "the font is damaged: its 'glyf' table runs past its end");
        QTest::newRow("another family")
            << sans << QStringLiteral("Liberation Sans")
            << QStringLiteral("the font does not name its family \"Liberation Sans\" "
                              "in its Windows names");
        // Glyph 36 ("A") claims more instructions than it has bytes.
        QByteArray bad = sans;
        const QByteArray loca = table(sans, "loca");
        const bool longOffsets = u16(table(sans, "head"), 50) == 1;
        const qsizetype start = longOffsets ? u32(loca, 4 * 36) : 2 * u16(loca, 2 * 36);
        qsizetype glyfAt = 0;
        for (const TableRecord &t : directory(sans))
            if (t.tag == "glyf")
                glyfAt = t.offset;
        const qsizetype g = glyfAt + start;
        QVERIFY(qint16(u16(sans, g)) > 0);
        const qsizetype lengthAt = g + 10 + 2 * u16(sans, g);
        bad[lengthAt] = char(0xff);
        bad[lengthAt + 1] = char(0xff);
        QTest::newRow("instructions too long")
            << bad << QStringLiteral("DejaVu Sans")
            << QStringLiteral("the font is damaged: glyph 36: its instructions run past its end");
    }

    void refused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, family);
        QFETCH(QString, message);
        auto result = fontForPdf(data, family, QStringLiteral("DejaVu Sans Unhinted"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), message);
    }

    // Qt sets the letters in the rewritten font, not an installed DejaVu Sans.
    void lettersUseIt()
    {
        auto family = letterFontFamily();
        QVERIFY2(family.ok(), qPrintable(family.error()));
        QCOMPARE(*family, QStringLiteral("DejaVu Sans Unhinted"));
        for (bool bold : { false, true }) {
            QFont font(*family);
            font.setBold(bold);
            const QRawFont raw = QRawFont::fromFont(font);
            QCOMPARE(raw.familyName(), *family);
            QVERIFY(raw.fontTable("fpgm").isEmpty());
            QVERIFY(!raw.fontTable("glyf").isEmpty());
        }
    }

    void spanishLetterReadsBack()
    {
        const QString text = QStringLiteral("¿Recibió la señora Núñez el medicamento? ¡Sí! "
                                            "Ángel, Élodie, Íñigo, Óscar, Úrsula, pingüino, ÑANDÚ, "
                                            "«cita», 15 €, 2 × 3, “fi fl”.");
        PdfOptions options;
        options.title = QStringLiteral("prueba");
        options.date = QDate(2026, 12, 4);
        options.footerLeft = QStringLiteral("Caso PA-0000001");
        options.pageOfPages = QStringLiteral("Página %1 de %2");
        auto pdf = htmlToPdf(
            QStringLiteral("<html><body><h1>Señor Muñoz</h1><p>%1</p><p><b>%1</b></p></body></html>")
                .arg(text.toHtmlEscaped()),
            options);
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("carta.pdf"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pdf->bytes);
        out.close();
        const QString read = testsupport::runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY2(read.simplified().contains(text.simplified()), qPrintable(read));
        QVERIFY2(read.contains(QStringLiteral("Señor Muñoz")), qPrintable(read));
        QVERIFY2(read.contains(QStringLiteral("Página 1 de 1")), qPrintable(read));
        QCOMPARE(read.count(text.left(20)), 2); // regular and bold
        const QString fonts = testsupport::runTool(QStringLiteral("pdffonts"), { path });
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QCOMPARE(rows.size(), 2);
        // Embedded (emb), with a Unicode map (uni).
        static const QRegularExpression embedded(
            QStringLiteral("^DejaVuSansUnhinted(-Bold)? .* yes +(yes|no) +yes "));
        for (const QString &row : rows)
            QVERIFY2(embedded.match(row).hasMatch(), qPrintable(fonts));
    }
};

QTEST_MAIN(TestPdfFont)
#include "tst_pdffont.moc"
