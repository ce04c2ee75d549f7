#include "letters/LetterPdf.h"

#include "letters/LetterTemplate.h"
#include "letters/PdfFont.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace pareview::letters {

namespace {

constexpr int kResolution = 1200; // device pixels per inch
constexpr double kFooterInches = 0.55; // room below the body for the footer
// DejaVu Sans as fontForPdf rewrites it (renamed, as its licence asks).
const QString kLetterFamily = QStringLiteral("DejaVu Sans Unhinted");

// The page's dates and the file identifier are the only things that change
// from one run to the next. Replacing them by values of the same length
// keeps every byte offset in the file (the cross-reference table) valid.
void replaceSameLength(QString &pdf, const QRegularExpression &re, const QString &replacement)
{
    QRegularExpressionMatchIterator it = re.globalMatch(pdf);
    QVector<QPair<int, int>> spans;
    while (it.hasNext()) {
        const auto m = it.next();
        spans.append({ int(m.capturedStart()), int(m.capturedLength()) });
    }
    for (auto s = spans.crbegin(); s != spans.crend(); ++s) {
        if (replacement.size() > s->second)
            continue; // never grow the file: leave the original value
        pdf.replace(s->first, s->second,
                    replacement + QString(s->second - replacement.size(), QLatin1Char(' ')));
    }
}

QByteArray normalize(const QByteArray &bytes, const QDate &date)
{
    // Latin-1 maps every byte to one character and back.
    QString pdf = QString::fromLatin1(bytes);
    const QString day
        = date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QStringLiteral("20000101");
    const QString isoDay = date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("2000-01-01");
    static const QRegularExpression creation(
        QStringLiteral("/CreationDate \\(D:[0-9]{14}(?:Z|[+-][0-9]{2}'[0-9]{2}')?\\)"));
    replaceSameLength(pdf, creation, QStringLiteral("/CreationDate (D:%1000000Z)").arg(day));
    for (const char *key : { "CreateDate", "ModifyDate", "MetadataDate" }) {
        const QRegularExpression xmp(QStringLiteral("xmp:%1=\"[^\"]*\"").arg(QLatin1String(key)));
        replaceSameLength(pdf, xmp,
                          QStringLiteral("xmp:%1=\"%2T00:00:00Z\"").arg(QLatin1String(key), isoDay));
    }
    static const QRegularExpression id(
        QStringLiteral("/ID \\[ ?<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})> ?\\]"));
    const auto m = id.match(pdf);
    if (m.hasMatch()) {
        const QString zeros(32, QLatin1Char('0'));
        pdf.replace(m.capturedStart(1), 32, zeros);
        pdf.replace(m.capturedStart(2), 32, zeros);
        const QString digest
            = QString::fromLatin1(QCryptographicHash::hash(pdf.toLatin1(), QCryptographicHash::Md5).toHex());
        pdf.replace(m.capturedStart(1), 32, digest);
        pdf.replace(m.capturedStart(2), 32, digest);
    }
    return pdf.toLatin1();
}

int pageAt(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

// The pages a block's lines are on: first and last.
QPair<int, int> pagesOf(QTextDocument &doc, const QTextBlock &block, qreal pageHeight)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return { pageAt(rect.top(), pageHeight), pageAt(rect.top(), pageHeight) };
    const QTextLine first = layout->lineAt(0);
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return { pageAt(rect.top() + first.y(), pageHeight),
             pageAt(rect.top() + last.y() + last.height() - 1, pageHeight) };
}

void breakBefore(QTextCursor &cursor, const QTextBlock &block)
{
    cursor.setPosition(block.position());
    if (QTextTable *table = cursor.currentTable()) {
        QTextTableFormat f = table->format();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(f);
        return;
    }
    QTextBlockFormat f = block.blockFormat();
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(f);
}

bool breaksBefore(QTextCursor &cursor, const QTextBlock &block)
{
    cursor.setPosition(block.position());
    if (QTextTable *table = cursor.currentTable())
        return table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// A paragraph stays whole on one page (a table moves as a whole), and a
// heading stays with what follows it. Besides looking right this keeps the
// text readable by tools: Qt draws a paragraph that crosses a page on both
// pages (clipped), so its lines would be read twice.
void paginate(QTextDocument &doc, qreal pageHeight)
{
    QTextCursor cursor(&doc);
    for (int round = 0; round < 50; ++round) {
        doc.pageCount(); // lays the document out
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid() && !moved; b = b.next()) {
            const auto pages = pagesOf(doc, b, pageHeight);
            const bool split = pages.second > pages.first
                && doc.documentLayout()->blockBoundingRect(b).height() < pageHeight * 0.8;
            bool orphanHeading = false;
            if (!split && b.blockFormat().headingLevel() > 0 && b.next().isValid())
                orphanHeading = pagesOf(doc, b.next(), pageHeight).first > pages.second;
            if ((split || orphanHeading) && !breaksBefore(cursor, b)) {
                // A heading just before (the block or its table) goes along.
                QTextBlock target = b;
                cursor.setPosition(b.position());
                QTextBlock previous = b.previous();
                if (QTextTable *table = cursor.currentTable())
                    previous = doc.findBlock(table->firstPosition() - 1);
                if (split && previous.isValid() && previous.blockFormat().headingLevel() > 0
                    && !breaksBefore(cursor, previous))
                    target = previous;
                breakBefore(cursor, target);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

} // namespace

QString paperName(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

std::optional<Paper> paperFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return Paper::A4;
    if (n == QLatin1String("letter") || n == QLatin1String("us-letter"))
        return Paper::Letter;
    return std::nullopt;
}

Result<QString> letterFontFamily()
{
    static QMutex mutex;
    static QString family;
    static QString error;
    QMutexLocker lock(&mutex);
    if (!family.isEmpty())
        return family;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ QStringLiteral(
            "writing a letter needs fonts, and fonts need a QGuiApplication: this process has none") };
    for (const char *file : { "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf" }) {
        auto data = letterResource(QString::fromLatin1(file));
        if (!data)
            return Error{ data.error() };
        auto font = fontForPdf(*data, QStringLiteral("DejaVu Sans"), kLetterFamily);
        if (!font)
            return Error{ QStringLiteral("the letter font %1 could not be prepared: %2")
                              .arg(QString::fromLatin1(file), font.error()) };
        const int id = QFontDatabase::addApplicationFontFromData(*font);
        if (id < 0)
            return Error{
                QStringLiteral("the letter font %1 could not be loaded").arg(QString::fromLatin1(file))
            };
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty() && family.isEmpty())
            family = families.first();
    }
    if (family.isEmpty())
        return Error{ QStringLiteral("the letter fonts name no family") };
    return family;
}

Result<Pdf> htmlToPdf(const QString &html, const PdfOptions &options)
{
    auto family = letterFontFamily();
    if (!family)
        return Error{ family.error() };

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setCreator(QStringLiteral("pareview"));
        writer.setTitle(options.title);
        writer.setResolution(kResolution);
        const QPageLayout layout(QPageSize(options.paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter),
                                 QPageLayout::Portrait, QMarginsF(0.85, 0.7, 0.85, 0.45), QPageLayout::Inch);
        if (!writer.setPageLayout(layout))
            return Error{ QStringLiteral("the PDF writer refused the page layout") };

        QTextDocument doc;
        // Lay out for the PDF's resolution: without this the text comes out tiny.
        doc.documentLayout()->setPaintDevice(&writer);
        const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footerHeight = kFooterInches * kResolution;
        const QSizeF body(paint.width(), paint.height() - footerHeight);
        doc.setPageSize(body); // before the text: it is laid out once, for the page
        QFont font(*family);
        font.setPointSizeF(kBodyPointSize);
        font.setStyleStrategy(QFont::PreferOutline);
        // Any letter spacing turns ligatures off: "ﬁ" as one glyph would read
        // back as U+FB01, not "fi", for search, copy and screen readers.
        // 1/64 device pixel at 1200 dpi is nothing to the eye.
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        doc.setDefaultStyleSheet(options.styleSheet);
        // Each paragraph keeps its shaped glyphs from layout to drawing (by
        // default QTextLayout drops them and drawing shapes the text again).
        // The caches are set before the first layout: one edit block around
        // setHtml holds the layout back until they are.
        doc.setUndoRedoEnabled(false);
        QTextCursor whole(&doc);
        whole.beginEditBlock();
        doc.setHtml(html);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            b.layout()->setCacheEnabled(true);
        whole.endEditBlock();
        paginate(doc, body.height());
        pages = doc.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{ QStringLiteral("cannot start writing the PDF") };
        for (int i = 0; i < pages; ++i) {
            if (i > 0 && !writer.newPage())
                return Error{ QStringLiteral("cannot start page %1 of the PDF").arg(i + 1) };
            if (!options.watermark.isEmpty()) {
                // Across the page, under the text.
                painter.save();
                QFont big = font;
                big.setPointSizeF(72);
                big.setBold(true);
                painter.setFont(big);
                painter.setPen(QColor(200, 200, 200));
                painter.translate(body.width() / 2, body.height() / 2);
                painter.rotate(-35);
                painter.drawText(QRectF(-body.width(), -body.height() / 4, 2 * body.width(), body.height() / 2),
                                 Qt::AlignCenter, options.watermark);
                painter.restore();
            }

            painter.save();
            const QRectF page(0, i * body.height(), body.width(), body.height());
            painter.translate(0, -page.top());
            painter.setClipRect(page);
            QAbstractTextDocumentLayout::PaintContext context;
            // A hair inside the page: a line that starts exactly on the next
            // page's first pixel is not drawn (invisibly) on this one.
            context.clip = page.adjusted(0, 1, 0, -1);
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();

            // Footer: a rule, the case reference on the left, "Page i of n" on the right.
            painter.save();
            painter.setFont(font);
            painter.setPen(QPen(Qt::black, kResolution / 144.0));
            const qreal ruleY = body.height() + footerHeight * 0.22;
            painter.drawLine(QPointF(0, ruleY), QPointF(body.width(), ruleY));
            const QRectF text(0, ruleY + footerHeight * 0.08, body.width(), paint.height() - ruleY);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, options.footerLeft);
            painter.drawText(text, Qt::AlignRight | Qt::AlignTop, options.pageOfPages.arg(i + 1).arg(pages));
            painter.restore();
        }
        if (!painter.end())
            return Error{ QStringLiteral("writing the PDF failed") };
    }
    return Pdf{ normalize(buffer.data(), options.date), pages };
}

} // namespace pareview::letters
