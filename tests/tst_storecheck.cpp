// The store's integrity check off the path to the first window (issue 14):
// the workstation opens the store without reading it whole, StoreCheck
// checks it on a connection of its own, and until it passes every write is
// refused with a message that says why; a failed check keeps it that way and
// the window shows it across the top. Signing in (which writes the audit
// trail) waits for the check instead of failing.

#include "common/SignInDialog.h"
#include "common/StoreCheckNotice.h"

#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreCheck.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace pareview;

class TestStoreCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A store that opens but whose pages are damaged past the schema.
    QString damagedStore(const QString &name)
    {
        const QString file = path(name);
        {
            auto db = Database::open(file);
            if (!db)
                return {};
            for (int i = 0; i < 400; ++i)
                if (!db.value()->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)"),
                                      {{QStringLiteral("k"), QStringLiteral("key-%1").arg(i)}, {QStringLiteral("v"), QString(200, QLatin1Char('x'))}}))
                    return {};
            (void)db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite))
            return {};
        f.seek(f.size() - 3 * 4096); // past the schema pages, into the meta rows
        f.write(QByteArray(4096, '\x5a'));
        return file;
    }

private Q_SLOTS:
    void writesWaitForTheCheck()
    {
        const QString file = path(QStringLiteral("whole.sqlite"));
        QVERIFY(DemoData::populate(*Database::open(file).value()));
        auto db = Database::open(file, {}, Database::CheckOnOpen::Later);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->writeHold(), Database::Hold::Checking);
        // Reads go on.
        QVERIFY(db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM cases")));
        // A write through a transaction and one without are both refused, saying why.
        {
            Transaction t(*db.value());
            QVERIFY(!t.started());
            QVERIFY2(t.error().contains(QStringLiteral("integrity check")), qPrintable(t.error()));
        }
        auto direct = db.value()->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')"));
        QVERIFY(!direct);
        QCOMPARE(direct.error(), db.value()->writeHoldText());

        StoreCheck check(db.value());
        QSignalSpy passed(&check, &StoreCheck::passed);
        QTRY_COMPARE(check.state(), StoreCheck::State::Passed);
        QCOMPARE(passed.count(), 1);
        QCOMPARE(db.value()->writeHold(), Database::Hold::None);
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
        Transaction t(*db.value());
        QVERIFY(t.started());
        QVERIFY(t.commit());
    }

    void aFailedCheckKeepsTheStoreReadOnlyAndShowsIt()
    {
        const QString file = damagedStore(QStringLiteral("damaged-later.sqlite"));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file, {}, Database::CheckOnOpen::Later);
        QVERIFY2(db, qPrintable(db.error()));
        QMainWindow window;
        window.statusBar();
        StoreCheck check(db.value());
        StoreCheckNotice::attach(&window, &check);
        window.show();
        QTRY_COMPARE(check.state(), StoreCheck::State::Failed);
        QVERIFY(!check.problem().isEmpty());
        QCOMPARE(db.value()->writeHold(), Database::Hold::Failed);
        QVERIFY2(db.value()->writeHoldText().contains(check.problem()), qPrintable(db.value()->writeHoldText()));
        Transaction t(*db.value());
        QVERIFY(!t.started());
        QVERIFY2(t.error().contains(QStringLiteral("failed its integrity check")), qPrintable(t.error()));
        // Across the top of the window, and it stays.
        auto *banner = window.findChild<QToolBar *>(QStringLiteral("storeCheckBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        auto *text = banner->findChild<QLabel *>(QStringLiteral("storeCheckProblem"));
        QVERIFY(text && text->text().contains(QStringLiteral("failed its integrity check")));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("storeCheckNote")) || !window.findChild<QLabel *>(QStringLiteral("storeCheckNote"))->isVisible());
        // A window opened later (after signing out and in) shows it too.
        QMainWindow next;
        StoreCheckNotice::attach(&next, &check);
        QVERIFY(next.findChild<QToolBar *>(QStringLiteral("storeCheckBanner")));
    }

    void signingInWaitsForTheCheck()
    {
        const QString file = path(QStringLiteral("signin.sqlite"));
        QVERIFY(DemoData::populate(*Database::open(file).value()));
        auto db = Database::open(file, {}, Database::CheckOnOpen::Later);
        QVERIFY(db);
        SignInDialog dialog(db.value());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("reviewer"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("demo-reviewer-pass"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        // Not yet: the store is being checked, and the dialog says so.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("signInMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("integrity")), qPrintable(message->text()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
        // The check passes: signed in without another keystroke.
        StoreCheck check(db.value());
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().name, QStringLiteral("reviewer"));
        auto last = db.value()->exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY(last && last->next());
        QCOMPARE(last->value(0).toString(), QStringLiteral("login.ok"));
    }

    void checkedOnOpenByDefault()
    {
        // The command-line tools keep the check before anything runs.
        const QString file = damagedStore(QStringLiteral("damaged-now.sqlite"));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("integrity")) || db.error().contains(QStringLiteral("malformed")), qPrintable(db.error()));
    }
};

QTEST_MAIN(TestStoreCheck)
#include "tst_storecheck.moc"
