#pragma once

// HTML to PDF for letters: QTextDocument laid out for a QPdfWriter page by
// page, a footer with the case reference and "Page 1 of 2" on every page,
// the fonts shipped in the program embedded, PDF/A-1b for archiving. The
// fonts are rewritten for the PDF writer once per process (PdfFont.h).
//
// The same input gives the same bytes: the file's dates are the letter's
// date and its identifier is a hash of its content, so a preview and the
// letter issued from it are identical. (The bytes stored when a letter is
// issued stay the source of truth all the same.)
//
// Needs a QGuiApplication (fonts); refuses with a message otherwise.

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace pareview::letters {

enum class Paper { Letter, A4 };
QString paperName(Paper paper); // "letter", "a4"
std::optional<Paper> paperFromName(const QString &name);

// Every letter's body text is at least this size.
constexpr double kBodyPointSize = 12.0;

struct PdfOptions
{
    Paper paper = Paper::Letter;
    QString title; // document title (metadata)
    QDate date; // written as the file's creation date
    QString footerLeft; // e.g. "Case PA-0000001"
    QString pageOfPages; // "Page %1 of %2"
    QString styleSheet; // CSS for the document
    QString watermark; // drawn across every page when set ("DRAFT" on a preview)
};

struct Pdf
{
    QByteArray bytes;
    int pages = 0;
};

Result<Pdf> htmlToPdf(const QString &html, const PdfOptions &options);

// The font family letters are set in (registered from the program's resources).
Result<QString> letterFontFamily();

} // namespace pareview::letters
