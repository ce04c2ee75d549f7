#include "store/ContentType.h"

namespace pareview {

namespace {
bool startsWith(const QByteArray &bytes, const char *magic, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), magic, size_t(size)) == 0;
}

// Text: valid UTF-8, no NUL, and nearly all printable (tabs and line breaks allowed).
bool looksLikeText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    const QByteArray sample = bytes.left(64 * 1024);
    int control = 0;
    for (int i = 0; i < sample.size(); ++i) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    if (control * 100 > sample.size())
        return false;
    // Strict UTF-8 check (a cut at the sample's end is allowed).
    int i = 0;
    while (i < sample.size()) {
        const auto c = static_cast<unsigned char>(sample[i]);
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= sample.size() && sample.size() < bytes.size())
            break;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= sample.size())
                return false;
            if ((static_cast<unsigned char>(sample[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}
} // namespace

QString detectContentType(const QByteArray &bytes)
{
    if (startsWith(bytes, "%PDF-", 5))
        return QStringLiteral("application/pdf");
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n", 8))
        return QStringLiteral("image/png");
    if (startsWith(bytes, "\xFF\xD8\xFF", 3))
        return QStringLiteral("image/jpeg");
    if (startsWith(bytes, "GIF87a", 6) || startsWith(bytes, "GIF89a", 6))
        return QStringLiteral("image/gif");
    if (startsWith(bytes, "II*\0", 4) || startsWith(bytes, "MM\0*", 4))
        return QStringLiteral("image/tiff");
    if (looksLikeText(bytes))
        return QStringLiteral("text/plain");
    return QStringLiteral("application/octet-stream");
}

} // namespace pareview
