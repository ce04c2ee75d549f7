#pragma once

#include "engine/Evaluation.h"
#include "store/Review.h"

#include <QAbstractItemModel>

namespace pareview {

// The criteria of one evaluation as a tree in the policy's own order and
// numbering, with the computed status and the reviewer's decision side by side.
class CriteriaModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Label, Computed, Decision, Reason, ColumnCount };
    enum Roles { LabelRole = Qt::UserRole + 1, ComputedStatusRole, DecisionStatusRole, PolicyTextRole, IsGroupRole };

    explicit CriteriaModel(QObject *parent = nullptr);

    void setEvaluation(const Evaluation &ev, const QHash<QString, Review::StoredDecision> &decisions);
    void setDecisions(const QHash<QString, Review::StoredDecision> &decisions);
    const Evaluation &evaluation() const { return m_ev; }
    const CriterionResult *criterion(const QModelIndex &index) const;
    std::optional<Review::StoredDecision> decision(const QString &label) const;
    QModelIndex indexOf(const QString &label) const;
    // The status that counts: the reviewer's, else the computed one.
    QString effectiveStatus(const QString &label) const;
    int leafCount() const;
    int decidedLeafCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void build();

    Evaluation m_ev;
    QHash<QString, Review::StoredDecision> m_decisions;
    QVector<int> m_parent;             // criterion index -> parent criterion index (-1: top)
    QVector<QVector<int>> m_children;  // criterion index -> children
    QVector<int> m_top;                // top-level criteria
    QVector<int> m_row;                // criterion index -> row under its parent
};

} // namespace pareview
