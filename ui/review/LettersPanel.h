#pragma once

#include "letters/Letters.h"
#include "store/Users.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pareview {

class Database;

// The letters issued for a case — its determinations', and the letters of
// the appeal it is or of the appeals filed against it — (date, kind,
// language, who issued them; a letter whose determination was superseded
// says so), and for the chosen
// one: Save as PDF… and Print…, both from the exact bytes stored when it was
// issued, checked against their SHA-256 first (a mismatch is refused).
// Printing lays the pages out on a worker thread.
class LettersPanel final : public QWidget
{
    Q_OBJECT

public:
    LettersPanel(std::shared_ptr<Database> db, const User &user, QWidget *parent = nullptr);

    // Lists the letters of `caseId` (0: none). The newest is selected.
    void setCase(qint64 caseId, const QString &caseReference = QString());
    int letterCount() const { return int(m_letters.size()); }

Q_SIGNALS:
    void countChanged(int letters);

private:
    struct Printed
    {
        QString error;
        int pages = 0;
    };

    const IssuedLetter *selected() const;
    // Its stored bytes, checked and audited: a determination's or an appeal's letter.
    Result<IssuedLetter> exportIssued(const IssuedLetter &letter);
    void save();
    void print();
    void updateButtons();

    std::shared_ptr<Database> m_db;
    User m_user;
    qint64 m_caseId = 0;
    QString m_reference;
    QVector<IssuedLetter> m_letters;
    QFutureWatcher<Printed> *m_printing = nullptr;

    QTableWidget *m_table;
    QPushButton *m_save;
    QPushButton *m_print;
    QLabel *m_message;
};

} // namespace pareview
