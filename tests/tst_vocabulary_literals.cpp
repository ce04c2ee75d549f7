// The clinical vocabulary is data (issue 16): no attestation linkId, lab id,
// LOINC code or drug id of resources/catalog may be spelt as a string
// literal in the C++ of model/, ui/ or app/. The evaluator, the importer, the
// intake form and the letters read them from the catalog (rules.json gives
// the special rules theirs, attestations.json the request fields).
//
// The findings renderer's own vocabulary is exempt: a finding kind (`F("cd4")`)
// or argument name (`.arg(QStringLiteral("weight"), …)`) of
// resources/letters/findings.json that happens to be spelt like a catalog id
// names a template, not the lab.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

QJsonObject readJson(const QString &relative)
{
    QFile f(QStringLiteral(PAREVIEW_SOURCE_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull())
        qFatal("%s: %s", qPrintable(f.fileName()), qPrintable(error.errorString()));
    return doc.object();
}

struct Literal
{
    int line = 0;
    QString text;
    QString before; // the code just before the opening quote, comments removed
};

// The string literals of a C++ source, comments skipped. Character literals
// are stepped over; raw strings are not used in this code base.
QVector<Literal> literalsOf(const QString &source)
{
    QVector<Literal> out;
    QString code; // the source without comments and literal contents, for `before`
    int line = 1;
    for (int i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < source.size() ? source.at(i + 1) : QChar();
        if (c == QLatin1Char('\n'))
            ++line;
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < source.size() && source.at(i) != QLatin1Char('\n'))
                ++i;
            --i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < source.size() && !(source.at(i) == QLatin1Char('*') && source.at(i + 1) == QLatin1Char('/'))) {
                if (source.at(i) == QLatin1Char('\n'))
                    ++line;
                ++i;
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            // '"', '\'' and the digit separator 1'000 alike: skip to the closing quote on this line.
            const int close = source.indexOf(QLatin1Char('\''), i + 1 + (next == QLatin1Char('\\') ? 2 : 0));
            if (close > 0 && close - i <= 4) {
                code += QStringLiteral("' '");
                i = close;
                continue;
            }
        }
        if (c == QLatin1Char('"')) {
            Literal lit;
            lit.line = line;
            lit.before = code.right(40);
            ++i;
            while (i < source.size() && source.at(i) != QLatin1Char('"')) {
                if (source.at(i) == QLatin1Char('\\') && i + 1 < source.size()) {
                    lit.text += source.at(i + 1);
                    i += 2;
                    continue;
                }
                lit.text += source.at(i);
                ++i;
            }
            out.append(lit);
            code += QStringLiteral("\"\"");
            continue;
        }
        code += c;
    }
    return out;
}

} // namespace

class VocabularyLiterals : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_vocabulary; // word -> what it is in the catalog
    QSet<QString> m_findingKinds;
    QSet<QString> m_findingArguments;

private Q_SLOTS:
    void initTestCase()
    {
        for (const auto v : readJson(QStringLiteral("resources/catalog/attestations.json")).value(QStringLiteral("items")).toArray())
            m_vocabulary.insert(v.toObject().value(QStringLiteral("linkId")).toString(), QStringLiteral("attestation linkId"));
        for (const auto v : readJson(QStringLiteral("resources/catalog/labs.json")).value(QStringLiteral("labs")).toArray()) {
            const QJsonObject lab = v.toObject();
            m_vocabulary.insert(lab.value(QStringLiteral("id")).toString(), QStringLiteral("lab id"));
            for (const auto code : lab.value(QStringLiteral("loinc")).toArray())
                m_vocabulary.insert(code.toString(), QStringLiteral("LOINC code of %1").arg(lab.value(QStringLiteral("id")).toString()));
            for (const auto code : lab.value(QStringLiteral("localCodes")).toArray())
                m_vocabulary.insert(code.toString(), QStringLiteral("local code of %1").arg(lab.value(QStringLiteral("id")).toString()));
        }
        for (const auto v : readJson(QStringLiteral("resources/catalog/drugs.json")).value(QStringLiteral("drugs")).toArray())
            m_vocabulary.insert(v.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("drug id"));
        m_vocabulary.remove(QString());
        QVERIFY2(m_vocabulary.size() > 40, "the catalog files were not read");

        const QJsonObject findings = readJson(QStringLiteral("resources/letters/findings.json"));
        for (const QString &k : findings.value(QStringLiteral("kinds")).toObject().keys())
            m_findingKinds.insert(k);
        const QJsonObject kinds = findings.value(QStringLiteral("kinds")).toObject();
        static const QRegularExpression argument(QStringLiteral("\\{ ?([A-Za-z0-9]+)\\}"));
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            for (const auto text : it->toObject())
                for (auto m = argument.globalMatch(text.toString()); m.hasNext();)
                    m_findingArguments.insert(m.next().captured(1));
        for (const QString &k : findings.value(QStringLiteral("types")).toObject().keys())
            m_findingArguments.insert(k);
    }

    // The scanner itself: literals found, comments skipped, context kept.
    void scannerReadsLiteralsOnly()
    {
        const auto lits = literalsOf(QStringLiteral("// \"alt\"\nx = f(\"a\\\"b\"); /* \"ast\" */ c = '\"'; F(\"cd4\")"));
        QCOMPARE(lits.size(), 2);
        QCOMPARE(lits[0].text, QStringLiteral("a\"b"));
        QCOMPARE(lits[0].line, 2);
        QCOMPARE(lits[1].text, QStringLiteral("cd4"));
        QVERIFY(lits[1].before.endsWith(QLatin1String("F(")));
    }

    void noCatalogIdSpeltInTheCode_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::newRow("model") << QStringLiteral("model");
        QTest::newRow("ui") << QStringLiteral("ui");
        QTest::newRow("app") << QStringLiteral("app");
    }

    void noCatalogIdSpeltInTheCode()
    {
        QFETCH(QString, dir);
        static const QRegularExpression findingKind(QStringLiteral("\\bF\\($"));
        static const QRegularExpression findingArgument(QStringLiteral("\\.arg\\((QStringLiteral\\()?$"));
        QStringList found;
        int files = 0;
        QDirIterator it(QStringLiteral(PAREVIEW_SOURCE_DIR "/") + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            for (const Literal &lit : literalsOf(QString::fromUtf8(f.readAll()))) {
                const auto what = m_vocabulary.constFind(lit.text);
                if (what == m_vocabulary.constEnd())
                    continue;
                if (m_findingKinds.contains(lit.text) && findingKind.match(lit.before).hasMatch())
                    continue;
                if (m_findingArguments.contains(lit.text) && findingArgument.match(lit.before).hasMatch())
                    continue;
                found << QStringLiteral("%1:%2: \"%3\" (%4)")
                             .arg(QDir(QStringLiteral(PAREVIEW_SOURCE_DIR)).relativeFilePath(path))
                             .arg(lit.line)
                             .arg(lit.text, *what);
            }
        }
        QVERIFY2(files > 0, qPrintable(dir));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("catalog vocabulary spelt in the code (read it from the catalog):\n")
                                              + found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(VocabularyLiterals)
#include "tst_vocabulary_literals.moc"
