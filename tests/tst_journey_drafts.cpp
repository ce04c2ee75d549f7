// Drafts and submitted requests, as the nurse and the reviewer meet them: a
// case the nurse types and saves is her draft until she submits it, and a
// reviewer's Claim next and the Unassigned queue never take it; a FHIR
// bundle imported from File → Import is an electronic request, submitted
// as it arrives, and is what Claim next takes. Once the nurse submits a
// draft, it is claimed like any other. A draft open in the nurse's form is
// open for the others to see, as a case in the case view is.

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "intake/IntakeForm.h"
#include "review/CaseView.h"
#include "store/CaseStore.h"
#include "worklist/WorklistView.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/Users.h"
#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

class TestJourneyDrafts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User user(const char *name) { return Users::byName(*m_db, QString::fromLatin1(name)).value(); }

    template<typename W>
    static W *find(QWidget *in, const QString &name)
    {
        auto *w = in->findChild<W *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    static QString status(MainWindow &w) { return w.statusBar()->currentMessage(); }

    static void chooseQueue(MainWindow &window, const QString &queue)
    {
        auto *filter = find<QComboBox>(&window, QStringLiteral("queueFilter"));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Home);
        while (filter->currentText() != queue && filter->currentIndex() < filter->count() - 1)
            QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(filter->currentText(), queue);
    }

    // The texts of every row of the worklist, one string per row.
    static QStringList rows(MainWindow &window)
    {
        auto *table = find<QTableView>(&window, QStringLiteral("worklistTable"));
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                cells << table->model()->index(r, c).data().toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    QString statusOf(qint64 id) { return CaseStore::summary(*m_db, id)->status; }

    qint64 caseOf(const QString &member)
    {
        auto q = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = :m"), {{QStringLiteral("m"), member}});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto db = testsupport::openDemoStore(m_dir); // ten cases the nurse has keyed, none submitted
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        Dialogs::clear();
    }

    void cleanup()
    {
        QVERIFY2(!Dialogs::hasPendingAnswers(), "a dialog the test expected was never asked");
        Dialogs::clear();
        m_db.reset();
    }

    void draftsStayTheNursesImportedRequestsAreClaimed()
    {
        // The nurse keys a new request and saves it half done: her draft.
        qint64 draft = 0;
        qint64 imported = 0;
        {
            MainWindow nurse(m_db, user("nurse"), PolicyLibrary::builtIn());
            nurse.resize(1280, 900);
            nurse.show();
            QVERIFY(QTest::qWaitForWindowExposed(&nurse));
            find<QAction>(&nurse, QStringLiteral("newRequestAction"))->trigger();
            IntakeForm *form = nurse.intakeForm();
            QTRY_VERIFY(form->isVisible());
            auto *name = find<QLineEdit>(form, QStringLiteral("memberName"));
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("Ana Lima"));
            QTest::mouseClick(find<QPushButton>(form, QStringLiteral("saveDraft")), Qt::LeftButton);
            draft = form->caseId();
            QVERIFY(draft > 0);
            QVERIFY2(status(nurse).startsWith(QStringLiteral("Draft")), qPrintable(status(nurse)));
            QCOMPARE(statusOf(draft), QStringLiteral("intake"));

            // Then an electronic request comes in: File → Import FHIR bundle…
            find<QAction>(&nurse, QStringLiteral("showWorklistAction"))->trigger();
            Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFile, QStringLiteral(PAREVIEW_SHARED_DIR "/spec/examples/sf-01-hemA-inhibitor-12bu.json")));
            find<QAction>(&nurse, QStringLiteral("importBundleAction"))->trigger();
            QVERIFY2(status(nurse).startsWith(QStringLiteral("Imported sf-01-hemA-inhibitor-12bu.json")), qPrintable(status(nurse)));
            // It is a submitted request: it opens as a case waiting for review, not as her draft.
            QTRY_VERIFY(nurse.caseView()->isVisible());
            imported = nurse.caseView()->caseId();
            QCOMPARE(statusOf(imported), QStringLiteral("in-review"));
            auto audit = m_db->exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'case.submit' AND case_id = :c"),
                                    {{QStringLiteral("c"), imported}});
            QVERIFY(audit && audit->next());
            QVERIFY2(audit->value(0).toString().contains(QStringLiteral("arrived electronically"))
                         && audit->value(0).toString().contains(QStringLiteral("sf-01-hemA-inhibitor-12bu.json")),
                     qPrintable(audit->value(0).toString()));
        }

        // The reviewer: the Unassigned queue lists the imported request and no draft.
        MainWindow reviewer(m_db, user("reviewer"), PolicyLibrary::builtIn());
        reviewer.resize(1280, 900);
        reviewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reviewer));
        chooseQueue(reviewer, QStringLiteral("Unassigned"));
        const QString importedRef = CaseStore::summary(*m_db, imported)->reference;
        QTRY_COMPARE(rows(reviewer).size(), 1);
        QVERIFY2(rows(reviewer).first().contains(importedRef), qPrintable(rows(reviewer).first()));

        // Claim next takes it.
        QTest::mouseClick(find<QPushButton>(&reviewer, QStringLiteral("claimNextButton")), Qt::LeftButton);
        QTRY_VERIFY(reviewer.caseView()->isVisible());
        QCOMPARE(reviewer.caseView()->caseId(), imported);
        QVERIFY2(status(reviewer).contains(QStringLiteral("You claimed %1").arg(importedRef)), qPrintable(status(reviewer)));
        QCOMPARE(CaseStore::summary(*m_db, imported)->assigneeId, std::optional<qint64>(user("reviewer").id));

        // Claim next again: nothing — eleven drafts wait at intake, none is taken.
        QTest::keyClick(&reviewer, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(reviewer.worklist()->isVisible());
        QTest::mouseClick(find<QPushButton>(&reviewer, QStringLiteral("claimNextButton")), Qt::LeftButton);
        QVERIFY2(status(reviewer).contains(QStringLiteral("Nothing to claim")), qPrintable(status(reviewer)));
        QCOMPARE(statusOf(draft), QStringLiteral("intake"));
        QVERIFY(!CaseStore::summary(*m_db, draft)->assigneeId);
        auto drafts = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'intake' AND assignee_id IS NULL"));
        QVERIFY(drafts && drafts->next());
        QCOMPARE(drafts->value(0).toInt(), 11);

        // The nurse submits one of her drafts (Elias Moreno's, complete): now it is claimed.
        const qint64 elias = caseOf(QStringLiteral("Elias Moreno"));
        {
            MainWindow nurse(m_db, user("nurse"), PolicyLibrary::builtIn());
            nurse.resize(1280, 900);
            nurse.show();
            QVERIFY(QTest::qWaitForWindowExposed(&nurse));
            QVERIFY_OPENED(testsupport::searchWorklist(&nurse, QStringLiteral("Elias")));
            QVERIFY_OPENED(testsupport::activateWorklistRow(&nurse, QString()));
            QTRY_VERIFY(nurse.intakeForm()->isVisible()); // her draft opens in the form
            QTest::mouseClick(find<QPushButton>(nurse.intakeForm(), QStringLiteral("submitIntake")), Qt::LeftButton);
            QTRY_COMPARE(statusOf(elias), QStringLiteral("in-review"));
        }
        chooseQueue(reviewer, QStringLiteral("Unassigned"));
        QTRY_VERIFY(rows(reviewer).size() == 1 && rows(reviewer).first().contains(QStringLiteral("Elias Moreno")));
        QTest::mouseClick(find<QPushButton>(&reviewer, QStringLiteral("claimNextButton")), Qt::LeftButton);
        QTRY_VERIFY(reviewer.caseView()->isVisible());
        QCOMPARE(reviewer.caseView()->caseId(), elias);
    }

    // A draft open in the nurse's intake form counts as open, like a case
    // in the case view: a reviewer opening it is told, and once she leaves
    // the form it is no longer open.
    void aDraftOpenAtIntakeIsOpenForOthers()
    {
        const User nurseUser = user("nurse");
        const QString nurseName = nurseUser.displayName.isEmpty() ? nurseUser.name : nurseUser.displayName;
        MainWindow nurse(m_db, nurseUser, PolicyLibrary::builtIn());
        nurse.resize(1280, 900);
        nurse.show();
        QVERIFY(QTest::qWaitForWindowExposed(&nurse));
        const auto open = [](MainWindow &window, const QString &member) {
            QVERIFY_OPENED(testsupport::searchWorklist(&window, member));
            QVERIFY_OPENED(testsupport::activateWorklistRow(&window, QString()));
        };
        open(nurse, QStringLiteral("Elias"));
        QTRY_VERIFY(nurse.intakeForm()->isVisible());

        MainWindow reviewer(m_db, user("reviewer"), PolicyLibrary::builtIn());
        reviewer.resize(1280, 900);
        reviewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reviewer));
        open(reviewer, QStringLiteral("Elias"));
        QTRY_VERIFY(reviewer.caseView()->isVisible());
        auto *others = find<QLabel>(&reviewer, QStringLiteral("othersBanner"));
        QTRY_VERIFY(others->isVisible());
        QVERIFY2(others->text().contains(QStringLiteral("Open by %1").arg(nurseName)), qPrintable(others->text()));

        // The nurse goes back to the worklist: the draft is no longer open there.
        find<QAction>(&nurse, QStringLiteral("showWorklistAction"))->trigger();
        QTRY_VERIFY(nurse.worklist()->isVisible());
        QTest::keyClick(&reviewer, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(reviewer.worklist()->isVisible());
        open(reviewer, QStringLiteral("Elias"));
        QTRY_VERIFY(reviewer.caseView()->isVisible());
        QVERIFY2(!others->isVisible() || !others->text().contains(QStringLiteral("Open by")), qPrintable(others->text()));

        // A new request in her form has no case: nothing of hers stays open.
        open(nurse, QStringLiteral("Elias"));
        QTRY_VERIFY(nurse.intakeForm()->isVisible());
        find<QAction>(&nurse, QStringLiteral("newRequestAction"))->trigger();
        QTest::keyClick(&reviewer, Qt::Key_1, Qt::ControlModifier);
        open(reviewer, QStringLiteral("Elias"));
        QTRY_VERIFY(reviewer.caseView()->isVisible());
        QVERIFY2(!others->isVisible() || !others->text().contains(QStringLiteral("Open by")), qPrintable(others->text()));
    }
};

QTEST_MAIN(TestJourneyDrafts)
#include "tst_journey_drafts.moc"
