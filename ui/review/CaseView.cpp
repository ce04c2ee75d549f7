#include "CaseView.h"
#include "common/TableKeys.h"

#include "AppealsPanel.h"

#include "CriteriaModel.h"
#include "DecisionCommand.h"
#include "DeterminationDialog.h"
#include "LettersPanel.h"
#include "LabHistoryDialog.h"

#include "attachments/AttachmentViewer.h"
#include "common/Dialogs.h"

#include "engine/EvaluationJson.h"
#include "engine/Evaluator.h"
#include "intake/DrugCatalog.h"
#include "review/CaseWorkflow.h"
#include "review/ReviewedEvaluation.h"
#include "store/Database.h"
#include "store/PolicyChoice.h"
#include "store/Presence.h"
#include "store/Review.h"
#include "common/StatusText.h"
#include "core/Sentence.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHideEvent>
#include <QShowEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace pareview {

namespace {
QString recommendationText(Recommendation r)
{
    return ReviewedEvaluations::recommendationText(r);
}

QString outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("approve"))
        return CaseView::tr("Approval");
    if (outcome == QLatin1String("deny"))
        return CaseView::tr("Denial");
    if (outcome == QLatin1String("pend"))
        return CaseView::tr("Request for information");
    if (outcome == QLatin1String("refer"))
        return CaseView::tr("Referral");
    if (outcome == QLatin1String("withdrawn"))
        return CaseView::tr("Withdrawn");
    return outcome;
}

// Enables a control, and says why where it is not: tooltip and status tip.
void allowIf(QWidget *w, const std::optional<QString> &whyNot)
{
    w->setEnabled(!whyNot);
    w->setToolTip(whyNot.value_or(QString()));
    w->setStatusTip(whyNot.value_or(QString()));
}
} // namespace

CaseView::CaseView(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_user(user)
    , m_library(library)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("caseView"));
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);

    buildPolicySelector();
    m_recommendation = new QLabel;
    m_recommendation->setObjectName(QStringLiteral("recommendation"));
    m_recommendation->setWordWrap(true);
    auto *policyLabel = new QLabel(tr("P&olicy:"));
    policyLabel->setBuddy(m_policy);
    m_recommendation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Why nothing can be decided here (a determined case, a case waiting for
    // the medical director): in sight, not only in disabled buttons.
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Case state"));
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; border: 1px solid #c8a600; padding: 4px;"));
    m_banner->hide();
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(policyLabel);
    policyRow->addWidget(m_policy, 1);

    m_model = new CriteriaModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Criteria"));
    m_tree->setAccessibleDescription(tr("M met, N not met, U unknown, Ctrl+Return note, F8 next undecided"));

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("criterionDetail"));
    m_detail->setAccessibleName(tr("Criterion details"));
    m_detail->setTabChangesFocus(true);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setPlaceholderText(tr("Note (required when your decision differs from what the data say)"));
    m_note->setAccessibleName(tr("Decision note"));
    m_evidence = new QComboBox;
    m_evidence->setObjectName(QStringLiteral("evidenceAttachment"));
    m_evidencePage = new QSpinBox;
    m_evidencePage->setObjectName(QStringLiteral("evidencePage"));
    m_evidencePage->setPrefix(tr("page "));
    m_evidencePage->setRange(1, 9999);
    m_evidence->setAccessibleName(tr("Evidence document"));
    m_evidencePage->setAccessibleName(tr("Evidence page"));
    m_met = new QPushButton(tr("&Met"));
    m_met->setObjectName(QStringLiteral("markMet"));
    m_met->setAccessibleName(tr("Mark the criterion met"));
    m_notMet = new QPushButton(tr("&Not met"));
    m_notMet->setObjectName(QStringLiteral("markNotMet"));
    m_notMet->setAccessibleName(tr("Mark the criterion not met"));
    m_unknown = new QPushButton(tr("&Unknown"));
    m_unknown->setObjectName(QStringLiteral("markUnknown"));
    m_unknown->setAccessibleName(tr("Mark the criterion unknown"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->setAccessibleName(tr("Message"));
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    // Another workstation on the same case, or a change made there.
    m_others = new QLabel;
    m_others->setObjectName(QStringLiteral("othersBanner"));
    m_others->setWordWrap(true);
    m_others->setAccessibleName(tr("Other workstations"));
    m_others->setStyleSheet(QStringLiteral("background: #fde7d9; color: #4a1f00; border: 1px solid #d0743c; padding: 4px;"));
    m_others->hide();
    m_toDirector = new QPushButton(tr("Sen&d to medical director"));
    m_toDirector->setObjectName(QStringLiteral("sendToDirector"));
    m_determine = new QPushButton(tr("De&termine…"));
    m_determine->setObjectName(QStringLiteral("determineButton"));
    auto *determine = m_determine;
    connect(determine, &QPushButton::clicked, this, [this] {
        if (auto *dialog = determination()) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // Reloaded for the new status; the case stays under the policy
            // the dialog was for (the stored or chosen one), not the first.
            connect(dialog, &DeterminationDialog::statusMessage, this, &CaseView::statusMessage);
            // The new status, determination and letter; the case stays under
            // the policy the dialog was for (the stored or chosen one).
            connect(dialog, &QDialog::finished, this, [this] {
                refreshAfterStep();
                Q_EMIT caseChanged(m_caseId);
            });
            dialog->open();
        }
    });
    auto *back = new QPushButton(tr("Back to worklist"));
    back->setObjectName(QStringLiteral("backToWorklist"));

    auto *chart = new QPushButton(tr("Lab &history…"));
    chart->setObjectName(QStringLiteral("labHistoryButton"));
    connect(chart, &QPushButton::clicked, this, [this] {
        if (auto *dialog = labHistory()) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(chart);
    buttons->addStretch();
    buttons->addWidget(m_met);
    buttons->addWidget(m_notMet);
    buttons->addWidget(m_unknown);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_note);
    auto *evidence = new QHBoxLayout;
    auto *evidenceLabel = new QLabel(tr("&Evidence:"));
    evidenceLabel->setBuddy(m_evidence);
    evidence->addWidget(evidenceLabel);
    evidence->addWidget(m_evidence, 1);
    evidence->addWidget(m_evidencePage);
    rightLayout->addLayout(evidence);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_message);

    m_attachments = new QTableWidget(0, 4);
    tabLeavesTable(m_attachments);
    m_attachments->setObjectName(QStringLiteral("attachmentsTable"));
    m_attachments->setHorizontalHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("Added")});
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachments->horizontalHeader()->setStretchLastSection(true);
    connect(m_attachments, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (auto *viewer = openAttachment(row)) {
            viewer->setAttribute(Qt::WA_DeleteOnClose);
            viewer->show();
        }
    });
    auto *attach = new QPushButton(tr("Attach document…"));
    attach->setObjectName(QStringLiteral("attachButton"));
    connect(attach, &QPushButton::clicked, this, &CaseView::attachChosenFile);
    auto *attachmentsPage = new QWidget;
    auto *attachmentsLayout = new QVBoxLayout(attachmentsPage);
    attachmentsLayout->setContentsMargins(0, 0, 0, 0);
    attachmentsLayout->addWidget(m_attachments, 1);
    attachmentsLayout->addWidget(attach, 0, Qt::AlignLeft);
    // The request's own values (payer, member, drug, dose, request fields):
    // where each came from, as the criteria say for facts, and the earlier
    // values a correction replaced.
    m_valueSources = new QTableWidget(0, 4);
    tabLeavesTable(m_valueSources);
    m_valueSources->setObjectName(QStringLiteral("caseValueSources"));
    m_valueSources->setAccessibleName(tr("Request values and their sources"));
    m_valueSources->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Source"), tr("Earlier values")});
    m_valueSources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_valueSources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_valueSources->setWordWrap(true);
    m_valueSources->verticalHeader()->hide();
    m_valueSources->horizontalHeader()->setStretchLastSection(true);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(right, tr("Criterion"));
    m_tabs->addTab(attachmentsPage, tr("Attachments"));
    m_tabs->addTab(m_valueSources, tr("Request"));
    m_tabs->addTab(m_letters = new LettersPanel(m_db, user), tr("Letters"));
    // Appeals of the case and its peer-to-peer discussion; on an appeal's case, the appeal.
    m_tabs->addTab(m_appeals = new AppealsPanel(m_db, user, library), tr("Appeals"));
    connect(m_appeals, &AppealsPanel::openCaseRequested, this, [this](qint64 id) {
        QString error;
        if (!openCase(id, &error))
            m_message->setText(error);
    });
    connect(m_appeals, &AppealsPanel::caseChanged, this, [this](qint64) {
        const int tab = m_tabs->currentIndex();
        refreshAfterStep();
        m_tabs->setCurrentIndex(tab);
        Q_EMIT caseChanged(m_caseId);
    });
    // Facts corrected after submission: the earlier value stays in sight.
    m_corrections = new QTableWidget(0, 5);
    tabLeavesTable(m_corrections);
    m_corrections->setObjectName(QStringLiteral("correctionHistory"));
    m_corrections->setAccessibleName(tr("Correction history"));
    m_corrections->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("Fact"), tr("Was"), tr("Corrected to")});
    m_corrections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_corrections->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_corrections->verticalHeader()->hide();
    m_corrections->horizontalHeader()->setStretchLastSection(true);
    // Determinations first: who decided what, and why where it went against the recommendation.
    m_determinations = new QTableWidget(0, 4);
    tabLeavesTable(m_determinations);
    m_determinations->setObjectName(QStringLiteral("determinationHistory"));
    m_determinations->setAccessibleName(tr("Determinations"));
    m_determinations->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("Determination"), tr("Rationale")});
    m_determinations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_determinations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_determinations->setWordWrap(true);
    m_determinations->verticalHeader()->hide();
    m_determinations->horizontalHeader()->setStretchLastSection(true);
    auto *historyPage = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Determinations")));
    historyLayout->addWidget(m_determinations, 1);
    historyLayout->addWidget(new QLabel(tr("Corrections")));
    historyLayout->addWidget(m_corrections, 1);
    m_tabs->addTab(historyPage, tr("History"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_progress, 1);
    footer->addWidget(m_toDirector);
    footer->addWidget(determine);
    footer->addWidget(back);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_others);
    layout->addLayout(policyRow);
    layout->addWidget(m_policyNote);
    layout->addWidget(m_recommendation);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_policy, &QComboBox::currentIndexChanged, this, &CaseView::showPolicy);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CaseView::showSelection);
    connect(m_met, &QPushButton::clicked, this, [this] { decide(QStringLiteral("met")); });
    connect(m_notMet, &QPushButton::clicked, this, [this] { decide(QStringLiteral("not-met")); });
    connect(m_unknown, &QPushButton::clicked, this, [this] { decide(QStringLiteral("unknown")); });
    connect(m_toDirector, &QPushButton::clicked, this, &CaseView::sendToDirector);
    connect(back, &QPushButton::clicked, this, &CaseView::closeRequested);
    // Keyboard review: letters act on the tree; the note field keeps its typing.
    auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_M), [this] { decide(QStringLiteral("met")); });
    shortcut(QKeySequence(Qt::Key_N), [this] { decide(QStringLiteral("not-met")); });
    shortcut(QKeySequence(Qt::Key_U), [this] { decide(QStringLiteral("unknown")); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { m_note->setFocus(); });
    auto *next = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(next, &QShortcut::activated, this, &CaseView::nextUndecided);
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        const CriterionResult *c = m_model->criterion(m_tree->currentIndex());
        const QString awaiting = std::exchange(m_decisionAwaitingNote, QString());
        m_tree->setFocus();
        if (!awaiting.isEmpty() && c && c->label == m_criterionAwaitingNote && !m_note->text().trimmed().isEmpty())
            decide(awaiting);
    });

    // Tab follows the layout: policy, criteria, the criterion's page, then the footer.
    const QList<QWidget *> order = {m_policy, m_tree,     m_tabs,   m_detail,     m_note,   m_evidence, m_evidencePage,
                                    chart,    m_met,      m_notMet, m_unknown,    m_valueSources, m_attachments, attach,
                                    m_corrections, m_toDirector, m_determine, back};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

bool CaseView::openCase(qint64 caseId, QString *error)
{
    auto facts = CaseStore::facts(*m_db, caseId, m_user);
    auto summary = CaseStore::summary(*m_db, caseId);
    if (!facts || !summary) {
        if (error)
            *error = facts ? summary.error() : facts.error();
        return false;
    }
    m_caseId = caseId;
    m_facts = facts.value();
    m_summary = summary.value();
    m_letters->setCase(caseId, m_summary.reference);
    m_appeals->setCase(caseId, m_summary, QString());
    m_undo->clear();
    m_evaluations.clear();
    m_requiresDirector.clear();
    loadPolicies();
    updateHeader();
    loadAttachments();
    loadCorrections();
    loadValueSources();
    loadDeterminations();
    if (m_evaluations.isEmpty()) {
        m_model->clear();
        m_recommendation->setText(tr("No policy applies to this case."));
        updateProgress();
    } else if (m_policy->currentIndex() < 0) {
        m_model->clear();
        m_recommendation->clear();
        updateProgress();
    } else {
        showPolicy(m_policy->currentIndex());
    }
    if (m_presence && isVisible())
        (void)m_presence->enter(m_caseId);
    updateOthers();
    return true;
}

bool CaseView::letterBeingIssued() const
{
    if (m_appeals->issuing())
        return true;
    const auto dialogs = findChildren<DeterminationDialog *>();
    return std::any_of(dialogs.begin(), dialogs.end(), [](const DeterminationDialog *d) { return d->issuing(); });
}

void CaseView::refreshAfterStep()
{
    if (!m_caseId)
        return;
    const Evaluation *ev = currentEvaluation();
    const QString policyId = ev ? ev->policyId : QString();
    // Changed on another workstation before this step: the facts on screen
    // are out of date too, so the whole case is read again.
    if (m_changedElsewhere) {
        openCase(m_caseId);
        const int keep = m_policy->findData(policyId);
        if (keep >= 0 && keep != m_policy->currentIndex())
            m_policy->setCurrentIndex(keep);
        return;
    }
    // A determination, a letter or an appeal step leaves the facts and the
    // reviewers' decisions as they were: what it changed is read, not the
    // whole case (openCase stalled the window for 128 ms after Issue, BENCHMARKS.md).
    auto summary = CaseStore::summary(*m_db, m_caseId);
    if (!summary) {
        m_message->setText(tr("The case could not be read again: %1").arg(summary.error()));
        return;
    }
    m_summary = summary.value();
    m_undo->clear(); // as on opening: a decision is not undone past a change of status
    m_letters->setCase(m_caseId, m_summary.reference);
    loadDeterminations();
    updateHeader();
    updatePolicyEnabled();
    m_appeals->setCase(m_caseId, m_summary, ev ? evaluationToJson(m_model->review().reviewed, QString(), false) : QString());
    updateProgress();
}

void CaseView::setPresence(Presence *presence)
{
    m_presence = presence;
}

void CaseView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_presence && m_caseId) {
        (void)m_presence->enter(m_caseId); // unreachable: the row is made with the next change
        updateOthers();
    }
}

void CaseView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Minimized, the case is still open here; back to the worklist, it is not.
    if (m_presence && !event->spontaneous())
        m_presence->leave();
}

void CaseView::othersChanged()
{
    if (m_caseId && isVisible())
        updateOthers();
}

void CaseView::updateOthers()
{
    QStringList lines;
    if (m_presence && m_caseId) {
        if (auto others = m_presence->others(m_caseId))
            for (const OpenSession &s : others.value()) {
                const QString since = QLocale().toString(s.since.toLocalTime().time(), QLocale::ShortFormat);
                // The same person elsewhere: another window of theirs, or one
                // that ended without closing (it expires within minutes).
                lines << (s.userId == m_user.id
                              ? tr("You also have this case open in another window (since %1) — changes may conflict").arg(since)
                              : tr("Open by %1 since %2 — changes may conflict").arg(s.userName, since));
            }
    }
    // Changed since it was opened here: what is on screen is out of date.
    m_changedElsewhere = false;
    if (m_caseId) {
        auto now = CaseStore::summary(*m_db, m_caseId);
        if (now && now->rowVersion != m_summary.rowVersion) {
            m_changedElsewhere = true;
            auto change = Review::lastChange(*m_db, m_caseId);
            lines << tr("%1 — reopen the case to see it.")
                         .arg(change && !change->isEmpty() ? change.value() : tr("This case was changed on another workstation"));
        }
    }
    m_others->setText(lines.join(QLatin1Char('\n')));
    m_others->setVisible(!lines.isEmpty());
}

// ---- The policy selector: which policies apply and the one chosen (model: PolicyChoices) ----

void CaseView::buildPolicySelector()
{
    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("policySelector"));
    m_policy->setAccessibleName(tr("Policy the case is reviewed under"));
    m_policy->setPlaceholderText(tr("Choose the policy to review under…"));
    m_policyNote = new QLabel;
    m_policyNote->setObjectName(QStringLiteral("policyNote"));
    m_policyNote->setWordWrap(true);
    // Only a person's choice is stored; loading the case sets the index quietly.
    connect(m_policy, &QComboBox::activated, this, &CaseView::choosePolicy);
}

void CaseView::loadPolicies()
{
    m_evaluations.clear();
    m_requiresDirector.clear();
    m_policy->blockSignals(true);
    m_policy->clear();
    auto policies = PolicyChoices::forCase(*m_db, m_library, m_caseId, m_facts);
    if (!policies) {
        m_policy->blockSignals(false);
        m_policy->setEnabled(false);
        m_policyNote->setText(policies.error().toHtmlEscaped());
        m_policyNote->setVisible(true);
        return;
    }
    const QDate asOf = Evaluator::defaultAsOf(m_facts);
    for (const ApplicablePolicy &a : std::as_const(policies->selection.policies)) {
        Evaluation ev = Evaluator::evaluate(*a.policy, m_facts, asOf);
        ev.warnings = a.warnings;
        m_policy->addItem(QStringLiteral("%1 %2 — %3 (version %4): %5")
                              .arg(ev.payer, ev.policyNumber, ev.policyTitle, ev.policyVersion, recommendationText(ev.recommendation)),
                          ev.policyId);
        m_evaluations.append(ev);
        m_requiresDirector.append(a.policy->medicalDirectorReviewAll);
    }
    m_policy->setCurrentIndex(policies->currentIndex);
    m_policy->blockSignals(false);
    updatePolicyEnabled();
    updatePolicyNote();
}

void CaseView::updatePolicyEnabled()
{
    const bool readOnly = m_summary.status == QLatin1String("determined") || m_summary.status == QLatin1String("letter-issued")
        || m_summary.status == QLatin1String("withdrawn");
    const bool mayChoose = m_user.role == Role::ClinicalReviewer || m_user.role == Role::MedicalDirector;
    m_policy->setEnabled(mayChoose && !readOnly && m_evaluations.size() > 1);
}

void CaseView::choosePolicy(int index)
{
    if (index < 0 || index >= m_evaluations.size())
        return;
    const Status s = PolicyChoices::choose(*m_db, m_library, m_caseId, m_facts, m_evaluations[index].policyId, m_user);
    if (!s) {
        // Refused: back to the policy the case is under, and say why here.
        loadPolicies();
        if (m_policy->currentIndex() >= 0) {
            showPolicy(m_policy->currentIndex());
        } else {
            m_model->clear();
            m_recommendation->clear();
            updateProgress();
        }
        m_policyNote->setText(s.error().toHtmlEscaped());
        m_policyNote->setVisible(true);
        return;
    }
    updatePolicyNote();
    Q_EMIT caseChanged(m_caseId);
}

void CaseView::updatePolicyNote()
{
    const int i = m_policy->currentIndex();
    QStringList lines;
    if (m_evaluations.size() > 1 && i < 0)
        lines << tr("%n policies apply to this case; choose the one to review it under.", nullptr, int(m_evaluations.size()));
    else if (m_evaluations.size() > 1)
        lines << tr("%n policies apply to this case; it is reviewed under the one chosen.", nullptr, int(m_evaluations.size()));
    if (i >= 0)
        for (const QString &w : m_evaluations[i].warnings)
            lines << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    m_policyNote->setText(lines.join(QStringLiteral("<br>")));
    m_policyNote->setVisible(!lines.isEmpty());
}

const Evaluation *CaseView::currentEvaluation() const
{
    const int i = m_policy->currentIndex();
    return i >= 0 && i < m_evaluations.size() ? &m_evaluations[i] : nullptr;
}

void CaseView::updateHeader()
{
    const QLocale locale;
    QString due = m_summary.dueBy.isValid() ? locale.toString(m_summary.dueBy.toLocalTime(), QLocale::ShortFormat) : tr("none");
    if (m_summary.dueBy.isValid() && m_summary.dueBy < QDateTime::currentDateTimeUtc())
        due = QStringLiteral("<span style='color:#a40000'>%1 (%2)</span>").arg(due, tr("overdue"));
    m_header->setText(tr("<b>%1</b> · %2 (%3) · %4 · %5, %6 · status <b>%7</b> · %8 · due %9")
                          .arg(m_summary.reference.toHtmlEscaped(), m_facts.memberName.value.value_or(QString()).toHtmlEscaped(),
                               m_facts.memberId.value.value_or(QString()).toHtmlEscaped(), m_facts.drugText.toHtmlEscaped(),
                               m_facts.payer.value.value_or(QString()).toHtmlEscaped(), lineOfBusinessText(m_summary.lineOfBusiness).toHtmlEscaped(),
                               caseStatusText(m_summary.status),
                               priorityText(m_summary.priority), due));
}

void CaseView::showPolicy(int index)
{
    if (index < 0 || index >= m_evaluations.size())
        return;
    refreshDecisions();
    m_tree->expandAll();
    for (int c = 0; c < CriteriaModel::Reason; ++c)
        m_tree->resizeColumnToContents(c);
    const QModelIndex first = m_model->index(0, 0);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

void CaseView::showSelection()
{
    const CriterionResult *c = m_model->criterion(m_tree->currentIndex());
    m_message->clear();
    updateDecisionButtons();
    if (!c) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(c->label.toHtmlEscaped(), policyText(c->text).toHtmlEscaped());
    if (c->documentation)
        html += tr("<p><i>Documentation required.</i></p>");
    html += tr("<p><b>The data say:</b> %1 — %2</p>").arg(criterionStatusText(statusName(c->status)), reasonText(c->finding, c->reason).toHtmlEscaped());
    if (const QString evidence = evidenceText(c->evidence); !evidence.isEmpty())
        html += tr("<p><b>Evidence:</b> %1</p>").arg(evidence.toHtmlEscaped());
    if (auto d = m_model->decision(c->label)) {
        html += tr("<p><b>Reviewer:</b> %1 by %2 at %3%4</p>")
                    .arg(criterionStatusText(d->decision.status), d->userName,
                         QLocale().toString(Database::storedTime(QVariant(d->decidedAt)).toLocalTime(), QLocale::ShortFormat),
                         d->decision.note.isEmpty() ? QString() : QStringLiteral(" — ") + d->decision.note.toHtmlEscaped());
        if (d->decision.attachmentId) {
            QString name = QString::number(*d->decision.attachmentId);
            for (const StoredAttachment &a : std::as_const(m_attachmentList))
                if (a.id == *d->decision.attachmentId)
                    name = a.fileName;
            html += tr("<p><b>Evidence:</b> %1, page %2</p>").arg(name.toHtmlEscaped()).arg(d->decision.page.value_or(1));
        }
        m_note->setText(d->decision.note);
    } else {
        m_note->clear();
    }
    m_detail->setHtml(html);
}

bool CaseView::decide(const QString &status)
{
    const Evaluation *ev = currentEvaluation();
    const CriterionResult *c = m_model->criterion(m_tree->currentIndex());
    if (!ev || !c) {
        m_message->setText(tr("Select a criterion first."));
        return false;
    }
    const QString computed = statusName(c->status);
    const QString note = m_note->text().trimmed();
    // A decision the workflow refuses still goes to the store, which audits
    // the refusal; its message shows below.
    const bool mayDecide = CaseWorkflow::allowed(CaseAction::DecideCriterion, m_summary.status, m_user);
    if (mayDecide && (c->section || c->group)) {
        m_message->setText(*whyNotDecidable(c));
        return false;
    }
    if (mayDecide && status != computed && note.isEmpty()) {
        m_message->setText(tr("Your decision differs from what the data say (%1): write a note, then press Enter to record it.")
                               .arg(criterionStatusText(computed)));
        m_decisionAwaitingNote = status;
        m_criterionAwaitingNote = c->label;
        m_note->setFocus();
        return false;
    }
    m_decisionAwaitingNote.clear();
    std::optional<CriterionDecision> previous;
    if (auto d = m_model->decision(c->label))
        previous = d->decision;
    CriterionDecision next{ev->policyId, c->label, status, note, {}, {}};
    const int evidenceRow = m_evidence->currentIndex() - 1; // 0 is "no document"
    if (evidenceRow >= 0 && evidenceRow < m_attachmentList.size()) {
        next.attachmentId = m_attachmentList[evidenceRow].id;
        next.page = m_evidencePage->value();
    }
    const QString label = c->label;
    // The command outlives this call (undo, redo): it reports through a member.
    m_undo->push(new DecisionCommand(m_db, m_user, &m_library, m_caseId, next, previous, computed, [this](const QString &error) {
        m_lastError = error;
        refreshDecisions(); // clears the message of the row before…
        m_message->setText(error); // …so the refusal shows after it
    }));
    if (m_lastError.isEmpty())
        selectCriterion(label);
    return m_lastError.isEmpty();
}

void CaseView::refreshDecisions()
{
    const Evaluation *ev = currentEvaluation();
    if (!ev)
        return;
    const Policy *policy = m_library.inEffect(ev->policyId, ev->asOf);
    auto decisions = Review::decisions(*m_db, m_caseId, ev->policyId);
    const QString failed = decisions ? QString() : decisions.error();
    const QHash<QString, Review::StoredDecision> stored = decisions ? decisions.value() : QHash<QString, Review::StoredDecision>{};
    // The one combination of data and decisions: top line, group rows, counts.
    if (policy)
        m_model->setReview(ReviewedEvaluations::compute(*policy, m_facts, ev->asOf, stored), stored);
    // The appeal compares the decision appealed with the criteria as they stand now.
    m_appeals->setCase(m_caseId, m_summary, policy ? evaluationToJson(m_model->review().reviewed, QString(), false) : QString());
    m_tree->resizeColumnToContents(CriteriaModel::Decision); // "→ not met" on a group row
    updateRecommendation();
    updateProgress();
    showSelection();
    if (!failed.isEmpty())
        m_message->setText(tr("The reviewers' decisions could not be read: %1").arg(failed));
}

void CaseView::updateRecommendation()
{
    const ReviewedEvaluation &review = m_model->review();
    const Evaluation &ev = review.reviewed;
    // The engine's findings in the interface language, worded as the letters word them.
    const QString summary = review.summary(reasonText);
    QString text = tr("Recommendation: <b>%1</b>").arg(summary.toHtmlEscaped());
    // Said once: the reason of a referral usually names its policy already.
    if (!ev.referTo.isEmpty() && !summary.contains(ev.referTo))
        text += tr(" Refer to <b>%1</b>.").arg(ev.referTo.toHtmlEscaped());
    if (ev.medicalDirectorReview)
        text += tr("<br>This policy sends every review to a medical director.");
    for (const QString &flag : ev.flags)
        text += QStringLiteral("<br>⚑ ") + flag.toHtmlEscaped();
    m_recommendation->setText(text);
    m_recommendation->setAccessibleName(tr("Recommendation: %1").arg(summary));
}

void CaseView::updateProgress()
{
    m_progress->setText(m_model->review().progress());
    // The window offers what the case workflow allows, and says why not.
    const QString status = m_summary.status;
    // Where several policies apply and none is chosen yet, nothing is
    // decided, sent or determined: there are no criteria to act on.
    const auto noPolicy = whyNoPolicy();
    const auto decideWhyNot = noPolicy ? noPolicy : CaseWorkflow::whyNot(CaseAction::DecideCriterion, status, m_user);
    for (QWidget *w : std::initializer_list<QWidget *>{m_note, m_evidence, m_evidencePage})
        allowIf(w, decideWhyNot);
    updateDecisionButtons();
    allowIf(m_toDirector, noPolicy ? noPolicy : CaseWorkflow::whyNot(CaseAction::SendToMedicalDirector, status, m_user));
    const bool recorded = status == QLatin1String("determined") || status == QLatin1String("letter-issued");
    const int policy = m_policy->currentIndex();
    const WorkflowDetail detail{QString(), policy >= 0 && policy < m_requiresDirector.size() && m_requiresDirector[policy]};
    allowIf(m_determine, noPolicy ? noPolicy
                                  : CaseWorkflow::whyNot(recorded ? CaseAction::Supersede : CaseAction::Determine, status, m_user, detail));
    const auto readOnly = CaseWorkflow::readOnlyReason(status);
    QString banner = asSentence(readOnly ? *readOnly : decideWhyNot.value_or(QString()));
    // An appeal's case says which appeal it is, its level and when it is due.
    if (m_appeals->isAppealCase()) {
        allowIf(m_determine, m_appeals->appealSummary());
        banner = banner.isEmpty() ? m_appeals->appealSummary() : m_appeals->appealSummary() + QLatin1Char(' ') + banner;
    }
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

std::optional<QString> CaseView::whyNoPolicy() const
{
    if (m_policy->count() > 0 && m_policy->currentIndex() < 0)
        return tr("Choose the policy to review under first.");
    return std::nullopt;
}

std::optional<QString> CaseView::whyNotDecidable(const CriterionResult *c) const
{
    if (auto noPolicy = whyNoPolicy())
        return noPolicy;
    if (auto whyNot = CaseWorkflow::whyNot(CaseAction::DecideCriterion, m_summary.status, m_user))
        return whyNot;
    if (c && c->section)
        return tr("%1 is a section: it follows from its criteria and is not decided on its own.").arg(c->label);
    if (c && c->group)
        return tr("%1 is a group: it follows from its parts; decide them one by one.").arg(c->label);
    return std::nullopt;
}

void CaseView::updateDecisionButtons()
{
    const auto whyNot = whyNotDecidable(m_model->criterion(m_tree->currentIndex()));
    for (QWidget *w : std::initializer_list<QWidget *>{m_met, m_notMet, m_unknown})
        allowIf(w, whyNot);
}

void CaseView::selectCriterion(const QString &label)
{
    const QModelIndex index = m_model->indexOf(label);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void CaseView::nextUndecided()
{
    for (const auto &c : m_model->evaluation().criteria)
        if (!c.group && c.status == CriterionStatus::Unknown && !m_model->decision(c.label)) {
            selectCriterion(c.label);
            return;
        }
    // F8 with nothing left says so rather than doing nothing.
    Q_EMIT statusMessage(m_model->evaluation().criteria.isEmpty() ? tr("There are no criteria to decide in this case.")
                                                                   : tr("Every criterion is decided: none is left open."));
}

void CaseView::loadAttachments()
{
    m_attachments->setRowCount(0);
    auto list = CaseStore::attachments(*m_db, m_caseId);
    m_attachmentList = list ? list.value() : QVector<StoredAttachment>{};
    const QLocale locale;
    for (const StoredAttachment &a : std::as_const(m_attachmentList)) {
        const int row = m_attachments->rowCount();
        m_attachments->insertRow(row);
        m_attachments->setItem(row, 0, new QTableWidgetItem(a.fileName));
        m_attachments->setItem(row, 1, new QTableWidgetItem(a.detectedType));
        m_attachments->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(a.size)));
        m_attachments->setItem(row, 3, new QTableWidgetItem(locale.toString(a.addedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_attachments->parentWidget()), tr("Attachments (%1)").arg(m_attachmentList.size()));
    m_evidence->clear();
    m_evidence->addItem(tr("no document"));
    for (const StoredAttachment &a : std::as_const(m_attachmentList))
        m_evidence->addItem(a.fileName, a.id);
}

void CaseView::loadCorrections()
{
    m_corrections->setRowCount(0);
    auto history = CaseStore::corrections(*m_db, m_caseId);
    const int tab = m_tabs->indexOf(m_corrections->parentWidget());
    if (!history) {
        m_tabs->setTabText(tab, tr("History"));
        m_message->setText(tr("The correction history could not be read: %1").arg(history.error()));
        return;
    }
    const QLocale locale;
    for (const FactCorrection &c : history.value()) {
        const int row = m_corrections->rowCount();
        m_corrections->insertRow(row);
        // Field names and values are stored in English: shown in the user's language.
        const QStringList cells{locale.toString(c.correctedAt.toLocalTime(), QLocale::ShortFormat), c.correctedBy, historyText(c.field),
                                historyText(c.previous), historyText(c.corrected)};
        for (int col = 0; col < cells.size(); ++col)
            m_corrections->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_corrections->resizeColumnsToContents();
    m_tabs->setTabText(tab, tr("History (%1)").arg(history->size()));
}

void CaseView::loadValueSources()
{
    m_valueSources->setRowCount(0);
    const int tab = m_tabs->indexOf(m_valueSources);
    auto sources = CaseStore::fieldSources(*m_db, m_caseId);
    if (!sources) {
        m_message->setText(tr("Where the request's values came from could not be read: %1").arg(sources.error()));
        return;
    }
    // A value as people read it: codes in words, dates in the user's locale.
    auto valueText = [](const CaseFieldSource &s) {
        if (s.value.isEmpty())
            return tr("(removed)");
        if (s.field == QLatin1String("line_of_business"))
            return lineOfBusinessText(s.value);
        if (s.field == QLatin1String("priority"))
            return priorityText(s.value);
        if (s.field == QLatin1String("drug"))
            return DrugCatalog::name(s.value);
        if (s.field == QLatin1String("prescriber_taxonomies"))
            return specialtyText(s.value);
        return historyText(s.value);
    };
    auto sourceText = [](const CaseFieldSource &s) {
        return s.kind == QLatin1String("unrecorded") ? tr("not recorded") : provenanceText(s.source);
    };
    // Versions come oldest first: the last of a field is its current value.
    QVector<CaseFieldSource> list = sources.value();
    QStringList headerLines;
    for (int i = 0; i < list.size(); ++i) {
        const CaseFieldSource &s = list[i];
        if (i + 1 < list.size() && list[i + 1].field == s.field)
            continue;
        QStringList earlier;
        for (int j = i - 1; j >= 0 && list[j].field == s.field; --j)
            earlier.prepend(tr("%1 (%2)").arg(valueText(list[j]), sourceText(list[j])));
        const int row = m_valueSources->rowCount();
        m_valueSources->insertRow(row);
        const QStringList cells{historyText(s.label), valueText(s), sourceText(s), earlier.join(QStringLiteral("; "))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(earlier.isEmpty() ? tr("%1: %2\nSource: %3").arg(cells[0], cells[1], cells[2])
                                               : tr("%1: %2\nSource: %3\nEarlier: %4").arg(cells[0], cells[1], cells[2], earlier.join(QLatin1Char('\n'))));
            m_valueSources->setItem(row, col, item);
        }
        if (s.field == QLatin1String("member_name") || s.field == QLatin1String("payer") || s.field == QLatin1String("drug"))
            headerLines << tr("%1: %2 — %3").arg(cells[0], cells[1], cells[2]);
    }
    if (list.isEmpty()) {
        m_valueSources->insertRow(0);
        m_valueSources->setItem(0, 0, new QTableWidgetItem(tr("The sources of this case's values were not recorded (it was stored before pareview kept them).")));
        m_valueSources->setSpan(0, 0, 1, 4);
    }
    m_valueSources->resizeColumnToContents(0);
    m_valueSources->resizeColumnToContents(1);
    m_valueSources->setColumnWidth(2, qMax(220, m_valueSources->viewport()->width() / 3));
    m_valueSources->resizeRowsToContents();
    // The header names the member, the payer and the drug: their sources on hover.
    m_header->setToolTip(headerLines.join(QLatin1Char('\n')));
    m_tabs->setTabText(tab, tr("Request"));
}

void CaseView::loadDeterminations()
{
    m_determinations->setRowCount(0);
    auto list = Review::determinations(*m_db, m_caseId);
    if (!list) {
        m_message->setText(tr("The determinations could not be read: %1").arg(list.error()));
        return;
    }
    const QLocale locale;
    for (const StoredDetermination &d : list.value()) {
        auto by = Users::byId(*m_db, d.decidedBy);
        QString what = outcomeText(d.outcome);
        QString why = d.rationale;
        // The engine recommends, a person decides: where they differ, say so.
        if (const auto recommended = Review::againstRecommendation(d.outcome, d.criteriaSnapshot))
            what = tr("%1 — against the recommendation (%2)").arg(what, *recommended);
        if (!d.supersedeReason.isEmpty())
            why += QLatin1Char('\n') + tr("Superseded the determination before it: %1").arg(d.supersedeReason);
        const int row = m_determinations->rowCount();
        m_determinations->insertRow(row);
        const QStringList cells{locale.toString(Database::storedTime(QVariant(d.decidedAt)).toLocalTime(), QLocale::ShortFormat),
                                by ? (by->displayName.isEmpty() ? by->name : by->displayName) : QString(), what, why};
        for (int col = 0; col < cells.size(); ++col)
            m_determinations->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    // When and who fit; what and why wrap, so the rationale is in sight.
    m_determinations->resizeColumnToContents(0);
    m_determinations->resizeColumnToContents(1);
    m_determinations->setColumnWidth(2, qMax(160, m_determinations->viewport()->width() / 3));
    m_determinations->resizeRowsToContents();
}

DeterminationDialog *CaseView::determination()
{
    const Evaluation *ev = currentEvaluation();
    if (!ev)
        return nullptr;
    auto *dialog = new DeterminationDialog(m_db, m_user, m_library, m_caseId, ev->policyId, this);
    // What was on screen when the person decided: a change since is a lost race.
    dialog->setCaseVersion(m_summary.rowVersion);
    return dialog;
}

LabHistoryDialog *CaseView::labHistory()
{
    const Evaluation *ev = currentEvaluation();
    const CriterionResult *c = m_model->criterion(m_tree->currentIndex());
    if (!ev || !c)
        return nullptr;
    const Policy *policy = m_library.inEffect(ev->policyId, ev->asOf);
    const QVector<LabThreshold> labs = policy ? policy->labThresholds(c->label) : QVector<LabThreshold>{};
    if (labs.isEmpty()) {
        m_message->setText(tr("%1 does not rest on a lab.").arg(c->label));
        return nullptr;
    }
    return new LabHistoryDialog(m_facts, labs, ev->asOf, c->label, this);
}

QString CaseView::attachFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, f.errorString());
    if (f.size() > CaseStore::MaxAttachmentBytes)
        return tr("%1 is larger than 100 MiB and was not attached.").arg(QFileInfo(path).fileName());
    auto id = CaseStore::addAttachment(*m_db, m_caseId, QFileInfo(path).fileName(), QString(), f.readAll(), m_user);
    if (!id)
        return id.error();
    loadAttachments();
    return {};
}

void CaseView::attachChosenFile()
{
    const QString path = Dialogs::openFileName(this, tr("Attach a document"), QString(),
                                               tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_message->setText(attachFile(path));
}

AttachmentViewer *CaseView::openAttachment(int row)
{
    if (row < 0 || row >= m_attachmentList.size())
        return nullptr;
    auto bytes = CaseStore::attachmentBytes(*m_db, m_attachmentList[row].id, m_user);
    if (!bytes) {
        m_message->setText(bytes.error());
        return nullptr;
    }
    return new AttachmentViewer(m_attachmentList[row], bytes.value(), this);
}

void CaseView::sendToDirector()
{
    const auto s = Review::sendToMedicalDirector(*m_db, m_caseId, m_note->text(), m_user);
    if (!s) {
        m_message->setText(s.error());
        return;
    }
    if (auto summary = CaseStore::summary(*m_db, m_caseId))
        m_summary = summary.value();
    updateHeader();
    updateProgress();
    Q_EMIT caseChanged(m_caseId);
    Q_EMIT statusMessage(tr("%1 sent to the medical director.").arg(m_summary.reference));
}

} // namespace pareview
