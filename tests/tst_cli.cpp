// The `pareview` binary's first decision: a subcommand it does not know
// ("pareview appel"), or an option the workstation does not take, prints
// the usage to standard error and exits 2 — before any window system is
// touched: with no display at all it still answers that way. Help,
// evaluate and policy run without the workstation module
// (libpareview-workstation.so) beside the program; the rest needs it.

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args, const QString &program = QStringLiteral(PAREVIEW_BINARY))
    {
        QProcess p;
        // No display and the X11 platform: a program that tries to open a
        // window fails here with an xcb error, not with the usage.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.status = p.exitStatus();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void refusedWithUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("pareview appeal") << QStringList{QStringLiteral("appeal")} << QStringLiteral("--db is required");
        QTest::newRow("pareview appeal --db x") << QStringList{QStringLiteral("appeal"), QStringLiteral("--db"), QStringLiteral("x.sqlite")}
                                                << QStringLiteral("--case is required");
        QTest::newRow("pareview appel (a typo)") << QStringList{QStringLiteral("appel")} << QStringLiteral("unknown command \"appel\"");
        QTest::newRow("pareview Evaluate (case matters)") << QStringList{QStringLiteral("Evaluate")} << QStringLiteral("unknown command \"Evaluate\"");
        QTest::newRow("pareview --frobnicate") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown option \"--frobnicate\"");
        QTest::newRow("pareview --db (no store)") << QStringList{QStringLiteral("--db")} << QStringLiteral("--db needs a store");
        QTest::newRow("pareview --db x stray") << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("stray")}
                                               << QStringLiteral("unexpected argument \"stray\"");
        // --catalog goes after the command word, as the usage shows it.
        QTest::newRow("pareview --catalog DIR evaluate")
            << QStringList{QStringLiteral("--catalog"), QStringLiteral("."), QStringLiteral("evaluate")}
            << QStringLiteral("unexpected argument \"evaluate\"");
    }

    void refusedWithUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = run(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("usage: pareview")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("xcb")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(r.exitCode, 2);
    }

    void helpGoesToStandardOutput()
    {
        const Run r = run({QStringLiteral("help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("usage: pareview")));
    }

    // The program copied alone into a folder: what it runs itself still
    // runs; the rest says the workstation cannot be loaded.
    void withoutTheWorkstationModule()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program = dir.filePath(QStringLiteral("pareview"));
        QVERIFY(QFile::copy(QStringLiteral(PAREVIEW_BINARY), program));

        Run r = run({QStringLiteral("--help")}, program);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("usage: pareview")), qPrintable(r.err));
        r = run({QStringLiteral("policy"), QStringLiteral("list")}, program);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("cigna-ip0535")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("evaluate")}, program);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("give exactly one of --bundle FILE and --bundle-dir DIR")), qPrintable(r.err));
        r = run({QStringLiteral("import")}, program);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot load the workstation")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
