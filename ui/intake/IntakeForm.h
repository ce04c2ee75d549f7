#pragma once

#include "intake/CaseFacts.h"
#include "store/Users.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace pareview {

class Database;
class PolicyLibrary;

// The intake nurse's form for everything an intake bundle carries: member,
// coverage, prescriber, drug and dose, diagnoses, labs with their date and
// reference range, attestations, documents. Checked as you type by the
// model's FactValidator, in plain words; saved as a draft at any point and
// resumed later. After submitting, the same form corrects the case until
// review starts, each correction kept in the case's history.
class IntakeForm final : public QWidget
{
    Q_OBJECT

public:
    // `library`: the policies whose attestations the form asks about and that
    // a submitted case is checked against (a case no policy covers is
    // submitted only after the nurse says so); it must outlive the form.
    IntakeForm(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, QWidget *parent = nullptr);

    // Starts a new request, or resumes the draft of a case at intake (or
    // pended); a submitted case whose review has not started opens for
    // correction. The form opens scrolled to the top.
    void startNew();
    bool resume(qint64 caseId, QString *error = nullptr);
    qint64 caseId() const { return m_caseId; }
    bool correcting() const { return m_correcting; }
    // Typed data or chosen documents not saved yet.
    bool hasUnsavedChanges() const;

    // Saves a draft (a new case at intake, or the resumed one) with the
    // documents chosen. Problems do not stop a draft; the error text when the
    // store refuses.
    QString saveDraft();
    // Saves the corrections of a submitted case: a new version of each fact
    // changed, the earlier value kept in the history.
    QString saveCorrections();

Q_SIGNALS:
    void saved(qint64 caseId);
    void submitted(qint64 caseId);
    void corrected(qint64 caseId);
    // What just happened, for the status bar ("Draft PA-0000011 saved").
    void statusMessage(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Saves and hands the case to review (the Submit button); refused while
    // there are problems.
    QString submit();
    // What is wrong with the form now ("Birth date: …"), empty when nothing.
    QStringList problems() const;
    // The facts as typed, with "typed by <user> at <time>" provenance, and
    // the documents chosen since the last save.
    CaseFacts facts() const;
    void validate();
    void load(const CaseFacts &f);
    void addLabRow(const QString &lab = QString(), const QString &value = QString(), const QString &unit = QString(),
                   const QString &date = QString(), const QString &uln = QString());
    void updateRequestFields();
    // Shows the attestations the chosen drug's policies ask about (and any
    // already answered), the table as tall as its rows: the form scrolls, not the table.
    void updateAttestations();
    bool geneTherapy() const;
    void chooseDocuments();
    QString attachFiles(const QStringList &paths);
    void showDocuments();
    void showHistory();
    void updateTabOrder();
    void scrollToTop();
    QString formState() const;
    void markSaved();
    QString store(); // saves facts and chosen documents; the error text
    QString reference() const;

    std::shared_ptr<Database> m_db;
    User m_user;
    const PolicyLibrary &m_library;
    qint64 m_caseId = 0;
    bool m_correcting = false;
    QString m_savedState;
    QVector<AttachmentData> m_pending; // chosen, stored with the next save
    QScrollArea *m_scroll;
    QLabel *m_caption;
    QLineEdit *m_memberName, *m_memberId, *m_birthDate;
    QComboBox *m_sex;
    QComboBox *m_language;
    QLineEdit *m_payer, *m_plan;
    QComboBox *m_lob;
    QLineEdit *m_prescriber, *m_npi;
    QComboBox *m_specialty;
    QCheckBox *m_htc;
    QComboBox *m_drug;
    QFormLayout *m_request;
    QLabel *m_doseLabel;
    QLineEdit *m_dose, *m_interval, *m_quantity, *m_supply;
    QComboBox *m_priority, *m_requestType, *m_requestUse;
    QLineEdit *m_diagnoses;
    QTableWidget *m_labs;
    QPushButton *m_addLab;
    QTableWidget *m_attestations;
    QLabel *m_attestationsNote;
    QListWidget *m_documents;
    QPushButton *m_attach, *m_removeDocument;
    QWidget *m_historyBox;
    QListWidget *m_history;
    QLabel *m_problems;
    QPushButton *m_save, *m_submit;
};

} // namespace pareview
