#pragma once

#include "engine/Evaluation.h"
#include "review/ReviewedEvaluation.h"
#include "store/Review.h"

#include <QAbstractItemModel>

namespace pareview {

// The criteria of one evaluation as a tree in the policy's own order and
// numbering, with what the data say and the reviewer's decision side by
// side. A group row shows what its parts come to with the decisions (from
// the one ReviewedEvaluation) where that differs from the data.
class CriteriaModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Label, Computed, Decision, Reason, ColumnCount };
    enum Roles { LabelRole = Qt::UserRole + 1, ComputedStatusRole, DecisionStatusRole, PolicyTextRole, IsGroupRole, ReviewedStatusRole };

    explicit CriteriaModel(QObject *parent = nullptr);

    // A new review of the same criteria updates the rows in place (the
    // selection and the expanded groups stay); other criteria reset the tree.
    void setReview(const ReviewedEvaluation &review, const QHash<QString, Review::StoredDecision> &decisions);
    void clear();
    // What the data say; review().reviewed holds the statuses with the decisions.
    const Evaluation &evaluation() const { return m_review.data; }
    const ReviewedEvaluation &review() const { return m_review; }
    const CriterionResult *criterion(const QModelIndex &index) const;
    std::optional<Review::StoredDecision> decision(const QString &label) const;
    QModelIndex indexOf(const QString &label) const;
    // The status that counts: the reviewer's, else the one its parts come to
    // with the decisions, else the computed one.
    QString effectiveStatus(const QString &label) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void build();

    ReviewedEvaluation m_review;
    QHash<QString, Review::StoredDecision> m_decisions;
    QVector<int> m_parent;             // criterion index -> parent criterion index (-1: top)
    QVector<QVector<int>> m_children;  // criterion index -> children
    QVector<int> m_top;                // top-level criteria
    QVector<int> m_row;                // criterion index -> row under its parent
};

} // namespace pareview
