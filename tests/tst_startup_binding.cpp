// Start-up without the record-binding triggers (issue 14): a store opened
// for the workstation (CheckOnOpen::Later) gets the triggers that bind
// written rows into the audit chain only when its integrity check has passed
// and writes are let through. Nothing may be written before them: every
// write is refused until then, and the first writes after them are bound,
// so the store still verifies whole, and a row changed by another program
// is still found.

#include "store/Database.h"
#include "store/DemoData.h"
#include "store/RecordIntegrity.h"
#include "store/StoreCheck.h"
#include "store/Users.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pareview;

class TestStartupBinding final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static IntegrityReport verified(Database &db)
    {
        auto report = RecordIntegrity::verify(db, RecordIntegrity::Mode::Full);
        return report ? report.value() : IntegrityReport{};
    }

private Q_SLOTS:
    void writesAfterTheCheckAreBound()
    {
        const QString file = m_dir.filePath(QStringLiteral("later.sqlite"));
        QVERIFY(DemoData::populate(*Database::open(file).value()));
        auto opened = Database::open(file, {}, Database::CheckOnOpen::Later);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &db = *opened.value();

        // Before the check: no write of a bound table goes through, with or without a transaction.
        QVERIFY(!Users::add(db, QStringLiteral("early"), Role::ClinicalReviewer, QStringLiteral("early password")));
        auto direct = db.exec(QStringLiteral("UPDATE users SET display_name = 'changed' WHERE name = 'nurse'"));
        QVERIFY(!direct);
        QCOMPARE(direct.error(), db.writeHoldText());

        StoreCheck check(opened.value());
        QTRY_COMPARE(check.state(), StoreCheck::State::Passed);
        QCOMPARE(db.writeHold(), Database::Hold::None);

        // pareview's own writes now: bound, so the store verifies whole.
        const User admin = Users::byName(db, QStringLiteral("admin")).value();
        auto user = Users::add(db, QStringLiteral("late"), Role::ClinicalReviewer, QStringLiteral("late password"), {}, {}, &admin);
        QVERIFY2(user, qPrintable(user.error()));
        IntegrityReport report = verified(db);
        QVERIFY2(report.ok(), qPrintable(report.summary()));

        // A write outside pareview's own paths (no audit row) is still found.
        QVERIFY(db.exec(QStringLiteral("UPDATE users SET display_name = 'changed' WHERE name = 'nurse'")));
        auto discard = RecordIntegrity::takeWritten(db); // collected by the triggers, as any write is
        QVERIFY(discard);
        QVERIFY2(!discard->isEmpty(), "the triggers did not collect the write");
        report = verified(db);
        QVERIFY(!report.ok());
        QCOMPARE(report.findings.first().table, QStringLiteral("users"));
    }

    void theCommandLinePathIsBoundFromTheStart()
    {
        const QString file = m_dir.filePath(QStringLiteral("now.sqlite"));
        QVERIFY(DemoData::populate(*Database::open(file).value()));
        auto opened = Database::open(file);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened.value()->writeHold(), Database::Hold::None);
        const User admin = Users::byName(*opened.value(), QStringLiteral("admin")).value();
        QVERIFY(Users::add(*opened.value(), QStringLiteral("late"), Role::ClinicalReviewer, QStringLiteral("late password"), {}, {}, &admin));
        const IntegrityReport report = verified(*opened.value());
        QVERIFY2(report.ok(), qPrintable(report.summary()));
    }
};

QTEST_MAIN(TestStartupBinding)
#include "tst_startup_binding.moc"
