// An appeal in the real window, acting only as a person does (issue 13):
// the nurse files the prescriber's appeal of a denial from the case's
// Appeals tab, with the clinic's letter as a document (the file chooser
// answered through pareview::Dialogs); the medical director who denied
// opens the appeal from the "Appeals due" queue and is told why he may not
// decide it; a second medical director sees the criteria appealed beside the
// criteria now, upholds it, issues its letter from the Appeals tab (laid out
// on a worker, the tab answering meanwhile) and saves it from the Letters
// tab, read back with pdftotext: the external review the commercial plan's
// member may ask for next. An overturned appeal's Spanish letter is listed
// on both cases and saved and printed by the nurse.

#include "CaseBuilder.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "letters/AppealLetters.h"
#include "letters/Letters.h"
#include "review/CaseView.h"
#include "store/Appeals.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestJourneyAppeal final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    User m_nurse, m_mark, m_sofia;

    static void click(QWidget *root, const char *name)
    {
        auto *button = root->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // The queue, the row showing `reference`, Enter.
    static void openFromWorklist(MainWindow &window, const QString &reference, const QString &queue)
    {
        QVERIFY_OPENED(testsupport::openCase(&window, reference, queue));
    }

    static void showTab(MainWindow &window, const QString &title)
    {
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).startsWith(title))
                index = i;
        QVERIFY(index >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
        QTRY_COMPARE(tabs->currentIndex(), index);
    }

    static void chooseData(QComboBox *box, const QString &data)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        while (box->currentData().toString() != data && box->currentIndex() < box->count() - 1)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentData().toString(), data);
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("<pdftotext failed>");
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }


    // Issue appeal letter, as a person presses it: the tab says the letter is
    // being laid out and keeps answering (the language box still moves)
    // until the letter is stored.
    static void issueAppealLetter(MainWindow &window)
    {
        auto *issue = window.findChild<QPushButton *>(QStringLiteral("issueAppealLetterButton"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("appealLetterStatus"));
        auto *language = window.findChild<QComboBox *>(QStringLiteral("appealLetterLanguage"));
        QVERIFY(issue && status && language);
        const int chosen = language->currentIndex();
        click(&window, "issueAppealLetterButton");
        QCOMPARE(status->text(), QStringLiteral("Issuing the letter: laying out its pages…"));
        QVERIFY(!issue->isEnabled());
        // The event loop runs while the letter is laid out: keys reach the tab.
        language->setFocus();
        QTest::keyClick(language, chosen == 0 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(language->currentIndex() != chosen);
        QTest::keyClick(language, chosen == 0 ? Qt::Key_Up : Qt::Key_Down);
        QCOMPARE(language->currentIndex(), chosen);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Letters tab")), 60000);
        QVERIFY2(window.findChild<QLabel *>(QStringLiteral("appealMessage"))->text().isEmpty(),
                 qPrintable(window.findChild<QLabel *>(QStringLiteral("appealMessage"))->text()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        const testsupport::Team team = testsupport::addTeam(*m_db);
        m_nurse = team.nurse;
        m_mark = team.mark;
        m_sofia = team.sofia;
        Dialogs::clear();
    }

    void cleanup()
    {
        QVERIFY2(!Dialogs::hasPendingAnswers(), "a dialog the test expected was never asked");
        Dialogs::clear();
        m_db.reset();
    }

    void fileAppealDecideAsSecondDirectorSaveLetter()
    {
        // Yesterday's work: the case denied by Mark (the liver test too high).
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate::currentDate().addDays(-20), 40);
        b.setLineOfBusiness(QStringLiteral("commercial"));
        const qint64 id = CaseStore::create(*m_db, b.facts(), m_nurse).value();
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse)); // decided once the nurse submits it
        auto draft = DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("deny"), QString(), m_mark, QStringLiteral("cigna-ip0535"));
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error()));
        QVERIFY(Review::determine(*m_db, id, draft->input, m_mark));
        const QString pa = CaseStore::summary(*m_db, id)->reference;

        // The nurse files the prescriber's appeal with the clinic's letter.
        const QString document = m_dir.filePath(QStringLiteral("clinic-letter.pdf"));
        {
            QFile f(document);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n% repeat ALT 31 U/L\n%%EOF\n");
        }
        {
            MainWindow window(m_db, m_nurse, PolicyLibrary::builtIn());
            window.resize(1280, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            openFromWorklist(window, pa, QStringLiteral("All cases"));
            showTab(window, QStringLiteral("Appeals"));
            bool filled = false;
            whenDialogShown(QStringLiteral("appealDialog"), [&](QDialog *dialog) {
                chooseData(dialog->findChild<QComboBox *>(QStringLiteral("appealFrom")), QStringLiteral("prescriber"));
                QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("appealReason")),
                                 QStringLiteral("ALT is normal on repeat testing"));
                Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFile, document));
                click(dialog, "appealAddDocument");
                QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("appealDocuments"))->count(), 1);
                click(dialog, "appealFile");
                filled = true;
            });
            click(&window, "fileAppealButton");
            QTRY_VERIFY(filled);
            auto *table = window.findChild<QTableWidget *>(QStringLiteral("appealTable"));
            QTRY_COMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("AP-0000001"));
        }
        const Appeal appeal = Appeals::byId(*m_db, 1).value();
        QCOMPARE(appeal.filedBy, QStringLiteral("prescriber"));
        QCOMPARE(CaseStore::attachments(*m_db, appeal.caseId)->first().fileName, QStringLiteral("clinic-letter.pdf"));

        // Mark denied the case: the appeal is not his to decide, and the window says why.
        {
            MainWindow window(m_db, m_mark, PolicyLibrary::builtIn());
            window.resize(1280, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            openFromWorklist(window, QStringLiteral("AP-0000001"), QStringLiteral("Appeals due"));
            showTab(window, QStringLiteral("Appeals"));
            QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("appealMessage"))->text().contains(QStringLiteral("took part in a decision")));
            QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("determineButton"))->isEnabled());
        }

        // Sofia, a second medical director, reviews it: the criteria appealed beside the criteria now.
        MainWindow window(m_db, m_sofia, PolicyLibrary::builtIn());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("AP-0000001"), QStringLiteral("Appeals due"));
        // The banner above the criteria says what this case is: which
        // appeal, of which case, its level, and when it is due.
        {
            auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
            QTRY_VERIFY(banner->isVisible());
            const Appeal appeal = *Appeals::forCase(*m_db, window.caseView()->caseId()).value();
            for (const QString &part : {QStringLiteral("Appeal AP-0000001 of case %1").arg(pa), QStringLiteral("the denial noticed"),
                                        QStringLiteral("level 1, the plan's internal appeal"),
                                        QStringLiteral("due %1").arg(QLocale().toString(appeal.dueBy.toLocalTime(), QLocale::ShortFormat)),
                                        QStringLiteral("Decide appeal")})
                QVERIFY2(banner->text().contains(part), qPrintable(banner->text() + QStringLiteral(" lacks: ") + part));
            // Determine… is not how an appeal is decided: it says the same.
            auto *determine = window.findChild<QPushButton *>(QStringLiteral("determineButton"));
            QVERIFY(!determine->isEnabled());
            QVERIFY2(banner->text().startsWith(determine->toolTip()), qPrintable(determine->toolTip()));
        }
        showTab(window, QStringLiteral("Appeals"));
        auto *info = window.findChild<QLabel *>(QStringLiteral("appealInfo"));
        QVERIFY2(info->text().contains(pa) && info->text().contains(QStringLiteral("2560.503-1")), qPrintable(info->text()));
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("appealTable"));
        QTRY_VERIFY(table->rowCount() > 0);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("At the decision appealed"));
        bool decided = false;
        whenDialogShown(QStringLiteral("appealDecisionDialog"), [&](QDialog *dialog) {
            chooseData(dialog->findChild<QComboBox *>(QStringLiteral("appealOutcome")), QStringLiteral("upheld"));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("appealOutcomeReason")),
                             QStringLiteral("The letter sent with the appeal does not include the laboratory report."));
            click(dialog, "appealRecord");
            decided = true;
        });
        click(&window, "decideAppealButton");
        QTRY_VERIFY(decided);
        QTRY_COMPARE(Appeals::byId(*m_db, 1)->outcome, QStringLiteral("upheld"));
        QVERIFY(info->text().contains(QStringLiteral("external review")));

        // Its letter: issued from the Appeals tab (laid out on a worker while
        // the tab keeps answering), then saved from the Letters tab and read back.
        issueAppealLetter(window);
        showTab(window, QStringLiteral("Letters"));
        auto *letters = window.findChild<QTableWidget *>(QStringLiteral("lettersTable"));
        QTRY_COMPARE(letters->rowCount(), 1);
        QCOMPARE(letters->item(0, 1)->text(), QStringLiteral("Appeal AP-0000001: upheld"));
        QCOMPARE(letters->item(0, 2)->text(), QStringLiteral("English"));
        QCOMPARE(letters->item(0, 3)->text(), QStringLiteral("Sofia Alvarez"));
        const QString saved = m_dir.filePath(QStringLiteral("AP-0000001-en.pdf"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::SaveFile, saved));
        click(&window, "saveLetterButton");
        QTRY_VERIFY(QFile::exists(saved));
        QCOMPARE(readAll(saved), AppealLetters::issued(*m_db, 1)->first().pdf);
        const QString text = pdfText(saved);
        for (const QString &phrase : {QStringLiteral("AP-0000001"), pa, QStringLiteral("stays in place"), QStringLiteral("Sofia Alvarez, MD"),
                                      QStringLiteral("external review"), QStringLiteral("does not include the laboratory report")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing from: ") + text));
        QCOMPARE(CaseStore::summary(*m_db, appeal.caseId)->status, QStringLiteral("letter-issued"));
    }

    // An overturned appeal's letter in Spanish: the medical director issues
    // it from the Appeals tab and the tab answers while it is laid out; it
    // is listed in the Letters tab of the appeal's case and of the case
    // appealed, beside the denial's letter, where the nurse (who may not
    // issue letters) saves and prints it from its stored bytes.
    void overturnedLetterInSpanishFromBothCases()
    {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate::currentDate().addDays(-20), 40);
        b.setLineOfBusiness(QStringLiteral("commercial"));
        const qint64 id = CaseStore::create(*m_db, b.facts(), m_nurse).value();
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        auto draft = DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("deny"), QString(), m_mark, QStringLiteral("cigna-ip0535"));
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error()));
        QVERIFY(Review::determine(*m_db, id, draft->input, m_mark));
        QVERIFY(Letters::issue(*m_db, library(), id, {}, m_mark));
        const QString pa = CaseStore::summary(*m_db, id)->reference;
        AppealFiling filing;
        filing.filedBy = QStringLiteral("member");
        filing.reason = QStringLiteral("ALT is normal on repeat testing");
        QVERIFY(Appeals::file(*m_db, id, filing, m_nurse));
        const Appeal filed = Appeals::byId(*m_db, 1).value();

        MainWindow window(m_db, m_sofia, PolicyLibrary::builtIn());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("AP-0000001"), QStringLiteral("Appeals due"));
        showTab(window, QStringLiteral("Appeals"));
        // Not decided: no letter to issue yet, and the tab says why.
        auto *issue = window.findChild<QPushButton *>(QStringLiteral("issueAppealLetterButton"));
        QVERIFY(issue->isVisible() && !issue->isEnabled());
        QVERIFY2(issue->toolTip().contains(QStringLiteral("not decided yet")), qPrintable(issue->toolTip()));
        bool decided = false;
        whenDialogShown(QStringLiteral("appealDecisionDialog"), [&](QDialog *dialog) {
            chooseData(dialog->findChild<QComboBox *>(QStringLiteral("appealOutcome")), QStringLiteral("overturned"));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("appealOutcomeReason")),
                             QStringLiteral("The repeat liver test is normal."));
            click(dialog, "appealRecord");
            decided = true;
        });
        click(&window, "decideAppealButton");
        QTRY_VERIFY(decided);
        QTRY_COMPARE(Appeals::byId(*m_db, 1)->outcome, QStringLiteral("overturned"));

        chooseData(window.findChild<QComboBox *>(QStringLiteral("appealLetterLanguage")), QStringLiteral("es"));
        issueAppealLetter(window);
        // Issued once per language: the Spanish one is done, the English one is not.
        issue = window.findChild<QPushButton *>(QStringLiteral("issueAppealLetterButton"));
        QVERIFY(!issue->isEnabled());
        QVERIFY2(issue->toolTip().contains(QStringLiteral("Letters tab")), qPrintable(issue->toolTip()));
        chooseData(window.findChild<QComboBox *>(QStringLiteral("appealLetterLanguage")), QStringLiteral("en"));
        QVERIFY(issue->isEnabled());
        const auto stored = AppealLetters::issued(*m_db, 1).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().language, QStringLiteral("es"));
        QCOMPARE(CaseStore::summary(*m_db, filed.caseId)->status, QStringLiteral("letter-issued"));

        // The nurse, on the case appealed: the denial's letter and the appeal's.
        MainWindow nurseWindow(m_db, m_nurse, PolicyLibrary::builtIn());
        nurseWindow.resize(1280, 900);
        nurseWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&nurseWindow));
        openFromWorklist(nurseWindow, pa, QStringLiteral("All cases"));
        showTab(nurseWindow, QStringLiteral("Letters"));
        auto *letters = nurseWindow.findChild<QTableWidget *>(QStringLiteral("lettersTable"));
        QTRY_COMPARE(letters->rowCount(), 2);
        QCOMPARE(letters->item(0, 1)->text(), QStringLiteral("Denial"));
        QCOMPARE(letters->item(1, 1)->text(), QStringLiteral("Appeal AP-0000001: overturned"));
        QCOMPARE(letters->item(1, 2)->text(), QStringLiteral("Spanish"));
        QCOMPARE(letters->item(1, 3)->text(), QStringLiteral("Sofia Alvarez"));
        clickRow(letters, letters->model()->index(1, 0));
        const QString saved = m_dir.filePath(QStringLiteral("AP-0000001-es.pdf"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::SaveFile, saved));
        click(&nurseWindow, "saveLetterButton");
        QTRY_VERIFY(QFile::exists(saved));
        QCOMPARE(readAll(saved), stored.first().pdf);
        auto *message = nurseWindow.findChild<QLabel *>(QStringLiteral("lettersMessage"));
        QVERIFY2(message->text().contains(stored.first().sha256), qPrintable(message->text()));
        const QString text = pdfText(saved);
        for (const QString &phrase : {QStringLiteral("AP-0000001"), pa, QStringLiteral("Sofia Alvarez, MD"),
                                      QStringLiteral("The repeat liver test is normal.")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing from: ") + text));
        // Print…: the print dialog answered Print, to a PDF file.
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        Dialogs::answerNext(Dialogs::printToFile(printed));
        click(&nurseWindow, "printLetterButton");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("sent to the printer")), 60000);
        QVERIFY(QFileInfo(printed).size() > 1000); // the pages as images

        // On the appeal's own case the nurse sees the letter but may not issue the English one.
        openFromWorklist(nurseWindow, QStringLiteral("AP-0000001"), QStringLiteral("All cases"));
        showTab(nurseWindow, QStringLiteral("Appeals"));
        auto *nurseIssue = nurseWindow.findChild<QPushButton *>(QStringLiteral("issueAppealLetterButton"));
        chooseData(nurseWindow.findChild<QComboBox *>(QStringLiteral("appealLetterLanguage")), QStringLiteral("en"));
        QVERIFY(!nurseIssue->isEnabled());
        QVERIFY2(nurseIssue->toolTip().contains(QStringLiteral("medical director issues")), qPrintable(nurseIssue->toolTip()));
        showTab(nurseWindow, QStringLiteral("Letters"));
        QTRY_COMPARE(nurseWindow.findChild<QTableWidget *>(QStringLiteral("lettersTable"))->rowCount(), 1);
    }
};

QTEST_MAIN(TestJourneyAppeal)
#include "tst_journey_appeal.moc"
