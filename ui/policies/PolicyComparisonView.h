#pragma once

#include "policy/PolicyLibrary.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace pareview {

// For one drug, every payer's criteria side by side; rows where the policies
// ask for different things (thresholds, windows, requirements) stand out.
class PolicyComparisonView final : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyComparisonView(const PolicyLibrary &library, QWidget *parent = nullptr);
    void showDrug(const QString &drugId);

private:
    const PolicyLibrary &m_library;
    QComboBox *m_drug = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace pareview
