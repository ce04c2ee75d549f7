#pragma once

#include "intake/CaseFacts.h"
#include "store/Users.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pareview {

class Database;

// The intake nurse's form for everything an intake bundle carries: member,
// coverage, prescriber, drug and dose, diagnoses, labs with their date and
// reference range, attestations. Checked as you type, in plain words; saved
// as a draft at any point and resumed later.
class IntakeForm final : public QWidget
{
    Q_OBJECT

public:
    IntakeForm(std::shared_ptr<Database> db, const User &user, QWidget *parent = nullptr);

    // Starts a new request, or resumes the draft of a case at intake.
    void startNew();
    bool resume(qint64 caseId, QString *error = nullptr);
    qint64 caseId() const { return m_caseId; }

    // What is wrong with the form now ("Birth date: …"), empty when nothing.
    QStringList problems() const;
    // The facts as typed, with "typed by <user> at <time>" provenance.
    CaseFacts facts() const;
    // Saves a draft (a new case at intake, or the resumed one). Problems do
    // not stop a draft; the error text when the store refuses.
    QString saveDraft();
    // Saves and hands the case to review; refused while there are problems.
    QString submit();

    void addLabRow(const QString &lab = QString(), const QString &value = QString(), const QString &unit = QString(),
                   const QString &date = QString(), const QString &uln = QString());

Q_SIGNALS:
    void saved(qint64 caseId);
    void submitted(qint64 caseId);

private:
    void validate();
    void load(const CaseFacts &f);

    std::shared_ptr<Database> m_db;
    User m_user;
    qint64 m_caseId = 0;
    QLineEdit *m_memberName, *m_memberId, *m_birthDate;
    QComboBox *m_sex;
    QComboBox *m_language;
    QLineEdit *m_payer, *m_plan;
    QComboBox *m_lob;
    QLineEdit *m_prescriber, *m_npi;
    QComboBox *m_specialty;
    QCheckBox *m_htc;
    QComboBox *m_drug;
    QLineEdit *m_dose, *m_interval, *m_quantity, *m_supply;
    QComboBox *m_priority, *m_requestType, *m_requestUse;
    QLineEdit *m_diagnoses;
    QTableWidget *m_labs;
    QTableWidget *m_attestations;
    QLabel *m_problems;
};

} // namespace pareview
