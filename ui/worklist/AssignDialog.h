#pragma once

#include "store/Users.h"

#include <QDialog>
#include <QVector>

class QComboBox;

namespace pareview {

// "Assign to…": the reviewers and medical directors the person may give a
// case to, one chosen from a list.
class AssignDialog final : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(const QString &caseReference, const QVector<User> &candidates, const QString &current, QWidget *parent = nullptr);

    // The id of the person chosen; 0 when the list was empty.
    qint64 chosen() const;

private:
    QComboBox *m_choice = nullptr;
};

} // namespace pareview
