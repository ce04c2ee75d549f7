#include "store/Users.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QThread>

#include <sodium.h>

namespace pareview {

namespace {
struct RoleName
{
    Role role;
    const char *name;
    const char *title;
};
const RoleName kRoles[] = {
    {Role::IntakeNurse, "intake-nurse", "Intake nurse"},
    {Role::ClinicalReviewer, "clinical-reviewer", "Clinical reviewer"},
    {Role::MedicalDirector, "medical-director", "Medical director"},
    {Role::Administrator, "administrator", "Administrator"},
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

User userFrom(QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.credentials = q.value(3).toString();
    u.role = roleFromName(q.value(4).toString()).value_or(Role::IntakeNurse);
    u.active = q.value(5).toInt() != 0;
    return u;
}

const char *kUserColumns = "id, name, display_name, credentials, role, active";
} // namespace

QString roleName(Role role)
{
    for (const auto &r : kRoles)
        if (r.role == role)
            return QLatin1String(r.name);
    return {};
}

QString roleTitle(Role role)
{
    for (const auto &r : kRoles)
        if (r.role == role)
            return QLatin1String(r.title);
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &r : kRoles)
        if (name == QLatin1String(r.name))
            return r.role;
    return std::nullopt;
}

QString Users::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool Users::verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray p = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), quint64(p.size())) == 0;
}

Result<User> Users::add(Database &db, const QString &name, Role role, const QString &password, const QString &displayName,
                        const QString &credentials, const User *actor)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!validName.match(name).hasMatch())
        return Error{QStringLiteral("user name \"%1\" must be 2 to 64 letters, digits, dots, dashes or underscores").arg(name)};
    if (password.size() < MinPasswordLength)
        return Error{QStringLiteral("the password must have at least %1 characters").arg(MinPasswordLength)};
    if (actor && actor->role != Role::Administrator) {
        const QString why = QStringLiteral("only an administrator adds users (%1 is a %2)").arg(actor->name, roleTitle(actor->role));
        Transaction t(db);
        if (t.started() && AuditLog::append(db, {actor->id, actor->name, std::nullopt, QStringLiteral("refused.add-user"), why}))
            (void)t.commit();
        return Error{why};
    }
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return Error{QStringLiteral("the password could not be hashed (libsodium unavailable or out of memory)")};

    Transaction t(db);
    if (!t.started())
        return Error{t.error()};
    if (!actor) {
        // Without an administrator acting, only the very first user may be added.
        auto existing = any(db);
        if (!existing)
            return Error{existing.error()};
        if (existing.value())
            return Error{QStringLiteral("only an administrator adds users to a store that has some")};
        if (role != Role::Administrator)
            return Error{QStringLiteral("the first user of a store must be an administrator")};
    }
    auto r = db.exec(QStringLiteral("INSERT INTO users (name, display_name, credentials, role, password_hash, created_at) "
                                    "VALUES (:name, :display, :cred, :role, :hash, :at)"),
                     {{QStringLiteral("name"), name},
                      {QStringLiteral("display"), displayName.isNull() ? QStringLiteral("") : displayName},
                      {QStringLiteral("cred"), credentials.isNull() ? QStringLiteral("") : credentials},
                      {QStringLiteral("role"), roleName(role)},
                      {QStringLiteral("hash"), hash},
                      {QStringLiteral("at"), Database::storedTime(QDateTime::currentDateTimeUtc())}});
    if (!r) {
        if (r.error().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) || r.error().contains(QLatin1String("duplicate key")))
            return Error{QStringLiteral("a user named \"%1\" already exists").arg(name)};
        return Error{r.error()};
    }
    auto added = byName(db, name);
    if (!added)
        return Error{added.error()};
    AuditEntry entry{actor ? std::optional<qint64>(actor->id) : std::nullopt, actor ? actor->name : QStringLiteral("(setup)"),
                     std::nullopt, QStringLiteral("user.add"), QStringLiteral("%1 as %2").arg(name, roleName(role))};
    if (auto s = AuditLog::append(db, entry); !s)
        return Error{s.error()};
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    return added;
}

Result<User> Users::authenticate(Database &db, const QString &name, const QString &password, std::chrono::milliseconds failureDelay)
{
    auto q = db.exec(QStringLiteral("SELECT %1, password_hash FROM users WHERE name = :name").arg(QLatin1String(kUserColumns)),
                     {{QStringLiteral("name"), name}});
    if (!q)
        return Error{q.error()};
    std::optional<User> user;
    QString hash;
    if (q->next()) {
        user = userFrom(*q);
        hash = q->value(6).toString();
    }
    // Verify against a dummy hash for unknown names so both paths take as long.
    static const QString dummy = hashPassword(QStringLiteral("not-a-real-password"));
    const bool ok = verifyPassword(hash.isEmpty() ? dummy : hash, password) && user && user->active;

    Transaction t(db);
    AuditEntry entry{user ? std::optional<qint64>(user->id) : std::nullopt, name, std::nullopt,
                     ok ? QStringLiteral("login.ok") : QStringLiteral("login.failed"), QString()};
    if (auto s = AuditLog::append(db, entry); !s)
        return Error{s.error()};
    if (user) {
        auto counted = db.exec(ok ? QStringLiteral("UPDATE users SET failed_logins = 0 WHERE id = :id")
                                  : QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = :id"),
                               {{QStringLiteral("id"), user->id}});
        if (!counted)
            return Error{counted.error()};
    }
    if (auto s = t.commit(); !s)
        return Error{s.error()};
    if (!ok) {
        QThread::msleep(quint64(failureDelay.count()));
        return Error{QStringLiteral("wrong user name or password")};
    }
    return *user;
}

Result<User> Users::byId(Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(QLatin1String(kUserColumns)), {{QStringLiteral("id"), id}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("no user with id %1").arg(id)};
    return userFrom(*q);
}

Result<User> Users::byName(Database &db, const QString &name)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM users WHERE name = :name").arg(QLatin1String(kUserColumns)),
                     {{QStringLiteral("name"), name}});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return Error{QStringLiteral("no user named \"%1\"").arg(name)};
    return userFrom(*q);
}

Result<bool> Users::any(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!q)
        return Error{q.error()};
    q->next();
    return q->value(0).toLongLong() > 0;
}

} // namespace pareview
