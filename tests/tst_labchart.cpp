// The lab history chart (issue 10, point 17): one series per lab, in the
// lab's own colour in every chart of every case; no legend entry without
// points; date ticks on whole days at equal steps.

#include "CaseBuilder.h"

#include "review/LabHistoryDialog.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTest>
#include <QXYSeries>

using namespace pareview;
using namespace testsupport;

class TestLabChart final : public QObject
{
    Q_OBJECT

private:
    static LabThreshold threshold(const QString &lab, const QString &op, double value, int days)
    {
        LabThreshold t;
        t.lab = lab;
        t.op = op;
        t.value = value;
        t.within.amount = days;
        t.within.unit = Window::Unit::Days;
        return t;
    }

    static QChart *chartOf(LabHistoryDialog &dialog, const QString &lab)
    {
        auto *view = dialog.findChild<QChartView *>(QStringLiteral("labChart-%1").arg(lab));
        return view ? view->chart() : nullptr;
    }

    static QXYSeries *resultsOf(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series())
            if (s->name() == name)
                return qobject_cast<QXYSeries *>(s);
        return nullptr;
    }

private Q_SLOTS:
    void oneSeriesPerLabInItsOwnColour()
    {
        const QDate asOf = exampleAsOf();
        // Two cases, the labs charted in a different order and with different
        // neighbours: each lab keeps its colour.
        CaseFacts first = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"))
                              .setLab(QStringLiteral("fix-inhibitor"), 0.2, asOf.addDays(-40))
                              .addLab(QStringLiteral("fix-inhibitor"), 0.4, asOf.addDays(-12))
                              .setLab(QStringLiteral("alt"), 30, asOf.addDays(-5), 40)
                              .facts();
        CaseFacts second = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"))
                               .setLab(QStringLiteral("alt"), 50, asOf.addDays(-20), 40)
                               .addLab(QStringLiteral("alt"), 35, asOf.addDays(-2), 40)
                               .facts();
        LabHistoryDialog a(first, {threshold(QStringLiteral("fix-inhibitor"), QStringLiteral("<"), 0.6, 30),
                                   threshold(QStringLiteral("alt"), QStringLiteral("<="), 80, 90)},
                           asOf, QStringLiteral("1.F"));
        LabHistoryDialog b(second, {threshold(QStringLiteral("alt"), QStringLiteral("<="), 80, 90)}, asOf, QStringLiteral("1.H"));
        QCOMPARE(a.chartCount(), 2);
        QCOMPARE(b.chartCount(), 1);

        const QString altName = LabCatalog::byName(QStringLiteral("alt"))->description;
        const QString inhibitorName = LabCatalog::byName(QStringLiteral("fix-inhibitor"))->description;
        QXYSeries *altA = resultsOf(chartOf(a, QStringLiteral("alt")), altName);
        QXYSeries *altB = resultsOf(chartOf(b, QStringLiteral("alt")), altName);
        QXYSeries *inhibitor = resultsOf(chartOf(a, QStringLiteral("fix-inhibitor")), inhibitorName);
        QVERIFY(altA && altB && inhibitor);
        QCOMPARE(altA->pen().color(), LabHistoryDialog::colourOf(QStringLiteral("alt")));
        QCOMPARE(altB->pen().color(), altA->pen().color());
        QVERIFY(inhibitor->pen().color() != altA->pen().color());
        QVERIFY(altA->pointsVisible());
        QCOMPARE(altB->count(), 2);
        QCOMPARE(inhibitor->count(), 2);

        // Exactly one series with results per chart; the others are the
        // policy's limit and its window.
        for (QChart *chart : {chartOf(a, QStringLiteral("alt")), chartOf(a, QStringLiteral("fix-inhibitor")), chartOf(b, QStringLiteral("alt"))}) {
            int results = 0;
            for (QAbstractSeries *s : chart->series())
                if (s->type() == QAbstractSeries::SeriesTypeLine && !s->name().startsWith(QStringLiteral("policy:")))
                    ++results;
            QCOMPARE(results, 1);
        }
    }

    void legendHasNoEntryWithoutPoints()
    {
        const QDate asOf = exampleAsOf();
        CaseFacts facts = CaseBuilder::fromExample(QStringLiteral("hg-01-complete")).setLab(QStringLiteral("fix-inhibitor"), 0.3, asOf.addDays(-3)).facts();
        facts.labs.remove(QStringLiteral("alt")); // a criterion's lab with no result at all
        LabHistoryDialog dialog(facts, {threshold(QStringLiteral("fix-inhibitor"), QStringLiteral("<"), 0.6, 30),
                                        threshold(QStringLiteral("alt"), QStringLiteral("<="), 80, 90)},
                                asOf, QStringLiteral("1.F"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QChartView *view : dialog.findChildren<QChartView *>()) {
            for (QLegendMarker *marker : view->chart()->legend()->markers()) {
                QVERIFY2(!marker->label().isEmpty(), "a legend entry without a name");
                QVERIFY2(marker->label() != QLatin1String("result"), "the old empty \"result\" entry");
                if (auto *xy = qobject_cast<QXYSeries *>(marker->series()))
                    QVERIFY2(xy->count() > 0, qPrintable(marker->label() + QStringLiteral(" has no points")));
            }
        }
    }

    void dateTicksAreEven_data()
    {
        QTest::addColumn<int>("firstDaysAgo");
        QTest::addColumn<int>("windowDays");
        QTest::newRow("results 45 days apart, window 30") << 45 << 30;
        QTest::newRow("one result today, window 7") << 0 << 7;
        QTest::newRow("results a year apart, window 180") << 365 << 180;
        QTest::newRow("odd span: 13 days, window 11") << 13 << 11;
    }

    void dateTicksAreEven()
    {
        QFETCH(int, firstDaysAgo);
        QFETCH(int, windowDays);
        const QDate asOf = exampleAsOf();
        CaseFacts facts = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"))
                              .setLab(QStringLiteral("fix-inhibitor"), 0.2, asOf.addDays(-firstDaysAgo))
                              .addLab(QStringLiteral("fix-inhibitor"), 0.1, asOf)
                              .facts();
        LabHistoryDialog dialog(facts, {threshold(QStringLiteral("fix-inhibitor"), QStringLiteral("<"), 0.6, windowDays)}, asOf, QStringLiteral("1.F"));
        QChart *chart = chartOf(dialog, QStringLiteral("fix-inhibitor"));
        QVERIFY(chart);
        auto axes = chart->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *x = qobject_cast<QDateTimeAxis *>(axes.first());
        QVERIFY(x);
        QCOMPARE(x->tickCount(), LabHistoryDialog::dateTicks());
        // Ticks fall at min + k × (max − min) / (ticks − 1): on whole days at
        // midnight when the span is a whole number of days per step.
        QCOMPARE(x->min().time(), QTime(0, 0));
        const qint64 spanMs = x->min().msecsTo(x->max());
        const qint64 day = 24 * 3600 * 1000LL;
        QCOMPARE(spanMs % (day * (x->tickCount() - 1)), 0);
        // Every result and the whole window are on the chart.
        QVERIFY(x->min().date() <= asOf.addDays(-qMax(firstDaysAgo, windowDays)));
        QVERIFY(x->max().date() >= asOf);
    }
};

QTEST_MAIN(TestLabChart)
#include "tst_labchart.moc"
