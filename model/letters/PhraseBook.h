#pragma once

// The wording letters share, in each letter language
// (resources/letters/phrases.json and policy-text.<language>.json): the
// tables the findings' sentences draw on (terms, units, operators,
// diagnoses; findings.json, FindingText), dates, doses, the glossary of
// abbreviations, and translations of the policies' own words.
// Data, not code: a translator changes the files, not this class.

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace pareview::letters {

// The languages letters are written in.
QStringList letterLanguages(); // "en", "es"

struct Plain
{
    QString text;
    bool translated = true; // false: the original English is quoted (a Spanish letter)
};

struct Gloss
{
    QString term;
    QString meaning;
};

class PhraseBook
{
public:
    // The phrase book built into the program; loaded once.
    static Result<std::shared_ptr<const PhraseBook>> builtIn();
    static Result<std::shared_ptr<const PhraseBook>> fromJson(const QByteArray &phrases,
                                                              const QHash<QString, QByteArray> &policyTexts);

    // An approved quantity as a person wrote it: the policy's words
    // translated where there is a translation, else as written. (A quantity
    // the evaluation wrote is worded from its finding: letters::quantityText.)
    Plain quantity(const QString &stored, const QString &language) const;
    // The policy's own words: the translation when there is one.
    Plain policyWords(const QString &english, const QString &language) const;
    // The abbreviations `text` uses, with their meaning, in the order of the glossary.
    QVector<Gloss> glossary(const QString &text, const QString &language) const;

    // A value from one of the tables ("terms", "units", "roles", "misc", …); nullopt when absent.
    std::optional<QString> lookup(const QString &table, const QString &key, const QString &language) const;
    // As lookup(), falling back to the key itself.
    QString text(const QString &table, const QString &key, const QString &language) const;

    static QString longDate(const QDate &date, const QString &language);
    static QString number(double value, const QString &language);
    // "2×10^13" style and plain numbers, for people: "2 × 10¹³", "189,000".
    static QString readableNumber(const QString &engineNumber, const QString &language);
    // A dose per kilogram with its interval: "75 micrograms per kilogram of body weight every 2 hours".
    QString dose(double perKg, const QString &unit, std::optional<double> intervalHours,
                 const QString &language) const;
    // Diagnosis codes with their names: "D67 (congenital hemophilia B (factor IX deficiency))".
    QString diagnoses(const QStringList &codes, const QString &language) const;

private:
    struct GlossEntry
    {
        QString term;
        QStringList forms; // the ways a letter writes it ("NDC", "NDCs")
        QHash<QString, QString> meaning;
    };

    QVector<GlossEntry> m_glossary;
    QHash<QString, QHash<QString, QHash<QString, QString>>> m_tables; // table -> key -> language -> text
    QHash<QString, QHash<QString, QString>> m_policyText; // language -> English -> translation
};

} // namespace pareview::letters
