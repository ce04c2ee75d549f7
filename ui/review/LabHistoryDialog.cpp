#include "LabHistoryDialog.h"

#include "intake/LabCatalog.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace pareview {

namespace {
qreal ms(const QDate &d)
{
    return qreal(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

LabHistoryDialog::LabHistoryDialog(const CaseFacts &facts, const QVector<LabThreshold> &thresholds, const QDate &asOf,
                                   const QString &criterionLabel, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("labHistory"));
    setWindowTitle(tr("Lab history for %1").arg(criterionLabel));
    auto *layout = new QVBoxLayout(this);
    // One chart per lab: the limit and the window may come from different
    // sub-criteria ("tested within 30 days", "negative").
    QVector<LabThreshold> merged;
    for (const LabThreshold &t : thresholds) {
        auto it = std::find_if(merged.begin(), merged.end(), [&](const LabThreshold &m) { return m.lab == t.lab; });
        if (it == merged.end()) {
            merged.append(t);
            continue;
        }
        if (!it->value && !it->ulnMultiple) {
            it->value = t.value;
            it->ulnMultiple = t.ulnMultiple;
            it->op = t.op;
        }
        if (!it->within.isSet())
            it->within = t.within;
    }
    for (const LabThreshold &t : std::as_const(merged)) {
        const LabDefinition *def = LabCatalog::byName(t.lab);
        const QVector<Measurement> series = facts.labs.value(t.lab);
        auto *chart = new QChart;
        chart->setTitle(QStringLiteral("%1 (%2)").arg(def ? def->description : t.lab, def ? def->canonicalUnit : QString()));
        chart->legend()->setAlignment(Qt::AlignBottom);

        QDate first = asOf, last = asOf;
        double low = 0, high = 1;
        auto *values = new QLineSeries;
        values->setName(tr("result"));
        auto *points = new QScatterSeries;
        points->setMarkerSize(9);
        points->setName(tr("drawn"));
        for (const Measurement &m : series) {
            if (!m.date.isValid())
                continue;
            values->append(ms(m.date), m.value);
            points->append(ms(m.date), m.value);
            first = qMin(first, m.date);
            last = qMax(last, m.date);
            high = qMax(high, m.value);
        }
        // The limit: fixed, or the multiple of the latest result's ULN.
        std::optional<double> limit = t.value;
        if (t.ulnMultiple && !series.isEmpty() && series.last().upperLimit)
            limit = *t.ulnMultiple * *series.last().upperLimit;
        if (t.within.isSet())
            first = qMin(first, t.within.start(asOf));
        first = first.addDays(-7);
        last = last.addDays(7);
        if (limit)
            high = qMax(high, *limit);
        high *= 1.2;

        if (t.within.isSet()) {
            // QAreaSeries does not own its bounds: the chart does.
            auto *upper = new QLineSeries(chart);
            auto *lower = new QLineSeries(chart);
            upper->append(ms(t.within.start(asOf)), high);
            upper->append(ms(asOf), high);
            lower->append(ms(t.within.start(asOf)), low);
            lower->append(ms(asOf), low);
            auto *window = new QAreaSeries(upper, lower);
            window->setName(tr("window: within %1 of %2").arg(t.within.text(), asOf.toString(Qt::ISODate)));
            window->setColor(QColor(0x4a, 0x90, 0xd9, 40));
            window->setBorderColor(QColor(0x4a, 0x90, 0xd9, 90));
            chart->addSeries(window);
        }
        chart->addSeries(values);
        chart->addSeries(points);
        if (limit) {
            auto *line = new QLineSeries;
            // Legends read rich text: words, not "<".
            const QString relation = t.op == QLatin1String("<") ? tr("below") : t.op == QLatin1String("<=") ? tr("at most")
                                     : t.op == QLatin1String(">") ? tr("above") : t.op == QLatin1String(">=") ? tr("at least") : tr("limit");
            line->setName(tr("policy: %1 %2").arg(relation, QString::number(*limit, 'g', 6)));
            line->append(ms(first), *limit);
            line->append(ms(last), *limit);
            QPen pen(QColor(0xb0, 0x20, 0x20));
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            line->setPen(pen);
            chart->addSeries(line);
        }
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("yyyy-MM-dd"));
        x->setRange(QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(last, QTime(0, 0), Qt::UTC));
        auto *y = new QValueAxis;
        y->setRange(low, high);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        auto *view = new QChartView(chart);
        view->setObjectName(QStringLiteral("labChart-%1").arg(t.lab));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        layout->addWidget(view);
        ++m_charts;
    }
    if (m_charts == 0)
        layout->addWidget(new QLabel(tr("This criterion does not rest on a lab.")));
    resize(760, qMin(900, 120 + 300 * qMax(1, m_charts)));
}

} // namespace pareview
