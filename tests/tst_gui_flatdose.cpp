// The intake form's dose for a drug the catalog doses flat (Hympavzi, mg):
// the field is labelled in mg, takes a flat dose as the nurse types it and
// refuses an implausible one at once, with the same validator the importer
// uses; the case it saves keeps the dose in mg.

#include "MainWindow.h"
#include "common/SignInDialog.h"
#include "intake/IntakeForm.h"

#include "intake/DrugCatalog.h"
#include "intake/FactValidator.h"
#include "policy/PolicyLibrary.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "SignIn.h"
#include "StoreFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

class TestGuiFlatDose : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User signIn(const QString &name) { return testsupport::signInDemo(m_db, name); }

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
    }

    void cleanup() { m_db.reset(); }

    void typedFlatDose()
    {
        const User nurse = signIn(QStringLiteral("nurse"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        window.findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        IntakeForm *form = window.intakeForm();
        QTRY_VERIFY(form && form->isVisible());
        auto *drug = form->findChild<QComboBox *>(QStringLiteral("drug"));
        auto *dose = form->findChild<QLineEdit *>(QStringLiteral("dose"));
        auto *interval = form->findChild<QLineEdit *>(QStringLiteral("doseInterval"));
        auto *problems = form->findChild<QLabel *>(QStringLiteral("intakeProblems"));
        QVERIFY(drug && dose && interval && problems);

        drug->setFocus();
        QTest::keyClicks(drug, QStringLiteral("Hympavzi"));
        QTRY_COMPARE(drug->currentData().toString(), QStringLiteral("hympavzi"));
        QCOMPARE(dose->accessibleName(), QStringLiteral("Dose (mg)"));
        QVERIFY2(dose->placeholderText().contains(QStringLiteral("not per kg")), qPrintable(dose->placeholderText()));
        QVERIFY(interval->isVisible());

        // 150 mg every 168 hours: no problem with the dose.
        dose->setFocus();
        QTest::keyClicks(dose, QStringLiteral("150"));
        interval->setFocus();
        QTest::keyClicks(interval, QStringLiteral("168"));
        QTRY_VERIFY2(!problems->text().contains(QStringLiteral("Dose")), qPrintable(problems->text()));

        // 150000 (mcg typed as mg): refused as the nurse types, in the validator's words.
        dose->setFocus();
        dose->selectAll();
        QTest::keyClicks(dose, QStringLiteral("150000"));
        QTRY_VERIFY2(problems->text().contains(QStringLiteral("Dose: dose 150000 mg is not plausible for one injection")),
                     qPrintable(problems->text()));
        const auto same = FactValidator::dose(*DrugCatalog::byId(QStringLiteral("hympavzi")), 150000, QStringLiteral("mg"));
        QVERIFY(!same);
        QVERIFY2(problems->text().contains(same.error()), qPrintable(problems->text()));

        // Back to 150, and saved as a draft: the case holds 150 mg, once weekly.
        dose->selectAll();
        QTest::keyClicks(dose, QStringLiteral("150"));
        QTRY_VERIFY2(!problems->text().contains(QStringLiteral("Dose")), qPrintable(problems->text()));
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("memberName"));
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Ada Lindqvist"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveDraft")), Qt::LeftButton);
        QTRY_VERIFY(form->caseId() > 0);
        auto facts = CaseStore::facts(*m_db, form->caseId(), nurse);
        QVERIFY2(facts, qPrintable(facts.error()));
        QVERIFY(facts->dosePerKg.has());
        QCOMPARE(*facts->dosePerKg, 150.0);
        QCOMPARE(facts->doseUnit, QStringLiteral("mg"));
        QCOMPARE(*facts->doseIntervalHours, 168.0);

        // A per-kg drug keeps its per-kg field.
        QTest::qWait(QApplication::keyboardInputInterval() + 100);
        drug->setFocus();
        QTest::keyClicks(drug, QStringLiteral("NovoSeven"));
        QTRY_COMPARE(drug->currentData().toString(), QStringLiteral("novoseven-rt"));
        QCOMPARE(dose->accessibleName(), QStringLiteral("Dose (mcg/kg)"));
    }
};

QTEST_MAIN(TestGuiFlatDose)
#include "tst_gui_flatdose.moc"
