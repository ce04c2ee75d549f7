// The review workflow as people meet it in the window, acting only as a
// person does (objectName, keys, clicks, dialogs answered through
// pareview::Dialogs): a medical director decides against the engine's
// recommendation with a written rationale (stored, audited, in the case
// history), a case at intake is the nurse's until she submits it (window,
// store and `pareview decide` agree), a request no policy covers is
// submitted only when the nurse says so, every step says what it did in
// the status bar, the determination dialog shows no stale draft and no
// made-up dates, and the keys of the review answer even when there is
// nothing to do.

#include "CaseBuilder.h"
#include "CliRunner.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "intake/IntakeForm.h"
#include "review/CaseView.h"
#include "review/CriteriaModel.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/DemoData.h"
#include "store/Review.h"
#include "letters/Letters.h"

#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QTextBrowser>
#include <functional>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pareview;
using namespace testsupport;

namespace {

template <typename T>
T *find(QWidget *root, const QString &name)
{
    return root->findChild<T *>(name);
}

QString statusBarText(MainWindow &window)
{
    return window.statusBar()->currentMessage();
}

} // namespace

class TestJourneyWorkflow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User user(const char *name) { return Users::byName(*m_db, QString::fromLatin1(name)).value(); }

    static void click(QWidget *root, const char *name)
    {
        auto *button = root->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), button->toolTip())));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void showWindow(MainWindow &window)
    {
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    // From the worklist, as a person: the row with `member`, Enter.
    static void openFromWorklist(MainWindow &window, const QString &member)
    {
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier); // View → Worklist
        QVERIFY_OPENED(testsupport::activateWorklistRow(&window, member));
    }

    static void showTab(MainWindow &window, const QString &prefix)
    {
        auto *tabs = find<QTabWidget>(&window, QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).startsWith(prefix))
                index = i;
        QVERIFY(index >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
        QTRY_COMPARE(tabs->currentIndex(), index);
    }

    static QDialog *openDetermination(MainWindow &window)
    {
        auto *button = find<QPushButton>(&window, QStringLiteral("determineButton"));
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        for (int waited = 0; waited < 5000; waited += 20) {
            auto *active = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (active && active->objectName() == QLatin1String("determinationDialog") && active->isVisible())
                return active;
            QTest::qWait(20);
        }
        return nullptr;
    }

    static void chooseOutcome(QDialog *dialog, const QString &outcome)
    {
        auto *box = dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        while (box->currentData().toString() != outcome && box->currentIndex() < box->count() - 1)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentData().toString(), outcome);
    }

    qint64 count(const QString &sql)
    {
        auto q = m_db->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    qint64 caseOf(const QString &member)
    {
        auto q = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = :m"), {{QStringLiteral("m"), member}});
        return q && q->next() ? q->value(0).toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
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

    // Point 1: Tomas Lindqvist's ALT is above twice the upper limit; the
    // medical director approves all the same, in writing.
    void directorApprovesAgainstTheRecommendation()
    {
        const qint64 id = caseOf(QStringLiteral("Tomas Lindqvist"));
        QVERIFY(Review::submitForReview(*m_db, id, user("nurse")));
        QVERIFY(Review::sendToMedicalDirector(*m_db, id, QStringLiteral("ALT: please decide"), user("reviewer")));
        MainWindow window(m_db, user("director"), PolicyLibrary::builtIn());
        showWindow(window);
        openFromWorklist(window, QStringLiteral("Tomas Lindqvist"));
        QTRY_VERIFY(find<CaseView>(&window, QStringLiteral("caseView"))->isVisible());

        QPointer<QDialog> dialog = openDetermination(window); // deletes itself once its letter is stored
        QVERIFY(dialog);
        // It opens on what the criteria results support: the denial.
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"))->currentData().toString(), QStringLiteral("deny"));
        auto *against = dialog->findChild<QLabel *>(QStringLiteral("againstRecommendation"));
        QVERIFY(!against->isVisible());
        // Date boxes of another outcome show no made-up date.
        auto *start = dialog->findChild<QDateEdit *>(QStringLiteral("approvalStart"));
        QVERIFY(!start->isEnabled());
        QCOMPARE(start->text(), QStringLiteral("—"));

        chooseOutcome(dialog, QStringLiteral("approve"));
        QTRY_VERIFY(against->isVisible());
        QVERIFY2(against->text().contains(QStringLiteral("against the recommendation")), qPrintable(against->text()));
        QVERIFY2(against->text().contains(QStringLiteral("does not meet")), qPrintable(against->text()));
        // The approval's dates, in the user's date format with the year in full.
        QVERIFY(start->isEnabled());
        QVERIFY2(start->text().contains(QString::number(start->date().year())), qPrintable(start->text()));
        QCOMPARE(start->text(), QLocale().toString(start->date(), start->displayFormat()));
        QVERIFY(!start->displayFormat().contains(QStringLiteral("yyyy-MM-dd")) || QLocale().dateFormat(QLocale::ShortFormat).contains(QStringLiteral("yyyy-MM-dd")));
        auto *rationale = dialog->findChild<QPlainTextEdit *>(QStringLiteral("determinationRationale"));
        QVERIFY(rationale->toPlainText().isEmpty());

        // Recording without a rationale is refused, and says so; typing one clears the message.
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"));
        click(dialog, "recordDetermination");
        QVERIFY2(message->text().contains(QStringLiteral("rationale")), qPrintable(message->text()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 0);
        rationale->setFocus();
        const QString why = QStringLiteral("ALT rise after a documented statin course; hepatologist cleared the infusion");
        QTest::keyClicks(rationale, why);
        QTRY_VERIFY(message->text().isEmpty());

        click(dialog, "recordDetermination");
        QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("issueLetter"))->isEnabled());
        QVERIFY2(statusBarText(window).contains(QStringLiteral("approval recorded")), qPrintable(statusBarText(window)));
        const StoredDetermination det = *Review::latestDetermination(*m_db, id).value();
        QCOMPARE(det.outcome, QStringLiteral("approve"));
        QCOMPARE(det.rationale, why);
        QVERIFY(Review::againstRecommendation(det.outcome, det.criteriaSnapshot));
        auto audit = m_db->exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'case.determine' AND case_id = :c"),
                                {{QStringLiteral("c"), id}});
        QVERIFY(audit && audit->next());
        QVERIFY2(audit->value(0).toString().contains(QStringLiteral("against the recommendation")) && audit->value(0).toString().contains(why),
                 qPrintable(audit->value(0).toString()));

        click(dialog, "issueLetter");
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // it deletes itself once issued
        QTRY_VERIFY2(statusBarText(window).contains(QStringLiteral("issued")), qPrintable(statusBarText(window)));
        QVERIFY(statusBarText(window).contains(CaseStore::summary(*m_db, id)->reference));

        // The case history shows it, with the rationale.
        showTab(window, QStringLiteral("History"));
        auto *history = find<QTableWidget>(&window, QStringLiteral("determinationHistory"));
        QTRY_COMPARE(history->rowCount(), 1);
        QVERIFY2(history->item(0, 2)->text().contains(QStringLiteral("against the recommendation")), qPrintable(history->item(0, 2)->text()));
        QCOMPARE(history->item(0, 3)->text(), why);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Mark Chen"));

        // Point 6: the Letters tab keeps its buttons still; Save starts in
        // Documents with the case's file name, then in the folder last used.
        showTab(window, QStringLiteral("Letters"));
        auto *save = find<QPushButton>(&window, QStringLiteral("saveLetterButton"));
        QTRY_VERIFY(save->isEnabled());
        QApplication::processEvents(); // the layout settled after the case was reloaded
        const QRect before = save->geometry();
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("tomas.pdf"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::SaveFile, path));
        click(&window, "saveLetterButton");
        QVERIFY(QFile::exists(path));
        const QString reference = CaseStore::summary(*m_db, id)->reference;
        QCOMPARE(Dialogs::asked().back().text,
                 QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).exists()
                     ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(reference + QStringLiteral("-approval-en.pdf"))
                     : QDir::home().filePath(reference + QStringLiteral("-approval-en.pdf")));
        QVERIFY(!find<QLabel>(&window, QStringLiteral("lettersMessage"))->text().isEmpty());
        QApplication::processEvents();
        QCOMPARE(save->geometry(), before);
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::SaveFile, QString()));
        click(&window, "saveLetterButton");
        QCOMPARE(Dialogs::asked().back().text, QDir(folder.path()).filePath(reference + QStringLiteral("-approval-en.pdf")));
    }

    // Point 1 in the model and on the command line: only a medical
    // director, only with a rationale; a denial against the recommendation
    // tells the member why.
    void onlyADirectorDecidesAgainstTheRecommendation()
    {
        const qint64 tomas = caseOf(QStringLiteral("Tomas Lindqvist"));
        const qint64 samuel = caseOf(QStringLiteral("Samuel Osei"));
        for (qint64 id : {tomas, samuel})
            QVERIFY(Review::submitForReview(*m_db, id, user("nurse")));
        const PolicyLibrary &lib = library();
        auto reviewers = DecisionDrafts::prepare(*m_db, lib, tomas, QStringLiteral("approve"), QString(), user("reviewer"));
        QVERIFY(!reviewers);
        QVERIFY2(reviewers.error().contains(QStringLiteral("only a medical director")), qPrintable(reviewers.error()));
        auto draft = DecisionDrafts::prepare(*m_db, lib, tomas, QStringLiteral("approve"), QString(), user("director"));
        QVERIFY2(draft, qPrintable(draft.error()));
        QVERIFY(!draft->againstRecommendation.isEmpty());
        QVERIFY(draft->input.approvalStart.isValid() && draft->input.approvalEnd >= draft->input.approvalStart);
        DeterminationInput in = draft->input;
        in.rationale = QStringLiteral("reviewed with hepatology");
        auto byReviewer = Review::determine(*m_db, tomas, in, user("reviewer"));
        QVERIFY(!byReviewer);
        // (CP.PHAR.580 sends every review to a medical director anyway.)
        QVERIFY2(byReviewer.error().contains(QStringLiteral("medical director")), qPrintable(byReviewer.error()));
        in.rationale = QStringLiteral("   ");
        auto blank = Review::determine(*m_db, tomas, in, user("director"));
        QVERIFY(!blank);
        QVERIFY2(blank.error().contains(QStringLiteral("rationale")), qPrintable(blank.error()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused.determine'")) >= 2);

        // `pareview decide`: the same rule; --reason is the rationale.
        const QString ref = CaseStore::summary(*m_db, tomas)->reference;
        const QStringList args{QStringLiteral("decide"), QStringLiteral("--db"), m_db->location(), QStringLiteral("--case"), ref,
                               QStringLiteral("--user"), QStringLiteral("director"), QStringLiteral("--outcome"), QStringLiteral("approve")};
        const CliRun without = runCli(args, "demo-director-pass\n");
        QCOMPARE(without.code, 1);
        QVERIFY2(without.err.contains(QStringLiteral("against the recommendation")), qPrintable(without.err));
        const CliRun with = runCli(args + QStringList{QStringLiteral("--reason"), QStringLiteral("hepatology cleared it")}, "demo-director-pass\n");
        QVERIFY2(with.code == 0, qPrintable(with.err));
        QCOMPARE(Review::latestDetermination(*m_db, tomas).value()->rationale, QStringLiteral("hepatology cleared it"));

        // A denial of a case that meets the criteria: the member is told why, in the director's words.
        auto deny = DecisionDrafts::prepare(*m_db, lib, samuel, QStringLiteral("deny"), QStringLiteral("prior AAV5 exposure per outside records"),
                                            user("director"));
        QVERIFY2(deny, qPrintable(deny.error()));
        QVERIFY(!deny->againstRecommendation.isEmpty());
        auto silent = Review::determine(*m_db, samuel, deny->input, user("director"));
        QVERIFY(!silent);
        QVERIFY2(silent.error().contains(QStringLiteral("explanation")), qPrintable(silent.error()));
        DeterminationInput told = deny->input;
        told.memberExplanation = QStringLiteral("Records from your earlier clinic show you already received a gene therapy of this kind.");
        auto denied = Review::determine(*m_db, samuel, told, user("director"));
        QVERIFY2(denied, qPrintable(denied.error()));
        auto letter = Letters::issue(*m_db, lib, samuel, {}, user("director"));
        QVERIFY2(letter, qPrintable(letter.error()));
    }

    // Point 2: a case at intake is the nurse's until she submits it.
    void intakeCaseIsNotDecidedBeforeSubmission()
    {
        const qint64 id = caseOf(QStringLiteral("Elias Moreno"));
        MainWindow window(m_db, user("reviewer"), PolicyLibrary::builtIn());
        showWindow(window);
        openFromWorklist(window, QStringLiteral("Elias Moreno"));
        auto *view = find<CaseView>(&window, QStringLiteral("caseView"));
        QTRY_VERIFY(view->isVisible());
        auto *banner = find<QLabel>(&window, QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("never submitted")), qPrintable(banner->text()));
        for (const char *name : {"markMet", "markNotMet", "markUnknown", "determineButton", "sendToDirector"}) {
            auto *b = find<QPushButton>(&window, QString::fromLatin1(name));
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("never submitted")), qPrintable(b->toolTip()));
        }
        // M on a criterion: refused where the person acted, nothing stored.
        auto *tree = find<QTreeView>(&window, QStringLiteral("criteriaTree"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_M);
        QTRY_VERIFY(find<QLabel>(&window, QStringLiteral("caseMessage"))->text().contains(QStringLiteral("never submitted")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions")), 0);
        // The store and the command line say the same.
        const Status s = Review::recordDecision(*m_db, id, {QStringLiteral("cigna-ip0535"), QStringLiteral("1.A"), QStringLiteral("met"), {}, {}, {}},
                                                user("reviewer"));
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("never submitted")));
        const CliRun decide = runCli({QStringLiteral("decide"), QStringLiteral("--db"), m_db->location(), QStringLiteral("--case"),
                                      CaseStore::summary(*m_db, id)->reference, QStringLiteral("--user"), QStringLiteral("director"),
                                      QStringLiteral("--outcome"), QStringLiteral("approve"), QStringLiteral("--policy"), QStringLiteral("cigna-ip0535")},
                                     "demo-director-pass\n");
        QCOMPARE(decide.code, 1);
        QVERIFY2(decide.err.contains(QStringLiteral("never submitted")), qPrintable(decide.err));
        QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("intake"));
    }

    // Point 3: a Roctavian request for a Cigna member: no policy covers it.
    void submittingACaseNoPolicyCoversAsksFirst()
    {
        CaseFacts facts = exampleFacts(QStringLiteral("ro-01-complete"));
        facts.payer = {QStringLiteral("Cigna Healthcare"), {}, QStringLiteral("test")};
        facts.memberName = {QStringLiteral("Nora Quist"), {}, QStringLiteral("test")};
        const qint64 id = CaseStore::create(*m_db, facts, user("nurse")).value();
        MainWindow window(m_db, user("nurse"), PolicyLibrary::builtIn());
        showWindow(window);
        openFromWorklist(window, QStringLiteral("Nora Quist"));
        QTRY_VERIFY(window.intakeForm()->isVisible());
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::No));
        click(&window, "submitIntake");
        QCOMPARE(Dialogs::asked().size(), size_t(1));
        const Dialogs::Asked asked = Dialogs::asked().front();
        QVERIFY2(asked.text.contains(QStringLiteral("No policy covers")) && asked.text.contains(QStringLiteral("Submit it anyway for referral?"))
                     && asked.text.contains(QStringLiteral("Cigna Healthcare")),
                 qPrintable(asked.text));
        QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("intake"));
        QVERIFY2(statusBarText(window).contains(QStringLiteral("not submitted")), qPrintable(statusBarText(window)));
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::Yes));
        click(&window, "submitIntake");
        QTRY_COMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("in-review"));
        // A case a policy covers is submitted without a question.
        Dialogs::clear();
        openFromWorklist(window, QStringLiteral("Samuel Osei"));
        QTRY_VERIFY(window.intakeForm()->isVisible());
        click(&window, "submitIntake");
        QTRY_COMPARE(CaseStore::summary(*m_db, caseOf(QStringLiteral("Samuel Osei")))->status, QStringLiteral("in-review"));
        QVERIFY(Dialogs::asked().empty());
    }

    // Points 4 and 9: Claim next opens the claimed case and says so; the
    // worklist names the assignee in full; nothing left to claim is said;
    // sending to the medical director is said.
    void claimAndSendSayWhatHappened()
    {
        // The nurse's part: the demo cases submitted (her drafts are not claimed).
        for (qint64 id = 1; id <= 10; ++id)
            QVERIFY(Review::submitForReview(*m_db, id, user("nurse")));
        MainWindow window(m_db, user("reviewer"), PolicyLibrary::builtIn());
        showWindow(window);
        click(&window, "claimNextButton");
        QTRY_VERIFY(find<CaseView>(&window, QStringLiteral("caseView"))->isVisible());
        const qint64 first = window.caseView()->caseId();
        QVERIFY(first > 0);
        const QString reference = CaseStore::summary(*m_db, first)->reference;
        QVERIFY2(statusBarText(window).contains(QStringLiteral("You claimed %1").arg(reference)), qPrintable(statusBarText(window)));
        QCOMPARE(CaseStore::summary(*m_db, first)->status, QStringLiteral("in-review"));

        // The worklist shows who has it by name.
        click(&window, "backToWorklist");
        auto *table = find<QTableView>(&window, QStringLiteral("worklistTable"));
        QTRY_VERIFY(table->isVisible());
        bool named = false;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            for (int c = 0; c < table->model()->columnCount(); ++c)
                named = named || table->model()->index(r, c).data().toString() == QLatin1String("Rita Okafor");
        QVERIFY(named);

        // Send to the medical director: decided criteria not needed, the step is said.
        openFromWorklist(window, CaseStore::summary(*m_db, first)->reference);
        QTRY_VERIFY(find<QPushButton>(&window, QStringLiteral("sendToDirector"))->isVisible());
        // Several policies may apply to the case claimed first: the reviewer picks one.
        if (find<QComboBox>(&window, QStringLiteral("policySelector"))->currentIndex() < 0)
            QVERIFY(choosePolicyWithKeys(&window, QStringLiteral("PHARMACY-109")));
        click(&window, "sendToDirector");
        QTRY_COMPARE(CaseStore::summary(*m_db, first)->status, QStringLiteral("awaiting-medical-director"));
        QVERIFY2(statusBarText(window).contains(QStringLiteral("%1 sent to the medical director").arg(reference)), qPrintable(statusBarText(window)));

        // Claim until nothing is left: then it says so.
        for (int i = 0; i < 20 && !statusBarText(window).contains(QStringLiteral("Nothing to claim")); ++i) {
            QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
            click(&window, "claimNextButton");
        }
        QVERIFY2(statusBarText(window).contains(QStringLiteral("Nothing to claim")), qPrintable(statusBarText(window)));
    }

    // Point 7: F8 with nothing left, group rows, Ctrl+E without a case.
    void reviewKeysAnswerWhenThereIsNothingToDo()
    {
        {
            MainWindow nurse(m_db, user("nurse"), PolicyLibrary::builtIn());
            showWindow(nurse);
            auto *correct = nurse.findChild<QAction *>(QStringLiteral("correctCaseAction"));
            QVERIFY(correct);
            QVERIFY(!correct->isEnabled()); // no case open
        }
        const qint64 id = caseOf(QStringLiteral("Samuel Osei"));
        QVERIFY(Review::submitForReview(*m_db, id, user("nurse")));
        MainWindow window(m_db, user("reviewer"), PolicyLibrary::builtIn());
        showWindow(window);
        openFromWorklist(window, QStringLiteral("Samuel Osei"));
        auto *tree = find<QTreeView>(&window, QStringLiteral("criteriaTree"));
        QTRY_VERIFY(tree->isVisible());
        // Every criterion of this complete request is answered by the data: F8 says so.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_F8);
        QTRY_VERIFY2(statusBarText(window).contains(QStringLiteral("Every criterion is decided")), qPrintable(statusBarText(window)));
        // A group row: M is refused where the person pressed it.
        QModelIndex group;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < tree->model()->rowCount(parent) && !group.isValid(); ++r) {
                const QModelIndex i = tree->model()->index(r, 0, parent);
                if (i.data(CriteriaModel::IsGroupRole).toBool() && tree->model()->rowCount(i) > 0 && parent.isValid())
                    group = i;
                walk(i);
            }
        };
        walk({});
        QVERIFY(group.isValid());
        clickRow(tree, group);
        QTest::keyClick(tree, Qt::Key_M);
        auto *message = find<QLabel>(&window, QStringLiteral("caseMessage"));
        QTRY_VERIFY2(message->text().contains(QStringLiteral("is a group")), qPrintable(message->text()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM criterion_decisions")), 0);
        QVERIFY(!find<QPushButton>(&window, QStringLiteral("markMet"))->isEnabled());
    }

    // Point 8: `pareview demo` leaves work for every account, moved there
    // through the workflow (audited as each step).
    void demoStoreHasWorkForEveryRole()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo-command.sqlite"));
        const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        auto status = [&](const char *member) {
            auto q = db.value()->exec(QStringLiteral("SELECT c.status, COALESCE(u.name, '') FROM cases c LEFT JOIN users u ON u.id = c.assignee_id"
                                                     " WHERE c.member_name = :m"),
                                      {{QStringLiteral("m"), QString::fromLatin1(member)}});
            return q && q->next() ? QStringLiteral("%1 %2").arg(q->value(0).toString(), q->value(1).toString()).trimmed() : QString();
        };
        QCOMPARE(status("Elias Moreno"), QStringLiteral("in-review reviewer"));
        QCOMPARE(status("Harold Kim"), QStringLiteral("in-review reviewer"));
        QCOMPARE(status("Jonah Whitaker"), QStringLiteral("in-review"));
        QCOMPARE(status("Tomas Lindqvist"), QStringLiteral("awaiting-medical-director reviewer"));
        QCOMPARE(status("Samuel Osei"), QStringLiteral("letter-issued reviewer"));
        QCOMPARE(status("Victor Hale"), QStringLiteral("intake"));
        auto letters = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM letters"));
        QVERIFY(letters && letters->next());
        QCOMPARE(letters->value(0).toInt(), 1);
        QVERIFY(AuditLog::verify(*db.value()));
        auto steps = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('case.submit', 'case.send-to-medical-director',"
                                                     " 'case.determine', 'letter.issue')"));
        QVERIFY(steps && steps->next());
        QCOMPARE(steps->value(0).toInt(), 5 + 1 + 1 + 1);
    }

    // Point 5: a refused outcome shows no draft of the one before.
    void refusedOutcomeLeavesNoStaleDraft()
    {
        const qint64 id = caseOf(QStringLiteral("Victor Hale")); // the prior gene therapy attestation is missing
        QVERIFY(Review::submitForReview(*m_db, id, user("nurse")));
        MainWindow window(m_db, user("reviewer"), PolicyLibrary::builtIn());
        showWindow(window);
        openFromWorklist(window, QStringLiteral("Victor Hale"));
        QTRY_VERIFY(find<QPushButton>(&window, QStringLiteral("determineButton"))->isVisible());
        QPointer<QDialog> dialog = openDetermination(window); // deletes itself once its letter is stored
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"))->currentData().toString(), QStringLiteral("pend"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).isEmpty(), 60000);
        auto *replyBy = dialog->findChild<QDateEdit *>(QStringLiteral("replyBy"));
        QVERIFY(replyBy->isEnabled());
        QCOMPARE(replyBy->text(), QLocale().toString(replyBy->date(), replyBy->displayFormat()));
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("approvalEnd"))->text(), QStringLiteral("—"));

        chooseOutcome(dialog, QStringLiteral("approve"));
        QTRY_VERIFY(dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).isEmpty());
        QVERIFY(dialog->findChild<QTextBrowser *>(QStringLiteral("letterPreview"))->toPlainText().isEmpty());
        const QString status = dialog->findChild<QLabel *>(QStringLiteral("letterPreviewStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("cannot be recorded")) && status.contains(QStringLiteral("cannot be approved")), qPrintable(status));
        QCOMPARE(replyBy->text(), QStringLiteral("—"));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("recordDetermination"))->isEnabled());
        // No preview arrives late for the outcome left.
        QTest::qWait(1500);
        QVERIFY(dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).isEmpty());
        dialog->reject();
    }
};

QTEST_MAIN(TestJourneyWorkflow)
#include "tst_journey_workflow.moc"
