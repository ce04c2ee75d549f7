#include "store/PeerToPeer.h"

#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace pareview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pareview::PeerToPeers", text);
}

std::optional<qint64> auditUser(const User &u)
{
    return u.id > 0 ? std::optional<qint64>(u.id) : std::nullopt;
}

QVariant userId(const User &u)
{
    return u.id > 0 ? QVariant(u.id) : QVariant(QMetaType(QMetaType::LongLong));
}

Status refuse(Database &db, const User &actor, std::optional<qint64> caseId, const QString &action, const QString &why)
{
    Transaction t(db);
    if (t.started() && AuditLog::append(db, {auditUser(actor), actor.name, caseId, QStringLiteral("refused.") + action, why}))
        (void)t.commit();
    return Error{why};
}

QString who(const User &u)
{
    return QStringLiteral("%1 (%2)").arg(u.name, roleTitle(u.role));
}

const char *kColumns = "p.id, p.case_id, c.reference, p.determination_id, p.status, p.requested_at, p.requested_by, p.contact,"
                       " p.offer_by, p.offer_rule, p.scheduled_for, p.held_at, p.participants, p.note, p.result, p.closed_at,"
                       " p.new_determination_id";

PeerToPeer fromRow(QSqlQuery &q)
{
    PeerToPeer p;
    p.id = q.value(0).toLongLong();
    p.caseId = q.value(1).toLongLong();
    p.caseReference = q.value(2).toString();
    p.determinationId = q.value(3).toLongLong();
    p.status = q.value(4).toString();
    p.requestedAt = Database::storedTime(q.value(5));
    p.requestedBy = q.value(6).toString();
    p.contact = q.value(7).toString();
    p.offerBy = Database::storedTime(q.value(8));
    p.offerRule = q.value(9).toString();
    p.scheduledFor = Database::storedTime(q.value(10));
    p.heldAt = Database::storedTime(q.value(11));
    p.participants = q.value(12).toString();
    p.note = q.value(13).toString();
    p.result = q.value(14).toString();
    p.closedAt = Database::storedTime(q.value(15));
    if (!q.value(16).isNull())
        p.newDeterminationId = q.value(16).toLongLong();
    return p;
}

// Moves a request from `from` to its next step, guarded by its status.
Status step(Database &db, const PeerToPeer &p, const QString &from, const QString &sql, QVariantMap values, const QString &action,
            const QString &detail, const User &actor)
{
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    values.insert(QStringLiteral("id"), p.id);
    values.insert(QStringLiteral("from"), from);
    auto u = db.exec(sql + QStringLiteral(" WHERE id = :id AND status = :from"), values);
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{QCoreApplication::translate("pareview::PeerToPeers", "the peer-to-peer request %1 of case %2 was changed by someone else meanwhile: reload it").arg(p.id).arg(p.caseReference)};
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, p.caseId, action, detail}); !s)
        return s;
    return t.commit();
}

} // namespace

Result<QPair<int, QString>> PeerToPeers::offerRule(Database &db, const QString &lob)
{
    auto q = db.exec(QStringLiteral("SELECT hours, rule FROM peer_to_peer_rules WHERE line_of_business = :l"), {{QStringLiteral("l"), lob}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{tr("no peer-to-peer deadline is set for the line of business \"%1\" (table peer_to_peer_rules)")
                         .arg(lob.isEmpty() ? tr("(none on the case)") : lob)};
    return qMakePair(q->value(0).toInt(), q->value(1).toString());
}

Result<qint64> PeerToPeers::request(Database &db, qint64 caseId, const QString &requestedBy, const QString &contact,
                                    const QDateTime &requestedAt, const User &actor, const QDateTime &now)
{
    const QString action = QStringLiteral("peer-to-peer.request");
    if (actor.role == Role::Administrator)
        return Error{refuse(db, actor, caseId, action, tr("%1 may not record peer-to-peer requests").arg(who(actor))).error()};
    auto c = CaseStore::summary(db, caseId);
    if (!c)
        return Error{c.error()};
    if (requestedBy.trimmed().isEmpty() || contact.trimmed().isEmpty())
        return Error{refuse(db, actor, caseId, action,
                      tr("a peer-to-peer request on case %1 names who asked and how to reach them").arg(c->reference)).error()};
    const QDateTime at = requestedAt.isValid() ? requestedAt.toUTC() : now;
    if (at > now.addSecs(60))
        return Error{refuse(db, actor, caseId, action, tr("the peer-to-peer request's time %1 is in the future").arg(at.toString(Qt::ISODate))).error()};
    if (!Review::isDetermined(c->status))
        return Error{refuse(db, actor, caseId, action,
                      tr("case %1 is %2: a peer-to-peer discussion is about a final determination").arg(c->reference, c->status)).error()};
    auto det = Review::latestDetermination(db, caseId);
    if (!det)
        return Error{det.error()};
    if (!det->has_value() || ((*det)->outcome != QLatin1String("deny") && (*det)->outcome != QLatin1String("approve")))
        return Error{refuse(db, actor, caseId, action, tr("case %1 has no denial or approval to discuss").arg(c->reference)).error()};
    auto existing = forCase(db, caseId);
    if (!existing)
        return Error{existing.error()};
    for (const PeerToPeer &p : existing.value())
        if (p.open())
            return Error{refuse(db, actor, caseId, action,
                          tr("case %1 already has an open peer-to-peer request (%2)").arg(c->reference, p.status)).error()};
    auto rule = offerRule(db, c->lineOfBusiness);
    if (!rule)
        return Error{refuse(db, actor, caseId, action, rule.error()).error()};
    const QDateTime offerBy = at.addSecs(qint64(rule->first) * 3600);
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto r = db.exec(QStringLiteral("INSERT INTO peer_to_peer (case_id, determination_id, status, requested_at, requested_by, contact, offer_by,"
                                    " offer_rule, recorded_by) VALUES (:c, :d, 'requested', :at, :by, :contact, :offer, :rule, :u)"),
                     {{QStringLiteral("c"), caseId}, {QStringLiteral("d"), (*det)->id}, {QStringLiteral("at"), Database::storedTime(at)},
                      {QStringLiteral("by"), requestedBy.trimmed()}, {QStringLiteral("contact"), contact.trimmed()},
                      {QStringLiteral("offer"), Database::storedTime(offerBy)}, {QStringLiteral("rule"), rule->second},
                      {QStringLiteral("u"), userId(actor)}});
    if (!r)
        return Error{r.error()};
    auto idq = db.exec(QStringLiteral("SELECT MAX(id) FROM peer_to_peer WHERE case_id = :c"), {{QStringLiteral("c"), caseId}});
    if (!idq || !idq->next())
        return Error{idq ? QStringLiteral("the peer-to-peer request was not stored") : idq.error()};
    const qint64 id = idq->value(0).toLongLong();
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, caseId, action,
                                       QStringLiteral("request %1 about determination %2 by %3 (%4) at %5; offer by %6 (%7)")
                                           .arg(id)
                                           .arg((*det)->id)
                                           .arg(requestedBy.trimmed(), contact.trimmed(), Database::storedTime(at),
                                                Database::storedTime(offerBy), rule->second)});
        !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return id;
}

Status PeerToPeers::schedule(Database &db, qint64 id, const QDateTime &when, const User &actor)
{
    auto p = byId(db, id);
    if (!p)
        return Error{p.error()};
    const QString action = QStringLiteral("peer-to-peer.schedule");
    if (actor.role == Role::Administrator)
        return refuse(db, actor, p->caseId, action, tr("%1 may not schedule peer-to-peer discussions").arg(who(actor)));
    if (p->status != QLatin1String("requested") && p->status != QLatin1String("scheduled"))
        return refuse(db, actor, p->caseId, action,
                      tr("the peer-to-peer request of case %1 is %2: only a request not yet held is scheduled").arg(p->caseReference, p->status));
    if (!when.isValid() || when < p->requestedAt)
        return refuse(db, actor, p->caseId, action, tr("the time offered for the peer-to-peer of case %1 is before the request").arg(p->caseReference));
    if (when > p->offerBy)
        return refuse(db, actor, p->caseId, action,
                      tr("the time offered for the peer-to-peer of case %1, %2, is after its deadline %3 (%4)")
                          .arg(p->caseReference, when.toUTC().toString(Qt::ISODate), p->offerBy.toString(Qt::ISODate), p->offerRule));
    return step(db, p.value(), p->status,
                QStringLiteral("UPDATE peer_to_peer SET status = 'scheduled', scheduled_for = :when, scheduled_by = :u"),
                {{QStringLiteral("when"), Database::storedTime(when.toUTC())}, {QStringLiteral("u"), userId(actor)}}, action,
                QStringLiteral("request %1 scheduled for %2 (offer by %3)").arg(id).arg(Database::storedTime(when.toUTC()), Database::storedTime(p->offerBy)),
                actor);
}

Status PeerToPeers::hold(Database &db, qint64 id, const QDateTime &heldAt, const QString &participants, const QString &note,
                         const User &actor)
{
    auto p = byId(db, id);
    if (!p)
        return Error{p.error()};
    const QString action = QStringLiteral("peer-to-peer.hold");
    if (actor.role != Role::MedicalDirector && actor.role != Role::ClinicalReviewer)
        return refuse(db, actor, p->caseId, action, tr("%1 may not record a peer-to-peer discussion").arg(who(actor)));
    if (p->status != QLatin1String("scheduled"))
        return refuse(db, actor, p->caseId, action,
                      tr("the peer-to-peer request of case %1 is %2: only a scheduled discussion is held").arg(p->caseReference, p->status));
    if (participants.trimmed().isEmpty() || note.trimmed().isEmpty())
        return refuse(db, actor, p->caseId, action,
                      tr("the peer-to-peer of case %1 is recorded with who took part and a note of what was said").arg(p->caseReference));
    const QDateTime at = heldAt.isValid() ? heldAt.toUTC() : QDateTime::currentDateTimeUtc();
    return step(db, p.value(), QStringLiteral("scheduled"),
                QStringLiteral("UPDATE peer_to_peer SET status = 'held', held_at = :at, participants = :who, note = :note, held_recorded_by = :u"),
                {{QStringLiteral("at"), Database::storedTime(at)}, {QStringLiteral("who"), participants.trimmed()},
                 {QStringLiteral("note"), note.trimmed()}, {QStringLiteral("u"), userId(actor)}},
                action, QStringLiteral("request %1 held at %2 with %3: %4").arg(id).arg(Database::storedTime(at), participants.trimmed(), note.trimmed()),
                actor);
}

Status PeerToPeers::closeStanding(Database &db, qint64 id, const User &actor, const QDateTime &now)
{
    auto p = byId(db, id);
    if (!p)
        return Error{p.error()};
    const QString action = QStringLiteral("peer-to-peer.close");
    if (actor.role != Role::MedicalDirector)
        return refuse(db, actor, p->caseId, action, tr("only a medical director closes a peer-to-peer discussion (%1)").arg(who(actor)));
    if (p->status != QLatin1String("held"))
        return refuse(db, actor, p->caseId, action,
                      tr("the peer-to-peer request of case %1 is %2: it is closed once held").arg(p->caseReference, p->status));
    return step(db, p.value(), QStringLiteral("held"),
                QStringLiteral("UPDATE peer_to_peer SET status = 'closed', result = 'stands', closed_at = :at, closed_by = :u"),
                {{QStringLiteral("at"), Database::storedTime(now)}, {QStringLiteral("u"), userId(actor)}}, action,
                QStringLiteral("request %1 closed: the decision stands (determination %2)").arg(id).arg(p->determinationId), actor);
}

Result<qint64> PeerToPeers::closeChanged(Database &db, qint64 id, const DeterminationInput &input, const QString &reason, const User &actor,
                                         const QDateTime &now)
{
    auto p = byId(db, id);
    if (!p)
        return Error{p.error()};
    const QString action = QStringLiteral("peer-to-peer.close");
    if (actor.role != Role::MedicalDirector)
        return Error{refuse(db, actor, p->caseId, action,
                            tr("only a medical director changes a decision after a peer-to-peer discussion (%1)").arg(who(actor)))
                         .error()};
    if (p->status != QLatin1String("held"))
        return Error{refuse(db, actor, p->caseId, action,
                            tr("the peer-to-peer request of case %1 is %2: it is closed once held").arg(p->caseReference, p->status))
                         .error()};
    // The new determination says it follows the discussion.
    QString why = tr("follows the peer-to-peer discussion of %1 with %2").arg(p->heldAt.toString(Qt::ISODate), p->participants);
    if (!reason.trimmed().isEmpty())
        why += QStringLiteral(": ") + reason.trimmed();
    if (auto s = Review::checkSupersede(db, p->caseId, input, why, actor); !s)
        return Error{s.error()};
    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto det = Review::supersedeWithin(db, p->caseId, input, why, actor);
    if (!det)
        return Error{det.error()};
    auto u = db.exec(QStringLiteral("UPDATE peer_to_peer SET status = 'closed', result = 'changed', closed_at = :at, closed_by = :u,"
                                    " new_determination_id = :d WHERE id = :id AND status = 'held'"),
                     {{QStringLiteral("at"), Database::storedTime(now)}, {QStringLiteral("u"), userId(actor)},
                      {QStringLiteral("d"), det.value()}, {QStringLiteral("id"), id}});
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{tr("the peer-to-peer request %1 was changed by someone else meanwhile: reload it").arg(id)};
    if (auto s = AuditLog::append(db, {auditUser(actor), actor.name, p->caseId, action,
                                       QStringLiteral("request %1 closed: the decision changed to %2 (determination %3 supersedes %4)")
                                           .arg(id)
                                           .arg(input.outcome)
                                           .arg(det.value())
                                           .arg(p->determinationId)});
        !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return det.value();
}

Result<PeerToPeer> PeerToPeers::byId(Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM peer_to_peer p JOIN cases c ON c.id = p.case_id WHERE p.id = :id").arg(QLatin1String(kColumns)),
                     {{QStringLiteral("id"), id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{tr("no peer-to-peer request %1").arg(id)};
    return fromRow(*q);
}

Result<QVector<PeerToPeer>> PeerToPeers::forCase(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM peer_to_peer p JOIN cases c ON c.id = p.case_id WHERE p.case_id = :c ORDER BY p.id")
                         .arg(QLatin1String(kColumns)),
                     {{QStringLiteral("c"), caseId}});
    if (!q)
        return Error{q.error()};
    QVector<PeerToPeer> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

} // namespace pareview
