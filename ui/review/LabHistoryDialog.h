#pragma once

#include "intake/CaseFacts.h"
#include "policy/Policy.h"

#include <QColor>
#include <QDialog>

namespace pareview {

// The values of one lab over time, with the policy's limit drawn as a line
// and its time window shaded: "inhibitor 0.8 BU eight days ago, window 30
// days, limit 0.6" at a glance.
class LabHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    LabHistoryDialog(const CaseFacts &facts, const QVector<LabThreshold> &thresholds, const QDate &asOf,
                     const QString &criterionLabel, QWidget *parent = nullptr);

    int chartCount() const { return m_charts; }

    // The colour of a lab's results, the same in every chart.
    static QColor colourOf(const QString &lab);
    static QColor limitColour();
    static QColor windowColour();
    // Ticks on the date axis, the span between them a whole number of days.
    static int dateTicks();

private:
    int m_charts = 0;
    int m_empty = 0; // labs with no dated result: a sentence, not a chart
};

} // namespace pareview
