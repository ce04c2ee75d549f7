#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace pareview {

class Database;

// For administrators: who did what, on which case, when — and whether the
// hash chain of the audit trail is whole.
class AuditView final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(std::shared_ptr<Database> db, QWidget *parent = nullptr);
    void reload();
    void verify();

private:
    std::shared_ptr<Database> m_db;
    QLineEdit *m_case = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_chain = nullptr;
};

} // namespace pareview
