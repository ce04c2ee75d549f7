#pragma once

#include "store/Users.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pareview {

class Database;

// Signs a person in with the store's users. On a store without users it
// asks for the first administrator instead.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(std::shared_ptr<Database> db, QWidget *parent = nullptr);

    const User &user() const { return m_user; }
    bool creatingAdministrator() const { return m_firstRun; }

private:
    void submit();

    std::shared_ptr<Database> m_db;
    User m_user;
    bool m_firstRun = false;
    bool m_waitingForCheck = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace pareview
