// Letters read as they did before findings: for every finding the engine
// writes about the examples and their variants (each lab missing, too old,
// far out of range, without a reference range; each answer missing or
// reversed), the reason is the reviewer's shorthand it always was and the
// letter's sentence in each language is the one recorded in
// tests/data/findings/plain-golden.tsv (reason, English, Spanish), which the
// phrase book's parsing of the reason gave. Deliberate wording fixes change
// that file in the same commit.

#include "CaseBuilder.h"
#include "findings/FindingText.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

QVector<Evaluation> corpus()
{
    QVector<Evaluation> out;
    auto collect = [&](const CaseFacts &facts) {
        for (const QString &id : library().ids()) {
            const Policy *policy = library().inEffect(id, exampleAsOf());
            if (!policy || Evaluator::whyNotApplicable(*policy, facts))
                continue;
            out.append(Evaluator::evaluate(*policy, facts, exampleAsOf()));
        }
    };
    forEachExampleVariant(collect);
    return out;
}

struct Sentences
{
    QString en, es;
};

QHash<QString, Sentences> golden()
{
    QHash<QString, Sentences> out;
    QFile f(QStringLiteral(PAREVIEW_TESTDATA_DIR "/findings/plain-golden.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() == 3)
            out.insert(QString::fromUtf8(cols[0]), {QString::fromUtf8(cols[1]), QString::fromUtf8(cols[2])});
    }
    return out;
}

} // namespace

class TestFindingsGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lettersReadAsBefore()
    {
        const auto expected = golden();
        QVERIFY(expected.size() > 1000);
        const FindingText &text = FindingText::builtIn();
        QStringList differ;
        QSet<QString> seen;
        int compared = 0;
        auto check = [&](const Finding &f, const QString &reason) {
            QCOMPARE(text.reason(f), reason);
            if (reason.isEmpty() || seen.contains(reason))
                return;
            seen.insert(reason);
            const auto it = expected.constFind(reason);
            if (it == expected.constEnd()) {
                differ << QStringLiteral("no recorded sentence for: %1").arg(reason);
                return;
            }
            ++compared;
            const QString en = text.plain(f, QStringLiteral("en")).text;
            const QString es = text.plain(f, QStringLiteral("es")).text;
            if (en != it->en)
                differ << QStringLiteral("[en] %1\n   was: %2\n   now: %3").arg(reason, it->en, en);
            if (es != it->es)
                differ << QStringLiteral("[es] %1\n   was: %2\n   now: %3").arg(reason, it->es, es);
        };
        for (const Evaluation &ev : corpus()) {
            for (const auto *list : {&ev.criteria, &ev.notCovered})
                for (const CriterionResult &c : *list)
                    check(c.finding, c.reason);
            if (ev.recommendation == Recommendation::Refer)
                check(ev.recommendationFinding, ev.recommendationReason);
        }
        for (const QString &d : std::as_const(differ))
            qWarning("%s", qPrintable(d));
        QVERIFY2(differ.isEmpty(), "the sentences above differ from tests/data/findings/plain-golden.tsv");
        QVERIFY(compared > 300);
    }
};

QTEST_GUILESS_MAIN(TestFindingsGolden)
#include "tst_findings_golden.moc"
