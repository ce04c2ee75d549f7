// The intake nurse's day, acting only as a person does: sign in, New
// request, type a Hemgenix case (the request shows genome-copy fields), see
// a 7000 kg weight refused on screen, attach a document through the file
// dialog and another by dropping it on the form, submit and read the status
// bar, correct a fact before review starts (the earlier value stays in the
// history), and leave a form with unsaved data (asked: cancel, discard,
// save). Widgets by objectName, keyboard and mouse; blocking questions
// answered through Dialogs.

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/SignInDialog.h"
#include "intake/IntakeForm.h"
#include "review/CaseView.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistView.h"

#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DemoData.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>

#include "SignIn.h"
#include "OpenCase.h"
#include "testsupport.h"
#include "StoreFixture.h"
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

class TestJourneyNurse final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    User signIn(const QString &name, const QString &password) { return testsupport::signInAs(m_db, name, password); }

    template<typename W>
    static W *find(QWidget *in, const QString &name)
    {
        auto *w = in->findChild<W *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    // Types into a field as a person does: click it, select what is there, type.
    static void type(QWidget *in, const QString &name, const QString &text)
    {
        auto *e = find<QLineEdit>(in, name);
        e->setFocus();
        QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(e, Qt::Key_Delete);
        QTest::keyClicks(e, text);
    }

    // Picks a list entry with the keyboard: focus the box and type the start
    // of the entry's text.
    static void choose(QWidget *in, const QString &name, const QString &text)
    {
        auto *c = find<QComboBox>(in, name);
        c->setFocus();
        // Up to the first space: a space opens the list.
        QTest::keyClicks(c, text.section(QLatin1Char(' '), 0, 0));
        QVERIFY2(c->currentText().startsWith(text, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("%1 shows \"%2\", not \"%3\"").arg(name, c->currentText(), text)));
    }

    static QString status(MainWindow &w) { return w.statusBar()->currentMessage(); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        auto db = testsupport::openDemoStore(m_dir);
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        Dialogs::clear();
    }

    void cleanup()
    {
        QVERIFY(!Dialogs::hasPendingAnswers());
        m_db.reset();
    }

    void nurseTypesAHemgenixCaseAttachesSubmitsAndCorrects()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        QCOMPARE(nurse.role, Role::IntakeNurse);
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // File → New request.
        find<QAction>(&window, QStringLiteral("newRequestAction"))->trigger();
        auto *form = window.intakeForm();
        QTRY_VERIFY(form->isVisible());
        QCOMPARE(form->findChild<QScrollArea *>()->verticalScrollBar()->value(), 0);
        QTRY_VERIFY(find<QLineEdit>(form, QStringLiteral("memberName"))->hasFocus());

        type(form, QStringLiteral("memberName"), QStringLiteral("Tomas Okafor"));
        type(form, QStringLiteral("memberId"), QStringLiteral("M3000777"));
        type(form, QStringLiteral("birthDate"), QStringLiteral("1979-06-14"));
        choose(form, QStringLiteral("sexAtBirth"), QStringLiteral("male"));
        type(form, QStringLiteral("payer"), QStringLiteral("Cigna Healthcare"));
        type(form, QStringLiteral("plan"), QStringLiteral("Open Access Plus"));
        choose(form, QStringLiteral("lineOfBusiness"), QStringLiteral("commercial"));
        type(form, QStringLiteral("prescriberName"), QStringLiteral("Dr. Iris Hale"));
        type(form, QStringLiteral("prescriberNpi"), QStringLiteral("1234567893"));
        choose(form, QStringLiteral("prescriberSpecialty"), QStringLiteral("Hematology ("));

        // Hemgenix: one dose in genome copies per kg, no hours or micrograms.
        choose(form, QStringLiteral("drug"), QStringLiteral("Hemgenix"));
        auto *dose = find<QLineEdit>(form, QStringLiteral("dose"));
        QVERIFY(dose->isVisible());
        QVERIFY(!find<QLineEdit>(form, QStringLiteral("doseInterval"))->isVisible());
        QVERIFY(!find<QLineEdit>(form, QStringLiteral("quantity"))->isVisible());
        QVERIFY(!find<QLineEdit>(form, QStringLiteral("supplyDays"))->isVisible());
        QStringList labels;
        for (QLabel *l : form->findChildren<QLabel *>())
            if (l->isVisible())
                labels << l->text();
        QVERIFY2(!labels.contains(QStringLiteral("Quantity (mcg)")) && !labels.contains(QStringLiteral("Every (hours)")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(), [](const QString &t) { return t.contains(QStringLiteral("vg/kg")); }),
                 qPrintable(labels.join(QLatin1Char('|'))));
        type(form, QStringLiteral("dose"), QStringLiteral("2 × 10^13"));
        type(form, QStringLiteral("diagnoses"), QStringLiteral("D67"));
        choose(form, QStringLiteral("attest-prior-gene-therapy"), QStringLiteral("no"));

        // The weight is typed with a slip: 7000 kg is refused on screen, naming the field.
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addLab")), Qt::LeftButton);
        QTRY_VERIFY(find<QComboBox>(form, QStringLiteral("labName-0"))->hasFocus());
        choose(form, QStringLiteral("labName-0"), QStringLiteral("body weight"));
        type(form, QStringLiteral("labValue-0"), QStringLiteral("7000"));
        QCOMPARE(find<QComboBox>(form, QStringLiteral("labUnit-0"))->currentText(), QStringLiteral("kg"));
        const QString weighed = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        type(form, QStringLiteral("labDate-0"), weighed);
        auto *problems = find<QLabel>(form, QStringLiteral("intakeProblems"));
        QVERIFY2(problems->text().contains(
                     QStringLiteral("Lab 1 (body weight): body weight 7000 kg is not plausible; check the unit (at most 700 kg)")),
                 qPrintable(problems->text()));
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("submitIntake")), Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY2(problems->text().startsWith(QStringLiteral("Complete the form before submitting")), qPrintable(problems->text()));
        QVERIFY2(problems->text().contains(QStringLiteral("7000 kg")), qPrintable(problems->text()));
        QCOMPARE(status(window), QStringLiteral("The request was not submitted."));
        QCOMPARE(form->caseId(), 0); // nothing stored

        type(form, QStringLiteral("labValue-0"), QStringLiteral("78.4"));
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addLab")), Qt::LeftButton);
        choose(form, QStringLiteral("labName-1"), QStringLiteral("METAVIR"));
        type(form, QStringLiteral("labValue-1"), QStringLiteral("1"));
        type(form, QStringLiteral("labDate-1"), weighed);
        QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));

        // A clinic letter attached through the file dialog, before submitting.
        const QByteArray letterBytes = "%PDF-1.4\n% clinic letter for Tomas Okafor\n";
        const QString letter = writeFile(QStringLiteral("clinic-letter.pdf"), letterBytes);
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFiles, letter));
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("attachDocuments")), Qt::LeftButton);
        QCOMPARE(Dialogs::asked().back().kind, Dialogs::Kind::OpenFiles);
        auto *documents = find<QListWidget>(form, QStringLiteral("intakeDocuments"));
        QCOMPARE(documents->count(), 1);
        QVERIFY2(documents->item(0)->text().startsWith(QStringLiteral("clinic-letter.pdf")), qPrintable(documents->item(0)->text()));
        QVERIFY2(status(window).contains(QStringLiteral("clinic-letter.pdf")), qPrintable(status(window)));

        // Submit: the status bar says what happened, and the case opens.
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("submitIntake")), Qt::LeftButton);
        QTRY_VERIFY(window.caseView()->isVisible());
        const qint64 id = form->caseId();
        QVERIFY(id > 0);
        auto summary = CaseStore::summary(*m_db, id);
        QCOMPARE(summary->status, QStringLiteral("in-review"));
        QCOMPARE(status(window), QStringLiteral("%1 submitted for review with 1 document.").arg(summary->reference));
        auto stored = CaseStore::attachments(*m_db, id);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->at(0).fileName, QStringLiteral("clinic-letter.pdf"));
        QCOMPARE(CaseStore::attachmentBytes(*m_db, stored->at(0).id, nurse).value(), letterBytes);
        auto facts = CaseStore::facts(*m_db, id, nurse);
        QCOMPARE(facts->dosePerKg.value.value_or(0), 2e13);
        QCOMPARE(facts->labs.value(QStringLiteral("weight")).last().value, 78.4);

        // Before review starts she corrects the weight (File → Correct the open case).
        find<QAction>(&window, QStringLiteral("correctCaseAction"))->trigger();
        QTRY_VERIFY(form->isVisible());
        QVERIFY(form->correcting());
        QCOMPARE(dose->text(), QStringLiteral("2 × 10¹³"));
        QCOMPARE(find<QPushButton>(form, QStringLiteral("submitIntake"))->text().remove(QLatin1Char('&')), QStringLiteral("Save corrections"));
        QVERIFY(!find<QPushButton>(form, QStringLiteral("saveDraft"))->isVisible());
        int weightRow = -1;
        for (int r = 0; weightRow < 0 && form->findChild<QComboBox *>(QStringLiteral("labName-%1").arg(r)); ++r)
            if (find<QComboBox>(form, QStringLiteral("labName-%1").arg(r))->currentData().toString() == QLatin1String("weight"))
                weightRow = r;
        QVERIFY(weightRow >= 0);
        type(form, QStringLiteral("labValue-%1").arg(weightRow), QStringLiteral("80.1"));
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("submitIntake")), Qt::LeftButton);
        QVERIFY2(status(window) == QStringLiteral("%1: 1 fact corrected.").arg(summary->reference), qPrintable(problems->text()));
        auto *history = find<QListWidget>(form, QStringLiteral("intakeHistory"));
        QVERIFY(history->isVisible());
        QCOMPARE(history->count(), 1);
        QVERIFY2(history->item(0)->text().contains(QStringLiteral("nurse · body weight (%1): 78.4 kg → 80.1 kg").arg(weighed)),
                 qPrintable(history->item(0)->text()));
        QCOMPARE(CaseStore::facts(*m_db, id, nurse)->labs.value(QStringLiteral("weight")).last().value, 80.1);

        // Saved: leaving asks nothing.
        const auto askedBefore = Dialogs::asked().size();
        find<QAction>(&window, QStringLiteral("showWorklistAction"))->trigger();
        QTRY_VERIFY(window.worklist()->isVisible());
        QVERIFY2(Dialogs::asked().size() == askedBefore, qPrintable(Dialogs::asked().back().text));
    }

    void leavingWithUnsavedDataAsks()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        find<QAction>(&window, QStringLiteral("newRequestAction"))->trigger();
        auto *form = window.intakeForm();
        QTRY_VERIFY(form->isVisible());

        // An untouched form is left without a question.
        find<QAction>(&window, QStringLiteral("showWorklistAction"))->trigger();
        QVERIFY(window.worklist()->isVisible());
        QVERIFY(Dialogs::asked().empty());

        find<QAction>(&window, QStringLiteral("newRequestAction"))->trigger();
        QTRY_VERIFY(form->isVisible());
        type(form, QStringLiteral("memberName"), QStringLiteral("Ana Lima"));
        // A document dropped on the form waits for the save.
        const QString note = writeFile(QStringLiteral("infusion-log.txt"), "12 doses in 28 days");
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(note)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(form, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(form, &drop);
        QVERIFY2(find<QListWidget>(form, QStringLiteral("intakeDocuments"))->item(0)->text().startsWith(QStringLiteral("infusion-log.txt")),
                 qPrintable(find<QListWidget>(form, QStringLiteral("intakeDocuments"))->item(0)->text()));

        // Ctrl+1 (View → Worklist): asked; Cancel stays on the form with the data.
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::Cancel));
        find<QAction>(&window, QStringLiteral("showWorklistAction"))->trigger();
        QCOMPARE(Dialogs::asked().back().kind, Dialogs::Kind::Question);
        QCOMPARE(Dialogs::asked().back().title, QStringLiteral("Unsaved request"));
        QVERIFY(form->isVisible());
        QCOMPARE(find<QLineEdit>(form, QStringLiteral("memberName"))->text(), QStringLiteral("Ana Lima"));

        // Policies: asked again; Save keeps it as a draft with its document.
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::Save));
        find<QAction>(&window, QStringLiteral("showPoliciesAction"))->trigger();
        QVERIFY(!form->isVisible());
        const qint64 id = form->caseId();
        QVERIFY(id > 0);
        const QString reference = CaseStore::summary(*m_db, id)->reference;
        QCOMPARE(status(window), QStringLiteral("Draft %1 saved with 1 new document.").arg(reference));
        QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("intake"));
        QCOMPARE(CaseStore::attachments(*m_db, id)->size(), 1);

        // New request, typed, then Discard: nothing stored, the worklist shows.
        find<QAction>(&window, QStringLiteral("newRequestAction"))->trigger();
        QTRY_VERIFY(form->isVisible());
        QVERIFY(find<QLineEdit>(form, QStringLiteral("memberName"))->text().isEmpty());
        type(form, QStringLiteral("memberName"), QStringLiteral("Discarded Person"));
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::Discard));
        find<QAction>(&window, QStringLiteral("showWorklistAction"))->trigger();
        QVERIFY(window.worklist()->isVisible());
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE member_name = 'Discarded Person'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);

        // The draft opens again from the worklist, scrolled to the top.
        window.intakeForm()->findChild<QScrollArea *>()->verticalScrollBar()->setValue(400);
        QVERIFY_OPENED(testsupport::searchWorklist(&window, QStringLiteral("Ana Lima")));
        QVERIFY_OPENED(testsupport::activateWorklistRow(&window, QString()));
        QTRY_VERIFY(form->isVisible());
        QCOMPARE(form->findChild<QScrollArea *>()->verticalScrollBar()->value(), 0);
        QCOMPARE(find<QLineEdit>(form, QStringLiteral("memberName"))->text(), QStringLiteral("Ana Lima"));
        // Quitting with unsaved changes asks too.
        type(form, QStringLiteral("memberId"), QStringLiteral("M1"));
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::Cancel));
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        Dialogs::answerNext(Dialogs::button(Dialogs::Kind::Question, QMessageBox::Discard));
        QVERIFY(window.close());
    }

    void everyIntakeControlHasAName()
    {
        const User nurse = signIn(QStringLiteral("nurse"), QStringLiteral("demo-nurse-pass"));
        MainWindow window(m_db, nurse, PolicyLibrary::builtIn());
        window.show();
        find<QAction>(&window, QStringLiteral("newRequestAction"))->trigger();
        auto *form = window.intakeForm();
        QTRY_VERIFY(form->isVisible());
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addLab")), Qt::LeftButton);
        QStringList unnamed;
        for (QWidget *w : form->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(form) || w->focusPolicy() == Qt::NoFocus || qobject_cast<QScrollBar *>(w)
                || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QString name = w->accessibleName();
            if (name.isEmpty())
                for (QLabel *l : form->findChildren<QLabel *>())
                    if (l->buddy() == w)
                        name = l->text();
            if (name.isEmpty())
                if (auto *b = qobject_cast<QAbstractButton *>(w))
                    name = b->text();
            if (name.isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // Tab goes down the form in layout order.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        find<QLineEdit>(form, QStringLiteral("memberName"))->setFocus();
        QStringList order;
        for (int i = 0; i < 14; ++i) {
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            order << focused->objectName();
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        QCOMPARE(order.mid(0, 14), (QStringList{QStringLiteral("memberName"), QStringLiteral("memberId"), QStringLiteral("birthDate"),
                                                QStringLiteral("sexAtBirth"), QStringLiteral("memberLanguage"), QStringLiteral("payer"),
                                                QStringLiteral("plan"), QStringLiteral("lineOfBusiness"), QStringLiteral("prescriberName"),
                                                QStringLiteral("prescriberNpi"), QStringLiteral("prescriberSpecialty"),
                                                QStringLiteral("prescriberAtHtc"), QStringLiteral("drug"), QStringLiteral("dose")}));
    }
};

QTEST_MAIN(TestJourneyNurse)
#include "tst_journey_nurse.moc"
