// The store's headless commands: import prints the new case id and stores
// nothing of a bad bundle; user add takes passwords from standard input and
// needs an administrator once the store has users; audit verify names the
// first broken row; backup gives a store with the same cases and hashes.

#include "testsupport.h"

#include "cli/Cli.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {
struct Run
{
    int code;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QByteArray &input = {})
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = pareview::cli::run(args, {in, o, e});
    o.flush();
    e.flush();
    return {code, out, err};
}

QString example(const char *name)
{
    return sharedPath(QStringLiteral("spec/examples/%1").arg(QLatin1String(name)));
}
} // namespace

class TestStoreCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    qint64 count(const QString &sql)
    {
        auto db = Database::open(m_db);
        auto q = db.value()->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        const Run r = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                           QStringLiteral("ada"), QStringLiteral("--role"), QStringLiteral("administrator")},
                          "first admin password\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void importPrintsTheCaseId()
    {
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), example("hg-01-complete.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("1"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE case_id = 1")), 1);
    }

    void badBundleStoresNothing()
    {
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), example("bad-04-negative-weight.json")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("entry[7]")) && r.err.contains(QStringLiteral("nothing was stored")), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM facts")), 0);
    }

    void importAsASignedInUser()
    {
        QCOMPARE(runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--name"), QStringLiteral("nina"),
                      QStringLiteral("--role"), QStringLiteral("intake-nurse"), QStringLiteral("--as"), QStringLiteral("ada")},
                     "first admin password\nnurse password\n").code, 0);
        const Run ok = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), example("sf-01-hemA-inhibitor-12bu.json"),
                            QStringLiteral("--user"), QStringLiteral("nina")}, "nurse password\n");
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.create' AND user_name = 'nina'")), 1);
        const Run bad = runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), example("sf-01-hemA-inhibitor-12bu.json"),
                             QStringLiteral("--user"), QStringLiteral("nina")}, "wrong password\n");
        QVERIFY(bad.code != 0);
        QVERIFY(bad.err.contains(QStringLiteral("wrong user name or password")));
    }

    void userAddNeedsAnAdministrator()
    {
        const Run anonymous = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                                   QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("medical-director")},
                                  "some long password\n");
        QVERIFY(anonymous.code != 0);
        QVERIFY2(anonymous.err.contains(QStringLiteral("only an administrator")), qPrintable(anonymous.err));
        const Run badRole = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db, QStringLiteral("--name"),
                                 QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("doctor")});
        QCOMPARE(badRole.code, 2);
    }

    void auditVerifyFindsTamperingAndCutTails()
    {
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), example("hg-01-complete.json")}).code, 0);
        const Run anchor = runCli({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--db"), m_db});
        QCOMPARE(anchor.code, 0);
        QCOMPARE(runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db, QStringLiteral("--anchor"), anchor.out.trimmed()}).code, 0);
        {
            auto db = Database::open(m_db);
            QVERIFY(db.value()->exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")));
        }
        // The records the cut row bound, and the checkpoint of the last check, give it away even without the anchor.
        const Run cutNoAnchor = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QVERIFY(cutNoAnchor.code != 0);
        QVERIFY2(cutNoAnchor.err.contains(QStringLiteral("which does not exist")), qPrintable(cutNoAnchor.err));
        const Run cut = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db, QStringLiteral("--anchor"), anchor.out.trimmed()});
        QVERIFY(cut.code != 0);
        QVERIFY2(cut.err.contains(QStringLiteral("cut off")), qPrintable(cut.err));
        {
            auto db = Database::open(m_db);
            QVERIFY(db.value()->exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else' WHERE id = 1")));
        }
        const Run changed = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QVERIFY(changed.code != 0);
        QVERIFY2(changed.err.contains(QStringLiteral("audit row 1")), qPrintable(changed.err));
    }

    void backupHasTheSameCases()
    {
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), example("hg-01-complete.json")}).code, 0);
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--bundle"), example("ro-01-complete.json")}).code, 0);
        const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
        const Run r = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--to"), copy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto original = Database::open(m_db);
        auto restored = Database::open(copy);
        QVERIFY2(restored, qPrintable(restored.error()));
        QVERIFY(restored.value()->integrityProblem().isEmpty());
        for (qint64 id : {1, 2}) {
            QCOMPARE(CaseStore::summary(*restored.value(), id)->reference, CaseStore::summary(*original.value(), id)->reference);
            const auto a = CaseStore::attachments(*original.value(), id).value();
            const auto b = CaseStore::attachments(*restored.value(), id).value();
            QCOMPARE(a.size(), b.size());
            for (int i = 0; i < a.size(); ++i)
                QCOMPARE(b[i].sha256, a[i].sha256);
        }
        // A backup never overwrites.
        QVERIFY(runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_db, QStringLiteral("--to"), copy}).code != 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
