// Access control: every role tries every action through the model API and
// through the command line; every forbidden one is refused and audited, every
// allowed one goes through. The rules live in the store, not in the UI.

#include "CaseBuilder.h"

#include "cli/Cli.h"
#include "letters/Letters.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {

const char *const kRoles[] = {"intake-nurse", "clinical-reviewer", "medical-director", "administrator"};

struct Action
{
    const char *name;
    QSet<QString> allowed;
};

const QVector<Action> &actions()
{
    static const QVector<Action> list = {
        {"create a case", {QStringLiteral("intake-nurse"), QStringLiteral("administrator")}},
        {"attach a document", {QStringLiteral("intake-nurse"), QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director"), QStringLiteral("administrator")}},
        {"submit for review", {QStringLiteral("intake-nurse"), QStringLiteral("administrator")}},
        {"claim from the queue", {QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director")}},
        {"decide a criterion", {QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director")}},
        {"send to a medical director", {QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director")}},
        {"approve", {QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director")}},
        {"approve under an all-to-director policy", {QStringLiteral("medical-director")}},
        {"deny", {QStringLiteral("medical-director")}},
        {"pend for information", {QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director")}},
        {"add a user", {QStringLiteral("administrator")}},
        {"issue a letter", {QStringLiteral("clinical-reviewer"), QStringLiteral("medical-director")}},
    };
    return list;
}

struct CliRun
{
    int code;
    QString err;
};

CliRun runCli(const QStringList &args, const QByteArray &input)
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = pareview::cli::run(args, {in, o, e});
    o.flush();
    e.flush();
    return {code, err};
}

} // namespace

class TestAccessControl final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_db;
    QHash<QString, User> m_users;

    qint64 refusals()
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'refused.%'"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    qint64 newCase(const QString &example = QStringLiteral("ro-01-complete"))
    {
        return CaseStore::create(*m_db, exampleFacts(example), m_users.value(QStringLiteral("intake-nurse"))).value();
    }

    Status attempt(const QString &action, const User &actor)
    {
        if (action == QLatin1String("create a case")) {
            auto r = CaseStore::create(*m_db, exampleFacts(QStringLiteral("ro-01-complete")), actor);
            return r ? success() : Status(Error{r.error()});
        }
        const qint64 id = newCase();
        if (action == QLatin1String("attach a document")) {
            auto r = CaseStore::addAttachment(*m_db, id, QStringLiteral("note.txt"), QString(), QByteArray("chart note"), actor);
            return r ? success() : Status(Error{r.error()});
        }
        if (action == QLatin1String("submit for review"))
            return Review::submitForReview(*m_db, id, actor);
        if (action == QLatin1String("claim from the queue")) {
            auto r = Review::claimNext(*m_db, actor);
            return r ? success() : Status(Error{r.error()});
        }
        // Criteria are decided and cases determined once the nurse has submitted them.
        const bool reviewed = action != QLatin1String("add a user") && action != QLatin1String("send to a medical director");
        if (reviewed)
            if (auto s = Review::submitForReview(*m_db, id, m_users.value(QStringLiteral("intake-nurse"))); !s)
                return s;
        if (action == QLatin1String("decide a criterion"))
            return Review::recordDecision(*m_db, id, {QStringLiteral("pharmacy-109"), QStringLiteral("Roctavian.2"), QStringLiteral("met"), {}, {}, {}}, actor);
        if (action == QLatin1String("send to a medical director")) {
            // Only a case in review goes on: the nurse has submitted it.
            if (auto s = Review::submitForReview(*m_db, id, m_users.value(QStringLiteral("intake-nurse"))); !s)
                return s;
            return Review::sendToMedicalDirector(*m_db, id, QString(), actor);
        }
        if (action == QLatin1String("add a user")) {
            auto r = Users::add(*m_db, QStringLiteral("new%1").arg(id), Role::IntakeNurse, QStringLiteral("a long password"), {}, {}, &actor);
            return r ? success() : Status(Error{r.error()});
        }
        DeterminationInput in;
        in.policyId = QStringLiteral("pharmacy-109");
        in.policyVersion = QStringLiteral("2025-11-20");
        in.approvalStart = QDate::currentDate();
        in.approvalEnd = QDate::currentDate().addMonths(6).addDays(-1);
        in.replyBy = QDate::currentDate().addDays(14);
        in.outcome = QStringLiteral("approve");
        if (action == QLatin1String("approve under an all-to-director policy")) {
            in.policyId = QStringLiteral("cigna-ip0535");
            in.policyRequiresMedicalDirector = true;
        } else if (action == QLatin1String("deny")) {
            in.outcome = QStringLiteral("deny");
        } else if (action == QLatin1String("pend for information")) {
            in.outcome = QStringLiteral("pend");
        } else if (action == QLatin1String("issue a letter")) {
            // A director's approval, drafted from the criteria, stands; then the actor issues its letter.
            const User director = m_users.value(QStringLiteral("medical-director"));
            auto draft = DecisionDrafts::prepare(*m_db, library(), id, QStringLiteral("approve"), QString(), director, QStringLiteral("pharmacy-109"));
            if (!draft)
                return Error{draft.error()};
            if (auto d = Review::determine(*m_db, id, draft->input, director); !d)
                return Error{d.error()};
            auto r = Letters::issue(*m_db, library(), id, {}, actor);
            return r ? success() : Status(Error{r.error()});
        }
        auto r = Review::determine(*m_db, id, in, actor);
        return r ? success() : Status(Error{r.error()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("access.sqlite"));
        m_db = Database::open(m_path).value();
        const User admin = Users::add(*m_db, QStringLiteral("administrator"), Role::Administrator, QStringLiteral("password of administrator")).value();
        m_users.insert(QStringLiteral("administrator"), admin);
        for (const char *role : kRoles)
            if (QLatin1String(role) != QLatin1String("administrator"))
                m_users.insert(QString::fromLatin1(role),
                               Users::add(*m_db, QString::fromLatin1(role), *roleFromName(QString::fromLatin1(role)),
                                          QStringLiteral("password of %1").arg(QLatin1String(role)), QStringLiteral("Dr. %1").arg(QLatin1String(role)),
                                          QStringLiteral("MD"), &admin).value());
    }

    void everyRoleTriesEveryAction_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        for (const char *role : kRoles)
            for (const Action &a : actions())
                QTest::addRow("%s: %s", role, a.name) << QString::fromLatin1(role) << QString::fromLatin1(a.name)
                                                      << a.allowed.contains(QString::fromLatin1(role));
    }

    void everyRoleTriesEveryAction()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        // Letters need the actor's credentials; every user here has some.
        const qint64 before = refusals();
        const Status s = attempt(action, m_users.value(role));
        if (allowed) {
            QVERIFY2(s, qPrintable(s.error()));
            QCOMPARE(refusals(), before);
        } else {
            QVERIFY2(!s, "a forbidden action went through");
            QVERIFY(!s.error().isEmpty());
            QCOMPARE(refusals(), before + 1); // refused and audited
        }
        QVERIFY(AuditLog::verify(*m_db));
    }

    void commandLineHasTheSameRules_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("allowed");
        const QString bundle = sharedPath(QStringLiteral("spec/examples/ro-01-complete.json"));
        QTest::newRow("nurse imports") << QStringList{QStringLiteral("import"), QStringLiteral("--bundle"), bundle, QStringLiteral("--user"), QStringLiteral("intake-nurse")}
                                       << QByteArray("password of intake-nurse\n") << true;
        QTest::newRow("director imports") << QStringList{QStringLiteral("import"), QStringLiteral("--bundle"), bundle, QStringLiteral("--user"), QStringLiteral("medical-director")}
                                          << QByteArray("password of medical-director\n") << false;
        QTest::newRow("reviewer adds a user") << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("eve"),
                                                             QStringLiteral("--role"), QStringLiteral("administrator"), QStringLiteral("--as"), QStringLiteral("clinical-reviewer")}
                                              << QByteArray("password of clinical-reviewer\nsome long password\n") << false;
        QTest::newRow("nurse decides") << QStringList{QStringLiteral("decide"), QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("intake-nurse"),
                                                      QStringLiteral("--outcome"), QStringLiteral("approve")}
                                       << QByteArray("password of intake-nurse\n") << false;
        QTest::newRow("reviewer denies") << QStringList{QStringLiteral("decide"), QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("clinical-reviewer"),
                                                        QStringLiteral("--outcome"), QStringLiteral("deny")}
                                         << QByteArray("password of clinical-reviewer\n") << false;
        QTest::newRow("wrong password") << QStringList{QStringLiteral("decide"), QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("medical-director"),
                                                       QStringLiteral("--outcome"), QStringLiteral("approve")}
                                        << QByteArray("guess\n") << false;
    }

    void commandLineHasTheSameRules()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(bool, allowed);
        args << QStringLiteral("--db") << m_path;
        const qint64 auditBefore = AuditLog::verify(*m_db)->rows;
        const CliRun r = runCli(args, input);
        if (allowed) {
            QVERIFY2(r.code == 0, qPrintable(r.err));
        } else {
            QVERIFY2(r.code != 0, "a forbidden command went through");
            QVERIFY(!r.err.isEmpty());
            // Something was written to the trail: the refusal or the failed sign-in.
            QVERIFY(AuditLog::verify(*m_db)->rows > auditBefore);
        }
    }
};

QTEST_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
