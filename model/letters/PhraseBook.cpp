#include "letters/PhraseBook.h"

#include "core/Units.h"

#include "json/StrictJson.h"
#include "letters/LetterTemplate.h"

#include <QLocale>
#include <QMutex>

#include <algorithm>
#include <cmath>

namespace pareview::letters {

namespace {

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::UnitedStates)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString superscript(const QString &digits)
{
    static const QString sup = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString out;
    for (QChar c : digits)
        out += c.isDigit() ? sup.at(c.digitValue()) : c;
    return out;
}

Result<QHash<QString, QString>> languages(const json::Value &v, const QString &where)
{
    QHash<QString, QString> out;
    for (const QString &lang : letterLanguages()) {
        const json::Value *t = v.find(lang);
        if (!t || !t->isString())
            return Error{ QStringLiteral("letter phrases: %1 has no \"%2\" text (line %3)")
                              .arg(where, lang)
                              .arg(v.line()) };
        out.insert(lang, t->toString());
    }
    return out;
}

} // namespace

namespace {

// `word` in `text` as a word of its own: no letter or digit right before or after it.
bool containsWord(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool before = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool after = end >= text.size() || !text.at(end).isLetterOrNumber();
        if (before && after)
            return true;
    }
    return false;
}

} // namespace

QStringList letterLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("es") };
}

Result<std::shared_ptr<const PhraseBook>> PhraseBook::builtIn()
{
    static QMutex mutex;
    static std::shared_ptr<const PhraseBook> book;
    QMutexLocker lock(&mutex);
    if (book)
        return book;
    auto phrases = letterResource(QStringLiteral("phrases.json"));
    if (!phrases)
        return Error{ phrases.error() };
    QHash<QString, QByteArray> policyTexts;
    for (const QString &lang : letterLanguages()) {
        if (lang == QLatin1String("en"))
            continue;
        auto texts = letterResource(QStringLiteral("policy-text.%1.json").arg(lang));
        if (texts)
            policyTexts.insert(lang, *texts);
    }
    auto loaded = fromJson(*phrases, policyTexts);
    if (!loaded)
        return loaded;
    book = loaded.value();
    return book;
}

Result<std::shared_ptr<const PhraseBook>> PhraseBook::fromJson(const QByteArray &phrases,
                                                               const QHash<QString, QByteArray> &policyTexts)
{
    auto parsed = json::parse(phrases);
    if (!parsed)
        return Error{ QStringLiteral("letter phrases: %1").arg(parsed.error()) };
    const json::Value &root = *parsed.value();
    auto book = std::make_shared<PhraseBook>();

    for (const char *table :
         { "terms", "units", "operators", "diagnoses", "linesOfBusiness", "appealNotes", "roles", "misc" }) {
        const json::Value *t = root.find(QLatin1String(table));
        if (!t || !t->isObject())
            return Error{
                QStringLiteral("letter phrases: \"%1\" must be an object").arg(QLatin1String(table))
            };
        auto &into = book->m_tables[QLatin1String(table)];
        for (const auto &member : t->members()) {
            auto out = languages(*member.second,
                                 QStringLiteral("%1 \"%2\"").arg(QLatin1String(table), member.first.toString()));
            if (!out)
                return Error{ out.error() };
            into.insert(member.first.toString(), out.value());
        }
    }

    const json::Value *glossary = root.find(QLatin1String("glossary"));
    if (!glossary || !glossary->isArray())
        return Error{ QStringLiteral("letter phrases: \"glossary\" must be a list") };
    for (int i = 0; i < glossary->size(); ++i) {
        const json::Value &g = glossary->at(i);
        const json::Value *term = g.find(QLatin1String("term"));
        const json::Value *forms = g.find(QLatin1String("forms"));
        if (!term || !forms || !term->isString() || !forms->isArray() || forms->size() == 0)
            return Error{
                QStringLiteral("letter phrases: glossary[%1] needs \"term\" and \"forms\" (the ways a letter writes it)").arg(i)
            };
        GlossEntry e;
        e.term = term->toString();
        for (int f = 0; f < forms->size(); ++f)
            e.forms << forms->at(f).toString();
        auto meaning = languages(g, QStringLiteral("glossary %1").arg(e.term));
        if (!meaning)
            return Error{ meaning.error() };
        e.meaning = meaning.value();
        book->m_glossary.append(e);
    }

    for (auto it = policyTexts.cbegin(); it != policyTexts.cend(); ++it) {
        auto texts = json::parse(it.value());
        if (!texts || !texts.value()->isObject())
            return Error{ QStringLiteral("policy-text.%1.json: %2")
                              .arg(it.key(),
                                   texts ? QStringLiteral("must be an object of English text to translation")
                                         : texts.error()) };
        auto &into = book->m_policyText[it.key()];
        for (const auto &member : texts.value()->members()) {
            if (!member.second->isString())
                return Error{ QStringLiteral("policy-text.%1.json: the translation of \"%2\" is not text")
                                  .arg(it.key(), member.first.toString().left(60)) };
            into.insert(member.first.toString().simplified(), member.second->toString());
        }
    }
    return std::shared_ptr<const PhraseBook>(book);
}

std::optional<QString> PhraseBook::lookup(const QString &table, const QString &key,
                                          const QString &language) const
{
    const auto t = m_tables.constFind(table);
    if (t == m_tables.constEnd())
        return std::nullopt;
    const auto k = t->constFind(key);
    if (k == t->constEnd())
        return std::nullopt;
    const auto l = k->constFind(language);
    if (l == k->constEnd())
        return std::nullopt;
    return *l;
}

QString PhraseBook::text(const QString &table, const QString &key, const QString &language) const
{
    return lookup(table, key, language).value_or(key);
}

QString PhraseBook::longDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return QString();
    if (language == QLatin1String("es"))
        return localeFor(language).toString(date, QStringLiteral("d 'de' MMMM 'de' yyyy"));
    return localeFor(language).toString(date, QStringLiteral("MMMM d, yyyy"));
}

QString PhraseBook::number(double value, const QString &language)
{
    return pareview::readableNumber(value, localeFor(language));
}

QString PhraseBook::readableNumber(const QString &engineNumber, const QString &language)
{
    // "2×10^13", as the engine writes powers of ten: "2 × 10¹³".
    const int times = engineNumber.indexOf(QStringLiteral("×10^"));
    if (times > 0)
        return QStringLiteral("%1 × 10%2").arg(engineNumber.left(times), superscript(engineNumber.mid(times + 4)));
    bool ok = false;
    const double v = engineNumber.toDouble(&ok);
    if (ok && std::abs(v) >= 10000)
        return number(v, language);
    return engineNumber;
}

QString PhraseBook::dose(double perKg, const QString &unit, std::optional<double> intervalHours,
                         const QString &language) const
{
    QString out
        = QStringLiteral("%1 %2").arg(number(perKg, language), text(QStringLiteral("units"), unit, language));
    if (intervalHours && *intervalHours > 0) {
        const double h = *intervalHours;
        out += QLatin1Char(' ');
        // Weekly and every-few-days schedules in weeks and days, as the evaluator's findings say them.
        if (h == 168)
            out += text(QStringLiteral("misc"), QStringLiteral("onceWeekly"), language);
        else if (h > 168 && std::fmod(h, 168) == 0)
            out += text(QStringLiteral("misc"), QStringLiteral("everyWeeks"), language).arg(number(h / 168, language));
        else if (h >= 48 && std::fmod(h, 24) == 0)
            out += text(QStringLiteral("misc"), QStringLiteral("everyDays"), language).arg(number(h / 24, language));
        else
            out += h == 1 ? text(QStringLiteral("misc"), QStringLiteral("everyHour"), language)
                          : text(QStringLiteral("misc"), QStringLiteral("everyHours"), language).arg(number(h, language));
    }
    return out;
}

QString PhraseBook::diagnoses(const QStringList &list, const QString &language) const
{
    QStringList named;
    for (const QString &raw : list) {
        const QString code = raw.trimmed();
        if (code.endsWith(QLatin1Char('*')))
            named << text(QStringLiteral("misc"), QStringLiteral("codeStartingWith"), language)
                         .arg(code.chopped(1));
        else if (const auto name = lookup(QStringLiteral("diagnoses"), code, language))
            named << QStringLiteral("%1 (%2)").arg(code, *name);
        else
            named << code;
    }
    if (named.size() <= 1)
        return named.join(QString());
    const QString last = named.takeLast();
    return QStringLiteral("%1 %2 %3")
        .arg(named.join(QStringLiteral(", ")), text(QStringLiteral("misc"), QStringLiteral("or"), language),
             last);
}

Plain PhraseBook::quantity(const QString &stored, const QString &language) const
{
    const QString q = stored.simplified();
    if (q.isEmpty())
        return {};
    if (language == QLatin1String("en"))
        return { q, true };
    const QHash<QString, QString> texts = m_policyText.value(language);
    const auto translated = texts.constFind(q);
    if (translated != texts.constEnd())
        return { *translated, true };
    return { q, false };
}

Plain PhraseBook::policyWords(const QString &english, const QString &language) const
{
    if (language == QLatin1String("en"))
        return { english, true };
    const QHash<QString, QString> texts = m_policyText.value(language);
    const auto it = texts.constFind(english.simplified());
    if (it != texts.constEnd())
        return { *it, true };
    return { english, false };
}

QVector<Gloss> PhraseBook::glossary(const QString &text, const QString &language) const
{
    QVector<Gloss> out;
    for (const GlossEntry &e : m_glossary)
        if (std::any_of(e.forms.cbegin(), e.forms.cend(), [&](const QString &form) { return containsWord(text, form); }))
            out.append({ e.term, e.meaning.value(language) });
    return out;
}

} // namespace pareview::letters
