// The medical director's day, in the real window, acting only as a person
// does: sign in with the keyboard, pick the case the reviewer sent from the
// worklist, open Determine…, read the letter marked DRAFT, record, issue,
// save the letter as PDF and print it from the case's Letters tab (the file
// chooser and the print dialog answered through pareview::Dialogs), then
// supersede the determination with its confirmation and reason, and decide
// a pended case that came back with the information asked for. The saved
// file is read back: the stored bytes (same SHA-256) and the letter's text
// (pdftotext). Reviewer notes never reach the letter.

#include "CaseBuilder.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/SignInDialog.h"
#include "letters/Letters.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/DemoData.h"
#include "store/Review.h"
#include "OpenCase.h"
#include "SignIn.h"
#include "StoreFixture.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QTest>
#include <QTextBrowser>

using namespace pareview;

namespace {

QString pdfText(const QString &path)
{
    return testsupport::runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") }).simplified();
}

int pdfPages(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(testsupport::runTool(QStringLiteral("pdfinfo"), { path })).captured(1).toInt();
}

} // namespace

class TestJourneyDirector final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User signIn(const QString &name, const QString &password) { return testsupport::signInAs(m_db, name, password); }

    static void click(QWidget *root, const char *name)
    {
        auto *button = root->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // From the worklist, as a person: the queue, the row, Enter.
    static void openFromWorklist(MainWindow &window, const QString &member, const QString &queue = QString())
    {
        QVERIFY_OPENED(testsupport::openCase(&window, member, queue));
    }

    static void choosePolicy(MainWindow &window, const QString &text)
    {
        auto *policy = window.findChild<QComboBox *>(QStringLiteral("policySelector"));
        QVERIFY(policy);
        policy->setFocus();
        QTest::keyClick(policy, Qt::Key_Home);
        while (!policy->currentText().contains(text) && policy->currentIndex() < policy->count() - 1)
            QTest::keyClick(policy, Qt::Key_Down);
        QVERIFY2(policy->currentText().contains(text), qPrintable(policy->currentText()));
    }

    static QDialog *openDetermination(MainWindow &window)
    {
        auto *button = window.findChild<QPushButton *>(QStringLiteral("determineButton"));
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

    static void showLettersTab(MainWindow &window)
    {
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).startsWith(QStringLiteral("Letters")))
                index = i;
        QVERIFY(index >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
        QTRY_COMPARE(tabs->currentIndex(), index);
    }

    qint64 storedCount(const QString &sql)
    {
        auto q = m_db->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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

    void directorDecidesIssuesSavesPrintsAndSupersedes()
    {
        // The nurse's part: the demo case is at intake until submitted.
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        QVERIFY(Review::submitForReview(*m_db, 1, nurse));
        // The reviewer's part, before the director's day: a note on 1.A and the case sent on.
        const User reviewer = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
        QVERIFY(reviewer.id > 0);
        CriterionDecision note;
        note.policyId = QStringLiteral("cigna-ip0535");
        note.label = QStringLiteral("1.A");
        note.status = QStringLiteral("met");
        note.note = QStringLiteral("per clinic letter NOTE-4471");
        QVERIFY(Review::recordDecision(*m_db, 1, note, reviewer));
        QVERIFY(Review::sendToMedicalDirector(*m_db, 1, QStringLiteral("please decide"), reviewer));

        const User director = signIn(QStringLiteral("director"), QStringLiteral("demo-director-pass"));
        QVERIFY(director.id > 0);
        MainWindow window(m_db, director, PolicyLibrary::builtIn());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("Elias Moreno"), QStringLiteral("Awaiting medical director"));
        choosePolicy(window, QStringLiteral("IP0535"));

        // Determine…: the letter, marked DRAFT, before anything is recorded.
        QPointer<QDialog> dialog = openDetermination(window); // deletes itself once its letter is stored
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"))->currentData().toString(), QStringLiteral("approve"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).isEmpty(), 60000);
        // Whole lines of each page in view: no scrolling sideways to read the letter.
        for (QLabel *page : dialog->findChildren<QLabel *>(QStringLiteral("letterPage"))) {
            auto *scroll = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget()->parentWidget());
            QVERIFY(scroll);
            QVERIFY2(page->width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("page %1 px wide in a view of %2 px").arg(page->width()).arg(scroll->viewport()->width())));
        }
        auto *preview = dialog->findChild<QTextBrowser *>(QStringLiteral("letterPreview"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("DRAFT")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Elias Moreno")));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("NOTE-4471")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("letterPreviewStatus"))->text().startsWith(QStringLiteral("DRAFT")));
        QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM determinations")), 0);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("issueLetter"))->isEnabled());

        click(dialog, "recordDetermination");
        QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);
        click(dialog, "issueLetter");
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // it deletes itself once issued
        QCOMPARE(CaseStore::summary(*m_db, 1)->status, QStringLiteral("letter-issued"));

        // The case lists its letter; save it as PDF.
        showLettersTab(window);
        auto *letters = window.findChild<QTableWidget *>(QStringLiteral("lettersTable"));
        QTRY_COMPARE(letters->rowCount(), 1);
        QCOMPARE(letters->item(0, 1)->text(), QStringLiteral("Approval"));
        QCOMPARE(letters->item(0, 2)->text(), QStringLiteral("English"));
        QVERIFY(!letters->item(0, 3)->text().isEmpty());
        const QString saved = m_dir.filePath(QStringLiteral("elias-approval.pdf"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::SaveFile, saved));
        click(&window, "saveLetterButton");
        QVERIFY(QFile::exists(saved));
        auto stored = m_db->exec(QStringLiteral("SELECT sha256, pdf FROM letters WHERE case_id = 1"));
        QVERIFY(stored && stored->next());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, stored->value(1).toByteArray());
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), stored->value(0).toString());
        const QString text = pdfText(saved);
        QVERIFY2(text.contains(QStringLiteral("Elias Moreno")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("DRAFT")));
        QVERIFY(!text.contains(QStringLiteral("NOTE-4471")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("lettersMessage"))->text().contains(stored->value(0).toString()));

        // Print…: the print dialog answered Print, to a PDF file.
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        Dialogs::answerNext(Dialogs::printToFile(printed));
        click(&window, "printLetterButton");
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("lettersMessage"))->text().contains(QStringLiteral("sent to the printer")),
                                 60000);
        QCOMPARE(pdfPages(printed), pdfPages(saved));

        // Print… cancelled in the print dialog: nothing is read out, nothing audited as exported.
        const auto exports = [this] {
            auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'letter.export'"));
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        const int exportsBefore = exports();
        Dialogs::answerNext(Dialogs::Answer{Dialogs::Kind::Print, QMessageBox::NoButton, {}, false});
        click(&window, "printLetterButton");
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("lettersMessage"))->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(exports(), exportsBefore);

        // A reviewer opening Determine… on the determined case can supersede nothing.
        {
            const User rev = signIn(QStringLiteral("reviewer"), QStringLiteral("demo-reviewer-pass"));
            MainWindow other(m_db, rev, PolicyLibrary::builtIn());
            other.show();
            openFromWorklist(other, QStringLiteral("Elias Moreno"));
            choosePolicy(other, QStringLiteral("IP0535"));
            if (QDialog *d = openDetermination(other)) { // the case view may already refuse to open it
                QVERIFY(d->findChild<QLabel *>(QStringLiteral("determinationCurrent"))->text().contains(QStringLiteral("Only a medical director")));
                QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("recordDetermination"))->isEnabled());
                d->reject();
            }
        }

        // Supersede: named, confirmed, with a reason; cancelling records nothing.
        dialog = openDetermination(window);
        QVERIFY(dialog);
        const QString current = dialog->findChild<QLabel *>(QStringLiteral("determinationCurrent"))->text();
        QVERIFY2(current.contains(QStringLiteral("already determined")) && current.contains(QStringLiteral("letter no.")), qPrintable(current));
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordDetermination"));
        QCOMPARE(record->text(), QStringLiteral("Supersede determination…"));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"))->text().contains(QStringLiteral("reason")));
        QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("supersedeReason")), QStringLiteral("approval period entered wrong"));
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::No));
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);
        QVERIFY(Dialogs::asked().back().text.contains(QStringLiteral("letter no.")));
        // The preview already says which letter the new one replaces.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QTextBrowser *>(QStringLiteral("letterPreview"))->toPlainText().contains(QStringLiteral("This letter replaces our approval letter")),
                                 30000);
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::Yes));
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(storedCount(QStringLiteral("SELECT COUNT(*) FROM determinations")), 2);
        QCOMPARE(Review::latestDetermination(*m_db, 1).value()->supersedeReason, QStringLiteral("approval period entered wrong"));
        click(dialog, "issueLetter");
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // it deletes itself once issued
        showLettersTab(window);
        letters = window.findChild<QTableWidget *>(QStringLiteral("lettersTable"));
        QTRY_COMPARE(letters->rowCount(), 2);
        QVERIFY(letters->item(0, 4)->text().startsWith(QStringLiteral("No longer in force")));
        QCOMPARE(letters->item(1, 4)->text(), QStringLiteral("In force"));
        const QString second = m_dir.filePath(QStringLiteral("elias-approval-2.pdf"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::SaveFile, second));
        click(&window, "saveLetterButton"); // the newest is selected
        const QString secondText = pdfText(second);
        QVERIFY2(secondText.contains(QStringLiteral("This letter replaces our approval letter")), qPrintable(secondText));
    }

    void aPendedCaseComesBackWithTheInformation()
    {
        // Darnell Price: factor IX inhibitor test too old under Cigna IP0535.
        // The nurse has submitted it: a case at intake is not determined.
        {
            const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
            auto q = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = 'Darnell Price'"));
            QVERIFY(q && q->next());
            QVERIFY(Review::submitForReview(*m_db, q->value(0).toLongLong(), nurse));
        }
        const User director = signIn(QStringLiteral("director"), QStringLiteral("demo-director-pass"));
        QVERIFY(director.id > 0);
        {
            MainWindow window(m_db, director, PolicyLibrary::builtIn());
            window.show();
            openFromWorklist(window, QStringLiteral("Darnell Price"));
            choosePolicy(window, QStringLiteral("IP0535"));
            QPointer<QDialog> dialog = openDetermination(window); // deletes itself once its letter is stored
            QVERIFY(dialog);
            chooseOutcome(dialog, QStringLiteral("pend"));
            auto *explanation = dialog->findChild<QPlainTextEdit *>(QStringLiteral("memberExplanation"));
            QVERIFY2(explanation->toPlainText().contains(QStringLiteral("missing or out of date")), qPrintable(explanation->toPlainText()));
            // The director writes it in their own words; the preview follows.
            explanation->setFocus();
            QTest::keyClick(explanation, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(explanation, QStringLiteral("We need a factor IX inhibitor test from the last 30 days."));
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QTextBrowser *>(QStringLiteral("letterPreview"))->toPlainText().contains(
                                         QStringLiteral("We need a factor IX inhibitor test from the last 30 days.")),
                                     30000);
            click(dialog, "recordDetermination");
            click(dialog, "issueLetter");
            QTRY_VERIFY(!dialog || !dialog->isVisible()); // it deletes itself once issued
            QCOMPARE(CaseStore::summary(*m_db, 3)->status, QStringLiteral("pended"));
            auto letter = Letters::issued(*m_db, 3);
            QVERIFY(letter && letter->size() == 1);
            const QString path = m_dir.filePath(QStringLiteral("pend.pdf"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(letter->first().pdf);
            f.close();
            QVERIFY(pdfText(path).contains(QStringLiteral("We need a factor IX inhibitor test from the last 30 days.")));
        }
        // The intake nurse's part (their own journey tests it): the new test arrives and the case goes back.
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        auto facts = CaseStore::facts(*m_db, 3, nurse);
        QVERIFY(facts);
        testsupport::CaseBuilder b(facts.value());
        b.setLab(QStringLiteral("fix-inhibitor"), 0, QDate::currentDate().addDays(-1));
        QVERIFY(CaseStore::updateDraft(*m_db, 3, b.facts(), nurse));
        QVERIFY(Review::submitForReview(*m_db, 3, nurse));

        MainWindow window(m_db, director, PolicyLibrary::builtIn());
        window.show();
        openFromWorklist(window, QStringLiteral("Darnell Price"));
        choosePolicy(window, QStringLiteral("IP0535"));
        QPointer<QDialog> dialog = openDetermination(window); // deletes itself once its letter is stored
        QVERIFY(dialog);
        // Not a supersede: the request for information was answered.
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("determinationCurrent"))->isVisible());
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"))->currentData().toString(), QStringLiteral("approve"));
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"))->text().isEmpty(),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"))->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).isEmpty(), 60000);
        QVERIFY(!dialog->findChild<QTextBrowser *>(QStringLiteral("letterPreview"))->toPlainText().contains(QStringLiteral("replaces")));
        click(dialog, "recordDetermination");
        click(dialog, "issueLetter");
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // it deletes itself once issued
        QCOMPARE(CaseStore::summary(*m_db, 3)->status, QStringLiteral("letter-issued"));
        showLettersTab(window);
        QTRY_COMPARE(window.findChild<QTableWidget *>(QStringLiteral("lettersTable"))->rowCount(), 2);
    }
};

QTEST_MAIN(TestJourneyDirector)
#include "tst_journey_director.moc"
