#include "DecisionCommand.h"

#include "store/Database.h"
#include "common/StatusText.h"

#include <QCoreApplication>

namespace pareview {

DecisionCommand::DecisionCommand(std::shared_ptr<Database> db, const User &actor, const PolicyLibrary *library, qint64 caseId,
                                 CriterionDecision next, std::optional<CriterionDecision> previous, QString computedStatus,
                                 std::function<void(const QString &)> done)
    : m_db(std::move(db))
    , m_actor(actor)
    , m_library(library)
    , m_caseId(caseId)
    , m_next(std::move(next))
    , m_previous(std::move(previous))
    , m_computed(std::move(computedStatus))
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("DecisionCommand", "mark %1 %2").arg(m_next.label, criterionStatusText(m_next.status)));
}

void DecisionCommand::redo()
{
    const auto s = Review::recordDecision(*m_db, m_caseId, m_next, m_actor, m_library);
    // A refused decision changed nothing: the stack drops it, nothing to undo.
    setObsolete(!s);
    m_done(s ? QString() : s.error());
}

void DecisionCommand::undo()
{
    const auto s = m_previous ? Review::recordDecision(*m_db, m_caseId, *m_previous, m_actor, m_library)
                              : Review::clearDecision(*m_db, m_caseId, m_next.policyId, m_next.label, m_computed, m_actor);
    setObsolete(!s);
    m_done(s ? QString() : s.error());
}

} // namespace pareview
