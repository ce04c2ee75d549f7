// pareview-pdfrender: renders one page of an untrusted PDF to PNG, in a
// process of its own, so a hostile file can crash only this process. The
// workstation starts it (inside bubblewrap where the system allows) with
// memory and CPU limits.
//
//   pareview-pdfrender --page N [--dpi D] < file.pdf > page.png
//   pareview-pdfrender --count < file.pdf          (prints the page count)
//
// Exit status: 0 done, 2 bad arguments, 3 not a readable PDF, 4 no such page.

#include <poppler-qt6.h>

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QStringList>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    int page = -1;
    int dpi = 110;
    bool count = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--page" && i + 1 < argc)
            page = QByteArray(argv[++i]).toInt();
        else if (a == "--dpi" && i + 1 < argc)
            dpi = qBound(30, QByteArray(argv[++i]).toInt(), 300);
        else if (a == "--count")
            count = true;
        else {
            std::fprintf(stderr, "pareview-pdfrender: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    if (!count && page < 1) {
        std::fprintf(stderr, "usage: pareview-pdfrender --page N [--dpi D] < file.pdf > page.png | --count < file.pdf\n");
        return 2;
    }
    // Poppler reports problems of the file on stderr at length; the caller
    // only needs the exit status and one line.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QByteArray data = in.readAll();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(data);
    if (!doc || doc->isLocked()) {
        std::fprintf(stderr, "pareview-pdfrender: not a readable PDF%s\n", doc && doc->isLocked() ? " (it is encrypted)" : "");
        return 3;
    }
    if (count) {
        std::printf("%d\n", doc->numPages());
        return 0;
    }
    if (page > doc->numPages()) {
        std::fprintf(stderr, "pareview-pdfrender: the document has %d pages\n", doc->numPages());
        return 4;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<Poppler::Page> p = doc->page(page - 1);
    if (!p)
        return 4;
    // Refuse absurd page sizes before allocating the image.
    const QSizeF points = p->pageSizeF();
    if (points.width() * dpi / 72.0 * points.height() * dpi / 72.0 > 60e6) {
        std::fprintf(stderr, "pareview-pdfrender: page %d is too large to render\n", page);
        return 3;
    }
    const QImage image = p->renderToImage(dpi, dpi);
    if (image.isNull())
        return 3;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    out.write(png);
    return 0;
}
