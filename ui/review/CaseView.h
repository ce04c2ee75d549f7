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
class Presence;

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
    QString caseReference() const { return m_summary.reference; }
    CriteriaModel *criteria() const { return m_model; }
    const QVector<Evaluation> &evaluations() const { return m_evaluations; }
    const Evaluation *currentEvaluation() const;

    // Attaches a file to the case (the Attach button, a file dropped on the
    // window); the error text on failure.
    QString attachFile(const QString &path);

    // A letter of this case is being laid out (the Appeals tab's, the
    // Determine… dialog's): closing the window now would drop it.
    bool letterBeingIssued() const;

    // Records which case this window has open while it is shown, and warns
    // when another workstation has it open too (MainWindow's Presence).
    void setPresence(Presence *presence);
    // Someone else changed the store (ChangeWatcher): who else has this case
    // open now, and whether the case changed since it was opened here.
    void othersChanged();

Q_SIGNALS:
    void caseChanged(qint64 caseId);
    void closeRequested();
    // What a step did, for the status bar ("PA-0000003 sent to the medical director").
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateOthers();
    // After a step here that leaves the case's facts and the reviewers'
    // decisions as they were (a determination recorded, a letter issued, an
    // appeal step): its status, letters, determinations and appeals are read
    // again, not the whole case.
    void refreshAfterStep();
    void updatePolicyEnabled();
    // The policy selector (which policies apply, the one chosen).
    void buildPolicySelector();
    void loadPolicies();
    void choosePolicy(int index);
    void updatePolicyNote();

    void showPolicy(int index);
    void showSelection();
    void refreshDecisions();
    void updateProgress();
    // Why the selected row cannot be decided here (the workflow, a section row).
    // Why nothing can be decided yet: several policies apply and none is chosen.
    std::optional<QString> whyNoPolicy() const;
    std::optional<QString> whyNotDecidable(const CriterionResult *c) const;
    void updateDecisionButtons();
    void updateRecommendation();
    void updateHeader();
    void sendToDirector();
    void loadAttachments();
    void attachChosenFile();
    void loadCorrections();
    void loadValueSources();

    // What the buttons, keys and rows do: decide the selected criterion, go
    // to a criterion, open an attachment (checked against its SHA-256 first;
    // nullptr with the reason in the case message), chart the selected
    // criterion's lab (nullptr when it rests on none), determine the case.
    bool decide(const QString &status);
    void selectCriterion(const QString &label);
    void nextUndecided();
    class AttachmentViewer *openAttachment(int row);
    class LabHistoryDialog *labHistory();
    class DeterminationDialog *determination();

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
    // The decision that asked for a note, and its criterion: Enter in the
    // note records it (a keyboard user need not press the key again).
    QString m_decisionAwaitingNote;
    QString m_criterionAwaitingNote;
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
    class AppealsPanel *m_appeals = nullptr;
    QTableWidget *m_corrections = nullptr; // the case's correction history
    QTableWidget *m_valueSources = nullptr; // the case-level values, where each came from, and earlier values
    QTableWidget *m_determinations = nullptr; // its determinations, with a director's rationale against the recommendation
    void loadDeterminations();
    Presence *m_presence = nullptr;
    bool m_changedElsewhere = false; // the case's version in the store is not the one shown
    QLabel *m_others = nullptr; // "Open by Dana Reviewer since 14:02 — changes may conflict"
};

} // namespace pareview
