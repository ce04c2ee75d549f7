// Where the request's own values came from, as people see it (issue 10):
// the nurse imports a bundle (File → Import, the file chosen in the dialog),
// the case arrives submitted, she corrects the payer before review starts
// (File → Correct the open case, typed into the form); the reviewer signs in,
// opens the case from the worklist and reads on the Request tab that the
// payer was corrected by the nurse, with the imported payer and its bundle
// entry as the earlier value, and the other values with their entries. The
// director's Assign to… is not offered for a nurse's draft, and says why.
// Widgets by objectName, keyboard and mouse; the file chooser answered
// through Dialogs.

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/SignInDialog.h"
#include "intake/IntakeForm.h"
#include "review/CaseView.h"
#include "worklist/WorklistModel.h"

#include "store/Assignment.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/Review.h"

#include "SignIn.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

class TestJourneyProvenance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User signIn(const QString &name) { return testsupport::signInDemo(m_db, name, testsupport::SignInBy::Enter); }

    template<typename W>
    static W *find(QWidget *in, const QString &name)
    {
        auto *w = in->findChild<W *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    static void type(QWidget *in, const QString &name, const QString &text)
    {
        auto *e = find<QLineEdit>(in, name);
        QTest::mouseClick(e, Qt::LeftButton);
        QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(e, Qt::Key_Delete);
        QTest::keyClicks(e, text);
    }

    // Worklist: type into the search box, click the one row.
    static void selectInWorklist(QWidget *window, const QString &search)
    {
        auto *box = find<QLineEdit>(window, QStringLiteral("worklistSearch"));
        QTest::mouseClick(box, Qt::LeftButton);
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(box, Qt::Key_Delete);
        QTest::keyClicks(box, search);
        auto *table = find<QTableView>(window, QStringLiteral("worklistTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, WorklistModel::Member)).center());
    }

    // The row of the Request tab for a field, by its name as shown.
    static int rowOf(QTableWidget *t, const QString &field)
    {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0) && t->item(r, 0)->text() == field)
                return r;
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        Dialogs::clear();
    }

    void cleanup()
    {
        QVERIFY(!Dialogs::hasPendingAnswers());
        m_db.reset();
    }

    void reviewerSeesTheSourceAndTheEarlierPayer()
    {
        // The nurse imports a request.
        const QString bundle = m_dir.filePath(QStringLiteral("hg-01.json"));
        QVERIFY(QFile::copy(testsupport::sharedPath(QStringLiteral("spec/examples/hg-01-complete.json")), bundle));
        qint64 id = 0;
        {
            const User nurse = signIn(QStringLiteral("nurse"));
            QCOMPARE(nurse.role, Role::IntakeNurse);
            MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFile, bundle));
            find<QAction>(&window, QStringLiteral("importBundleAction"))->trigger();
            QTRY_VERIFY(window.caseView()->isVisible());
            QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Imported hg-01.json as case PA-")),
                     qPrintable(window.statusBar()->currentMessage()));

            // The payer was wrong in the bundle: she corrects it before review starts.
            find<QAction>(&window, QStringLiteral("correctCaseAction"))->trigger();
            auto *form = window.intakeForm();
            QTRY_VERIFY(form->isVisible());
            QVERIFY(form->correcting());
            id = form->caseId();
            QCOMPARE(find<QLineEdit>(form, QStringLiteral("payer"))->text(), QStringLiteral("Any Health Plan"));
            type(form, QStringLiteral("payer"), QStringLiteral("Cigna Healthcare"));
            QTest::mouseClick(find<QPushButton>(form, QStringLiteral("submitIntake")), Qt::LeftButton);
            QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("1 fact corrected")),
                         qPrintable(window.statusBar()->currentMessage()));
        }
        QVERIFY(id > 0);

        // The reviewer opens it from the worklist.
        const User reviewer = signIn(QStringLiteral("reviewer"));
        QCOMPARE(reviewer.role, Role::ClinicalReviewer);
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        selectInWorklist(&window, QStringLiteral("M0990"));
        QTest::keyClick(find<QTableView>(&window, QStringLiteral("worklistTable")), Qt::Key_Return);
        QTRY_VERIFY(window.caseView()->isVisible());

        // The Request tab: each value with its source in words.
        auto *tabs = find<QTabWidget>(&window, QStringLiteral("caseTabs"));
        auto *values = find<QTableWidget>(&window, QStringLiteral("caseValueSources"));
        const int tab = tabs->indexOf(values);
        QVERIFY(tab >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
        QTRY_VERIFY(values->isVisible());

        const int payer = rowOf(values, QStringLiteral("Payer"));
        QVERIFY(payer >= 0);
        QCOMPARE(values->item(payer, 1)->text(), QStringLiteral("Cigna Healthcare"));
        QVERIFY2(values->item(payer, 2)->text().startsWith(QStringLiteral("corrected by nurse at ")), qPrintable(values->item(payer, 2)->text()));
        // The earlier value and where it came from: the bundle's coverage entry, imported by the nurse.
        const QString earlier = values->item(payer, 3)->text();
        QVERIFY2(earlier.startsWith(QStringLiteral("Any Health Plan (coverage record (entry ")), qPrintable(earlier));
        QVERIFY2(earlier.contains(QStringLiteral(" of hg-01.json), imported by nurse)")), qPrintable(earlier));
        QVERIFY2(values->item(payer, 1)->toolTip().contains(QStringLiteral("Earlier: Any Health Plan")), qPrintable(values->item(payer, 1)->toolTip()));

        // What she did not change keeps its entry.
        const int born = rowOf(values, QStringLiteral("Birth date"));
        QVERIFY(born >= 0);
        QVERIFY2(values->item(born, 2)->text().startsWith(QStringLiteral("member record: date of birth (entry ")),
                 qPrintable(values->item(born, 2)->text()));
        QVERIFY(values->item(born, 3)->text().isEmpty());
        const int drug = rowOf(values, QStringLiteral("Drug"));
        QVERIFY(drug >= 0);
        QVERIFY2(values->item(drug, 2)->text().startsWith(QStringLiteral("medication request (entry ")), qPrintable(values->item(drug, 2)->text()));

        // The header names the payer; its source on hover.
        QVERIFY2(find<QWidget>(&window, QStringLiteral("caseHeader"))->toolTip().contains(QStringLiteral("Payer: Cigna Healthcare — corrected by nurse")),
                 qPrintable(find<QWidget>(&window, QStringLiteral("caseHeader"))->toolTip()));

        // And the history keeps the earlier payer.
        auto *history = find<QTableWidget>(&window, QStringLiteral("correctionHistory"));
        bool found = false;
        for (int r = 0; r < history->rowCount(); ++r)
            found = found || (history->item(r, 2)->text() == QLatin1String("Payer") && history->item(r, 3)->text() == QLatin1String("Any Health Plan")
                              && history->item(r, 4)->text() == QLatin1String("Cigna Healthcare"));
        QVERIFY(found);
    }

    void assignIsNotOfferedForADraft()
    {
        const User director = signIn(QStringLiteral("director"));
        QCOMPARE(director.role, Role::MedicalDirector);
        MainWindow window(m_db, director, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *assign = find<QPushButton>(&window, QStringLiteral("assignButton"));
        // Darnell Price's case is the nurse's draft (demo data): not offered, the reason in sight.
        selectInWorklist(&window, QStringLiteral("Darnell"));
        QVERIFY(!assign->isEnabled());
        QVERIFY2(assign->toolTip().contains(QStringLiteral("draft the nurse has not submitted")), qPrintable(assign->toolTip()));
        // A submitted case is.
        auto submitted = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE member_name = 'Darnell Price' AND status = 'intake'"));
        QVERIFY(submitted && submitted->next());
        QCOMPARE(submitted->value(0).toInt(), 1);
        const User nurse = signIn(QStringLiteral("nurse"));
        auto q = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = 'Darnell Price'"));
        QVERIFY(q && q->next());
        const qint64 id = q->value(0).toLongLong();
        // The store refuses the draft too, with the same reason, whoever asks.
        auto refused = Assignment::assign(*m_db, id, director.id, director);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("draft the nurse has not submitted")), qPrintable(refused.error()));
        QVERIFY(Review::submitForReview(*m_db, id, nurse));
        find<QAction>(&window, QStringLiteral("showWorklistAction"))->trigger();
        selectInWorklist(&window, QStringLiteral("Darnell"));
        QTRY_VERIFY(assign->isEnabled());
    }
};

QTEST_MAIN(TestJourneyProvenance)
#include "tst_journey_provenance.moc"
