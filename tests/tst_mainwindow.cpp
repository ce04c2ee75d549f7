// The workstation driven like a person would, by objectName, offscreen:
// sign in, find a case in the worklist, review its criteria with the
// keyboard, undo and redo, send it to the medical director. Item models are
// checked with QAbstractItemModelTester. Screenshots of each main screen go
// to PAREVIEW_SCREENSHOT_DIR when set.

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/IdleLock.h"
#include "common/SignInDialog.h"
#include "intake/IntakeForm.h"
#include "attachments/AttachmentViewer.h"
#include "review/CaseView.h"
#include "review/LabHistoryDialog.h"
#include "review/CriteriaModel.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistView.h"

#include "store/Database.h"
#include "store/DemoData.h"
#include "store/CaseStore.h"
#include "store/Review.h"

#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAction>
#include <QComboBox>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QUrl>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QPointer>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pareview;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    void screenshot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("PAREVIEW_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(QDir(dir).filePath(QString::fromLatin1(name))));
    }

    User signIn(const QString &name, const QString &password)
    {
        SignInDialog dialog(m_db);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), name);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), password);
        screenshot(&dialog, "sign-in.png");
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        if (dialog.result() != QDialog::Accepted)
            return {};
        return dialog.user();
    }

    // Determine… as a person opens it: the button, then the dialog it shows.
    static QDialog *openDetermination(MainWindow &window)
    {
        auto *button = window.findChild<QPushButton *>(QStringLiteral("determineButton"));
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        QDialog *dialog = nullptr;
        for (int waited = 0; !dialog && waited < 5000; waited += 20) {
            QTest::qWait(20);
            auto *active = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (active && active->objectName() == QLatin1String("determinationDialog") && active->isVisible())
                dialog = active;
        }
        return dialog;
    }

    // Selects the attachment's row with a click and opens it with Return;
    // the viewer that shows, or nullptr.
    static AttachmentViewer *openAttachmentRow(CaseView *caseView, int row)
    {
        auto *tabs = caseView->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center()); // the Attachments tab
        auto *table = caseView->findChild<QTableWidget *>(QStringLiteral("attachmentsTable"));
        const QList<AttachmentViewer *> before = caseView->findChildren<AttachmentViewer *>();
        testsupport::clickRow(table, table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        return testsupport::newlyShown(caseView, before);
    }

    // "Attach document…" clicked, `path` chosen in the file chooser.
    static void attachWithTheButton(MainWindow &window, const QString &path)
    {
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFile, path));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("attachButton")), Qt::LeftButton);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("caseMessage"))->text(), QString());
    }

    // View → Worklist, the member's name typed in the search box, the one
    // case found opened with Return.
    static void openFromWorklist(MainWindow &window, const QString &member)
    {
        window.findChild<QAction *>(QStringLiteral("showWorklistAction"))->trigger();
        QVERIFY_OPENED(testsupport::searchWorklist(&window, member));
        QVERIFY_OPENED(testsupport::activateWorklistRow(&window, QString()));
    }

    int rowOf(QTableView *table, const QString &member)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, WorklistModel::Member).data().toString() == member)
                return r;
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
    }

    void cleanup() { m_db.reset(); }

    void wrongPasswordIsRefused()
    {
        SignInDialog dialog(m_db);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("reviewer"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("guess"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("signInMessage"))->text(), QStringLiteral("Wrong user name or password."));
    }

    void reviewerWorksACase()
    {
        // The nurse has submitted Elias Moreno's case: only a case in review goes on to a medical director.
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        auto elias = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = 'Elias Moreno'"));
        QVERIFY(elias && elias->next());
        QVERIFY(Review::submitForReview(*m_db, elias->value(0).toLongLong(), nurse));
        const User reviewer = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
        QCOMPARE(reviewer.role, Role::ClinicalReviewer);
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Clinical reviewer")));

        auto *table = window.findChild<QTableView *>(QStringLiteral("worklistTable"));
        QVERIFY(table);
        QAbstractItemModelTester worklistTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 10);
        screenshot(&window, "worklist.png");

        // Search by member name, as typed.
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("worklistSearch")), QStringLiteral("elias"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, WorklistModel::Member).data().toString(), QStringLiteral("Elias Moreno"));

        // Open it from the keyboard.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *caseView = window.findChild<CaseView *>(QStringLiteral("caseView"));
        QTRY_VERIFY(caseView->isVisible());
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("criteriaTree"));
        QAbstractItemModelTester criteriaTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *policy = window.findChild<QComboBox *>(QStringLiteral("policySelector"));
        // A Cigna Healthcare member's Hemgenix case: Cigna IP0535 alone (the payer table).
        QCOMPARE(policy->count(), 1);
        QVERIFY(policy->currentText().contains(QStringLiteral("IP0535")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("recommendation"))->text().contains(QStringLiteral("meets criteria")));

        // Agreeing with the data needs no note: M on 1.A.
        testsupport::clickRow(tree, caseView->criteria()->indexOf(QStringLiteral("1.A")));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_M);
        auto *model = caseView->criteria();
        QTRY_COMPARE(model->decision(QStringLiteral("1.A"))->decision.status, QStringLiteral("met"));

        // Overriding needs a note.
        testsupport::clickRow(tree, model->indexOf(QStringLiteral("1.K")));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_N);
        QVERIFY(!model->decision(QStringLiteral("1.K")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("caseMessage"))->text().contains(QStringLiteral("write a note")));
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("decisionNote")), QStringLiteral("platelets repeated: 41"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("markNotMet")), Qt::LeftButton);
        QTRY_COMPARE(model->decision(QStringLiteral("1.K"))->decision.status, QStringLiteral("not-met"));
        QCOMPARE(model->decision(QStringLiteral("1.K"))->decision.note, QStringLiteral("platelets repeated: 41"));

        // A decision can point at its evidence: the chart note, page 1.
        testsupport::clickRow(tree, model->indexOf(QStringLiteral("1.E.i")));
        auto *evidence = window.findChild<QComboBox *>(QStringLiteral("evidenceAttachment"));
        evidence->setFocus();
        QTest::keyClick(evidence, Qt::Key_Down); // past "no document" to the chart note; the page stays 1
        QCOMPARE(evidence->currentText(), QStringLiteral("progress-note.txt"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_M);
        QTRY_VERIFY(model->decision(QStringLiteral("1.E.i")));
        QVERIFY(model->decision(QStringLiteral("1.E.i"))->decision.attachmentId.has_value());
        QCOMPARE(model->decision(QStringLiteral("1.E.i"))->decision.page, std::optional<int>(1));
        QVERIFY(window.findChild<QTextBrowser *>(QStringLiteral("criterionDetail"))->toPlainText().contains(QStringLiteral("Evidence: progress-note.txt, page 1")));
        evidence->setFocus();
        QTest::keyClick(evidence, Qt::Key_Up); // back to "no document"
        window.undoStack()->undo(); // back to the two decisions the rest of the test expects
        screenshot(&window, "case-review.png");

        // Undo and redo through the Edit menu's actions.
        QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QAction *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        undo->trigger();
        QTRY_VERIFY(!model->decision(QStringLiteral("1.K")));
        redo->trigger();
        QTRY_COMPARE(model->decision(QStringLiteral("1.K"))->decision.status, QStringLiteral("not-met"));
        undo->trigger();
        undo->trigger();
        QTRY_VERIFY(!model->decision(QStringLiteral("1.A")));
        QCOMPARE(window.undoStack()->index(), 0);

        // Send it on; the case leaves the reviewer's hands.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sendToDirector")), Qt::LeftButton);
        auto q = m_db->exec(QStringLiteral("SELECT status FROM cases WHERE member_name = 'Elias Moreno'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("awaiting-medical-director"));

        // The medical director's queue shows it.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("backToWorklist")), Qt::LeftButton);
        window.findChild<QLineEdit *>(QStringLiteral("worklistSearch"))->clear();
        auto *queue = window.findChild<QComboBox *>(QStringLiteral("queueFilter"));
        queue->setCurrentIndex(queue->findText(QStringLiteral("Awaiting medical director")));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        window.findChild<QAction *>(QStringLiteral("showPoliciesAction"))->trigger();
        QVERIFY(window.findChild<QTreeWidget *>(QStringLiteral("policyTree"))->topLevelItemCount() == 6); // the six built-in policies
        screenshot(&window, "policies.png");
    }

    void nurseCannotDecide()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        QCOMPARE(nurse.role, Role::IntakeNurse);
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(Review::submitForReview(*m_db, 1, nurse)); // out of intake: the review screen, read-only for her
        openFromWorklist(window, QStringLiteral("Elias Moreno"));
        QVERIFY(window.caseView()->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("markNotMet"))->isEnabled());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("sendToDirector"))->isEnabled());
        // The store refuses even if the UI were bypassed.
        CriterionDecision d{QStringLiteral("cigna-ip0535"), QStringLiteral("1.A"), QStringLiteral("not-met"), QStringLiteral("x"), {}, {}};
        QVERIFY(!Review::recordDecision(*m_db, 1, d, nurse));
        DeterminationInput deny;
        deny.outcome = QStringLiteral("deny");
        deny.policyId = QStringLiteral("cigna-ip0535");
        deny.policyVersion = QStringLiteral("2026-03-12");
        QVERIFY(!Review::determine(*m_db, 1, deny, nurse));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importBundleAction"))->isEnabled());
    }

    void attachmentsOpenInsideTheCase()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(Review::submitForReview(*m_db, 1, nurse));
        openFromWorklist(window, QStringLiteral("Elias Moreno"));
        auto *caseView = window.caseView();
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("attachmentsTable"));
        QCOMPARE(table->rowCount(), 1); // the chart note that came with the bundle

        // The bundle's text note opens as text: its row, then Return.
        std::unique_ptr<AttachmentViewer> note(openAttachmentRow(caseView, 0));
        QVERIFY(note);
        QVERIFY(note->findChild<QPlainTextEdit *>(QStringLiteral("attachmentText"))->toPlainText().contains(QStringLiteral("progress")) ||
                !note->findChild<QPlainTextEdit *>(QStringLiteral("attachmentText"))->toPlainText().isEmpty());

        // A real PDF is rendered page by page in the helper process.
        const QString pdf = m_dir.filePath(QStringLiteral("liver-panel.pdf"));
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R 6 0 R]/Count 2>>endobj "
                    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj "
                    "4 0 obj<</Length 44>>stream\nBT /F1 24 Tf 72 700 Td (Liver panel) Tj ET\nendstream endobj "
                    "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj "
                    "6 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                    "trailer<</Root 1 0 R>>\n%%EOF\n");
        }
        attachWithTheButton(window, pdf);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("application/pdf"));
        std::unique_ptr<AttachmentViewer> viewer(openAttachmentRow(caseView, 1));
        QVERIFY(viewer);
        // Rendered on a worker: the page arrives while the window answers.
        auto *status = viewer->findChild<QLabel *>(QStringLiteral("attachmentStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("page 1 of 2")), 20000);
        QVERIFY2(viewer->problem().isEmpty(), qPrintable(viewer->problem()));
        QCOMPARE(viewer->pageCount(), 2);
        QVERIFY(!viewer->findChild<QLabel *>(QStringLiteral("attachmentImage"))->pixmap().isNull());
        auto *page = viewer->findChild<QSpinBox *>(QStringLiteral("attachmentPage"));
        QVERIFY(page->isEnabled());
        page->setFocus();
        QTest::keyClick(page, Qt::Key_Up);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("page 2 of 2")), 20000);
        viewer->show();
        screenshot(viewer.get(), "attachment-pdf.png");

        // A hostile "PDF" can only fail its own process; the workstation goes on.
        const QString hostile = m_dir.filePath(QStringLiteral("hostile.pdf"));
        {
            QFile f(hostile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk("%PDF-1.7\n");
            for (int i = 0; i < 4096; ++i)
                junk += char((i * 7919) % 251);
            f.write(junk);
        }
        attachWithTheButton(window, hostile);
        std::unique_ptr<AttachmentViewer> bad(openAttachmentRow(caseView, 2));
        QVERIFY(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!bad->problem().isEmpty(), 40000);

        // Bytes changed in the database are found before anything is shown.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE attachments SET bytes = :b WHERE file_name = 'liver-panel.pdf'"),
                           {{QStringLiteral("b"), QByteArray("%PDF-1.4 forged")}}));
        QVERIFY(!openAttachmentRow(caseView, 1));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("caseMessage"))->text().contains(QStringLiteral("SHA-256")));
    }

    void labHistoryChartsTheCriterionsLab()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        openFromWorklist(window, QStringLiteral("Darnell Price")); // factor IX inhibitor test 45 days old
        QVERIFY(testsupport::choosePolicyWithKeys(&window, QStringLiteral("IP0535")));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("criteriaTree"));
        auto *chart = window.findChild<QPushButton *>(QStringLiteral("labHistoryButton"));
        testsupport::clickRow(tree, window.caseView()->criteria()->indexOf(QStringLiteral("1.F")));
        const QList<LabHistoryDialog *> before = window.caseView()->findChildren<LabHistoryDialog *>();
        QTest::mouseClick(chart, Qt::LeftButton);
        std::unique_ptr<LabHistoryDialog> dialog(testsupport::newlyShown(window.caseView(), before));
        QVERIFY(dialog);
        QCOMPARE(dialog->chartCount(), 1);
        QVERIFY(dialog->findChild<QChartView *>(QStringLiteral("labChart-fix-inhibitor")));
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        screenshot(dialog.get(), "lab-history.png");
        // 1.A rests on no lab: no chart, and the case says so.
        testsupport::clickRow(tree, window.caseView()->criteria()->indexOf(QStringLiteral("1.A")));
        QTest::mouseClick(chart, Qt::LeftButton);
        QVERIFY(!testsupport::newlyShown(window.caseView(), window.caseView()->findChildren<LabHistoryDialog *>()));
        QCOMPARE(window.caseView()->findChildren<LabHistoryDialog *>().size(), 1);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("caseMessage"))->text().contains(QStringLiteral("does not rest on a lab")));
    }

    void policyComparisonHighlightsDifferences()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        window.findChild<QAction *>(QStringLiteral("showComparisonAction"))->trigger();
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
        QCOMPARE(table->columnCount(), 3); // Hemgenix: Centene CP.PHAR.580, Cigna IP0535, PHARMACY-109
        int alt = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->verticalHeaderItem(r)->text() == QLatin1String("ALT"))
                alt = r;
        QVERIFY(alt >= 0);
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << table->item(alt, c)->text();
        QVERIFY2(cells.join(QLatin1Char('|')).contains(QStringLiteral("ALT ≤ 2 × ULN within 30 days")), qPrintable(cells.join(QLatin1Char('|'))));
        QVERIFY2(cells.join(QLatin1Char('|')).contains(QStringLiteral("ALT ≤ 1 × ULN within 3 months")), qPrintable(cells.join(QLatin1Char('|'))));
        QVERIFY(table->item(alt, 0)->background().color() != QColor(Qt::white)); // differs: highlighted
        window.resize(1400, 900);
        screenshot(&window, "policy-comparison.png");
        auto *drug = window.findChild<QComboBox *>(QStringLiteral("comparisonDrug"));
        drug->setCurrentIndex(drug->findData(QStringLiteral("sevenfact")));
        QCOMPARE(table->columnCount(), 2); // Cigna IP0355 and Centene CP.PHAR.220
    }

    void idleLockHidesTheCaseAndClearsTheClipboard()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        QCOMPARE(window.idleLock()->timeout(), 15 * 60 * 1000);
        openFromWorklist(window, QStringLiteral("Elias Moreno"));
        QGuiApplication::clipboard()->setText(QStringLiteral("Elias Moreno M10004417"));
        window.idleLock()->setTimeout(50);
        QTRY_VERIFY(window.isLocked());
        QVERIFY(!window.caseView()->isVisible());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        screenshot(&window, "locked.png");
        auto *password = window.findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        QTest::keyClicks(password, QStringLiteral("not it"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(window.isLocked());
        QTest::keyClicks(password, QStringLiteral("demo-reviewer-pass"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QVERIFY(window.caseView()->isVisible());
    }

    void administratorsLockSooner()
    {
        const User admin = signIn(QStringLiteral("admin"), QStringLiteral("demo-admin-pass"));
        MainWindow window(m_db, admin, PolicyLibrary::builtIn());
        QCOMPARE(window.idleLock()->timeout(), 10 * 60 * 1000);
    }

    void administratorsSeeTheAuditTrail()
    {
        const User admin = signIn(QStringLiteral("admin"), QStringLiteral("demo-admin-pass"));
        MainWindow window(m_db, admin, PolicyLibrary::builtIn());
        window.show();
        window.findChild<QAction *>(QStringLiteral("showAuditAction"))->trigger();
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("auditTable"));
        QVERIFY(table && table->rowCount() > 10); // users, cases, sign-ins
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("verifyAudit")), Qt::LeftButton);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("auditChainStatus"))->text().contains(QStringLiteral("whole")));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("auditCaseFilter"));
        QTest::keyClicks(filter, QStringLiteral("PA-0000001"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(table->rowCount(), 1); // created; not read yet
        screenshot(&window, "audit.png");
        // A reviewer has no audit view.
        const User reviewer = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
        MainWindow other(m_db, reviewer, PolicyLibrary::builtIn());
        QVERIFY(!other.findChild<QAction *>(QStringLiteral("showAuditAction")));
    }

    void nurseTypesARequestSavesAndSubmits()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        window.findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        auto *form = window.intakeForm();
        QTRY_VERIFY(form->isVisible());
        auto type = [&](const char *name, const QString &text) {
            auto *e = form->findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY2(e, name);
            e->clear();
            QTest::keyClicks(e, text);
        };
        auto choose = [&](const char *name, const QString &data) {
            auto *c = form->findChild<QComboBox *>(QString::fromLatin1(name));
            QVERIFY2(c, name);
            c->setCurrentIndex(c->findData(data));
        };
        auto *problems = form->findChild<QLabel *>(QStringLiteral("intakeProblems"));
        type("memberName", QStringLiteral("Ruth Alvarez"));
        type("memberId", QStringLiteral("M20001234"));
        type("birthDate", QStringLiteral("1987-02-30"));
        QVERIFY(problems->text().contains(QStringLiteral("Birth date: \"1987-02-30\" is not a date")));
        type("birthDate", QStringLiteral("1987-02-28"));
        QVERIFY(!problems->text().contains(QStringLiteral("Birth date")));
        type("prescriberNpi", QStringLiteral("1234567890"));
        QVERIFY(problems->text().contains(QStringLiteral("NPI")));
        type("prescriberNpi", QStringLiteral("1234567893"));
        QVERIFY(!problems->text().contains(QStringLiteral("NPI")));

        // A draft can be saved with the form half done, and resumed.
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveDraft")), Qt::LeftButton);
        const qint64 id = form->caseId();
        QVERIFY(id > 0);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("submitIntake")), Qt::LeftButton);
        QVERIFY(form->isVisible()); // drug and line of business still missing
        QVERIFY2(problems->text().startsWith(QStringLiteral("Complete the form before submitting")), qPrintable(problems->text()));

        openFromWorklist(window, QStringLiteral("Ruth Alvarez"));
        QTRY_VERIFY(form->isVisible());
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("memberName"))->text(), QStringLiteral("Ruth Alvarez"));
        choose("sexAtBirth", QStringLiteral("male"));
        type("payer", QStringLiteral("Cigna Healthcare"));
        choose("lineOfBusiness", QStringLiteral("commercial"));
        type("prescriberName", QStringLiteral("Dr. Iris Hale"));
        choose("prescriberSpecialty", QStringLiteral("207RH0000X"));
        choose("drug", QStringLiteral("sevenfact"));
        type("dose", QStringLiteral("75"));
        type("doseInterval", QStringLiteral("2"));
        choose("requestUse", QStringLiteral("bleeding-treatment"));
        type("diagnoses", QStringLiteral("D66"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addLab")), Qt::LeftButton);
        form->findChild<QComboBox *>(QStringLiteral("labName-0"))->setCurrentIndex(
            form->findChild<QComboBox *>(QStringLiteral("labName-0"))->findData(QStringLiteral("weight")));
        type("labValue-0", QStringLiteral("154"));
        form->findChild<QComboBox *>(QStringLiteral("labUnit-0"))->setCurrentText(QStringLiteral("lb"));
        type("labDate-0", QDate::currentDate().addDays(-3).toString(Qt::ISODate));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addLab")), Qt::LeftButton);
        form->findChild<QComboBox *>(QStringLiteral("labName-1"))->setCurrentIndex(
            form->findChild<QComboBox *>(QStringLiteral("labName-1"))->findData(QStringLiteral("fviii-inhibitor")));
        type("labValue-1", QStringLiteral("-3"));
        type("labDate-1", QDate::currentDate().addDays(-5).toString(Qt::ISODate));
        QVERIFY2(problems->text().contains(QStringLiteral("Lab 2 (factor VIII inhibitor titer): factor VIII inhibitor titer -3 BU/mL is negative")),
                 qPrintable(problems->text()));
        type("labValue-1", QStringLiteral("12"));
        QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
        screenshot(&window, "intake.png");

        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("submitIntake")), Qt::LeftButton);
        QTRY_VERIFY(window.caseView()->isVisible());
        auto summary = CaseStore::summary(*m_db, id);
        QCOMPARE(summary->status, QStringLiteral("in-review"));
        // The typed facts evaluate: Sevenfact for hemophilia A with a 12 BU inhibitor.
        const Evaluation *ev = nullptr;
        for (const Evaluation &e : window.caseView()->evaluations())
            if (e.policyId == QLatin1String("cigna-ip0355"))
                ev = &e;
        QVERIFY(ev);
        QCOMPARE(recommendationName(ev->recommendation), QStringLiteral("meets-criteria"));
        QCOMPARE(ev->approval->maxMcg.value_or(0), 188604.0); // 2,700 mcg/kg × 69.853 kg (154 lb × 0.45359237)
    }

    void medicalDirectorApprovesAndIssuesTheLetter()
    {
        // The nurse has submitted Elias Moreno's case: reviewed once submitted.
        QVERIFY(Review::submitForReview(*m_db, 1, Users::byName(*m_db, QStringLiteral("nurse")).value()));
        const User director = signIn(QStringLiteral("director"), QStringLiteral("demo-director-pass"));
        MainWindow window(m_db, director, PolicyLibrary::builtIn());
        window.show();
        openFromWorklist(window, QStringLiteral("Elias Moreno")); // Hemgenix: meets criteria
        QTRY_VERIFY(window.caseView()->isVisible());
        QVERIFY(testsupport::choosePolicyWithKeys(&window, QStringLiteral("IP0535")));
        QPointer<QDialog> dialog = openDetermination(window); // deletes itself once its letter is stored
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"))->currentData().toString(), QStringLiteral("approve"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("determinationTerms"))->text().contains(QStringLiteral("1 kit of 16 vials")));
        // The letter is shown, marked DRAFT, before anything is recorded.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).size() >= 2, 30000); // the PDF itself, page by page
        QVERIFY(dialog->findChild<QTextBrowser *>(QStringLiteral("letterPreview"))->toPlainText().contains(QStringLiteral("Elias Moreno")));
        QVERIFY(dialog->findChild<QTextBrowser *>(QStringLiteral("letterPreview"))->toPlainText().contains(QStringLiteral("DRAFT")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordDetermination")), Qt::LeftButton);
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"))->text().isEmpty(),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"))->text()));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("issueLetter"))->isEnabled());
        screenshot(dialog, "determination.png");
        // Issued on a worker: the dialog closes itself (and may be deleted) once the letter is stored.
        const QPointer<QDialog> open = dialog;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("issueLetter")), Qt::LeftButton);
        QTRY_VERIFY(!open || !open->isVisible());
        QCOMPARE(CaseStore::summary(*m_db, 1)->status, QStringLiteral("letter-issued"));
        auto letters = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM letters WHERE case_id = 1"));
        QVERIFY(letters && letters->next());
        QCOMPARE(letters->value(0).toInt(), 1);
    }

    void reviewerCannotDenyAndPendedCaseComesBack()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        QVERIFY(Review::submitForReview(*m_db, 3, nurse)); // Darnell Price's case, submitted by the nurse
        {
            MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
            window.show();
            openFromWorklist(window, QStringLiteral("Darnell Price")); // factor IX inhibitor test 45 days old
            QVERIFY(testsupport::choosePolicyWithKeys(&window, QStringLiteral("PHARMACY-109")));
            QPointer<QDialog> dialog = openDetermination(window); // deletes itself once its letter is stored
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"))->findData(QStringLiteral("deny")) < 0); // not offered to a reviewer
            dialog->reject();
        }
        {
            // Under Cigna IP0535 the old test leaves 1.F.i unknown: pend for information.
            const User director = signIn(QStringLiteral("director"), QStringLiteral("demo-director-pass"));
            MainWindow window(m_db, director, PolicyLibrary::builtIn());
            window.show();
            openFromWorklist(window, QStringLiteral("Darnell Price"));
            QVERIFY(testsupport::choosePolicyWithKeys(&window, QStringLiteral("IP0535")));
            QPointer<QDialog> dialog = openDetermination(window); // deletes itself once its letter is stored
            QVERIFY(dialog);
            auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"));
            outcome->setFocus();
            while (outcome->currentData().toString() != QLatin1String("pend") && outcome->currentIndex() < outcome->count() - 1)
                QTest::keyClick(outcome, Qt::Key_Down);
            QCOMPARE(outcome->currentData().toString(), QStringLiteral("pend"));
            QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("determinationRationale"))->toPlainText().contains(QStringLiteral("1.F.i")));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordDetermination")), Qt::LeftButton);
            QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("issueLetter"))->isEnabled());
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("issueLetter")), Qt::LeftButton);
            QTRY_VERIFY(!dialog || !dialog->isVisible()); // it may delete itself once closed
            QCOMPARE(CaseStore::summary(*m_db, 3)->status, QStringLiteral("pended"));
        }
        {
            // The new inhibitor test arrives; the nurse adds it and sends the case back.
            MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
            window.show();
            openFromWorklist(window, QStringLiteral("Darnell Price"));
            auto *form = window.intakeForm();
            QTRY_VERIFY(form->isVisible());
            // The nurse adds the row with the form's button and types the result.
            const int row = form->findChild<QTableWidget *>(QStringLiteral("labsTable"))->rowCount();
            QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addLab")), Qt::LeftButton);
            auto *lab = form->findChild<QComboBox *>(QStringLiteral("labName-%1").arg(row));
            QVERIFY(lab);
            lab->setCurrentIndex(lab->findData(QStringLiteral("fix-inhibitor")));
            QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("labValue-%1").arg(row)), QStringLiteral("0"));
            QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("labDate-%1").arg(row)),
                             QDate::currentDate().addDays(-1).toString(Qt::ISODate));
            QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("submitIntake")), Qt::LeftButton);
            QVERIFY2(form->findChild<QLabel *>(QStringLiteral("intakeProblems"))->text().isEmpty(),
                     qPrintable(form->findChild<QLabel *>(QStringLiteral("intakeProblems"))->text()));
            QCOMPARE(CaseStore::summary(*m_db, 3)->status, QStringLiteral("in-review"));
        }
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        openFromWorklist(window, QStringLiteral("Darnell Price"));
        for (const Evaluation &ev : window.caseView()->evaluations())
            if (ev.policyId == QLatin1String("cigna-ip0535"))
                QCOMPARE(recommendationName(ev.recommendation), QStringLiteral("meets-criteria"));
    }

    // Clicks the Cancel button of the progress dialog `name` as soon as it
    // shows, as a person would; `clicked` tells whether it did.
    void cancelWhenShown(QTimer *poll, const QString &name, MainWindow *window, bool *clicked)
    {
        poll->setInterval(0);
        connect(poll, &QTimer::timeout, window, [=] {
            auto *progress = window->findChild<QProgressDialog *>(name);
            if (*clicked || !progress || !progress->isVisible())
                return;
            QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
            *clicked = true;
        });
        poll->start();
    }

    void folderImportShowsProgressAndCanBeCancelled()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        const QString examples = QStringLiteral(PAREVIEW_SHARED_DIR "/spec/examples");
        // File → Import a folder, the examples folder chosen.
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::Directory, examples));
        window.findChild<QAction *>(QStringLiteral("importFolderAction"))->trigger();
        const QString all = window.statusBar()->currentMessage();
        QVERIFY2(all.startsWith(QStringLiteral("4 imported, 2 refused")), qPrintable(all));
        auto negative = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        QVERIFY(negative && negative->next());
        QCOMPARE(negative->value(0).toInt(), 10 + 4); // the refused bundles stored nothing
        // Again, through File → Import a folder, and Cancel pressed in the
        // progress dialog as soon as it shows.
        QTimer poll;
        bool clicked = false;
        cancelWhenShown(&poll, QStringLiteral("importProgress"), &window, &clicked);
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::Directory, examples));
        window.findChild<QAction *>(QStringLiteral("importFolderAction"))->trigger();
        poll.stop();
        QVERIFY(clicked);
        const QString cancelled = window.statusBar()->currentMessage();
        QVERIFY2(cancelled.contains(QStringLiteral("not tried (cancelled)")), qPrintable(cancelled));
        const int importedBeforeCancel = cancelled.section(QLatin1Char(' '), 0, 0).toInt();
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 10 + 4 + importedBeforeCancel); // demo + the whole folder + those before Cancel
    }

    void reevaluationShowsProgressAndCanBeCancelled()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        window.findChild<QAction *>(QStringLiteral("reevaluateAction"))->trigger();
        const QString all = window.statusBar()->currentMessage();
        QVERIFY2(all.startsWith(QStringLiteral("10 of 10 cases re-evaluated")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("meets-criteria")));
        QTimer poll;
        bool clicked = false;
        cancelWhenShown(&poll, QStringLiteral("reevaluateProgress"), &window, &clicked);
        window.findChild<QAction *>(QStringLiteral("reevaluateAction"))->trigger();
        poll.stop();
        QVERIFY(clicked);
        const QString cancelled = window.statusBar()->currentMessage();
        QVERIFY2(!cancelled.startsWith(QStringLiteral("10 of 10")) && cancelled.endsWith(QStringLiteral("(cancelled)")), qPrintable(cancelled));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("reevaluateAction"))->isEnabled());
    }

    void droppedFilesAreImportedOrAttached()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        auto drop = [&](const QString &path) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(path)});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &dropEvent);
        };
        drop(QStringLiteral(PAREVIEW_SHARED_DIR "/spec/examples/sf-01-hemA-inhibitor-12bu.json"));
        // An electronic request arrives submitted: it opens as a case waiting for review.
        QTRY_VERIFY(window.caseView()->isVisible());
        QCOMPARE(CaseStore::summary(*m_db, window.caseView()->caseId())->status, QStringLiteral("in-review"));
        QVERIFY(Review::submitForReview(*m_db, 1, nurse));
        openFromWorklist(window, QStringLiteral("Elias Moreno"));
        const QString note = m_dir.filePath(QStringLiteral("dropped-note.txt"));
        {
            QFile f(note);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Infusion log: 12 doses in 28 days.");
        }
        drop(note);
        QCOMPARE(window.findChild<QTableWidget *>(QStringLiteral("attachmentsTable"))->rowCount(), 2);
    }

    void nurseImportsTheHemgenixBundle()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        // File → Import FHIR bundle, the file chosen.
        auto *import = window.findChild<QAction *>(QStringLiteral("importBundleAction"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFile, QStringLiteral(PAREVIEW_SHARED_DIR "/spec/examples/hg-01-complete.json")));
        import->trigger();
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Imported")), qPrintable(window.statusBar()->currentMessage()));
        // An electronic request is a submitted request: it opens as a case
        // waiting for review, not as her draft.
        QTRY_VERIFY(window.caseView()->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("caseHeader"))->text().contains(QStringLiteral("Case hg-01-complete Doe")));
        QCOMPARE(CaseStore::summary(*m_db, window.caseView()->caseId())->status, QStringLiteral("in-review"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFile, QStringLiteral(PAREVIEW_SHARED_DIR "/spec/examples/bad-04-negative-weight.json")));
        import->trigger();
        const QString rejected = window.statusBar()->currentMessage();
        QVERIFY2(rejected.contains(QStringLiteral("nothing was stored")), qPrintable(rejected));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
