// Superseding a determination, and what reaches the member. A determined
// case is never decided again by accident: only a medical director
// supersedes, with a reason, from a final determination; the new letter says
// which letter it replaces (English and Spanish). Reviewer notes and the
// rationale are internal: no letter, issued or previewed, carries them; the
// member reads the plain-language explanation the letter builds, or the one
// the medical director edited. The preview before recording is marked DRAFT.
// Letters read back with pdftotext. On SQLite and on PostgreSQL.

#include "CaseBuilder.h"
#include "StoreFixture.h"
#include "cli/Cli.h"
#include "letters/CriteriaSnapshot.h"
#include "letters/Letters.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

const QString kPolicy = QStringLiteral("cigna-ip0535");
const QString kNote = QStringLiteral("per clinic letter of Dr Vance, NOTE-7731");
const QString kRationale = QStringLiteral("INTERNAL-RATIONALE-5529 discussed with pharmacy");

struct CliRun
{
    int code;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, const QByteArray &input)
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = pareview::cli::run(args, { in, o, e });
    o.flush();
    e.flush();
    return { code, out, err };
}

} // namespace

class TestSupersede final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin, m_nurse, m_reviewer, m_director;
    QTemporaryDir m_dir;
    const PolicyLibrary &m_library = library();
    int m_files = 0;

    qint64 newCase(const CaseFacts &facts, const QString &language = QStringLiteral("en"))
    {
        auto id = CaseStore::create(*m_db, facts, m_nurse);
        if (!id || !Review::submitForReview(*m_db, id.value(), m_nurse)) // reviewed once submitted
            return -1;
        if (language != QLatin1String("en"))
            (void)m_db->exec(QStringLiteral("UPDATE cases SET language = :l WHERE id = :id"),
                             { { QStringLiteral("l"), language }, { QStringLiteral("id"), id.value() } });
        return id.value();
    }

    static CaseFacts denialFacts()
    {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate(2026, 11, 5), 40);
        return b.facts();
    }

    static CaseFacts informationFacts()
    {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.removeLab(QStringLiteral("fix-inhibitor"));
        return b.facts();
    }

    DeterminationInput drafted(qint64 id, const QString &outcome, const User &by, const QString &reason = QString(),
                               const QString &policy = kPolicy)
    {
        auto draft = DecisionDrafts::prepare(*m_db, m_library, id, outcome, reason, by, policy);
        if (!draft) {
            qWarning("%s", qPrintable(draft.error()));
            return {};
        }
        return draft->input;
    }

    // An approved case with its English letter issued.
    qint64 approvedAndIssued(const QString &language = QStringLiteral("en"))
    {
        const qint64 id = newCase(exampleFacts(QStringLiteral("hg-01-complete")), language);
        if (!Review::determine(*m_db, id, drafted(id, QStringLiteral("approve"), m_director), m_director))
            return -1;
        if (!Letters::issue(*m_db, m_library, id, {}, m_director))
            return -1;
        return id;
    }

    QString textOf(const QByteArray &pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("letter-%1.pdf").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            return QStringLiteral("<cannot write %1>").arg(path);
        f.close();
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("<pdftotext failed>");
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    qint64 count(const QString &sql, const QVariantMap &values = {})
    {
        auto q = m_db->exec(sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        m_admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"),
                             QStringLiteral("Nina Ruiz"), QStringLiteral("RN"), &m_admin)
                      .value();
        m_reviewer = Users::add(*m_db, QStringLiteral("rita"), Role::ClinicalReviewer, QStringLiteral("reviewer password"),
                                QStringLiteral("Rita Okafor"), QStringLiteral("PharmD"), &m_admin)
                         .value();
        m_director = Users::add(*m_db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("director password"),
                                QStringLiteral("Mark Chen"), QStringLiteral("MD"), &m_admin)
                         .value();
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void supersedeRules_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<QString>("message");
        QTest::newRow("determine again") << QStringLiteral("determine") << QStringLiteral("already letter-issued");
        QTest::newRow("a reviewer supersedes") << QStringLiteral("reviewer") << QStringLiteral("only a medical director supersedes");
        QTest::newRow("no reason") << QStringLiteral("no-reason") << QStringLiteral("needs a reason");
        QTest::newRow("a blank reason") << QStringLiteral("blank-reason") << QStringLiteral("needs a reason");
        QTest::newRow("nothing to supersede") << QStringLiteral("undetermined") << QStringLiteral("no final determination to supersede");
    }

    void supersedeRules()
    {
        QFETCH(QString, attempt);
        QFETCH(QString, message);
        qint64 id = attempt == QLatin1String("undetermined") ? newCase(exampleFacts(QStringLiteral("hg-01-complete")))
                                                             : approvedAndIssued();
        QVERIFY(id > 0);
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM determinations"));
        const QString status = CaseStore::summary(*m_db, id)->status;
        const DeterminationInput in = drafted(id, QStringLiteral("approve"), m_director);
        Result<qint64> r = qint64(0);
        if (attempt == QLatin1String("determine"))
            r = Review::determine(*m_db, id, in, m_director);
        else if (attempt == QLatin1String("reviewer"))
            r = Review::supersede(*m_db, id, in, QStringLiteral("wrong period"), m_reviewer);
        else if (attempt == QLatin1String("no-reason"))
            r = Review::supersede(*m_db, id, in, QString(), m_director);
        else if (attempt == QLatin1String("blank-reason"))
            r = Review::supersede(*m_db, id, in, QStringLiteral("   "), m_director);
        else
            r = Review::supersede(*m_db, id, in, QStringLiteral("wrong period"), m_director);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), before); // nothing recorded
        QCOMPARE(CaseStore::summary(*m_db, id)->status, status);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'refused.%'")) >= 1);
    }

    void supersedeRecordsTheReasonAndWhatItReplaces()
    {
        const qint64 id = approvedAndIssued();
        QVERIFY(id > 0);
        const StoredDetermination first = *Review::latestDetermination(*m_db, id).value();
        const IssuedLetter firstLetter = Letters::issued(*m_db, id)->first();
        DeterminationInput in = drafted(id, QStringLiteral("approve"), m_director);
        in.approvalEnd = in.approvalStart.addDays(30);
        auto r = Review::supersede(*m_db, id, in, QStringLiteral("approval period entered wrong"), m_director);
        QVERIFY2(r, qPrintable(r.error()));
        const StoredDetermination now = *Review::latestDetermination(*m_db, id).value();
        QCOMPARE(now.id, r.value());
        QCOMPARE(now.supersedes.value_or(0), first.id);
        QCOMPARE(now.supersedeReason, QStringLiteral("approval period entered wrong"));
        QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("determined"));
        auto audit = m_db->exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'case.supersede' AND case_id = :c"),
                                { { QStringLiteral("c"), id } });
        QVERIFY(audit && audit->next());
        const QString detail = audit->value(0).toString();
        QVERIFY2(detail.contains(QStringLiteral("approval period entered wrong")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("letter %1").arg(firstLetter.id)), qPrintable(detail));
        QVERIFY(AuditLog::verify(*m_db));

        // The old letter stays, no longer in force; the new one is issued for the new determination.
        auto issued = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY2(issued, qPrintable(issued.error()));
        QVERIFY(issued->newlyIssued);
        const auto letters = Letters::issued(*m_db, id).value();
        QCOMPARE(letters.size(), 2);
        QVERIFY(!letters.at(0).current);
        QVERIFY(letters.at(1).current);
        QCOMPARE(letters.at(1).kind, QStringLiteral("approval"));
        QCOMPARE(letters.at(1).issuedByName, QStringLiteral("Mark Chen"));
        QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("letter-issued"));
    }

    void newLetterSaysWhichLetterItReplaces_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("replaces");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("This letter replaces our approval letter of %1 (letter no. %2)");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Esta carta sustituye a nuestra carta de aprobación del %1 (carta n.º %2)");
    }

    void newLetterSaysWhichLetterItReplaces()
    {
        QFETCH(QString, language);
        QFETCH(QString, replaces);
        const qint64 id = approvedAndIssued(language);
        QVERIFY(id > 0);
        const IssuedLetter old = Letters::issued(*m_db, id)->first();
        const QDate issuedOn = QDateTime::fromString(old.issuedAt, Qt::ISODateWithMs).toUTC().date();
        const QString expected = replaces.arg(language == QLatin1String("es")
                                                  ? QLocale(QLocale::Spanish, QLocale::UnitedStates).toString(issuedOn, QStringLiteral("d 'de' MMMM 'de' yyyy"))
                                                  : QLocale(QLocale::English, QLocale::UnitedStates).toString(issuedOn, QStringLiteral("MMMM d, yyyy")))
                                     .arg(old.id);
        QVERIFY(!textOf(old.pdf).contains(replaces.left(20))); // the first letter replaces nothing

        DeterminationInput in = drafted(id, QStringLiteral("approve"), m_director);
        in.approvalEnd = in.approvalStart.addDays(30);
        // The preview of the supersede says it already, marked DRAFT.
        auto draft = Letters::draft(*m_db, m_library, id, in, {}, m_director);
        QVERIFY2(draft, qPrintable(draft.error()));
        QVERIFY(Letters::render(draft.value()));
        const QString draftText = textOf(draft->pdf);
        QVERIFY2(draftText.contains(expected), qPrintable(draftText));
        QVERIFY(draftText.contains(language == QLatin1String("es") ? QStringLiteral("BORRADOR") : QStringLiteral("DRAFT")));

        QVERIFY(Review::supersede(*m_db, id, in, QStringLiteral("REASON-8812"), m_director));
        auto letter = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY2(letter, qPrintable(letter.error()));
        const QString text = textOf(letter->pdf);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("DRAFT")) && !text.contains(QStringLiteral("BORRADOR")));
        QVERIFY(!text.contains(QStringLiteral("REASON-8812"))); // the reason is internal
    }

    // A request for information answered is not "replaced": the next letter
    // is simply the decision.
    void aPendedCaseThatComesBackReplacesNothing()
    {
        const qint64 id = newCase(informationFacts());
        QVERIFY(Review::determine(*m_db, id, drafted(id, QStringLiteral("pend"), m_director), m_director));
        QVERIFY(Letters::issue(*m_db, m_library, id, {}, m_director));
        QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("pended"));
        // The superseding path is for final determinations only.
        auto refused = Review::supersede(*m_db, id, drafted(id, QStringLiteral("pend"), m_director), QStringLiteral("x"), m_director);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("no final determination")), qPrintable(refused.error()));
        // The inhibitor test arrives; the nurse completes the case and sends it back.
        QVERIFY(CaseStore::updateDraft(*m_db, id, exampleFacts(QStringLiteral("hg-01-complete")), m_nurse));
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        auto approved = Review::determine(*m_db, id, drafted(id, QStringLiteral("approve"), m_director), m_director);
        QVERIFY2(approved, qPrintable(approved.error()));
        auto letter = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY2(letter, qPrintable(letter.error()));
        const QString text = textOf(letter->pdf);
        QVERIFY2(text.contains(QStringLiteral("approved")) || text.contains(QStringLiteral("approve")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("replaces")), qPrintable(text));
        QCOMPARE(CaseStore::summary(*m_db, id)->status, QStringLiteral("letter-issued"));
    }

    void noNoteOrRationaleInAnyLetter_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("language");
        for (const char *outcome : { "deny", "pend" })
            for (const char *language : { "en", "es" })
                QTest::addRow("%s, %s", outcome, language) << QString::fromLatin1(outcome) << QString::fromLatin1(language);
    }

    void noNoteOrRationaleInAnyLetter()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, language);
        const bool deny = outcome == QLatin1String("deny");
        const qint64 id = newCase(deny ? denialFacts() : informationFacts(), language);
        // The criterion the letter rests on, decided by the reviewer with a note.
        const DeterminationInput before = drafted(id, outcome, m_director);
        QVERIFY(!before.criteriaSnapshot.isEmpty());
        const QString label = deny ? QStringLiteral("1.I.i") : QString();
        QString decided = label;
        if (!deny) {
            // The first criterion the request for information asks about.
            auto snapshot = letters::CriteriaSnapshot::parse(before.criteriaSnapshot);
            QVERIFY2(snapshot && !snapshot->missingInformation().isEmpty(), "nothing missing");
            decided = snapshot->missingInformation().first().label;
        }
        CriterionDecision d;
        d.policyId = kPolicy;
        d.label = decided;
        d.status = deny ? QStringLiteral("not-met") : QStringLiteral("unknown");
        d.note = kNote;
        QVERIFY(Review::recordDecision(*m_db, id, d, m_reviewer));
        DeterminationInput in = drafted(id, outcome, m_director, kRationale);
        QCOMPARE(in.rationale, kRationale);
        QVERIFY(in.criteriaSnapshot.contains(QStringLiteral("NOTE-7731"))); // kept internally with the decision

        // Not in the explanation the director is offered…
        auto explanation = Letters::explanation(*m_db, id, in);
        QVERIFY2(explanation, qPrintable(explanation.error()));
        QVERIFY(!explanation->isEmpty());
        QVERIFY2(!explanation->contains(QStringLiteral("NOTE-7731")), qPrintable(explanation.value()));
        QVERIFY2(explanation->contains(decided), qPrintable(explanation.value()));
        // …nor in the DRAFT preview…
        auto draft = Letters::draft(*m_db, m_library, id, in, {}, m_director);
        QVERIFY2(draft, qPrintable(draft.error()));
        QVERIFY(Letters::render(draft.value()));
        for (const QString &text : { textOf(draft->pdf), draft->html }) {
            QVERIFY2(!text.contains(QStringLiteral("NOTE-7731")) && !text.contains(QStringLiteral("Dr Vance")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("INTERNAL-RATIONALE")), qPrintable(text));
        }
        // …nor in the letter issued, in either language.
        QVERIFY(Review::determine(*m_db, id, in, m_director));
        for (const QString &lang : { QStringLiteral("en"), QStringLiteral("es") }) {
            LetterOptions options;
            options.language = lang;
            auto letter = Letters::issue(*m_db, m_library, id, options, m_director);
            QVERIFY2(letter, qPrintable(letter.error()));
            const QString text = textOf(letter->pdf);
            QVERIFY2(!text.contains(QStringLiteral("NOTE-7731")) && !text.contains(QStringLiteral("Dr Vance")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("INTERNAL-RATIONALE")), qPrintable(text));
            // What the reviewer found, in plain words.
            QVERIFY2(text.contains(lang == QLatin1String("es") ? QStringLiteral("Nuestro revisor clínico") : QStringLiteral("Our clinical reviewer")),
                     qPrintable(text));
        }
    }

    void aReferralLetterCarriesNoRationale()
    {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("sf-01-hemA-inhibitor-12bu"));
        b.setDiagnoses({ QStringLiteral("D68.311") }).setLineOfBusiness(QStringLiteral("medicaid"));
        const qint64 id = newCase(b.facts());
        const DeterminationInput in = drafted(id, QStringLiteral("refer"), m_reviewer, kRationale, QStringLiteral("centene-cp-phar-220"));
        QVERIFY(Review::determine(*m_db, id, in, m_reviewer));
        auto letter = Letters::issue(*m_db, m_library, id, {}, m_reviewer);
        QVERIFY2(letter, qPrintable(letter.error()));
        const QString text = textOf(letter->pdf);
        QVERIFY2(!text.contains(QStringLiteral("INTERNAL-RATIONALE")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("CP.PMN.53")));
    }

    void theDirectorsExplanationIsTheLetters()
    {
        const qint64 id = newCase(denialFacts());
        DeterminationInput in = drafted(id, QStringLiteral("deny"), m_director);
        in.memberExplanation = QStringLiteral("Your liver test (ALT) was too high for this gene therapy.\nA new test can be sent with an appeal.");
        auto draft = Letters::draft(*m_db, m_library, id, in, {}, m_director);
        QVERIFY2(draft, qPrintable(draft.error()));
        QVERIFY(Letters::render(draft.value()));
        QVERIFY(draft->isDraft);
        const QString draftText = textOf(draft->pdf);
        QVERIFY2(draftText.contains(QStringLiteral("Your liver test (ALT) was too high for this gene therapy.")), qPrintable(draftText));
        QVERIFY(draftText.contains(QStringLiteral("DRAFT: this letter has not been issued.")));
        QVERIFY(Review::determine(*m_db, id, in, m_director));
        QCOMPARE(Review::latestDetermination(*m_db, id).value()->memberExplanation, in.memberExplanation);
        auto letter = Letters::issue(*m_db, m_library, id, {}, m_director);
        QVERIFY2(letter, qPrintable(letter.error()));
        const QString text = textOf(letter->pdf);
        QVERIFY(text.contains(QStringLiteral("Your liver test (ALT) was too high for this gene therapy.")));
        QVERIFY(text.contains(QStringLiteral("A new test can be sent with an appeal.")));
        QVERIFY(!text.contains(QStringLiteral("DRAFT")));
    }

    void exportIssuedChecksTheStoredBytes()
    {
        const qint64 id = approvedAndIssued();
        const IssuedLetter l = Letters::issued(*m_db, id)->first();
        auto ok = Letters::exportIssued(*m_db, l.id, m_nurse);
        QVERIFY2(ok, qPrintable(ok.error()));
        QCOMPARE(ok->pdf, l.pdf);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE letters SET sha256 = :s WHERE id = :id"),
                           { { QStringLiteral("s"), QString(64, QLatin1Char('0')) }, { QStringLiteral("id"), l.id } }));
        auto tampered = Letters::exportIssued(*m_db, l.id, m_director);
        QVERIFY(!tampered);
        QVERIFY2(tampered.error().contains(QStringLiteral("SHA-256")), qPrintable(tampered.error()));
        QVERIFY(!Letters::exportIssued(*m_db, l.id + 100, m_director));
    }

    void decideOnTheCommandLineRefusesUnlessSuperseding()
    {
        const qint64 id = approvedAndIssued();
        const QString db = m_store->location();
        auto decide = [&](const QString &user, const QByteArray &password, const QStringList &extra) {
            return runCli(QStringList{ QStringLiteral("decide"), QStringLiteral("--db"), db, QStringLiteral("--case"), QString::number(id),
                                       QStringLiteral("--user"), user, QStringLiteral("--outcome"), QStringLiteral("approve"),
                                       QStringLiteral("--policy"), kPolicy }
                              + extra,
                          password + '\n');
        };
        const CliRun again = decide(QStringLiteral("mark"), "director password", {});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already letter-issued")) && again.err.contains(QStringLiteral("--supersede --reason")),
                 qPrintable(again.err));
        const CliRun noReason = decide(QStringLiteral("mark"), "director password", { QStringLiteral("--supersede") });
        QCOMPARE(noReason.code, 2);
        QVERIFY2(noReason.err.contains(QStringLiteral("--supersede needs --reason")), qPrintable(noReason.err));
        const CliRun reviewer = decide(QStringLiteral("rita"), "reviewer password",
                                       { QStringLiteral("--supersede"), QStringLiteral("--reason"), QStringLiteral("typo") });
        QCOMPARE(reviewer.code, 1);
        QVERIFY2(reviewer.err.contains(QStringLiteral("only a medical director supersedes")), qPrintable(reviewer.err));
        QCOMPARE(Review::determinations(*m_db, id)->size(), 1);
        const CliRun director = decide(QStringLiteral("mark"), "director password",
                                       { QStringLiteral("--supersede"), QStringLiteral("--reason"), QStringLiteral("wrong NDC on the approval") });
        QVERIFY2(director.code == 0, qPrintable(director.err));
        QVERIFY2(director.out.startsWith(QStringLiteral("superseded with determination")), qPrintable(director.out));
        QCOMPARE(Review::latestDetermination(*m_db, id).value()->supersedeReason, QStringLiteral("wrong NDC on the approval"));
    }
};

QTEST_MAIN(TestSupersede)
#include "tst_supersede.moc"
