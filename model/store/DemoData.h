#pragma once

// A demo store for trying the workstation: four users (one per role) and
// realistic requests under all five policies — complete ones, ones with a
// failing criterion, a stale lab, a referral — dated relative to today.

#include "core/Result.h"

#include <QStringList>

namespace pareview {

class Database;
class PolicyLibrary;

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

    // Fills an empty store; refuses a store that already has users. Every
    // case is left at intake, as the nurse saved it.
    static Result<int> populate(Database &db);

    // Moves some of the populated cases along, through the same calls the
    // window makes, so each demo account has work on signing in: two
    // submitted and assigned to the reviewer, one submitted and waiting to be
    // claimed, one the reviewer sent to the medical director, one approved
    // with its letter issued; the rest stay at intake for the nurse.
    static Status advance(Database &db, const PolicyLibrary &library);
};

} // namespace pareview
