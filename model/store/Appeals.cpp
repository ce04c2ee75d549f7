#include "store/Appeals.h"

#include "intake/FactValidator.h"
#include "letters/CriteriaSnapshot.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Review.h"
#include "store/Worklist.h"

#include <QCoreApplication>
#include <QSet>

namespace pareview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pareview::Appeals", text);
}

// Empty text is stored as '' (the columns are NOT NULL), never as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QVariant nullTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(Database::storedTime(t)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<qint64> auditUser(const User &u)
{
    return u.id > 0 ? std::optional<qint64>(u.id) : std::nullopt;
}

// A refusal is audited in a transaction of its own and returned.
Status refuse(Database &db, const User &actor, std::optional<qint64> caseId, const QString &action, const QString &why)
{
    Transaction t(db);
    if (t.started() && AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("refused.") + action, why}))
        (void)t.commit();
    return Error{why};
}

const char *kAppealColumns = "a.id, a.reference, a.case_id, a.original_case_id, o.reference, a.determination_id, d.outcome,"
                             " o.line_of_business, a.filed_by, a.received_at, a.priority, a.reason, a.notice_at, a.filing_days,"
                             " a.late, a.good_cause, a.due_by, a.deadline_rule, a.outcome, a.outcome_reason, a.decided_by,"
                             " a.decided_at, a.new_determination_id, a.criteria_snapshot, a.next_level, a.forwarded_at, a.forward_due";

QString appealSelect(const QString &where)
{
    return QStringLiteral("SELECT %1 FROM appeals a JOIN cases o ON o.id = a.original_case_id"
                          " JOIN determinations d ON d.id = a.determination_id WHERE %2 ORDER BY a.id")
        .arg(QLatin1String(kAppealColumns), where);
}

Appeal fromRow(QSqlQuery &q)
{
    Appeal a;
    a.id = q.value(0).toLongLong();
    a.reference = q.value(1).toString();
    a.caseId = q.value(2).toLongLong();
    a.originalCaseId = q.value(3).toLongLong();
    a.originalReference = q.value(4).toString();
    a.determinationId = q.value(5).toLongLong();
    a.appealedOutcome = q.value(6).toString();
    a.lineOfBusiness = q.value(7).toString();
    a.filedBy = q.value(8).toString();
    a.received = Database::storedTime(q.value(9));
    a.priority = q.value(10).toString();
    a.reason = q.value(11).toString();
    a.noticeAt = Database::storedTime(q.value(12));
    a.filingDays = q.value(13).toInt();
    a.late = q.value(14).toInt() != 0;
    a.goodCause = q.value(15).toString();
    a.dueBy = Database::storedTime(q.value(16));
    a.deadlineRule = q.value(17).toString();
    a.outcome = q.value(18).toString();
    a.outcomeReason = q.value(19).toString();
    a.decidedBy = q.value(20).toLongLong();
    a.decidedAt = Database::storedTime(q.value(21));
    if (!q.value(22).isNull())
        a.newDeterminationId = q.value(22).toLongLong();
    a.criteriaSnapshot = q.value(23).toString();
    a.nextLevel = q.value(24).toString();
    a.forwardedAt = Database::storedTime(q.value(25));
    a.forwardDue = Database::storedTime(q.value(26));
    return a;
}

// The case's new facts on top of its stored ones: series grow, an
// attestation replaces the one before, diagnoses are added.
CaseFacts merged(CaseFacts facts, const AppealFiling &filing, const QDateTime &received)
{
    const CaseFacts &add = filing.newFacts;
    for (auto it = add.labs.cbegin(); it != add.labs.cend(); ++it) {
        QVector<Measurement> &series = facts.labs[it.key()];
        series += it.value();
        std::stable_sort(series.begin(), series.end(), [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    }
    for (auto it = add.attestations.cbegin(); it != add.attestations.cend(); ++it)
        facts.attestations.insert(it.key(), it.value());
    facts.diagnoses += add.diagnoses;
    facts.notes += add.notes;
    facts.attachments = add.attachments;
    facts.priority = filing.expedited ? QStringLiteral("expedited") : QStringLiteral("standard");
    facts.received = received;
    facts.receivedDate = received.date();
    return facts;
}

} // namespace

const QStringList &Appeals::outcomes()
{
    static const QStringList list = {QStringLiteral("overturned"), QStringLiteral("partly-overturned"), QStringLiteral("upheld"),
                                     QStringLiteral("dismissed"), QStringLiteral("withdrawn")};
    return list;
}

std::optional<QString> Appeals::outcomeFromWord(const QString &word)
{
    static const QHash<QString, QString> words = {{QStringLiteral("overturn"), QStringLiteral("overturned")},
                                                  {QStringLiteral("partial"), QStringLiteral("partly-overturned")},
                                                  {QStringLiteral("uphold"), QStringLiteral("upheld")},
                                                  {QStringLiteral("dismiss"), QStringLiteral("dismissed")},
                                                  {QStringLiteral("withdrawn"), QStringLiteral("withdrawn")}};
    if (words.contains(word))
        return words.value(word);
    if (outcomes().contains(word))
        return word;
    return std::nullopt;
}

const QStringList &Appeals::filers()
{
    static const QStringList list = {QStringLiteral("member"), QStringLiteral("prescriber"), QStringLiteral("representative")};
    return list;
}

Result<AppealDeadline> Appeals::deadline(Database &db, const QString &lob, const QString &priority)
{
    auto q = db.exec(QStringLiteral("SELECT hours, forward_hours, rule FROM appeal_deadlines WHERE line_of_business = :l AND priority = :p"),
                     {{QStringLiteral("l"), lob}, {QStringLiteral("p"), priority}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{tr("no appeal deadline is set for %1 appeals of the line of business \"%2\" (table appeal_deadlines)")
                         .arg(priority, lob.isEmpty() ? tr("(none on the case)") : lob)};
    AppealDeadline d;
    d.lineOfBusiness = lob;
    d.priority = priority;
    d.hours = q->value(0).toInt();
    if (!q->value(1).isNull())
        d.forwardHours = q->value(1).toInt();
    d.rule = q->value(2).toString();
    return d;
}

Result<AppealFilingRule> Appeals::filingRule(Database &db, const QString &lob)
{
    auto q = db.exec(QStringLiteral("SELECT days, rule, next_level, next_level_days, next_level_rule FROM appeal_rules WHERE line_of_business = :l"),
                     {{QStringLiteral("l"), lob}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{tr("no appeal filing window is set for the line of business \"%1\" (table appeal_rules)")
                         .arg(lob.isEmpty() ? tr("(none on the case)") : lob)};
    AppealFilingRule r;
    r.lineOfBusiness = lob;
    r.days = q->value(0).toInt();
    r.rule = q->value(1).toString();
    r.nextLevel = q->value(2).toString();
    if (!q->value(3).isNull())
        r.nextLevelDays = q->value(3).toInt();
    r.nextLevelRule = q->value(4).toString();
    return r;
}

Result<qint64> Appeals::file(Database &db, qint64 caseId, const AppealFiling &filing, const User &actor, const QDateTime &now)
{
    const QString action = QStringLiteral("appeal.file");
    auto original = CaseStore::summary(db, caseId);
    if (!original)
        return Error{original.error()};
    const QString ref = original->reference;
    if (!filers().contains(filing.filedBy))
        return Error{refuse(db, actor, caseId, action,
                            tr("an appeal of case %1 is filed by the member, the prescriber or a representative, not \"%2\"")
                                .arg(ref, filing.filedBy))
                         .error()};
    if (auto self = forCase(db, caseId); !self)
        return Error{self.error()};
    else if (self->has_value()) {
        auto rule = filingRule(db, original->lineOfBusiness);
        const QString next = rule ? rule->nextLevel : QString();
        return Error{refuse(db, actor, caseId, action,
                            tr("case %1 is itself an appeal: after it the next level is outside the plan (%2)")
                                .arg(ref, next.isEmpty() ? tr("see the appeal's letter") : next))
                         .error()};
    }
    if (!Review::isDetermined(original->status))
        return Error{refuse(db, actor, caseId, action,
                            tr("case %1 is %2: only a final determination is appealed").arg(ref, original->status)).error()};
    auto det = Review::latestDetermination(db, caseId);
    if (!det)
        return Error{det.error()};
    if (!det->has_value() || ((*det)->outcome != QLatin1String("deny") && (*det)->outcome != QLatin1String("approve")))
        return Error{refuse(db, actor, caseId, action,
                            tr("case %1 has no denial or approval to appeal").arg(ref)).error()};
    const StoredDetermination appealed = **det;
    if (appealed.outcome == QLatin1String("approve") && filing.reason.trimmed().isEmpty())
        return Error{refuse(db, actor, caseId, action,
                            tr("case %1 was approved: an appeal of an approval says what more was asked for (--reason)").arg(ref))
                         .error()};
    auto existing = against(db, caseId);
    if (!existing)
        return Error{existing.error()};
    for (const Appeal &a : existing.value())
        if (a.open() && a.determinationId == appealed.id)
            return Error{refuse(db, actor, caseId, action,
                                tr("case %1 already has an open appeal, %2, of this determination").arg(ref, a.reference))
                             .error()};

    const QDateTime received = filing.received.isValid() ? filing.received.toUTC() : now;
    if (received > now.addSecs(60))
        return Error{refuse(db, actor, caseId, action,
                            tr("the appeal's received time %1 is in the future").arg(received.toString(Qt::ISODate))).error()};
    const QDateTime decided = Database::storedTime(appealed.decidedAt);
    if (received < decided)
        return Error{refuse(db, actor, caseId, action,
                            tr("the appeal's received time %1 is before the determination it appeals (%2)")
                                .arg(received.toString(Qt::ISODate), decided.toString(Qt::ISODate)))
                         .error()};

    const QString priority = filing.expedited ? QStringLiteral("expedited") : QStringLiteral("standard");
    auto window = filingRule(db, original->lineOfBusiness);
    if (!window)
        return Error{refuse(db, actor, caseId, action, window.error()).error()};
    auto deadlineRow = deadline(db, original->lineOfBusiness, priority);
    if (!deadlineRow)
        return Error{refuse(db, actor, caseId, action, deadlineRow.error()).error()};

    // The window runs from the notice: the letter, else the decision itself.
    auto letter = db.exec(QStringLiteral("SELECT MIN(issued_at) FROM letters WHERE determination_id = :d"),
                          {{QStringLiteral("d"), appealed.id}});
    if (!letter)
        return Error{letter.error()};
    QDateTime notice = decided;
    if (letter->next() && !letter->value(0).isNull())
        notice = Database::storedTime(letter->value(0));
    const qint64 daysAfter = notice.date().daysTo(received.date());
    const bool late = daysAfter > window->days;

    auto stored = CaseStore::facts(db, caseId, actor);
    if (!stored)
        return Error{stored.error()};
    const CaseFacts facts = merged(stored.value(), filing, received);
    // The same checks as any intake: every fact again, the new ones included.
    const QVector<FactProblem> problems = FactValidator::check(facts, received.date());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FactProblem &p : problems)
            lines << p.text();
        return Error{refuse(db, actor, caseId, action,
                            tr("the appeal of case %1 was not filed: %2").arg(ref, lines.join(QStringLiteral("; ")))).error()};
    }
    for (const AttachmentData &a : filing.newFacts.attachments)
        if (a.bytes.size() > CaseStore::MaxAttachmentBytes)
            return Error{tr("attachment \"%1\" is %2 bytes; one attachment may be at most 100 MiB").arg(a.title).arg(a.bytes.size())};

    const QDateTime due = received.addSecs(qint64(deadlineRow->hours) * 3600);
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto appealCase = CaseStore::insertWithin(db, facts, actor, due, QStringLiteral("AP"));
    if (!appealCase)
        return Error{appealCase.error()};
    const QString provisional = QStringLiteral("appeal-of-%1-%2").arg(caseId).arg(*appealCase);
    auto insert = db.exec(
        QStringLiteral("INSERT INTO appeals (reference, case_id, original_case_id, determination_id, filed_by, received_at, priority,"
                       " reason, notice_at, filing_days, late, good_cause, due_by, deadline_rule, recorded_by, recorded_at)"
                       " VALUES (:ref, :c, :o, :d, :by, :rec, :p, :reason, :notice, :days, :late, :cause, :due, :rule, :u, :now)"),
        {{QStringLiteral("ref"), provisional}, {QStringLiteral("c"), *appealCase}, {QStringLiteral("o"), caseId},
         {QStringLiteral("d"), appealed.id}, {QStringLiteral("by"), filing.filedBy},
         {QStringLiteral("rec"), Database::storedTime(received)}, {QStringLiteral("p"), priority},
         {QStringLiteral("reason"), text(filing.reason.trimmed())}, {QStringLiteral("notice"), Database::storedTime(notice)},
         {QStringLiteral("days"), window->days}, {QStringLiteral("late"), late ? 1 : 0},
         {QStringLiteral("cause"), text(late ? filing.goodCause.trimmed() : QString())},
         {QStringLiteral("due"), Database::storedTime(due)}, {QStringLiteral("rule"), deadlineRow->rule},
         {QStringLiteral("u"), actor.id > 0 ? QVariant(actor.id) : QVariant(QMetaType(QMetaType::LongLong))},
         {QStringLiteral("now"), Database::storedTime(now)}});
    if (!insert)
        return Error{insert.error()};
    auto idq = db.exec(QStringLiteral("SELECT id FROM appeals WHERE reference = :r"), {{QStringLiteral("r"), provisional}});
    if (!idq || !idq->next())
        return Error{idq ? tr("the new appeal was not found") : idq.error()};
    const qint64 appealId = idq->value(0).toLongLong();
    const QString reference = QStringLiteral("AP-%1").arg(appealId, 7, 10, QLatin1Char('0'));
    // The appeal's case carries its reference and the policy of the decision appealed;
    // a medical director decides it.
    for (const QString &sql : {QStringLiteral("UPDATE appeals SET reference = :r WHERE id = :a"),
                               QStringLiteral("UPDATE cases SET reference = :r, status = 'awaiting-medical-director', policy_id = :p"
                                              " WHERE id = (SELECT case_id FROM appeals WHERE id = :a)")}) {
        QVariantMap values{{QStringLiteral("r"), reference}, {QStringLiteral("a"), appealId}};
        if (sql.contains(QLatin1String(":p")))
            values.insert(QStringLiteral("p"), appealed.policyId);
        if (auto r = db.exec(sql, values); !r)
            return Error{r.error()};
    }
    if (auto s = Worklist::indexCase(db, *appealCase); !s)
        return Error{s.error()};
    QString detail = QStringLiteral("%1 of %2 (determination %3, %4) from the %5, received %6, %7, due %8 (%9)")
                         .arg(reference, ref)
                         .arg(appealed.id)
                         .arg(appealed.outcome, filing.filedBy, Database::storedTime(received), priority, Database::storedTime(due),
                              deadlineRow->rule);
    if (late)
        detail += QStringLiteral("; filed %1 days after the notice, window %2 days (%3)").arg(daysAfter).arg(window->days).arg(window->rule)
                  + (filing.goodCause.trimmed().isEmpty() ? QStringLiteral("; no good cause given")
                                                          : QStringLiteral("; good cause: %1").arg(filing.goodCause.trimmed()));
    if (!filing.reason.trimmed().isEmpty())
        detail += QStringLiteral("; reason: %1").arg(filing.reason.trimmed());
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, *appealCase, action, detail}); !s)
        return Error{s.error()};
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("appeal.filed-against"),
                                       QStringLiteral("%1 filed against determination %2").arg(reference).arg(appealed.id)});
        !s)
        return Error{s.error()};
    // Late without good cause: dismissed by the filing window's rule, in the same step.
    if (late && filing.goodCause.trimmed().isEmpty()) {
        const QString why = tr("filed %1 days after the notice of %2; the window is %3 days (%4) and no good cause was given")
                                .arg(daysAfter)
                                .arg(notice.date().toString(Qt::ISODate))
                                .arg(window->days)
                                .arg(window->rule);
        auto u = db.exec(QStringLiteral("UPDATE appeals SET outcome = 'dismissed', outcome_reason = :why, decided_by = :u, decided_at = :now"
                                        " WHERE id = :a"),
                         {{QStringLiteral("why"), why}, {QStringLiteral("u"), actor.id > 0 ? QVariant(actor.id) : QVariant(QMetaType(QMetaType::LongLong))},
                          {QStringLiteral("now"), Database::storedTime(now)}, {QStringLiteral("a"), appealId}});
        if (!u)
            return Error{u.error()};
        auto c = db.exec(QStringLiteral("UPDATE cases SET status = 'determined', row_version = row_version + 1 WHERE id = :c"),
                         {{QStringLiteral("c"), *appealCase}});
        if (!c)
            return Error{c.error()};
        if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, *appealCase, QStringLiteral("appeal.dismiss"), why}); !s)
            return Error{s.error()};
    }
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return appealId;
}

Result<Appeal> Appeals::byId(Database &db, qint64 appealId)
{
    auto q = db.exec(appealSelect(QStringLiteral("a.id = :id")), {{QStringLiteral("id"), appealId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{tr("no appeal %1").arg(appealId)};
    return fromRow(*q);
}

Result<std::optional<Appeal>> Appeals::forCase(Database &db, qint64 caseId)
{
    auto q = db.exec(appealSelect(QStringLiteral("a.case_id = :id")), {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return std::optional<Appeal>();
    return std::optional<Appeal>(fromRow(*q));
}

Result<QVector<Appeal>> Appeals::against(Database &db, qint64 caseId)
{
    auto q = db.exec(appealSelect(QStringLiteral("a.original_case_id = :id")), {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    QVector<Appeal> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<QVector<qint64>> Appeals::earlierDeciders(Database &db, qint64 originalCaseId)
{
    QVector<qint64> out;
    QSet<qint64> seen;
    qint64 current = originalCaseId;
    // Up the chain of levels: the case appealed, the case it was an appeal of, …
    while (current > 0 && !seen.contains(current)) {
        seen.insert(current);
        auto q = db.exec(QStringLiteral("SELECT DISTINCT decided_by FROM determinations WHERE case_id = :c"), {{QStringLiteral("c"), current}});
        if (!q)
            return Error{q.error()};
        while (q->next())
            if (!out.contains(q->value(0).toLongLong()))
                out.append(q->value(0).toLongLong());
        auto up = db.exec(QStringLiteral("SELECT original_case_id, decided_by FROM appeals WHERE case_id = :c"), {{QStringLiteral("c"), current}});
        if (!up)
            return Error{up.error()};
        current = 0;
        if (up->next()) {
            current = up->value(0).toLongLong();
            if (!up->value(1).isNull() && !out.contains(up->value(1).toLongLong()))
                out.append(up->value(1).toLongLong());
        }
    }
    return out;
}

Result<std::optional<QString>> Appeals::whyNotDecide(Database &db, const Appeal &appeal, const QString &outcome, const User &actor)
{
    if (!outcomes().contains(outcome))
        return std::optional<QString>(tr("appeal outcome \"%1\" is not one of %2").arg(outcome, outcomes().join(QStringLiteral(", "))));
    if (!appeal.open())
        return std::optional<QString>(tr("appeal %1 is already decided (%2)").arg(appeal.reference, appeal.outcome));
    const QString who = QStringLiteral("%1 (%2)").arg(actor.name, roleTitle(actor.role));
    if (outcome == QLatin1String("withdrawn")) {
        // The filer withdraws; whoever takes the call records it.
        if (actor.role == Role::Administrator)
            return std::optional<QString>(tr("%1 may not record that an appeal is withdrawn").arg(who));
        return std::optional<QString>();
    }
    // Every denial and partial approval here rests on the policy's clinical
    // criteria: a medical-necessity decision.
    if (actor.role != Role::MedicalDirector)
        return std::optional<QString>(tr("only a medical director decides an appeal of a medical-necessity decision (%1)").arg(who));
    auto earlier = earlierDeciders(db, appeal.originalCaseId);
    if (!earlier)
        return Error{earlier.error()};
    if (earlier->contains(actor.id))
        return std::optional<QString>(
            tr("%1 took part in a decision of case %2 that the appeal %3 reviews: an appeal is decided by a medical director "
               "who made neither the decision appealed nor one at an earlier level")
                .arg(who, appeal.originalReference, appeal.reference));
    return std::optional<QString>();
}

Status Appeals::decide(Database &db, qint64 appealId, const AppealDecision &decision, const User &actor, const QDateTime &now)
{
    auto appeal = byId(db, appealId);
    if (!appeal)
        return Error{appeal.error()};
    const Appeal &a = appeal.value();
    const QString action = QStringLiteral("appeal.decide");
    auto why = whyNotDecide(db, a, decision.outcome, actor);
    if (!why)
        return Error{why.error()};
    if (why->has_value())
        return refuse(db, actor, a.caseId, action, **why);
    const bool approving = decision.outcome == QLatin1String("overturned") || decision.outcome == QLatin1String("partly-overturned");
    if (decision.outcome == QLatin1String("dismissed") && decision.reason.trimmed().isEmpty())
        return refuse(db, actor, a.caseId, action, tr("dismissing appeal %1 needs the reason").arg(a.reference));
    if (decision.outcome == QLatin1String("partly-overturned") && decision.reason.trimmed().isEmpty())
        return refuse(db, actor, a.caseId, action,
                      tr("a partly overturned appeal %1 says what stays denied (the reason)").arg(a.reference));

    DeterminationInput approval;
    QString supersedeReason;
    if (approving) {
        auto appealed = Review::determinations(db, a.originalCaseId);
        if (!appealed)
            return Error{appealed.error()};
        const StoredDetermination *d = nullptr;
        for (const StoredDetermination &x : appealed.value())
            if (x.id == a.determinationId)
                d = &x;
        if (!d)
            return Error{tr("the determination appeal %1 is about is not stored").arg(a.reference)};
        approval.outcome = QStringLiteral("approve");
        approval.policyId = d->policyId;
        approval.policyVersion = d->policyVersion;
        approval.criteriaSnapshot = decision.criteriaSnapshot.isEmpty() ? d->criteriaSnapshot : decision.criteriaSnapshot;
        approval.approvalStart = decision.approvalStart;
        approval.approvalEnd = decision.approvalEnd;
        approval.quantity = decision.quantity.trimmed();
        if (approval.quantity.isEmpty())
            return refuse(db, actor, a.caseId, action, tr("an overturned appeal %1 approves a quantity: give it").arg(a.reference));
        approval.rationale = decision.outcome == QLatin1String("overturned")
                                 ? tr("Appeal %1 overturned the determination.").arg(a.reference)
                                 : tr("Appeal %1 partly overturned the determination.").arg(a.reference);
        if (!decision.reason.trimmed().isEmpty())
            approval.rationale += QLatin1Char(' ') + decision.reason.trimmed();
        supersedeReason = tr("appeal %1 %2: %3")
                              .arg(a.reference, decision.outcome,
                                   decision.reason.trimmed().isEmpty() ? tr("the criteria are met on appeal") : decision.reason.trimmed());
        // Checked (and a refusal audited) before the transaction opens.
        if (auto s = Review::checkSupersede(db, a.originalCaseId, approval, supersedeReason, actor); !s)
            return refuse(db, actor, a.caseId, action, s.error());
    }

    QString nextLevel;
    QDateTime forwardedAt, forwardDue;
    QString forwardText;
    if (decision.outcome == QLatin1String("upheld")) {
        auto rule = filingRule(db, a.lineOfBusiness);
        if (!rule)
            return refuse(db, actor, a.caseId, action, rule.error());
        nextLevel = rule->nextLevel;
        if (nextLevel == QLatin1String("independent-review-entity")) {
            auto deadlineRow = deadline(db, a.lineOfBusiness, a.priority);
            if (!deadlineRow)
                return refuse(db, actor, a.caseId, action, deadlineRow.error());
            forwardedAt = now;
            forwardDue = deadlineRow->forwardHours ? now.addSecs(qint64(*deadlineRow->forwardHours) * 3600) : a.dueBy;
            if (forwardDue < now)
                forwardDue = now;
            forwardText = QStringLiteral("forwarded to the independent review entity at %1, due %2 (%3; %4)")
                              .arg(Database::storedTime(forwardedAt), Database::storedTime(forwardDue), deadlineRow->rule, rule->nextLevelRule);
        }
    }

    auto state = CaseStore::summary(db, a.caseId);
    if (!state)
        return Error{state.error()};
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    QVariant newDetermination(QMetaType(QMetaType::LongLong));
    if (approving) {
        auto id = Review::supersedeWithin(db, a.originalCaseId, approval, supersedeReason, actor);
        if (!id)
            return Error{id.error()};
        newDetermination = id.value();
    }
    auto u = db.exec(QStringLiteral("UPDATE appeals SET outcome = :o, outcome_reason = :r, decided_by = :u, decided_at = :now,"
                                    " new_determination_id = :nd, criteria_snapshot = :snap, next_level = :next, forwarded_at = :fa,"
                                    " forward_due = :fd WHERE id = :a AND outcome IS NULL"),
                     {{QStringLiteral("o"), decision.outcome}, {QStringLiteral("r"), text(decision.reason.trimmed())},
                      {QStringLiteral("u"), actor.id}, {QStringLiteral("now"), Database::storedTime(now)},
                      {QStringLiteral("nd"), newDetermination}, {QStringLiteral("snap"), text(decision.criteriaSnapshot)},
                      {QStringLiteral("next"), nextLevel.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(nextLevel)},
                      {QStringLiteral("fa"), nullTime(forwardedAt)}, {QStringLiteral("fd"), nullTime(forwardDue)},
                      {QStringLiteral("a"), a.id}});
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{tr("appeal %1 was decided by someone else meanwhile: reload it").arg(a.reference)};
    const QString status = decision.outcome == QLatin1String("withdrawn") ? QStringLiteral("withdrawn") : QStringLiteral("determined");
    auto c = db.exec(QStringLiteral("UPDATE cases SET status = :s, row_version = row_version + 1, updated_at = :now WHERE id = :c AND row_version = :v"),
                     {{QStringLiteral("s"), status}, {QStringLiteral("now"), Database::storedTime(now)}, {QStringLiteral("c"), a.caseId},
                      {QStringLiteral("v"), state->rowVersion}});
    if (!c)
        return Error{c.error()};
    if (c->numRowsAffected() != 1)
        return Error{tr("case %1 was changed by someone else meanwhile: reload it").arg(a.reference)};
    QString detail = QStringLiteral("%1 %2").arg(a.reference, decision.outcome);
    if (approving)
        detail += QStringLiteral("; approval %1 to %2, %3, determination %4 supersedes %5 on %6")
                      .arg(decision.approvalStart.toString(Qt::ISODate), decision.approvalEnd.toString(Qt::ISODate), approval.quantity)
                      .arg(newDetermination.toLongLong())
                      .arg(a.determinationId)
                      .arg(a.originalReference);
    if (!nextLevel.isEmpty())
        detail += QStringLiteral("; next level: %1").arg(nextLevel);
    if (!decision.reason.trimmed().isEmpty())
        detail += QStringLiteral("; reason: %1").arg(decision.reason.trimmed());
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, a.caseId, action, detail}); !s)
        return s;
    if (forwardedAt.isValid())
        if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, a.caseId, QStringLiteral("appeal.forward"), forwardText}); !s)
            return s;
    return t.commit();
}

Result<QVector<CriterionChange>> Appeals::compare(const QString &originalSnapshot, const QString &currentSnapshot)
{
    auto before = letters::CriteriaSnapshot::parse(originalSnapshot);
    if (!before)
        return Error{tr("the appealed determination's criteria: %1").arg(before.error())};
    auto now = letters::CriteriaSnapshot::parse(currentSnapshot);
    if (!now)
        return Error{tr("the current criteria: %1").arg(now.error())};
    QHash<QString, QString> was;
    QStringList order;
    for (const auto &c : before->criteria + before->notCovered) {
        was.insert(c.label, c.status);
        order << c.label;
    }
    QVector<CriterionChange> out;
    QSet<QString> seen;
    for (const auto &c : now->criteria + now->notCovered) {
        if (seen.contains(c.label))
            continue;
        seen.insert(c.label);
        out.append({c.label, was.value(c.label), c.status});
    }
    for (const QString &label : std::as_const(order))
        if (!seen.contains(label)) {
            seen.insert(label);
            out.append({label, was.value(label), QString()});
        }
    return out;
}

} // namespace pareview
