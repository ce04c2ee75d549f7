#pragma once

// A demo store for trying the workstation: four users (one per role) and
// realistic requests under all five policies — complete ones, ones with a
// failing criterion, a stale lab, a referral — dated relative to today.

#include "core/Result.h"

#include <QStringList>

namespace pareview {

class Database;

class DemoData
{
public:
    struct Account
    {
        QString name;
        QString role;
        QString password;
    };
    // The demo accounts and their (public, demo-only) passwords.
    static QVector<Account> accounts();

    // Fills an empty store; refuses a store that already has users.
    static Result<int> populate(Database &db);
};

} // namespace pareview
