// The worklist as people use it, on a 1024×700 screen (the offscreen
// platform configured so): every column within the view and the search box
// wide enough; a reviewer claims the next case with one button; a medical
// director assigns a case through "Assign to…"; every control has an
// accessible name; sign-in, search and opening a case with the keyboard
// alone; every dialog of these screens fits the screen.

#include "MainWindow.h"
#include "attachments/AttachmentViewer.h"
#include "common/Session.h"
#include "review/CaseView.h"
#include "review/CriteriaModel.h"
#include "review/LabHistoryDialog.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistView.h"
#include "testsupport.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/Review.h"
#include "StoreFixture.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>

using namespace pareview;

namespace {
const QSize kScreen(1024, 700);
}

class TestWorklistView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;

    // Signs in through the real dialog: name, password, Enter.
    MainWindow *signIn(const QString &name)
    {
        m_session = std::make_unique<Session>(m_db, PolicyLibrary::builtIn());
        testsupport::whenDialogShown(QStringLiteral("signInDialog"), [name](QDialog *d) {
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("userName")), name);
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("demo-%1-pass").arg(name));
            QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        });
        if (!m_session->signIn())
            return nullptr;
        MainWindow *w = m_session->window();
        w->resize(kScreen);
        w->move(0, 0);
        if (!QTest::qWaitForWindowExposed(w))
            return nullptr;
        return w;
    }

    static QString accessibleName(QWidget *w)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

    static void typeWithFocus(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void keyWithFocus(Qt::Key key, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(QApplication::focusWidget(), key, m); }

    int rowOf(QTableView *table, const QString &member)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, WorklistModel::Member).data().toString() == member)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), kScreen);
    }

    void init()
    {
        QSettings().clear();
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        // Two cases the nurse has submitted: the reviewers' queue.
        const User nurse = Users::byName(*m_db, QStringLiteral("nurse")).value();
        QVERIFY(Review::submitForReview(*m_db, 1, nurse));
        QVERIFY(Review::submitForReview(*m_db, 2, nurse));
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void columnsAndSearchFitAt1024By700()
    {
        MainWindow *window = signIn(QStringLiteral("director"));
        QVERIFY(window);
        auto *table = window->findChild<QTableView *>(QStringLiteral("worklistTable"));
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("worklistSearch"));
        QVERIFY(table && search);
        // The window can be as small as the screen, and opens within it.
        QVERIFY(window->minimumSizeHint().width() <= kScreen.width());
        QVERIFY(window->minimumSizeHint().height() <= kScreen.height());
        QCOMPARE(window->size(), kScreen);
        QVERIFY2(search->width() >= WorklistView::MinimumSearchWidth, qPrintable(QString::number(search->width())));
        QHeaderView *header = table->horizontalHeader();
        QTRY_VERIFY(header->sectionViewportPosition(header->logicalIndex(header->count() - 1)) >= 0);
        for (int c = 0; c < header->count(); ++c) {
            QVERIFY(!header->isSectionHidden(c));
            const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
            QVERIFY2(right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2, the view at %3").arg(c).arg(right).arg(table->viewport()->width())));
            QVERIFY(header->sectionSize(c) >= WorklistView::MinimumColumnWidth);
        }
        QVERIFY(table->model()->headerData(WorklistModel::Assignee, Qt::Horizontal).toString() == QStringLiteral("Assignee"));
    }

    // Clicking a row selects it and leaves the column headers as they
    // were (QTableView would set every label in bold).
    void headerStaysAsItWasWhenARowIsClicked()
    {
        MainWindow *window = signIn(QStringLiteral("reviewer"));
        QVERIFY(window);
        auto *table = window->findChild<QTableView *>(QStringLiteral("worklistTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 2);
        QHeaderView *header = table->horizontalHeader();
        const QImage before = header->grab().toImage();
        const QRect cell = table->visualRect(table->model()->index(2, WorklistModel::Member));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTRY_COMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 2);
        QCOMPARE(header->grab().toImage(), before);
    }

    void reviewerClaimsTheNextCase()
    {
        MainWindow *window = signIn(QStringLiteral("reviewer"));
        QVERIFY(window);
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("assignButton"))->isVisible());
        auto *claim = window->findChild<QPushButton *>(QStringLiteral("claimNextButton"));
        QVERIFY(claim && claim->isVisible());
        QTest::mouseClick(claim, Qt::LeftButton);
        // The claimed case opens, assigned to her.
        QTRY_VERIFY(window->caseView()->isVisible());
        auto q = m_db->exec(QStringLiteral("SELECT c.id, u.name FROM cases c JOIN users u ON u.id = c.assignee_id"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(1).toString(), QStringLiteral("reviewer"));
        QVERIFY(!q->next()); // one case, not two
        // Back on the worklist the Assignee column shows it.
        window->findChild<QAction *>(QStringLiteral("showWorklistAction"))->trigger();
        auto *table = window->findChild<QTableView *>(QStringLiteral("worklistTable"));
        int mine = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            mine += table->model()->index(r, WorklistModel::Assignee).data().toString() == QLatin1String("Rita Okafor"); // her full name
        QCOMPARE(mine, 1);
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("worklistMessage"))->text().startsWith(QStringLiteral("You claimed PA-")));
    }

    void nurseIsNotOfferedClaimOrAssign()
    {
        MainWindow *window = signIn(QStringLiteral("nurse"));
        QVERIFY(window);
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("claimNextButton"))->isVisible());
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("assignButton"))->isVisible());
    }

    void directorAssignsACase()
    {
        MainWindow *window = signIn(QStringLiteral("director"));
        QVERIFY(window);
        auto *table = window->findChild<QTableView *>(QStringLiteral("worklistTable"));
        auto *assign = window->findChild<QPushButton *>(QStringLiteral("assignButton"));
        QVERIFY(assign->isVisible());
        QVERIFY(!assign->isEnabled()); // nothing chosen yet
        const int row = rowOf(table, QStringLiteral("Tomas Lindqvist")); // case 2, in review
        QVERIFY(row >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, WorklistModel::Member)).center());
        QVERIFY(assign->isEnabled());
        testsupport::whenDialogShown(QStringLiteral("assignDialog"), [](QDialog *d) {
            auto *choice = d->findChild<QComboBox *>(QStringLiteral("assigneeChoice"));
            QVERIFY(choice);
            // Reviewers and medical directors only.
            QStringList offered;
            for (int i = 0; i < choice->count(); ++i)
                offered << choice->itemText(i);
            QVERIFY2(offered.size() == 2 && offered.join(QLatin1Char('|')).contains(QStringLiteral("Clinical reviewer")), qPrintable(offered.join(QLatin1Char('|'))));
            choice->setFocus();
            QTest::keyClick(choice, Qt::Key_Home);
            while (!choice->currentText().contains(QStringLiteral("Clinical reviewer")))
                QTest::keyClick(choice, Qt::Key_Down);
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("assignButton")), Qt::LeftButton);
        });
        QTest::mouseClick(assign, Qt::LeftButton);
        auto q = m_db->exec(QStringLiteral("SELECT u.name FROM cases c JOIN users u ON u.id = c.assignee_id WHERE c.id = 2"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("reviewer"));
        QCOMPARE(table->model()->index(rowOf(table, QStringLiteral("Tomas Lindqvist")), WorklistModel::Assignee).data().toString(),
                 QStringLiteral("Rita Okafor"));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("worklistMessage"))->text().contains(QStringLiteral("assigned to Rita Okafor")));
        auto audit = m_db->exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'case.assign'"));
        QVERIFY(audit && audit->next());

        // A case still at intake is the nurse's: not offered, and the reason in sight.
        const int intake = rowOf(table, QStringLiteral("Darnell Price"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(intake, WorklistModel::Member)).center());
        QVERIFY(!assign->isEnabled());
        QVERIFY2(assign->toolTip().contains(QStringLiteral("draft the nurse has not submitted")), qPrintable(assign->toolTip()));
    }

    void everyWorklistControlHasAnAccessibleName()
    {
        MainWindow *window = signIn(QStringLiteral("director"));
        QVERIFY(window);
        auto *view = window->worklist();
        for (QWidget *w : view->findChildren<QWidget *>()) {
            if (!(qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPushButton *>(w)
                  || qobject_cast<QCheckBox *>(w) || qobject_cast<QTableView *>(w)))
                continue;
            if (!w->isVisibleTo(view) || (w->parent() && qobject_cast<QComboBox *>(w->parent())))
                continue;
            QVERIFY2(!accessibleName(w).isEmpty(), qPrintable(w->objectName() + QStringLiteral(" has no accessible name")));
            // Combo boxes and the search field are named by a label, too
            // (how a screen reader on Linux names a combo box).
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)) {
                const auto labels = QAccessible::queryAccessibleInterface(w)->relations(QAccessible::Label);
                QVERIFY2(!labels.isEmpty(), qPrintable(w->objectName() + QStringLiteral(" has no label")));
            }
        }
        QCOMPARE(accessibleName(view->findChild<QLineEdit *>(QStringLiteral("worklistSearch"))), QStringLiteral("Search cases"));
    }

    // Focus moves in the order of the layout: the queue, the search, the
    // work buttons, the filters left to right, then the list.
    void focusFollowsTheLayout()
    {
        MainWindow *window = signIn(QStringLiteral("director"));
        QVERIFY(window);
        QTRY_COMPARE(QApplication::focusWidget(), window->findChild<QWidget *>(QStringLiteral("worklistSearch")));
        // A submitted case chosen, so Assign to… is enabled and takes its turn
        // (a nurse's draft is not assigned).
        QTest::keyClicks(window->findChild<QLineEdit *>(QStringLiteral("worklistSearch")), QStringLiteral("Lindqvist"));
        QTRY_COMPARE(window->findChild<QTableView *>(QStringLiteral("worklistTable"))->model()->rowCount(), 1);
        keyWithFocus(Qt::Key_Down);
        QTRY_VERIFY(window->findChild<QPushButton *>(QStringLiteral("assignButton"))->isEnabled());
        QTest::mouseClick(window->findChild<QLineEdit *>(QStringLiteral("worklistSearch")), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), window->findChild<QWidget *>(QStringLiteral("worklistSearch")));
        QStringList order;
        for (int i = 0; i < 8; ++i) {
            order << QApplication::focusWidget()->objectName();
            keyWithFocus(Qt::Key_Tab);
        }
        QCOMPARE(order, (QStringList{QStringLiteral("worklistSearch"), QStringLiteral("claimNextButton"), QStringLiteral("assignButton"),
                                     QStringLiteral("statusFilter"), QStringLiteral("drugFilter"), QStringLiteral("payerFilter"),
                                     QStringLiteral("overdueFilter"), QStringLiteral("worklistTable")}));
        // Back from the search: the queue, left of it.
        QTest::mouseClick(window->findChild<QLineEdit *>(QStringLiteral("worklistSearch")), Qt::LeftButton);
        keyWithFocus(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("queueFilter"));
    }

    // Sign in, find the member, open the case: keys only, each to whatever
    // has the focus.
    void signInSearchAndOpenWithTheKeyboard()
    {
        m_session = std::make_unique<Session>(m_db, PolicyLibrary::builtIn());
        testsupport::whenDialogShown(QStringLiteral("signInDialog"), [](QDialog *) {
            typeWithFocus(QStringLiteral("reviewer"));
            keyWithFocus(Qt::Key_Tab);
            typeWithFocus(QStringLiteral("demo-reviewer-pass"));
            keyWithFocus(Qt::Key_Return);
        });
        QVERIFY(m_session->signIn());
        MainWindow *window = m_session->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QApplication::setActiveWindow(window);
        QTRY_COMPARE(QApplication::focusWidget(), window->findChild<QWidget *>(QStringLiteral("worklistSearch")));
        typeWithFocus(QStringLiteral("Price"));
        keyWithFocus(Qt::Key_Return);
        auto *table = window->findChild<QTableView *>(QStringLiteral("worklistTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        keyWithFocus(Qt::Key_Down); // from the search into the list
        QCOMPARE(QApplication::focusWidget(), table);
        keyWithFocus(Qt::Key_Return);
        QTRY_VERIFY(window->caseView()->isVisible());
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("caseHeader"))->text().contains(QStringLiteral("Darnell Price")));
    }

    // Every dialog of these screens, at its size, within the screen.
    void dialogsFitTheScreen()
    {
        const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size();
        MainWindow *window = signIn(QStringLiteral("reviewer"));
        QVERIFY(window);
        auto check = [&](QWidget *dialog) {
            const QSize hint = dialog->sizeHint();
            QVERIFY2(hint.width() <= room.width() && hint.height() <= room.height(),
                     qPrintable(QStringLiteral("%1 wants %2×%3").arg(dialog->objectName()).arg(hint.width()).arg(hint.height())));
            QVERIFY2(dialog->width() <= room.width() && dialog->height() <= room.height(),
                     qPrintable(QStringLiteral("%1 is %2×%3").arg(dialog->objectName()).arg(dialog->width()).arg(dialog->height())));
            QVERIFY2(dialog->minimumSizeHint().height() <= room.height(), qPrintable(dialog->objectName()));
        };
        testsupport::whenDialogShown(QStringLiteral("settingsDialog"), [&](QDialog *d) {
            check(d);
            d->reject();
        });
        window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();

        // The attachment viewer on a PDF page: 900 pixels would not fit.
        StoredAttachment a;
        a.fileName = QStringLiteral("note.txt");
        a.detectedType = QStringLiteral("text/plain");
        a.size = 5;
        AttachmentViewer viewer(a, QByteArray("hello"), window);
        viewer.setObjectName(QStringLiteral("attachmentViewer"));
        check(&viewer);

        // Darnell Price's case (submitted by the nurse), found and opened from the worklist.
        QVERIFY(Review::submitForReview(*m_db, 3, Users::byName(*m_db, QStringLiteral("nurse")).value()));
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("worklistSearch"));
        auto *table = window->findChild<QTableView *>(QStringLiteral("worklistTable"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("Darnell Price"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        testsupport::clickRow(table, table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window->caseView()->isVisible());
        QVERIFY(testsupport::choosePolicyWithKeys(window, QStringLiteral("IP0535")));
        CaseView *caseView = window->caseView();
        testsupport::clickRow(window->findChild<QTreeView *>(QStringLiteral("criteriaTree")),
                              caseView->criteria()->indexOf(QStringLiteral("1.F")));
        const QList<LabHistoryDialog *> before = caseView->findChildren<LabHistoryDialog *>();
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("labHistoryButton")), Qt::LeftButton);
        std::unique_ptr<LabHistoryDialog> lab(testsupport::newlyShown(caseView, before));
        QVERIFY(lab);
        check(lab.get());

        // The determination dialog (letter preview beside the form), under a
        // policy a reviewer may determine alone.
        QVERIFY(testsupport::choosePolicyWithKeys(window, QStringLiteral("PHARMACY-109")));
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("determineButton"))->isEnabled());
        bool determinationChecked = false;
        testsupport::whenDialogShown(QStringLiteral("determinationDialog"), [&](QDialog *d) {
            check(d);
            determinationChecked = true;
            d->reject();
        });
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("determineButton")), Qt::LeftButton);
        QTRY_VERIFY(determinationChecked);
    }
};

int main(int argc, char **argv)
{
    // The offscreen platform with a 1024×700 screen.
    QTemporaryDir config;
    const QString path = config.filePath(QStringLiteral("screen.json"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, \"width\": %1, \"height\": %2,"
                               " \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                    .arg(kScreen.width())
                    .arg(kScreen.height())
                    .toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(path).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pareview-tests"));
    TestWorklistView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_worklistview.moc"
