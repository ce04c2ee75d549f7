// A full disk: the store lives on a 3 MiB tmpfs (mounted by the test when it
// may mount; skipped otherwise — the VFS test injects the same write errors
// everywhere). Cases are imported until the disk is full; every import either
// stores a whole case or reports the error, and the store still opens whole.

#include "CaseBuilder.h"

#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Users.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

class TestDiskFull final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;

private Q_SLOTS:
    void initTestCase()
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=3m"),
                                               QStringLiteral("tmpfs"), m_dir.path()});
        m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }

    void importsUntilTheDiskIsFull()
    {
        if (!m_mounted)
            QSKIP("cannot mount a small tmpfs here (not root); tst_iofaults injects the same failures");
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        auto admin = Users::add(*db.value(), QStringLiteral("ada"), Role::Administrator, QStringLiteral("admin password")).value();
        auto nurse = Users::add(*db.value(), QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("nurse password"), {}, {}, &admin).value();
        CaseFacts facts = exampleFacts(QStringLiteral("hg-01-complete"));
        AttachmentData scan;
        scan.title = QStringLiteral("scan.pdf");
        scan.bytes = QByteArray(150 * 1024, 'p');
        scan.bytes.prepend("%PDF-1.4\n");
        facts.attachments.append(scan);
        int stored = 0;
        QString failure;
        for (int i = 0; i < 100 && failure.isEmpty(); ++i) {
            auto id = CaseStore::create(*db.value(), facts, nurse);
            if (id)
                ++stored;
            else
                failure = id.error();
        }
        QVERIFY2(!failure.isEmpty(), "the disk never filled up");
        QVERIFY2(failure.contains(QStringLiteral("full"), Qt::CaseInsensitive) || failure.contains(QStringLiteral("disk"), Qt::CaseInsensitive),
                 qPrintable(failure));
        db.value().reset();

        auto reopened = Database::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        auto q = reopened.value()->exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toLongLong(), qint64(stored));
        auto whole = reopened.value()->exec(QStringLiteral("SELECT COUNT(*) FROM cases c WHERE (SELECT COUNT(*) FROM attachments a WHERE a.case_id = c.id) <> 2"));
        QVERIFY(whole && whole->next());
        QCOMPARE(whole->value(0).toLongLong(), 0);
        QVERIFY(AuditLog::verify(*reopened.value()));
        qInfo("%d cases stored before the 3 MiB disk filled; then: %s", stored, qPrintable(failure.left(160)));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
