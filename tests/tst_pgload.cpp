// PostgreSQL under load: 8 clients, each on its own connection, claim,
// decide and save cases at once. No case is claimed twice, no update is
// lost, and no deadlock is left unhandled. Short by default; set
// PAREVIEW_LOAD_SECONDS=60 for the minute-long run.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QMutex>
#include <QTest>
#include <QThread>

using namespace pareview;
using namespace testsupport;

class TestPgLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eightClientsClaimDecideAndSave()
    {
        if (postgresBaseUrl().isEmpty())
            QSKIP("no PostgreSQL server: tools/dev.sh test starts one");
        FreshStore store(QStringLiteral("postgresql"));
        auto db = Database::open(store.location());
        QVERIFY2(db, qPrintable(db.error()));
        auto admin = Users::add(*db.value(), QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        auto nurse = Users::add(*db.value(), QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &admin).value();
        QVector<User> reviewers;
        for (int i = 0; i < 8; ++i)
            reviewers << Users::add(*db.value(), QStringLiteral("rev%1").arg(i), Role::ClinicalReviewer, QStringLiteral("reviewer password"), {}, {}, &admin).value();

        const int seconds = qMax(3, qEnvironmentVariableIntValue("PAREVIEW_LOAD_SECONDS") > 0 ? qEnvironmentVariableIntValue("PAREVIEW_LOAD_SECONDS") : 5);
        const CaseFacts facts = exampleFacts(QStringLiteral("ro-01-complete")); // PHARMACY-109: a reviewer may approve
        // Keep the queue fed: the intake side adds cases while reviewers work.
        for (int i = 0; i < 60; ++i)
            QVERIFY(CaseStore::create(*db.value(), facts, nurse, CaseArrival::Electronic)); // submitted as they arrive

        QMutex mutex;
        QStringList errors;
        int claims = 0, determinations = 0, retries = 0;
        QElapsedTimer clock;
        clock.start();
        const QString location = store.location();
        QVector<QThread *> threads;
        for (int t = 0; t < 8; ++t) {
            const User reviewer = reviewers[t];
            threads << QThread::create([&, reviewer, location] {
                auto conn = Database::open(location);
                if (!conn) {
                    QMutexLocker lock(&mutex);
                    errors << conn.error();
                    return;
                }
                while (clock.elapsed() < seconds * 1000) {
                    auto claimed = Review::claimNext(*conn.value(), reviewer);
                    if (!claimed) {
                        QMutexLocker lock(&mutex);
                        errors << claimed.error();
                        return;
                    }
                    if (!claimed.value()) {
                        QThread::msleep(20);
                        continue;
                    }
                    const qint64 id = *claimed.value();
                    for (const char *label : {"Roctavian.1", "Roctavian.2", "Roctavian.3"}) {
                        const auto s = Review::recordDecision(*conn.value(), id, {QStringLiteral("pharmacy-109"), QString::fromLatin1(label), QStringLiteral("met"), {}, {}, {}}, reviewer);
                        if (!s) {
                            QMutexLocker lock(&mutex);
                            errors << s.error();
                        }
                    }
                    DeterminationInput in;
                    in.outcome = QStringLiteral("approve");
                    in.policyId = QStringLiteral("pharmacy-109");
                    in.policyVersion = QStringLiteral("2025-11-20");
                    in.approvalStart = QDate::currentDate();
                    in.approvalEnd = QDate::currentDate().addMonths(6).addDays(-1);
                    // A concurrent change is reported, not lost: reload and try again.
                    Result<qint64> r = Review::determine(*conn.value(), id, in, reviewer);
                    int attempts = 1;
                    while (!r && r.error().contains(QStringLiteral("your change was not saved")) && attempts < 5) {
                        r = Review::determine(*conn.value(), id, in, reviewer);
                        ++attempts;
                    }
                    QMutexLocker lock(&mutex);
                    ++claims;
                    retries += attempts - 1;
                    if (r)
                        ++determinations;
                    else
                        errors << r.error();
                }
            });
            threads.last()->start();
        }
        // Meanwhile the intake side keeps adding cases.
        while (clock.elapsed() < seconds * 1000) {
            QVERIFY(CaseStore::create(*db.value(), facts, nurse, CaseArrival::Electronic)); // submitted as they arrive
            QThread::msleep(30);
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY(claims > 20);
        QCOMPARE(determinations, claims);

        // No case claimed twice; exactly one determination per claimed case.
        auto twice = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT case_id FROM audit_log WHERE action = 'case.claim' GROUP BY case_id HAVING COUNT(*) > 1) x"));
        QVERIFY(twice && twice->next());
        QCOMPARE(twice->value(0).toLongLong(), 0);
        auto dets = db.value()->exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT case_id) FROM determinations"));
        QVERIFY(dets && dets->next());
        QCOMPARE(dets->value(0).toLongLong(), qint64(claims));
        QCOMPARE(dets->value(1).toLongLong(), qint64(claims));
        auto lost = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'determined' AND id NOT IN (SELECT case_id FROM determinations)"));
        QVERIFY(lost && lost->next());
        QCOMPARE(lost->value(0).toLongLong(), 0);
        auto chain = AuditLog::verify(*db.value());
        QVERIFY2(chain, qPrintable(chain.error()));
        qInfo("%d s, 8 clients: %d cases claimed and determined, %d retries after concurrent changes, audit chain %lld rows whole",
              seconds, claims, retries, chain->rows);
    }

    // Several processes claiming from one queue: `pareview claim` in six
    // shell loops at once until the queue is empty. No case twice.
    void processesClaimingFromOneQueue()
    {
        if (postgresBaseUrl().isEmpty())
            QSKIP("no PostgreSQL server: tools/dev.sh test starts one");
        FreshStore store(QStringLiteral("postgresql"));
        auto db = Database::open(store.location());
        QVERIFY2(db, qPrintable(db.error()));
        auto admin = Users::add(*db.value(), QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        auto nurse = Users::add(*db.value(), QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &admin).value();
        for (int i = 0; i < 6; ++i)
            QVERIFY(Users::add(*db.value(), QStringLiteral("rev%1").arg(i), Role::ClinicalReviewer, QStringLiteral("reviewer password"), {}, {}, &admin));
        const CaseFacts facts = exampleFacts(QStringLiteral("ro-01-complete"));
        const int cases = 30;
        for (int i = 0; i < cases; ++i)
            QVERIFY(CaseStore::create(*db.value(), facts, nurse, CaseArrival::Electronic)); // submitted as they arrive
        QVector<QProcess *> workers;
        for (int w = 0; w < 6; ++w) {
            auto *p = new QProcess;
            p->start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("while :; do id=$(printf 'reviewer password\\n' | \"$0\" claim --db \"$1\" --user \"$2\") || exit 1; "
                                     "[ \"$id\" = none ] && exit 0; echo \"$id\"; done"),
                      QStringLiteral(PAREVIEW_BINARY), store.location(), QStringLiteral("rev%1").arg(w)});
            workers << p;
        }
        QStringList claimed;
        for (QProcess *p : workers) {
            QVERIFY(p->waitForFinished(180000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            claimed << QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            delete p;
        }
        QCOMPARE(claimed.size(), cases);
        QCOMPARE(QSet<QString>(claimed.cbegin(), claimed.cend()).size(), cases);
        qInfo("6 processes claimed %d cases from one queue, none twice", int(claimed.size()));
    }
};

QTEST_GUILESS_MAIN(TestPgLoad)
#include "tst_pgload.moc"
