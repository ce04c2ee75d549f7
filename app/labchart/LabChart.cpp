// pareview's lab charts, drawn with Qt Charts in a module of their own:
// pareview loads it when the first lab history is shown (LabHistoryDialog),
// so Qt Charts, Qt OpenGL and Qt OpenGL Widgets are not loaded at start.

#include "review/LabChartSpec.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

extern "C" Q_DECL_EXPORT QWidget *pareview_makeLabChart(const pareview::LabChartSpec &spec)
{
    auto *chart = new QChart;
    chart->setTitle(spec.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (spec.window) {
        const pareview::LabChartSpec::Band &w = *spec.window;
        // QAreaSeries does not own its bounds: the chart does.
        auto *upper = new QLineSeries(chart);
        auto *lower = new QLineSeries(chart);
        upper->append(w.from, w.high);
        upper->append(w.to, w.high);
        lower->append(w.from, w.low);
        lower->append(w.to, w.low);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(w.name);
        area->setColor(w.fill);
        area->setBorderColor(w.border);
        chart->addSeries(area);
    }
    for (const pareview::LabChartSpec::Line &l : spec.lines) {
        auto *line = new QLineSeries;
        line->setName(l.name);
        line->setPointsVisible(l.pointsVisible);
        QPen pen(l.colour);
        pen.setWidth(2);
        if (l.dashed)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->append(QList<QPointF>(l.points.cbegin(), l.points.cend()));
        chart->addSeries(line);
    }
    auto *x = new QDateTimeAxis;
    x->setObjectName(QStringLiteral("dateAxis"));
    x->setFormat(spec.xFormat);
    x->setTickCount(spec.xTicks);
    x->setRange(spec.xFrom, spec.xTo);
    auto *y = new QValueAxis;
    y->setRange(spec.yLow, spec.yHigh);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    auto *view = new QChartView(chart);
    view->setObjectName(spec.objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setAccessibleName(chart->title());
    return view;
}
