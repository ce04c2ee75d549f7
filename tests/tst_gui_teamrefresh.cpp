// Two workstations on one store, in the real windows (two MainWindows, each
// with its own connection: one SQLite file, or one PostgreSQL server), acting
// only as people do. The reviewer claims a case: the medical director's
// worklist shows it claimed and open by her without anyone reloading, and
// keeps the director's own selection. Both open the case: each is warned
// that the other has it open. The reviewer sends it to the medical director
// while the director's Determine… dialog is open: recording is refused,
// saying who changed the case and when, and nothing is recorded.

#include "CaseBuilder.h"
#include "MainWindow.h"
#include "StoreFixture.h"
#include "common/Dialogs.h"
#include "review/CaseView.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestGuiTeamRefresh final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_reviewerDb, m_directorDb;

    static QTableView *table(MainWindow &w) { return w.findChild<QTableView *>(QStringLiteral("worklistTable")); }
    static int rowOf(MainWindow &w, qint64 caseId)
    {
        QAbstractItemModel *m = table(w)->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(Qt::UserRole + 1).toLongLong() == caseId)
                return r;
        return -1;
    }
    static QString cell(MainWindow &w, qint64 caseId, const QString &header)
    {
        QAbstractItemModel *m = table(w)->model();
        const int row = rowOf(w, caseId);
        for (int c = 0; row >= 0 && c < m->columnCount(); ++c)
            if (m->headerData(c, Qt::Horizontal).toString() == header)
                return m->index(row, c).data().toString();
        return {};
    }
    static qint64 currentCase(MainWindow &w)
    {
        const QModelIndex i = table(w)->currentIndex();
        return i.isValid() ? i.data(Qt::UserRole + 1).toLongLong() : 0;
    }
    static void openFromWorklist(MainWindow &w, qint64 caseId)
    {
        const int row = rowOf(w, caseId);
        QVERIFY(row >= 0);
        clickRow(table(w), table(w)->model()->index(row, 0));
        QTest::keyClick(table(w), Qt::Key_Return);
        QTRY_VERIFY(w.findChild<CaseView *>(QStringLiteral("caseView"))->isVisible());
    }
    static void click(QWidget *root, const char *name)
    {
        auto *button = root->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isVisible() && button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static QLabel *othersBanner(MainWindow &w) { return w.findChild<QLabel *>(QStringLiteral("othersBanner")); }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto first = Database::open(m_store->location());
        QVERIFY2(first, qPrintable(first.error()));
        m_reviewerDb = first.value();
        QVERIFY(DemoData::populate(*m_reviewerDb));
        // The nurse's part: every demo case submitted, waiting for review.
        const User nurse = Users::byName(*m_reviewerDb, QStringLiteral("nurse")).value();
        QVector<qint64> drafts;
        for (auto q = m_reviewerDb->exec(QStringLiteral("SELECT id FROM cases WHERE status = 'intake'")); q && q->next();)
            drafts << q->value(0).toLongLong();
        QCOMPARE(drafts.size(), 10);
        for (qint64 id : drafts)
            QVERIFY(Review::submitForReview(*m_reviewerDb, id, nurse));
        auto second = Database::open(m_store->location());
        QVERIFY2(second, qPrintable(second.error()));
        m_directorDb = second.value();
        Dialogs::clear();
    }

    void cleanup()
    {
        Dialogs::clear();
        m_directorDb.reset();
        m_reviewerDb.reset();
        m_store.reset();
    }

    void twoWorkstationsSeeEachOther()
    {
        const User rita = Users::authenticate(*m_reviewerDb, QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass")).value();
        const User mark = Users::authenticate(*m_directorDb, QStringLiteral("director"), QStringLiteral("demo-director-pass")).value();
        MainWindow reviewer(m_reviewerDb, rita, PolicyLibrary::builtIn());
        MainWindow director(m_directorDb, mark, PolicyLibrary::builtIn());
        reviewer.resize(1100, 700);
        director.resize(1100, 380); // short: the list scrolls
        reviewer.show();
        director.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reviewer));
        QVERIFY(QTest::qWaitForWindowExposed(&director));
        QAbstractItemModel *list = table(director)->model();
        QTRY_VERIFY(list->rowCount() > 3);

        // The director has a case selected, the list scrolled to the end.
        const qint64 selected = list->index(list->rowCount() - 1, 0).data(Qt::UserRole + 1).toLongLong();
        clickRow(table(director), list->index(list->rowCount() - 1, 0));
        QCOMPARE(currentCase(director), selected);
        const int scrolled = table(director)->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        // The reviewer claims the next case and has it open.
        click(&reviewer, "claimNextButton");
        auto *ritasCase = reviewer.findChild<CaseView *>(QStringLiteral("caseView"));
        QTRY_VERIFY(ritasCase->isVisible());
        const qint64 claimed = ritasCase->caseId();
        QVERIFY(claimed > 0 && claimed != selected);

        // The director's list says so by itself, his selection and place kept.
        QTRY_COMPARE(cell(director, claimed, QStringLiteral("Assignee")), QStringLiteral("Rita Okafor")); // the assignee by full name;
        QTRY_VERIFY2(cell(director, claimed, QStringLiteral("Status")).contains(QStringLiteral("open by Rita Okafor")),
                     qPrintable(cell(director, claimed, QStringLiteral("Status"))));
        QCOMPARE(currentCase(director), selected);
        QCOMPARE(table(director)->verticalScrollBar()->value(), scrolled);

        // Back to her worklist: no longer open there.
        click(&reviewer, "backToWorklist");
        QTRY_VERIFY(!cell(director, claimed, QStringLiteral("Status")).contains(QStringLiteral("open by")));
        QCOMPARE(currentCase(director), selected);

        // Both open it: each is told about the other.
        openFromWorklist(reviewer, claimed);
        QVERIFY(!othersBanner(reviewer)->isVisible());
        QVERIFY(choosePolicyWithKeys(&reviewer, reviewer.findChild<QComboBox *>(QStringLiteral("policySelector"))->itemText(0)));
        QTRY_VERIFY(cell(director, claimed, QStringLiteral("Status")).contains(QStringLiteral("open by Rita Okafor")));
        openFromWorklist(director, claimed);
        auto *banner = othersBanner(director);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Open by Rita Okafor since ")), qPrintable(banner->text()));
        QVERIFY2(banner->text().endsWith(QStringLiteral(" — changes may conflict")), qPrintable(banner->text()));
        QTRY_VERIFY(othersBanner(reviewer)->isVisible());
        QVERIFY2(othersBanner(reviewer)->text().startsWith(QStringLiteral("Open by Mark Chen since ")), qPrintable(othersBanner(reviewer)->text()));

        // The director opens Determine…; meanwhile the reviewer sends the case on.
        click(&director, "determineButton");
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = director.findChild<QDialog *>(QStringLiteral("determinationDialog"))) && dialog->isVisible());
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordDetermination"));
        QTRY_VERIFY(record->isEnabled());
        click(&reviewer, "sendToDirector");
        QTRY_COMPARE(CaseStore::summary(*m_directorDb, claimed)->status, QStringLiteral("awaiting-medical-director"));
        const QString at = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
        QTest::mouseClick(record, Qt::LeftButton);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"));
        QVERIFY2(message->text().startsWith(QStringLiteral("Rita Okafor sent this case to the medical director at ")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(at) || QTime::currentTime().second() < 2, qPrintable(message->text()));
        QVERIFY2(message->text().endsWith(QStringLiteral("your change was not saved — reopen the case to see it")), qPrintable(message->text()));
        auto none = m_directorDb->exec(QStringLiteral("SELECT COUNT(*) FROM determinations"));
        QVERIFY(none && none->next());
        QCOMPARE(none->value(0).toInt(), 0);
        // The case view says it too, behind the dialog.
        QTRY_VERIFY2(banner->text().contains(QStringLiteral("Rita Okafor sent this case to the medical director at ")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("reopen the case to see it")));
        dialog->reject();
        // Reopened (the dialog's close reloads the case): recording works.
        QTRY_VERIFY(!banner->text().contains(QStringLiteral("sent this case")));
    }

    // The same person in two windows (or a window that ended without
    // closing): the banner says it is their own, not "Open by <themselves>".
    void samePersonInTwoWindows()
    {
        const User rita = Users::authenticate(*m_reviewerDb, QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass")).value();
        MainWindow first(m_reviewerDb, rita, PolicyLibrary::builtIn());
        MainWindow second(m_directorDb, rita, PolicyLibrary::builtIn());
        first.resize(1100, 700);
        second.resize(1100, 700);
        first.show();
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        click(&first, "claimNextButton");
        auto *view = first.findChild<CaseView *>(QStringLiteral("caseView"));
        QTRY_VERIFY(view->isVisible());
        const qint64 claimed = view->caseId();
        QTRY_VERIFY(rowOf(second, claimed) >= 0);
        openFromWorklist(second, claimed);
        auto *banner = othersBanner(second);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("You also have this case open in another window (since ")), qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QStringLiteral("Open by Rita Okafor")), qPrintable(banner->text()));
    }
};

QTEST_MAIN(TestGuiTeamRefresh)
#include "tst_gui_teamrefresh.moc"
