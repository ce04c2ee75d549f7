#include "CriteriaModel.h"

#include "common/StatusText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pareview {

namespace {
QColor statusColor(const QString &status)
{
    if (status == QLatin1String("met"))
        return QColor(0x1e, 0x7b, 0x34);
    if (status == QLatin1String("not-met"))
        return QColor(0xb0, 0x20, 0x20);
    if (status == QLatin1String("unknown"))
        return QColor(0x9a, 0x6a, 0x00);
    return QColor(0x70, 0x70, 0x70);
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("met"))
        return CriteriaModel::tr("met");
    if (status == QLatin1String("not-met"))
        return CriteriaModel::tr("not met");
    if (status == QLatin1String("unknown"))
        return CriteriaModel::tr("unknown");
    if (status == QLatin1String("not-applicable"))
        return CriteriaModel::tr("n/a");
    return status;
}
} // namespace

CriteriaModel::CriteriaModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CriteriaModel::setReview(const ReviewedEvaluation &review, const QHash<QString, Review::StoredDecision> &decisions)
{
    auto labels = [](const Evaluation &ev) {
        QStringList out;
        for (const auto &c : ev.criteria)
            out << c.label;
        return out;
    };
    const bool sameTree = m_review.data.policyId == review.data.policyId && labels(m_review.data) == labels(review.data);
    if (!sameTree)
        beginResetModel();
    m_review = review;
    m_decisions = decisions;
    if (!sameTree) {
        build();
        endResetModel();
        return;
    }
    // Every row, children included: dataChanged covers one parent at a time.
    for (int i = 0; i < m_review.data.criteria.size(); ++i)
        Q_EMIT dataChanged(createIndex(m_row[i], 0, quintptr(i)), createIndex(m_row[i], ColumnCount - 1, quintptr(i)));
}

void CriteriaModel::clear()
{
    setReview({}, {});
}

void CriteriaModel::build()
{
    const int n = int(m_review.data.criteria.size());
    m_parent.fill(-1, n);
    m_children = QVector<QVector<int>>(n);
    m_top.clear();
    m_row.fill(0, n);
    QVector<int> stack; // open ancestors by depth
    for (int i = 0; i < n; ++i) {
        const int depth = m_review.data.criteria[i].depth;
        stack.resize(depth);
        const int parent = depth > 0 && !stack.isEmpty() ? stack.last() : -1;
        m_parent[i] = parent;
        if (parent < 0) {
            m_row[i] = int(m_top.size());
            m_top.append(i);
        } else {
            m_row[i] = int(m_children[parent].size());
            m_children[parent].append(i);
        }
        stack.append(i);
    }
}

const CriterionResult *CriteriaModel::criterion(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int i = int(index.internalId());
    return i >= 0 && i < m_review.data.criteria.size() ? &m_review.data.criteria[i] : nullptr;
}

std::optional<Review::StoredDecision> CriteriaModel::decision(const QString &label) const
{
    auto it = m_decisions.constFind(label);
    if (it == m_decisions.constEnd() || it->source != QLatin1String("reviewer"))
        return std::nullopt;
    return *it;
}

QString CriteriaModel::effectiveStatus(const QString &label) const
{
    if (auto d = decision(label))
        return d->decision.status;
    if (const CriterionResult *c = m_review.reviewed.criterion(label))
        return statusName(c->status);
    return {};
}

QModelIndex CriteriaModel::indexOf(const QString &label) const
{
    for (int i = 0; i < m_review.data.criteria.size(); ++i)
        if (m_review.data.criteria[i].label == label)
            return createIndex(m_row[i], 0, quintptr(i));
    return {};
}

QModelIndex CriteriaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QVector<int> &list = parent.isValid() ? m_children.value(int(parent.internalId())) : m_top;
    if (row >= list.size())
        return {};
    return createIndex(row, column, quintptr(list[row]));
}

QModelIndex CriteriaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_parent.value(int(child.internalId()), -1);
    if (p < 0)
        return {};
    return createIndex(m_row[p], 0, quintptr(p));
}

int CriteriaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_children.value(int(parent.internalId())).size());
}

int CriteriaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    const CriterionResult *c = criterion(index);
    if (!c)
        return {};
    const QString computed = statusName(c->status);
    const auto d = decision(c->label);
    // A group no reviewer decided shows what its parts come to with the decisions.
    const int i = int(index.internalId());
    const QString reviewed = i < m_review.reviewed.criteria.size() ? statusName(m_review.reviewed.criteria[i].status) : computed;
    const bool groupChanged = !d && c->group && reviewed != computed;
    switch (role) {
    case LabelRole:
        return c->label;
    case ComputedStatusRole:
        return computed;
    case DecisionStatusRole:
        return d ? d->decision.status : QString();
    case PolicyTextRole:
        return c->text;
    case IsGroupRole:
        return c->group;
    case ReviewedStatusRole:
        return reviewed;
    default:
        break;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Label:
            return c->documentation ? c->label + QStringLiteral(" ✎") : c->label;
        case Computed:
            return statusText(computed);
        case Decision:
            if (d)
                return statusText(d->decision.status);
            return groupChanged ? tr("→ %1").arg(statusText(reviewed)) : QString();
        case Reason:
            return groupChanged ? reasonText(m_review.reviewed.criteria[i].finding, m_review.reviewed.criteria[i].reason)
                                : reasonText(c->finding, c->reason);
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Computed)
            return QBrush(statusColor(computed));
        if (index.column() == Decision && (d || groupChanged))
            return QBrush(statusColor(d ? d->decision.status : reviewed));
    }
    if (role == Qt::FontRole && index.column() == Decision && (groupChanged || (d && d->decision.status != computed))) {
        QFont f;
        f.setBold(true);
        f.setItalic(groupChanged);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = policyText(c->text);
        if (c->documentation)
            tip += QLatin1Char('\n') + tr("Documentation required");
        if (groupChanged)
            tip += QLatin1Char('\n') + tr("With the reviewers' decisions: %1").arg(statusText(reviewed));
        return tip;
    }
    if (role == Qt::AccessibleTextRole && index.column() == Label) {
        // One sentence per row for screen readers: label, data, decision.
        QString text = tr("%1: data say %2").arg(c->label, statusText(computed));
        if (d)
            text += tr(", reviewer: %1").arg(statusText(d->decision.status));
        else if (groupChanged)
            text += tr(", with the reviewers' decisions: %1").arg(statusText(reviewed));
        return text;
    }
    return {};
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Criterion");
    case Computed:
        return tr("Data say");
    case Decision:
        return tr("Reviewer");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace pareview
