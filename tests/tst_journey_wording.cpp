// What people read in the window, checked as they see it (issue 10, the
// wording points): every message goes through the translator under the
// context lupdate files it in, imported facts name their bundle and who
// imported it, evidence is listed once with local dates, a referral names
// its policy once, the lab history labels an inhibitor limit as the policy
// reads it, says when there are no results and closes, one empty lab value
// is one problem, the intake form asks only the drug's attestations without
// a second scroll bar, and cases are named by their reference.
//
// Translations are checked with a probe translator installed over the real
// ones: it marks the messages of the contexts it is asked for («…»), so a
// message that bypasses the translator, or is filed under a context lupdate
// does not produce, shows up unmarked. The Spanish words themselves come
// from translations/pareview_es.ts, checked by tst_translations.

#include "MainWindow.h"
#include "admin/AuditView.h"
#include "common/Dialogs.h"
#include "common/SignInDialog.h"
#include "intake/IntakeForm.h"
#include "review/CaseView.h"
#include "review/CriteriaModel.h"
#include "review/LabHistoryDialog.h"
#include "SignIn.h"
#include "OpenCase.h"
#include "testsupport.h"

#include "catalog/Catalog.h"
#include "intake/FhirImporter.h"
#include "policy/PolicyLibrary.h"
#include "review/ReviewedEvaluation.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/DemoData.h"
#include "store/Review.h"
#include "StoreFixture.h"

#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

using namespace pareview;

namespace {

// Marks every message of the given contexts: «source».
class ProbeTranslator final : public QTranslator
{
public:
    explicit ProbeTranslator(QStringList contexts)
        : m_contexts(std::move(contexts))
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!m_contexts.contains(QLatin1String(context)))
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }

private:
    QStringList m_contexts;
};

} // namespace

class TestJourneyWording final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    PolicyLibrary m_library = PolicyLibrary::builtIn();

    template<typename W>
    static W *find(QObject *in, const QString &name)
    {
        auto *w = in->findChild<W *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    User signIn(const QString &name) { return testsupport::signInDemo(m_db, name, testsupport::SignInBy::Enter); }

    static void openFromWorklist(MainWindow &window, const QString &search)
    {
        window.findChild<QAction *>(QStringLiteral("showWorklistAction"))->trigger();
        QVERIFY_OPENED(testsupport::searchWorklist(&window, search));
        QVERIFY_OPENED(testsupport::activateWorklistRow(&window, QString()));
    }

    static void selectCriterion(MainWindow &window, const QString &label)
    {
        auto *tree = find<QTreeView>(&window, QStringLiteral("criteriaTree"));
        const QModelIndex index = window.caseView()->criteria()->indexOf(label);
        QVERIFY2(index.isValid(), qPrintable(label));
        tree->scrollTo(index);
        testsupport::clickRow(tree, index);
        QCOMPARE(tree->currentIndex().siblingAtColumn(0), index);
    }

    static QString detailText(MainWindow &window) { return find<QTextBrowser>(&window, QStringLiteral("criterionDetail"))->toPlainText(); }

    static void type(QWidget *in, const QString &name, const QString &text)
    {
        auto *e = find<QLineEdit>(in, name);
        e->setFocus();
        QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(e, Qt::Key_Delete);
        QTest::keyClicks(e, text);
    }

    static void choose(QWidget *in, const QString &name, const QString &data)
    {
        auto *c = find<QComboBox>(in, name);
        c->setFocus();
        QTest::keyClick(c, Qt::Key_Home);
        while (c->currentData().toString() != data && c->currentIndex() < c->count() - 1)
            QTest::keyClick(c, Qt::Key_Down);
        QCOMPARE(c->currentData().toString(), data);
    }

    qint64 caseOf(const QString &member)
    {
        auto q = m_db->exec(QStringLiteral("SELECT id FROM cases WHERE member_name = :m ORDER BY id DESC"), {{QStringLiteral("m"), member}});
        return q && q->next() ? q->value(0).toLongLong() : 0;
    }

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
        m_db.reset();
        QLocale::setDefault(QLocale::c());
    }

    // The referral case PA-0000008 read in Spanish: the line of business from
    // the catalog, the recommendation through the translator, the referral policy named
    // once, the policy's words from the letters' Spanish text, evidence once
    // each with nothing empty.
    void referralCaseReadsInSpanish()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        ProbeTranslator probe({QStringLiteral("pareview::ReviewedEvaluations")});
        QCoreApplication::installTranslator(&probe);
        const User reviewer = signIn(QStringLiteral("reviewer"));
        QVERIFY(reviewer.id > 0);
        MainWindow window(m_db, reviewer, m_library);
        window.show();
        openFromWorklist(window, QStringLiteral("PA-0000008"));
        QTRY_VERIFY(window.caseView()->isVisible());
        const QString header = find<QLabel>(&window, QStringLiteral("caseHeader"))->text();
        // The line of business named as the catalog names it in Spanish.
        const LineOfBusiness *medicaid = Catalog::current().lineOfBusiness(QStringLiteral("medicaid"));
        QVERIFY(medicaid);
        QVERIFY2(header.contains(medicaid->names.es), qPrintable(header));
        const QString recommendation = find<QLabel>(&window, QStringLiteral("recommendation"))->text();
        QVERIFY2(recommendation.contains(QStringLiteral("«refer to another policy»")), qPrintable(recommendation));
        // Worded by the phrase book in Spanish, and CP.PMN.53 said once.
        QVERIFY2(recommendation.contains(QStringLiteral("se revisa según la póliza")), qPrintable(recommendation));
        QCOMPARE(recommendation.count(QStringLiteral("CP.PMN.53")), 1);

        selectCriterion(window, QStringLiteral("I.A"));
        const QString detail = detailText(window);
        QVERIFY2(!detail.contains(QStringLiteral("; ;")), qPrintable(detail));
        QVERIFY2(detail.count(QStringLiteral("PA-0000008")) <= 1, qPrintable(detail));
        const QString evidence = detail.section(QStringLiteral("Evidence:"), 1).section(QLatin1Char('\n'), 0, 0);
        const QStringList entries = evidence.split(QStringLiteral("; "));
        QCOMPARE(QSet<QString>(entries.cbegin(), entries.cend()).size(), entries.size());
        for (const QString &e : entries)
            QVERIFY2(!e.trimmed().isEmpty(), qPrintable(evidence));
        // Sources in words: the lab by its catalog name in Spanish, the
        // attestation by its question, no bundle-entry notation or linkIds.
        QVERIFY2(!evidence.contains(QStringLiteral("entry[")), qPrintable(evidence));
        QVERIFY2(!evidence.contains(QStringLiteral("inhibitor-history")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("título de inhibidor del factor VIII")), qPrintable(evidence));
        QVERIFY2(evidence.contains(Catalog::current().attestation(QStringLiteral("inhibitor-history"))->question.es), qPrintable(evidence));

        // The policy's own words of I.A.1.a, in the Spanish the letters use.
        selectCriterion(window, QStringLiteral("I.A.1.a"));
        QVERIFY2(detailText(window).contains(QStringLiteral("Hemofilia A o B congénita con inhibidores")), qPrintable(detailText(window)));
        QCoreApplication::removeTranslator(&probe);
    }

    // The recommendation's reason, built from the criteria, goes through the
    // translator under ReviewedEvaluation's context.
    void recommendationReasonIsTranslated()
    {
        ProbeTranslator probe({QStringLiteral("pareview::ReviewedEvaluation")});
        QCoreApplication::installTranslator(&probe);
        Evaluation met;
        met.recommendation = Recommendation::Meets;
        met.pathway = QStringLiteral("1");
        QCOMPARE(ReviewedEvaluation::reasonFor(met), QStringLiteral("«every criterion of %1 is met»").arg(1));
        Evaluation notMet;
        notMet.recommendation = Recommendation::DoesNotMeet;
        CriterionResult section;
        section.label = QStringLiteral("1");
        section.status = CriterionStatus::NotMet;
        CriterionResult d;
        d.label = QStringLiteral("1.D");
        d.status = CriterionStatus::NotMet;
        d.depth = 1;
        notMet.criteria = {section, d};
        QCOMPARE(ReviewedEvaluation::reasonFor(notMet), QStringLiteral("«not met: %1»").arg(QStringLiteral("1.D")));
        QCoreApplication::removeTranslator(&probe);
        QCOMPARE(ReviewedEvaluation::reasonFor(met), QStringLiteral("every criterion of 1 is met"));
    }

    // A refusal to prepare a decision is a message for people: translated,
    // naming the case by its reference.
    void decisionRefusalIsTranslated()
    {
        ProbeTranslator probe({QStringLiteral("pareview::DecisionDrafts")});
        QCoreApplication::installTranslator(&probe);
        const User director = signIn(QStringLiteral("director"));
        auto draft = DecisionDrafts::prepare(*m_db, m_library, 1, QStringLiteral("appeal"), QString(), director);
        QVERIFY(!draft);
        QVERIFY2(draft.error().startsWith(QStringLiteral("«outcome")), qPrintable(draft.error()));
        QCoreApplication::removeTranslator(&probe);
    }

    // The correction history stores its field names in English and shows
    // them through the translator (context CaseStore), dates local.
    void correctionHistoryIsTranslatedWhereShown()
    {
        const User nurse = signIn(QStringLiteral("nurse"));
        // A case submitted, review not started: the nurse corrects the member's name.
        const qint64 id = caseOf(QStringLiteral("Elias Moreno"));
        QVERIFY(id > 0);
        auto facts = CaseStore::facts(*m_db, id, nurse);
        QVERIFY(facts);
        QVERIFY(Review::submitForReview(*m_db, id, nurse));
        CaseFacts corrected = facts.value();
        corrected.memberName.value = QStringLiteral("Elías Moreno");
        auto changed = CaseStore::correct(*m_db, id, corrected, nurse);
        QVERIFY2(changed, qPrintable(changed.error()));
        auto history = CaseStore::corrections(*m_db, id);
        QVERIFY(history && history->size() == 1);
        QCOMPARE(history->first().field, QStringLiteral("Member name")); // stored in English

        ProbeTranslator probe({QStringLiteral("CaseStore")});
        QCoreApplication::installTranslator(&probe);
        const User reviewer = signIn(QStringLiteral("reviewer"));
        MainWindow window(m_db, reviewer, m_library);
        window.show();
        openFromWorklist(window, QStringLiteral("Moreno"));
        QTRY_VERIFY(window.caseView()->isVisible());
        auto *table = find<QTableWidget>(&window, QStringLiteral("correctionHistory"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("«Member name»"));
        QCoreApplication::removeTranslator(&probe);
    }

    // A bundle imported from the window: the status bar names the case by
    // its reference; each imported fact names the bundle file and the nurse
    // who imported it, and keeps that when she saves the draft unchanged.
    void importedFactsNameTheirBundle()
    {
        const User nurse = signIn(QStringLiteral("nurse"));
        MainWindow window(m_db, nurse, m_library);
        window.show();
        const QString bundle = testsupport::sharedPath(QStringLiteral("spec/examples/hg-01-complete.json"));
        QVERIFY2(QFile::exists(bundle), qPrintable(bundle));
        Dialogs::answerNext(Dialogs::path(Dialogs::Kind::OpenFile, bundle));
        window.findChild<QAction *>(QStringLiteral("importBundleAction"))->trigger();
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Imported")));
        auto newest = m_db->exec(QStringLiteral("SELECT id, reference FROM cases ORDER BY id DESC"));
        QVERIFY(newest && newest->next());
        const qint64 id = newest->value(0).toLongLong();
        const QString reference = newest->value(1).toString();
        QVERIFY2(window.statusBar()->currentMessage().contains(reference), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("case %1.").arg(id)), qPrintable(window.statusBar()->currentMessage()));

        auto check = [&] {
            auto facts = CaseStore::storedFacts(*m_db, id);
            QVERIFY(facts);
            QVERIFY(!facts->labs.isEmpty());
            for (const auto &series : std::as_const(facts->labs))
                for (const Measurement &m : series)
                    QVERIFY2(m.source.startsWith(QStringLiteral("hg-01-complete.json entry[")) && m.source.endsWith(QStringLiteral(", imported by nurse")),
                             qPrintable(m.source));
            for (const Attestation &a : std::as_const(facts->attestations))
                QVERIFY2(a.source.contains(QStringLiteral("hg-01-complete.json")) || a.source.startsWith(QStringLiteral("typed by")), qPrintable(a.source));
        };
        check();
        // An imported bundle is a submitted request: it opens in the case
        // view, waiting for review, every fact naming the bundle.
        QTRY_VERIFY(window.caseView()->isVisible());
        QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("in-review"));
        check();
    }

    // The lab history of CP.PHAR.220 I.A.1.a ("with inhibitors"): the limit
    // as the policy reads it (a titer of at least 0.6 BU is positive), a
    // sentence for a lab with no results, and a Close button.
    void labHistoryLabelsAndCloses()
    {
        const User reviewer = signIn(QStringLiteral("reviewer"));
        MainWindow window(m_db, reviewer, m_library);
        window.show();
        openFromWorklist(window, QStringLiteral("PA-0000008"));
        QTRY_VERIFY(window.caseView()->isVisible());
        selectCriterion(window, QStringLiteral("I.A.1.a"));
        const QList<LabHistoryDialog *> before = window.caseView()->findChildren<LabHistoryDialog *>();
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("labHistoryButton")), Qt::LeftButton);
        QPointer<LabHistoryDialog> dialog = testsupport::newlyShown(window.caseView(), before); // deletes itself once closed
        QVERIFY(dialog);
        QStringList legends;
        for (QChartView *view : dialog->findChildren<QChartView *>())
            for (QAbstractSeries *s : view->chart()->series())
                legends << s->name();
        QVERIFY2(legends.contains(QStringLiteral("policy: at least 0.6")), qPrintable(legends.join(QStringLiteral(" | "))));
        QVERIFY2(!legends.join(QLatin1Char(' ')).contains(QStringLiteral("below 0.6")), qPrintable(legends.join(QStringLiteral(" | "))));
        auto *buttons = find<QDialogButtonBox>(dialog, QStringLiteral("labHistoryButtons"));
        QPushButton *close = buttons->button(QDialogButtonBox::Close);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // it deletes itself once closed

        // A lab with no result on record: a sentence, not an empty chart.
        CaseFacts none;
        LabHistoryDialog empty(none, {LabThreshold{QStringLiteral("fix-activity"), QStringLiteral("<="), 2.0, std::nullopt, {}}},
                               QDate(2026, 11, 21), QStringLiteral("1.D"));
        QCOMPARE(empty.chartCount(), 0);
        QVERIFY(empty.findChild<QLabel *>(QStringLiteral("noResults-fix-activity")));
        QVERIFY(!empty.findChild<QChartView *>());
    }

    // The intake form: an empty lab value is one problem; the attestations
    // are the drug's policies' and the table needs no scroll bar of its own.
    void intakeFormAsksOnce()
    {
        const User nurse = signIn(QStringLiteral("nurse"));
        MainWindow window(m_db, nurse, m_library);
        window.show();
        window.findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        IntakeForm *form = window.intakeForm();
        QTRY_VERIFY(form->isVisible());
        QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addLab")), Qt::LeftButton);
        choose(form, QStringLiteral("labName-0"), QStringLiteral("weight"));
        // Neither value nor date typed yet: one problem, the value.
        const QStringList problems = find<QLabel>(form, QStringLiteral("intakeProblems"))->text().split(QLatin1Char('\n'));
        QStringList aboutTheLab;
        for (const QString &p : problems)
            if (p.startsWith(QStringLiteral("Lab 1")))
                aboutTheLab << p;
        QCOMPARE(aboutTheLab.size(), 1);

        auto *table = find<QTableWidget>(form, QStringLiteral("attestationsTable"));
        choose(form, QStringLiteral("drug"), QStringLiteral("hemgenix"));
        const QStringList asked = m_library.attestationItems(QStringLiteral("hemgenix"), QDate::currentDate());
        QVERIFY(asked.contains(QStringLiteral("prior-gene-therapy")));
        QStringList shown;
        for (int r = 0; r < table->rowCount(); ++r)
            if (!table->isRowHidden(r))
                shown << table->item(r, 0)->data(Qt::UserRole).toString();
        QVERIFY(!shown.isEmpty());
        for (const QString &item : std::as_const(shown))
            QVERIFY2(asked.contains(item), qPrintable(item));
        // Factor VIIa's questions are not a gene therapy's.
        QVERIFY(!shown.contains(QStringLiteral("on-demand-factor-for-spontaneous-bleeds")) || asked.contains(QStringLiteral("on-demand-factor-for-spontaneous-bleeds")));
        QCOMPARE(table->verticalScrollBar()->maximum(), 0);
        int rows = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            if (!table->isRowHidden(r))
                rows += table->rowHeight(r);
        QVERIFY(table->height() >= rows + table->horizontalHeader()->height());
    }

    // The audit trail names cases by their reference.
    void auditNamesTheReference()
    {
        const User admin = signIn(QStringLiteral("admin"));
        MainWindow window(m_db, admin, m_library);
        window.show();
        openFromWorklist(window, QStringLiteral("PA-0000003"));
        auto *audit = window.findChild<QAction *>(QStringLiteral("showAuditAction"));
        QVERIFY(audit);
        audit->trigger();
        auto *table = find<QTableWidget>(&window, QStringLiteral("auditTable"));
        QTRY_VERIFY(table->rowCount() > 0);
        bool reference = false;
        for (int r = 0; r < table->rowCount(); ++r)
            reference = reference || table->item(r, 2)->text() == QStringLiteral("PA-0000003");
        QVERIFY(reference);
    }
};

QTEST_MAIN(TestJourneyWording)
#include "tst_journey_wording.moc"
