// Long work off the GUI thread, as a person meets it: the medical director
// presses Issue letter and the dialog says the letter is being laid out
// while it is (nothing stored yet, the window answering, Escape not losing
// the letter), then the letter is stored and the dialog closes; a reviewer
// opens a PDF attachment and the viewer says it is reading it, the pages
// arrive, paging ahead quickly shows the page last asked for, and closing
// the viewer while a page renders leaves the window working. How long the
// event loop stalls is measured by the benchmark (bench/StallBench.cpp),
// not here.

#include "MainWindow.h"
#include "attachments/AttachmentViewer.h"
#include "review/CaseView.h"
#include "common/Dialogs.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/Review.h"
#include "store/Users.h"
#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pareview;

namespace {

// A PDF of `pages` pages, each saying its number.
QByteArray pdfOfPages(int pages)
{
    QByteArray kids, objects;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(10 + 2 * i) + " 0 R ";
    QByteArray out = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[" + kids + "]/Count "
                     + QByteArray::number(pages) + ">>endobj 3 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n";
    for (int i = 0; i < pages; ++i) {
        const QByteArray text = "BT /F1 24 Tf 72 700 Td (Page " + QByteArray::number(i + 1) + ") Tj ET";
        out += QByteArray::number(10 + 2 * i) + " 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents "
               + QByteArray::number(11 + 2 * i) + " 0 R/Resources<</Font<</F1 3 0 R>>>>>>endobj\n";
        out += QByteArray::number(11 + 2 * i) + " 0 obj<</Length " + QByteArray::number(text.size()) + ">>stream\n" + text
               + "\nendstream endobj\n";
    }
    return out + "trailer<</Root 1 0 R>>\n%%EOF\n";
}

} // namespace

class TestJourneyThreads final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User user(const char *name) { return Users::byName(*m_db, QString::fromLatin1(name)).value(); }

    static void openFromWorklist(MainWindow &window, const QString &member, const QString &queue = QString())
    {
        QVERIFY_OPENED(testsupport::openCase(&window, member, queue));
    }

    static QDialog *openDetermination(MainWindow &window)
    {
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("determineButton")), Qt::LeftButton);
        for (int waited = 0; waited < 10000; waited += 20) {
            auto *active = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (active && active->objectName() == QLatin1String("determinationDialog") && active->isVisible())
                return active;
            QTest::qWait(20);
        }
        return nullptr;
    }

    static AttachmentViewer *openAttachmentRow(MainWindow &window, int row)
    {
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("caseTabs"));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center()); // Attachments
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("attachmentsTable"));
        const QList<AttachmentViewer *> before = window.caseView()->findChildren<AttachmentViewer *>();
        testsupport::clickRow(table, table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        return testsupport::newlyShown<AttachmentViewer>(window.caseView(), before);
    }

    qint64 count(const QString &sql)
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
        // Elias Moreno's case: submitted by the nurse, sent on by the reviewer.
        QVERIFY(Review::submitForReview(*m_db, 1, user("nurse")));
        QVERIFY(Review::sendToMedicalDirector(*m_db, 1, QStringLiteral("please decide"), user("reviewer")));
    }

    void cleanup()
    {
        QVERIFY2(!Dialogs::hasPendingAnswers(), "a dialog the test expected was never asked");
        Dialogs::clear();
        m_db.reset();
    }

    void issuingTheLetterKeepsTheWindowAnswering()
    {
        MainWindow window(m_db, user("director"), PolicyLibrary::builtIn());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("Elias Moreno"), QStringLiteral("Awaiting medical director"));
        QVERIFY(testsupport::choosePolicyWithKeys(&window, QStringLiteral("IP0535")));
        QPointer<QDialog> dialog = openDetermination(window); // deleted when it closes
        QVERIFY(dialog);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("letterPreviewStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("DRAFT")), 60000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordDetermination")), Qt::LeftButton);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);

        // Issue letter: the click returns at once, the letter is laid out
        // meanwhile; nothing is stored until it is.
        auto *issue = dialog->findChild<QPushButton *>(QStringLiteral("issueLetter"));
        QTest::mouseClick(issue, Qt::LeftButton);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters")), 0);
        QVERIFY2(status->text().contains(QStringLiteral("Issuing the letter")), qPrintable(status->text()));
        QVERIFY(!issue->isEnabled()); // one letter, not two
        // The event loop turns while the letter is laid out.
        int ticks = 0;
        QTimer beat;
        connect(&beat, &QTimer::timeout, this, [&] { ++ticks; });
        beat.start(1);
        // Escape does not leave the case determined without its letter.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("determinationMessage"))->text().contains(QStringLiteral("being issued")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 60000);
        QVERIFY(ticks > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE case_id = 1")), 1);
        QCOMPARE(CaseStore::summary(*m_db, 1)->status, QStringLiteral("letter-issued"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'letter.issue'")), 1);
    }

    void pdfPagesArriveWhileTheWindowAnswers()
    {
        const QString path = m_dir.filePath(QStringLiteral("three-pages.pdf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pdfOfPages(3));
        }
        MainWindow window(m_db, user("director"), PolicyLibrary::builtIn());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openFromWorklist(window, QStringLiteral("Elias Moreno"), QStringLiteral("Awaiting medical director"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFile, path));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("attachButton")), Qt::LeftButton);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("attachmentsTable"));
        const int row = table->rowCount() - 1;
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("three-pages.pdf"));

        // Opened: the viewer says it is reading, and shows the page when it comes.
        AttachmentViewer *viewer = openAttachmentRow(window, row);
        QVERIFY(viewer);
        auto *status = viewer->findChild<QLabel *>(QStringLiteral("attachmentStatus"));
        auto *image = viewer->findChild<QLabel *>(QStringLiteral("attachmentImage"));
        auto *page = viewer->findChild<QSpinBox *>(QStringLiteral("attachmentPage"));
        QCOMPARE(status->text(), QStringLiteral("Reading the PDF…"));
        QVERIFY(image->pixmap().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("PDF page 1 of 3")), 30000);
        QVERIFY(!image->pixmap().isNull());
        QVERIFY(page->isEnabled());

        // Paging ahead twice at once: the page last asked for is the one shown.
        page->setFocus();
        QTest::keyClick(page, Qt::Key_Up);
        QVERIFY2(status->text().startsWith(QStringLiteral("Rendering page 2 of 3")), qPrintable(status->text()));
        QTest::keyClick(page, Qt::Key_Up);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("PDF page 3 of 3")), 30000);
        QCOMPARE(page->value(), 3);
        QVERIFY(viewer->problem().isEmpty());

        // Closed while a page renders: nothing arrives for it, the window goes on.
        QTest::keyClick(page, Qt::Key_Down);
        viewer->close(); // deleted on close
        QTRY_VERIFY(window.findChildren<AttachmentViewer *>().isEmpty());
        QTest::qWait(500); // the page in flight arrives for nobody
        AttachmentViewer *again = openAttachmentRow(window, row);
        QVERIFY(again);
        QTRY_VERIFY_WITH_TIMEOUT(again->findChild<QLabel *>(QStringLiteral("attachmentStatus"))->text().startsWith(QStringLiteral("PDF page 1 of 3")),
                                 30000);
        again->close();
    }
};

QTEST_MAIN(TestJourneyThreads)
#include "tst_journey_threads.moc"
