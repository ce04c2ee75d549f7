// What is left of issue 10 in the window, acting only as a person does:
// closing the window or signing out while the Appeals tab lays out an
// appeal letter is refused with a message (like the Determine… dialog) and
// the letter is stored, then the window closes; the case shows its new
// state after the letter without being opened again; the Request tab names
// the prescriber's specialty, not only its NUCC code.

#include "CaseBuilder.h"
#include "MainWindow.h"
#include "OpenCase.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "letters/AppealLetters.h"
#include "letters/Letters.h"
#include "store/Appeals.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestGuiLetterClose final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    User m_nurse, m_mark, m_sofia;

    static void showTab(QWidget *window, const QString &title)
    {
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).startsWith(title))
                index = i;
        QVERIFY2(index >= 0, qPrintable(title));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
        QTRY_COMPARE(tabs->currentIndex(), index);
    }

    // A denial by Mark, appealed by the member, upheld by Sofia: its letter is next.
    qint64 decidedAppeal()
    {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate::currentDate().addDays(-20), 40);
        b.setLineOfBusiness(QStringLiteral("commercial"));
        const qint64 id = CaseStore::create(*m_db, b.facts(), m_nurse).value();
        if (!Review::submitForReview(*m_db, id, m_nurse))
            return 0;
        auto draft = DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("deny"), QString(), m_mark, QStringLiteral("cigna-ip0535"));
        if (!draft || !Review::determine(*m_db, id, draft->input, m_mark) || !Letters::issue(*m_db, library(), id, {}, m_mark))
            return 0;
        AppealFiling filing;
        filing.filedBy = QStringLiteral("member");
        filing.reason = QStringLiteral("ALT is normal on repeat testing");
        auto appeal = Appeals::file(*m_db, id, filing, m_nurse);
        if (!appeal)
            return 0;
        AppealDecision upheld;
        upheld.outcome = QStringLiteral("upheld");
        upheld.reason = QStringLiteral("The repeat liver test is still above the limit.");
        if (!Appeals::decide(*m_db, appeal.value(), upheld, m_sofia))
            return 0;
        return appeal.value();
    }

    // Sofia opens the appeal's case from the worklist and presses Issue
    // appeal letter in its Appeals tab; the letter is being laid out after.
    void startAppealLetter(QWidget *window)
    {
        QVERIFY_OPENED(openCase(window, QStringLiteral("AP-0000001"), QStringLiteral("All cases")));
        showTab(window, QStringLiteral("Appeals"));
        auto *issue = window->findChild<QPushButton *>(QStringLiteral("issueAppealLetterButton"));
        QVERIFY(issue);
        QVERIFY2(issue->isEnabled(), qPrintable(issue->toolTip()));
        QTest::mouseClick(issue, Qt::LeftButton);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("appealLetterStatus"))->text(),
                 QStringLiteral("Issuing the letter: laying out its pages…"));
    }

    static QString header(QWidget *window) { return window->findChild<QLabel *>(QStringLiteral("caseHeader"))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
        auto db = Database::open(m_dir.filePath(QStringLiteral("%1%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()), tag)));
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
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db.reset();
    }

    // Closing the window while the letter is laid out: refused, with a
    // message naming the case; the letter is stored and listed; then it closes.
    void closingWhileTheAppealLetterIsLaidOutWaitsForIt()
    {
        const qint64 appealId = decidedAppeal();
        QVERIFY(appealId > 0);
        const qint64 appealCase = Appeals::byId(*m_db, appealId)->caseId;
        MainWindow window(m_db, m_sofia, PolicyLibrary::builtIn());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        startAppealLetter(&window);
        if (QTest::currentTestFailed())
            return;
        // The title bar's close button (File → Quit closes the same way).
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Information, QMessageBox::Ok));
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(Dialogs::asked().size(), size_t(1));
        QVERIFY(Dialogs::asked().back().kind == Dialogs::Kind::Information);
        const QString reference = CaseStore::summary(*m_db, appealCase)->reference;
        QVERIFY2(Dialogs::asked().back().text.contains(QStringLiteral("still being laid out"))
                     && Dialogs::asked().back().text.contains(reference),
                 qPrintable(Dialogs::asked().back().text));

        // The letter is stored; the case shows it without being opened again.
        auto *status = window.findChild<QLabel *>(QStringLiteral("appealLetterStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Letters tab")), 60000);
        QCOMPARE(AppealLetters::issued(*m_db, appealId)->size(), 1);
        QCOMPARE(CaseStore::summary(*m_db, appealCase)->status, QStringLiteral("letter-issued"));
        QVERIFY2(header(&window).contains(QStringLiteral("letter issued")), qPrintable(header(&window)));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        QVERIFY(tabs->tabText(tabs->currentIndex()).startsWith(QStringLiteral("Appeals"))); // the tab stays where the person is
        showTab(&window, QStringLiteral("Letters"));
        QTRY_COMPARE(window.findChild<QTableWidget *>(QStringLiteral("lettersTable"))->rowCount(), 1);

        // Now it closes, without a question.
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QCOMPARE(Dialogs::asked().size(), size_t(1));
    }

    // File → Sign out (Ctrl+Shift+Q) while the letter is laid out: refused
    // the same way, the same person stays signed in; afterwards it signs out.
    void signingOutWhileTheAppealLetterIsLaidOutWaitsForIt()
    {
        const qint64 appealId = decidedAppeal();
        QVERIFY(appealId > 0);
        Session session(m_db, PolicyLibrary::builtIn());
        whenDialogShown(QStringLiteral("signInDialog"), [](QDialog *d) {
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("sofia"));
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("sofia password"));
            QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        });
        QVERIFY(session.signIn());
        QPointer<MainWindow> window = session.window();
        QVERIFY(window);
        window->resize(1280, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        startAppealLetter(window);
        if (QTest::currentTestFailed())
            return;
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Information, QMessageBox::Ok));
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window && window->isVisible());
        QCOMPARE(session.window(), window.data());
        QCOMPARE(Dialogs::asked().size(), size_t(1));
        QVERIFY2(Dialogs::asked().back().text.contains(QStringLiteral("sign out")), qPrintable(Dialogs::asked().back().text));

        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel *>(QStringLiteral("appealLetterStatus"))->text().contains(QStringLiteral("Letters tab")),
                                 60000);
        QCOMPARE(AppealLetters::issued(*m_db, appealId)->size(), 1);
        // Signing out now asks for the next person; nobody comes: the session ends.
        QSignalSpy finished(&session, &Session::finished);
        whenDialogShown(QStringLiteral("signInDialog"),
                        [](QDialog *d) { QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("userName")), Qt::Key_Escape); });
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(finished.count(), 1);
        QTRY_VERIFY(!window);
    }

    // The Request tab names the specialty (the catalog's name, the code
    // beside it), in the interface language.
    void requestTabNamesTheSpecialty_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Hematology (207RH0000X), Internal Medicine (207R00000X)");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Hematología (207RH0000X), Medicina interna (207R00000X)");
    }

    void requestTabNamesTheSpecialty()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QLocale::setDefault(language == QLatin1String("es") ? QLocale(QLocale::Spanish, QLocale::Spain) : QLocale(QLocale::English, QLocale::UnitedStates));
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setTaxonomies({QStringLiteral("207RH0000X"), QStringLiteral("207R00000X")});
        const qint64 id = CaseStore::create(*m_db, b.facts(), m_nurse).value();
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        MainWindow window(m_db, m_sofia, PolicyLibrary::builtIn());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY_OPENED(openCase(&window, CaseStore::summary(*m_db, id)->reference));
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("caseValueSources"));
        QVERIFY(table);
        QTest::mouseClick(window.findChild<QTabWidget *>(QStringLiteral("caseTabs"))->tabBar(), Qt::LeftButton, {},
                          window.findChild<QTabWidget *>(QStringLiteral("caseTabs"))->tabBar()->tabRect(2).center());
        QTRY_VERIFY(table->isVisible());
        QStringList values;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1))
                values << table->item(r, 1)->text();
        QVERIFY2(values.contains(expected), qPrintable(values.join(QStringLiteral(" | "))));
        QVERIFY2(!values.contains(QStringLiteral("207RH0000X, 207R00000X")), qPrintable(values.join(QStringLiteral(" | "))));
    }
};

QTEST_MAIN(TestGuiLetterClose)
#include "tst_gui_letterclose.moc"
