#pragma once

#include "policy/Payers.h"
#include "store/Users.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace pareview {

class Database;
class PolicyLibrary;

// For administrators: the payer table — each payer, the other names cases
// carry for it, and the policies its cases are reviewed under. Saved in one
// audited transaction (PayerStore::save); a table the store refuses keeps
// the dialog open with the reason.
class PayerTableDialog final : public QDialog
{
    Q_OBJECT

public:
    PayerTableDialog(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, QWidget *parent = nullptr);

    void accept() override;

private:
    enum Column { Name, Aliases, Policies, ColumnCount };
    void addRow(const Payer &payer);
    PayerTable edited() const;

    std::shared_ptr<Database> m_db;
    User m_user;
    const PolicyLibrary &m_library;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pareview
