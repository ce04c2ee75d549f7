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
    // AppealsDue: appeals not yet decided, due first; PeerToPeerOpen: cases
    // with a peer-to-peer request not yet closed.
    enum class Queue { All, Mine, Unassigned, AwaitingMedicalDirector, AppealsDue, PeerToPeerOpen };
    Queue queue = Queue::All;
    QString status;       // empty: any
    QString drug;         // drug id; empty: any
    QStringList payers;   // payer names as cases carry them (PayerStore::filterEntries); empty: any
    std::optional<qint64> assignee;
    bool overdueOnly = false;
    QString search;       // words, each the start of a word of the member's name, the member id or the case reference (any case)
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
    QString assigneeDisplay; // their full name where one is on file, else the user name
    QDateTime received;
    QDateTime dueBy;
};

class Worklist
{
public:
    // One page of rows after `offset`, at most `limit`.
    static Result<QVector<WorklistRow>> page(Database &db, const WorklistFilter &filter, const WorklistSort &sort, int offset,
                                             int limit);
    // How many cases match; with `upTo`, at most that many (the view asks
    // for one more than it shows: "more than 10,000").
    static Result<qint64> count(Database &db, const WorklistFilter &filter, qint64 upTo = 0);
    static constexpr qint64 CountShownUpTo = 10000;
    // Distinct payers, for the filter box.
    static Result<QStringList> payers(Database &db);

    // The search: words typed, folded the way terms are (case, accents),
    // at most MaxSearchWords.
    static constexpr int MaxSearchWords = 6;
    static QStringList searchWords(const QString &typed);
    // The terms a case is found by: each word of the member's name (and the
    // parts of a hyphenated one), the member id, the case reference.
    static QStringList searchTerms(const QString &memberName, const QString &memberId, const QString &reference);
    // Writes the case's terms into case_search_terms. Call inside the
    // transaction that writes its name, member id or reference.
    static Status indexCase(Database &db, qint64 caseId);
    // Every case's terms again (the schema step that adds the table; stores
    // filled with SQL, like the benchmark's).
    static Status rebuildSearchIndex(Database &db);

    // The SQL of page() on `engine`, for the benchmark's floor comparison.
    // Finalizes the page statements kept prepared for this connection
    // (page()); Database calls it before it closes the connection.
    static void releaseStatements(Database &db);

    static QString pageSql(const WorklistFilter &filter, const WorklistSort &sort, QVariantMap *values,
                           Database::Engine engine = Database::Engine::Sqlite);
};

} // namespace pareview
