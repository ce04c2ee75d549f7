// Which policy a case is reviewed under, in the window, as people use it:
// a reviewer opens a Cigna Healthcare member's Hemgenix case and sees Cigna
// IP0535; on a case several policies apply to the reviewer picks one with
// the keyboard and the medical director, signed in separately, sees the same
// one; an administrator edits the payer table; the worklist's payer filter
// has one entry per payer.

#include "MainWindow.h"
#include "common/SignInDialog.h"
#include "review/CaseView.h"
#include "worklist/WorklistModel.h"

#include "store/Database.h"
#include "store/DemoData.h"
#include "store/PayerStore.h"
#include "store/PolicyChoice.h"

#include "SignIn.h"
#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pareview;

class TestGuiPolicyChoice final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User signIn(const QString &name) { return testsupport::signInDemo(m_db, name); }

    // Types the member's name in the search box and opens the one case found with Return.
    void openFromWorklist(MainWindow &window, const QString &member)
    {
        QVERIFY_OPENED(testsupport::openCase(&window, QString(), QString(), member));
    }

    QStringList items(QComboBox *box)
    {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
    }

    void cleanup() { m_db.reset(); }

    void cignaHealthcareHemgenixOpensUnderCigna()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"));
        QCOMPARE(reviewer.role, Role::ClinicalReviewer);
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("Elias")); // Elias Moreno, Cigna Healthcare, Hemgenix

        auto *policy = window.findChild<QComboBox *>(QStringLiteral("policySelector"));
        QVERIFY(!policy->accessibleName().isEmpty());
        QCOMPARE(policy->count(), 1);
        QVERIFY2(policy->currentText().startsWith(QStringLiteral("Cigna IP0535")), qPrintable(policy->currentText()));
        QVERIFY(!items(policy).join(QLatin1Char('\n')).contains(QStringLiteral("CP.PHAR.580")));
        // The criteria shown are Cigna's (1.A …), not Centene's (I.A …).
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("criteriaTree"));
        QVERIFY(tree->model()->rowCount() > 0);
        QVERIFY2(tree->model()->index(0, 0).data().toString().startsWith(QLatin1Char('1')),
                 qPrintable(tree->model()->index(0, 0).data().toString()));
    }

    void reviewersChoiceIsWhatTheDirectorSees()
    {
        {
            const User reviewer = signIn(QStringLiteral("reviewer"));
            MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            openFromWorklist(window, QStringLiteral("Darnell")); // "Any Health Plan": not in the payer table

            auto *policy = window.findChild<QComboBox *>(QStringLiteral("policySelector"));
            auto *note = window.findChild<QLabel *>(QStringLiteral("policyNote"));
            QCOMPARE(policy->count(), 3);
            QCOMPARE(policy->currentIndex(), -1); // nothing chosen yet: nothing evaluated on screen
            QVERIFY2(note->text().contains(QStringLiteral("3 policies apply")), qPrintable(note->text()));
            QCOMPARE(window.findChild<QTreeView *>(QStringLiteral("criteriaTree"))->model()->rowCount(), 0);
            // Nothing to decide, send or determine until a policy is chosen; the buttons say so.
            for (const char *name : {"markMet", "markNotMet", "markUnknown", "sendToDirector", "determineButton"}) {
                auto *button = window.findChild<QPushButton *>(QLatin1String(name));
                QVERIFY2(button && !button->isEnabled(), name);
                QCOMPARE(button->toolTip(), QStringLiteral("Choose the policy to review under first."));
            }

            // The label's mnemonic reaches the selector; arrow keys go through the policies.
            QTest::keyClick(&window, Qt::Key_O, Qt::AltModifier);
            QTRY_VERIFY(policy->hasFocus());
            for (int i = 0; i < 3 && !policy->currentText().contains(QStringLiteral("PHARMACY-109")); ++i)
                QTest::keyClick(policy, Qt::Key_Down);
            QVERIFY2(policy->currentText().contains(QStringLiteral("PHARMACY-109")), qPrintable(policy->currentText()));
            QTRY_VERIFY(window.findChild<QTreeView *>(QStringLiteral("criteriaTree"))->model()->rowCount() > 0);
            QVERIFY2(note->text().contains(QStringLiteral("reviewed under the one chosen")), qPrintable(note->text()));
            QVERIFY(window.findChild<QPushButton *>(QStringLiteral("markMet"))->toolTip()
                    != QStringLiteral("Choose the policy to review under first."));
        }
        // Stored on the case and audited.
        QCOMPARE(PolicyChoices::chosen(*m_db, 3).value(), QStringLiteral("pharmacy-109"));
        auto audit = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.policy' AND case_id = 3"));
        QVERIFY(audit && audit->next());
        QVERIFY(audit->value(0).toInt() >= 1);

        // The medical director, signed in separately, sees the same policy.
        const User director = signIn(QStringLiteral("director"));
        QCOMPARE(director.role, Role::MedicalDirector);
        MainWindow window(m_db, director, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("Darnell"));
        auto *policy = window.findChild<QComboBox *>(QStringLiteral("policySelector"));
        QVERIFY2(policy->currentText().contains(QStringLiteral("PHARMACY-109")), qPrintable(policy->currentText()));
        auto *caseView = window.findChild<CaseView *>(QStringLiteral("caseView"));
        QCOMPARE(caseView->currentEvaluation()->policyId, QStringLiteral("pharmacy-109"));

        // A mouse choice by the director is stored too.
        const int cigna = policy->findText(QStringLiteral("Cigna IP0535"), Qt::MatchStartsWith);
        QVERIFY(cigna >= 0);
        QTest::mouseClick(policy, Qt::LeftButton);
        QAbstractItemView *popup = policy->view();
        QTRY_VERIFY(popup->isVisible());
        QTest::qWait(QApplication::doubleClickInterval() + 100); // the popup ignores a release as quick as a double click
        const QRect r = popup->visualRect(popup->model()->index(cigna, 0));
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, r.center());
        QTRY_COMPARE(PolicyChoices::chosen(*m_db, 3).value(), QStringLiteral("cigna-ip0535"));
        QCOMPARE(caseView->currentEvaluation()->policyId, QStringLiteral("cigna-ip0535"));
    }

    void administratorEditsThePayerTable()
    {
        const User admin = signIn(QStringLiteral("admin"));
        QCOMPARE(admin.role, Role::Administrator);
        MainWindow window(m_db, admin, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.findChild<QAction *>(QStringLiteral("payerTableAction"));
        QVERIFY(action && action->isEnabled());

        // Types a new row into the table: name, Tab, other names, Tab, policies.
        auto typeRow = [](QDialog *dialog, const QString &name, const QString &aliases, const QString &policies) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addPayer")), Qt::LeftButton);
            // Each cell's editor is a line edit inside the dialog's table, a new
            // one after each Tab (under load it opens a moment after the click).
            QPointer<QWidget> previous;
            for (const QString &text : { name, aliases, policies }) {
                QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                            && dialog->isAncestorOf(QApplication::focusWidget())
                            && QApplication::focusWidget() != previous.data());
                QWidget *editor = QApplication::focusWidget();
                previous = editor;
                QTest::keyClicks(editor, text);
                QTest::keyClick(editor, Qt::Key_Tab);
            }
        };

        // An unknown policy: the dialog stays open and says which.
        QString refusal;
        testsupport::whenDialogShown(QStringLiteral("payerTableDialog"), [&](QDialog *dialog) {
            typeRow(dialog, QStringLiteral("Any Health Plan"), QString(), QStringLiteral("aetna-1"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePayers")), Qt::LeftButton);
            refusal = dialog->findChild<QLabel *>(QStringLiteral("payerTableMessage"))->text();
            QVERIFY(dialog->isVisible());
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelPayers")), Qt::LeftButton);
        });
        action->trigger();
        QVERIFY2(refusal.contains(QStringLiteral("there is no policy \"aetna-1\"")), qPrintable(refusal));
        QCOMPARE(PayerStore::load(*m_db)->payers().size(), 4); // Cigna, Centene, Empire Plan, Western Health Advantage

        testsupport::whenDialogShown(QStringLiteral("payerTableDialog"), [&](QDialog *dialog) {
            typeRow(dialog, QStringLiteral("Any Health Plan"), QStringLiteral("AHP; Any Health"), QStringLiteral("pharmacy-109"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePayers")), Qt::LeftButton);
        });
        action->trigger();
        const PayerTable table = PayerStore::load(*m_db).value();
        QCOMPARE(table.payers().size(), 5);
        const Payer *added = table.find(QStringLiteral("any health"));
        QVERIFY(added);
        QCOMPARE(added->name, QStringLiteral("Any Health Plan"));
        QCOMPARE(added->id, QStringLiteral("any-health-plan"));
        QCOMPARE(added->policies, QStringList{ QStringLiteral("pharmacy-109") });
        auto audit = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payers.edit'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toInt(), 1);

        // Darnell Price's case now opens under the one policy the table gives his payer.
        openFromWorklist(window, QStringLiteral("Darnell"));
        auto *policy = window.findChild<QComboBox *>(QStringLiteral("policySelector"));
        QCOMPARE(policy->count(), 1);
        QVERIFY(policy->currentText().contains(QStringLiteral("PHARMACY-109")));
    }

    void payerFilterHasOneEntryPerPayer()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"));
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *filter = window.findChild<QComboBox *>(QStringLiteral("payerFilter"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("worklistTable"));
        QVERIFY(!filter->accessibleName().isEmpty());
        QCOMPARE(items(filter), QStringList({ QStringLiteral("Any payer"), QStringLiteral("Cigna"), QStringLiteral("Centene"),
                                              QStringLiteral("Empire Plan"), QStringLiteral("Western Health Advantage"),
                                              QStringLiteral("Any Health Plan") }));
        // Centene: Ambetter from Centene and Superior HealthPlan (Centene) alike.
        filter->setFocus();
        while (filter->currentText() != QLatin1String("Centene"))
            QTest::keyClick(filter, Qt::Key_Down);
        QTRY_COMPARE(table->model()->rowCount(), 5);
        QStringList payers;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            payers << table->model()->index(r, WorklistModel::Payer).data().toString();
        payers.removeDuplicates();
        payers.sort();
        QCOMPARE(payers, QStringList({ QStringLiteral("Ambetter from Centene"), QStringLiteral("Superior HealthPlan (Centene)") }));
        QTest::keyClick(filter, Qt::Key_Up);
        QCOMPARE(filter->currentText(), QStringLiteral("Cigna"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestGuiPolicyChoice)
#include "tst_gui_policychoice.moc"
