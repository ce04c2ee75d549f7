// The Spanish translation is complete: lupdate run over the sources against
// a copy of translations/pareview_es.ts must find no message that is new
// (missing), unfinished or vanished (its source string gone), and every
// plural message has its forms. Fails listing the offending messages.

#include "testsupport.h"

#include "letters/PhraseBook.h"
#include "policy/PolicyLibrary.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations final : public QObject
{
    Q_OBJECT

    // The English words of a policy a Spanish reader sees (in the checklist
    // and the letters) without a translation in policy-text.es.json.
    static void untranslated(const pareview::letters::PhraseBook &book, const QVector<pareview::Criterion> &criteria,
                             const QString &where, QStringList &out)
    {
        for (const pareview::Criterion &c : criteria) {
            if (!c.text.isEmpty() && !book.policyWords(c.text, QStringLiteral("es")).translated)
                out << QStringLiteral("%1 %2: %3").arg(where, c.fullLabel, c.text);
            untranslated(book, c.children, where, out);
        }
    }

private Q_SLOTS:
    // Every built-in policy's section titles, criteria, approval texts and
    // notes have Spanish words (resources/letters/policy-text.es.json); the
    // policy's own title is a document's name and stays as published.
    void policyWordsAreInSpanish()
    {
        using namespace pareview;
        auto book = letters::PhraseBook::builtIn();
        QVERIFY2(book, qPrintable(book.error()));
        const PolicyLibrary library = PolicyLibrary::builtIn();
        QStringList missing;
        auto check = [&](const QString &text, const QString &where) {
            if (!text.isEmpty() && !(*book)->policyWords(text, QStringLiteral("es")).translated)
                missing << QStringLiteral("%1: %2").arg(where, text);
        };
        for (const QString &id : library.ids()) {
            for (const Policy *policy : library.versions(id)) {
                check(policy->medicalDirectorReviewText, id + QStringLiteral(" medical director review"));
                check(policy->otherwiseText, id + QStringLiteral(" otherwise"));
                untranslated(**book, policy->notCovered, id + QStringLiteral(" not covered"), missing);
                for (const Pathway &p : policy->pathways) {
                    check(p.title, QStringLiteral("%1 section %2 title").arg(id, p.id));
                    if (p.approval)
                        check(p.approval->text, QStringLiteral("%1 section %2 approval").arg(id, p.id));
                    untranslated(**book, p.criteria, id, missing);
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no Spanish for:\n") + missing.join(QLatin1Char('\n'))));
    }

    void spanishIsComplete()
    {
        const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        if (!QFile::exists(lupdate))
            QFAIL("lupdate not found in /usr/lib/qt6/bin (package qt6-l10n-tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = QStringLiteral(PAREVIEW_SOURCE_DIR);
        const QString ts = dir.filePath(QStringLiteral("pareview_es.ts"));
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/pareview_es.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QProcess p;
        p.setWorkingDirectory(source);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("model"), QStringLiteral("-ts"), ts});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, sourceText;
        bool numerus = false;
        QStringList problems;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                sourceText = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString where = context + QStringLiteral(": \"") + sourceText + QLatin1Char('"');
                if (type == QLatin1String("unfinished"))
                    problems << QStringLiteral("missing or unfinished ") + where;
                else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    problems << QStringLiteral("vanished (no longer in the sources; remove it) ") + where;
                else if (text.trimmed().isEmpty() && !sourceText.trimmed().isEmpty())
                    problems << QStringLiteral("empty translation ") + where;
                if (numerus && sourceText.contains(QLatin1String("%n")) == false)
                    problems << QStringLiteral("plural message without %n ") + where;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        if (!problems.isEmpty()) {
            const QStringList shown = problems.mid(0, 40);
            QFAIL(qPrintable(QStringLiteral("%1 Spanish messages need work (run lupdate app ui model -ts translations/pareview_es.ts, then translate):\n")
                                 .arg(problems.size())
                             + shown.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
