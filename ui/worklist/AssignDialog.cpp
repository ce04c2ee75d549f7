#include "AssignDialog.h"

#include "common/ScreenFit.h"
#include "common/StatusText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace pareview {

AssignDialog::AssignDialog(const QString &caseReference, const QVector<User> &candidates, const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign %1").arg(caseReference));
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("assigneeChoice"));
    m_choice->setAccessibleName(tr("Assign to"));
    for (const User &u : candidates) {
        const QString shown = u.displayName.isEmpty() ? u.name : QStringLiteral("%1 (%2)").arg(u.displayName, u.name);
        m_choice->addItem(tr("%1 — %2").arg(shown, roleText(u.role)), u.id);
        if (u.name == current)
            m_choice->setCurrentIndex(m_choice->count() - 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("assignButton"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!candidates.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(current.isEmpty() ? tr("%1 is unassigned.").arg(caseReference)
                                              : tr("%1 is assigned to %2.").arg(caseReference, current)));
    form->addRow(tr("&Assign to"), m_choice);
    form->addRow(buttons);
    fitToScreen(this);
}

qint64 AssignDialog::chosen() const
{
    return m_choice->currentData().toLongLong();
}

} // namespace pareview
