#include "store/Review.h"

#include "engine/Evaluation.h"
#include "letters/CriteriaSnapshot.h"
#include "policy/PolicyLibrary.h"
#include "review/CaseWorkflow.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QDateTime>
#include <QLocale>
#include <QCoreApplication>

namespace pareview {

namespace {

// Messages for people, in their language (the same context the lost-race sentences use).
QString tr(const char *text)
{
    return QCoreApplication::translate("pareview::Review", text);
}

const QStringList kOutcomes = {QStringLiteral("approve"), QStringLiteral("deny"), QStringLiteral("pend"),
                               QStringLiteral("refer"), QStringLiteral("withdrawn")};
const QStringList kStatuses = {QStringLiteral("met"), QStringLiteral("not-met"), QStringLiteral("unknown"),
                               QStringLiteral("not-applicable")};

QString now()
{
    return Database::storedTime(QDateTime::currentDateTimeUtc());
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

Status refuse(Database &db, const User &actor, qint64 caseId, const QString &action, const QString &why)
{
    // A refused attempt is audited too, in a transaction of its own.
    Transaction t(db);
    if (t.started() && AuditLog::append(db, {actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt, actor.name, caseId,
                                             QStringLiteral("refused.") + action, why}))
        (void)t.commit();
    return Error{why};
}

struct CaseState
{
    QString status;
    int rowVersion = 0;
    QString reference; // "PA-0000012": what people know the case by
};

Result<CaseState> caseState(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT status, row_version, reference FROM cases WHERE id = :id"), {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{tr("no case %1").arg(caseId)};
    return CaseState{q->value(0).toString(), q->value(1).toInt(), q->value(2).toString()};
}

// The case workflow's verdict; a refusal is audited and returned.
Status check(Database &db, const User &actor, qint64 caseId, CaseAction action, const QString &status,
             const WorkflowDetail &detail = {})
{
    if (const auto why = CaseWorkflow::whyNot(action, status, actor, detail))
        return refuse(db, actor, caseId, CaseWorkflow::actionName(action), *why);
    return success();
}

StoredDetermination fromRow(QSqlQuery &q)
{
    StoredDetermination d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.outcome = q.value(2).toString();
    d.rationale = q.value(3).toString();
    d.policyId = q.value(4).toString();
    d.policyVersion = q.value(5).toString();
    d.criteriaSnapshot = q.value(6).toString();
    d.approvalStart = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    d.approvalEnd = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    d.quantity = q.value(9).toString();
    d.referTo = q.value(10).toString();
    d.replyBy = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    d.decidedBy = q.value(12).toLongLong();
    d.decidedAt = q.value(13).toString();
    if (!q.value(14).isNull())
        d.supersedes = q.value(14).toLongLong();
    d.memberExplanation = q.value(15).toString();
    d.supersedeReason = q.value(16).toString();
    return d;
}

// Writes already done, by the key of the attempt (see DeterminationInput::requestKey).
Result<std::optional<qint64>> doneBefore(Database &db, const QString &key, const QString &action)
{
    if (key.isEmpty())
        return std::optional<qint64>();
    auto q = db.exec(QStringLiteral("SELECT result_id FROM request_keys WHERE request_key = :k AND action = :a"),
                     {{QStringLiteral("k"), key}, {QStringLiteral("a"), action}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

// Inside the transaction of the write: both commit or neither.
Status rememberDone(Database &db, const QString &key, const QString &action, qint64 caseId, qint64 resultId, const User &actor)
{
    if (key.isEmpty())
        return success();
    auto r = db.exec(QStringLiteral("INSERT INTO request_keys (request_key, action, case_id, result_id, user_id, done_at) VALUES (:k, :a, :c, :r, :u, :at)"),
                     {{QStringLiteral("k"), key}, {QStringLiteral("a"), action}, {QStringLiteral("c"), caseId}, {QStringLiteral("r"), resultId},
                      {QStringLiteral("u"), actor.id > 0 ? QVariant(actor.id) : QVariant(QMetaType(QMetaType::LongLong))},
                      {QStringLiteral("at"), now()}});
    return r ? success() : Status(Error{r.error()});
}

const char *kDeterminationColumns = "id, case_id, outcome, rationale, policy_id, policy_version, criteria_snapshot, approval_start,"
                                    " approval_end, quantity, refer_to, reply_by, decided_by, decided_at, supersedes,"
                                    " member_explanation, supersede_reason";

} // namespace

Result<std::optional<qint64>> Review::claimNext(Database &db, const User &actor, const QString &requestKey)
{
    auto before = doneBefore(db, requestKey, QStringLiteral("case.claim"));
    if (!before)
        return Error{before.error()};
    if (before.value())
        return before.value();
    // The queue holds cases waiting for review: the role decides.
    if (auto s = check(db, actor, 0, CaseAction::Claim, CaseWorkflow::awaitingReview().constFirst()); !s)
        return Error{s.error()};
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    // PostgreSQL: lock the row we take and skip rows other reviewers are
    // taking right now. SQLite: one writer at a time, and the UPDATE's
    // "assignee_id IS NULL" makes a lost race claim nothing.
    // Submitted cases only: a nurse's draft at intake is hers until she submits it.
    const QString pick = QStringLiteral("SELECT id FROM cases WHERE assignee_id IS NULL AND status IN (%1)"
                                        " ORDER BY due_by IS NULL, due_by, id LIMIT 1")
                             .arg(CaseWorkflow::awaitingReviewSql())
                         + (db.engine() == Database::Engine::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
    if (db.engine() == Database::Engine::Sqlite) {
        // Take the write lock first so the read and the claim are one step.
        if (auto r = db.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'schema_version'")); !r)
            return Error{r.error()};
    }
    auto q = db.exec(pick);
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<qint64>();
    const qint64 id = q->value(0).toLongLong();
    auto u = db.exec(QStringLiteral("UPDATE cases SET assignee_id = :user, status = 'in-review', row_version = row_version + 1,"
                                    " updated_at = :now WHERE id = :id AND assignee_id IS NULL"),
                     {{QStringLiteral("user"), actor.id}, {QStringLiteral("now"), now()}, {QStringLiteral("id"), id}});
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return std::optional<qint64>(); // someone else was faster
    if (auto s = AuditLog::append(db, {actor.id, actor.name, id, QStringLiteral("case.claim"), QString()}); !s)
        return Error{s.error()};
    if (auto s = rememberDone(db, requestKey, QStringLiteral("case.claim"), id, id, actor); !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return std::optional<qint64>(id);
}

Status Review::recordDecision(Database &db, qint64 caseId, const CriterionDecision &d, const User &actor,
                              const PolicyLibrary *library)
{
    if (!kStatuses.contains(d.status))
        return Error{tr("criterion status \"%1\" is not one of %2").arg(d.status, kStatuses.join(QStringLiteral(", ")))};
    if (d.label.isEmpty() || d.policyId.isEmpty())
        return Error{tr("a criterion decision needs the policy and the criterion label")};
    auto state = caseState(db, caseId);
    if (!state)
        return Error{state.error()};
    if (auto s = check(db, actor, caseId, CaseAction::DecideCriterion, state->status); !s)
        return s;
    if (library)
        for (const Policy *p : library->versions(d.policyId))
            for (const Pathway &section : p->pathways)
                if (section.id == d.label && !p->criterion(d.label))
                    return Error{tr("%1 is a section of %2 %3: it follows from its criteria and is not decided on its own")
                                     .arg(d.label, p->payer, p->number)};
    // A group (ALL-of, ONE-of) follows from its parts in the same way.
    if (library)
        for (const Policy *p : library->versions(d.policyId))
            if (const Criterion *c = p->criterion(d.label); c && !c->children.isEmpty())
                return Error{tr("%1 of %2 %3 is a group: it follows from its parts, which are decided one by one")
                                 .arg(d.label, p->payer, p->number)};
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto r = db.exec(QStringLiteral("INSERT INTO criterion_decisions (case_id, policy_id, label, status, source, user_id, decided_at, note, attachment_id, page)"
                                    " VALUES (:c, :p, :l, :s, 'reviewer', :u, :at, :note, :att, :page)"),
                     {{QStringLiteral("c"), caseId}, {QStringLiteral("p"), d.policyId}, {QStringLiteral("l"), d.label},
                      {QStringLiteral("s"), d.status}, {QStringLiteral("u"), actor.id}, {QStringLiteral("at"), now()},
                      {QStringLiteral("note"), text(d.note)},
                      {QStringLiteral("att"), d.attachmentId ? QVariant(*d.attachmentId) : QVariant(QMetaType(QMetaType::LongLong))},
                      {QStringLiteral("page"), d.page ? QVariant(*d.page) : QVariant(QMetaType(QMetaType::Int))}});
    if (!r)
        return Error{r.error()};
    if (auto s = AuditLog::append(db, {actor.id, actor.name, caseId, QStringLiteral("criterion.decide"),
                                       QStringLiteral("%1 %2 %3").arg(d.policyId, d.label, d.status)});
        !s)
        return s;
    return t.commit();
}

namespace {

// The checks every determination passes, first or superseding.
Status checkInput(Database &db, qint64 caseId, const DeterminationInput &in, const User &actor, CaseAction action,
                  const QString &status)
{
    if (!kOutcomes.contains(in.outcome))
        return Error{tr("outcome \"%1\" is not one of %2").arg(in.outcome, kOutcomes.join(QStringLiteral(", ")))};
    // An appeal's case is decided with an appeal outcome (store/Appeals.h).
    auto appeal = db.exec(QStringLiteral("SELECT reference FROM appeals WHERE case_id = :c"), {{QStringLiteral("c"), caseId}});
    if (!appeal)
        return Error{appeal.error()};
    if (appeal->next())
        return refuse(db, actor, caseId, CaseWorkflow::actionName(action),
                      tr("case %1 is an appeal: it is decided with an appeal outcome (overturned, partly overturned, "
                                     "upheld, dismissed, withdrawn), not a determination")
                          .arg(appeal->value(0).toString()));
    if (auto s = check(db, actor, caseId, action, status, {in.outcome, in.policyRequiresMedicalDirector}); !s)
        return Error{s.error()};
    if (in.policyId.isEmpty() || in.policyVersion.isEmpty())
        return Error{tr("a determination names the policy and version it applied")};
    if (in.outcome == QLatin1String("approve") && (!in.approvalStart.isValid() || !in.approvalEnd.isValid() || in.approvalEnd < in.approvalStart))
        return Error{tr("an approval needs its start and end dates, the end on or after the start")};
    if (in.outcome == QLatin1String("refer") && in.referTo.isEmpty())
        return Error{tr("a referral names the policy the request goes to")};
    if (in.outcome == QLatin1String("pend") && !in.replyBy.isValid())
        return Error{tr("a request for information needs a reply-by date")};
    // Against the recommendation: a medical director's decision, in writing.
    if (const auto recommended = Review::againstRecommendation(in.outcome, in.criteriaSnapshot)) {
        const QString name = CaseWorkflow::actionName(action);
        if (actor.role != Role::MedicalDirector)
            return refuse(db, actor, caseId, name,
                          tr("the criteria results of case %1 recommend otherwise (%2): only a medical director decides "
                                         "against the recommendation (%3 is a %4)")
                              .arg(caseId)
                              .arg(*recommended, actor.name, roleTitle(actor.role)));
        if (in.rationale.trimmed().isEmpty())
            return refuse(db, actor, caseId, name,
                          tr("deciding case %1 against the recommendation (%2) needs the medical director's written "
                                         "rationale")
                              .arg(caseId)
                              .arg(*recommended));
        if (in.outcome == QLatin1String("deny") && in.memberExplanation.trimmed().isEmpty())
            return refuse(db, actor, caseId, name,
                          tr("no criterion of case %1 is recorded as not met: a denial against the recommendation tells "
                                         "the member why in the explanation for the member")
                              .arg(caseId));
    }
    return success();
}

// "approve of 2026-12-03T10:00:00Z (determination 4), letter 7": what a supersede replaces.
QString describe(Database &db, const StoredDetermination &d)
{
    QString text = QStringLiteral("%1 of %2 (determination %3)").arg(d.outcome, d.decidedAt).arg(d.id);
    auto q = db.exec(QStringLiteral("SELECT id, language FROM letters WHERE determination_id = :d ORDER BY id"),
                     {{QStringLiteral("d"), d.id}});
    QStringList letters;
    while (q && q->next())
        letters << QStringLiteral("letter %1 (%2)").arg(q->value(0).toLongLong()).arg(q->value(1).toString());
    if (!letters.isEmpty())
        text += QStringLiteral(", ") + letters.join(QStringLiteral(", "));
    return text;
}

// Writes the determination and moves the case, in one transaction. A
// non-empty `supersedeReason` marks a supersede of a final determination.
Result<qint64> store(Database &db, qint64 caseId, const DeterminationInput &in, const QString &supersedeReason,
                     const CaseState &state, const User &actor, bool ownTransaction = true)
{
    std::optional<Transaction> t;
    if (ownTransaction) {
        t.emplace(db);
        if (!t->started())
            return Error{t->error()};
    }
    auto previous = Review::latestDetermination(db, caseId);
    if (!previous)
        return Error{previous.error()};
    const QString at = now();
    auto r = db.exec(QStringLiteral("INSERT INTO determinations (case_id, outcome, rationale, approval_start, approval_end, quantity, refer_to,"
                                    " reply_by, decided_by, decided_at, policy_id, policy_version, criteria_snapshot, supersedes,"
                                    " member_explanation, supersede_reason)"
                                    " VALUES (:c, :o, :r, :as, :ae, :q, :ref, :reply, :by, :at, :p, :v, :snap, :sup, :expl, :why)"),
                     {{QStringLiteral("c"), caseId}, {QStringLiteral("o"), in.outcome}, {QStringLiteral("r"), text(in.rationale)},
                      {QStringLiteral("as"), date(in.approvalStart)}, {QStringLiteral("ae"), date(in.approvalEnd)},
                      {QStringLiteral("q"), text(in.quantity)}, {QStringLiteral("ref"), text(in.referTo)},
                      {QStringLiteral("reply"), date(in.replyBy)}, {QStringLiteral("by"), actor.id}, {QStringLiteral("at"), at},
                      {QStringLiteral("p"), in.policyId}, {QStringLiteral("v"), in.policyVersion},
                      {QStringLiteral("snap"), in.criteriaSnapshot.isEmpty() ? QStringLiteral("[]") : in.criteriaSnapshot},
                      {QStringLiteral("sup"), previous.value() ? QVariant(previous.value()->id) : QVariant(QMetaType(QMetaType::LongLong))},
                      {QStringLiteral("expl"), text(in.memberExplanation.trimmed())},
                      {QStringLiteral("why"), text(supersedeReason.trimmed())}});
    if (!r)
        return Error{r.error()};
    auto idq = db.exec(QStringLiteral("SELECT MAX(id) FROM determinations WHERE case_id = :c"), {{QStringLiteral("c"), caseId}});
    if (!idq || !idq->next())
        return Error{idq ? tr("the determination was not stored") : idq.error()};
    const qint64 id = idq->value(0).toLongLong();

    QString status = QStringLiteral("determined");
    if (in.outcome == QLatin1String("pend"))
        status = QStringLiteral("pended");
    else if (in.outcome == QLatin1String("withdrawn"))
        status = QStringLiteral("withdrawn");
    // The version check makes a concurrent change fail instead of being lost.
    auto u = db.exec(QStringLiteral("UPDATE cases SET status = :s, clock_stopped_at = :stop, row_version = row_version + 1, updated_at = :at"
                                    " WHERE id = :id AND row_version = :v"),
                     {{QStringLiteral("s"), status},
                      {QStringLiteral("stop"), status == QLatin1String("pended") ? QVariant(at) : QVariant(QMetaType(QMetaType::QString))},
                      {QStringLiteral("at"), at}, {QStringLiteral("id"), caseId}, {QStringLiteral("v"), state.rowVersion}});
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{Review::lostRace(db, caseId)};
    const bool superseding = !supersedeReason.trimmed().isEmpty();
    QString detail = QStringLiteral("%1 under %2 %3").arg(in.outcome, in.policyId, in.policyVersion);
    if (const auto recommended = Review::againstRecommendation(in.outcome, in.criteriaSnapshot))
        detail += QStringLiteral("; against the recommendation (%1); rationale: %2").arg(*recommended, in.rationale.trimmed());
    if (superseding && previous.value())
        detail += QStringLiteral("; supersedes %1; reason: %2").arg(describe(db, *previous.value()), supersedeReason.trimmed());
    else if (previous.value())
        detail += QStringLiteral(", supersedes %1").arg(previous.value()->id);
    if (auto s = AuditLog::append(db, {actor.id, actor.name, caseId, superseding ? QStringLiteral("case.supersede") : QStringLiteral("case.determine"),
                                       detail});
        !s)
        return Error{s.error()};
    if (auto s = rememberDone(db, in.requestKey, QStringLiteral("determination"), caseId, id, actor); !s)
        return Error{s.error()};
    if (t)
        if (auto s = t->commit(); !s)
            return Error{s.error()};
    return id;
}

} // namespace

bool Review::isDetermined(const QString &status)
{
    return status == QLatin1String("determined") || status == QLatin1String("letter-issued");
}

std::optional<QString> Review::againstRecommendation(const QString &outcome, const QString &criteriaSnapshot)
{
    if (outcome != QLatin1String("approve") && outcome != QLatin1String("deny"))
        return std::nullopt; // a request for information or a referral decides nothing against the member
    auto snapshot = letters::CriteriaSnapshot::parse(criteriaSnapshot);
    if (!snapshot || snapshot->recommendation.isEmpty())
        return std::nullopt; // no criteria results to go against
    const QString recommended = snapshot->recommendationReason.isEmpty()
        ? snapshot->recommendation
        : QStringLiteral("%1: %2").arg(snapshot->recommendation, snapshot->recommendationReason);
    if (outcome == QLatin1String("approve"))
        return snapshot->recommendation == recommendationName(Recommendation::Meets) ? std::nullopt : std::optional<QString>(recommended);
    if (snapshot->decisiveNotMet().isEmpty() && snapshot->exclusionsThatApply().isEmpty())
        return recommended;
    return std::nullopt;
}

namespace {

// A retried attempt returns what the first one recorded; a case changed
// since the person opened it is refused, saying by whom.
std::optional<Result<qint64>> alreadyDecided(Database &db, qint64 caseId, const DeterminationInput &in, const CaseState &state)
{
    auto before = doneBefore(db, in.requestKey, QStringLiteral("determination"));
    if (!before)
        return Result<qint64>(Error{before.error()});
    if (before.value())
        return Result<qint64>(*before.value());
    if (in.expectedRowVersion && *in.expectedRowVersion != state.rowVersion)
        return Result<qint64>(Error{Review::lostRace(db, caseId)});
    return std::nullopt;
}

} // namespace

Result<qint64> Review::determine(Database &db, qint64 caseId, const DeterminationInput &in, const User &actor)
{
    auto state = caseState(db, caseId);
    if (!state)
        return Error{state.error()};
    if (auto done = alreadyDecided(db, caseId, in, state.value()))
        return *done;
    // Recording over a final determination would replace it without a word.
    if (isDetermined(state->status))
        return Error{refuse(db, actor, caseId, QStringLiteral("determine"),
                            tr("case %1 is already %2: a new determination supersedes the one recorded, which "
                                           "only a medical director does, giving a reason")
                                .arg(state->reference, state->status))
                         .error()};
    if (auto s = checkInput(db, caseId, in, actor, CaseAction::Determine, state->status); !s)
        return Error{s.error()};
    return store(db, caseId, in, QString(), state.value(), actor);
}

Result<qint64> Review::supersede(Database &db, qint64 caseId, const DeterminationInput &in, const QString &reason, const User &actor)
{
    auto state = caseState(db, caseId);
    if (!state)
        return Error{state.error()};
    if (auto done = alreadyDecided(db, caseId, in, state.value()))
        return *done;
    // Who may supersede, and only a final determination: the workflow's rules.
    if (auto s = checkInput(db, caseId, in, actor, CaseAction::Supersede, state->status); !s)
        return Error{s.error()};
    if (reason.trimmed().isEmpty())
        return Error{refuse(db, actor, caseId, QStringLiteral("supersede"),
                            tr("superseding the determination of case %1 needs a reason").arg(state->reference))
                         .error()};
    return store(db, caseId, in, reason, state.value(), actor);
}

Status Review::checkSupersede(Database &db, qint64 caseId, const DeterminationInput &in, const QString &reason, const User &actor)
{
    auto state = caseState(db, caseId);
    if (!state)
        return Error{state.error()};
    if (auto s = checkInput(db, caseId, in, actor, CaseAction::Supersede, state->status); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return refuse(db, actor, caseId, QStringLiteral("supersede"),
                      tr("superseding the determination of case %1 needs a reason").arg(caseId));
    return success();
}

Result<qint64> Review::supersedeWithin(Database &db, qint64 caseId, const DeterminationInput &in, const QString &reason,
                                       const User &actor)
{
    auto state = caseState(db, caseId);
    if (!state)
        return Error{state.error()};
    // Checked again without auditing: a refusal here fails the caller's transaction.
    if (const auto why = CaseWorkflow::whyNot(CaseAction::Supersede, state->status, actor, {in.outcome, in.policyRequiresMedicalDirector}))
        return Error{*why};
    if (reason.trimmed().isEmpty())
        return Error{tr("superseding the determination of case %1 needs a reason").arg(caseId)};
    return store(db, caseId, in, reason, state.value(), actor, false);
}

Result<QHash<QString, Review::StoredDecision>> Review::decisions(Database &db, qint64 caseId, const QString &policyId)
{
    auto q = db.exec(QStringLiteral("SELECT d.label, d.status, d.source, d.note, d.attachment_id, d.page, u.name, d.decided_at"
                                    " FROM criterion_decisions d LEFT JOIN users u ON u.id = d.user_id"
                                    " WHERE d.case_id = :c AND d.policy_id = :p ORDER BY d.id"),
                     {{QStringLiteral("c"), caseId}, {QStringLiteral("p"), policyId}});
    if (!q)
        return Error{q.error()};
    QHash<QString, StoredDecision> out;
    while (q->next()) {
        StoredDecision s;
        s.decision.policyId = policyId;
        s.decision.label = q->value(0).toString();
        s.decision.status = q->value(1).toString();
        s.source = q->value(2).toString();
        s.decision.note = q->value(3).toString();
        if (!q->value(4).isNull())
            s.decision.attachmentId = q->value(4).toLongLong();
        if (!q->value(5).isNull())
            s.decision.page = q->value(5).toInt();
        s.userName = q->value(6).toString();
        s.decidedAt = q->value(7).toString();
        out.insert(s.decision.label, s); // later rows win
    }
    return out;
}

Status Review::clearDecision(Database &db, qint64 caseId, const QString &policyId, const QString &label, const QString &computedStatus,
                             const User &actor)
{
    if (!kStatuses.contains(computedStatus))
        return Error{tr("criterion status \"%1\" is not one of %2").arg(computedStatus, kStatuses.join(QStringLiteral(", ")))};
    auto state = caseState(db, caseId);
    if (!state)
        return Error{state.error()};
    if (auto s = check(db, actor, caseId, CaseAction::DecideCriterion, state->status); !s)
        return s;
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto r = db.exec(QStringLiteral("INSERT INTO criterion_decisions (case_id, policy_id, label, status, source, user_id, decided_at, note)"
                                    " VALUES (:c, :p, :l, :s, 'auto', :u, :at, '')"),
                     {{QStringLiteral("c"), caseId}, {QStringLiteral("p"), policyId}, {QStringLiteral("l"), label},
                      {QStringLiteral("s"), computedStatus}, {QStringLiteral("u"), actor.id}, {QStringLiteral("at"), now()}});
    if (!r)
        return Error{r.error()};
    if (auto s = AuditLog::append(db, {actor.id, actor.name, caseId, QStringLiteral("criterion.clear"), QStringLiteral("%1 %2").arg(policyId, label)}); !s)
        return s;
    return t.commit();
}

static Status moveStatus(Database &db, qint64 caseId, CaseAction action, const QString &to, const QString &detail, const User &actor)
{
    auto state = caseState(db, caseId);
    if (!state)
        return Error{state.error()};
    if (auto s = check(db, actor, caseId, action, state->status); !s)
        return s;
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto u = db.exec(QStringLiteral("UPDATE cases SET status = :s, row_version = row_version + 1, updated_at = :at WHERE id = :id AND row_version = :v"),
                     {{QStringLiteral("s"), to}, {QStringLiteral("at"), now()}, {QStringLiteral("id"), caseId}, {QStringLiteral("v"), state->rowVersion}});
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{tr("case %1 was changed by someone else meanwhile: reload it").arg(state->reference)};
    if (auto s = AuditLog::append(db, {actor.id, actor.name, caseId, QStringLiteral("case.") + CaseWorkflow::actionName(action), detail}); !s)
        return s;
    return t.commit();
}

Status Review::submitForReview(Database &db, qint64 caseId, const User &actor)
{
    auto q = db.exec(QStringLiteral("SELECT c.status, c.row_version, c.clock_stopped_at, c.due_by, c.line_of_business, c.priority, r.business_days, r.pend_stops_clock,"
                                    " c.reference"
                                    " FROM cases c LEFT JOIN due_rules r ON r.line_of_business = c.line_of_business AND r.priority = c.priority"
                                    " WHERE c.id = :id"),
                     {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{tr("no case %1").arg(caseId)};
    const QString status = q->value(0).toString();
    if (auto s = check(db, actor, caseId, CaseAction::Submit, status); !s)
        return s;
    const int version = q->value(1).toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariant due = q->value(3);
    QString detail;
    // The information asked for has come: the clock runs again. Where the
    // turnaround counts from receipt of the necessary information (New
    // York's business days) it starts over; elsewhere it resumes, the due
    // time moved by the time it stood still.
    if (status == QLatin1String("pended") && !q->value(2).isNull() && q->value(7).toInt() != 0 && !due.isNull()) {
        const QDateTime stopped = Database::storedTime(q->value(2));
        QDateTime newDue;
        if (!q->value(6).isNull()) {
            auto restarted = CaseStore::dueBy(db, q->value(4).toString(), q->value(5).toString(), now);
            if (!restarted)
                return Error{restarted.error()};
            newDue = restarted.value();
        } else {
            newDue = Database::storedTime(due).addSecs(stopped.secsTo(now));
        }
        due = Database::storedTime(newDue);
        detail = QStringLiteral("clock resumed; due by %1").arg(due.toString());
    }
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto u = db.exec(QStringLiteral("UPDATE cases SET status = 'in-review', clock_stopped_at = NULL, due_by = :due, row_version = row_version + 1,"
                                    " updated_at = :at WHERE id = :id AND row_version = :v"),
                     {{QStringLiteral("due"), due}, {QStringLiteral("at"), Database::storedTime(now)},
                      {QStringLiteral("id"), caseId}, {QStringLiteral("v"), version}});
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{tr("case %1 was changed by someone else meanwhile: reload it").arg(q->value(8).toString())};
    if (auto a = AuditLog::append(db, {actor.id, actor.name, caseId, QStringLiteral("case.submit"), detail}); !a)
        return a;
    return t.commit();
}

Status Review::sendToMedicalDirector(Database &db, qint64 caseId, const QString &note, const User &actor)
{
    return moveStatus(db, caseId, CaseAction::SendToMedicalDirector, QStringLiteral("awaiting-medical-director"), note, actor);
}

Result<std::optional<StoredDetermination>> Review::latestDetermination(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM determinations WHERE case_id = :c ORDER BY id DESC LIMIT 1").arg(QLatin1String(kDeterminationColumns)),
                     {{QStringLiteral("c"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<StoredDetermination>();
    return std::optional<StoredDetermination>(fromRow(*q));
}

Result<QVector<StoredDetermination>> Review::determinations(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM determinations WHERE case_id = :c ORDER BY id").arg(QLatin1String(kDeterminationColumns)),
                     {{QStringLiteral("c"), caseId}});
    if (!q)
        return Error{q.error()};
    QVector<StoredDetermination> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<QString> Review::lastChange(Database &db, qint64 caseId)
{
    // Changes of the case itself: reads, refusals and single criterion
    // decisions leave the case's row version alone.
    auto q = db.exec(QStringLiteral("SELECT a.action, a.at, a.user_name, u.display_name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
                                    " WHERE a.case_id = :c AND a.action NOT IN ('case.read', 'letter.preview', 'letter.export')"
                                    " AND a.action NOT LIKE 'refused.%' AND a.action NOT LIKE 'criterion.%' ORDER BY a.id DESC LIMIT 1"),
                     {{QStringLiteral("c"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return QString();
    // Whole sentences, so that a translation orders who, what and when as its language does.
    static const QHash<QString, const char *> what = {
        {QStringLiteral("case.determine"), QT_TRANSLATE_NOOP("pareview::Review", "%1 recorded a determination on this case at %2")},
        {QStringLiteral("case.supersede"), QT_TRANSLATE_NOOP("pareview::Review", "%1 superseded the determination of this case at %2")},
        {QStringLiteral("case.claim"), QT_TRANSLATE_NOOP("pareview::Review", "%1 claimed this case at %2")},
        {QStringLiteral("case.assign"), QT_TRANSLATE_NOOP("pareview::Review", "%1 assigned this case at %2")},
        {QStringLiteral("case.submit"), QT_TRANSLATE_NOOP("pareview::Review", "%1 submitted this case for review at %2")},
        {QStringLiteral("case.send-to-medical-director"), QT_TRANSLATE_NOOP("pareview::Review", "%1 sent this case to the medical director at %2")},
        {QStringLiteral("case.policy"), QT_TRANSLATE_NOOP("pareview::Review", "%1 chose the policy of this case at %2")},
        {QStringLiteral("case.correct"), QT_TRANSLATE_NOOP("pareview::Review", "%1 corrected this case at %2")},
        {QStringLiteral("letter.issue"), QT_TRANSLATE_NOOP("pareview::Review", "%1 issued the letter of this case at %2")},
    };
    const QString action = q->value(0).toString();
    const QString who = q->value(3).toString().isEmpty() ? q->value(2).toString() : q->value(3).toString();
    const QDateTime at = Database::storedTime(q->value(1)).toLocalTime();
    // The time alone on the same day, as people say it; in the user's locale.
    const QLocale locale;
    const QString when = at.date() == QDate::currentDate() ? locale.toString(at.time(), QLocale::ShortFormat)
                                                           : locale.toString(at, QLocale::ShortFormat);
    if (const char *sentence = what.value(action))
        return QCoreApplication::translate("pareview::Review", sentence).arg(who, when);
    return QCoreApplication::translate("pareview::Review", "%1 changed this case (%2) at %3").arg(who, action, when);
}

QString Review::lostRace(Database &db, qint64 caseId)
{
    auto change = lastChange(db, caseId);
    const QString who = change && !change->isEmpty() ? change.value()
                                                      : QCoreApplication::translate("pareview::Review", "Someone else changed this case");
    return QCoreApplication::translate("pareview::Review", "%1; your change was not saved — reopen the case to see it").arg(who);
}

} // namespace pareview
