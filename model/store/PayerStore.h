#pragma once

// The payer table in the store: what the workstation and `pareview decide`
// read, what an administrator edits. Seeded from the built-in table when
// the store is created (schema step "payer table and chosen policy").

#include "core/Result.h"
#include "policy/Payers.h"
#include "store/Users.h"

namespace pareview {

class Database;
class PolicyLibrary;

// One entry of the worklist's payer filter: a payer of the table with every
// name cases carry for it, or a name cases carry that the table does not know.
struct PayerFilterEntry
{
    QString label;
    QStringList caseNames; // for WorklistFilter::payers; never empty
};

class PayerStore
{
public:
    static Result<QVector<PayerFilterEntry>> filterEntries(Database &db);

    static Result<PayerTable> load(Database &db);
    // Replaces the whole table: administrators only; checked against the
    // library (every policy known, no name meaning two payers); one
    // transaction with its audit row ("payers.edit", what changed).
    static Status save(Database &db, const PayerTable &table, const PolicyLibrary &library, const User &actor);
    // Writes the rows, inside the caller's transaction (schema seeding, save).
    static Status write(Database &db, const PayerTable &table);
};

} // namespace pareview
