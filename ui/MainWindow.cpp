#include "MainWindow.h"

#include "admin/AuditView.h"
#include "admin/IntegrityStatus.h"
#include "admin/PayerTableDialog.h"
#include "common/Dialogs.h"
#include "common/IdleLock.h"
#include "common/ScreenFit.h"
#include "common/StatusText.h"
#include "common/UserSettings.h"
#include "intake/IntakeForm.h"
#include "policies/PolicyBrowser.h"
#include "policies/PolicyComparisonView.h"
#include "review/CaseView.h"
#include "worklist/WorklistView.h"

#include "engine/Evaluator.h"
#include "intake/FhirImporter.h"
#include "store/ChangeWatcher.h"
#include "store/Presence.h"
#include "store/Worklist.h"
#include "worklist/WorklistModel.h"
#include "store/CaseStore.h"
#include "store/PolicyChoice.h"
#include "store/Database.h"

#include <QAction>
#include <QCloseEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QMimeData>
#include <QProgressDialog>
#include <QSpinBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace pareview {

MainWindow::MainWindow(std::shared_ptr<Database> db, const User &user, PolicyLibrary library, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_user(user)
    , m_library(std::move(library))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("pareview — %1 (%2)").arg(user.displayName.isEmpty() ? user.name : user.displayName, roleText(user.role)));
    m_undo = new QUndoStack(this);

    m_pages = new QStackedWidget;
    m_worklist = new WorklistView(m_db, m_user);
    m_pages->addWidget(m_worklist);
    // The case view, the policy browser and the intake form are made when
    // first shown (caseView(), showPolicies(), intakeForm()): the first
    // window waits only for the worklist (BENCHMARKS.md, start-up).
    // A team server that restarts: say so, until the next step reconnects
    // (the screens keep what was typed; the failed step shows its own error).
    // Many workstations: what the others change shows here by itself, and
    // a case open elsewhere is marked in the worklist and the case view.
    m_presence = new Presence(m_db, m_user, this);
    m_worklist->setPresence(m_presence);
    // The intake form registers the draft it has open like the case view
    // does, once the page has changed (the case view leaves its case when
    // hidden, after the next page is shown).
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateIntakePresence);
    m_watcher = new ChangeWatcher(m_db, this);
    connect(m_watcher, &ChangeWatcher::changed, m_worklist, &WorklistView::refresh);
    connect(m_db.get(), &Database::connectionLost, this, [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_db.get(), &Database::connectionRestored, this,
            [this] { statusBar()->showMessage(tr("Connected to the database server again."), 10000); });
    if (user.role == Role::Administrator) {
        m_audit = new AuditView(m_db);
        m_pages->addWidget(m_audit);
        // The store's integrity, checked in the background (docs/integrity.md).
        auto *integrity = new IntegrityStatus(m_db, this);
        statusBar()->addPermanentWidget(integrity);
        connect(integrity, &IntegrityStatus::affectedCases, m_worklist->model(), &WorklistModel::setFlagged);
    }
    setCentralWidget(m_pages);

    m_lockPage = new QWidget;
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    {
        auto *layout = new QVBoxLayout(m_lockPage);
        auto *label = new QLabel(tr("Locked after inactivity. %1, type your password to go on.").arg(user.name));
        label->setAlignment(Qt::AlignCenter);
        auto *password = new QLineEdit;
        password->setObjectName(QStringLiteral("unlockPassword"));
        password->setEchoMode(QLineEdit::Password);
        password->setMaximumWidth(320);
        auto *message = new QLabel;
        message->setObjectName(QStringLiteral("unlockMessage"));
        message->setAlignment(Qt::AlignCenter);
        auto *button = new QPushButton(tr("Unlock"));
        button->setObjectName(QStringLiteral("unlockButton"));
        layout->addStretch();
        layout->addWidget(label);
        layout->addWidget(password, 0, Qt::AlignHCenter);
        layout->addWidget(button, 0, Qt::AlignHCenter);
        layout->addWidget(message);
        layout->addStretch();
        auto attempt = [this, password, message] {
            if (!unlock(password->text()))
                message->setText(tr("Wrong password."));
            password->clear();
        };
        connect(button, &QPushButton::clicked, this, attempt);
        connect(password, &QLineEdit::returnPressed, this, attempt);
    }
    m_pages->addWidget(m_lockPage);
    m_idle = new IdleLock(UserSettings::idleMinutes(user) * 60 * 1000, this);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);

    connect(m_worklist, &WorklistView::openCase, this, &MainWindow::openCase);
    // What sending, recording, issuing and claiming did, with the case reference.
    connect(m_worklist, &WorklistView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRequestAction = file->addAction(tr("&New request…"), this, &MainWindow::newRequest);
    newRequestAction->setObjectName(QStringLiteral("newRequestAction"));
    newRequestAction->setShortcut(QKeySequence::New);
    newRequestAction->setEnabled(user.role == Role::IntakeNurse || user.role == Role::Administrator);
    QAction *import = file->addAction(tr("&Import FHIR bundle…"), this, &MainWindow::chooseBundle);
    QAction *importDir = file->addAction(tr("Import a &folder of bundles…"), this, &MainWindow::chooseBundleFolder);
    importDir->setObjectName(QStringLiteral("importFolderAction"));
    importDir->setEnabled(user.role == Role::IntakeNurse || user.role == Role::Administrator);
    QAction *reevaluate = file->addAction(tr("&Re-evaluate the listed cases…"), this, [this] {
        statusBar()->showMessage(reevaluateCases());
    });
    reevaluate->setObjectName(QStringLiteral("reevaluateAction"));
    reevaluate->setEnabled(user.role != Role::IntakeNurse);
    file->addAction(tr("&Settings…"), this, &MainWindow::showSettings)->setObjectName(QStringLiteral("settingsAction"));
    QAction *payerTable = file->addAction(tr("Pa&yer table…"), this, [this] {
        PayerTableDialog dialog(m_db, m_user, m_library, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_worklist->reload(); // the payer filter follows the table
            statusBar()->showMessage(tr("Payer table saved."));
        }
    });
    payerTable->setObjectName(QStringLiteral("payerTableAction"));
    payerTable->setEnabled(user.role == Role::Administrator);
    // A submitted case is corrected at intake until review starts (the store decides).
    QAction *correct = file->addAction(tr("&Correct the open case…"), this, [this] {
        if (m_pages->currentWidget() != m_case || !m_case->caseId())
            return;
        QString error;
        if (!intakeForm()->resume(m_case->caseId(), &error)) {
            statusBar()->showMessage(error);
            return;
        }
        m_pages->setCurrentWidget(m_intake);
    });
    correct->setObjectName(QStringLiteral("correctCaseAction"));
    correct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Offered while a case is open, to the roles that correct cases.
    const bool corrects = user.role == Role::IntakeNurse || user.role == Role::Administrator;
    auto updateCaseActions = [this, correct, corrects] {
        const bool caseOpen = m_pages->currentWidget() == m_case && m_case->caseId() > 0;
        correct->setEnabled(corrects && caseOpen);
        correct->setStatusTip(caseOpen || !corrects ? QString() : tr("Open a case first."));
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, updateCaseActions);
    updateCaseActions();
    import->setObjectName(QStringLiteral("importBundleAction"));
    import->setShortcut(QKeySequence::Open);
    import->setEnabled(user.role == Role::IntakeNurse || user.role == Role::Administrator);
    file->addSeparator();
    addSessionActions(file);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Worklist"), QKeySequence(Qt::CTRL | Qt::Key_1), this, &MainWindow::showWorklist)->setObjectName(QStringLiteral("showWorklistAction"));
    view->addAction(tr("&Policies"), QKeySequence(Qt::CTRL | Qt::Key_3), this, &MainWindow::showPolicies)->setObjectName(QStringLiteral("showPoliciesAction"));
    view->addAction(tr("Policy &comparison"), QKeySequence(Qt::CTRL | Qt::Key_4), this, &MainWindow::showComparison)->setObjectName(QStringLiteral("showComparisonAction"));
    if (m_audit)
        view->addAction(tr("&Audit trail"), QKeySequence(Qt::CTRL | Qt::Key_5), this, &MainWindow::showAudit)->setObjectName(QStringLiteral("showAuditAction"));

    statusBar()->showMessage(tr("Signed in as %1 (%2) · %n policies loaded", nullptr, int(m_library.ids().size()))
                                 .arg(user.name, roleText(user.role)));
    // Bundles dropped on the window are imported, documents dropped on a
    // case attached; the store decides who may.
    setAcceptDrops(true);
    fitToScreen(this, QSize(1280, 800));
}

MainWindow::~MainWindow() = default;

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_beforeLock = m_pages->currentWidget();
    m_pages->setCurrentWidget(m_lockPage);
    menuBar()->setEnabled(false);
    statusBar()->clearMessage();
    QGuiApplication::clipboard()->clear();
    m_idle->setActive(false);
    m_lockPage->findChild<QLineEdit *>(QStringLiteral("unlockPassword"))->setFocus();
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockPage;
}

bool MainWindow::unlock(const QString &password)
{
    auto user = Users::authenticate(*m_db, m_user.name, password);
    if (!user)
        return false;
    m_pages->setCurrentWidget(m_beforeLock ? m_beforeLock : m_worklist);
    menuBar()->setEnabled(true);
    m_idle->setActive(true);
    return true;
}

CaseView *MainWindow::caseView()
{
    if (m_case)
        return m_case;
    m_case = new CaseView(m_db, m_user, m_library, m_undo);
    m_pages->addWidget(m_case);
    m_case->setPresence(m_presence);
    connect(m_watcher, &ChangeWatcher::changed, m_case, &CaseView::othersChanged);
    // What sending, recording, issuing and claiming did, with the case reference.
    connect(m_case, &CaseView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_case, &CaseView::closeRequested, this, &MainWindow::showWorklist);
    connect(m_case, &CaseView::caseChanged, m_worklist, &WorklistView::reload);
    return m_case;
}

IntakeForm *MainWindow::intakeForm()
{
    if (m_intake)
        return m_intake;
    m_intake = new IntakeForm(m_db, m_user, m_library);
    m_pages->addWidget(m_intake);
    // The form says what happened ("Draft PA-0000011 saved", "… submitted").
    connect(m_intake, &IntakeForm::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_intake, &IntakeForm::saved, m_worklist, &WorklistView::reload);
    connect(m_intake, &IntakeForm::saved, this, &MainWindow::updateIntakePresence);
    connect(m_intake, &IntakeForm::corrected, m_worklist, &WorklistView::reload);
    connect(m_intake, &IntakeForm::submitted, this, [this](qint64 id) {
        m_worklist->reload();
        // The submitted case as the reviewer will see it; the nurse corrects
        // it from the worklist until review starts.
        QString error;
        if (caseView()->openCase(id, &error))
            m_pages->setCurrentWidget(m_case);
    });
    return m_intake;
}

bool MainWindow::leaveIntakeForm()
{
    if (!m_intake || m_pages->currentWidget() != m_intake || !m_intake->hasUnsavedChanges())
        return true;
    const auto answer = Dialogs::question(this, tr("Unsaved request"),
                                          m_intake->correcting()
                                              ? tr("The corrections you typed are not saved yet. Save them before leaving?")
                                              : tr("The request you typed is not saved yet. Save it as a draft before leaving?"),
                                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        statusBar()->showMessage(tr("The unsaved changes were discarded."));
        return true;
    }
    if (answer != QMessageBox::Save)
        return false;
    const QString error = m_intake->correcting() ? m_intake->saveCorrections() : m_intake->saveDraft();
    if (!error.isEmpty()) {
        statusBar()->showMessage(error);
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!leaveIntakeForm()) {
        event->ignore();
        return;
    }
    // Like the Determine… dialog: a letter being laid out would be dropped
    // (the case shows its decision, the member gets no letter). It takes a moment.
    if (m_case && m_case->letterBeingIssued()) {
        Dialogs::information(this, tr("A letter is being issued"),
                             tr("The letter of %1 is still being laid out; it is stored in a moment. Close the window "
                                "or sign out once it is issued (the case's Letters tab lists it).")
                                 .arg(m_case->caseReference()));
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::newRequest()
{
    if (!leaveIntakeForm())
        return;
    intakeForm()->startNew();
    m_pages->setCurrentWidget(m_intake);
    updateIntakePresence(); // a new request has no case yet, the draft before is left
}

void MainWindow::updateIntakePresence()
{
    if (m_pages->currentWidget() == m_case)
        return; // the case view registers its own case
    if (m_pages->currentWidget() == m_intake && m_intake->caseId() > 0)
        (void)m_presence->enter(m_intake->caseId()); // unreachable: the row is made with the next change
    else
        m_presence->leave();
}

bool MainWindow::openCase(qint64 caseId)
{
    if (!leaveIntakeForm())
        return false;
    QString error;
    // A nurse opening a case still at intake goes on with the draft.
    if (m_user.role == Role::IntakeNurse) {
        auto summary = CaseStore::summary(*m_db, caseId);
        if (summary && (summary->status == QLatin1String("intake") || summary->status == QLatin1String("pended"))
            && intakeForm()->resume(caseId, &error)) {
            m_pages->setCurrentWidget(m_intake);
            return true;
        }
    }
    if (!caseView()->openCase(caseId, &error)) {
        statusBar()->showMessage(error);
        return false;
    }
    m_pages->setCurrentWidget(m_case);
    return true;
}

void MainWindow::showWorklist()
{
    if (!leaveIntakeForm())
        return;
    m_worklist->reload();
    m_pages->setCurrentWidget(m_worklist);
}

void MainWindow::showPolicies()
{
    if (!leaveIntakeForm())
        return;
    if (!m_policies) {
        m_policies = new PolicyBrowser(m_library);
        m_pages->addWidget(m_policies);
    }
    m_pages->setCurrentWidget(m_policies);
}

void MainWindow::showComparison()
{
    // Built when first shown: most sessions never compare policies, and the
    // table lays out every wrapped cell (a tenth of start-up; BENCHMARKS.md).
    if (!leaveIntakeForm())
        return;
    if (!m_comparison) {
        m_comparison = new PolicyComparisonView(m_library);
        m_pages->addWidget(m_comparison);
    }
    m_pages->setCurrentWidget(m_comparison);
}

void MainWindow::showAudit()
{
    if (!m_audit || !leaveIntakeForm())
        return;
    m_audit->reload();
    m_pages->setCurrentWidget(m_audit);
}

QString MainWindow::importBundle(const QString &path, bool open)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, f.errorString());
    if (f.size() > FhirImporter::MaxBundleBytes)
        return tr("%1 is larger than 256 MiB: too large to be a request.").arg(path);
    auto facts = FhirImporter::import(f.readAll());
    if (!facts)
        return tr("The bundle was rejected, nothing was stored: %1").arg(facts.error());
    FhirImporter::attribute(facts.value(), QFileInfo(path).fileName(), m_user.name);
    auto id = CaseStore::create(*m_db, facts.value(), m_user, CaseArrival::Electronic);
    if (!id)
        return tr("The case was not stored: %1").arg(id.error());
    if (open) {
        m_worklist->reload();
        openCase(id.value());
        auto stored = CaseStore::summary(*m_db, id.value());
        statusBar()->showMessage(tr("Imported %1 as case %2.").arg(QFileInfo(path).fileName(), stored ? stored->reference : QString::number(id.value())));
    }
    return {};
}

QString MainWindow::importFolder(const QString &dir)
{
    const QDir folder(dir);
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QProgressDialog progress(tr("Importing bundles…"), tr("Cancel"), 0, int(files.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    // Shown at once: the person asked for a batch and can always reach Cancel.
    progress.setMinimumDuration(0);
    int imported = 0;
    QStringList refused;
    for (int i = 0; i < files.size(); ++i) {
        if (progress.wasCanceled())
            break;
        progress.setValue(i);
        progress.setLabelText(tr("Importing %1 (%2 of %3)…").arg(files[i]).arg(i + 1).arg(files.size()));
        const QString error = importBundle(folder.filePath(files[i]), false);
        if (error.isEmpty())
            ++imported;
        else
            refused << QStringLiteral("%1: %2").arg(files[i], error);
        QCoreApplication::processEvents();
    }
    progress.setValue(int(files.size()));
    m_worklist->reload();
    const int left = int(files.size()) - imported - int(refused.size());
    QString summary = tr("%1 imported, %2 refused").arg(imported).arg(refused.size());
    if (left > 0)
        summary += tr(", %1 not tried (cancelled)").arg(left);
    return (QStringList{summary} + refused).join(QLatin1Char('\n'));
}

QString MainWindow::reevaluateCases()
{
    const WorklistFilter filter = m_worklist->model()->filter();
    auto total = Worklist::count(*m_db, filter);
    if (!total)
        return total.error();
    QProgressDialog progress(tr("Re-evaluating cases…"), tr("Cancel"), 0, int(total.value()), this);
    progress.setObjectName(QStringLiteral("reevaluateProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0); // as for the folder import
    progress.setValue(0);
    QMap<QString, int> tally;
    int done = 0;
    bool cancelled = false;
    const int pageSize = 200;
    for (int offset = 0; !cancelled; offset += pageSize) {
        auto page = Worklist::page(*m_db, filter, {}, offset, pageSize);
        if (!page)
            return page.error();
        for (const WorklistRow &row : page.value()) {
            if (progress.wasCanceled()) {
                cancelled = true;
                break;
            }
            auto facts = CaseStore::facts(*m_db, row.id, m_user);
            if (facts) {
                // Under the case's policy; every one that applies while none is chosen.
                const QDate asOf = Evaluator::defaultAsOf(facts.value());
                if (auto policies = PolicyChoices::forCase(*m_db, m_library, row.id, facts.value())) {
                    for (const ApplicablePolicy &a : std::as_const(policies->selection.policies))
                        if (!policies->current() || policies->current()->policy == a.policy)
                            ++tally[recommendationName(Evaluator::evaluate(*a.policy, facts.value(), asOf).recommendation)];
                }
            }
            progress.setValue(++done);
            QCoreApplication::processEvents();
        }
        if (page->size() < pageSize)
            break;
    }
    progress.setValue(int(total.value()));
    QStringList parts;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    QString summary = tr("%1 of %2 cases re-evaluated: %3").arg(done).arg(total.value()).arg(parts.join(QStringLiteral(", ")));
    if (cancelled)
        summary += tr(" (cancelled)");
    return summary;
}

void MainWindow::showSettings()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    dialog.setWindowTitle(tr("Settings for %1").arg(m_user.name));
    QSettings settings;
    auto *language = new QComboBox;
    language->setObjectName(QStringLiteral("settingsLanguage"));
    language->setAccessibleName(tr("Language"));
    language->addItem(tr("System language"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    language->setCurrentIndex(qMax(0, language->findData(UserSettings::language(m_user.name))));
    auto *idle = new QSpinBox;
    idle->setObjectName(QStringLiteral("settingsIdleMinutes"));
    idle->setAccessibleName(tr("Lock after inactivity, in minutes"));
    idle->setRange(1, 120);
    idle->setSuffix(tr(" min"));
    idle->setValue(UserSettings::idleMinutes(m_user));
    auto *store = new QLabel(settings.value(QStringLiteral("store/location")).toString());
    store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    store->setWordWrap(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Language (from the next sign-in)"), language);
    form->addRow(tr("Lock after &inactivity"), idle);
    form->addRow(tr("Case store"), store);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    fitToScreen(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The person's own: the next one to sign in here keeps theirs.
    UserSettings::setLanguage(m_user.name, language->currentData().toString());
    UserSettings::setIdleMinutes(m_user, idle->value());
    m_idle->setTimeout(UserSettings::idleMinutes(m_user) * 60 * 1000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList messages;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir())
            messages << importFolder(path).section(QLatin1Char('\n'), 0, 0);
        else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            const QString error = importBundle(path);
            if (!error.isEmpty())
                messages << error;
        } else if (m_pages->currentWidget() == m_case) {
            const QString error = m_case->attachFile(path);
            messages << (error.isEmpty() ? tr("Attached %1.").arg(QFileInfo(path).fileName()) : error);
        }
    }
    if (!messages.isEmpty())
        statusBar()->showMessage(messages.join(QStringLiteral(" · ")));
    event->acceptProposedAction();
}

void MainWindow::chooseBundle()
{
    const QString path = Dialogs::openFileName(this, tr("Import a FHIR bundle"), QString(), tr("FHIR bundles (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = importBundle(path);
    if (!error.isEmpty())
        statusBar()->showMessage(error);
}

void MainWindow::chooseBundleFolder()
{
    const QString dir = Dialogs::existingDirectory(this, tr("Import every bundle of a folder"));
    if (!dir.isEmpty())
        statusBar()->showMessage(importFolder(dir).section(QLatin1Char('\n'), 0, 0));
}

void MainWindow::addSessionActions(QMenu *file)
{
    // The session closes this window with close(), so whatever asks before
    // the window closes asks before signing out too.
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
}

} // namespace pareview
