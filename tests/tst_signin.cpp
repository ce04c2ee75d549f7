// Signing in and out as people do it: the real sign-in dialog, typed into
// and answered with Enter or Escape; the session that opens the window,
// signs out through File → Sign out and lets the next person sign in
// without quitting; and the settings that follow the person, not the
// workstation (idle lock, language, worklist column widths).

#include "MainWindow.h"
#include "common/IdleLock.h"
#include "common/Session.h"
#include "common/SignInDialog.h"
#include "common/UserSettings.h"
#include "testsupport.h"

#include "store/Database.h"
#include "store/DemoData.h"
#include "StoreFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

class TestSignIn final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;

    // Queues the typing for the next sign-in dialog: name, password, Enter.
    static void answerSignIn(const QString &name, const QString &password)
    {
        testsupport::whenDialogShown(QStringLiteral("signInDialog"), [name, password](QDialog *d) {
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("userName")), name);
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("password")), password);
            QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        });
    }

    MainWindow *startAs(const QString &name)
    {
        m_session = std::make_unique<Session>(m_db, PolicyLibrary::builtIn());
        answerSignIn(name, QStringLiteral("demo-%1-pass").arg(name));
        if (!m_session->signIn())
            return nullptr;
        return m_session->window();
    }

    // File → Sign out, with its shortcut, then the next person.
    MainWindow *signOutAndSignInAs(const QString &name)
    {
        QPointer<MainWindow> before = m_session->window();
        answerSignIn(name, QStringLiteral("demo-%1-pass").arg(name));
        // The keys, pressed where the keyboard focus is (the worklist's search
        // field after signing in), as a person presses them.
        before->activateWindow();
        if (!QTest::qWaitForWindowActive(before.data()))
            return nullptr;
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : before.data();
        QTest::keyClick(focus, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        if (!QTest::qWaitFor([&] { return m_session->window() && m_session->window() != before.data(); }, 10000))
            return nullptr;
        if (!QTest::qWaitFor([&] { return before.isNull(); }, 5000)) // the old window is gone, not hidden
            return nullptr;
        return m_session->window();
    }

    void setIdleMinutesInSettings(MainWindow *window, int minutes)
    {
        testsupport::whenDialogShown(QStringLiteral("settingsDialog"), [minutes](QDialog *d) {
            auto *idle = d->findChild<QSpinBox *>(QStringLiteral("settingsIdleMinutes"));
            idle->setFocus();
            idle->selectAll();
            QTest::keyClicks(idle, QString::number(minutes));
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void init()
    {
        QSettings().clear();
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void enterInThePasswordSignsIn()
    {
        SignInDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), dialog.findChild<QWidget *>(QStringLiteral("userName")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("reviewer"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("demo-reviewer-pass"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().name, QStringLiteral("reviewer"));
    }

    void enterInTheNameSignsInToo()
    {
        SignInDialog dialog(m_db);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("demo-nurse-pass"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("nurse"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), Qt::Key_Enter);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().name, QStringLiteral("nurse"));
    }

    void escapeCancels()
    {
        SignInDialog dialog(m_db);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("reviewer"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void wrongPasswordKeepsTheDialogWithTheMessage()
    {
        SignInDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("reviewer"));
        QTest::keyClicks(password, QStringLiteral("guess"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("signInMessage"))->text(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(password->text(), QString()); // ready for another try
        QCOMPARE(QApplication::focusWidget(), password);
        // …which then works.
        QTest::keyClicks(password, QStringLiteral("demo-reviewer-pass"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void sessionCancelledOpensNothing()
    {
        Session session(m_db, PolicyLibrary::builtIn());
        testsupport::whenDialogShown(QStringLiteral("signInDialog"),
                                     [](QDialog *d) { QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("userName")), Qt::Key_Escape); });
        QVERIFY(!session.signIn());
        QVERIFY(!session.window());
    }

    void signOutAndSignInAsSomeoneElse()
    {
        MainWindow *reviewer = startAs(QStringLiteral("reviewer"));
        QVERIFY(reviewer);
        QCOMPARE(reviewer->user().name, QStringLiteral("reviewer"));
        QVERIFY(reviewer->isVisible());
        MainWindow *director = signOutAndSignInAs(QStringLiteral("director"));
        QVERIFY(director);
        QCOMPARE(director->user().name, QStringLiteral("director"));
        QVERIFY(director->windowTitle().contains(QStringLiteral("Medical director")));
        QVERIFY(director->isVisible());
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'logout' AND user_name = 'reviewer'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }

    void cancellingTheSignInAfterSignOutEndsTheSession()
    {
        QVERIFY(startAs(QStringLiteral("nurse")));
        QSignalSpy finished(m_session.get(), &Session::finished);
        testsupport::whenDialogShown(QStringLiteral("signInDialog"),
                                     [](QDialog *d) { QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("userName")), Qt::Key_Escape); });
        m_session->window()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!m_session->window());
    }

    void idleLockMinutesArePerUser()
    {
        MainWindow *reviewer = startAs(QStringLiteral("reviewer"));
        QVERIFY(reviewer);
        QCOMPARE(reviewer->idleLock()->timeout(), 15 * 60 * 1000);
        setIdleMinutesInSettings(reviewer, 7);
        QCOMPARE(reviewer->idleLock()->timeout(), 7 * 60 * 1000);

        MainWindow *admin = signOutAndSignInAs(QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(admin->idleLock()->timeout(), 10 * 60 * 1000); // an administrator's default, not the reviewer's 7
        MainWindow *again = signOutAndSignInAs(QStringLiteral("reviewer"));
        QVERIFY(again);
        QCOMPARE(again->idleLock()->timeout(), 7 * 60 * 1000);
    }

    void languageIsPerUser()
    {
        MainWindow *reviewer = startAs(QStringLiteral("reviewer"));
        QVERIFY(reviewer);
        testsupport::whenDialogShown(QStringLiteral("settingsDialog"), [](QDialog *d) {
            auto *language = d->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
            language->setFocus();
            while (language->currentData().toString() != QLatin1String("es"))
                QTest::keyClick(language, Qt::Key_Down);
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        reviewer->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        QCOMPARE(UserSettings::language(QStringLiteral("reviewer")), QStringLiteral("es"));

        MainWindow *director = signOutAndSignInAs(QStringLiteral("director"));
        QVERIFY(director);
        QVERIFY(QLocale().language() != QLocale::Spanish);
        MainWindow *again = signOutAndSignInAs(QStringLiteral("reviewer"));
        QVERIFY(again);
        QCOMPARE(QLocale().language(), QLocale::Spanish); // dates and numbers in her language
        QVERIFY(UserSettings::language(QStringLiteral("director")).isEmpty());
    }

    void worklistColumnWidthsArePerUser()
    {
        MainWindow *reviewer = startAs(QStringLiteral("reviewer"));
        QVERIFY(reviewer);
        reviewer->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(reviewer));
        auto header = [](MainWindow *w) { return w->findChild<QTableView *>(QStringLiteral("worklistTable"))->horizontalHeader(); };
        QHeaderView *h = header(reviewer);
        const int column = 1; // Member
        const int before = h->sectionSize(column);
        // Drag the Member column's right edge 60 pixels to the right.
        const int edge = h->sectionViewportPosition(column) + h->sectionSize(column) - 1;
        const int y = h->height() / 2;
        QTest::mousePress(h->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        for (int dx = 5; dx <= 60; dx += 5)
            QTest::mouseMove(h->viewport(), QPoint(edge + dx, y));
        QTest::mouseRelease(h->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
        QTRY_VERIFY(h->sectionSize(column) >= before + 50);
        const int widened = h->sectionSize(column);
        QTRY_VERIFY(!UserSettings(QStringLiteral("reviewer")).value(QStringLiteral("worklistColumns")).toByteArray().isEmpty());

        MainWindow *director = signOutAndSignInAs(QStringLiteral("director"));
        QVERIFY(director);
        director->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(director));
        QVERIFY(header(director)->sectionSize(column) != widened);
        MainWindow *again = signOutAndSignInAs(QStringLiteral("reviewer"));
        QVERIFY(again);
        again->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(again));
        QTRY_COMPARE(header(again)->sectionSize(column), widened);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
