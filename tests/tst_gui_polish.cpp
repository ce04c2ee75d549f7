// Follow-ups of issue 10, as people meet them in the window: the policy a
// reviewer chose stays after the determination dialog closes; a section row
// of the checklist cannot be decided (and the store refuses it too); the
// intake form asks the two newer attestation questions; the case's
// correction history is in sight of the reviewer.

#include "MainWindow.h"
#include "common/SignInDialog.h"
#include "intake/IntakeForm.h"
#include "review/CaseView.h"
#include "review/CriteriaModel.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/PolicyChoice.h"
#include "store/Review.h"

#include "SignIn.h"
#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pareview;

class TestGuiPolish final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User signIn(const QString &name) { return testsupport::signInDemo(m_db, name); }

    // Types the member's name in the search box and opens the one case found with Return.
    static void openFromWorklist(MainWindow &window, const QString &member)
    {
        QVERIFY_OPENED(testsupport::openCase(&window, QString(), QString(), member));
    }

    static void clickTab(QWidget *in, const QString &text)
    {
        auto *tabs = in->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).startsWith(text)) {
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no tab %1").arg(text)));
    }

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        // The nurse has submitted Darnell Price's case: it is reviewed once submitted.
        QVERIFY(Review::submitForReview(*m_db, 3, Users::byName(*m_db, QStringLiteral("nurse")).value()));
    }

    void cleanup() { m_db.reset(); }

    // Darnell Price's case: three policies apply. The reviewer (or medical
    // director) picks one, opens Determine… and closes it: the selector
    // still shows that one, not the first.
    void closingTheDeterminationKeepsTheChosenPolicy_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("policy");
        QTest::newRow("reviewer, PHARMACY-109") << QStringLiteral("reviewer") << QStringLiteral("PHARMACY-109");
        QTest::newRow("director, IP0535") << QStringLiteral("director") << QStringLiteral("IP0535");
    }
    void closingTheDeterminationKeepsTheChosenPolicy()
    {
        QFETCH(QString, who);
        QFETCH(QString, policy);
        const User user = signIn(who);
        MainWindow window(m_db, user, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("Darnell"));
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("policySelector"));
        QVERIFY(selector->count() > 1);
        QVERIFY(testsupport::choosePolicyWithKeys(&window, policy));
        const QString chosenId = selector->currentData().toString();
        QCOMPARE(PolicyChoices::chosen(*m_db, 3).value(), chosenId);

        auto *determine = window.findChild<QPushButton *>(QStringLiteral("determineButton"));
        QVERIFY2(determine->isEnabled(), qPrintable(determine->toolTip()));
        bool closed = false;
        testsupport::whenDialogShown(QStringLiteral("determinationDialog"), [&](QDialog *d) {
            QTest::keyClick(d, Qt::Key_Escape);
            closed = true;
        });
        QTest::mouseClick(determine, Qt::LeftButton);
        QTRY_VERIFY(closed);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(selector->currentData().toString(), chosenId);
        QVERIFY2(selector->currentText().contains(policy), qPrintable(selector->currentText()));
        QCOMPARE(window.caseView()->currentEvaluation()->policyId, chosenId);
        QCOMPARE(PolicyChoices::chosen(*m_db, 3).value(), chosenId);
    }

    // The pathway's own row ("1") follows from its criteria: M, N and U are
    // off there and say why; the M key changes nothing; the store refuses it.
    void sectionRowsAreNotDecided()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"));
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("Darnell"));
        QVERIFY(testsupport::choosePolicyWithKeys(&window, QStringLiteral("IP0535")));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("criteriaTree"));
        CriteriaModel *model = window.caseView()->criteria();
        QString section;
        for (const CriterionResult &c : model->evaluation().criteria)
            if (c.section) {
                section = c.label;
                break;
            }
        QVERIFY(!section.isEmpty());

        testsupport::clickRow(tree, model->indexOf(section));
        for (const char *name : {"markMet", "markNotMet", "markUnknown"}) {
            auto *button = window.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(button->toolTip().contains(QStringLiteral("section")), qPrintable(button->toolTip()));
        }
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_M);
        QVERIFY(!model->decision(section));
        QVERIFY2(window.findChild<QLabel *>(QStringLiteral("caseMessage"))->text().contains(QStringLiteral("section")),
                 qPrintable(window.findChild<QLabel *>(QStringLiteral("caseMessage"))->text()));

        // A criterion below it is decided as before.
        testsupport::clickRow(tree, model->indexOf(QStringLiteral("1.A")));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("markMet"))->isEnabled());

        // The store: a section label is refused, naming it; a criterion is not.
        const PolicyLibrary library = PolicyLibrary::builtIn();
        const Status refused = Review::recordDecision(
            *m_db, 3, {QStringLiteral("cigna-ip0535"), section, QStringLiteral("met"), QString(), {}, {}}, reviewer, &library);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(section + QStringLiteral(" is a section")), qPrintable(refused.error()));
        QVERIFY(Review::recordDecision(*m_db, 3, {QStringLiteral("cigna-ip0535"), QStringLiteral("1.A"), QStringLiteral("met"), QString(), {}, {}},
                                       reviewer, &library));
    }

    // File → New request: the two attestations are asked like the others,
    // and the answers are stored with the draft.
    void intakeAsksTheNewAttestations()
    {
        const User nurse = signIn(QStringLiteral("nurse"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        IntakeForm *form = window.intakeForm();
        QTRY_VERIFY(form->isVisible());
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("memberName"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Ada Lindqvist"));
        const QStringList items{QStringLiteral("liver-abnormality-history"), QStringLiteral("consulted-htc-hematologist")};
        for (const QString &item : items) {
            auto *answer = form->findChild<QComboBox *>(QStringLiteral("attest-") + item);
            QVERIFY2(answer, qPrintable(item));
            QVERIFY(!answer->accessibleName().isEmpty());
            answer->setFocus();
            QTest::keyClicks(answer, QStringLiteral("yes"));
            QCOMPARE(answer->currentText(), QStringLiteral("yes"));
        }
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveDraft")), Qt::LeftButton);
        QTRY_VERIFY(form->caseId() > 0);
        auto facts = CaseStore::facts(*m_db, form->caseId(), nurse);
        QVERIFY2(facts, qPrintable(facts.error()));
        for (const QString &item : items) {
            const auto a = facts->attestation(item);
            QVERIFY2(a, qPrintable(item));
            QCOMPARE(a->value.toBool(), true);
        }
    }

    // A nurse corrected a fact after submission; the reviewer sees the
    // earlier value and the corrected one on the case's History tab.
    void reviewerSeesTheCorrectionHistory()
    {
        const User nurse = signIn(QStringLiteral("nurse"));
        auto elias = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = 'Elias Moreno'"));
        QVERIFY(elias && elias->next());
        const qint64 id = elias->value(0).toLongLong();
        QVERIFY(Review::submitForReview(*m_db, id, nurse));
        auto facts = CaseStore::facts(*m_db, id, nurse);
        QVERIFY(facts);
        CaseFacts corrected = facts.value();
        corrected.memberId.value = QStringLiteral("CORRECTED-1");
        auto changed = CaseStore::correct(*m_db, id, corrected, nurse);
        QVERIFY2(changed, qPrintable(changed.error()));
        QCOMPARE(changed.value(), 1);

        const User reviewer = signIn(QStringLiteral("reviewer"));
        MainWindow window(m_db, reviewer, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("Elias"));
        clickTab(&window, QStringLiteral("History (1)"));
        auto *history = window.findChild<QTableWidget *>(QStringLiteral("correctionHistory"));
        QTRY_VERIFY(history->isVisible());
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 3)->text(), facts->memberId.value.value_or(QString()));
        QCOMPARE(history->item(0, 4)->text(), QStringLiteral("CORRECTED-1"));
        QVERIFY(!history->item(0, 1)->text().isEmpty());
    }
};

QTEST_MAIN(TestGuiPolish)
#include "tst_gui_polish.moc"
