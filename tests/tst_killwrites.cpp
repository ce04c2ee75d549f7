// Crash safety of every write path (issue 12): a child process runs the
// review's writes in a loop — create a case, submit it, correct a fact,
// attach a document, decide a criterion, determine, issue the letter,
// supersede, issue again, assign, add a user; then a denial is appealed
// (filed with new facts and a document, decided by a second medical
// director — upheld, or overturned with an approval —, its letter issued)
// and discussed peer to peer (requested, scheduled, held, closed: the
// decision stands, or is changed by a new determination) — and is killed
// with SIGKILL at a random moment. After every kill the store opens (SQLite: its integrity
// check), `audit verify` finds the audit trail whole and every record as
// pareview wrote it (a record written without its audit row, or an audit
// row without its records, would show), and the cross-table facts hold:
// every letter's and appeal letter's bytes match their SHA-256, every issued
// case has its letter, every appeal its own case and the determination it
// appeals, every decided appeal and closed discussion its outcome whole.
// The child is this test program itself, started with --write-loop. On
// SQLite and, when the test script started one, PostgreSQL.
// PAREVIEW_KILL_RUNS sets the kills per engine (default 30: within Qt
// Test's five minutes per test function on PostgreSQL, on a loaded machine;
// the long mode in RELIABILITY.md runs more, with QTEST_FUNCTION_TIMEOUT
// raised).

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "letters/AppealLetters.h"
#include "letters/Letters.h"
#include "store/Appeals.h"
#include "store/Assignment.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/PeerToPeer.h"
#include "store/RecordIntegrity.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>
#include <QTest>

#include <chrono>
#include <csignal>
#include <iterator>

using namespace pareview;
using namespace testsupport;
using namespace std::chrono_literals;

namespace {

const QString kPolicy = QStringLiteral("cigna-ip0535");

// The steps of a round, as the child names them.
const char *const kSteps[] = {"create", "submit", "correct", "attach", "assign", "decide-criterion", "determine", "issue-letter",
                              "supersede", "add-user", "file-appeal", "decide-appeal", "appeal-letter", "p2p-request",
                              "p2p-schedule", "p2p-hold", "p2p-close"};

// The child: the write paths, round and round, until killed. Each step
// names itself in `stepFile` first, so the parent knows what it interrupted.
int writeLoop(const QString &location, const QString &stepFile, int rounds)
{
    auto opened = Database::open(location);
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 3;
    }
    Database &db = **opened;
    auto user = [&](const char *name) { return Users::byName(db, QString::fromLatin1(name)).value(); };
    const User admin = user("ada"), nurse = user("nina"), reviewer = user("rita"), director = user("mark"), second = user("sofia");
    const PolicyLibrary &lib = library();
    auto step = [&](const char *name) {
        QFile f(stepFile);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            f.write(name);
            f.flush();
        }
    };
    auto check = [](bool ok, const QString &what) {
        if (!ok) {
            fprintf(stderr, "write loop: %s\n", qPrintable(what));
            ::exit(4);
        }
    };
    for (int round = 0; rounds <= 0 || round < rounds; ++round) {
        step("create");
        CaseFacts f = exampleFacts(QStringLiteral("hg-01-complete"));
        f.received = QDateTime::currentDateTimeUtc();
        f.receivedDate = f.received.date();
        auto id = CaseStore::create(db, f, nurse);
        check(bool(id), id.error());
        step("submit");
        check(bool(Review::submitForReview(db, *id, nurse)), QStringLiteral("submit"));
        step("correct");
        CaseFacts corrected = CaseStore::facts(db, *id, nurse).value();
        corrected.labs[QStringLiteral("weight")].last().value += 0.5;
        auto c = CaseStore::correct(db, *id, corrected, nurse);
        check(bool(c), c.error());
        step("attach");
        auto att = CaseStore::addAttachment(db, *id, QStringLiteral("note-%1.txt").arg(round), QStringLiteral("text/plain"),
                                            QByteArray("clinic note ").repeated(2000), nurse);
        check(bool(att), att.error());
        step("assign");
        auto as = Assignment::assign(db, *id, reviewer.id, admin);
        check(bool(as), as.error());
        step("decide-criterion");
        auto dec = Review::recordDecision(db, *id, {QStringLiteral("pharmacy-109"), QStringLiteral("Roctavian.2"), QStringLiteral("met"), QStringLiteral("seen"), *att, 1}, reviewer);
        check(bool(dec), dec.error());
        step("determine");
        auto draft = DecisionDrafts::prepare(db, lib, *id, QStringLiteral("approve"), QString(), director, kPolicy);
        check(bool(draft), draft.error());
        auto det = Review::determine(db, *id, draft->input, director);
        check(bool(det), det.error());
        step("issue-letter");
        auto letter = Letters::issue(db, lib, *id, {}, director);
        check(bool(letter), letter.error());
        step("supersede");
        auto again = DecisionDrafts::prepare(db, lib, *id, QStringLiteral("approve"), QString(), director, kPolicy);
        check(bool(again), again.error());
        auto sup = Review::supersede(db, *id, again->input, QStringLiteral("wrong period"), director);
        check(bool(sup), sup.error());
        step("issue-letter");
        auto letter2 = Letters::issue(db, lib, *id, {}, director);
        check(bool(letter2), letter2.error());
        step("add-user");
        auto added = Users::add(db, QStringLiteral("user%1x%2").arg(round).arg(QCoreApplication::applicationPid()), Role::ClinicalReviewer,
                                QStringLiteral("a long enough password"), QStringLiteral("Added"), QStringLiteral("RN"), &admin);
        check(bool(added), added.error());

        // A denial, appealed: filed with a new lab value and the clinic's
        // letter, decided by a director who took no part, its letter issued.
        step("create");
        CaseFacts d = exampleFacts(QStringLiteral("hg-01-complete"));
        d.received = QDateTime::currentDateTimeUtc();
        d.receivedDate = d.received.date();
        Measurement alt;
        alt.value = 96;
        alt.unit = LabCatalog::byName(QStringLiteral("alt"))->canonicalUnit;
        alt.date = QDate::currentDate().addDays(-20);
        alt.upperLimit = 40;
        d.labs[QStringLiteral("alt")] = {alt};
        auto denied = CaseStore::create(db, d, nurse);
        check(bool(denied), denied.error());
        step("submit");
        check(bool(Review::submitForReview(db, *denied, nurse)), QStringLiteral("submit the denial"));
        step("determine");
        auto denial = DecisionDrafts::prepare(db, lib, *denied, QStringLiteral("deny"), QString(), director, kPolicy);
        check(bool(denial), denial.error());
        auto denialId = Review::determine(db, *denied, denial->input, director);
        check(bool(denialId), denialId.error());
        step("file-appeal");
        AppealFiling filing;
        filing.filedBy = QStringLiteral("prescriber");
        filing.reason = QStringLiteral("ALT is normal on repeat testing");
        Measurement repeat = alt;
        repeat.value = 31;
        repeat.date = QDate::currentDate().addDays(-1);
        repeat.source = QStringLiteral("appeal: clinic letter");
        filing.newFacts.labs[QStringLiteral("alt")] = {repeat};
        filing.newFacts.attachments.append({QStringLiteral("repeat-alt.pdf"), QStringLiteral("application/pdf"), QString(),
                                            QByteArray("%PDF-1.4\n% repeat ALT 31 U/L\n%%EOF\n"), QString(), QStringLiteral("appeal")});
        auto appeal = Appeals::file(db, *denied, filing, nurse);
        check(bool(appeal), appeal.error());
        step("decide-appeal");
        AppealDecision outcome;
        if (round % 2 == 0) {
            outcome.outcome = QStringLiteral("upheld");
            outcome.reason = QStringLiteral("criteria still not met");
        } else {
            const qint64 appealCase = Appeals::byId(db, *appeal).value().caseId;
            auto current = DecisionDrafts::prepare(db, lib, appealCase, QStringLiteral("approve"), QString(), second, kPolicy);
            check(bool(current), current.error());
            outcome.outcome = QStringLiteral("overturned");
            outcome.approvalStart = QDate::currentDate();
            outcome.approvalEnd = QDate::currentDate().addDays(89);
            outcome.quantity = QStringLiteral("1 dose");
            outcome.criteriaSnapshot = current->input.criteriaSnapshot;
        }
        auto decided = Appeals::decide(db, *appeal, outcome, second);
        check(bool(decided), decided.error());
        step("appeal-letter");
        auto appealLetter = AppealLetters::issue(db, *appeal, {}, second);
        check(bool(appealLetter), appealLetter.error());

        // The prescriber asks to discuss the decision with a director.
        step("p2p-request");
        auto p2p = PeerToPeers::request(db, *denied, QStringLiteral("Dr. Elena Vance"), QStringLiteral("+1 555 0100"),
                                        QDateTime::currentDateTimeUtc().addSecs(-600), nurse);
        check(bool(p2p), p2p.error());
        step("p2p-schedule");
        const QDateTime offerBy = PeerToPeers::byId(db, *p2p).value().offerBy;
        auto scheduled = PeerToPeers::schedule(db, *p2p, offerBy.addSecs(-3600), reviewer);
        check(bool(scheduled), scheduled.error());
        step("p2p-hold");
        auto held = PeerToPeers::hold(db, *p2p, QDateTime::currentDateTimeUtc(), QStringLiteral("Dr. Vance, Dr. Chen"),
                                      QStringLiteral("The repeat ALT was discussed."), director);
        check(bool(held), held.error());
        step("p2p-close");
        if (round % 2 == 0) {
            auto closed = PeerToPeers::closeStanding(db, *p2p, director);
            check(bool(closed), closed.error());
        } else {
            const StoredDetermination old = *Review::latestDetermination(db, *denied).value();
            DeterminationInput in;
            in.outcome = QStringLiteral("approve");
            in.policyId = old.policyId;
            in.policyVersion = old.policyVersion;
            in.criteriaSnapshot = old.criteriaSnapshot;
            in.approvalStart = QDate::currentDate();
            in.approvalEnd = QDate::currentDate().addDays(89);
            in.quantity = QStringLiteral("1 dose");
            in.rationale = QStringLiteral("repeat ALT normal");
            auto changed = PeerToPeers::closeChanged(db, *p2p, in, QStringLiteral("the repeat ALT is normal"), director);
            check(bool(changed), changed.error());
        }
    }
    return 0;
}

} // namespace

class TestKillWrites final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void killedWritesLeaveAWholeStore()
    {
        QFETCH_GLOBAL(QString, engine);
        FreshStore store(engine);
        QTemporaryDir dir;
        const QString stepFile = dir.filePath(QStringLiteral("step"));
        {
            auto db = Database::open(store.location());
            QVERIFY2(db, qPrintable(db.error()));
            User admin = Users::add(**db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
            QVERIFY(Users::add(**db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, QStringLiteral("RN"), &admin));
            QVERIFY(Users::add(**db, QStringLiteral("rita"), Role::ClinicalReviewer, QStringLiteral("reviewer password"), {}, QStringLiteral("PharmD"), &admin));
            QVERIFY(Users::add(**db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("director password"), {}, QStringLiteral("MD"), &admin));
            QVERIFY(Users::add(**db, QStringLiteral("sofia"), Role::MedicalDirector, QStringLiteral("director password"), {}, QStringLiteral("MD"), &admin));
        }
        // One uninterrupted round, start-up included, tells how long a round takes.
        QElapsedTimer timer;
        timer.start();
        {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-loop"), store.location(), stepFile, QStringLiteral("1")});
            QVERIFY(child.waitForStarted(10000));
            QVERIFY(child.waitForFinished(300000));
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, child.readAllStandardError().constData());
        }
        const int span = int(timer.elapsed()) + 1;

        const int runs = qEnvironmentVariableIntValue("PAREVIEW_KILL_RUNS") > 0 ? qEnvironmentVariableIntValue("PAREVIEW_KILL_RUNS") : 30;
        QMap<QString, int> killedIn;
        QString lastAt = QStringLiteral("no kill yet");
        int killed = 0;
        for (int i = 0; i < runs; ++i) {
            QFile::remove(stepFile);
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-loop"), store.location(), stepFile});
            QVERIFY(child.waitForStarted(10000));
            if (i % 2 == 0) {
                // At a random moment of a round: where the time goes.
                QTest::qSleep(int(QRandomGenerator::global()->bounded(span)));
            } else {
                // In a step drawn at random, a random few milliseconds into
                // it: the quick steps are killed as often as the slow ones.
                const QByteArray target = kSteps[QRandomGenerator::global()->bounded(int(std::size(kSteps)))];
                QElapsedTimer waited;
                waited.start();
                while (child.state() == QProcess::Running && readAll(stepFile) != target && waited.elapsed() < 2 * span + 10000)
                    QThread::usleep(200);
                QThread::usleep(QRandomGenerator::global()->bounded(20000));
            }
            if (child.state() == QProcess::Running) {
                ::kill(pid_t(child.processId()), SIGKILL);
                ++killed;
                {
                    const QString at = QFile::exists(stepFile) ? QString::fromLatin1(readAll(stepFile)) : QStringLiteral("start-up");
                    lastAt = at.isEmpty() ? QStringLiteral("between steps") : at;
                    killedIn[lastAt] += 1;
                }
            }
            child.waitForFinished(30000);
            QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() == 0,
                     qPrintable(QStringLiteral("the write loop failed in run %1: %2").arg(i).arg(QString::fromUtf8(child.readAllStandardError()))));

            auto db = Database::open(store.location()); // SQLite: the integrity check
            QVERIFY2(db, qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(db.error())));
            auto report = RecordIntegrity::verify(**db, i % 10 == 9 ? RecordIntegrity::Mode::Full : RecordIntegrity::Mode::Incremental);
            QVERIFY2(report, qPrintable(report.error()));
            QVERIFY2(report->ok(), qPrintable(QStringLiteral("after kill %1 in %2: %3")
                                                  .arg(i)
                                                  .arg(lastAt)
                                                  .arg(report->findings.value(0).text)));
            // Nothing half-written across tables.
            auto letters = (*db)->exec(QStringLiteral("SELECT id, pdf, sha256 FROM letters WHERE id > (SELECT COALESCE(MAX(id), 0) - 4 FROM letters)"));
            QVERIFY(letters);
            while (letters->next())
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(letters->value(1).toByteArray(), QCryptographicHash::Sha256).toHex()),
                         letters->value(2).toString());
            auto issued = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.status = 'letter-issued' "
                                                     "AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.case_id = c.id) "
                                                     "AND NOT EXISTS (SELECT 1 FROM appeal_letters l JOIN appeals a ON a.id = l.appeal_id "
                                                     "WHERE a.case_id = c.id)"));
            QVERIFY(issued && issued->next());
            QCOMPARE(issued->value(0).toLongLong(), 0);
            auto appealLetters = (*db)->exec(QStringLiteral("SELECT id, pdf, sha256 FROM appeal_letters WHERE id > (SELECT COALESCE(MAX(id), 0) - 4 FROM appeal_letters)"));
            QVERIFY(appealLetters);
            while (appealLetters->next())
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(appealLetters->value(1).toByteArray(), QCryptographicHash::Sha256).toHex()),
                         appealLetters->value(2).toString());
            // An appeal always with its own case and the determination it
            // appeals; decided, with its outcome's determination; a closed
            // discussion with its result, a changed one with its determination.
            for (const char *sql :
                 {"SELECT COUNT(*) FROM appeals a WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = a.case_id) "
                  "OR NOT EXISTS (SELECT 1 FROM determinations d WHERE d.id = a.determination_id)",
                  "SELECT COUNT(*) FROM appeals a WHERE a.outcome = 'overturned' AND NOT EXISTS "
                  "(SELECT 1 FROM determinations d WHERE d.id = a.new_determination_id)",
                  "SELECT COUNT(*) FROM appeals a WHERE a.outcome <> '' AND (a.decided_at IS NULL OR a.decided_by IS NULL)",
                  "SELECT COUNT(*) FROM appeal_letters l WHERE NOT EXISTS (SELECT 1 FROM appeals a WHERE a.id = l.appeal_id AND a.outcome <> '')",
                  "SELECT COUNT(*) FROM peer_to_peer p WHERE p.status = 'closed' AND (p.result IS NULL OR p.result = '' OR p.closed_at IS NULL)",
                  "SELECT COUNT(*) FROM peer_to_peer p WHERE p.result = 'changed' AND NOT EXISTS "
                  "(SELECT 1 FROM determinations d WHERE d.id = p.new_determination_id AND d.supersedes = p.determination_id)"}) {
                auto q = (*db)->exec(QString::fromLatin1(sql));
                QVERIFY2(q && q->next(), sql);
                QVERIFY2(q->value(0).toLongLong() == 0, qPrintable(QStringLiteral("after kill %1 in %2: %3").arg(i).arg(lastAt, QLatin1String(sql))));
            }
            auto undecided = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM letters l WHERE NOT EXISTS "
                                                        "(SELECT 1 FROM determinations d WHERE d.id = l.determination_id)"));
            QVERIFY(undecided && undecided->next());
            QCOMPARE(undecided->value(0).toLongLong(), 0);
        }
        auto db = Database::open(store.location());
        QVERIFY(db);
        auto full = RecordIntegrity::verify(**db, RecordIntegrity::Mode::Full);
        QVERIFY(full && full->ok());
        QStringList where;
        for (auto it = killedIn.cbegin(); it != killedIn.cend(); ++it)
            where << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo("%s: %d runs, %d killed (%s); %lld records, audit trail %lld rows, whole after every kill", qPrintable(engine), runs, killed,
              qPrintable(where.join(QStringLiteral(", "))), full->recordsChecked, full->head.rows);
    }
};

int main(int argc, char **argv)
{
    // The child: --write-loop STORE STEPFILE [ROUNDS] (none: until killed).
    if ((argc == 4 || argc == 5) && qstrcmp(argv[1], "--write-loop") == 0) {
        QGuiApplication app(argc, argv); // letters need fonts
        return writeLoop(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), argc == 5 ? atoi(argv[4]) : 0);
    }
    QGuiApplication app(argc, argv);
    TestKillWrites test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killwrites.moc"
