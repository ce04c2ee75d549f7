#pragma once

// The letter fonts as Qt's PDF writer needs them, rewritten once per
// process from the TrueType files shipped in the resources. Every letter
// embeds its fonts anew, and Qt then (measured with DejaVu Sans, 2026-12-04)
// - loads each glyph's outline through FreeType, which runs the font's
//   hinting programs first, though hinting does nothing in a PDF;
// - looks up each of the 65,536 BMP code points in the font's character
//   map, once per font and letter (the PDF's ToUnicode table), a binary
//   search each in a segmented map.
// The copy has the same outlines, advance widths, character map and layout
// tables (GSUB, GPOS, kern), and
// - no hinting: no 'fpgm', 'prep', 'cvt ' tables, none computed from hinted
//   rendering ('hdmx', 'LTSH', 'VDMX'), no instructions in any glyph;
// - its 32-bit Unicode character maps (format 12, segmented) replaced by one
//   direct table (format 10) from its first to its last character, which
//   FreeType and Qt prefer, so a lookup is an array index; the 16-bit
//   format 4 table stays for other readers;
// - its family renamed in the Windows names, and the Macintosh copies of the
//   names dropped (Qt copies the names into every embedded font; the
//   copyright and licence notices stay in the Windows names). The licence of
//   Bitstream Vera, which DejaVu keeps, asks a modified font to carry
//   another name, and the new name keeps it apart from an installed original.
// Checksums and 'loca' are rebuilt; every other table is copied byte for byte.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pareview::letters {

// `ttf`: a TrueType font file (glyf outlines, not CFF, not a collection).
// `family`, `newFamily`: the family name as the font spells it, and the one
// to give the copy ("DejaVu Sans" → "DejaVu Sans Unhinted"; the PostScript
// name drops the spaces of both). Fails with the reason when the data is
// not such a font, is damaged, or does not name that family.
Result<QByteArray> fontForPdf(const QByteArray &ttf, const QString &family, const QString &newFamily);

} // namespace pareview::letters
