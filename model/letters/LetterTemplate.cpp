#include "letters/LetterTemplate.h"

#include <QFile>
#include <QVariantList>

static void initLetterResources()
{
    Q_INIT_RESOURCE(letters);
}

namespace pareview::letters {

namespace {

using Stack = QVector<const QVariantMap *>;

struct Expander
{
    QString language;
    QString templateName;
    int depth = 0;

    Result<QVariant> lookup(const QString &name, const Stack &stack) const
    {
        for (auto it = stack.crbegin(); it != stack.crend(); ++it)
            if ((*it)->contains(name))
                return (*it)->value(name);
        return Error{ QStringLiteral("letter template %1: no value for {{%2}}").arg(templateName, name) };
    }

    static bool truthy(const QVariant &v)
    {
        if (!v.isValid() || v.isNull())
            return false;
        switch (v.typeId()) {
        case QMetaType::Bool:
            return v.toBool();
        case QMetaType::QVariantList:
            return !v.toList().isEmpty();
        case QMetaType::QVariantMap:
            return !v.toMap().isEmpty();
        case QMetaType::QStringList:
            return !v.toStringList().isEmpty();
        default:
            return !v.toString().isEmpty();
        }
    }

    // Finds the {{/name}} that closes a section opened just before `from`.
    int findClose(const QString &text, const QString &name, int from) const
    {
        const QString open1 = QStringLiteral("{{#%1}}").arg(name);
        const QString open2 = QStringLiteral("{{^%1}}").arg(name);
        const QString close = QStringLiteral("{{/%1}}").arg(name);
        int level = 1;
        int pos = from;
        while (pos < text.size()) {
            const int c = text.indexOf(close, pos);
            if (c < 0)
                return -1;
            int o1 = text.indexOf(open1, pos);
            int o2 = text.indexOf(open2, pos);
            int o = o1 < 0 ? o2 : (o2 < 0 ? o1 : qMin(o1, o2));
            if (o >= 0 && o < c) {
                ++level;
                pos = o + open1.size();
                continue;
            }
            if (--level == 0)
                return c;
            pos = c + close.size();
        }
        return -1;
    }

    Result<QString> expand(const QString &text, Stack &stack)
    {
        if (++depth > 20)
            return Error{
                QStringLiteral("letter template %1: sections or partials nested too deeply").arg(templateName)
            };
        QString out;
        out.reserve(text.size());
        int pos = 0;
        while (pos < text.size()) {
            const int start = text.indexOf(QLatin1String("{{"), pos);
            if (start < 0) {
                out += QStringView(text).mid(pos);
                break;
            }
            out += QStringView(text).mid(pos, start - pos);
            const bool triple = text.mid(start, 3) == QLatin1String("{{{");
            const int end = text.indexOf(triple ? QLatin1String("}}}") : QLatin1String("}}"), start);
            if (end < 0)
                return Error{ QStringLiteral("letter template %1: \"{{\" without \"}}\"").arg(templateName) };
            const QString tag = text.mid(start + (triple ? 3 : 2), end - start - (triple ? 3 : 2)).trimmed();
            const int after = end + (triple ? 3 : 2);
            if (tag.isEmpty())
                return Error{ QStringLiteral("letter template %1: empty placeholder").arg(templateName) };
            const QChar kind = tag.front();
            if (!triple && kind == QLatin1Char('!')) {
                pos = after;
                continue;
            }
            if (!triple && (kind == QLatin1Char('#') || kind == QLatin1Char('^'))) {
                const QString name = tag.mid(1).trimmed();
                const int close = findClose(text, name, after);
                if (close < 0)
                    return Error{
                        QStringLiteral("letter template %1: {{%2}} is never closed").arg(templateName, tag)
                    };
                const QString inner = text.mid(after, close - after);
                auto value = lookup(name, stack);
                if (!value)
                    return Error{ value.error() };
                const bool on = truthy(*value);
                if (kind == QLatin1Char('^')) {
                    if (!on) {
                        auto r = expand(inner, stack);
                        if (!r)
                            return r;
                        out += *r;
                    }
                } else if (on && value->typeId() == QMetaType::QVariantList) {
                    const QVariantList items = value->toList();
                    for (const QVariant &item : items) {
                        const QVariantMap map = item.toMap();
                        stack.append(&map);
                        auto r = expand(inner, stack);
                        stack.removeLast();
                        if (!r)
                            return r;
                        out += *r;
                    }
                } else if (on) {
                    QVariantMap map;
                    if (value->typeId() == QMetaType::QVariantMap)
                        map = value->toMap();
                    stack.append(&map);
                    auto r = expand(inner, stack);
                    stack.removeLast();
                    if (!r)
                        return r;
                    out += *r;
                }
                pos = close + name.size() + 5;
                continue;
            }
            if (!triple && kind == QLatin1Char('>')) {
                const QString name = tag.mid(1).trimmed();
                auto partial = letterResource(QStringLiteral("%1.%2.html").arg(name, language));
                if (!partial)
                    partial = letterResource(QStringLiteral("%1.html").arg(name));
                if (!partial)
                    return Error{ QStringLiteral("letter template %1: no partial \"%2\" for language %3")
                                      .arg(templateName, name, language) };
                auto r = expand(QString::fromUtf8(*partial), stack);
                if (!r)
                    return r;
                out += *r;
                pos = after;
                continue;
            }
            if (!triple && kind == QLatin1Char('/'))
                return Error{
                    QStringLiteral("letter template %1: {{%2}} closes nothing").arg(templateName, tag)
                };
            auto value = lookup(tag, stack);
            if (!value)
                return Error{ value.error() };
            if (value->typeId() == QMetaType::QVariantList || value->typeId() == QMetaType::QVariantMap)
                return Error{ QStringLiteral("letter template %1: {{%2}} is a list; use {{#%2}}…{{/%2}}")
                                  .arg(templateName, tag) };
            out += triple ? value->toString() : htmlEscape(value->toString());
            pos = after;
        }
        --depth;
        return out;
    }
};

} // namespace

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

Result<QByteArray> letterResource(const QString &fileName)
{
    static const bool initialized = [] {
        initLetterResources();
        return true;
    }();
    Q_UNUSED(initialized);
    QFile f(QStringLiteral(":/letters/") + fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ QStringLiteral("the letter resource %1 is missing from the program").arg(fileName) };
    return f.readAll();
}

Result<QString> expandTemplate(const QString &text, const QVariantMap &values, const QString &language)
{
    Expander e{ language, QStringLiteral("(inline)") };
    Stack stack{ &values };
    return e.expand(text, stack);
}

Result<QString> renderTemplate(const QString &name, const QVariantMap &values, const QString &language)
{
    const QString file = QStringLiteral("%1.%2.html").arg(name, language);
    auto text = letterResource(file);
    if (!text)
        return Error{ QStringLiteral("no %1 letter template in language \"%2\"").arg(name, language) };
    Expander e{ language, file };
    Stack stack{ &values };
    return e.expand(QString::fromUtf8(*text), stack);
}

} // namespace pareview::letters
