#include "SignInDialog.h"

#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pareview {

SignInDialog::SignInDialog(std::shared_ptr<Database> db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("signInDialog"));
    auto any = Users::any(*m_db);
    m_firstRun = any && !any.value();
    setWindowTitle(m_firstRun ? tr("pareview — create the administrator") : tr("pareview — sign in"));

    auto *intro = new QLabel(m_firstRun ? tr("This store has no users yet. Create the first administrator; "
                                             "they will add the nurses, reviewers and medical directors.")
                                        : tr("Sign in with your pareview user name and password."));
    intro->setWordWrap(true);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this); // owned even when not laid out (sign-in mode)
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));

    m_name->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_repeat->setAccessibleName(tr("Repeat password"));
    m_message->setAccessibleName(tr("Sign-in message"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name"), m_name);
    form->addRow(tr("&Password"), m_password);
    if (m_firstRun)
        form->addRow(tr("&Repeat password"), m_repeat);
    else
        m_repeat->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("signInCancel"));
    m_signIn = buttons->addButton(m_firstRun ? tr("Create administrator") : tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    // Enter anywhere in the dialog signs in, Escape cancels. The default
    // button is set only now that it belongs to the dialog: set earlier, the
    // dialog never learns of it and Enter went to Cancel (an auto-default
    // button), which quit the program.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_signIn->setAutoDefault(false);
    m_signIn->setDefault(true);
    setTabOrder(m_name, m_password);
    setTabOrder(m_password, m_firstRun ? static_cast<QWidget *>(m_repeat) : m_signIn);
    if (m_firstRun)
        setTabOrder(m_repeat, m_signIn);
    setTabOrder(m_signIn, buttons->button(QDialogButtonBox::Cancel));
    m_name->setFocus();
    // Signing in writes (the audit trail): while the store's integrity check
    // runs it waits for the check, then goes on by itself.
    connect(m_db.get(), &Database::writeHoldChanged, this, [this] {
        if (!m_waitingForCheck || m_db->writeHold() == Database::Hold::Checking)
            return;
        m_waitingForCheck = false;
        m_signIn->setEnabled(true);
        submit();
    });
}

void SignInDialog::submit()
{
    m_message->clear();
    if (m_db->writeHold() == Database::Hold::Checking) {
        m_waitingForCheck = true;
        m_signIn->setEnabled(false);
        m_message->setText(tr("Checking the case store's integrity first; you are signed in as soon as it passes."));
        return;
    }
    if (m_db->writeHold() == Database::Hold::Failed) {
        m_message->setText(m_db->writeHoldText());
        adjustSize(); // the whole of it, not the two lines the dialog opened with
        return;
    }
    if (m_firstRun) {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("The two passwords differ."));
            return;
        }
        auto user = Users::add(*m_db, m_name->text().trimmed(), Role::Administrator, m_password->text());
        if (!user) {
            m_message->setText(user.error());
            return;
        }
        m_user = user.value();
        accept();
        return;
    }
    m_signIn->setEnabled(false);
    auto user = Users::authenticate(*m_db, m_name->text().trimmed(), m_password->text());
    m_signIn->setEnabled(true);
    if (!user) {
        m_message->setText(tr("Wrong user name or password."));
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = user.value();
    accept();
}

} // namespace pareview
