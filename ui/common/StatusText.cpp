#include "StatusText.h"

#include "catalog/Catalog.h"
#include "findings/FindingText.h"
#include "letters/PhraseBook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
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

QString reasonText(const Finding &finding, const QString &englishReason)
{
    // A reviewer's note is shown as written.
    if (QLocale().language() != QLocale::Spanish || finding.isEmpty() || finding.kind == QLatin1String("reviewer-note"))
        return englishReason;
    const PlainText plain = FindingText::builtIn().plain(finding, QStringLiteral("es"));
    return plain.translated && !plain.text.isEmpty() ? plain.text : englishReason;
}

QString uiLanguage()
{
    return QLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

QString lineOfBusinessText(const QString &code)
{
    // The names live in the catalog (resources/catalog/lines-of-business.json), in English and Spanish.
    const LineOfBusiness *l = Catalog::current().lineOfBusiness(code);
    return l ? l->names.in(uiLanguage()) : code;
}

QString letterLanguageText(const QString &code)
{
    if (code == QLatin1String("en"))
        return QCoreApplication::translate("Language", "English");
    if (code == QLatin1String("es"))
        return QCoreApplication::translate("Language", "Spanish");
    return code;
}

QString specialtyText(const QString &codes)
{
    QStringList shown;
    for (const QString &part : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed();
        QString name;
        for (const PrescriberKind &k : Catalog::current().prescriberKinds())
            for (const Taxonomy &t : k.taxonomies)
                if (name.isEmpty() && t.code.compare(code, Qt::CaseInsensitive) == 0)
                    name = t.names.in(uiLanguage());
        // The code stays beside the name: it is what the claim and the NPI registry show.
        shown << (name.isEmpty() ? code : QCoreApplication::translate("StatusText", "%1 (%2)").arg(name, code));
    }
    return shown.join(QStringLiteral(", "));
}

QString policyText(const QString &english)
{
    if (QLocale().language() != QLocale::Spanish || english.trimmed().isEmpty())
        return english;
    const auto book = letters::PhraseBook::builtIn();
    if (!book)
        return english;
    const letters::Plain plain = book.value()->policyWords(english, QStringLiteral("es"));
    return plain.translated && !plain.text.isEmpty() ? plain.text : english;
}

QString localDateTimes(const QString &text)
{
    static const QRegularExpression stamp(
        QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:\\d{2})?)?\\b"));
    const QLocale locale;
    QString out;
    qsizetype last = 0;
    auto it = stamp.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString shown = m.captured(0);
        if (m.capturedLength(2) > 0) {
            QDateTime t = QDateTime::fromString(m.captured(0), Qt::ISODateWithMs);
            if (!t.isValid())
                t = QDateTime::fromString(m.captured(0), Qt::ISODate);
            if (t.isValid())
                shown = locale.toString(t.toLocalTime(), QLocale::ShortFormat);
        } else if (const QDate d = QDate::fromString(m.captured(1), Qt::ISODate); d.isValid()) {
            shown = locale.toString(d, QLocale::ShortFormat);
        }
        out += text.mid(last, m.capturedStart(0) - last) + shown;
        last = m.capturedEnd(0);
    }
    return out + text.mid(last);
}

namespace {

// Words for what a bundle entry held: "entry[7] Observation 3204-5" is how the
// importer records a fact's source (FhirImporter::sourceOf), exact for the
// record; a reviewer reads "lab result: factor VIII inhibitor titer".
QString entryContentText(const QString &type, const QString &what)
{
    const Catalog &catalog = Catalog::current();
    const QString language = uiLanguage();
    auto t = [](const char *text) { return QCoreApplication::translate("Provenance", text); };
    if (type == QLatin1String("Observation")) {
        for (const LabDefinition &lab : catalog.labs())
            if (lab.codes.contains(what) || lab.name == what)
                return t(QT_TRANSLATE_NOOP("Provenance", "lab result: %1")).arg(lab.clinical.in(language));
        return what.isEmpty() ? t(QT_TRANSLATE_NOOP("Provenance", "lab result")) : t(QT_TRANSLATE_NOOP("Provenance", "lab result: %1")).arg(what);
    }
    if (type == QLatin1String("QuestionnaireResponse")) {
        if (const AttestationItem *item = catalog.attestation(what))
            return t(QT_TRANSLATE_NOOP("Provenance", "questionnaire answer: %1")).arg(item->question.in(language));
        return what.isEmpty() ? t(QT_TRANSLATE_NOOP("Provenance", "questionnaire answer")) : t(QT_TRANSLATE_NOOP("Provenance", "questionnaire answer: %1")).arg(what);
    }
    if (type == QLatin1String("Patient")) {
        static const struct { const char *field; const char *text; } fields[] = {
            {"name", QT_TRANSLATE_NOOP("Provenance", "member record: name")},
            {"identifier", QT_TRANSLATE_NOOP("Provenance", "member record: member ID")},
            {"birthDate", QT_TRANSLATE_NOOP("Provenance", "member record: date of birth")},
            {"gender", QT_TRANSLATE_NOOP("Provenance", "member record: sex")},
            {"us-core-birthsex", QT_TRANSLATE_NOOP("Provenance", "member record: sex at birth")},
        };
        for (const auto &f : fields)
            if (what == QLatin1String(f.field))
                return t(f.text);
        return t(QT_TRANSLATE_NOOP("Provenance", "member record"));
    }
    if (type == QLatin1String("Coverage"))
        return t(QT_TRANSLATE_NOOP("Provenance", "coverage record"));
    if (type == QLatin1String("MedicationRequest"))
        return t(QT_TRANSLATE_NOOP("Provenance", "medication request"));
    if (type == QLatin1String("Condition"))
        return t(QT_TRANSLATE_NOOP("Provenance", "diagnosis record"));
    if (type == QLatin1String("Practitioner") || type == QLatin1String("PractitionerRole")
        || type == QLatin1String("Organization"))
        return t(QT_TRANSLATE_NOOP("Provenance", "prescriber record"));
    if (type == QLatin1String("DocumentReference"))
        return what.isEmpty() ? t(QT_TRANSLATE_NOOP("Provenance", "document")) : t(QT_TRANSLATE_NOOP("Provenance", "document: %1")).arg(what);
    return what.isEmpty() ? type : QStringLiteral("%1 %2").arg(type, what);
}

// "[bundle.json ]entry[7] Observation 3204-5" in words; anything else as it is.
QString sourceWords(const QString &source)
{
    static const QRegularExpression entry(QStringLiteral("^(?:(.+?) )?entry\\[(\\d+)\\] (\\w+)(?: (.+))?$"));
    if (source == QLatin1String("demo data")) // DemoData's made-up facts
        return QCoreApplication::translate("Provenance", "demo data");
    const auto m = entry.match(source);
    if (!m.hasMatch())
        return source;
    const QString content = entryContentText(m.captured(3), m.captured(4));
    const QString where = m.capturedLength(1) > 0
        ? QCoreApplication::translate("Provenance", "entry %1 of %2").arg(m.captured(2), m.captured(1))
        : QCoreApplication::translate("Provenance", "bundle entry %1").arg(m.captured(2));
    return QStringLiteral("%1 (%2)").arg(content, where);
}

} // namespace

QString provenanceText(const QString &stored)
{
    // The forms the program writes provenance in (IntakeForm, CaseStore,
    // FhirImporter::attribute), in English as stored.
    static const struct { QRegularExpression re; const char *text; } forms[] = {
        {QRegularExpression(QStringLiteral("^typed by (.+) at (\\S+)$")), QT_TRANSLATE_NOOP("Provenance", "typed by %1 at %2")},
        {QRegularExpression(QStringLiteral("^corrected by (.+) at (\\S+)$")), QT_TRANSLATE_NOOP("Provenance", "corrected by %1 at %2")},
        {QRegularExpression(QStringLiteral("^(.+), imported by (.+)$")), QT_TRANSLATE_NOOP("Provenance", "%1, imported by %2")},
    };
    const QString text = stored.trimmed();
    for (const auto &f : forms)
        if (const auto m = f.re.match(text); m.hasMatch())
            return localDateTimes(QCoreApplication::translate("Provenance", f.text).arg(sourceWords(m.captured(1)), m.captured(2)));
    return localDateTimes(sourceWords(text));
}

QString evidenceText(const QStringList &sources)
{
    QStringList shown;
    for (const QString &source : sources) {
        const QString text = provenanceText(source);
        if (!text.isEmpty() && !shown.contains(text))
            shown << text;
    }
    return shown.join(QStringLiteral("; "));
}

QString historyText(const QString &stored)
{
    const QByteArray source = stored.toUtf8();
    return localDateTimes(QCoreApplication::translate("CaseStore", source.constData()));
}

} // namespace pareview
