// Users and roles: Argon2id hashes, never clear text; wrong passwords refused
// after a delay with one message for unknown names and wrong passwords; only
// an administrator adds users; every login audited.

#include "StoreFixture.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Users.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pareview;
using namespace testsupport;
using namespace std::chrono_literals;

class TestUsers final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin;

private Q_SLOTS:
    void initTestCase_data() { addEngineRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_store = std::make_unique<FreshStore>(engine);
        auto db = Database::open(m_store->location());
        QVERIFY2(db, qPrintable(db.error()));
        m_db = db.value();
        auto admin = Users::add(*m_db, QStringLiteral("ada"), Role::Administrator, QStringLiteral("correct horse battery"));
        QVERIFY2(admin, qPrintable(admin.error()));
        m_admin = admin.value();
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void passwordIsStoredAsArgon2idOnly()
    {
        auto q = m_db->exec(QStringLiteral("SELECT password_hash FROM users WHERE name = 'ada'"));
        QVERIFY(q && q->next());
        const QString hash = q->value(0).toString();
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("correct horse")));
    }

    void rightPasswordSignsIn()
    {
        auto user = Users::authenticate(*m_db, QStringLiteral("ada"), QStringLiteral("correct horse battery"), 0ms);
        QVERIFY2(user, qPrintable(user.error()));
        QCOMPARE(user->role, Role::Administrator);
    }

    void wrongPasswordAndUnknownNameLookTheSame()
    {
        QElapsedTimer timer;
        timer.start();
        auto wrong = Users::authenticate(*m_db, QStringLiteral("ada"), QStringLiteral("incorrect horse"), 300ms);
        QVERIFY(!wrong);
        QVERIFY(timer.elapsed() >= 300);
        auto unknown = Users::authenticate(*m_db, QStringLiteral("nobody"), QStringLiteral("incorrect horse"), 0ms);
        QVERIFY(!unknown);
        QCOMPARE(wrong.error(), unknown.error());
        QCOMPARE(wrong.error(), QStringLiteral("wrong user name or password"));
    }

    void loginsAreAudited()
    {
        QVERIFY(Users::authenticate(*m_db, QStringLiteral("ada"), QStringLiteral("correct horse battery"), 0ms));
        QVERIFY(!Users::authenticate(*m_db, QStringLiteral("ada"), QStringLiteral("nope nope nope"), 0ms));
        auto q = m_db->exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id"));
        QVERIFY(q);
        QStringList actions;
        while (q->next())
            actions << q->value(0).toString();
        QCOMPARE(actions, QStringList({QStringLiteral("integrity.seal"), QStringLiteral("user.add"), QStringLiteral("login.ok"), QStringLiteral("login.failed")}));
        QVERIFY(AuditLog::verify(*m_db));
    }

    void onlyAnAdministratorAddsUsers()
    {
        auto nurse = Users::add(*m_db, QStringLiteral("nina"), Role::IntakeNurse, QStringLiteral("long enough pw"), {}, {}, &m_admin);
        QVERIFY2(nurse, qPrintable(nurse.error()));
        auto byNurse = Users::add(*m_db, QStringLiteral("mark"), Role::MedicalDirector, QStringLiteral("long enough pw"), {}, {}, &nurse.value());
        QVERIFY(!byNurse);
        QVERIFY2(byNurse.error().contains(QStringLiteral("only an administrator")), qPrintable(byNurse.error()));
        auto anonymous = Users::add(*m_db, QStringLiteral("eve"), Role::Administrator, QStringLiteral("long enough pw"));
        QVERIFY(!anonymous);
        QVERIFY(!Users::byName(*m_db, QStringLiteral("mark")));
        QVERIFY(!Users::byName(*m_db, QStringLiteral("eve")));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::newRow("short password") << "nina" << "short" << "at least 10 characters";
        QTest::newRow("name with a space") << "nina r" << "long enough pw" << "must be 2 to 64 letters";
        QTest::newRow("duplicate name") << "ada" << "long enough pw" << "already exists";
    }

    void badInputIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, message);
        auto r = Users::add(*m_db, name, Role::IntakeNurse, password, {}, {}, &m_admin);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
