#pragma once

// The case queue as reviewers see it: filtered, searched and sorted in the
// database, fetched a page at a time so the view stays fast at 100,000 cases.

#include "core/Result.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace pareview {

struct WorklistFilter
{
    enum class Queue { All, Mine, Unassigned, AwaitingMedicalDirector };
    Queue queue = Queue::All;
    QString status;       // empty: any
    QString drug;         // drug id; empty: any
    QStringList payers;   // payer names as cases carry them (PayerStore::filterEntries); empty: any
    std::optional<qint64> assignee;
    bool overdueOnly = false;
    QString search;       // member name (prefix, any case) or member id (exact)
    qint64 currentUser = 0; // for Queue::Mine
};

struct WorklistSort
{
    enum class Column { DueBy, Received, Member, Drug, Payer, Status, Priority };
    Column column = Column::DueBy;
    bool descending = false;
};

struct WorklistRow
{
    qint64 id = 0;
    QString reference;
    QString memberName;
    QString memberId;
    QString drug;
    QString payer;
    QString lineOfBusiness;
    QString status;
    QString priority;
    QString assignee; // user name, empty when unassigned
    QDateTime received;
    QDateTime dueBy;
};

class Worklist
{
public:
    // One page of rows after `offset`, at most `limit`.
    static Result<QVector<WorklistRow>> page(Database &db, const WorklistFilter &filter, const WorklistSort &sort, int offset,
                                             int limit);
    static Result<qint64> count(Database &db, const WorklistFilter &filter);
    // Distinct payers, for the filter box.
    static Result<QStringList> payers(Database &db);

    // The SQL of page() on `engine`, for the benchmark's floor comparison.
    static QString pageSql(const WorklistFilter &filter, const WorklistSort &sort, QVariantMap *values,
                           Database::Engine engine = Database::Engine::Sqlite);
};

} // namespace pareview
