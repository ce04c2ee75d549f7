#include "CaseView.h"

#include "CriteriaModel.h"
#include "DecisionCommand.h"
#include "DeterminationDialog.h"
#include "LabHistoryDialog.h"

#include "attachments/AttachmentViewer.h"

#include "engine/Evaluator.h"
#include "store/Database.h"
#include "store/PolicyChoice.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
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

namespace pareview {

namespace {
QString recommendationText(Recommendation r)
{
    switch (r) {
    case Recommendation::Meets:
        return CaseView::tr("meets criteria");
    case Recommendation::NeedsInformation:
        return CaseView::tr("needs information");
    case Recommendation::DoesNotMeet:
        return CaseView::tr("does not meet criteria");
    case Recommendation::Refer:
        return CaseView::tr("refer to another policy");
    case Recommendation::NotCovered:
        return CaseView::tr("not covered");
    }
    return {};
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

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("criterionDetail"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setPlaceholderText(tr("Note (required when your decision differs from what the data say)"));
    m_evidence = new QComboBox;
    m_evidence->setObjectName(QStringLiteral("evidenceAttachment"));
    m_evidencePage = new QSpinBox;
    m_evidencePage->setObjectName(QStringLiteral("evidencePage"));
    m_evidencePage->setPrefix(tr("page "));
    m_evidencePage->setRange(1, 9999);
    m_met = new QPushButton(tr("&Met"));
    m_met->setObjectName(QStringLiteral("markMet"));
    m_notMet = new QPushButton(tr("&Not met"));
    m_notMet->setObjectName(QStringLiteral("markNotMet"));
    m_unknown = new QPushButton(tr("&Unknown"));
    m_unknown->setObjectName(QStringLiteral("markUnknown"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_toDirector = new QPushButton(tr("Send to medical director"));
    m_toDirector->setObjectName(QStringLiteral("sendToDirector"));
    auto *determine = new QPushButton(tr("Determine…"));
    determine->setObjectName(QStringLiteral("determineButton"));
    determine->setEnabled(user.role == Role::ClinicalReviewer || user.role == Role::MedicalDirector);
    connect(determine, &QPushButton::clicked, this, [this] {
        if (auto *dialog = determination()) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, [this] {
                openCase(m_caseId);
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
    evidence->addWidget(new QLabel(tr("Evidence:")));
    evidence->addWidget(m_evidence, 1);
    evidence->addWidget(m_evidencePage);
    rightLayout->addLayout(evidence);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_message);

    m_attachments = new QTableWidget(0, 4);
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
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a document"), QString(),
                                                          tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_message->setText(attachFile(path));
    });
    auto *attachmentsPage = new QWidget;
    auto *attachmentsLayout = new QVBoxLayout(attachmentsPage);
    attachmentsLayout->setContentsMargins(0, 0, 0, 0);
    attachmentsLayout->addWidget(m_attachments, 1);
    attachmentsLayout->addWidget(attach, 0, Qt::AlignLeft);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(right, tr("Criterion"));
    m_tabs->addTab(attachmentsPage, tr("Attachments"));

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
    layout->addLayout(policyRow);
    layout->addWidget(m_policyNote);
    layout->addWidget(m_recommendation);
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
    connect(m_note, &QLineEdit::returnPressed, this, [this] { m_tree->setFocus(); });
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
    m_undo->clear();
    m_evaluations.clear();
    m_requiresDirector.clear();
    loadPolicies();
    updateHeader();
    loadAttachments();
    if (m_evaluations.isEmpty()) {
        m_model->setEvaluation({}, {});
        m_recommendation->setText(tr("No policy applies to this case."));
        updateProgress();
    } else if (m_policy->currentIndex() < 0) {
        m_model->setEvaluation({}, {});
        m_recommendation->clear();
        updateProgress();
    } else {
        showPolicy(m_policy->currentIndex());
    }
    return true;
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
    const bool readOnly = m_summary.status == QLatin1String("determined") || m_summary.status == QLatin1String("letter-issued")
        || m_summary.status == QLatin1String("withdrawn");
    const bool mayChoose = m_user.role == Role::ClinicalReviewer || m_user.role == Role::MedicalDirector;
    m_policy->setEnabled(mayChoose && !readOnly && m_evaluations.size() > 1);
    updatePolicyNote();
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
            m_model->setEvaluation({}, {});
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
                               m_facts.payer.value.value_or(QString()).toHtmlEscaped(), m_summary.lineOfBusiness, m_summary.status,
                               m_summary.priority, due));
}

void CaseView::showPolicy(int index)
{
    if (index < 0 || index >= m_evaluations.size())
        return;
    const Evaluation &ev = m_evaluations[index];
    auto decisions = Review::decisions(*m_db, m_caseId, ev.policyId);
    m_model->setEvaluation(ev, decisions ? decisions.value() : QHash<QString, Review::StoredDecision>{});
    m_tree->expandAll();
    for (int c = 0; c < CriteriaModel::Reason; ++c)
        m_tree->resizeColumnToContents(c);
    QString text = tr("Recommendation: <b>%1</b> — %2").arg(recommendationText(ev.recommendation), ev.recommendationReason.toHtmlEscaped());
    if (!ev.referTo.isEmpty())
        text += tr(" Refer to <b>%1</b>.").arg(ev.referTo);
    if (ev.medicalDirectorReview)
        text += tr("<br>This policy sends every review to a medical director.");
    for (const QString &flag : ev.flags)
        text += QStringLiteral("<br>⚑ ") + flag.toHtmlEscaped();
    m_recommendation->setText(text);
    updateProgress();
    const QModelIndex first = m_model->index(0, 0);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

void CaseView::showSelection()
{
    const CriterionResult *c = m_model->criterion(m_tree->currentIndex());
    m_message->clear();
    if (!c) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(c->label.toHtmlEscaped(), c->text.toHtmlEscaped());
    if (c->documentation)
        html += tr("<p><i>Documentation required.</i></p>");
    html += tr("<p><b>The data say:</b> %1 — %2</p>").arg(statusName(c->status), c->reason.toHtmlEscaped());
    if (!c->evidence.isEmpty())
        html += tr("<p><b>Evidence:</b> %1</p>").arg(c->evidence.join(QStringLiteral("; ")).toHtmlEscaped());
    if (auto d = m_model->decision(c->label)) {
        html += tr("<p><b>Reviewer:</b> %1 by %2 at %3%4</p>")
                    .arg(d->decision.status, d->userName, d->decidedAt,
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
    if (status != computed && note.isEmpty()) {
        m_message->setText(tr("Your decision differs from what the data say (%1): write a note first.").arg(computed));
        m_note->setFocus();
        return false;
    }
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
    m_undo->push(new DecisionCommand(m_db, m_user, m_caseId, next, previous, computed, [this](const QString &error) {
        m_lastError = error;
        m_message->setText(error);
        refreshDecisions();
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
    auto decisions = Review::decisions(*m_db, m_caseId, ev->policyId);
    if (decisions)
        m_model->setDecisions(decisions.value());
    updateProgress();
    showSelection();
}

void CaseView::updateProgress()
{
    const int leaves = m_model->leafCount();
    const int decided = m_model->decidedLeafCount();
    m_progress->setText(tr("%1 of %2 criteria decided; %3 still open").arg(decided).arg(leaves).arg(leaves - decided));
    const bool canReview = m_user.role == Role::ClinicalReviewer || m_user.role == Role::MedicalDirector;
    for (QPushButton *b : {m_met, m_notMet, m_unknown})
        b->setEnabled(canReview);
    m_toDirector->setEnabled(m_user.role == Role::ClinicalReviewer
                             && (m_summary.status == QLatin1String("in-review") || m_summary.status == QLatin1String("intake")));
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
    m_tabs->setTabText(1, tr("Attachments (%1)").arg(m_attachmentList.size()));
    m_evidence->clear();
    m_evidence->addItem(tr("no document"));
    for (const StoredAttachment &a : std::as_const(m_attachmentList))
        m_evidence->addItem(a.fileName, a.id);
}

DeterminationDialog *CaseView::determination()
{
    const Evaluation *ev = currentEvaluation();
    if (!ev)
        return nullptr;
    return new DeterminationDialog(m_db, m_user, m_library, m_caseId, ev->policyId, this);
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

void CaseView::setEvidence(int attachmentRow, int page)
{
    m_evidence->setCurrentIndex(attachmentRow + 1);
    m_evidencePage->setValue(page);
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
}

} // namespace pareview
