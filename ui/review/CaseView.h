#pragma once

#include "engine/Evaluation.h"
#include "intake/CaseFacts.h"
#include "policy/PolicyLibrary.h"
#include "store/CaseStore.h"
#include "store/Users.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTableWidget;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace pareview {

class CriteriaModel;
class Database;

// One case under review: the applicable policy and version, its criteria as
// a tree in the policy's numbering with the computed status and reason, and
// the reviewer's decision and note for each. Keyboard: M met, N not met,
// U unknown, Ctrl+Return note, F8 next undecided; every decision undoable.
class CaseView final : public QWidget
{
    Q_OBJECT

public:
    CaseView(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, QUndoStack *undo,
             QWidget *parent = nullptr);

    // Loads the case (audited as a read). False with a message on failure.
    bool openCase(qint64 caseId, QString *error = nullptr);
    qint64 caseId() const { return m_caseId; }
    CriteriaModel *criteria() const { return m_model; }
    const QVector<Evaluation> &evaluations() const { return m_evaluations; }
    const Evaluation *currentEvaluation() const;

    // Decides the selected criterion (the same as the buttons).
    bool decide(const QString &status);
    void selectCriterion(const QString &label);
    void nextUndecided();
    // Opens an attachment in the viewer (checked against its SHA-256 first);
    // returns the viewer, or nullptr with the reason in the case message.
    class AttachmentViewer *openAttachment(int row);
    // Links the next decision to an attachment (row in the attachments list, -1: none) and page.
    void setEvidence(int attachmentRow, int page);
    // The lab history of the selected criterion, or nullptr when it rests on no lab.
    class LabHistoryDialog *labHistory();
    // The determination dialog for the selected policy (reviewers and
    // medical directors), or nullptr.
    class DeterminationDialog *determination();
    // Attaches a file to the case; the error text on failure.
    QString attachFile(const QString &path);

Q_SIGNALS:
    void caseChanged(qint64 caseId);
    void closeRequested();

private:
    // The policy selector (which policies apply, the one chosen).
    void buildPolicySelector();
    void loadPolicies();
    void choosePolicy(int index);
    void updatePolicyNote();

    void showPolicy(int index);
    void showSelection();
    void refreshDecisions();
    void updateProgress();
    void updateRecommendation();
    void updateHeader();
    void sendToDirector();
    void loadAttachments();

    std::shared_ptr<Database> m_db;
    User m_user;
    const PolicyLibrary &m_library;
    QUndoStack *m_undo;
    qint64 m_caseId = 0;
    CaseFacts m_facts;
    CaseSummary m_summary;
    QVector<Evaluation> m_evaluations;
    QVector<bool> m_requiresDirector;

    QLabel *m_header = nullptr;
    QComboBox *m_policy = nullptr;
    QLabel *m_policyNote = nullptr; // several apply, the named policy's warnings, a refused choice
    QLabel *m_recommendation = nullptr;
    QTreeView *m_tree = nullptr;
    CriteriaModel *m_model = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_evidence = nullptr; // link a decision to an attachment…
    QSpinBox *m_evidencePage = nullptr; // …and its page
    QPushButton *m_met = nullptr;
    QPushButton *m_notMet = nullptr;
    QPushButton *m_unknown = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_toDirector = nullptr;
    QPushButton *m_determine = nullptr;
    QLabel *m_banner = nullptr; // why this case cannot be decided here
    QString m_lastError; // of the last decision command run
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_attachments = nullptr;
    QVector<StoredAttachment> m_attachmentList;
    class LettersPanel *m_letters = nullptr;
};

} // namespace pareview
