#pragma once

#include "store/Users.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;
class QCheckBox;

namespace pareview {

class Database;
class WorklistModel;

// The queue: "My cases", "Unassigned", "Awaiting medical director" or all,
// filtered by status, drug and payer, searched by member name or id.
class WorklistView final : public QWidget
{
    Q_OBJECT

public:
    WorklistView(std::shared_ptr<Database> db, const User &user, QWidget *parent = nullptr);

    WorklistModel *model() const { return m_model; }
    void reload();

Q_SIGNALS:
    void openCase(qint64 caseId);

private:
    void applyFilter();
    void loadPayerFilter();

    std::shared_ptr<Database> m_db;
    User m_user;
    WorklistModel *m_model = nullptr;
    QComboBox *m_queue = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_drug = nullptr;
    QComboBox *m_payer = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace pareview
