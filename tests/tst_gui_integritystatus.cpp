// The store's integrity on the workstation (issue 12): an administrator
// sees it in the status bar, checked in the background after sign-in; a
// record changed directly in the file turns it red, clicking it lists the
// record, and the affected case is marked in the worklist. Other roles see
// no indicator.

#include "CaseBuilder.h"
#include "testsupport.h"

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Users.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistView.h"

#include <QApplication>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace pareview;
using namespace testsupport;

class TestGuiIntegrityStatus final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("pareview-test-integritystatus")); }

    void administratorSeesTheCheckAndTheChangedCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        User admin = Users::add(**db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        User nurse = Users::add(**db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, QStringLiteral("RN"), &admin).value();
        auto id = CaseStore::create(**db, exampleFacts(QStringLiteral("hg-01-complete")), nurse);
        QVERIFY(id);

        {
            MainWindow window(*db, nurse, PolicyLibrary::builtIn());
            window.show();
            QVERIFY(!window.findChild<QToolButton *>(QStringLiteral("integrityStatus")));
        }
        {
            MainWindow window(*db, admin, PolicyLibrary::builtIn());
            window.show();
            auto *status = window.findChild<QToolButton *>(QStringLiteral("integrityStatus"));
            QVERIFY(status);
            QVERIFY(status->isVisible());
            QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Records intact")), qPrintable(status->text() + status->toolTip()), 30000);
        }
        // Someone edits the file: a lab value.
        qint64 labFact = 0;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            // A lab value moved by 7 (times ten would leave a titer of 0 as it was); the
            // facts' order follows the bundle's hash order, so pick one that has a number.
            QSqlQuery pick(raw);
            QVERIFY(pick.exec(QStringLiteral("SELECT MIN(id) FROM facts WHERE value_num IS NOT NULL")) && pick.next());
            labFact = pick.value(0).toLongLong();
            QVERIFY(labFact > 0);
            pick.finish();
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("UPDATE facts SET value_num = value_num + 7 WHERE id = %1").arg(labFact)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        {
            MainWindow window(*db, admin, PolicyLibrary::builtIn());
            window.show();
            auto *status = window.findChild<QToolButton *>(QStringLiteral("integrityStatus"));
            QVERIFY(status);
            QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("RECORDS CHANGED OUTSIDE PAREVIEW")), qPrintable(status->text() + status->toolTip()), 30000);
            auto *worklist = window.findChild<WorklistView *>();
            QVERIFY(worklist);
            QTRY_VERIFY(worklist->model()->rowCount() > 0);
            QTRY_VERIFY(worklist->model()->data(worklist->model()->index(0, WorklistModel::Reference)).toString().startsWith(QStringLiteral("⚠ PA-0000001")));
            Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Critical, QMessageBox::Ok));
            QTest::mouseClick(status, Qt::LeftButton);
            QVERIFY(!Dialogs::asked().empty());
            QVERIFY2(Dialogs::asked().back().text.contains(QStringLiteral("fact (lab value or attestation) %1 of case PA-0000001").arg(labFact)),
                     qPrintable(Dialogs::asked().back().text));
        }
    }
};

QTEST_MAIN(TestGuiIntegrityStatus)
#include "tst_gui_integritystatus.moc"
