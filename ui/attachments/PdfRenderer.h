#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QImage>

namespace pareview {

// Renders pages of an untrusted PDF through pareview-pdfrender, a process of
// its own under memory and CPU limits, inside bubblewrap where the system
// allows: a hostile file can crash or hang only that process.
class PdfRenderer
{
public:
    static Result<int> pageCount(const QByteArray &pdf);
    static Result<QImage> renderPage(const QByteArray &pdf, int page, int dpi = 110);
    // Whether rendering runs inside bubblewrap on this machine.
    static bool sandboxed();
};

} // namespace pareview
