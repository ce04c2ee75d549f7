// Crash safety: `pareview import` runs in a child process that is killed
// with SIGKILL at random moments. After every kill the store opens, passes
// its integrity check, holds each case whole or not at all, and its audit
// chain verifies.

#include "testsupport.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QProcess>

#include <csignal>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private:
    static QStringList importArgs(const QString &db)
    {
        return {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--bundle"),
                sharedPath(QStringLiteral("spec/examples/hg-01-complete.json"))};
    }

private Q_SLOTS:
    void killedImportsLeaveWholeCasesOnly()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
        // One clean import tells how many rows a whole case has.
        QProcess first;
        QElapsedTimer timer;
        timer.start();
        first.start(QStringLiteral(PAREVIEW_BINARY), importArgs(db));
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        // Kill anywhere from start-up to just past a whole import.
        const int span = int(timer.elapsed() * 13 / 10) + 1;
        qint64 factsPerCase = 0, diagnosesPerCase = 0;
        {
            auto store = Database::open(db);
            QVERIFY(store);
            auto q = store.value()->exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM facts), (SELECT COUNT(*) FROM diagnoses)"));
            QVERIFY(q && q->next());
            factsPerCase = q->value(0).toLongLong();
            diagnosesPerCase = q->value(1).toLongLong();
        }
        QVERIFY(factsPerCase > 20);

        const int runs = qEnvironmentVariableIntValue("PAREVIEW_CRASH_RUNS") > 0 ? qEnvironmentVariableIntValue("PAREVIEW_CRASH_RUNS") : 200;
        int killed = 0;
        for (int i = 0; i < runs; ++i) {
            QProcess child;
            child.start(QStringLiteral(PAREVIEW_BINARY), importArgs(db));
            QVERIFY(child.waitForStarted(10000));
            QTest::qSleep(int(QRandomGenerator::global()->bounded(span)));
            if (child.state() == QProcess::Running) {
                ::kill(pid_t(child.processId()), SIGKILL);
                ++killed;
            }
            child.waitForFinished(30000);

            auto store = Database::open(db); // runs the integrity check
            QVERIFY2(store, qPrintable(QStringLiteral("after run %1: %2").arg(i).arg(store.error())));
            auto q = store.value()->exec(QStringLiteral(
                "SELECT c.id, (SELECT COUNT(*) FROM facts f WHERE f.case_id = c.id), (SELECT COUNT(*) FROM diagnoses d WHERE d.case_id = c.id),"
                " (SELECT COUNT(*) FROM attachments a WHERE a.case_id = c.id), (SELECT COUNT(*) FROM audit_log l WHERE l.case_id = c.id AND l.action = 'case.create')"
                " FROM cases c"));
            QVERIFY(q);
            while (q->next()) {
                const QString where = QStringLiteral("case %1 after run %2").arg(q->value(0).toLongLong()).arg(i);
                QVERIFY2(q->value(1).toLongLong() == factsPerCase, qPrintable(where));
                QVERIFY2(q->value(2).toLongLong() == diagnosesPerCase, qPrintable(where));
                QVERIFY2(q->value(3).toLongLong() == 1, qPrintable(where));
                QVERIFY2(q->value(4).toLongLong() == 1, qPrintable(where));
            }
            auto orphans = store.value()->exec(QStringLiteral("SELECT COUNT(*) FROM facts WHERE case_id NOT IN (SELECT id FROM cases)"));
            QVERIFY(orphans && orphans->next());
            QCOMPARE(orphans->value(0).toLongLong(), 0);
            auto chain = AuditLog::verify(*store.value());
            QVERIFY2(chain, qPrintable(chain.error()));
        }
        auto store = Database::open(db);
        auto q = store.value()->exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        QVERIFY(q && q->next());
        qInfo("%d imports, %d killed, %lld cases stored whole (one import takes ~%d ms)", runs, killed, q->value(0).toLongLong(), span * 10 / 13);
    }

    // An online backup taken while another process keeps importing restores
    // to a store that passes its integrity check, with every case in the copy
    // whole and its attachment hashes equal to the original's.
    void backupWhileAnotherProcessWrites()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.sqlite"));
        QProcess first;
        first.start(QStringLiteral(PAREVIEW_BINARY), importArgs(db));
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);

        // The writer: a shell loop of imports in a process of its own.
        QProcess writer;
        writer.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"),
                                                 QStringLiteral("for i in $(seq 1 60); do \"$0\" import --db \"$1\" --bundle \"$2\" >/dev/null || exit 1; done"),
                                                 QStringLiteral(PAREVIEW_BINARY), db, sharedPath(QStringLiteral("spec/examples/hg-01-complete.json"))});
        QVERIFY(writer.waitForStarted(5000));
        int backups = 0;
        while (writer.state() == QProcess::Running && backups < 8) {
            QTest::qSleep(40);
            const QString copy = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(backups));
            QProcess backup;
            backup.start(QStringLiteral(PAREVIEW_BINARY), {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), copy});
            QVERIFY(backup.waitForFinished(60000));
            QVERIFY2(backup.exitCode() == 0, backup.readAllStandardError().constData());
            ++backups;

            auto restored = Database::open(copy); // integrity check on open
            QVERIFY2(restored, qPrintable(restored.error()));
            auto cases = restored.value()->exec(QStringLiteral("SELECT COUNT(*) FROM cases c WHERE (SELECT COUNT(*) FROM attachments a WHERE a.case_id = c.id) <> 1"));
            QVERIFY(cases && cases->next());
            QCOMPARE(cases->value(0).toLongLong(), 0);
            QVERIFY(AuditLog::verify(*restored.value()));
            auto original = Database::open(db);
            QVERIFY(original);
            auto hashes = restored.value()->exec(QStringLiteral("SELECT id, sha256 FROM attachments ORDER BY id"));
            QVERIFY(hashes);
            while (hashes->next()) {
                auto same = original.value()->exec(QStringLiteral("SELECT sha256 FROM attachments WHERE id = :id"), {{QStringLiteral("id"), hashes->value(0)}});
                QVERIFY(same && same->next());
                QCOMPARE(same->value(0).toString(), hashes->value(1).toString());
            }
        }
        writer.waitForFinished(120000);
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(backups >= 2);
        qInfo("%d online backups taken while another process imported; each restored whole", backups);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
