// Many workstations on one store, each with its own connection (SQLite: one
// file; PostgreSQL: one server): a case open on two workstations is known to
// both (and a workstation that stopped beating stops counting), a change on
// one reaches the other's ChangeWatcher (PRAGMA data_version on SQLite,
// LISTEN/NOTIFY on PostgreSQL, without a poll), a save that lost a race says
// who changed the case and when, and a write retried with its request key is
// done once. On PostgreSQL the lost commit reply is real: a TCP relay between
// the workstation and the server forwards a COMMIT, lets the server answer,
// and drops the connection before the answer arrives; the retry must find
// what the first attempt committed.

#include "CaseBuilder.h"
#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/ChangeWatcher.h"
#include "store/Database.h"
#include "store/Presence.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <thread>

using namespace pareview;
using namespace testsupport;

namespace {

// A TCP relay to the PostgreSQL server that, when armed, forwards the next
// COMMIT the workstation sends, waits until the server answers (the commit is
// done), and closes both sides instead of passing the answer on: the
// workstation never learns that its commit went through.
class CommitCutter
{
public:
    CommitCutter(const QString &host, int port)
    {
        m_target.sin_family = AF_INET;
        m_target.sin_port = htons(quint16(port));
        inet_pton(AF_INET, host == QLatin1String("localhost") ? "127.0.0.1" : qPrintable(host), &m_target.sin_addr);
        m_listen = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in any{};
        any.sin_family = AF_INET;
        any.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        int yes = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        if (bind(m_listen, reinterpret_cast<sockaddr *>(&any), sizeof any) != 0 || listen(m_listen, 8) != 0)
            qFatal("the relay cannot listen");
        socklen_t len = sizeof any;
        getsockname(m_listen, reinterpret_cast<sockaddr *>(&any), &len);
        m_port = ntohs(any.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~CommitCutter()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }
    int port() const { return m_port; }
    void arm() { m_armed = true; }
    int cuts() const { return m_cuts; }

private:
    struct Pair
    {
        int client, server;
        bool awaitingReply = false;
    };

    void run()
    {
        std::vector<Pair> pairs;
        while (!m_stop) {
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
            for (const Pair &p : pairs) {
                fds.push_back({p.client, POLLIN, 0});
                fds.push_back({p.server, POLLIN, 0});
            }
            if (poll(fds.data(), fds.size(), 50) <= 0)
                continue;
            if (fds[0].revents & POLLIN) {
                const int client = accept(m_listen, nullptr, nullptr);
                const int server = socket(AF_INET, SOCK_STREAM, 0);
                if (::connect(server, reinterpret_cast<const sockaddr *>(&m_target), sizeof m_target) == 0) {
                    pairs.push_back({client, server});
                } else {
                    ::close(client);
                    ::close(server);
                }
                continue; // the fd list changed
            }
            std::vector<size_t> closed;
            for (size_t i = 0; i < pairs.size(); ++i) {
                Pair &p = pairs[i];
                bool gone = false;
                char buffer[65536];
                if (fds[1 + 2 * i].revents & (POLLIN | POLLHUP | POLLERR)) {
                    const ssize_t n = ::read(p.client, buffer, sizeof buffer);
                    if (n <= 0) {
                        gone = true;
                    } else {
                        // A simple query "COMMIT" (QPSQL's commit()).
                        if (m_armed && memmem(buffer, size_t(n), "COMMIT", 6)) {
                            p.awaitingReply = true;
                            m_armed = false;
                        }
                        gone = ::write(p.server, buffer, size_t(n)) != n;
                    }
                }
                if (!gone && (fds[2 + 2 * i].revents & (POLLIN | POLLHUP | POLLERR))) {
                    const ssize_t n = ::read(p.server, buffer, sizeof buffer);
                    if (n <= 0) {
                        gone = true;
                    } else if (p.awaitingReply) {
                        // The server committed and answered: the answer is lost.
                        ++m_cuts;
                        gone = true;
                    } else {
                        gone = ::write(p.client, buffer, size_t(n)) != n;
                    }
                }
                if (gone) {
                    ::shutdown(p.client, SHUT_RDWR);
                    ::close(p.client);
                    ::close(p.server);
                    closed.push_back(i);
                }
            }
            for (auto it = closed.rbegin(); it != closed.rend(); ++it)
                pairs.erase(pairs.begin() + qsizetype(*it));
        }
        for (const Pair &p : pairs) {
            ::close(p.client);
            ::close(p.server);
        }
    }

    int m_listen = -1;
    int m_port = 0;
    sockaddr_in m_target{};
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_armed{false};
    std::atomic<int> m_cuts{0};
};

} // namespace

class TestPgPresence final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;  // workstation 1
    std::shared_ptr<Database> m_db2; // workstation 2, its own connection
    User m_admin, m_nurse, m_reviewer, m_director;

    qint64 newCase(const char *example = "hg-01-complete")
    {
        auto id = CaseStore::create(*m_db, exampleFacts(QString::fromLatin1(example)), m_nurse);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : -1;
    }
    static DeterminationInput approval()
    {
        DeterminationInput in;
        in.outcome = QStringLiteral("approve");
        in.policyId = QStringLiteral("pharmacy-109");
        in.policyVersion = QStringLiteral("v");
        in.approvalStart = QDate(2026, 11, 21);
        in.approvalEnd = QDate(2027, 5, 20);
        return in;
    }
    qint64 count(const QString &sql)
    {
        auto q = m_db2->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    int rowVersion(qint64 caseId) { return CaseStore::summary(*m_db, caseId)->rowVersion; }

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        m_admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        m_nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &m_admin).value();
        m_reviewer = Users::add(*m_db, QStringLiteral("dana"), Role::ClinicalReviewer, QStringLiteral("reviewer password"),
                                QStringLiteral("Dana Reviewer"), {}, &m_admin).value();
        m_director = Users::add(*m_db, QStringLiteral("ana"), Role::MedicalDirector, QStringLiteral("director password"),
                                QStringLiteral("Ana Director"), QStringLiteral("MD"), &m_admin).value();
        auto second = Database::open(m_store->location());
        QVERIFY2(second, qPrintable(second.error()));
        m_db2 = second.value();
    }

    void cleanup()
    {
        m_db2.reset();
        m_db.reset();
        m_store.reset();
    }

    void aCaseOpenOnTwoWorkstationsIsKnownToBoth()
    {
        const qint64 id = newCase();
        const qint64 other = newCase("hg-01-complete");
        Presence dana(m_db, m_reviewer);
        Presence ana(m_db2, m_director);
        QVERIFY(dana.enter(id));
        auto seen = ana.others(id);
        QVERIFY2(seen, qPrintable(seen.error()));
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().userName, QStringLiteral("Dana Reviewer"));
        QVERIFY(qAbs(seen->first().since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(dana.others(id)->isEmpty()); // not warned about herself
        QVERIFY(ana.enter(id));
        QCOMPARE(dana.others(id)->size(), 1);
        QCOMPARE(dana.others(id)->first().userName, QStringLiteral("Ana Director"));
        // The worklist's marks: the open case, not the other one.
        auto marks = ana.othersOn({id, other});
        QVERIFY(marks);
        QCOMPARE(marks->keys(), QList<qint64>{id});
        // Dana goes to another case: the first is no longer hers.
        QVERIFY(dana.enter(other));
        QVERIFY(ana.others(id)->isEmpty());
        QCOMPARE(ana.others(other)->size(), 1);
        dana.leave();
        QVERIFY(ana.others(other)->isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_sessions")), 1); // Ana's
    }

    void aWorkstationThatStoppedBeatingExpires()
    {
        const qint64 id = newCase();
        Presence ana(m_db2, m_director);
        {
            // A workstation that died with the case open: its last heartbeat long ago.
            const QString old = Database::storedTime(QDateTime::currentDateTimeUtc().addSecs(-Presence::ExpirySeconds - 5));
            QVERIFY(m_db->exec(QStringLiteral("INSERT INTO case_sessions (case_id, user_id, workstation, opened_at, heartbeat_at)"
                                              " VALUES (:c, :u, 'crashed', :at, :beat)"),
                               {{QStringLiteral("c"), id}, {QStringLiteral("u"), m_reviewer.id}, {QStringLiteral("at"), old}, {QStringLiteral("beat"), old}}));
        }
        QVERIFY(ana.others(id)->isEmpty());
        // …and the next workstation that opens a case clears it away.
        QVERIFY(ana.enter(id));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_sessions WHERE workstation = 'crashed'")), 0);
    }

    void changesOnOneWorkstationReachTheOther()
    {
        QFETCH_GLOBAL(QString, engine);
        const qint64 id = newCase();
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        // A slow periodic check: on PostgreSQL the notification alone must do it.
        ChangeWatcher watcher(m_db2, nullptr, 100, 600000);
        QVERIFY2(watcher.lastError().isEmpty(), qPrintable(watcher.lastError()));
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0); // nothing happened
        QVERIFY(Review::claimNext(*m_db, m_reviewer));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 3000);
        // A case opened elsewhere is a change too.
        Presence dana(m_db, m_reviewer);
        QVERIFY(dana.enter(id));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 3000);
        // Its own writes: the watcher's connection is not told about them on
        // SQLite (data_version counts other connections' commits).
        if (engine == QLatin1String("sqlite")) {
            QVERIFY(m_db2->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('own', 'write')")));
            QTest::qWait(400);
            QCOMPARE(changed.count(), 2);
        }
    }

    void aSaveThatLostARaceSaysWhoChangedTheCase()
    {
        const qint64 id = newCase();
        QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        QVERIFY(Review::claimNext(*m_db, m_reviewer));
        // Both have the case on screen at this version.
        const int seen = rowVersion(id);
        DeterminationInput danas = approval();
        danas.expectedRowVersion = seen;
        DeterminationInput anas = approval();
        anas.outcome = QStringLiteral("deny");
        anas.rationale = QStringLiteral("not met");
        anas.expectedRowVersion = seen;
        auto first = Review::determine(*m_db2, id, anas, m_director);
        QVERIFY2(first, qPrintable(first.error()));
        auto lost = Review::determine(*m_db, id, danas, m_reviewer);
        QVERIFY(!lost);
        const QString at = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
        QVERIFY2(lost.error().startsWith(QStringLiteral("Ana Director recorded a determination on this case at ")), qPrintable(lost.error()));
        QVERIFY2(lost.error().endsWith(QStringLiteral("; your change was not saved — reopen the case to see it")), qPrintable(lost.error()));
        QVERIFY2(lost.error().contains(at) || QTime::currentTime().second() < 2, qPrintable(lost.error()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);
        QCOMPARE(Review::latestDetermination(*m_db, id).value()->outcome, QStringLiteral("deny"));
        // A medical director superseding from a stale screen loses the same way.
        DeterminationInput again = approval();
        again.expectedRowVersion = seen;
        auto stale = Review::supersede(*m_db, id, again, QStringLiteral("reconsidered"), m_director);
        QVERIFY(!stale);
        QVERIFY2(stale.error().contains(QStringLiteral("Ana Director recorded a determination")), qPrintable(stale.error()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);
        // Assigning is a change too, named as such.
        const qint64 other = newCase();
        QVERIFY(Review::submitForReview(*m_db, other, m_nurse));
        const int before = rowVersion(other);
        QVERIFY(Review::claimNext(*m_db2, m_director));
        DeterminationInput late = approval();
        late.expectedRowVersion = before;
        auto refused = Review::determine(*m_db, other, late, m_reviewer);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(QStringLiteral("Ana Director claimed this case at ")), qPrintable(refused.error()));
    }

    void aRetriedWriteIsDoneOnce()
    {
        const qint64 a = newCase();
        const qint64 b = newCase();
        QVERIFY(Review::submitForReview(*m_db, a, m_nurse));
        QVERIFY(Review::submitForReview(*m_db, b, m_nurse));
        const QString claimKey = QUuid::createUuid().toString();
        auto first = Review::claimNext(*m_db, m_reviewer, claimKey);
        QVERIFY2(first && first.value(), qPrintable(first ? QStringLiteral("none") : first.error()));
        auto retried = Review::claimNext(*m_db2, m_reviewer, claimKey);
        QVERIFY(retried);
        QCOMPARE(retried.value(), first.value());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE assignee_id IS NOT NULL")), 1);

        DeterminationInput in = approval();
        in.requestKey = QUuid::createUuid().toString();
        in.expectedRowVersion = rowVersion(*first.value());
        auto recorded = Review::determine(*m_db, *first.value(), in, m_reviewer);
        QVERIFY2(recorded, qPrintable(recorded.error()));
        auto again = Review::determine(*m_db2, *first.value(), in, m_reviewer);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value(), recorded.value());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.determine'")), 1);
        // The trail of who did what is whole.
        QVERIFY(AuditLog::verify(*m_db));
    }

    // The real thing: the commit reached the server, its reply did not reach
    // the workstation. The retry (the person clicks again) records nothing
    // more; without a request key the row-version check refuses it.
    void aCommitWhoseReplyWasLostIsNotRecordedTwice()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != QLatin1String("postgresql"))
            QSKIP("SQLite commits in the process: there is no reply to lose");
        const qint64 a = newCase();
        const qint64 b = newCase();
        const qint64 c = newCase();
        for (qint64 id : {a, b, c})
            QVERIFY(Review::submitForReview(*m_db, id, m_nurse));
        QUrl target(m_store->location());
        CommitCutter cutter(target.host(), target.port(5432));
        QUrl relayed = target;
        relayed.setHost(QStringLiteral("127.0.0.1"));
        relayed.setPort(cutter.port());
        relayed.setQuery(QStringLiteral("sslmode=disable"));
        auto opened = Database::open(relayed.toString());
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &ws = *opened.value();
        QSignalSpy lost(&ws, &Database::connectionLost);
        QSignalSpy restored(&ws, &Database::connectionRestored);

        // A claim.
        const QString claimKey = QUuid::createUuid().toString();
        cutter.arm();
        auto claim = Review::claimNext(ws, m_reviewer, claimKey);
        QVERIFY(!claim);
        QVERIFY2(claim.error().contains(QStringLiteral("became unreachable while saving")), qPrintable(claim.error()));
        QCOMPARE(cutter.cuts(), 1);
        QCOMPARE(lost.count(), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE assignee_id IS NOT NULL")), 1); // it did commit
        auto retried = Review::claimNext(ws, m_reviewer, claimKey);
        QVERIFY2(retried && retried.value(), qPrintable(retried ? QStringLiteral("none") : retried.error()));
        QCOMPARE(restored.count(), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE assignee_id IS NOT NULL")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.claim'")), 1);
        const qint64 claimed = *retried.value();

        // A determination, retried with its key: the same one comes back.
        DeterminationInput in = approval();
        in.requestKey = QUuid::createUuid().toString();
        in.expectedRowVersion = rowVersion(claimed);
        cutter.arm();
        auto cut = Review::determine(ws, claimed, in, m_reviewer);
        QVERIFY(!cut);
        QVERIFY2(cut.error().contains(QStringLiteral("became unreachable while saving")), qPrintable(cut.error()));
        QCOMPARE(cutter.cuts(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);
        auto again = Review::determine(ws, claimed, in, m_reviewer);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 1);
        QCOMPARE(again.value(), Review::latestDetermination(*m_db2, claimed).value()->id);

        // Without a key, the row version the person saw refuses the repeat,
        // naming the first attempt.
        auto second = Review::claimNext(ws, m_reviewer);
        QVERIFY(second && second.value());
        DeterminationInput bare = approval();
        bare.expectedRowVersion = rowVersion(*second.value());
        cutter.arm();
        QVERIFY(!Review::determine(ws, *second.value(), bare, m_reviewer));
        QCOMPARE(cutter.cuts(), 3);
        auto repeat = Review::determine(ws, *second.value(), bare, m_reviewer);
        QVERIFY(!repeat);
        QVERIFY2(repeat.error().startsWith(QStringLiteral("Dana Reviewer recorded a determination on this case at ")), qPrintable(repeat.error()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations WHERE case_id = %1").arg(*second.value())), 1);
        QVERIFY(AuditLog::verify(*m_db2));
    }
};

QTEST_GUILESS_MAIN(TestPgPresence)
#include "tst_pgpresence.moc"
