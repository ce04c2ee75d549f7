// A clinical reviewer's day in the real window, acting only as a person
// does: sign in through the sign-in dialog, find a case in the worklist and
// open it from the keyboard, decide criteria with M / N / U, override one
// with the note it requires, watch the top line show what the data say and
// what the decisions make of it, undo and redo with the keyboard, send the
// case to the medical director. A refusal shows where the reviewer acted; a
// case never submitted cannot go to the director; a determined case is read
// only, with the reason in sight.

#include "MainWindow.h"
#include "common/SignInDialog.h"

#include "policy/PolicyLibrary.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/DemoData.h"
#include "store/Review.h"
#include "store/Users.h"
#include "OpenCase.h"
#include "StoreFixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace pareview;

class TestJourneyReviewer final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    PolicyLibrary m_library = PolicyLibrary::builtIn();

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *found = w->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

    static void press(QKeyCombination key)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, qPrintable(QStringLiteral("no focus for %1").arg(QKeySequence(key).toString())));
        QTest::keyClick(focus, key.key(), key.keyboardModifiers());
    }

    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }

    // Worklist: type the name into the search box, click the one row, Enter.
    static void openFromWorklist(QWidget *window, const QString &name)
    {
        QVERIFY_OPENED(testsupport::openCase(window, QString(), QString(), name));
    }

    // The criteria tree: click into it, type the label (the tree's own
    // keyboard search); the detail pane shows the criterion.
    static void goTo(QWidget *window, const QString &label)
    {
        auto *tree = child<QTreeView>(window, "criteriaTree");
        if (QApplication::focusWidget() != tree)
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(tree->model()->index(0, 0)).center());
        QTest::qWait(QApplication::keyboardInputInterval() + 50); // a new search, not the last one continued
        QTest::keyClicks(tree, label);
        QTRY_VERIFY2(child<QTextBrowser>(window, "criterionDetail")->toPlainText().startsWith(label),
                     qPrintable(child<QTextBrowser>(window, "criterionDetail")->toPlainText().left(40)));
    }

    static QString text(QWidget *window, const char *label) { return child<QLabel>(window, label)->text(); }

    qint64 count(const QString &sql)
    {
        auto q = m_db->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        // Before the reviewer's day: the nurse submitted Elias Moreno's case,
        // and a medical director approved Samuel Osei's.
        const User nurse = Users::authenticate(*m_db, QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass")).value();
        const User director = Users::authenticate(*m_db, QStringLiteral("director"), QStringLiteral("demo-director-pass")).value();
        auto id = [&](const char *member) {
            auto q = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = :m"), {{QStringLiteral("m"), QString::fromLatin1(member)}});
            return q && q->next() ? q->value(0).toLongLong() : -1;
        };
        QVERIFY(Review::submitForReview(*m_db, id("Elias Moreno"), nurse));
        QVERIFY(Review::submitForReview(*m_db, id("Samuel Osei"), nurse)); // determined once submitted
        auto draft = DecisionDrafts::prepare(*m_db, m_library, id("Samuel Osei"), QStringLiteral("approve"), QString(), director,
                                             QStringLiteral("pharmacy-109"));
        QVERIFY2(draft, qPrintable(draft.error()));
        QVERIFY(Review::determine(*m_db, id("Samuel Osei"), draft->input, director));
    }

    void cleanup() { m_db.reset(); }

    void reviewerDecidesAndSendsToTheDirector()
    {
        // Sign in through the real dialog.
        SignInDialog signIn(m_db);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowActive(&signIn));
        QTest::keyClicks(child<QLineEdit>(&signIn, "userName"), QStringLiteral("reviewer"));
        QTest::keyClicks(child<QLineEdit>(&signIn, "password"), QStringLiteral("demo-reviewer-pass"));
        QTest::mouseClick(child<QPushButton>(&signIn, "signInButton"), Qt::LeftButton);
        QCOMPARE(signIn.result(), int(QDialog::Accepted));
        const User reviewer = signIn.user();

        MainWindow window(m_db, reviewer, m_library);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        openFromWorklist(&window, QStringLiteral("elias"));
        // Under Cigna IP0535 (the member's payer): choose it from the keyboard.
        auto *policy = child<QComboBox>(&window, "policySelector");
        auto *tree = child<QTreeView>(&window, "criteriaTree");
        if (!policy->currentText().contains(QStringLiteral("IP0535"))) {
            // From the criteria, Shift+Tab to the policy, type its payer.
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(tree->model()->index(0, 0)).center());
            press(QKeyCombination(Qt::ShiftModifier, Qt::Key_Backtab));
            QCOMPARE(QApplication::focusWidget(), policy);
            type(QStringLiteral("Cigna"));
        }
        QTRY_VERIFY(policy->currentText().contains(QStringLiteral("IP0535")));
        QVERIFY2(text(&window, "recommendation").contains(QStringLiteral("meets criteria — every criterion of 1 is met")),
                 qPrintable(text(&window, "recommendation")));
        QVERIFY(!text(&window, "recommendation").contains(QStringLiteral("data say")));
        QCOMPARE(text(&window, "reviewProgress"), QStringLiteral("0 of 25 criteria decided by a reviewer; 0 still open"));
        QVERIFY(!child<QLabel>(&window, "readOnlyBanner")->isVisible());

        // Controls have names a screen reader reads; Tab goes from the policy to the criteria.
        QCOMPARE(tree->accessibleName(), QStringLiteral("Criteria"));
        QVERIFY(!child<QLineEdit>(&window, "decisionNote")->accessibleName().isEmpty());
        QVERIFY(!child<QPushButton>(&window, "markNotMet")->accessibleName().isEmpty());
        // Cigna's member: one policy applies, so the selector only shows it
        // (nothing to choose) and Tab skips it; Shift+Tab from the tab pages
        // comes back to the criteria.
        QVERIFY(!policy->isEnabled());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(tree->model()->index(0, 0)).center());
        QCOMPARE(QApplication::focusWidget(), tree);
        press(Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != tree);
        press(QKeyCombination(Qt::ShiftModifier, Qt::Key_Backtab));
        QCOMPARE(QApplication::focusWidget(), tree);

        // M on 1.A: agreeing with the data needs no note, and counts as decided.
        goTo(&window, QStringLiteral("1.A"));
        press(Qt::Key_M);
        QTRY_COMPARE(text(&window, "reviewProgress"), QStringLiteral("1 of 25 criteria decided by a reviewer; 0 still open"));

        // N on 1.D: overriding the data needs a note, and the window says so.
        goTo(&window, QStringLiteral("1.D"));
        press(Qt::Key_N);
        QVERIFY2(text(&window, "caseMessage").contains(QStringLiteral("write a note")), qPrintable(text(&window, "caseMessage")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions WHERE label = '1.D'")), 0);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&window, "decisionNote")); // the window takes her there
        type(QStringLiteral("factor IX 3% on the clinic letter"));
        press(Qt::Key_Return); // records the decision that asked for the note, back to the tree
        QCOMPARE(QApplication::focusWidget(), tree);

        // The top line shows both readings; the tree and the counts follow.
        const QString both = QStringLiteral("data say: meets criteria · with the reviewers' decisions: does not meet criteria — 1.D");
        QTRY_VERIFY2(text(&window, "recommendation").contains(both), qPrintable(text(&window, "recommendation")));
        QCOMPARE(text(&window, "reviewProgress"), QStringLiteral("2 of 25 criteria decided by a reviewer; 0 still open"));
        const QModelIndex d = tree->currentIndex().siblingAtColumn(2);
        QCOMPARE(d.data().toString(), QStringLiteral("not met"));
        QVERIFY(child<QTextBrowser>(&window, "criterionDetail")->toPlainText().contains(QStringLiteral("factor IX 3% on the clinic letter")));

        // Undo and redo from the keyboard refresh it.
        press(QKeySequence(QKeySequence::Undo)[0]);
        QTRY_VERIFY(!text(&window, "recommendation").contains(QStringLiteral("data say")));
        QVERIFY(text(&window, "recommendation").contains(QStringLiteral("meets criteria")));
        QCOMPARE(text(&window, "reviewProgress"), QStringLiteral("1 of 25 criteria decided by a reviewer; 0 still open"));
        press(QKeySequence(QKeySequence::Redo)[0]);
        QTRY_VERIFY(text(&window, "recommendation").contains(both));
        QCOMPARE(text(&window, "reviewProgress"), QStringLiteral("2 of 25 criteria decided by a reviewer; 0 still open"));

        // Send it to the medical director (Alt+D).
        auto *toDirector = child<QPushButton>(&window, "sendToDirector");
        QVERIFY2(toDirector->isEnabled(), qPrintable(toDirector->toolTip()));
        press(QKeyCombination(Qt::AltModifier, Qt::Key_D));
        QTRY_VERIFY(text(&window, "caseHeader").contains(QStringLiteral("awaiting medical director")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE member_name = 'Elias Moreno' AND status = 'awaiting-medical-director'")), 1);
        // It is the director's now: the window says so and offers nothing more.
        auto *banner = child<QLabel>(&window, "readOnlyBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("The case is waiting for a medical director")), qPrintable(banner->text()));
        QVERIFY(!child<QPushButton>(&window, "markMet")->isEnabled());
        QVERIFY(!toDirector->isEnabled());

        // A refusal shows where the reviewer acted: M on the tree.
        const qint64 refusals = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused.decide-criterion'"));
        goTo(&window, QStringLiteral("1.B"));
        press(Qt::Key_M);
        QTRY_VERIFY2(text(&window, "caseMessage").contains(QStringLiteral("waiting for a medical director")), qPrintable(text(&window, "caseMessage")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused.decide-criterion'")), refusals + 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions WHERE label = '1.B'")), 0);
    }

    void neverSubmittedCaseDoesNotGoToTheDirector()
    {
        const User reviewer = Users::authenticate(*m_db, QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass")).value();
        MainWindow window(m_db, reviewer, m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        openFromWorklist(&window, QStringLiteral("tomas"));
        auto *toDirector = child<QPushButton>(&window, "sendToDirector");
        QVERIFY(!toDirector->isEnabled());
        QVERIFY2(toDirector->toolTip().contains(QStringLiteral("never submitted")), qPrintable(toDirector->toolTip()));
        press(QKeyCombination(Qt::AltModifier, Qt::Key_D));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE member_name = 'Tomas Lindqvist' AND status = 'intake'")), 1);
    }

    void determinedCaseIsReadOnly()
    {
        const User reviewer = Users::authenticate(*m_db, QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass")).value();
        MainWindow window(m_db, reviewer, m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        openFromWorklist(&window, QStringLiteral("samuel"));
        auto *banner = child<QLabel>(&window, "readOnlyBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("determined and read only")), qPrintable(banner->text()));
        for (const char *name : {"markMet", "markNotMet", "markUnknown", "decisionNote", "sendToDirector", "determineButton"})
            QVERIFY2(!child<QWidget>(&window, name)->isEnabled(), name);
        QVERIFY(child<QWidget>(&window, "markNotMet")->toolTip().contains(QStringLiteral("read only")));
        QVERIFY(child<QWidget>(&window, "determineButton")->toolTip().contains(QStringLiteral("only a medical director")));

        // Pressing N anyway: the refusal is on screen, nothing is recorded.
        auto *tree = child<QTreeView>(&window, "criteriaTree");
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(tree->model()->index(0, 0)).center());
        const qint64 decisions = count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions"));
        press(Qt::Key_N);
        QTRY_VERIFY2(text(&window, "caseMessage").contains(QStringLiteral("read only")), qPrintable(text(&window, "caseMessage")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions")), decisions);
    }
};

QTEST_MAIN(TestJourneyReviewer)
#include "tst_journey_reviewer.moc"
