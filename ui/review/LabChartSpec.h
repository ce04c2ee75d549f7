#pragma once

// One lab chart as plain values: what LabHistoryDialog hands to the chart
// module (app/labchart), which draws it with Qt Charts. The module is loaded
// when the first chart is shown, so Qt Charts and the OpenGL libraries under
// it are not loaded at every start (BENCHMARKS.md, start-up).

#include <QColor>
#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>

class QWidget;

namespace pareview {

struct LabChartSpec
{
    struct Line
    {
        QString name;
        QColor colour;
        bool dashed = false;
        bool pointsVisible = false;
        QVector<QPointF> points; // x: milliseconds since the epoch
    };
    struct Band // a shaded time window
    {
        QString name;
        QColor fill;
        QColor border;
        qreal from = 0, to = 0, low = 0, high = 0;
    };

    QString objectName;
    QString title;
    std::optional<Band> window;
    // In the order they are drawn and listed in the legend.
    QVector<Line> lines;
    QDateTime xFrom, xTo;
    QString xFormat;
    int xTicks = 0;
    qreal yLow = 0, yHigh = 1;
};

// The module's one entry point, looked up by this name.
using MakeLabChart = QWidget *(*)(const LabChartSpec &spec);
inline constexpr char kMakeLabChart[] = "pareview_makeLabChart";

} // namespace pareview
