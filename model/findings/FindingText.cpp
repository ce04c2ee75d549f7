#include "findings/FindingText.h"

#include "core/Sentence.h"
#include "core/Units.h"
#include "json/StrictJson.h"
#include "letters/LetterTemplate.h"
#include "letters/PhraseBook.h"

#include <QMutex>

namespace pareview {

namespace {

// Placeholders left empty leave their spaces and brackets behind.
QString tidy(QString s)
{
    s = s.simplified();
    s.replace(QStringLiteral(" )"), QStringLiteral(")"));
    s.replace(QStringLiteral("( "), QStringLiteral("("));
    s.replace(QStringLiteral(" ,"), QStringLiteral(","));
    s.replace(QStringLiteral("()"), QString());
    return s.simplified();
}

// The findings a reason joins with "; ", each a sentence of its own in a letter.
void segments(const Finding &f, QVector<const Finding *> &out)
{
    if (f.kind == QLatin1String("joined")) {
        for (const Finding &p : f.parts)
            segments(p, out);
        return;
    }
    out.append(&f);
}

const QString kLanguages[] = { QStringLiteral("en"), QStringLiteral("es") };

} // namespace

const FindingText &FindingText::builtIn()
{
    static const std::shared_ptr<const FindingText> text = [] {
        auto data = letters::letterResource(QStringLiteral("findings.json"));
        if (!data)
            qFatal("%s", qPrintable(data.error()));
        auto loaded = fromJson(*data);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return loaded.value();
    }();
    return *text;
}

FindingText::Tokens FindingText::parse(const QString &pattern)
{
    Tokens out;
    int from = 0;
    while (from < pattern.size()) {
        const int open = pattern.indexOf(QLatin1Char('{'), from);
        const int close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out.append({ pattern.mid(from), false, false, Token::Role::Literal, -1, QString() });
            break;
        }
        if (open > from)
            out.append({ pattern.mid(from, open - from), false, false, Token::Role::Literal, -1, QString() });
        QString name = pattern.mid(open + 1, close - open - 1);
        const bool spaced = name.startsWith(QLatin1Char(' '));
        out.append({ name.trimmed(), true, spaced, Token::Role::Literal, -1, QString() });
        from = close + 1;
    }
    return out;
}

Result<std::shared_ptr<const FindingText>> FindingText::fromJson(const QByteArray &data)
{
    auto parsed = json::parse(data);
    if (!parsed)
        return Error{ QStringLiteral("findings.json: %1").arg(parsed.error()) };
    const json::Value &root = *parsed.value();
    auto text = std::make_shared<FindingText>();
    const json::Value *types = root.find(QLatin1String("types"));
    if (!types || !types->isObject())
        return Error{ QStringLiteral("findings.json: \"types\" must be an object of argument to type") };
    for (const auto &m : types->members())
        text->m_types.insert(m.first.toString(), m.second->toString());
    const json::Value *kinds = root.find(QLatin1String("kinds"));
    if (!kinds || !kinds->isObject())
        return Error{ QStringLiteral("findings.json: \"kinds\" must be an object") };
    for (const auto &m : kinds->members()) {
        const QString name = m.first.toString();
        const json::Value &k = *m.second;
        const json::Value *reason = k.find(QLatin1String("reason"));
        if (!reason || !reason->isString())
            return Error{ QStringLiteral("findings.json: kind \"%1\" has no \"reason\" template (line %2)")
                              .arg(name)
                              .arg(k.line()) };
        Kind kind;
        kind.reason = parse(reason->toString());
        text->resolve(kind.reason);
        if (const json::Value *join = k.find(QLatin1String("join")))
            kind.join = join->toString();
        int languages = 0;
        for (const QString &lang : kLanguages) {
            if (const json::Value *t = k.find(lang); t && t->isString()) {
                Tokens tokens = parse(t->toString());
                text->resolve(tokens);
                kind.sentences.insert(lang, tokens);
                ++languages;
            }
        }
        if (languages != 0 && languages != int(std::size(kLanguages)))
            return Error{ QStringLiteral("findings.json: kind \"%1\" has a sentence in some letter languages, not all (line %2)")
                              .arg(name)
                              .arg(k.line()) };
        // Every argument a template names has a type.
        auto check = [&](const Tokens &tokens) -> Status {
            for (const Token &t : tokens)
                if (t.placeholder && !t.text.startsWith(QLatin1String("part")) && t.text != QLatin1String("labelled")
                    && t.text != QLatin1String("labels") && !text->m_types.contains(t.text))
                    return Error{ QStringLiteral("findings.json: kind \"%1\" names \"%2\", which \"types\" does not list")
                                      .arg(name, t.text) };
            return success();
        };
        if (auto s = check(kind.reason); !s)
            return Error{ s.error() };
        for (const Tokens &t : std::as_const(kind.sentences))
            if (auto s = check(t); !s)
                return Error{ s.error() };
        text->m_kinds.insert(name, kind);
    }
    if (const json::Value *conditions = root.find(QLatin1String("conditions"))) {
        for (const auto &m : conditions->members())
            for (const QString &lang : kLanguages)
                if (const json::Value *t = m.second->find(lang); t && t->isString())
                    text->m_conditions[m.first.toString()].insert(lang, t->toString());
    }
    return std::shared_ptr<const FindingText>(text);
}

bool FindingText::hasSentence(const QString &kind, const QString &language) const
{
    const auto it = m_kinds.constFind(kind);
    return it != m_kinds.constEnd() && it->sentences.contains(language);
}

QStringList FindingText::kinds() const
{
    QStringList out = m_kinds.keys();
    out.sort();
    return out;
}

void FindingText::resolve(Tokens &tokens) const
{
    using Role = Token::Role;
    for (Token &t : tokens) {
        if (!t.placeholder)
            t.role = Role::Literal;
        else if (t.text == QLatin1String("parts"))
            t.role = Role::Parts;
        else if (t.text == QLatin1String("labelled"))
            t.role = Role::Labelled;
        else if (t.text == QLatin1String("labels"))
            t.role = Role::Labels;
        else if (t.text.startsWith(QLatin1String("part"))) {
            t.role = Role::Part;
            t.part = QStringView(t.text).mid(4).toInt() - 1;
        } else {
            t.role = Role::Arg;
            t.type = m_types.value(t.text);
        }
    }
}

QString FindingText::engineText(const FindingArg *a)
{
    if (!a)
        return QString();
    switch (a->type) {
    case FindingArg::Type::Number:
        return readableNumber(a->number);
    case FindingArg::Type::Date:
        return isoDateText(a->date);
    case FindingArg::Type::Text:
        return a->text;
    case FindingArg::Type::List:
        return variantText(a);
    }
    return QString();
}

// An argument as QVariant::toString() gives it (a list: its only item).
QString FindingText::variantText(const FindingArg *a)
{
    if (!a)
        return QString();
    switch (a->type) {
    case FindingArg::Type::Number:
        return QString::number(a->number, 'g', QLocale::FloatingPointShortest);
    case FindingArg::Type::Date:
        return isoDateText(a->date);
    case FindingArg::Type::Text:
        return a->text;
    case FindingArg::Type::List:
        return a->list.size() == 1 ? a->list.first() : QString();
    }
    return QString();
}

QString FindingText::reason(const Finding &f) const
{
    if (f.isEmpty())
        return QString();
    if (!f.writtenReason.isNull())
        return f.writtenReason;
    // One string for the whole reason, its parts' reasons included, instead
    // of one per part and placeholder.
    QString out;
    out.reserve(160);
    appendReason(out, f);
    if (out.isEmpty())
        return QString();
    return out;
}

void FindingText::appendReason(QString &out, const Finding &f) const
{
    using Role = Token::Role;
    if (f.isEmpty())
        return;
    if (!f.writtenReason.isNull()) {
        out += f.writtenReason;
        return;
    }
    const auto it = m_kinds.constFind(f.kind);
    if (it == m_kinds.constEnd()) {
        out += f.kind; // a kind this build does not know (a newer snapshot)
        return;
    }
    for (const Token &t : it->reason) {
        if (t.role == Role::Literal) {
            out += t.text;
            continue;
        }
        // "{ unit}": the space is kept only when the value is not empty.
        const qsizetype beforeSpace = out.size();
        if (t.spaced)
            out += QLatin1Char(' ');
        const qsizetype valueStart = out.size();
        switch (t.role) {
        case Role::Literal:
            break;
        case Role::Parts: {
            bool first = true;
            for (const Finding &p : f.parts) {
                const qsizetype beforeJoin = out.size();
                if (!first)
                    out += it->join;
                const qsizetype partStart = out.size();
                appendReason(out, p);
                if (out.size() == partStart)
                    out.truncate(beforeJoin); // an empty reason is left out, with its separator
                else
                    first = false;
            }
            break;
        }
        case Role::Labelled:
            for (qsizetype i = 0; i < f.labels.size(); ++i) {
                if (i > 0)
                    out += QLatin1String("; ");
                out += f.labels.at(i);
                out += QLatin1String(" (");
                if (i < f.parts.size())
                    appendReason(out, f.parts.at(i));
                out += QLatin1Char(')');
            }
            break;
        case Role::Labels:
            for (qsizetype i = 0; i < f.labels.size(); ++i) {
                if (i > 0)
                    out += QLatin1String(", ");
                out += f.labels.at(i);
            }
            break;
        case Role::Part:
            if (t.part >= 0 && t.part < f.parts.size())
                appendReason(out, f.parts.at(t.part));
            break;
        case Role::Arg: {
            const FindingArg *a = f.args.find(t.text);
            if (a && a->type == FindingArg::Type::List) {
                const QLatin1String separator = t.type == QLatin1String("dx-or") ? QLatin1String(" or ") : QLatin1String(", ");
                for (qsizetype i = 0; i < a->list.size(); ++i) {
                    if (i > 0)
                        out += separator;
                    out += a->list.at(i);
                }
            } else {
                out += engineText(a);
            }
            break;
        }
        }
        if (out.size() == valueStart)
            out.truncate(beforeSpace);
    }
}

std::optional<QString> FindingText::fill(const QString &type, const QString &value, const QString &language,
                                         const letters::PhraseBook &book) const
{
    using letters::PhraseBook;
    const bool english = language == QLatin1String("en");
    if (type == QLatin1String("date")) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return PhraseBook::longDate(d, language);
    }
    if (type == QLatin1String("op"))
        return book.lookup(QStringLiteral("operators"), value, language);
    if (type == QLatin1String("term") || type == QLatin1String("yesno")) {
        if (const auto t = book.lookup(QStringLiteral("terms"), value, language))
            return t;
        return english ? std::optional<QString>(value) : std::nullopt;
    }
    if (type == QLatin1String("unit"))
        return book.lookup(QStringLiteral("units"), value, language).value_or(value);
    if (type == QLatin1String("num"))
        return PhraseBook::readableNumber(value, language);
    if (type == QLatin1String("amount"))
        return value.contains(QStringLiteral("×10^")) ? PhraseBook::readableNumber(value, language) : value;
    if (type == QLatin1String("window")) {
        const int space = value.indexOf(QLatin1Char(' '));
        const auto unit = space > 0 ? book.lookup(QStringLiteral("units"), value.mid(space + 1), language) : std::nullopt;
        if (!unit)
            return english ? std::optional<QString>(value) : std::nullopt;
        return QStringLiteral("%1 %2").arg(value.left(space), *unit);
    }
    if (type == QLatin1String("policy")) {
        const auto it = m_conditions.constFind(value);
        if (it == m_conditions.constEnd() || !it->contains(language))
            return std::nullopt;
        return it->value(language);
    }
    return value;
}

std::optional<QString> FindingText::apply(const Finding &f, const QString &language, const letters::PhraseBook &book,
                                          int depth) const
{
    if (depth > 6)
        return std::nullopt;
    const auto it = m_kinds.constFind(f.kind);
    if (it == m_kinds.constEnd())
        return std::nullopt;
    const auto sentence = it->sentences.constFind(language);
    if (sentence == it->sentences.constEnd())
        return std::nullopt;
    using Role = Token::Role;
    QString out;
    for (const Token &t : *sentence) {
        if (t.role == Role::Literal) {
            out += t.text;
            continue;
        }
        std::optional<QString> value;
        if (t.role == Role::Parts) {
            QStringList parts;
            for (const Finding &p : f.parts) {
                const auto s = apply(p, language, book, depth + 1);
                if (!s)
                    return std::nullopt;
                parts << *s;
            }
            value = parts.join(QStringLiteral(", "));
        } else if (t.role == Role::Labelled || t.role == Role::Labels) {
            // The criteria a group names, as words: "requirements 1.A, 1.B and 1.C".
            QStringList labels = f.labels;
            if (labels.isEmpty())
                return std::nullopt;
            if (labels.size() == 1) {
                value = book.text(QStringLiteral("misc"), QStringLiteral("requirement"), language).arg(labels.first());
            } else {
                const QString last = labels.takeLast();
                value = book.text(QStringLiteral("misc"), QStringLiteral("requirements"), language)
                            .arg(QStringLiteral("%1 %2 %3")
                                     .arg(labels.join(QStringLiteral(", ")),
                                          book.text(QStringLiteral("misc"), QStringLiteral("and"), language), last));
            }
        } else if (t.role == Role::Part) {
            if (t.part < 0 || t.part >= f.parts.size())
                return std::nullopt;
            value = apply(f.parts.at(t.part), language, book, depth + 1);
        } else {
            const FindingArg *a = f.args.find(t.text);
            if (t.type == QLatin1String("dx") || t.type == QLatin1String("dx-or")) {
                value = book.diagnoses(a && a->type == FindingArg::Type::List ? a->list : QStringList{ variantText(a) },
                                       language);
            } else {
                const QString engine = engineText(a);
                value = engine.isEmpty() ? std::optional<QString>(QString()) : fill(t.type, engine, language, book);
            }
        }
        if (!value)
            return std::nullopt;
        if (t.spaced && !value->isEmpty())
            out += QLatin1Char(' ');
        out += *value;
    }
    return tidy(out);
}

PlainText FindingText::plain(const Finding &f, const QString &language) const
{
    auto book = letters::PhraseBook::builtIn();
    if (!book)
        return { reason(f), language == QLatin1String("en") };
    return plain(f, language, *book.value());
}

PlainText FindingText::plain(const Finding &f, const QString &language, const letters::PhraseBook &book) const
{
    if (f.isEmpty())
        return {};
    // Findings joined by "; " are sentences of their own when each has one.
    QVector<const Finding *> parts;
    segments(f, parts);
    if (parts.size() > 1) {
        QStringList out;
        for (const Finding *part : std::as_const(parts)) {
            const auto s = apply(*part, language, book, 0);
            if (!s) {
                out.clear();
                break;
            }
            out << asSentence(*s);
        }
        if (!out.isEmpty())
            return { out.join(QLatin1Char(' ')), true };
    }
    if (const auto s = apply(f, language, book, 0))
        return { asSentence(*s), true };
    return quoted(reason(f), language, book);
}

PlainText FindingText::quoted(const QString &reason, const QString &language, const letters::PhraseBook &book)
{
    const QString r = reason.simplified();
    if (r.isEmpty())
        return {};
    // A reason a policy file gives in its own words (an "always" or "never" rule).
    if (language != QLatin1String("en")) {
        const letters::Plain words = book.policyWords(r, language);
        if (words.translated)
            return { asSentence(words.text), true };
    }
    // Readable dates: every ISO date in it written out.
    QString quotedText;
    int from = 0;
    for (int i = 0; i + 10 <= r.size(); ++i) {
        const QDate d = QDate::fromString(r.mid(i, 10), Qt::ISODate);
        const bool boundaryBefore = i == 0 || !r.at(i - 1).isLetterOrNumber();
        const bool boundaryAfter = i + 10 == r.size() || !r.at(i + 10).isLetterOrNumber();
        if (d.isValid() && boundaryBefore && boundaryAfter && r.at(i + 4) == QLatin1Char('-')) {
            quotedText += r.mid(from, i - from) + letters::PhraseBook::longDate(d, language);
            i += 9;
            from = i + 1;
        }
    }
    quotedText += r.mid(from);
    if (language == QLatin1String("en"))
        return { asSentence(quotedText), true };
    return { book.text(QStringLiteral("misc"), QStringLiteral("untranslated"), language).arg(quotedText), false };
}

} // namespace pareview
