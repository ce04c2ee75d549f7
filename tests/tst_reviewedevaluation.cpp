// The one combination of data and reviewer decisions (review/ReviewedEvaluation):
// data × decisions → recommendation, group rows, counts and the summary line
// the window and the determination show; and `pareview decide`'s draft rests
// on the same computation. Cigna IP0535 on the Hemgenix example, where the
// data meet every criterion (1.E is ONE-of i, ii (ALL a, b), iii (ALL a, b)).

#include "CliRunner.h"
#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "cli/Cli.h"
#include "review/ReviewedEvaluation.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Users.h"

#include <QBuffer>
#include <QTest>
#include <QTextStream>

using namespace pareview;
using namespace testsupport;

namespace {

const Policy &ip0535()
{
    return *library().inEffect(QStringLiteral("cigna-ip0535"), exampleAsOf());
}

// "1.D=not-met" (a reviewer's), "auto:1.D=not-met" (a row that went back to the data).
QHash<QString, Review::StoredDecision> decisionsFrom(const QStringList &items)
{
    QHash<QString, Review::StoredDecision> out;
    for (QString item : items) {
        Review::StoredDecision d;
        d.source = QStringLiteral("reviewer");
        if (item.startsWith(QLatin1String("auto:"))) {
            d.source = QStringLiteral("auto");
            item = item.mid(5);
        }
        const int eq = item.indexOf(QLatin1Char('='));
        d.decision.policyId = QStringLiteral("cigna-ip0535");
        d.decision.label = item.left(eq);
        d.decision.status = item.mid(eq + 1);
        d.decision.note = QStringLiteral("note on %1").arg(d.decision.label);
        out.insert(d.decision.label, d);
    }
    return out;
}

} // namespace

class TestReviewedEvaluation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void combine_data()
    {
        QTest::addColumn<QString>("data");            // "complete" or "no birth date" (1.B unknown)
        QTest::addColumn<QStringList>("decisions");
        QTest::addColumn<QString>("recommendation");  // with the decisions
        QTest::addColumn<QStringList>("groups");      // label=status of group rows with the decisions
        QTest::addColumn<int>("decided");
        QTest::addColumn<int>("open");
        QTest::addColumn<QStringList>("overruled");
        const QString complete = QStringLiteral("complete");
        const QString meets = QStringLiteral("meets-criteria");
        const QString doesNot = QStringLiteral("does-not-meet-criteria");
        const QString needs = QStringLiteral("needs-information");
        auto L = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromUtf8(i);
            return out;
        };

        QTest::newRow("no decisions: the data") << complete << L({}) << meets << L({"1.E=met", "1.F=met"}) << 0 << 0 << L({});
        QTest::newRow("agreeing counts as decided, changes nothing") << complete << L({"1.A=met", "1.B=met"}) << meets << L({}) << 2 << 0 << L({});
        QTest::newRow("one leaf not met: does not meet") << complete << L({"1.D=not-met"}) << doesNot << L({}) << 1 << 0 << L({"1.D"});
        QTest::newRow("ONE-of: one part met is enough")
            << complete << L({"1.E.i=not-met", "1.E.ii.a=not-met"}) << meets << L({"1.E.ii=not-met", "1.E.iii=met", "1.E=met"}) << 2 << 0
            << L({"1.E.i", "1.E.ii.a"});
        QTest::newRow("ONE-of: every part not met")
            << complete << L({"1.E.i=not-met", "1.E.ii.b=not-met", "1.E.iii.a=not-met"}) << doesNot
            << L({"1.E.ii=not-met", "1.E.iii=not-met", "1.E=not-met"}) << 3 << 0 << L({"1.E.i", "1.E.ii.b", "1.E.iii.a"});
        QTest::newRow("ONE-of: none met, one open")
            << complete << L({"1.E.i=unknown", "1.E.ii.a=unknown", "1.E.iii.b=not-met"}) << needs
            << L({"1.E.ii=unknown", "1.E.iii=not-met", "1.E=unknown"}) << 3 << 2 << L({"1.E.i", "1.E.ii.a", "1.E.iii.b"});
        QTest::newRow("ALL-of: one part open") << complete << L({"1.F.i=unknown"}) << needs << L({"1.F=unknown"}) << 1 << 1 << L({"1.F.i"});
        QTest::newRow("not applicable counts as met") << complete << L({"1.F.i=not-applicable"}) << meets << L({"1.F=met"}) << 1 << 0 << L({"1.F.i"});
        QTest::newRow("a group of only not-applicable parts")
            << complete << L({"1.F.i=not-applicable", "1.F.ii=not-applicable"}) << meets << L({"1.F=not-applicable"}) << 2 << 0
            << L({"1.F.i", "1.F.ii"});
        QTest::newRow("a decision on a group row stands for the group")
            << complete << L({"1.G=not-met"}) << doesNot << L({"1.G=not-met"}) << 0 << 0 << L({"1.G"});
        QTest::newRow("does not meet outranks needs information")
            << complete << L({"1.D=not-met", "1.F.i=unknown"}) << doesNot << L({"1.F=unknown"}) << 2 << 1 << L({"1.D", "1.F.i"});
        QTest::newRow("not covered outranks everything")
            << complete << L({"1=met", "1.D=not-met"}) << QStringLiteral("not-covered") << L({}) << 1 << 0 << L({"1.D", "1"});
        QTest::newRow("a row back to the data counts for nothing") << complete << L({"auto:1.D=not-met"}) << meets << L({}) << 0 << 0 << L({});
        QTest::newRow("the reviewer supplies what the data lack")
            << QStringLiteral("no birth date") << L({"1.B=met"}) << meets << L({}) << 1 << 0 << L({"1.B"});
        QTest::newRow("data lacking, no decision") << QStringLiteral("no birth date") << L({}) << needs << L({}) << 0 << 1 << L({});
    }

    void combine()
    {
        QFETCH(QString, data);
        QFETCH(QStringList, decisions);
        QFETCH(QString, recommendation);
        QFETCH(QStringList, groups);
        QFETCH(int, decided);
        QFETCH(int, open);
        QFETCH(QStringList, overruled);
        CaseBuilder facts = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        if (data == QLatin1String("no birth date"))
            facts.removeBirthDate();
        const ReviewedEvaluation r = ReviewedEvaluations::compute(ip0535(), facts.facts(), exampleAsOf(), decisionsFrom(decisions));

        QCOMPARE(recommendationName(r.reviewed.recommendation), recommendation);
        for (const QString &g : groups) {
            const QString label = g.section(QLatin1Char('='), 0, 0);
            QVERIFY2(r.reviewed.criterion(label) && r.reviewed.criterion(label)->group, qPrintable(label));
            QCOMPARE(statusOf(r.reviewed, label), g.section(QLatin1Char('='), 1));
        }
        QCOMPARE(r.criteria, 25); // the leaves of IP0535 1.A–1.O; group rows are not criteria to decide
        QCOMPARE(r.decided, decided);
        QCOMPARE(r.open, open);
        QCOMPARE(r.overruled, overruled);
        // The data side never moves with the decisions.
        const Evaluation plain = Evaluator::evaluate(ip0535(), facts.facts(), exampleAsOf());
        QCOMPARE(r.data.recommendation, plain.recommendation);
        QCOMPARE(r.differs(), r.data.recommendation != r.reviewed.recommendation);
        // Approval terms exist only where the decisions leave the case meeting the criteria.
        QCOMPARE(r.reviewed.approval.has_value(), recommendation == QLatin1String("meets-criteria"));
        // A reviewer's note is the reason of the row the reviewer decided.
        // (A section's own row may share a not-covered item's label, "1": it is never decided.)
        for (const QString &label : overruled)
            for (const QVector<CriterionResult> *list : {&r.reviewed.criteria, &r.reviewed.notCovered})
                for (const CriterionResult &c : *list)
                    if (c.label == label && !c.section) {
                        QCOMPARE(c.source, QStringLiteral("reviewer"));
                        QCOMPARE(c.reason, QStringLiteral("note on %1").arg(label));
                    }
    }

    void summaryShowsBothReadings()
    {
        const CaseFacts facts = exampleFacts(QStringLiteral("hg-01-complete"));
        const ReviewedEvaluation same = ReviewedEvaluations::compute(ip0535(), facts, exampleAsOf(), {});
        QCOMPARE(same.summary(), QStringLiteral("meets criteria — every criterion of 1 is met"));
        QCOMPARE(same.progress(), QStringLiteral("0 of 25 criteria decided by a reviewer; 0 still open"));

        const ReviewedEvaluation differ
            = ReviewedEvaluations::compute(ip0535(), facts, exampleAsOf(), decisionsFrom({QStringLiteral("1.D=not-met"), QStringLiteral("1.A=met")}));
        QCOMPARE(differ.summary(), QStringLiteral("data say: meets criteria · with the reviewers' decisions: does not meet criteria — 1.D"));
        QCOMPARE(differ.progress(), QStringLiteral("2 of 25 criteria decided by a reviewer; 0 still open"));
    }

    // The draft `pareview decide` and the determination dialog record rests
    // on the same computation: after a reviewer marks 1.D not met, the case
    // cannot be approved and a denial names 1.D.
    void draftUsesTheSameComputation()
    {
        FreshStore store(QStringLiteral("sqlite"));
        auto db = Database::open(store.location());
        QVERIFY2(db, qPrintable(db.error()));
        const User admin = Users::add(*db.value(), QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        const User nurse = Users::add(*db.value(), QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &admin).value();
        const User reviewer = Users::add(*db.value(), QStringLiteral("rita"), Role::ClinicalReviewer, QStringLiteral("reviewer password"), {}, {}, &admin).value();
        const User director = Users::add(*db.value(), QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("director password"), {}, QStringLiteral("MD"), &admin).value();
        const qint64 id = CaseStore::create(*db.value(), exampleFacts(QStringLiteral("hg-01-complete")), nurse).value();
        QVERIFY(Review::submitForReview(*db.value(), id, nurse));
        QVERIFY(Review::recordDecision(*db.value(), id, {QStringLiteral("cigna-ip0535"), QStringLiteral("1.D"), QStringLiteral("not-met"), QStringLiteral("factor IX 3% on the clinic letter"), {}, {}}, reviewer));

        auto loaded = ReviewedEvaluations::load(*db.value(), ip0535(), id, reviewer);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->overruled, QStringList{QStringLiteral("1.D")});
        QCOMPARE(recommendationName(loaded->reviewed.recommendation), QStringLiteral("does-not-meet-criteria"));

        // A reviewer cannot approve what the decisions say does not meet; a
        // medical director may, against the recommendation, which the draft names.
        auto approve = DecisionDrafts::prepare(*db.value(), library(), id, QStringLiteral("approve"), QString(), reviewer, QStringLiteral("cigna-ip0535"));
        QVERIFY(!approve);
        QVERIFY2(approve.error().contains(QStringLiteral("1.D")), qPrintable(approve.error()));
        auto against = DecisionDrafts::prepare(*db.value(), library(), id, QStringLiteral("approve"), QString(), director, QStringLiteral("cigna-ip0535"));
        QVERIFY2(against, qPrintable(against.error()));
        QVERIFY2(against->againstRecommendation.contains(QStringLiteral("1.D")), qPrintable(against->againstRecommendation));
        auto deny = DecisionDrafts::prepare(*db.value(), library(), id, QStringLiteral("deny"), QString(), director, QStringLiteral("cigna-ip0535"));
        QVERIFY2(deny, qPrintable(deny.error()));
        QCOMPARE(deny->review.summary(), loaded->summary());
        QCOMPARE(recommendationName(deny->evaluation.recommendation), QStringLiteral("does-not-meet-criteria"));
        QVERIFY2(deny->input.rationale.contains(QStringLiteral("1.D")), qPrintable(deny->input.rationale));

        // `pareview decide` says the same and records on it.
        const QStringList base = {QStringLiteral("decide"), QStringLiteral("--db"), store.location(), QStringLiteral("--case"), QString::number(id),
                                  QStringLiteral("--user"), QStringLiteral("mark"), QStringLiteral("--policy"), QStringLiteral("cigna-ip0535"),
                                  QStringLiteral("--outcome")};
        const CliRun approved = runCli(base + QStringList{QStringLiteral("approve")}, "director password\n");
        QVERIFY(approved.code != 0);
        QVERIFY2(approved.err.contains(QStringLiteral("1.D")), qPrintable(approved.err));
        const CliRun denied = runCli(base + QStringList{QStringLiteral("deny")}, "director password\n");
        QVERIFY2(denied.code == 0, qPrintable(denied.err));
        QVERIFY2(denied.out.contains(QStringLiteral("criteria: data say: meets criteria · with the reviewers' decisions: does not meet criteria — 1.D;"
                                                     " 1 of 25 criteria decided by a reviewer")),
                 qPrintable(denied.out));
    }
};

QTEST_GUILESS_MAIN(TestReviewedEvaluation)
#include "tst_reviewedevaluation.moc"
