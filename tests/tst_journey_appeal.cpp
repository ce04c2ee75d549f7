// An appeal in the real window, acting only as a person does (issue 13):
// the nurse files the prescriber's appeal of a denial from the case's
// Appeals tab, with the clinic's letter as a document (the file chooser
// answered through pareview::Dialogs); the medical director who denied
// opens the appeal from the "Appeals due" queue and is told why he may not
// decide it; a second medical director sees the criteria appealed beside the
// criteria now, upholds it, and saves its letter, read back with pdftotext:
// the external review the commercial plan's member may ask for next.

#include "CaseBuilder.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "review/CaseView.h"
#include "store/Appeals.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
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

    static void chooseQueue(MainWindow &window, const QString &queue)
    {
        auto *filter = window.findChild<QComboBox *>(QStringLiteral("queueFilter"));
        QVERIFY(filter);
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Home);
        while (filter->currentText() != queue && filter->currentIndex() < filter->count() - 1)
            QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(filter->currentText(), queue);
    }

    // The queue, the row showing `reference`, Enter.
    static void openFromWorklist(MainWindow &window, const QString &reference, const QString &queue)
    {
        chooseQueue(window, queue);
        auto *table = window.findChild<QTableView *>(QStringLiteral("worklistTable"));
        QVERIFY(table);
        int row = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                for (int c = 0; c < table->model()->columnCount(); ++c)
                    if (table->model()->index(r, c).data().toString() == reference)
                        row = r;
            return row >= 0;
        }());
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("determineButton"))
                    && window.findChild<QPushButton *>(QStringLiteral("determineButton"))->isVisible());
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

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        const User admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("ada password")).value();
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nina password"), QStringLiteral("Nina Ruiz"),
                             QStringLiteral("RN"), &admin)
                      .value();
        m_mark = Users::add(*m_db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("mark password"), QStringLiteral("Mark Chen"),
                            QStringLiteral("MD"), &admin)
                     .value();
        m_sofia = Users::add(*m_db, QStringLiteral("sofia"), Role::MedicalDirector, QStringLiteral("sofia password"),
                             QStringLiteral("Sofia Alvarez"), QStringLiteral("MD"), &admin)
                      .value();
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

        // Its letter, saved as PDF and read back.
        const QString saved = m_dir.filePath(QStringLiteral("AP-0000001-en.pdf"));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::SaveFile, saved));
        click(&window, "saveAppealLetterButton");
        QTRY_VERIFY(QFile::exists(saved));
        const QString text = pdfText(saved);
        for (const QString &phrase : {QStringLiteral("AP-0000001"), pa, QStringLiteral("stays in place"), QStringLiteral("Sofia Alvarez, MD"),
                                      QStringLiteral("external review"), QStringLiteral("does not include the laboratory report")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" missing from: ") + text));
        QCOMPARE(CaseStore::summary(*m_db, appeal.caseId)->status, QStringLiteral("letter-issued"));
    }
};

QTEST_MAIN(TestJourneyAppeal)
#include "tst_journey_appeal.moc"
