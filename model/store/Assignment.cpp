#include "store/Assignment.h"

#include "review/CaseWorkflow.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pareview {

namespace {

bool mayBeAssigned(const User &u)
{
    return u.active && (u.role == Role::ClinicalReviewer || u.role == Role::MedicalDirector);
}

Status refuse(Database &db, const User &actor, qint64 caseId, const QString &why)
{
    // A refused attempt is audited too, in a transaction of its own.
    Transaction t(db);
    if (t.started() && AuditLog::append(db, {actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt, actor.name, caseId,
                                             QStringLiteral("refused.assign"), why}))
        (void)t.commit();
    return Error{why};
}

} // namespace

bool Assignment::mayAssignOthers(const User &actor)
{
    return actor.role == Role::MedicalDirector || actor.role == Role::Administrator;
}

Result<QVector<User>> Assignment::candidates(Database &db, const User &actor)
{
    if (!mayAssignOthers(actor)) {
        if (mayBeAssigned(actor))
            return QVector<User>{actor};
        return QVector<User>{};
    }
    auto q = db.exec(QStringLiteral("SELECT id FROM users WHERE active = 1 AND role IN ('clinical-reviewer','medical-director') ORDER BY name"));
    if (!q)
        return Error{q.error()};
    QVector<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    QVector<User> out;
    for (qint64 id : std::as_const(ids)) {
        auto u = Users::byId(db, id);
        if (!u)
            return Error{u.error()};
        out << u.value();
    }
    return out;
}

Status Assignment::assign(Database &db, qint64 caseId, qint64 assigneeId, const User &actor)
{
    auto assignee = Users::byId(db, assigneeId);
    if (!assignee)
        return Error{assignee.error()};
    if (!mayAssignOthers(actor) && !(assigneeId == actor.id && mayBeAssigned(actor)))
        return refuse(db, actor, caseId,
                      QStringLiteral("%1 (%2) may not assign cases to others").arg(actor.name, roleTitle(actor.role)));
    if (!mayBeAssigned(assignee.value()))
        return refuse(db, actor, caseId,
                      QStringLiteral("%1 (%2%3) cannot be assigned cases: only active clinical reviewers and medical directors")
                          .arg(assignee->name, roleTitle(assignee->role), assignee->active ? QString() : QStringLiteral(", deactivated")));
    auto q = db.exec(QStringLiteral("SELECT c.reference, c.status, c.row_version, u.name FROM cases c LEFT JOIN users u ON u.id = c.assignee_id"
                                    " WHERE c.id = :id"),
                     {{QStringLiteral("id"), caseId}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("no case %1").arg(caseId)};
    const QString reference = q->value(0).toString();
    const QString status = q->value(1).toString();
    const int version = q->value(2).toInt();
    const QString previous = q->value(3).toString();
    // Which cases are assigned is the workflow's rule, the one the window asks.
    if (const auto whyNot = CaseWorkflow::whyNot(CaseAction::Assign, status, actor))
        return refuse(db, actor, caseId, QCoreApplication::translate("Assignment", "case %1: %2").arg(reference, *whyNot));
    if (status == QLatin1String("awaiting-medical-director") && assignee->role != Role::MedicalDirector)
        return refuse(db, actor, caseId,
                      QStringLiteral("case %1 awaits the medical director: %2 is %3").arg(reference, assignee->name, roleTitle(assignee->role)));

    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    auto u = db.exec(QStringLiteral("UPDATE cases SET assignee_id = :a, row_version = row_version + 1, updated_at = :now"
                                    " WHERE id = :id AND row_version = :v"),
                     {{QStringLiteral("a"), assigneeId},
                      {QStringLiteral("now"), Database::storedTime(QDateTime::currentDateTimeUtc())},
                      {QStringLiteral("id"), caseId},
                      {QStringLiteral("v"), version}});
    if (!u)
        return Error{u.error()};
    if (u->numRowsAffected() != 1)
        return Error{QStringLiteral("case %1 was changed by someone else meanwhile: reload it").arg(reference)};
    const QString detail = previous.isEmpty() ? QStringLiteral("%1 to %2").arg(reference, assignee->name)
                                              : QStringLiteral("%1 to %2 (was %3)").arg(reference, assignee->name, previous);
    if (auto s = AuditLog::append(db, {actor.id, actor.name, caseId, QStringLiteral("case.assign"), detail}); !s)
        return s;
    return t.commit();
}

} // namespace pareview
