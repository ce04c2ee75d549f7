#include "MainWindow.h"

#include "admin/AuditView.h"
#include "common/IdleLock.h"
#include "intake/IntakeForm.h"
#include "policies/PolicyBrowser.h"
#include "policies/PolicyComparisonView.h"
#include "review/CaseView.h"
#include "worklist/WorklistView.h"

#include "engine/Evaluator.h"
#include "intake/FhirImporter.h"
#include "store/Worklist.h"
#include "worklist/WorklistModel.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QAction>
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
#include <QFileDialog>
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
    setWindowTitle(tr("pareview — %1 (%2)").arg(user.displayName.isEmpty() ? user.name : user.displayName, roleTitle(user.role)));
    m_undo = new QUndoStack(this);

    m_pages = new QStackedWidget;
    m_worklist = new WorklistView(m_db, m_user);
    m_case = new CaseView(m_db, m_user, m_library, m_undo);
    m_policies = new PolicyBrowser(m_library);
    m_pages->addWidget(m_worklist);
    m_pages->addWidget(m_case);
    m_pages->addWidget(m_policies);
    m_intake = new IntakeForm(m_db, m_user);
    m_pages->addWidget(m_intake);
    connect(m_intake, &IntakeForm::saved, this, [this](qint64 id) {
        m_worklist->reload();
        statusBar()->showMessage(tr("Draft saved as case %1.").arg(id));
    });
    connect(m_intake, &IntakeForm::submitted, this, [this](qint64 id) {
        m_worklist->reload();
        openCase(id);
    });
    // A team server that restarts: say so, until the next step reconnects
    // (the screens keep what was typed; the failed step shows its own error).
    connect(m_db.get(), &Database::connectionLost, this, [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_db.get(), &Database::connectionRestored, this,
            [this] { statusBar()->showMessage(tr("Connected to the database server again."), 10000); });
    if (user.role == Role::Administrator) {
        m_audit = new AuditView(m_db);
        m_pages->addWidget(m_audit);
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
    QSettings settings;
    const int minutes = user.role == Role::Administrator ? settings.value(QStringLiteral("security/idleMinutesAdministrator"), 10).toInt()
                                                         : settings.value(QStringLiteral("security/idleMinutes"), 15).toInt();
    m_idle = new IdleLock(qMax(1, minutes) * 60 * 1000, this);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);

    connect(m_worklist, &WorklistView::openCase, this, &MainWindow::openCase);
    connect(m_case, &CaseView::closeRequested, this, &MainWindow::showWorklist);
    connect(m_case, &CaseView::caseChanged, m_worklist, &WorklistView::reload);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRequestAction = file->addAction(tr("&New request…"), this, &MainWindow::newRequest);
    newRequestAction->setObjectName(QStringLiteral("newRequestAction"));
    newRequestAction->setShortcut(QKeySequence::New);
    newRequestAction->setEnabled(user.role == Role::IntakeNurse || user.role == Role::Administrator);
    QAction *import = file->addAction(tr("&Import FHIR bundle…"), this, &MainWindow::chooseBundle);
    QAction *importDir = file->addAction(tr("Import a &folder of bundles…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import every bundle of a folder"));
        if (!dir.isEmpty())
            statusBar()->showMessage(importFolder(dir).section(QLatin1Char('\n'), 0, 0));
    });
    importDir->setObjectName(QStringLiteral("importFolderAction"));
    importDir->setEnabled(user.role == Role::IntakeNurse || user.role == Role::Administrator);
    QAction *reevaluate = file->addAction(tr("&Re-evaluate the listed cases…"), this, [this] {
        statusBar()->showMessage(reevaluateCases());
    });
    reevaluate->setObjectName(QStringLiteral("reevaluateAction"));
    reevaluate->setEnabled(user.role != Role::IntakeNurse);
    file->addAction(tr("&Settings…"), this, &MainWindow::showSettings)->setObjectName(QStringLiteral("settingsAction"));
    import->setObjectName(QStringLiteral("importBundleAction"));
    import->setShortcut(QKeySequence::Open);
    import->setEnabled(user.role == Role::IntakeNurse || user.role == Role::Administrator);
    file->addSeparator();
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
                                 .arg(user.name, roleTitle(user.role)));
    // Bundles dropped on the window are imported, documents dropped on a
    // case attached; the store decides who may.
    setAcceptDrops(true);
    resize(1280, 800);
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

void MainWindow::newRequest()
{
    m_intake->startNew();
    m_pages->setCurrentWidget(m_intake);
}

bool MainWindow::openCase(qint64 caseId)
{
    QString error;
    // A nurse opening a case still at intake goes on with the draft.
    if (m_user.role == Role::IntakeNurse) {
        auto summary = CaseStore::summary(*m_db, caseId);
        if (summary && (summary->status == QLatin1String("intake") || summary->status == QLatin1String("pended"))
            && m_intake->resume(caseId, &error)) {
            m_pages->setCurrentWidget(m_intake);
            return true;
        }
    }
    if (!m_case->openCase(caseId, &error)) {
        statusBar()->showMessage(error);
        return false;
    }
    m_pages->setCurrentWidget(m_case);
    return true;
}

void MainWindow::showWorklist()
{
    m_worklist->reload();
    m_pages->setCurrentWidget(m_worklist);
}

void MainWindow::showPolicies()
{
    m_pages->setCurrentWidget(m_policies);
}

void MainWindow::showComparison()
{
    // Built when first shown: most sessions never compare policies, and the
    // table lays out every wrapped cell (a tenth of start-up; BENCHMARKS.md).
    if (!m_comparison) {
        m_comparison = new PolicyComparisonView(m_library);
        m_pages->addWidget(m_comparison);
    }
    m_pages->setCurrentWidget(m_comparison);
}

void MainWindow::showAudit()
{
    if (!m_audit)
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
    auto id = CaseStore::create(*m_db, facts.value(), m_user);
    if (!id)
        return tr("The case was not stored: %1").arg(id.error());
    if (open) {
        m_worklist->reload();
        openCase(id.value());
        statusBar()->showMessage(tr("Imported %1 as case %2.").arg(path).arg(id.value()));
    }
    return {};
}

QString MainWindow::importFolder(const QString &dir, int cancelAfter)
{
    const QDir folder(dir);
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QProgressDialog progress(tr("Importing bundles…"), tr("Cancel"), 0, int(files.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    int imported = 0;
    QStringList refused;
    for (int i = 0; i < files.size(); ++i) {
        if (progress.wasCanceled() || (cancelAfter >= 0 && i >= cancelAfter))
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

QString MainWindow::reevaluateCases(int cancelAfter)
{
    const WorklistFilter filter = m_worklist->model()->filter();
    auto total = Worklist::count(*m_db, filter);
    if (!total)
        return total.error();
    QProgressDialog progress(tr("Re-evaluating cases…"), tr("Cancel"), 0, int(total.value()), this);
    progress.setObjectName(QStringLiteral("reevaluateProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QMap<QString, int> tally;
    int done = 0;
    bool cancelled = false;
    const int pageSize = 200;
    for (int offset = 0; !cancelled; offset += pageSize) {
        auto page = Worklist::page(*m_db, filter, {}, offset, pageSize);
        if (!page)
            return page.error();
        for (const WorklistRow &row : page.value()) {
            if (progress.wasCanceled() || (cancelAfter >= 0 && done >= cancelAfter)) {
                cancelled = true;
                break;
            }
            auto facts = CaseStore::facts(*m_db, row.id, m_user);
            if (facts) {
                const QDate asOf = Evaluator::defaultAsOf(facts.value());
                for (const QString &id : m_library.ids()) {
                    const Policy *p = m_library.inEffect(id, asOf);
                    if (p && !Evaluator::whyNotApplicable(*p, facts.value()))
                        ++tally[recommendationName(Evaluator::evaluate(*p, facts.value(), asOf).recommendation)];
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
    dialog.setWindowTitle(tr("Settings"));
    QSettings settings;
    auto *language = new QComboBox;
    language->setObjectName(QStringLiteral("settingsLanguage"));
    language->addItem(tr("System language"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    language->setCurrentIndex(qMax(0, language->findData(settings.value(QStringLiteral("ui/language")).toString())));
    auto *idle = new QSpinBox;
    idle->setObjectName(QStringLiteral("settingsIdleMinutes"));
    idle->setRange(1, 120);
    idle->setSuffix(tr(" minutes"));
    const QString idleKey = m_user.role == Role::Administrator ? QStringLiteral("security/idleMinutesAdministrator")
                                                               : QStringLiteral("security/idleMinutes");
    idle->setValue(settings.value(idleKey, m_user.role == Role::Administrator ? 10 : 15).toInt());
    auto *store = new QLabel(settings.value(QStringLiteral("store/location")).toString());
    store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Language of the workstation (next start)"), language);
    form->addRow(tr("Lock after inactivity"), idle);
    form->addRow(tr("Case store"), store);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("ui/language"), language->currentData().toString());
    settings.setValue(idleKey, idle->value());
    m_idle->setTimeout(idle->value() * 60 * 1000);
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a FHIR bundle"), QString(), tr("FHIR bundles (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = importBundle(path);
    if (!error.isEmpty())
        statusBar()->showMessage(error);
}

} // namespace pareview
