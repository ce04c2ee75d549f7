#pragma once

#include "store/Review.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace pareview {

class Database;

// One reviewer decision on one criterion, undoable. The store keeps every
// row: undo records the previous decision again, or goes back to the
// computed status when there was none.
class DecisionCommand final : public QUndoCommand
{
public:
    // `library` (outliving the command) lets the store refuse a section label.
    DecisionCommand(std::shared_ptr<Database> db, const User &actor, const PolicyLibrary *library, qint64 caseId,
                    CriterionDecision next, std::optional<CriterionDecision> previous, QString computedStatus,
                    std::function<void(const QString &)> done);

    void redo() override;
    void undo() override;

private:
    std::shared_ptr<Database> m_db;
    User m_actor;
    const PolicyLibrary *m_library;
    qint64 m_caseId;
    CriterionDecision m_next;
    std::optional<CriterionDecision> m_previous;
    QString m_computed;
    std::function<void(const QString &)> m_done; // called with an error text, empty on success
};

} // namespace pareview
