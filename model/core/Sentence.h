#pragma once

// A clause as a sentence of its own: trimmed, a capital first letter and a
// full stop (kept when it already ends in one, or in "?" or "!"). Findings'
// plain-language sentences and the window's refusals both read this way.

#include <QString>

namespace pareview {

inline QString asSentence(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) && !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return text;
}

} // namespace pareview
