// A peer-to-peer discussion in the real window, acting only as a person
// does (widgets by objectName, keys and clicks, our dialogs driven once
// shown): the medical director denies a case with Determine… (recorded and
// its letter issued); the prescriber's request for a peer-to-peer is taken
// by the nurse in the case's Appeals tab, a time is offered, the reviewer
// records the discussion, the nurse may not close it (the refusal is shown
// in the dialog), and the director closes it with the decision standing.
// A second discussion ends with the decision changed: the director's new
// approval supersedes the denial and says it follows the discussion. What
// each role sees on the way is checked in their own window.

#include "CaseBuilder.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/PeerToPeer.h"
#include "store/Review.h"
#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
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
#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestJourneyPeer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    User m_nurse, m_reviewer, m_mark;
    qint64 m_caseId = 0;
    QString m_reference;

    static void click(QWidget *root, const char *name)
    {
        auto *button = root->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // All cases, the row showing `reference`, Enter.
    static void openFromWorklist(MainWindow &window, const QString &reference)
    {
        QVERIFY_OPENED(testsupport::openCase(&window, reference, QStringLiteral("All cases")));
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
        QVERIFY(box);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        while (box->currentData().toString() != data && box->currentIndex() < box->count() - 1)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentData().toString(), data);
    }

    // A window for `user` on the case's Appeals tab.
    std::unique_ptr<MainWindow> appealsTabAs(const User &user)
    {
        auto window = std::make_unique<MainWindow>(m_db, user, PolicyLibrary::builtIn());
        window->resize(1280, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        openFromWorklist(*window, m_reference);
        showTab(*window, QStringLiteral("Appeals"));
        return window;
    }

    static QString p2pInfo(MainWindow &window) { return window.findChild<QLabel *>(QStringLiteral("peerToPeerInfo"))->text(); }
    static QPushButton *p2pButton(MainWindow &window) { return window.findChild<QPushButton *>(QStringLiteral("peerToPeerButton")); }

    // Presses the peer-to-peer button; `fill` types into the dialog, then OK.
    // Returns the dialog's error line when it stays open (a refusal), else empty.
    static QString p2pStep(MainWindow &window, const std::function<void(QDialog *)> &fill)
    {
        QString refusal;
        bool acted = false;
        whenDialogShown(QStringLiteral("peerToPeerDialog"), [&](QDialog *dialog) {
            fill(dialog);
            click(dialog, "p2pOk");
            if (dialog->isVisible()) { // refused: the reason in the dialog, then Escape
                refusal = dialog->findChild<QLabel *>(QStringLiteral("p2pError"))->text();
                QTest::keyClick(dialog, Qt::Key_Escape);
            }
            acted = true;
        });
        QTest::mouseClick(p2pButton(window), Qt::LeftButton);
        [&] { QTRY_VERIFY(acted); }();
        return refusal;
    }

    void directorDenies()
    {
        auto window = std::make_unique<MainWindow>(m_db, m_mark, PolicyLibrary::builtIn());
        window->resize(1280, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        openFromWorklist(*window, m_reference);
        QVERIFY(choosePolicyWithKeys(window.get(), QStringLiteral("IP0535")));
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("determineButton")), Qt::LeftButton);
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                    && dialog->objectName() == QLatin1String("determinationDialog"));
        // It opens on what the criteria support: a denial (the liver test is too high).
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("determinationOutcome"))->currentData().toString(), QStringLiteral("deny"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).isEmpty(), 60000);
        click(dialog, "recordDetermination");
        QCOMPARE(Review::latestDetermination(*m_db, m_caseId).value()->outcome, QStringLiteral("deny"));
        click(dialog, "issueLetter");
        // It deletes itself once the letter is stored: only the QPointer is read.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 60000);
        QCOMPARE(CaseStore::summary(*m_db, m_caseId)->status, QStringLiteral("letter-issued"));
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
        m_reviewer = team.reviewer;
        m_mark = team.mark;
        Dialogs::clear();
        // The nurse's part before the day: the case typed and submitted.
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate::currentDate().addDays(-20), 40);
        b.setLineOfBusiness(QStringLiteral("commercial"));
        m_caseId = CaseStore::create(*m_db, b.facts(), m_nurse).value();
        QVERIFY(Review::submitForReview(*m_db, m_caseId, m_nurse));
        m_reference = CaseStore::summary(*m_db, m_caseId)->reference;
    }

    void cleanup()
    {
        QVERIFY2(!Dialogs::hasPendingAnswers(), "a dialog the test expected was never asked");
        Dialogs::clear();
        m_db.reset();
    }

    void deniedDiscussedAndTheDecisionStands()
    {
        directorDenies();
        if (QTest::currentTestFailed())
            return;

        // The prescriber calls; the nurse takes the request.
        {
            auto window = appealsTabAs(m_nurse);
            QVERIFY(window);
            QCOMPARE(p2pInfo(*window), QStringLiteral("Peer-to-peer: none requested."));
            QCOMPARE(p2pButton(*window)->text(), QStringLiteral("Record peer-to-peer &request…"));
            // Without a name and a way to reach them, the request is refused where it was typed.
            const QString refusal = p2pStep(*window, [](QDialog *) {});
            QVERIFY2(refusal.contains(QStringLiteral("names who asked and how to reach them")), qPrintable(refusal));
            QVERIFY(PeerToPeers::forCase(*m_db, m_caseId)->isEmpty());
            QCOMPARE(p2pStep(*window,
                             [](QDialog *d) {
                                 QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pRequestedBy")), QStringLiteral("Dr. Elena Vance"));
                                 QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pContact")), QStringLiteral("555-0142"));
                             }),
                     QString());
            QTRY_VERIFY2(p2pInfo(*window).startsWith(QStringLiteral("Peer-to-peer requested by Dr. Elena Vance (555-0142)")),
                         qPrintable(p2pInfo(*window)));
            QCOMPARE(p2pButton(*window)->text(), QStringLiteral("&Schedule peer-to-peer…"));
            // The nurse offers the time the dialog proposes, before the deadline.
            QCOMPARE(p2pStep(*window, [](QDialog *) {}), QString());
            QTRY_VERIFY2(p2pInfo(*window).startsWith(QStringLiteral("Peer-to-peer with Dr. Elena Vance scheduled for")),
                         qPrintable(p2pInfo(*window)));
            // Recording the discussion is a clinician's: the nurse is told so in the dialog.
            const QString notHers = p2pStep(*window, [](QDialog *d) {
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pParticipants")), QStringLiteral("Dr. Vance"));
                QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("p2pNote")), QStringLiteral("talked"));
            });
            QVERIFY2(notHers.contains(QStringLiteral("may not record a peer-to-peer discussion")), qPrintable(notHers));
            QCOMPARE(PeerToPeers::forCase(*m_db, m_caseId)->last().status, QStringLiteral("scheduled"));
        }

        // The reviewer holds the discussion and records it.
        {
            auto window = appealsTabAs(m_reviewer);
            QVERIFY(window);
            QVERIFY2(p2pInfo(*window).contains(QStringLiteral("scheduled for")), qPrintable(p2pInfo(*window)));
            QCOMPARE(p2pButton(*window)->text(), QStringLiteral("Record the &discussion…"));
            // Both who took part and a note are needed.
            const QString noNote = p2pStep(*window, [](QDialog *d) {
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pParticipants")), QStringLiteral("Dr. Vance, Rita Okafor"));
            });
            QVERIFY2(noNote.contains(QStringLiteral("who took part and a note")), qPrintable(noNote));
            QCOMPARE(p2pStep(*window,
                             [](QDialog *d) {
                                 QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pParticipants")),
                                                  QStringLiteral("Dr. Vance, Rita Okafor"));
                                 QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("p2pNote")),
                                                  QStringLiteral("No newer liver test; the clinic will repeat it."));
                             }),
                     QString());
            QTRY_VERIFY2(p2pInfo(*window).contains(QStringLiteral("No newer liver test")), qPrintable(p2pInfo(*window)));
            QCOMPARE(p2pButton(*window)->text(), QStringLiteral("&Close peer-to-peer…"));
            // Closing is the medical director's.
            const QString notHis = p2pStep(*window, [](QDialog *d) {
                chooseData(d->findChild<QComboBox *>(QStringLiteral("p2pResult")), QStringLiteral("stands"));
            });
            QVERIFY2(notHis.contains(QStringLiteral("only a medical director closes")), qPrintable(notHis));
        }

        // The director closes it: the denial stands.
        {
            auto window = appealsTabAs(m_mark);
            QVERIFY(window);
            QVERIFY2(p2pInfo(*window).startsWith(QStringLiteral("Peer-to-peer held")), qPrintable(p2pInfo(*window)));
            QCOMPARE(p2pStep(*window,
                             [](QDialog *d) { chooseData(d->findChild<QComboBox *>(QStringLiteral("p2pResult")), QStringLiteral("stands")); }),
                     QString());
            QTRY_COMPARE(p2pInfo(*window), QStringLiteral("Peer-to-peer: closed, the decision stands."));
            // A new request may follow; the denial is still the case's determination.
            QCOMPARE(p2pButton(*window)->text(), QStringLiteral("Record peer-to-peer &request…"));
            QVERIFY(p2pButton(*window)->isEnabled());
        }
        const PeerToPeer closed = PeerToPeers::forCase(*m_db, m_caseId)->last();
        QCOMPARE(closed.result, QStringLiteral("stands"));
        QCOMPARE(closed.participants, QStringLiteral("Dr. Vance, Rita Okafor"));
        QCOMPARE(Review::latestDetermination(*m_db, m_caseId).value()->outcome, QStringLiteral("deny"));
        QCOMPARE(CaseStore::summary(*m_db, m_caseId)->status, QStringLiteral("letter-issued"));
    }

    void discussedAndTheDecisionChanged()
    {
        directorDenies();
        if (QTest::currentTestFailed())
            return;
        const qint64 denial = Review::latestDetermination(*m_db, m_caseId).value()->id;

        // Requested, scheduled and held from the director's own window this time.
        auto window = appealsTabAs(m_mark);
        QVERIFY(window);
        QCOMPARE(p2pStep(*window,
                         [](QDialog *d) {
                             QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pRequestedBy")), QStringLiteral("Dr. Elena Vance"));
                             QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pContact")), QStringLiteral("evance@clinic.example"));
                         }),
                 QString());
        QCOMPARE(p2pStep(*window, [](QDialog *) {}), QString());
        QCOMPARE(p2pStep(*window,
                         [](QDialog *d) {
                             QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pParticipants")), QStringLiteral("Dr. Vance, Dr. Chen"));
                             QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("p2pNote")),
                                              QStringLiteral("The raised liver test came from a lab error; the repeat is normal."));
                         }),
                 QString());
        QTRY_VERIFY2(p2pInfo(*window).startsWith(QStringLiteral("Peer-to-peer held")), qPrintable(p2pInfo(*window)));
        // Changed: a new approval supersedes the denial and says why.
        QCOMPARE(p2pStep(*window,
                         [](QDialog *d) {
                             chooseData(d->findChild<QComboBox *>(QStringLiteral("p2pResult")), QStringLiteral("approve"));
                             QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("p2pReason")), QStringLiteral("lab error explained"));
                         }),
                 QString());
        QTRY_COMPARE(p2pInfo(*window), QStringLiteral("Peer-to-peer: closed, the decision was changed."));

        const PeerToPeer closed = PeerToPeers::forCase(*m_db, m_caseId)->last();
        QCOMPARE(closed.result, QStringLiteral("changed"));
        QVERIFY(closed.newDeterminationId);
        const StoredDetermination now = *Review::latestDetermination(*m_db, m_caseId).value();
        QCOMPARE(now.id, *closed.newDeterminationId);
        QCOMPARE(now.outcome, QStringLiteral("approve"));
        QCOMPARE(now.supersedes.value_or(0), denial);
        QVERIFY2(now.supersedeReason.contains(QStringLiteral("peer-to-peer")) && now.supersedeReason.contains(QStringLiteral("lab error explained")),
                 qPrintable(now.supersedeReason));

        // The case's history shows both; the new approval awaits its letter.
        showTab(*window, QStringLiteral("History"));
        auto *history = window->findChild<QTableWidget *>(QStringLiteral("determinationHistory"));
        QTRY_COMPARE(history->rowCount(), 2);
        QCOMPARE(CaseStore::summary(*m_db, m_caseId)->status, QStringLiteral("determined"));

        // The reviewer sees the discussion closed, the decision changed.
        auto reviewerWindow = appealsTabAs(m_reviewer);
        QVERIFY(reviewerWindow);
        QCOMPARE(p2pInfo(*reviewerWindow), QStringLiteral("Peer-to-peer: closed, the decision was changed."));
    }
};

QTEST_MAIN(TestJourneyPeer)
#include "tst_journey_peer.moc"
