#pragma once

// The one place findings become words (resources/letters/findings.json): the
// reviewer's reason (the checklist, `pareview evaluate`) and the letter's
// plain-language sentence in each letter language, from a template per kind.

#include "core/Result.h"
#include "findings/Finding.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace pareview {

namespace letters {
class PhraseBook;
}

struct PlainText
{
    QString text;
    bool translated = true; // false: the reason is quoted in English (a Spanish letter)
};

class FindingText
{
public:
    // The templates built into the program, loaded once; a broken resource
    // stops the program with its error (it is part of the build).
    static const FindingText &builtIn();
    static Result<std::shared_ptr<const FindingText>> fromJson(const QByteArray &json);

    // The reviewer's reason: "ALT 96 U/L > 2 × ULN (2 × 40 = 80 U/L), drawn …".
    QString reason(const Finding &f) const;
    // The letter's sentences in `language` ("en", "es"). A kind without a
    // template there is quoted from its reason, with readable dates.
    PlainText plain(const Finding &f, const QString &language) const;
    // The same with the phrase book given (tests load their own).
    PlainText plain(const Finding &f, const QString &language, const letters::PhraseBook &book) const;
    // The words of a finding inside a sentence (an approved quantity), without
    // a capital or a full stop; nullopt when its kind has none in `language`.
    std::optional<QString> phrase(const Finding &f, const QString &language, const letters::PhraseBook &book) const
    {
        return apply(f, language, book, 0);
    }
    // As plain(), for an old determination whose snapshot kept only the reason.
    static PlainText quoted(const QString &reason, const QString &language, const letters::PhraseBook &book);

    bool knows(const QString &kind) const { return m_kinds.contains(kind); }
    bool hasSentence(const QString &kind, const QString &language) const;
    QStringList kinds() const;

private:
    struct Token
    {
        // What a placeholder stands for, decided once when the template is read.
        enum class Role : quint8 { Literal, Parts, Labelled, Labels, Part, Arg };
        QString text;        // literal text, or the placeholder's name
        bool placeholder = false;
        bool spaced = false; // "{ unit}": a space before it when it is not empty
        Role role = Role::Literal;
        int part = -1;       // Role::Part: {part1} is 0
        QString type;        // Role::Arg: the argument's type ("types")
    };
    using Tokens = QVector<Token>;
    struct Kind
    {
        Tokens reason;
        QHash<QString, Tokens> sentences; // language -> template
        QString join = QStringLiteral("; ");
    };

    static Tokens parse(const QString &pattern);
    // reason(f) added to the end of `out`.
    void appendReason(QString &out, const Finding &f) const;
    static QString engineText(const FindingArg *a);
    static QString variantText(const FindingArg *a);
    void resolve(Tokens &tokens) const;
    std::optional<QString> apply(const Finding &f, const QString &language, const letters::PhraseBook &book,
                                 int depth) const;
    std::optional<QString> fill(const QString &type, const QString &value, const QString &language,
                                const letters::PhraseBook &book) const;

    QHash<QString, Kind> m_kinds;
    QHash<QString, QString> m_types; // argument -> type
    QHash<QString, QHash<QString, QString>> m_conditions; // English -> language -> words
};

} // namespace pareview
