// The intake form is built from the catalog: its questions, their language,
// the drugs offered and the request fields each drug's form implies. A drug
// added with a --catalog folder appears with no change to the program.

#include "MainWindow.h"
#include "common/SignInDialog.h"
#include "intake/IntakeForm.h"

#include "catalog/Catalog.h"
#include "policy/PolicyLibrary.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "SignIn.h"
#include "StoreFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

class TestGuiCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User signIn(const QString &name) { return testsupport::signInDemo(m_db, name); }

    static IntakeForm *newRequest(MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        IntakeForm *form = window.intakeForm();
        return form;
    }

    static QString question(IntakeForm *form, const QString &linkId)
    {
        auto *table = form->findChild<QTableWidget *>(QStringLiteral("attestationsTable"));
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toString() == linkId)
                return table->item(r, 0)->text();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db.reset();
    }

    // Every attestation item of the catalog outside the request section is asked, in the catalog's words.
    void questionsComeFromTheCatalog()
    {
        const User nurse = signIn(QStringLiteral("nurse"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        IntakeForm *form = newRequest(window);
        QTRY_VERIFY(form->isVisible());
        auto *table = form->findChild<QTableWidget *>(QStringLiteral("attestationsTable"));
        int asked = 0;
        for (const AttestationItem &a : Catalog::current().attestations())
            if (a.section.isEmpty())
                ++asked;
        QCOMPARE(table->rowCount(), asked);
        QCOMPARE(question(form, QStringLiteral("hbv-active")), QStringLiteral("Active hepatitis B"));
        QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("attest-exposure-days"))); // integer answers are typed
        QVERIFY(form->findChild<QComboBox *>(QStringLiteral("attest-hbv-active")));     // yes/no answers are chosen
    }

    // In Spanish the form asks in the catalog's Spanish and names labs so.
    void spanishWordsComeFromTheCatalog()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        const User nurse = signIn(QStringLiteral("nurse"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        IntakeForm *form = newRequest(window);
        QTRY_VERIFY(form->isVisible());
        QCOMPARE(question(form, QStringLiteral("hbv-active")), QStringLiteral("Hepatitis B activa"));
        auto *use = form->findChild<QComboBox *>(QStringLiteral("requestUse"));
        QVERIFY(use->findText(QStringLiteral("tratamiento de hemorragias")) >= 0);
        auto *lob = form->findChild<QComboBox *>(QStringLiteral("lineOfBusiness"));
        QVERIFY(lob->findText(QStringLiteral("Medicare Parte D")) >= 0);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addLab")), Qt::LeftButton);
        auto *labs = form->findChild<QTableWidget *>(QStringLiteral("labsTable"));
        auto *lab = qobject_cast<QComboBox *>(labs->cellWidget(0, 0));
        QVERIFY(lab);
        QCOMPARE(lab->itemText(lab->findData(QStringLiteral("weight"))), QStringLiteral("peso corporal"));
    }

    // A drug from a catalog folder is offered, and the form asks only the
    // request fields its form implies.
    void aDrugFromACatalogFolderIsOffered()
    {
        QTemporaryDir folder;
        QFile drugs(folder.filePath(QStringLiteral("drugs.json")));
        QVERIFY(drugs.open(QIODevice::WriteOnly));
        drugs.write(R"({"format": "pareview-drugs/1", "drugs": [
  {"id": "alhemo", "name": "Alhemo", "hcpcs": ["J7173"], "form": "weekly-subcutaneous",
   "doseUnit": "mg", "requestFields": ["dose", "interval"]}]}
)");
        drugs.close();
        Catalog catalog = Catalog::builtIn();
        const QStringList errors = catalog.addDirectory(folder.path());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        Catalog::Scope scope(std::move(catalog));

        const User nurse = signIn(QStringLiteral("nurse"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        IntakeForm *form = newRequest(window);
        QTRY_VERIFY(form->isVisible());
        auto *drug = form->findChild<QComboBox *>(QStringLiteral("drug"));
        const int alhemo = drug->findData(QStringLiteral("alhemo"));
        QVERIFY(alhemo >= 0);
        QCOMPARE(drug->itemText(alhemo), QStringLiteral("Alhemo (J7173)"));
        drug->setFocus();
        QTest::keyClicks(drug, QStringLiteral("Alhemo"));
        QTRY_COMPARE(drug->currentData().toString(), QStringLiteral("alhemo"));
        QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("doseInterval"))->isVisible());
        QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("quantity"))->isVisible());
        QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("supplyDays"))->isVisible());
        // A gene therapy asks for its one dose only (typed after a pause: a new search).
        QTest::qWait(QApplication::keyboardInputInterval() + 100);
        QTest::keyClicks(drug, QStringLiteral("Hemgenix"));
        QTRY_COMPARE(drug->currentData().toString(), QStringLiteral("hemgenix"));
        QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("doseInterval"))->isVisible());
    }
};

QTEST_MAIN(TestGuiCatalog)
#include "tst_gui_catalog.moc"
