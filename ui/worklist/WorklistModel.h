#pragma once

#include "store/Presence.h"
#include "store/Worklist.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

namespace pareview {

class Database;

// The worklist as a table that fetches a page at a time as the view scrolls
// (canFetchMore / fetchMore), so 100,000 cases never load at once.
class WorklistModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, Member, MemberId, Drug, Payer, Status, Assignee, Priority, Received, DueBy, ColumnCount };
    enum Roles { CaseIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    // Empty until the first setFilter() or reload(): the view sets its sort
    // and filter first, so the first page is queried once, not per setting.
    explicit WorklistModel(std::shared_ptr<Database> db, QObject *parent = nullptr);

    void setFilter(const WorklistFilter &filter);
    const WorklistFilter &filter() const { return m_filter; }
    void reload();
    const QString &lastError() const { return m_error; }
    qint64 caseId(int row) const;
    const WorklistRow &row(int row) const { return m_rows.at(row); }
    // The loaded cases that other workstations have open (Presence),
    // shown with the status: "In review · open by Dana Reviewer".
    void setOpenElsewhere(const QHash<qint64, QVector<OpenSession>> &open);
    QVector<qint64> loadedCaseIds() const;
    // Cases the integrity check found records of changed outside pareview
    // (IntegrityStatus): marked in the reference column.
    void setFlagged(const QSet<qint64> &caseIds);
    bool flagged(qint64 caseId) const { return m_flagged.contains(caseId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    std::shared_ptr<Database> m_db;
    WorklistFilter m_filter;
    WorklistSort m_sort;
    QVector<WorklistRow> m_rows;
    QSet<qint64> m_flagged;
    bool m_loaded = false; // a page has been asked for (reload)
    bool m_exhausted = true; // no more rows to fetch: true until a page says otherwise (canFetchMore before the first load)
    QString m_error;
    QHash<qint64, QVector<OpenSession>> m_openElsewhere;
};

} // namespace pareview
