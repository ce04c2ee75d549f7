#pragma once

// What an attachment is, judged by its bytes, never by its file name.

#include <QByteArray>
#include <QString>

namespace pareview {

// "application/pdf", "image/png", "image/jpeg", "image/gif", "image/tiff",
// "text/plain", or "application/octet-stream" for anything else.
QString detectContentType(const QByteArray &bytes);

} // namespace pareview
