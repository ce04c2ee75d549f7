// Tab moves through the window in the order of its layout and leaves every
// table: found by a person on the keyboard, the worklist and the intake
// form's lab and attestation tables kept Tab inside them for ever (the
// table walked its cells and wrapped from the last to the first).

#include "MainWindow.h"
#include "intake/IntakeForm.h"
#include "worklist/WorklistView.h"

#include "policy/PolicyLibrary.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "SignIn.h"
#include "StoreFixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

namespace {

// Presses Tab where the keyboard focus is, as a person does, and returns
// where the focus went.
QWidget *pressTab()
{
    QWidget *from = QApplication::focusWidget();
    if (!from)
        return nullptr;
    QTest::keyClick(from, Qt::Key_Tab);
    return QApplication::focusWidget();
}

} // namespace

class TestGuiTabKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
    }

    void cleanup() { m_db.reset(); }

    // The reviewer clicks a case in the worklist, then presses Tab: the focus
    // leaves the table, and Tab brings it round to the search field.
    void tabLeavesTheWorklist()
    {
        const User reviewer = testsupport::signInDemo(m_db, QStringLiteral("reviewer"));
        QVERIFY(reviewer.id > 0);
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("worklistTable"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("worklistSearch"));
        QVERIFY(table && search);
        QTRY_VERIFY(table->model()->rowCount() > 1);
        const QRect row = table->visualRect(table->model()->index(1, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        QTRY_COMPARE(QApplication::focusWidget(), table);

        QWidget *next = pressTab();
        QVERIFY2(next && next != table, "Tab stayed in the worklist table");
        bool reachedSearch = false;
        for (int i = 0; i < 30 && !reachedSearch; ++i)
            reachedSearch = pressTab() == search;
        QVERIFY2(reachedSearch, "Tab never came round to the search field");
    }

    // The nurse adds a lab row and tabs through it to "Add lab result", then
    // through the attestations the drug's policy asks, one answer after the
    // other, to the documents.
    void tabWalksTheIntakeTables()
    {
        const User nurse = testsupport::signInDemo(m_db, QStringLiteral("nurse"));
        QVERIFY(nurse.id > 0);
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        IntakeForm *form = window.intakeForm();
        QTRY_VERIFY(form && form->isVisible());

        auto *drug = form->findChild<QComboBox *>(QStringLiteral("drug"));
        QVERIFY(drug);
        drug->setFocus();
        QTest::keyClicks(drug, QStringLiteral("Hympavzi"));
        QTRY_VERIFY(!drug->currentData().toString().isEmpty());

        auto *addLab = form->findChild<QPushButton *>(QStringLiteral("addLab"));
        QVERIFY(addLab);
        QTest::mouseClick(addLab, Qt::LeftButton);
        auto *lab = form->findChild<QComboBox *>(QStringLiteral("labName-0"));
        QVERIFY(lab);
        QTRY_COMPARE(QApplication::focusWidget(), lab);
        const QStringList rowOrder = {QStringLiteral("labValue-0"), QStringLiteral("labUnit-0"), QStringLiteral("labDate-0"),
                                      QStringLiteral("labUln-0"), QStringLiteral("addLab")};
        for (const QString &name : rowOrder) {
            QWidget *now = pressTab();
            QVERIFY2(now, qPrintable(name));
            QCOMPARE(now->objectName(), name);
        }

        auto *attestations = form->findChild<QTableWidget *>(QStringLiteral("attestationsTable"));
        QVERIFY(attestations);
        QList<QWidget *> answers;
        for (int r = 0; r < attestations->rowCount(); ++r)
            if (!attestations->isRowHidden(r))
                answers << attestations->cellWidget(r, 1);
        QVERIFY2(answers.size() >= 2, "the drug's policy asks at least two attestations");
        QCOMPARE(pressTab(), answers.first());
        for (int i = 1; i < answers.size(); ++i)
            QCOMPARE(pressTab(), answers.at(i));
        QCOMPARE(pressTab(), form->findChild<QListWidget *>(QStringLiteral("intakeDocuments")));
    }
};

QTEST_MAIN(TestGuiTabKeys)
#include "tst_gui_tabkeys.moc"
