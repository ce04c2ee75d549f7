#pragma once

// Signing in as a person does in the GUI tests: the name and the password
// typed into the sign-in dialog, then its button clicked or Enter pressed.

#include "common/SignInDialog.h"
#include "store/Database.h"
#include "store/Users.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace testsupport {

enum class SignInBy { Button, Enter };

// The signed-in user, or an empty one when the dialog refused.
inline pareview::User signInAs(const std::shared_ptr<pareview::Database> &db, const QString &name,
                               const QString &password, SignInBy by = SignInBy::Button)
{
    pareview::SignInDialog dialog(db);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), name);
    auto *passwordField = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(passwordField, password);
    if (by == SignInBy::Enter)
        QTest::keyClick(passwordField, Qt::Key_Return);
    else
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    return dialog.result() == QDialog::Accepted ? dialog.user() : pareview::User{};
}

// A demo account ("reviewer" with "demo-reviewer-pass").
inline pareview::User signInDemo(const std::shared_ptr<pareview::Database> &db, const QString &name,
                                 SignInBy by = SignInBy::Button)
{
    return signInAs(db, name, QStringLiteral("demo-%1-pass").arg(name), by);
}

} // namespace testsupport
