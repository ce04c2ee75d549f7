#pragma once

// A prescriber's peer-to-peer discussion of a determination with a medical
// director: requested (when, by whom, how to reach them), scheduled (a time
// offered before the deadline the plan's table peer_to_peer_rules sets),
// held (who took part, a note of what was said) and closed: the decision
// stands, or a medical director changes it with a new determination that
// supersedes the old one and says it follows the discussion. Each step is
// one transaction with its audit row; refusals are audited.

#include "core/Result.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace pareview {

class Database;

struct PeerToPeer
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseReference;
    qint64 determinationId = 0;
    QString status; // requested, scheduled, held, closed
    QDateTime requestedAt;
    QString requestedBy; // the prescriber, as they gave their name
    QString contact;     // phone, e-mail: how to reach them
    QDateTime offerBy;   // the discussion is offered before this
    QString offerRule;
    QDateTime scheduledFor;
    QDateTime heldAt;
    QString participants;
    QString note;
    QString result; // stands, changed
    QDateTime closedAt;
    std::optional<qint64> newDeterminationId;

    bool open() const { return status != QLatin1String("closed"); }
};

class PeerToPeers
{
public:
    // Records the prescriber's request on a case with a final denial or
    // approval; one open request per case. Intake nurses, reviewers and
    // medical directors take the call.
    static Result<qint64> request(Database &db, qint64 caseId, const QString &requestedBy, const QString &contact,
                                  const QDateTime &requestedAt, const User &actor,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Offers a time: not in the past of the request, and before its offer-by deadline.
    static Status schedule(Database &db, qint64 id, const QDateTime &when, const User &actor);
    // The discussion took place: who took part and what was said (both required).
    static Status hold(Database &db, qint64 id, const QDateTime &heldAt, const QString &participants, const QString &note,
                       const User &actor);
    // Closed, the decision standing (a medical director).
    static Status closeStanding(Database &db, qint64 id, const User &actor, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Closed with the decision changed: `input` becomes the case's new
    // determination, superseding the old one, its reason saying it follows
    // the discussion (and `reason`). A medical director only.
    static Result<qint64> closeChanged(Database &db, qint64 id, const DeterminationInput &input, const QString &reason,
                                       const User &actor, const QDateTime &now = QDateTime::currentDateTimeUtc());

    static Result<PeerToPeer> byId(Database &db, qint64 id);
    static Result<QVector<PeerToPeer>> forCase(Database &db, qint64 caseId);
    // The hours within which a discussion is offered, with the rule cited.
    static Result<QPair<int, QString>> offerRule(Database &db, const QString &lineOfBusiness);
};

} // namespace pareview
