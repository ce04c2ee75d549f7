// The nurse → reviewer → medical director journey in Spanish, acting only as
// a person does: each signs in through the sign-in dialog (Session), the
// nurse picks Español in her settings, signs out and in again; she types a
// case and submits it, the reviewer decides a criterion and sends the case
// on, the director previews, records and issues the letter (a
// request for information: the typed case leaves questions open). What they read
// is Spanish: the window's menus, status names in the worklist and the case
// header, Qt's own "Cancelar", dates in the Spanish short format, criterion
// reasons worded by the phrase book. The stored codes stay English.

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/UserSettings.h"
#include "intake/IntakeForm.h"
#include "review/CaseView.h"
#include "review/CriteriaModel.h"
#include "worklist/WorklistModel.h"
#include "OpenCase.h"
#include "testsupport.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "StoreFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace pareview;

class TestJourneySpanish final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;

    template<typename W>
    static W *find(QWidget *in, const QString &name)
    {
        auto *w = in->findChild<W *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    static void answerSignIn(const QString &name)
    {
        testsupport::whenDialogShown(QStringLiteral("signInDialog"), [name](QDialog *d) {
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("userName")), name);
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("demo-%1-pass").arg(name));
            QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        });
    }

    // File → Sign out, then the next person signs in.
    MainWindow *signOutAndSignInAs(const QString &name)
    {
        QPointer<MainWindow> before = m_session->window();
        answerSignIn(name);
        before->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        if (!QTest::qWaitFor([&] { return m_session->window() && m_session->window() != before.data(); }, 10000))
            return nullptr;
        return m_session->window();
    }

    static void type(QWidget *in, const QString &name, const QString &text)
    {
        auto *e = find<QLineEdit>(in, name);
        e->setFocus();
        QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(e, Qt::Key_Delete);
        QTest::keyClicks(e, text);
    }

    // A list entry chosen with the arrow keys, whatever the language shows.
    static void choose(QWidget *in, const QString &name, const QString &data)
    {
        auto *c = find<QComboBox>(in, name);
        c->setFocus();
        QTest::keyClick(c, Qt::Key_Home);
        while (c->currentData().toString() != data && c->currentIndex() < c->count() - 1)
            QTest::keyClick(c, Qt::Key_Down);
        QCOMPARE(c->currentData().toString(), data);
    }

    static QString cellOf(QTableView *table, const QString &member, int column)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, WorklistModel::Member).data().toString() == member)
                return table->model()->index(r, column).data().toString();
        return {};
    }

    static void openFromWorklist(QWidget *window, const QString &search)
    {
        QVERIFY_OPENED(testsupport::openCase(window, QString(), QString(), search));
    }

    static QString header(QWidget *window) { return find<QLabel>(window, QStringLiteral("caseHeader"))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void init()
    {
        QSettings().clear();
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        Dialogs::clear();
    }

    void cleanup()
    {
        QVERIFY2(!Dialogs::hasPendingAnswers(), "a dialog the test expected was never asked");
        m_session.reset();
        m_db.reset();
        QLocale::setDefault(QLocale::c());
    }

    // English needs its plural forms too: "1 case", not "1 case(s)".
    void englishPluralsAreWords()
    {
        UserSettings::setLanguage(QStringLiteral("reviewer"), QStringLiteral("en"));
        m_session = std::make_unique<Session>(m_db, PolicyLibrary::builtIn());
        answerSignIn(QStringLiteral("reviewer"));
        QVERIFY(m_session->signIn());
        MainWindow *window = m_session->window();
        auto *search = find<QLineEdit>(window, QStringLiteral("worklistSearch"));
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, QStringLiteral("Elias"));
        auto *count = find<QLabel>(window, QStringLiteral("worklistCount"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 case"));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Delete);
        QTRY_VERIFY2(count->text().endsWith(QStringLiteral(" cases")) && !count->text().contains(QLatin1Char('(')), qPrintable(count->text()));
    }

    void nurseToDirectorInSpanish()
    {
        // The reviewer and the director chose Spanish earlier; the nurse chooses it now.
        UserSettings::setLanguage(QStringLiteral("reviewer"), QStringLiteral("es"));
        UserSettings::setLanguage(QStringLiteral("director"), QStringLiteral("es"));
        m_session = std::make_unique<Session>(m_db, PolicyLibrary::builtIn());
        answerSignIn(QStringLiteral("nurse"));
        QVERIFY(m_session->signIn());
        MainWindow *window = m_session->window();
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        testsupport::whenDialogShown(QStringLiteral("settingsDialog"), [](QDialog *d) {
            auto *language = d->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
            language->setFocus();
            while (language->currentData().toString() != QLatin1String("es"))
                QTest::keyClick(language, Qt::Key_Down);
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        window = signOutAndSignInAs(QStringLiteral("nurse"));
        QVERIFY(window);
        QTRY_VERIFY(window->isVisible());

        // Her window speaks Spanish, Qt's own buttons included.
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
        QString cancelText;
        testsupport::whenDialogShown(QStringLiteral("settingsDialog"), [&cancelText](QDialog *d) {
            QPushButton *cancel = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
            cancelText = cancel->text();
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        QCOMPARE(cancelText.remove(QLatin1Char('&')), QStringLiteral("Cancelar"));

        // A new request, typed and submitted.
        window->findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        QWidget *form = window->intakeForm();
        QTRY_VERIFY(form->isVisible());
        type(form, QStringLiteral("memberName"), QStringLiteral("Lucia Fernandez"));
        type(form, QStringLiteral("memberId"), QStringLiteral("M3000888"));
        type(form, QStringLiteral("birthDate"), QStringLiteral("1981-02-09"));
        choose(form, QStringLiteral("sexAtBirth"), QStringLiteral("male"));
        type(form, QStringLiteral("payer"), QStringLiteral("Cigna Healthcare"));
        type(form, QStringLiteral("plan"), QStringLiteral("Open Access Plus"));
        choose(form, QStringLiteral("lineOfBusiness"), QStringLiteral("commercial"));
        type(form, QStringLiteral("prescriberName"), QStringLiteral("Dra. Marta Rios"));
        type(form, QStringLiteral("prescriberNpi"), QStringLiteral("1234567893"));
        choose(form, QStringLiteral("prescriberSpecialty"), QStringLiteral("207RH0000X"));
        choose(form, QStringLiteral("drug"), QStringLiteral("hemgenix"));
        type(form, QStringLiteral("dose"), QStringLiteral("2e13"));
        type(form, QStringLiteral("diagnoses"), QStringLiteral("D67"));
        choose(form, QStringLiteral("attest-prior-gene-therapy"), QStringLiteral("no"));
        const QString weighed = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addLab")), Qt::LeftButton);
        choose(form, QStringLiteral("labName-0"), QStringLiteral("weight"));
        type(form, QStringLiteral("labValue-0"), QStringLiteral("78.4"));
        type(form, QStringLiteral("labDate-0"), weighed);
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("submitIntake")), Qt::LeftButton);
        QTRY_VERIFY2(window->caseView()->isVisible(), qPrintable(find<QLabel>(form, QStringLiteral("intakeProblems"))->text()));
        auto id = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = 'Lucia Fernandez'"));
        QVERIFY(id && id->next());
        const qint64 caseId = id->value(0).toLongLong();
        const QString reference = CaseStore::summary(*m_db, caseId)->reference;
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("%1 enviado a revisión, sin documentos.").arg(reference));
        QCOMPARE(CaseStore::summary(*m_db, caseId)->status, QStringLiteral("in-review")); // stored in English
        QVERIFY2(header(window).contains(QStringLiteral("estado <b>en revisión</b>")), qPrintable(header(window)));

        // The reviewer: the worklist names the status in Spanish, the criteria give Spanish reasons.
        window = signOutAndSignInAs(QStringLiteral("reviewer"));
        QVERIFY(window);
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
        auto *table = find<QTableView>(window, QStringLiteral("worklistTable"));
        QTRY_COMPARE(cellOf(table, QStringLiteral("Lucia Fernandez"), WorklistModel::Status), QStringLiteral("en revisión"));
        QCOMPARE(table->model()->headerData(WorklistModel::Status, Qt::Horizontal).toString(), QStringLiteral("Estado"));
        // Received: a date in the Spanish short format (d/M/yy).
        const QString spanishToday = QLocale(QLocale::Spanish).toString(QDate::currentDate(), QLocale::ShortFormat);
        QVERIFY2(cellOf(table, QStringLiteral("Lucia Fernandez"), WorklistModel::Received).startsWith(spanishToday),
                 qPrintable(cellOf(table, QStringLiteral("Lucia Fernandez"), WorklistModel::Received) + QStringLiteral(" / ") + spanishToday));
        openFromWorklist(window, QStringLiteral("Fernandez"));
        auto *tree = find<QTreeView>(window, QStringLiteral("criteriaTree"));
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        auto *criteria = qobject_cast<CriteriaModel *>(tree->model());
        QVERIFY(criteria);
        QStringList spanishReasons;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < criteria->rowCount(parent); ++r) {
                const QModelIndex i = criteria->index(r, CriteriaModel::Reason, parent);
                const CriterionResult *c = criteria->criterion(i);
                const QString shown = i.data().toString();
                if (c && !c->reason.isEmpty() && shown != c->reason)
                    spanishReasons << shown;
                walk(criteria->index(r, 0, parent));
            }
        };
        walk({});
        QVERIFY2(!spanishReasons.isEmpty(), "no criterion reason is shown in Spanish");
        // M on the first criterion: the decision column reads Spanish.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(tree->model()->index(0, 0)).center());
        QVERIFY2(find<QTextBrowser>(window, QStringLiteral("criterionDetail"))->toPlainText().contains(QStringLiteral("Según los datos")),
                 qPrintable(find<QTextBrowser>(window, QStringLiteral("criterionDetail"))->toPlainText()));
        // The first criterion may be a group: down to the first one decided alone.
        while (criteria->rowCount(tree->currentIndex()) > 0)
            QTest::keyClick(tree, Qt::Key_Right), QTest::keyClick(tree, Qt::Key_Down);
        QTest::keyClick(tree, Qt::Key_M);
        QTRY_COMPARE(tree->currentIndex().siblingAtColumn(CriteriaModel::Decision).data().toString(), QStringLiteral("cumple"));
        auto *toDirector = find<QPushButton>(window, QStringLiteral("sendToDirector"));
        QVERIFY2(toDirector->isEnabled(), qPrintable(toDirector->toolTip()));
        QTest::mouseClick(toDirector, Qt::LeftButton);
        QTRY_VERIFY2(header(window).contains(QStringLiteral("en espera del director médico")), qPrintable(header(window)));
        QCOMPARE(CaseStore::summary(*m_db, caseId)->status, QStringLiteral("awaiting-medical-director"));

        // The medical director previews, records and issues the letter (a
// request for information: the typed case leaves questions open).
        window = signOutAndSignInAs(QStringLiteral("director"));
        QVERIFY(window);
        table = find<QTableView>(window, QStringLiteral("worklistTable"));
        QTRY_COMPARE(cellOf(table, QStringLiteral("Lucia Fernandez"), WorklistModel::Status), QStringLiteral("en espera del director médico"));
        openFromWorklist(window, QStringLiteral("Fernandez"));
        auto *determine = find<QPushButton>(window, QStringLiteral("determineButton"));
        QCOMPARE(determine->text(), QStringLiteral("De&terminar…"));
        QVERIFY2(determine->isEnabled(), qPrintable(determine->toolTip()));
        QPointer<QDialog> dialog; // deletes itself once its letter is stored
        QTest::mouseClick(determine, Qt::LeftButton);
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                    && dialog->objectName() == QLatin1String("determinationDialog"));
        // The typed case leaves questions open: the dialog proposes asking for the information.
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("determinationOutcome"))->currentData().toString(), QStringLiteral("pend"));
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("determinationOutcome"))->currentText(), QStringLiteral("Suspender por información"));
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog->findChildren<QLabel *>(QStringLiteral("letterPage")).isEmpty(),
                                  qPrintable(find<QLabel>(dialog, QStringLiteral("determinationMessage"))->text() + QLatin1Char('|')
                                             + find<QLabel>(dialog, QStringLiteral("letterPreviewStatus"))->text()),
                                  60000);
        QVERIFY2(find<QLabel>(dialog, QStringLiteral("letterPreviewStatus"))->text().startsWith(QStringLiteral("BORRADOR")),
                 qPrintable(find<QLabel>(dialog, QStringLiteral("letterPreviewStatus"))->text()));
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("recordDetermination")), Qt::LeftButton);
        auto *issue = find<QPushButton>(dialog, QStringLiteral("issueLetter"));
        QTRY_VERIFY(issue->isEnabled());
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // it deletes itself once issued
        QCOMPARE(CaseStore::summary(*m_db, caseId)->status, QStringLiteral("pended"));
        QTRY_VERIFY2(header(window).contains(QStringLiteral("suspendido por información")), qPrintable(header(window)));

        // The case's letters: Spanish kinds and a Spanish date.
        auto *tabs = find<QTabWidget>(window, QStringLiteral("caseTabs"));
        int lettersTab = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).startsWith(QStringLiteral("Cartas")))
                lettersTab = i;
        QVERIFY(lettersTab >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(lettersTab).center());
        auto *letters = find<QTableWidget>(window, QStringLiteral("lettersTable"));
        QTRY_COMPARE(letters->rowCount(), 1);
        QVERIFY2(letters->item(0, 0)->text().startsWith(spanishToday), qPrintable(letters->item(0, 0)->text()));
        QCOMPARE(letters->item(0, 1)->text(), QStringLiteral("Solicitud de información"));
        QCOMPARE(letters->item(0, 4)->text(), QStringLiteral("Vigente"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pareview-tests"));
    TestJourneySpanish test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journey_spanish.moc"
