// Appeals and peer-to-peer in the model (issue 13): the appeal deadline per
// line of business and priority from the table, each citing its rule; the
// filing window (late without good cause: dismissed); new facts through the
// intake checks; independence (only a medical director who took part in no
// earlier decision of the case); every outcome, an overturn superseding the
// denial with an approval, an upheld Medicare Advantage appeal forwarded to
// the independent review entity with its due time; the criteria before and
// after; the peer-to-peer steps. Refusals audited, the chain intact. On
// SQLite and on PostgreSQL.

#include "CaseBuilder.h"
#include "StoreFixture.h"
#include "engine/EvaluationJson.h"
#include "store/Appeals.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/PeerToPeer.h"
#include "store/Review.h"
#include "store/Users.h"
#include "store/Worklist.h"

#include <QTest>

using namespace pareview;
using namespace testsupport;

namespace {
const QString kPolicy = QStringLiteral("cigna-ip0535");
}

class TestAppeals final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FreshStore> m_store;
    std::shared_ptr<Database> m_db;
    User m_admin, m_nurse, m_reviewer, m_director, m_second, m_third;
    const PolicyLibrary &m_library = library();

    static CaseFacts denialFacts(const QString &lob = QStringLiteral("commercial"))
    {
        CaseBuilder b = CaseBuilder::fromExample(QStringLiteral("hg-01-complete"));
        b.setLab(QStringLiteral("alt"), 96, QDate::currentDate().addDays(-20), 40);
        b.setLineOfBusiness(lob);
        return b.facts();
    }

    // A case denied by m_director (under `lob`).
    qint64 deniedCase(const QString &lob = QStringLiteral("commercial"))
    {
        auto id = CaseStore::create(*m_db, denialFacts(lob), m_nurse);
        if (!id || !Review::submitForReview(*m_db, *id, m_nurse)) // decided once the nurse submits it
            return -1;
        auto draft = DecisionDrafts::prepare(*m_db, m_library, *id, QStringLiteral("deny"), QString(), m_director, kPolicy);
        if (!draft) {
            qWarning("%s", qPrintable(draft.error()));
            return -1;
        }
        if (!Review::determine(*m_db, *id, draft->input, m_director))
            return -1;
        return *id;
    }

    // The appeal's new facts: a normal liver test since the denial, and the clinic's letter.
    static AppealFiling filing(const QString &from = QStringLiteral("prescriber"), bool expedited = false)
    {
        AppealFiling f;
        f.filedBy = from;
        f.expedited = expedited;
        f.reason = QStringLiteral("ALT is normal on repeat testing");
        Measurement alt;
        alt.value = 31;
        alt.unit = LabCatalog::byName(QStringLiteral("alt"))->canonicalUnit;
        alt.date = QDate::currentDate().addDays(-1);
        alt.upperLimit = 40;
        alt.source = QStringLiteral("appeal: clinic letter");
        f.newFacts.labs[QStringLiteral("alt")] = {alt};
        f.newFacts.attachments.append({QStringLiteral("repeat-alt.pdf"), QStringLiteral("application/pdf"), QString(),
                                       QByteArray("%PDF-1.4\n% repeat ALT 31 U/L\n%%EOF\n"), QString(), QStringLiteral("appeal")});
        return f;
    }

    qint64 count(const QString &sql, const QVariantMap &values = {})
    {
        auto q = m_db->exec(sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    qint64 refusals(const QString &action)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"), {{QStringLiteral("a"), QStringLiteral("refused.") + action}});
    }

    // The appeal's re-evaluated criteria (the approval's snapshot).
    QString currentSnapshot(qint64 appealCase)
    {
        auto draft = DecisionDrafts::prepare(*m_db, m_library, appealCase, QStringLiteral("approve"), QString(), m_second, kPolicy);
        return draft ? draft->input.criteriaSnapshot : QString();
    }

    AppealDecision approval(const QString &outcome, qint64 appealCase)
    {
        AppealDecision d;
        d.outcome = outcome;
        d.reason = outcome == QLatin1String("partly-overturned") ? QStringLiteral("one dose approved, the second stays denied") : QString();
        d.approvalStart = QDate::currentDate();
        d.approvalEnd = QDate::currentDate().addDays(89);
        d.quantity = QStringLiteral("1 dose");
        d.criteriaSnapshot = currentSnapshot(appealCase);
        return d;
    }

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
        auto add = [&](const char *name, Role role, const char *display, const char *cred) {
            return Users::add(*m_db, QString::fromLatin1(name), role, QStringLiteral("%1 password").arg(QLatin1String(name)),
                              QString::fromLatin1(display), QString::fromLatin1(cred), &m_admin)
                .value();
        };
        m_nurse = add("nina", Role::IntakeNurse, "Nina Ruiz", "RN");
        m_reviewer = add("rita", Role::ClinicalReviewer, "Rita Okafor", "PharmD");
        m_director = add("mark", Role::MedicalDirector, "Mark Chen", "MD");
        m_second = add("sofia", Role::MedicalDirector, "Sofia Alvarez", "MD");
        m_third = add("omar", Role::MedicalDirector, "Omar Haddad", "DO");
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    // The appeal's clock from the deadline table, per line of business and priority, citing its rule.
    void deadlines_data()
    {
        QTest::addColumn<QString>("lob");
        QTest::addColumn<bool>("expedited");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QString>("rule");
        QTest::newRow("Medicare Advantage standard: 7 days") << "medicare-advantage" << false << 7 * 24 << "422.590";
        QTest::newRow("Medicare Advantage expedited: 72 h") << "medicare-advantage" << true << 72 << "422.590";
        QTest::newRow("Medicaid standard: 30 days") << "medicaid" << false << 30 * 24 << "438.408";
        QTest::newRow("Medicaid expedited: 72 h") << "medicaid" << true << 72 << "438.408";
        QTest::newRow("CHIP standard: 30 days") << "chip" << false << 30 * 24 << "457.1260";
        QTest::newRow("CHIP expedited: 72 h") << "chip" << true << 72 << "457.1260";
        QTest::newRow("commercial standard: 30 days") << "commercial" << false << 30 * 24 << "2560.503-1";
        QTest::newRow("commercial urgent: 72 h") << "commercial" << true << 72 << "2560.503-1";
        QTest::newRow("marketplace standard: 30 days") << "marketplace" << false << 30 * 24 << "147.136";
        QTest::newRow("marketplace urgent: 72 h") << "marketplace" << true << 72 << "147.136";
    }

    void deadlines()
    {
        QFETCH(QString, lob);
        QFETCH(bool, expedited);
        QFETCH(int, hours);
        QFETCH(QString, rule);
        const qint64 id = deniedCase(lob);
        QVERIFY(id > 0);
        AppealFiling f = filing(QStringLiteral("member"), expedited);
        auto appealId = Appeals::file(*m_db, id, f, m_nurse);
        QVERIFY2(appealId, qPrintable(appealId.error()));
        auto a = Appeals::byId(*m_db, *appealId);
        QVERIFY(a);
        QCOMPARE(a->reference, QStringLiteral("AP-0000001"));
        QCOMPARE(a->received.secsTo(a->dueBy), qint64(hours) * 3600);
        QVERIFY2(a->deadlineRule.contains(rule), qPrintable(a->deadlineRule));
        QCOMPARE(a->priority, expedited ? QStringLiteral("expedited") : QStringLiteral("standard"));
        QVERIFY(!a->late);
        // Its own case: the reference, the clock, in the worklist, linked both ways.
        auto appealCase = CaseStore::summary(*m_db, a->caseId);
        QVERIFY(appealCase);
        QCOMPARE(appealCase->reference, a->reference);
        QCOMPARE(appealCase->dueBy, a->dueBy);
        QCOMPARE(appealCase->status, QStringLiteral("awaiting-medical-director"));
        QCOMPARE(a->originalCaseId, id);
        auto back = Appeals::against(*m_db, id);
        QVERIFY(back && back->size() == 1);
        QCOMPARE(back->first().caseId, a->caseId);
        WorklistFilter filter;
        filter.search = QStringLiteral("AP-0000001");
        auto rows = Worklist::page(*m_db, filter, {}, 0, 10);
        QVERIFY(rows && rows->size() == 1);
        QCOMPARE(rows->first().id, a->caseId);
        // The table is data: an administrator's change applies to the next appeal.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal_deadlines SET hours = 48 WHERE line_of_business = :l AND priority = :p"),
                           {{QStringLiteral("l"), lob}, {QStringLiteral("p"), a->priority}}));
        QVERIFY(Appeals::decide(*m_db, *appealId, {QStringLiteral("withdrawn"), {}, {}, {}, {}, {}}, m_nurse));
        auto again = Appeals::file(*m_db, id, f, m_nurse);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(Appeals::byId(*m_db, *again)->received.secsTo(Appeals::byId(*m_db, *again)->dueBy), qint64(48) * 3600);
        QVERIFY(AuditLog::verify(*m_db));
    }

    // Filed within the window, late with a good-cause note, or late without one (dismissed at once).
    void filingWindow_data()
    {
        QTest::addColumn<QString>("lob");
        QTest::addColumn<int>("daysAfter");
        QTest::addColumn<QString>("goodCause");
        QTest::addColumn<bool>("late");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("Medicare Advantage day 65") << "medicare-advantage" << 65 << "" << false << "";
        QTest::newRow("Medicare Advantage day 66") << "medicare-advantage" << 66 << "" << true << "dismissed";
        QTest::newRow("Medicaid day 60") << "medicaid" << 60 << "" << false << "";
        QTest::newRow("Medicaid day 61") << "medicaid" << 61 << "" << true << "dismissed";
        QTest::newRow("CHIP day 61 with good cause") << "chip" << 61 << "member was in hospital" << true << "";
        QTest::newRow("commercial day 180") << "commercial" << 180 << "" << false << "";
        QTest::newRow("commercial day 181") << "commercial" << 181 << "" << true << "dismissed";
        QTest::newRow("marketplace day 200 with good cause") << "marketplace" << 200 << "notice sent to old address" << true << "";
    }

    void filingWindow()
    {
        QFETCH(QString, lob);
        QFETCH(int, daysAfter);
        QFETCH(QString, goodCause);
        QFETCH(bool, late);
        QFETCH(QString, outcome);
        const qint64 id = deniedCase(lob);
        QVERIFY(id > 0);
        // The appeal comes `daysAfter` days after the notice (the decision: no letter was issued).
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(daysAfter);
        AppealFiling f = filing();
        f.received = later;
        f.goodCause = goodCause;
        auto appealId = Appeals::file(*m_db, id, f, m_nurse, later);
        QVERIFY2(appealId, qPrintable(appealId.error()));
        auto a = Appeals::byId(*m_db, *appealId);
        QCOMPARE(a->late, late);
        QCOMPARE(a->outcome, outcome);
        if (late && goodCause.isEmpty()) {
            QVERIFY2(a->outcomeReason.contains(QStringLiteral("no good cause")), qPrintable(a->outcomeReason));
            QCOMPARE(CaseStore::summary(*m_db, a->caseId)->status, QStringLiteral("determined"));
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appeal.dismiss' AND case_id = :c"),
                           {{QStringLiteral("c"), a->caseId}}),
                     1);
        } else {
            QCOMPARE(a->goodCause, late ? goodCause : QString());
            QVERIFY(a->open());
        }
    }

    void filingRefused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("message");
        QTest::newRow("not determined") << "undetermined" << "only a final determination is appealed";
        QTest::newRow("an unknown filer") << "filer" << "the member, the prescriber or a representative";
        QTest::newRow("received in the future") << "future" << "in the future";
        QTest::newRow("received before the denial") << "before" << "before the determination";
        QTest::newRow("an appeal already open") << "twice" << "already has an open appeal";
        QTest::newRow("a new fact the intake refuses") << "bad-fact" << "not plausible";
        QTest::newRow("an appeal of an appeal") << "appeal-of-appeal" << "is itself an appeal";
        QTest::newRow("no deadline for the line of business") << "no-rule" << "appeal_deadlines";
    }

    void filingRefused()
    {
        QFETCH(QString, situation);
        QFETCH(QString, message);
        qint64 id = situation == QLatin1String("undetermined") ? CaseStore::create(*m_db, denialFacts(), m_nurse).value() : deniedCase();
        QVERIFY(id > 0);
        AppealFiling f = filing();
        if (situation == QLatin1String("filer"))
            f.filedBy = QStringLiteral("neighbour");
        else if (situation == QLatin1String("future"))
            f.received = QDateTime::currentDateTimeUtc().addDays(2);
        else if (situation == QLatin1String("before"))
            f.received = QDateTime::currentDateTimeUtc().addDays(-2);
        else if (situation == QLatin1String("twice"))
            QVERIFY(Appeals::file(*m_db, id, filing(), m_nurse));
        else if (situation == QLatin1String("bad-fact"))
            f.newFacts.labs[QStringLiteral("weight")] = {Measurement{7000, QStringLiteral("kg"), QDate::currentDate(), {}, {}, {}, {}, QStringLiteral("appeal")}};
        else if (situation == QLatin1String("appeal-of-appeal")) {
            auto first = Appeals::file(*m_db, id, filing(), m_nurse);
            QVERIFY(first);
            QVERIFY(Appeals::decide(*m_db, *first, {QStringLiteral("upheld"), QStringLiteral("criteria still not met"), {}, {}, {}, {}}, m_second));
            id = Appeals::byId(*m_db, *first)->caseId;
        } else if (situation == QLatin1String("no-rule"))
            QVERIFY(m_db->exec(QStringLiteral("DELETE FROM appeal_deadlines WHERE line_of_business = 'commercial'")));
        const qint64 appeals = count(QStringLiteral("SELECT COUNT(*) FROM appeals"));
        const qint64 cases = count(QStringLiteral("SELECT COUNT(*) FROM cases"));
        auto r = Appeals::file(*m_db, id, f, m_nurse);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appeals")), appeals);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases")), cases);
        QVERIFY(refusals(QStringLiteral("appeal.file")) >= 1);
    }

    // New facts and documents: the appeal's case has them, the original keeps its own; the criteria before and after.
    void newFactsAndComparison()
    {
        const qint64 id = deniedCase();
        QVERIFY(id > 0);
        auto appealId = Appeals::file(*m_db, id, filing(), m_nurse);
        QVERIFY2(appealId, qPrintable(appealId.error()));
        const Appeal a = Appeals::byId(*m_db, *appealId).value();
        auto attachments = CaseStore::attachments(*m_db, a.caseId);
        QVERIFY(attachments && attachments->size() == 1);
        QCOMPARE(attachments->first().fileName, QStringLiteral("repeat-alt.pdf"));
        const auto originals = CaseStore::attachments(*m_db, id).value();
        for (const StoredAttachment &original : originals)
            QVERIFY(original.fileName != QLatin1String("repeat-alt.pdf"));
        auto facts = CaseStore::facts(*m_db, a.caseId, m_second);
        QVERIFY(facts);
        QCOMPARE(facts->labs.value(QStringLiteral("alt")).size(), 2);
        QCOMPARE(CaseStore::facts(*m_db, id, m_second)->labs.value(QStringLiteral("alt")).size(), 1);

        const QString now = currentSnapshot(a.caseId);
        QVERIFY2(!now.isEmpty(), "the appeal's criteria support an approval");
        auto original = Review::latestDetermination(*m_db, id);
        auto changes = Appeals::compare((*original)->criteriaSnapshot, now);
        QVERIFY2(changes, qPrintable(changes.error()));
        int changed = 0;
        for (const CriterionChange &c : changes.value())
            if (c.changed()) {
                ++changed;
                QVERIFY2(c.before == QLatin1String("not-met") && c.now == QLatin1String("met"), qPrintable(c.label + c.before + c.now));
            }
        QVERIFY(changed >= 1);
        // The appeal's case is not determined like a request.
        auto draft = DecisionDrafts::prepare(*m_db, m_library, a.caseId, QStringLiteral("approve"), QString(), m_second, kPolicy);
        QVERIFY(draft);
        auto r = Review::determine(*m_db, a.caseId, draft->input, m_second);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("is an appeal")), qPrintable(r.error()));
    }

    // Only a medical director who decided nothing earlier in the case decides the appeal.
    void independence_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("message"); // empty: allowed
        QTest::newRow("the director who denied, upholding") << "denier" << "upheld" << "took part in a decision of case";
        QTest::newRow("the director who denied, overturning") << "denier" << "overturned" << "took part in a decision of case";
        QTest::newRow("a director of an earlier determination") << "earlier" << "upheld" << "took part in a decision of case";
        QTest::newRow("a clinical reviewer") << "reviewer" << "overturned" << "only a medical director decides an appeal";
        QTest::newRow("a nurse dismissing") << "nurse" << "dismissed" << "only a medical director decides an appeal";
        QTest::newRow("an administrator") << "admin" << "upheld" << "only a medical director decides an appeal";
        QTest::newRow("a second director upholds") << "second" << "upheld" << "";
        QTest::newRow("a nurse records a withdrawal") << "nurse" << "withdrawn" << "";
    }

    void independence()
    {
        QFETCH(QString, who);
        QFETCH(QString, outcome);
        QFETCH(QString, message);
        const qint64 id = deniedCase();
        QVERIFY(id > 0);
        if (who == QLatin1String("earlier")) {
            // m_third's earlier denial was superseded by m_director's: both are earlier decisions.
            auto draft = DecisionDrafts::prepare(*m_db, m_library, id, QStringLiteral("deny"), QString(), m_third, kPolicy);
            QVERIFY(Review::supersede(*m_db, id, draft->input, QStringLiteral("wording of the rationale"), m_third));
        }
        auto appealId = Appeals::file(*m_db, id, filing(), m_nurse);
        QVERIFY2(appealId, qPrintable(appealId.error()));
        const QHash<QString, User> users{{QStringLiteral("denier"), m_director}, {QStringLiteral("earlier"), m_director},
                                         {QStringLiteral("reviewer"), m_reviewer}, {QStringLiteral("nurse"), m_nurse},
                                         {QStringLiteral("admin"), m_admin}, {QStringLiteral("second"), m_second}};
        const User actor = users.value(who);
        const qint64 caseId = Appeals::byId(*m_db, *appealId)->caseId;
        AppealDecision d = outcome == QLatin1String("overturned") ? approval(outcome, caseId) : AppealDecision{outcome, QStringLiteral("as reviewed"), {}, {}, {}, {}};
        const Status s = Appeals::decide(*m_db, *appealId, d, actor);
        if (message.isEmpty()) {
            QVERIFY2(s, qPrintable(s.error()));
            QCOMPARE(Appeals::byId(*m_db, *appealId)->outcome, outcome);
            return;
        }
        QVERIFY(!s);
        QVERIFY2(s.error().contains(message), qPrintable(s.error()));
        QVERIFY(Appeals::byId(*m_db, *appealId)->open());
        QCOMPARE(refusals(QStringLiteral("appeal.decide")), 1);
        if (who == QLatin1String("earlier")) {
            // m_third decided the superseded one: refused too.
            QVERIFY(!Appeals::decide(*m_db, *appealId, d, m_third));
        }
    }

    // Each outcome, on each line of business where it differs.
    void outcomes_data()
    {
        QTest::addColumn<QString>("lob");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("caseStatus");
        QTest::addColumn<QString>("nextLevel");
        QTest::newRow("overturned") << "commercial" << "overturned" << "determined" << "";
        QTest::newRow("partly overturned") << "medicaid" << "partly-overturned" << "determined" << "";
        QTest::newRow("upheld, Medicare Advantage: forwarded to the IRE") << "medicare-advantage" << "upheld" << "determined" << "independent-review-entity";
        QTest::newRow("upheld, Medicaid: state fair hearing") << "medicaid" << "upheld" << "determined" << "state-fair-hearing";
        QTest::newRow("upheld, CHIP: state fair hearing") << "chip" << "upheld" << "determined" << "state-fair-hearing";
        QTest::newRow("upheld, commercial: external review") << "commercial" << "upheld" << "determined" << "external-review";
        QTest::newRow("upheld, marketplace: external review") << "marketplace" << "upheld" << "determined" << "external-review";
        QTest::newRow("dismissed") << "commercial" << "dismissed" << "determined" << "";
        QTest::newRow("withdrawn") << "commercial" << "withdrawn" << "withdrawn" << "";
    }

    void outcomes()
    {
        QFETCH(QString, lob);
        QFETCH(QString, outcome);
        QFETCH(QString, caseStatus);
        QFETCH(QString, nextLevel);
        const qint64 id = deniedCase(lob);
        QVERIFY(id > 0);
        const qint64 denial = (*Review::latestDetermination(*m_db, id).value()).id;
        auto appealId = Appeals::file(*m_db, id, filing(QStringLiteral("member"), lob == QLatin1String("medicare-advantage")), m_nurse);
        QVERIFY2(appealId, qPrintable(appealId.error()));
        const qint64 caseId = Appeals::byId(*m_db, *appealId)->caseId;
        const bool approving = outcome.contains(QLatin1String("overturned"));
        AppealDecision d = approving ? approval(outcome, caseId) : AppealDecision{outcome, QStringLiteral("reviewed on appeal"), {}, {}, {}, {}};
        const Status s = Appeals::decide(*m_db, *appealId, d, m_second);
        QVERIFY2(s, qPrintable(s.error()));
        const Appeal a = Appeals::byId(*m_db, *appealId).value();
        QCOMPARE(a.outcome, outcome);
        QCOMPARE(a.decidedBy, m_second.id);
        QCOMPARE(CaseStore::summary(*m_db, caseId)->status, caseStatus);
        QCOMPARE(a.nextLevel, nextLevel);
        auto latest = Review::latestDetermination(*m_db, id).value();
        if (approving) {
            // The approval supersedes the denial, with its period and quantity, saying it comes from the appeal.
            QVERIFY(a.newDeterminationId);
            QCOMPARE(latest->id, *a.newDeterminationId);
            QCOMPARE(latest->outcome, QStringLiteral("approve"));
            QCOMPARE(*latest->supersedes, denial);
            QCOMPARE(latest->approvalStart, d.approvalStart);
            QCOMPARE(latest->approvalEnd, d.approvalEnd);
            QCOMPARE(latest->quantity, d.quantity);
            QVERIFY2(latest->supersedeReason.contains(a.reference), qPrintable(latest->supersedeReason));
            QCOMPARE(latest->decidedBy, m_second.id);
        } else {
            QCOMPARE(latest->id, denial);
            QVERIFY(!a.newDeterminationId);
        }
        if (nextLevel == QLatin1String("independent-review-entity")) {
            // Expedited: forwarded now, due within 24 hours; recorded and audited.
            QVERIFY(a.forwardedAt.isValid());
            QCOMPARE(a.forwardedAt.secsTo(a.forwardDue), qint64(24 * 3600));
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appeal.forward' AND case_id = :c"),
                           {{QStringLiteral("c"), caseId}}),
                     1);
        } else {
            QVERIFY(!a.forwardedAt.isValid());
        }
        // Decided once.
        auto again = Appeals::decide(*m_db, *appealId, {QStringLiteral("upheld"), {}, {}, {}, {}, {}}, m_third);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("already decided")), qPrintable(again.error()));
        QVERIFY(AuditLog::verify(*m_db));
    }

    void outcomeRefused_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("message");
        QTest::newRow("an overturn without a quantity") << "overturned" << "approves a quantity";
        QTest::newRow("an overturn without its period") << "overturned-no-period" << "start and end dates";
        QTest::newRow("a dismissal without its reason") << "dismissed" << "needs the reason";
        QTest::newRow("partly overturned without what stays denied") << "partly-overturned" << "what stays denied";
        QTest::newRow("an unknown outcome") << "reversed" << "not one of";
    }

    void outcomeRefused()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, message);
        const qint64 id = deniedCase();
        auto appealId = Appeals::file(*m_db, id, filing(), m_nurse);
        QVERIFY(appealId);
        const qint64 caseId = Appeals::byId(*m_db, *appealId)->caseId;
        AppealDecision d = approval(QStringLiteral("overturned"), caseId);
        if (outcome == QLatin1String("overturned"))
            d.quantity.clear();
        else if (outcome == QLatin1String("overturned-no-period"))
            d.approvalEnd = QDate();
        else {
            d = AppealDecision{outcome, QString(), {}, {}, {}, {}};
        }
        const qint64 determinations = count(QStringLiteral("SELECT COUNT(*) FROM determinations"));
        const Status s = Appeals::decide(*m_db, *appealId, d, m_second);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(message), qPrintable(s.error()));
        QVERIFY(Appeals::byId(*m_db, *appealId)->open());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM determinations")), determinations);
        QVERIFY(refusals(QStringLiteral("appeal.decide")) >= 1);
    }

    // The worklist's queues: appeals not yet decided, peer-to-peer requests not yet closed.
    void worklistQueues()
    {
        const qint64 first = deniedCase(), second = deniedCase();
        QVERIFY(first > 0 && second > 0);
        auto open = Appeals::file(*m_db, first, filing(), m_nurse);
        auto decided = Appeals::file(*m_db, second, filing(), m_nurse);
        QVERIFY(open && decided);
        QVERIFY(Appeals::decide(*m_db, *decided, {QStringLiteral("withdrawn"), {}, {}, {}, {}, {}}, m_nurse));
        WorklistFilter appeals;
        appeals.queue = WorklistFilter::Queue::AppealsDue;
        auto rows = Worklist::page(*m_db, appeals, {}, 0, 10);
        QVERIFY(rows && rows->size() == 1);
        QCOMPARE(rows->first().reference, Appeals::byId(*m_db, *open)->reference);
        QCOMPARE(*Worklist::count(*m_db, appeals), qint64(1));
        WorklistFilter p2p;
        p2p.queue = WorklistFilter::Queue::PeerToPeerOpen;
        QCOMPARE(*Worklist::count(*m_db, p2p), qint64(0));
        auto request = PeerToPeers::request(*m_db, second, QStringLiteral("Dr. Vance"), QStringLiteral("+1 555 0100"), {}, m_nurse);
        QVERIFY2(request, qPrintable(request.error()));
        rows = Worklist::page(*m_db, p2p, {}, 0, 10);
        QVERIFY(rows && rows->size() == 1);
        QCOMPARE(rows->first().id, second);
    }

    // Requested, scheduled before the table's deadline, held, closed: standing, or changed by a superseding determination.
    void peerToPeer_data()
    {
        QTest::addColumn<QString>("lob");
        QTest::addColumn<int>("offerHours");
        QTest::addColumn<QString>("close");
        QTest::newRow("Medicare Advantage, the decision stands") << "medicare-advantage" << 24 << "stands";
        QTest::newRow("Medicaid, the decision changes") << "medicaid" << 72 << "changed";
        QTest::newRow("commercial, the decision changes") << "commercial" << 72 << "changed";
    }

    void peerToPeer()
    {
        QFETCH(QString, lob);
        QFETCH(int, offerHours);
        QFETCH(QString, close);
        const qint64 id = deniedCase(lob);
        QVERIFY(id > 0);
        const qint64 denial = (*Review::latestDetermination(*m_db, id).value()).id;
        const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(-600);
        auto p2p = PeerToPeers::request(*m_db, id, QStringLiteral("Dr. Elena Vance"), QStringLiteral("+1 555 0100 ext 4"), asked, m_nurse);
        QVERIFY2(p2p, qPrintable(p2p.error()));
        auto p = PeerToPeers::byId(*m_db, *p2p);
        QCOMPARE(p->status, QStringLiteral("requested"));
        QCOMPARE(p->requestedAt.secsTo(p->offerBy), qint64(offerHours) * 3600);
        QVERIFY(!p->offerRule.isEmpty());
        // A second request while one is open; a time after the deadline; holding before scheduling.
        QVERIFY(!PeerToPeers::request(*m_db, id, QStringLiteral("Dr. Vance"), QStringLiteral("x"), {}, m_nurse));
        auto late = PeerToPeers::schedule(*m_db, *p2p, p->offerBy.addSecs(60), m_reviewer);
        QVERIFY(!late);
        QVERIFY2(late.error().contains(QStringLiteral("after its deadline")), qPrintable(late.error()));
        QVERIFY(!PeerToPeers::hold(*m_db, *p2p, {}, QStringLiteral("x"), QStringLiteral("y"), m_director));
        QVERIFY(PeerToPeers::schedule(*m_db, *p2p, p->offerBy.addSecs(-3600), m_reviewer));
        QCOMPARE(PeerToPeers::byId(*m_db, *p2p)->status, QStringLiteral("scheduled"));
        auto noNote = PeerToPeers::hold(*m_db, *p2p, {}, QStringLiteral("Dr. Vance, Dr. Chen"), QString(), m_director);
        QVERIFY(!noNote);
        QVERIFY2(noNote.error().contains(QStringLiteral("note")), qPrintable(noNote.error()));
        QVERIFY(PeerToPeers::hold(*m_db, *p2p, QDateTime::currentDateTimeUtc(), QStringLiteral("Dr. Vance, Dr. Chen"),
                                  QStringLiteral("A repeat ALT of 31 U/L was taken last week."), m_director));
        // Only a medical director closes.
        QVERIFY(!PeerToPeers::closeStanding(*m_db, *p2p, m_reviewer));
        if (close == QLatin1String("stands")) {
            QVERIFY(PeerToPeers::closeStanding(*m_db, *p2p, m_director));
            QCOMPARE((*Review::latestDetermination(*m_db, id).value()).id, denial);
            QCOMPARE(PeerToPeers::byId(*m_db, *p2p)->result, QStringLiteral("stands"));
        } else {
            DeterminationInput in;
            in.outcome = QStringLiteral("approve");
            const StoredDetermination old = *Review::latestDetermination(*m_db, id).value();
            in.policyId = old.policyId;
            in.policyVersion = old.policyVersion;
            in.criteriaSnapshot = old.criteriaSnapshot;
            in.approvalStart = QDate::currentDate();
            in.approvalEnd = QDate::currentDate().addDays(89);
            in.quantity = QStringLiteral("1 dose");
            in.rationale = QStringLiteral("repeat ALT normal");
            auto det = PeerToPeers::closeChanged(*m_db, *p2p, in, QStringLiteral("the repeat ALT is normal"), m_director);
            QVERIFY2(det, qPrintable(det.error()));
            const StoredDetermination now = *Review::latestDetermination(*m_db, id).value();
            QCOMPARE(now.id, *det);
            QCOMPARE(*now.supersedes, denial);
            QVERIFY2(now.supersedeReason.contains(QStringLiteral("follows the peer-to-peer discussion")), qPrintable(now.supersedeReason));
            QCOMPARE(PeerToPeers::byId(*m_db, *p2p)->result, QStringLiteral("changed"));
            QCOMPARE(*PeerToPeers::byId(*m_db, *p2p)->newDeterminationId, *det);
        }
        // Every step audited, refusals too.
        for (const char *action : {"peer-to-peer.request", "peer-to-peer.schedule", "peer-to-peer.hold", "peer-to-peer.close"})
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a AND case_id = :c"),
                           {{QStringLiteral("a"), QString::fromLatin1(action)}, {QStringLiteral("c"), id}}),
                     1);
        QVERIFY(refusals(QStringLiteral("peer-to-peer.schedule")) >= 1);
        QVERIFY(refusals(QStringLiteral("peer-to-peer.close")) >= 1);
        QVERIFY(AuditLog::verify(*m_db));
    }
};

QTEST_GUILESS_MAIN(TestAppeals)
#include "tst_appeals.moc"
