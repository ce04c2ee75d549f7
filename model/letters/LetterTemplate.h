#pragma once

// The letter templates (resources/letters/<kind>.<language>.html): HTML with
// placeholders, so the whole wording of a letter is in one file per kind and
// language, and C++ only supplies values.
//
//   {{name}}              the value, HTML-escaped
//   {{{name}}}            the value as HTML (for fragments built from templates)
//   {{#name}}…{{/name}}   a list: once per item (the item's values come first);
//                         a non-empty value or true: once; empty or false: never
//   {{^name}}…{{/name}}   only when name is empty, false or an empty list
//   {{>name}}             the partial :/letters/<name>.<language>.html
//                         (or :/letters/<name>.html when it is the same in every language)
//
// A placeholder with no value is an error, never an empty string: a letter
// with a hole in it must not go out.

#include "core/Result.h"

#include <QString>
#include <QVariantMap>

namespace pareview::letters {

// Expands `text` with `values`; `language` chooses the partials.
Result<QString> expandTemplate(const QString &text, const QVariantMap &values, const QString &language);

// Reads :/letters/<name>.<language>.html and expands it.
Result<QString> renderTemplate(const QString &name, const QVariantMap &values, const QString &language);

// Reads a file of the letter resources (":/letters/<fileName>").
Result<QByteArray> letterResource(const QString &fileName);

QString htmlEscape(const QString &text);

} // namespace pareview::letters
