#include "StatusText.h"

#include "letters/PhraseBook.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace pareview {

QString caseStatusText(const QString &code)
{
    // QT_TRANSLATE_NOOP keeps one context ("CaseStatus") for every view.
    static const struct { const char *code; const char *text; } names[] = {
        {"intake", QT_TRANSLATE_NOOP("CaseStatus", "intake")},
        {"in-review", QT_TRANSLATE_NOOP("CaseStatus", "in review")},
        {"awaiting-medical-director", QT_TRANSLATE_NOOP("CaseStatus", "awaiting medical director")},
        {"pended", QT_TRANSLATE_NOOP("CaseStatus", "pended")},
        {"determined", QT_TRANSLATE_NOOP("CaseStatus", "determined")},
        {"letter-issued", QT_TRANSLATE_NOOP("CaseStatus", "letter issued")},
        {"withdrawn", QT_TRANSLATE_NOOP("CaseStatus", "withdrawn")},
    };
    for (const auto &n : names)
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("CaseStatus", n.text);
    return code;
}

QString criterionStatusText(const QString &code)
{
    if (code == QLatin1String("met"))
        return QCoreApplication::translate("CaseStatus", "met");
    if (code == QLatin1String("not-met"))
        return QCoreApplication::translate("CaseStatus", "not met");
    if (code == QLatin1String("unknown"))
        return QCoreApplication::translate("CaseStatus", "unknown");
    if (code == QLatin1String("not-applicable"))
        return QCoreApplication::translate("CaseStatus", "not applicable");
    return code;
}

QString priorityText(const QString &code)
{
    if (code == QLatin1String("expedited"))
        return QCoreApplication::translate("CaseStatus", "expedited");
    if (code == QLatin1String("standard"))
        return QCoreApplication::translate("CaseStatus", "standard");
    return code;
}

QString roleText(Role role)
{
    switch (role) {
    case Role::IntakeNurse:
        return QCoreApplication::translate("Role", "Intake nurse");
    case Role::ClinicalReviewer:
        return QCoreApplication::translate("Role", "Clinical reviewer");
    case Role::MedicalDirector:
        return QCoreApplication::translate("Role", "Medical director");
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return roleTitle(role);
}

QStringList caseStatusCodes()
{
    return {QStringLiteral("intake"),     QStringLiteral("in-review"),     QStringLiteral("awaiting-medical-director"),
            QStringLiteral("pended"),     QStringLiteral("determined"),    QStringLiteral("letter-issued"),
            QStringLiteral("withdrawn")};
}

QString reasonText(const QString &englishReason)
{
    if (QLocale().language() != QLocale::Spanish || englishReason.trimmed().isEmpty())
        return englishReason;
    const auto book = letters::PhraseBook::builtIn();
    if (!book)
        return englishReason;
    const letters::Plain plain = book.value()->explain(englishReason, QStringLiteral("es"));
    return plain.translated && !plain.text.isEmpty() ? plain.text : englishReason;
}

} // namespace pareview
