#include "DeterminationDialog.h"

#include "attachments/PdfRenderer.h"
#include "letters/Letters.h"
#include "store/Database.h"
#include "store/Review.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pareview {

DeterminationDialog::DeterminationDialog(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, qint64 caseId,
                                         const QString &policyId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_user(user)
    , m_library(library)
    , m_caseId(caseId)
    , m_policyId(policyId)
{
    setObjectName(QStringLiteral("determinationDialog"));
    setWindowTitle(tr("Determination"));
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("determinationOutcome"));
    m_outcome->addItem(tr("Approve"), QStringLiteral("approve"));
    if (user.role == Role::MedicalDirector)
        m_outcome->addItem(tr("Deny"), QStringLiteral("deny"));
    m_outcome->addItem(tr("Pend for information"), QStringLiteral("pend"));
    m_outcome->addItem(tr("Refer to another policy"), QStringLiteral("refer"));
    m_rationale = new QPlainTextEdit;
    m_rationale->setObjectName(QStringLiteral("determinationRationale"));
    m_start = new QDateEdit;
    m_start->setObjectName(QStringLiteral("approvalStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_end = new QDateEdit;
    m_end->setObjectName(QStringLiteral("approvalEnd"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_replyBy = new QDateEdit;
    m_replyBy->setObjectName(QStringLiteral("replyBy"));
    m_replyBy->setCalendarPopup(true);
    m_replyBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_terms = new QLabel;
    m_terms->setObjectName(QStringLiteral("determinationTerms"));
    m_terms->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("determinationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_record = new QPushButton(tr("Record determination"));
    m_record->setObjectName(QStringLiteral("recordDetermination"));
    m_issue = new QPushButton(tr("Issue letter"));
    m_issue->setObjectName(QStringLiteral("issueLetter"));
    m_issue->setEnabled(false);
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("letterPreview"));

    auto *form = new QFormLayout;
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Rationale"), m_rationale);
    form->addRow(tr("Approved from"), m_start);
    form->addRow(tr("through"), m_end);
    form->addRow(tr("Reply by"), m_replyBy);
    form->addRow(QString(), m_terms);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_issue);
    leftLayout->addLayout(buttons);
    leftLayout->addStretch();
    // The letter as it will be printed: its PDF pages, rendered by the same
    // out-of-process renderer as attachments.
    m_pdfView = new QWidget;
    m_pdfView->setObjectName(QStringLiteral("letterPdfPages"));
    auto *pagesLayout = new QVBoxLayout(m_pdfView);
    pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *pdfScroll = new QScrollArea;
    pdfScroll->setWidget(m_pdfView);
    pdfScroll->setWidgetResizable(true);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("letterPreviewTabs"));
    tabs->addTab(pdfScroll, tr("Letter (PDF)"));
    tabs->addTab(m_preview, tr("Letter text"));
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    resize(1200, 800);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] { m_message->setText(prepare(m_outcome->currentData().toString())); });
    connect(m_record, &QPushButton::clicked, this, [this] { m_message->setText(record()); });
    connect(m_issue, &QPushButton::clicked, this, [this] {
        const QString error = issue();
        m_message->setText(error);
        if (error.isEmpty())
            accept();
    });
    m_message->setText(prepare(m_outcome->currentData().toString()));
}

QString DeterminationDialog::prepare(const QString &outcome)
{
    const int index = m_outcome->findData(outcome);
    if (index < 0)
        return tr("%1 (%2) may not record this outcome.").arg(m_user.name, roleTitle(m_user.role));
    if (index != m_outcome->currentIndex()) {
        const QSignalBlocker blocker(m_outcome);
        m_outcome->setCurrentIndex(index);
    }
    m_draft.reset();
    m_record->setEnabled(false);
    auto draft = DecisionDrafts::prepare(*m_db, m_library, m_caseId, outcome, QString(), m_user, m_policyId);
    if (!draft) {
        m_terms->clear();
        return draft.error();
    }
    m_draft = draft.value();
    const DeterminationInput &in = m_draft->input;
    m_rationale->setPlainText(in.rationale);
    const bool approve = outcome == QLatin1String("approve");
    m_start->setEnabled(approve);
    m_end->setEnabled(approve);
    m_replyBy->setEnabled(outcome == QLatin1String("pend"));
    if (approve) {
        // Editable within the policy's limits: never longer than it allows.
        m_start->setDateRange(in.approvalStart, in.approvalEnd);
        m_end->setDateRange(in.approvalStart, in.approvalEnd);
        m_start->setDate(in.approvalStart);
        m_end->setDate(in.approvalEnd);
    }
    if (in.replyBy.isValid()) {
        m_replyBy->setMinimumDate(QDate::currentDate());
        m_replyBy->setDate(in.replyBy);
    }
    QString terms = tr("Policy %1, version %2.").arg(in.policyId, in.policyVersion);
    if (!in.quantity.isEmpty())
        terms += QLatin1Char(' ') + tr("Quantity: %1.").arg(in.quantity);
    if (!in.referTo.isEmpty())
        terms += QLatin1Char(' ') + tr("Refer to %1.").arg(in.referTo);
    if (in.policyRequiresMedicalDirector)
        terms += QLatin1Char(' ') + tr("This policy sends every review to a medical director.");
    m_terms->setText(terms);
    m_record->setEnabled(true);
    return {};
}

QString DeterminationDialog::record()
{
    if (!m_draft)
        return tr("Prepare the determination first.");
    DeterminationInput in = m_draft->input;
    in.rationale = m_rationale->toPlainText().trimmed();
    if (in.outcome == QLatin1String("approve")) {
        in.approvalStart = m_start->date();
        in.approvalEnd = m_end->date();
    }
    if (in.outcome == QLatin1String("pend"))
        in.replyBy = m_replyBy->date();
    auto id = Review::determine(*m_db, m_caseId, in, m_user);
    if (!id)
        return id.error();
    m_recorded = true;
    m_record->setEnabled(false);
    m_outcome->setEnabled(false);
    // The letter, as it will be issued, before it is issued.
    auto preview = Letters::preview(*m_db, m_library, m_caseId, {}, m_user);
    if (!preview)
        return tr("The determination is recorded, but its letter cannot be shown: %1").arg(preview.error());
    m_preview->setHtml(preview->html);
    QLayout *pages = m_pdfView->layout();
    m_pdfPages = 0;
    auto count = PdfRenderer::pageCount(preview->pdf);
    for (int page = 1; count && page <= count.value(); ++page) {
        auto image = PdfRenderer::renderPage(preview->pdf, page, 80);
        if (!image)
            break;
        auto *label = new QLabel;
        label->setPixmap(QPixmap::fromImage(image.value()));
        label->setFrameShape(QFrame::Box);
        label->setFixedSize(image->size() + QSize(2, 2)); // whole pages, one under the other
        pages->addWidget(label);
        label->show();
        ++m_pdfPages;
    }
    pages->activate();
    m_pdfView->adjustSize();
    m_issue->setEnabled(Letters::mayIssue(m_user));
    return {};
}

QString DeterminationDialog::issue()
{
    if (!m_recorded)
        return tr("Record the determination first.");
    auto letter = Letters::issue(*m_db, m_library, m_caseId, {}, m_user);
    if (!letter)
        return letter.error();
    return {};
}

QString DeterminationDialog::previewHtml() const
{
    return m_preview->toHtml();
}

} // namespace pareview
