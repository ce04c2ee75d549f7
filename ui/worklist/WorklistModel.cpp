#include "WorklistModel.h"

#include "intake/DrugCatalog.h"
#include "common/StatusText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pareview {

namespace {
bool isOpen(const QString &status)
{
    return status == QLatin1String("intake") || status == QLatin1String("in-review")
           || status == QLatin1String("awaiting-medical-director");
}
} // namespace

WorklistModel::WorklistModel(std::shared_ptr<Database> db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void WorklistModel::setFilter(const WorklistFilter &filter)
{
    m_filter = filter;
    reload();
}

void WorklistModel::reload()
{
    // The first page is loaded inside the reset: views react to the reset by
    // asking for more, which must not insert rows while the reset is in flight.
    beginResetModel();
    m_loaded = true;
    m_rows.clear();
    m_error.clear();
    auto page = Worklist::page(*m_db, m_filter, m_sort, 0, PageSize);
    if (page) {
        m_rows = page.value();
        m_exhausted = m_rows.size() < PageSize;
    } else {
        m_error = page.error();
        m_exhausted = true;
    }
    endResetModel();
}

void WorklistModel::setOpenElsewhere(const QHash<qint64, QVector<OpenSession>> &open)
{
    if (open == m_openElsewhere)
        return;
    m_openElsewhere = open;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Status));
}

QVector<qint64> WorklistModel::loadedCaseIds() const
{
    QVector<qint64> ids;
    ids.reserve(m_rows.size());
    for (const WorklistRow &r : m_rows)
        ids.append(r.id);
    return ids;
}

qint64 WorklistModel::caseId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorklistModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void WorklistModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    auto page = Worklist::page(*m_db, m_filter, m_sort, int(m_rows.size()), PageSize);
    if (!page) {
        m_error = page.error();
        m_exhausted = true;
        return;
    }
    if (page->size() < PageSize)
        m_exhausted = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += page.value();
    endInsertRows();
}

void WorklistModel::sort(int column, Qt::SortOrder order)
{
    using C = WorklistSort::Column;
    switch (column) {
    case Member:
        m_sort.column = C::Member;
        break;
    case Drug:
        m_sort.column = C::Drug;
        break;
    case Payer:
        m_sort.column = C::Payer;
        break;
    case Status:
        m_sort.column = C::Status;
        break;
    case Priority:
        m_sort.column = C::Priority;
        break;
    case Received:
        m_sort.column = C::Received;
        break;
    default:
        m_sort.column = C::DueBy;
        break;
    }
    m_sort.descending = order == Qt::DescendingOrder;
    // Before the first page (the view setting its initial sort) there is
    // nothing to sort yet: the first reload queries in this order.
    if (m_loaded)
        reload();
}

void WorklistModel::setFlagged(const QSet<qint64> &caseIds)
{
    if (caseIds == m_flagged)
        return;
    m_flagged = caseIds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Reference), index(int(m_rows.size()) - 1, Reference));
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorklistRow &r = m_rows[index.row()];
    if (role == CaseIdRole)
        return r.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool open = isOpen(r.status);
    if (role == Qt::BackgroundRole && index.column() == DueBy && open && r.dueBy.isValid()) {
        if (r.dueBy < now)
            return QBrush(QColor(0xf8, 0xd7, 0xda)); // overdue
        if (now.secsTo(r.dueBy) < 24 * 3600)
            return QBrush(QColor(0xff, 0xf3, 0xcd)); // due within a day
    }
    if (role == Qt::ToolTipRole && index.column() == DueBy && open && r.dueBy.isValid() && r.dueBy < now)
        return tr("Overdue");
    const auto elsewhere = m_openElsewhere.constFind(r.id);
    const bool openElsewhere = index.column() == Status && elsewhere != m_openElsewhere.cend();
    if (role == Qt::ToolTipRole && openElsewhere) {
        QStringList lines;
        for (const OpenSession &s : *elsewhere)
            lines << tr("Open by %1 since %2").arg(s.userName, QLocale().toString(s.since.toLocalTime().time(), QLocale::ShortFormat));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && openElsewhere)
        return QBrush(QColor(0x8a, 0x4b, 0x00));
    if (index.column() == Reference && m_flagged.contains(r.id)) {
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role == Qt::ForegroundRole)
            return QBrush(Qt::white);
        if (role == Qt::ToolTipRole)
            return tr("Records of this case were changed outside pareview (store integrity in the status bar)");
        if (role == Qt::DisplayRole)
            return tr("⚠ %1").arg(r.reference); // the column is narrow: the tooltip says why
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Reference:
        return r.reference;
    case Member:
        return r.memberName;
    case MemberId:
        return r.memberId;
    case Drug:
        return DrugCatalog::name(r.drug);
    case Payer:
        return r.payer;
    case Status:
        if (openElsewhere) {
            QStringList names;
            for (const OpenSession &s : *elsewhere)
                if (!names.contains(s.userName))
                    names << s.userName;
            return tr("%1 · open by %2").arg(caseStatusText(r.status), names.join(QStringLiteral(", ")));
        }
        return caseStatusText(r.status);
    case Assignee:
        return r.assignee.isEmpty() ? tr("(unassigned)") : r.assigneeDisplay;
    case Priority:
        return r.priority == QLatin1String("expedited") ? tr("expedited") : tr("standard");
    case Received:
        return locale.toString(r.received.toLocalTime(), QLocale::ShortFormat);
    case DueBy:
        return r.dueBy.isValid() ? locale.toString(r.dueBy.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Case");
    case Member:
        return tr("Member");
    case MemberId:
        return tr("Member ID");
    case Drug:
        return tr("Drug");
    case Payer:
        return tr("Payer");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case Priority:
        return tr("Priority");
    case Received:
        return tr("Received");
    case DueBy:
        return tr("Due by");
    }
    return {};
}

} // namespace pareview
