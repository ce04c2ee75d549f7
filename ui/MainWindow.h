#pragma once

#include "policy/PolicyLibrary.h"
#include "store/Users.h"

#include <QMainWindow>

#include <memory>

class QMenu;
class QStackedWidget;
class QUndoStack;

namespace pareview {

class AuditView;
class CaseView;
class ChangeWatcher;
class Presence;
class IdleLock;
class IntakeForm;
class Database;
class PolicyBrowser;
class PolicyComparisonView;
class WorklistView;

// The workstation: the worklist, a case under review, the policy library.
// The title shows who is signed in and their role.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<Database> db, const User &user, PolicyLibrary library, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorklistView *worklist() const { return m_worklist; }
    // Made when a case is first opened (or when asked for here).
    CaseView *caseView();
    QUndoStack *undoStack() const { return m_undo; }
    // Made when first asked for (New request, Correct, a nurse opening a draft).
    IntakeForm *intakeForm();

    // Who is signed in. File → Sign out asks the session for the sign-in
    // dialog (ui/common/Session).
    const User &user() const { return m_user; }

Q_SIGNALS:
    void signOutRequested();

public:
    // Idle lock: PHI hidden and the clipboard cleared until the password is
    // typed again. 15 minutes by default, 10 for administrators (settings).
    bool isLocked() const;
    IdleLock *idleLock() const { return m_idle; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // What the menus, the worklist and the lock screen do.
    bool openCase(qint64 caseId);
    void showWorklist();
    void showPolicies();
    void showComparison();
    void showAudit(); // administrators only
    // Intake nurses: a new request typed in, or a saved draft resumed.
    void newRequest();
    // Which case this window has open while the intake form shows (Presence).
    void updateIntakePresence();
    // Imports a FHIR bundle file as a new case; the error text on failure.
    QString importBundle(const QString &path, bool open = true);
    // Imports every *.json of a folder, each bundle all or nothing, with a
    // progress dialog whose Cancel stops before the next bundle. Returns "N
    // imported, M refused" and the refusals, one per line.
    QString importFolder(const QString &dir);
    void showSettings();
    // Re-evaluates every case of the worklist's current filter (after a
    // policy version changed, say), with progress and Cancel. Returns a
    // summary by recommendation.
    QString reevaluateCases();
    void lock();
    bool unlock(const QString &password);

    void chooseBundle();
    // Leaving the intake form with typed data not saved asks first (save
    // the draft, discard, or stay); false: stay where we are.
    bool leaveIntakeForm();
    void chooseBundleFolder();
    void addSessionActions(QMenu *file);

    std::shared_ptr<Database> m_db;
    User m_user;
    PolicyLibrary m_library;
    QUndoStack *m_undo = nullptr;
    QStackedWidget *m_pages = nullptr;
    WorklistView *m_worklist = nullptr;
    CaseView *m_case = nullptr;
    PolicyBrowser *m_policies = nullptr;
    PolicyComparisonView *m_comparison = nullptr;
    AuditView *m_audit = nullptr;
    IntakeForm *m_intake = nullptr;
    QWidget *m_lockPage = nullptr;
    QWidget *m_beforeLock = nullptr;
    IdleLock *m_idle = nullptr;
    Presence *m_presence = nullptr;
    ChangeWatcher *m_watcher = nullptr;
};

} // namespace pareview
