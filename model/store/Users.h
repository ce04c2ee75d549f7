#pragma once

// People who sign in, and what their role lets them do. Passwords are kept
// only as Argon2id hashes (libsodium). A wrong password is refused after a
// delay, with the same message whether or not the user exists.

#include "core/Result.h"

#include <QString>

#include <chrono>

namespace pareview {

class Database;

enum class Role { IntakeNurse, ClinicalReviewer, MedicalDirector, Administrator };
QString roleName(Role role); // "intake-nurse", …
std::optional<Role> roleFromName(const QString &name);
QString roleTitle(Role role); // "Intake nurse", … for people

struct User
{
    qint64 id = 0;
    QString name;
    QString displayName;
    QString credentials; // "MD", "RN", …
    Role role = Role::IntakeNurse;
    bool active = true;
};

class Users
{
public:
    // The electronic intake channel (headless `pareview import`, an ePA
    // gateway): creates cases like an intake nurse, stored with no user id.
    static User electronicIntake()
    {
        User u;
        u.name = QStringLiteral("(electronic intake)");
        u.role = Role::IntakeNurse;
        return u;
    }

    static constexpr int MinPasswordLength = 10;

    // Adds a user; one transaction with its audit row. `actor` is who adds
    // them (nullptr: the first administrator of an empty store, or a script).
    static Result<User> add(Database &db, const QString &name, Role role, const QString &password,
                            const QString &displayName = QString(), const QString &credentials = QString(),
                            const User *actor = nullptr);

    // Checks the password. On failure waits `failureDelay` before answering
    // and says only "wrong user name or password". Audited either way.
    static Result<User> authenticate(Database &db, const QString &name, const QString &password,
                                     std::chrono::milliseconds failureDelay = std::chrono::milliseconds(1500));

    static Result<User> byId(Database &db, qint64 id);
    static Result<User> byName(Database &db, const QString &name);
    static Result<bool> any(Database &db);

    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
};

} // namespace pareview
