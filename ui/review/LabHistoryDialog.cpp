#include "LabHistoryDialog.h"

#include "LabChartSpec.h"
#include "common/ScreenFit.h"
#include "common/StatusText.h"
#include "intake/LabCatalog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibrary>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pareview {

namespace {
qreal ms(const QDate &d)
{
    return qreal(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

constexpr int kDateTicks = 6;

// The chart module next to the program (or, in a build tree, in app/),
// loaded once, on first use; null and `error` set when it cannot be.
MakeLabChart labChartMaker(QString *error)
{
    static QString problem;
    static const MakeLabChart make = [] {
        const QDir dir(QCoreApplication::applicationDirPath());
        QStringList tried;
        for (const QString &candidate : {dir.filePath(QStringLiteral("libpareview-labchart.so")),
                                         dir.filePath(QStringLiteral("../app/libpareview-labchart.so"))}) {
            if (!QFile::exists(candidate))
                continue;
            QLibrary module(candidate);
            if (auto f = reinterpret_cast<MakeLabChart>(module.resolve(kMakeLabChart)))
                return f; // stays loaded: QLibrary unloads only when asked
            tried << module.errorString();
        }
        problem = tried.isEmpty() ? QStringLiteral("libpareview-labchart.so is not installed next to pareview (%1)").arg(dir.path())
                                  : tried.join(QStringLiteral("; "));
        return MakeLabChart(nullptr);
    }();
    if (!make)
        *error = problem;
    return make;
}
} // namespace

QColor LabHistoryDialog::colourOf(const QString &lab)
{
    // Fixed per lab, by its place in the catalogue: a lab has the same colour
    // in every chart of every case. Clear of the limit's red and the
    // window's blue.
    static const QColor palette[] = {QColor(0x1b, 0x7a, 0x3e), QColor(0x7b, 0x3f, 0xa0), QColor(0xc0, 0x6a, 0x00),
                                     QColor(0x00, 0x7c, 0x89), QColor(0x5a, 0x5a, 0x5a), QColor(0x8c, 0x56, 0x2d),
                                     QColor(0xb8, 0x3b, 0x8f), QColor(0x3d, 0x55, 0x9e)};
    const QVector<LabDefinition> &labs = LabCatalog::all();
    for (int i = 0; i < labs.size(); ++i)
        if (labs[i].name == lab)
            return palette[i % int(std::size(palette))];
    return palette[qHash(lab) % std::size(palette)];
}

QColor LabHistoryDialog::limitColour()
{
    return QColor(0xb0, 0x20, 0x20);
}

QColor LabHistoryDialog::windowColour()
{
    return QColor(0x4a, 0x90, 0xd9, 40);
}

int LabHistoryDialog::dateTicks()
{
    return kDateTicks;
}

LabHistoryDialog::LabHistoryDialog(const CaseFacts &facts, const QVector<LabThreshold> &thresholds, const QDate &asOf,
                                   const QString &criterionLabel, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("labHistory"));
    setWindowTitle(tr("Lab history for %1").arg(criterionLabel));
    auto *layout = new QVBoxLayout(this);
    // Charts scroll: three of them do not fit a 700-pixel screen.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget;
    auto *charts = new QVBoxLayout(inner);
    charts->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(inner);
    layout->addWidget(scroll);
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
        const bool anyDated = std::any_of(series.cbegin(), series.cend(), [](const Measurement &m) { return m.date.isValid(); });
        if (!anyDated) {
            // Nothing to draw: an empty chart would look like a chart of nothing wrong.
            auto *none = new QLabel(tr("No %1 results on record.").arg(def ? def->description : t.lab));
            none->setObjectName(QStringLiteral("noResults-%1").arg(t.lab));
            none->setWordWrap(true);
            charts->addWidget(none);
            ++m_empty;
            continue;
        }
        LabChartSpec spec;
        spec.objectName = QStringLiteral("labChart-%1").arg(t.lab);
        // The catalog's name in the language the workstation speaks.
        const QString name = def ? def->clinical.in(uiLanguage()) : t.lab;
        spec.title = QStringLiteral("%1 (%2)").arg(name, def ? def->canonicalUnit : QString());

        QDate first = asOf, last = asOf;
        double low = 0, high = 1;
        // One series per lab: its results, each drawn as a point on the line,
        // named and coloured for the lab.
        LabChartSpec::Line values{name, colourOf(t.lab), false, true, {}};
        for (const Measurement &m : series) {
            if (!m.date.isValid())
                continue;
            values.points.append(QPointF(ms(m.date), m.value));
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
        // Even date ticks: the span a whole number of days per interval, so
        // every tick falls on midnight and the steps are equal.
        const qint64 step = qMax<qint64>(1, (first.daysTo(last) + kDateTicks - 2) / (kDateTicks - 1));
        last = first.addDays(step * (kDateTicks - 1));
        if (limit)
            high = qMax(high, *limit);
        high *= 1.2;

        if (t.within.isSet())
            spec.window = LabChartSpec::Band{tr("window: within %1 of %2").arg(t.within.text(), QLocale().toString(asOf, QLocale::ShortFormat)),
                                             windowColour(), QColor(0x4a, 0x90, 0xd9, 90), ms(t.within.start(asOf)), ms(asOf), low, high};
        if (!values.points.isEmpty()) // no dated result: no legend entry without points
            spec.lines.append(values);
        if (limit) {
            // Legends read rich text: words, not "<".
            const QString relation = t.op == QLatin1String("<") ? tr("below") : t.op == QLatin1String("<=") ? tr("at most")
                                     : t.op == QLatin1String(">") ? tr("above") : t.op == QLatin1String(">=") ? tr("at least") : tr("limit");
            spec.lines.append({tr("policy: %1 %2").arg(relation, QLocale().toString(*limit, 'g', 6)), limitColour(), true, false,
                               {QPointF(ms(first), *limit), QPointF(ms(last), *limit)}});
        }
        spec.xFormat = QLocale().dateFormat(QLocale::ShortFormat);
        spec.xTicks = kDateTicks;
        spec.xFrom = QDateTime(first, QTime(0, 0), Qt::UTC);
        spec.xTo = QDateTime(last, QTime(0, 0), Qt::UTC);
        spec.yLow = low;
        spec.yHigh = high;
        QString problem;
        const MakeLabChart make = labChartMaker(&problem);
        QWidget *view = make ? make(spec) : nullptr;
        if (!view) {
            auto *missing = new QLabel(tr("The chart of %1 cannot be drawn: %2").arg(name, problem));
            missing->setWordWrap(true);
            charts->addWidget(missing);
            continue;
        }
        charts->addWidget(view);
        ++m_charts;
    }
    if (m_charts == 0 && m_empty == 0)
        charts->addWidget(new QLabel(tr("This criterion does not rest on a lab.")));
    charts->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("labHistoryButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(760, 160 + 280 * qMax(1, m_charts) + 40 * m_empty));
}

} // namespace pareview
