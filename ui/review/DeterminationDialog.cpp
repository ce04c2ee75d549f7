#include "DeterminationDialog.h"

#include "attachments/PdfRenderer.h"
#include "common/Dialogs.h"
#include "common/LetterIssuing.h"
#include "common/ScreenFit.h"
#include "common/StatusText.h"
#include "letters/LetterPdf.h"
#include "letters/Letters.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QUuid>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pareview {

namespace {

QString outcomeTitle(const QString &outcome)
{
    if (outcome == QLatin1String("approve"))
        return DeterminationDialog::tr("approval");
    if (outcome == QLatin1String("deny"))
        return DeterminationDialog::tr("denial");
    if (outcome == QLatin1String("pend"))
        return DeterminationDialog::tr("request for information");
    if (outcome == QLatin1String("refer"))
        return DeterminationDialog::tr("referral");
    return outcome;
}

QString shortDate(const QString &stored)
{
    const QDateTime at = Database::storedTime(QVariant(stored));
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

// The user's short date format, with the year in full ("12/3/2026", "3/12/2026").
QString localDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// A date box with no date to show (not this outcome's): empty, not 2000-01-01.
void showNoDate(QDateEdit *box)
{
    const QSignalBlocker blocker(box);
    box->setSpecialValueText(DeterminationDialog::tr("—"));
    box->setMinimumDate(QDate(1900, 1, 1));
    box->setDate(box->minimumDate());
    box->setEnabled(false);
}

void showDate(QDateEdit *box, const QDate &from, const QDate &to, const QDate &date)
{
    const QSignalBlocker blocker(box);
    box->setSpecialValueText(QString());
    box->setDateRange(from, to);
    box->setDate(date);
    box->setEnabled(true);
}

} // namespace

DeterminationDialog::DeterminationDialog(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, qint64 caseId,
                                         const QString &policyId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_user(user)
    , m_library(library)
    , m_caseId(caseId)
    , m_policyId(policyId)
    , m_requestKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("determinationDialog"));
    setWindowTitle(tr("Determination"));
    m_currentLabel = new QLabel;
    m_currentLabel->setObjectName(QStringLiteral("determinationCurrent"));
    m_currentLabel->setWordWrap(true);
    m_currentLabel->setVisible(false);
    m_currentLabel->setFrameShape(QFrame::StyledPanel);
    m_currentLabel->setMargin(6);
    m_currentLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("determinationOutcome"));
    m_outcome->addItem(tr("Approve"), QStringLiteral("approve"));
    if (user.role == Role::MedicalDirector)
        m_outcome->addItem(tr("Deny"), QStringLiteral("deny"));
    m_outcome->addItem(tr("Pend for information"), QStringLiteral("pend"));
    m_outcome->addItem(tr("Refer to another policy"), QStringLiteral("refer"));
    m_rationale = new QPlainTextEdit;
    m_rationale->setObjectName(QStringLiteral("determinationRationale"));
    m_rationale->setAccessibleName(tr("Rationale (internal, not in the letter)"));
    m_explanation = new QPlainTextEdit;
    m_explanation->setObjectName(QStringLiteral("memberExplanation"));
    m_explanation->setAccessibleName(tr("Explanation for the member"));
    m_explanation->setToolTip(tr("Plain words the letter gives the member. Reviewer notes are internal and never go in a letter."));
    m_start = new QDateEdit;
    m_start->setObjectName(QStringLiteral("approvalStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(localDateFormat());
    m_end = new QDateEdit;
    m_end->setObjectName(QStringLiteral("approvalEnd"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(localDateFormat());
    m_replyBy = new QDateEdit;
    m_replyBy->setObjectName(QStringLiteral("replyBy"));
    m_replyBy->setCalendarPopup(true);
    m_replyBy->setDisplayFormat(localDateFormat());
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("supersedeReason"));
    m_reason->setPlaceholderText(tr("Required: why the determination in force is replaced"));
    m_reasonLabel = new QLabel(tr("Reason for superseding"));
    m_reasonLabel->setBuddy(m_reason);
    m_terms = new QLabel;
    m_terms->setObjectName(QStringLiteral("determinationTerms"));
    m_terms->setWordWrap(true);
    m_against = new QLabel;
    m_against->setObjectName(QStringLiteral("againstRecommendation"));
    m_against->setWordWrap(true);
    m_against->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; border: 1px solid #c8a600; padding: 4px;"));
    m_against->setVisible(false);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("determinationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_record = new QPushButton(tr("Record determination"));
    m_record->setObjectName(QStringLiteral("recordDetermination"));
    m_issue = new QPushButton(tr("Issue letter"));
    m_issue->setObjectName(QStringLiteral("issueLetter"));
    m_issue->setEnabled(false);
    m_previewStatus = new QLabel;
    m_previewStatus->setObjectName(QStringLiteral("letterPreviewStatus"));
    m_previewStatus->setWordWrap(true);
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_preview->setAccessibleName(tr("Letter text"));

    auto *form = m_form = new QFormLayout;
    // Superseding: the reason first, under what it supersedes.
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(QString(), m_against);
    form->addRow(tr("&Rationale (internal)"), m_rationale);
    form->addRow(tr("E&xplanation for the member"), m_explanation);
    form->addRow(tr("Approved from"), m_start);
    form->addRow(tr("through"), m_end);
    form->addRow(tr("Reply by"), m_replyBy);
    form->addRow(QString(), m_terms);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_currentLabel);
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
    m_pdfScroll = new QScrollArea;
    m_pdfScroll->setWidget(m_pdfView);
    m_pdfScroll->setWidgetResizable(true);
    // The pages follow the width of the view: the director reads the whole
    // line without scrolling sideways, also on a small screen.
    m_pdfScroll->viewport()->installEventFilter(this);
    m_pdfScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // its width never toggles the fit
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("letterPreviewTabs"));
    tabs->addTab(m_pdfScroll, tr("Letter (PDF)"));
    tabs->addTab(m_preview, tr("Letter text"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewStatus);
    rightLayout->addWidget(tabs, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    fitToScreen(this, QSize(1100, 700));

    m_watcher = new QFutureWatcher<Rendered>(this);
    connect(m_watcher, &QFutureWatcher<Rendered>::finished, this, [this] { showPreview(m_watcher->result()); });
    m_issuing = new LetterIssuing(this);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300); // typing in the explanation re-renders once it pauses
    connect(m_previewTimer, &QTimer::timeout, this, &DeterminationDialog::startPreview);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] { prepare(m_outcome->currentData().toString()); });
    connect(m_explanation, &QPlainTextEdit::textChanged, this, &DeterminationDialog::schedulePreview);
    // A message asking for an input goes once the input is given.
    connect(m_rationale, &QPlainTextEdit::textChanged, this,
            [this] { inputEdited(m_rationale, !m_rationale->toPlainText().trimmed().isEmpty()); });
    connect(m_explanation, &QPlainTextEdit::textChanged, this,
            [this] { inputEdited(m_explanation, !m_explanation->toPlainText().trimmed().isEmpty()); });
    connect(m_reason, &QLineEdit::textChanged, this, [this] { inputEdited(m_reason, !m_reason->text().trimmed().isEmpty()); });
    for (QDateEdit *date : {m_start, m_end, m_replyBy})
        connect(date, &QDateEdit::dateChanged, this, [this, date] { inputEdited(date, true); });
    connect(m_start, &QDateEdit::dateChanged, this, &DeterminationDialog::schedulePreview);
    connect(m_end, &QDateEdit::dateChanged, this, &DeterminationDialog::schedulePreview);
    connect(m_replyBy, &QDateEdit::dateChanged, this, &DeterminationDialog::schedulePreview);
    connect(m_record, &QPushButton::clicked, this, &DeterminationDialog::record);
    connect(m_issue, &QPushButton::clicked, this, &DeterminationDialog::issue);

    // The letter's fonts are registered here, on the GUI thread, before any
    // preview is laid out on a worker.
    (void)letters::letterFontFamily();
    loadCurrent();
    // Open on the first outcome the criteria results support (approve,
    // deny, pend, refer, in the list's order) — never on one against the
    // recommendation; none: the approval's refusal.
    for (int i = 0; i < m_outcome->count() && (!m_draft || !m_draft->againstRecommendation.isEmpty()); ++i) {
        const QSignalBlocker blocker(m_outcome);
        m_outcome->setCurrentIndex(i);
        prepare(m_outcome->currentData().toString());
    }
    if (!m_draft || !m_draft->againstRecommendation.isEmpty()) {
        const QSignalBlocker blocker(m_outcome);
        m_outcome->setCurrentIndex(0);
        prepare(m_outcome->currentData().toString());
    }
}

DeterminationDialog::~DeterminationDialog()
{
    // A render still running finishes before the dialog goes (nobody shows
    // it): letter layout on two threads at once, or after teardown, crashed
    // under load.
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
    delete m_issuing; // waits for its layout too
    m_issuing = nullptr;
}

bool DeterminationDialog::issuing() const
{
    return m_issuing && m_issuing->running();
}

void DeterminationDialog::reject()
{
    // Closing while the letter is laid out would leave a determined case
    // without its letter: it takes a moment, the dialog says so.
    if (m_issuing->running()) {
        showMessage(tr("The letter is being issued; the dialog closes when it is stored."));
        return;
    }
    QDialog::reject();
}

void DeterminationDialog::loadCurrent()
{
    auto summary = CaseStore::summary(*m_db, m_caseId);
    auto latest = Review::latestDetermination(*m_db, m_caseId);
    m_form->setRowVisible(m_reason, false);
    if (!summary || !latest || !latest.value() || !Review::isDetermined(summary->status))
        return;
    m_current = *latest.value();
    auto decider = Users::byId(*m_db, m_current->decidedBy);
    const QString by = decider ? (decider->displayName.isEmpty() ? decider->name : decider->displayName) : QString();
    m_currentText = tr("the %1 recorded on %2 by %3").arg(outcomeTitle(m_current->outcome), shortDate(m_current->decidedAt), by);
    const auto recommended = Review::againstRecommendation(m_current->outcome, m_current->criteriaSnapshot);
    QStringList letterTexts;
    if (auto letters = Letters::issued(*m_db, m_caseId)) {
        for (const IssuedLetter &l : letters.value())
            if (l.determinationId == m_current->id)
                letterTexts << tr("letter no. %1 (%2) issued on %3").arg(l.id).arg(letterLanguageText(l.language), shortDate(l.issuedAt));
    }
    if (!letterTexts.isEmpty())
        m_currentText += tr(", and its %1").arg(letterTexts.join(tr(" and ")));
    QString text = tr("This case is already determined: %1.").arg(m_currentText);
    if (recommended)
        text += QLatin1Char(' ') + tr("It was decided against the recommendation; the rationale: %1").arg(m_current->rationale);
    if (m_user.role == Role::MedicalDirector) {
        text += QLatin1Char(' ') + tr("A new determination supersedes it: give the reason, and the new letter says which letter it replaces.");
        m_form->setRowVisible(m_reason, true);
        m_record->setText(tr("Supersede determination…"));
    } else {
        text += QLatin1Char(' ') + tr("Only a medical director can supersede it.");
        m_outcome->setEnabled(false);
        m_rationale->setReadOnly(true);
        m_explanation->setReadOnly(true);
    }
    m_currentLabel->setText(text);
    m_currentLabel->setVisible(true);
}

void DeterminationDialog::prepare(const QString &outcome)
{
    m_draft.reset();
    m_record->setEnabled(false);
    showMessage(QString());
    auto draft = DecisionDrafts::prepare(*m_db, m_library, m_caseId, outcome, QString(), m_user, m_policyId);
    if (!draft) {
        m_terms->clear();
        m_against->setVisible(false);
        {
            const QSignalBlocker b(m_rationale);
            m_rationale->clear();
        }
        m_rationale->setPlaceholderText(QString());
        m_form->setRowVisible(m_explanation, false);
        for (QDateEdit *date : {m_start, m_end, m_replyBy})
            showNoDate(date);
        // No draft of another outcome stays in sight: the letter says why there is none.
        m_previewTimer->stop();
        ++m_generation; // a preview still rendering is out of date
        m_preview->clear();
        clearPreviewPages();
        m_previewStatus->setText(tr("No letter: this outcome cannot be recorded — %1").arg(draft.error()));
        showMessage(draft.error());
        return;
    }
    m_draft = draft.value();
    const DeterminationInput &in = m_draft->input;
    {
        const QSignalBlocker b(m_rationale);
        m_rationale->setPlainText(in.rationale);
    }
    // Against the recommendation: the medical director says why, in writing.
    const bool against = !m_draft->againstRecommendation.isEmpty();
    m_against->setText(against ? tr("%1 You decide against the recommendation: write your rationale (required). It is stored with "
                                    "the determination and shown in the case history.")
                                     .arg(m_draft->againstRecommendation)
                               : QString());
    m_against->setVisible(against);
    m_rationale->setPlaceholderText(against ? tr("Required: why you decide against the recommendation") : QString());
    const bool approve = outcome == QLatin1String("approve");
    {
        const QSignalBlocker b4(m_explanation);
        if (approve) {
            // Editable within the policy's limits: never longer than it allows.
            showDate(m_start, in.approvalStart, in.approvalEnd, in.approvalStart);
            showDate(m_end, in.approvalStart, in.approvalEnd, in.approvalEnd);
        } else {
            showNoDate(m_start);
            showNoDate(m_end);
        }
        if (in.replyBy.isValid())
            showDate(m_replyBy, QDate::currentDate(), QDate(9999, 12, 31), in.replyBy);
        else
            showNoDate(m_replyBy);
        auto explanation = Letters::explanation(*m_db, m_caseId, in);
        m_defaultExplanation = explanation ? explanation.value() : QString();
        m_explanation->setPlainText(m_defaultExplanation);
        m_form->setRowVisible(m_explanation, !m_defaultExplanation.isEmpty()); // an approval explains nothing
        if (against && outcome == QLatin1String("deny"))
            m_explanation->setPlaceholderText(tr("Required: tell the member why the request is denied"));
    }
    QString terms = tr("Policy %1, version %2.").arg(in.policyId, in.policyVersion);
    if (!in.quantity.isEmpty())
        terms += QLatin1Char(' ') + tr("Quantity: %1.").arg(in.quantity);
    if (!in.referTo.isEmpty())
        terms += QLatin1Char(' ') + tr("Refer to %1.").arg(in.referTo);
    if (in.policyRequiresMedicalDirector)
        terms += QLatin1Char(' ') + tr("This policy sends every review to a medical director.");
    m_terms->setText(terms);
    m_record->setEnabled(!m_current || m_user.role == Role::MedicalDirector);
    startPreview();
}

DeterminationInput DeterminationDialog::currentInput() const
{
    DeterminationInput in = m_draft->input;
    in.rationale = m_rationale->toPlainText().trimmed();
    if (in.outcome == QLatin1String("approve")) {
        in.approvalStart = m_start->date();
        in.approvalEnd = m_end->date();
    }
    if (in.outcome == QLatin1String("pend"))
        in.replyBy = m_replyBy->date();
    // Stored only when edited: left as built, each language's letter builds its own.
    const QString explanation = m_explanation->toPlainText().trimmed();
    in.memberExplanation = explanation == m_defaultExplanation.trimmed() ? QString() : explanation;
    return in;
}

void DeterminationDialog::schedulePreview()
{
    if (m_draft && !m_recorded)
        m_previewTimer->start();
}

void DeterminationDialog::startPreview()
{
    m_previewTimer->stop();
    if (!m_draft || m_recorded)
        return;
    const int generation = ++m_generation;
    // Only the store is read here (and a refusal shown at once); the text,
    // the PDF and its page images are made on a worker so the window keeps
    // answering.
    auto letter = Letters::draft(*m_db, m_library, m_caseId, currentInput(), {}, m_user);
    if (!letter) {
        m_preview->clear();
        clearPreviewPages();
        m_previewStatus->setText(tr("The letter cannot be written: %1").arg(letter.error()));
        return;
    }
    m_previewStatus->setText(tr("Preparing the preview…"));
    LetterDraft draft = letter.value();
    m_watcher->setFuture(QtConcurrent::run([draft, generation]() mutable {
        Rendered out;
        out.generation = generation;
        if (auto s = Letters::render(draft); !s) {
            out.error = s.error();
            return out;
        }
        out.html = draft.html;
        auto count = PdfRenderer::pageCount(draft.pdf);
        if (!count) {
            out.error = count.error();
            return out;
        }
        for (int page = 1; page <= count.value(); ++page) {
            auto image = PdfRenderer::renderPage(draft.pdf, page, 80);
            if (!image) {
                out.error = image.error();
                break;
            }
            out.pages.append(image.value());
        }
        return out;
    }));
}

void DeterminationDialog::showPreview(const Rendered &rendered)
{
    if (rendered.generation != m_generation)
        return; // a later preview is on its way
    clearPreviewPages();
    if (!rendered.html.isEmpty())
        m_preview->setHtml(rendered.html);
    QLayout *pages = m_pdfView->layout();
    m_pageImages = rendered.pages;
    for (int i = 0; i < m_pageImages.size(); ++i) {
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("letterPage"));
        label->setFrameShape(QFrame::Box);
        pages->addWidget(label);
    }
    fitPagesToWidth();
    if (m_issuing->running())
        ; // "issuing…" stays until the letter is stored
    else if (!rendered.error.isEmpty())
        m_previewStatus->setText(tr("The letter's pages cannot be shown: %1").arg(rendered.error));
    else if (m_recorded)
        m_previewStatus->setText(tr("Recorded. The letter is issued as shown, without the DRAFT mark."));
    else
        m_previewStatus->setText(tr("DRAFT: %n page(s). Nothing is recorded or sent until you record and issue it.", nullptr,
                                    int(rendered.pages.size())));
}

void DeterminationDialog::record()
{
    if (!m_draft || m_recorded)
        return;
    DeterminationInput in = currentInput();
    in.expectedRowVersion = m_caseVersion;
    in.requestKey = m_requestKey;
    if (!m_draft->againstRecommendation.isEmpty() && in.rationale.isEmpty()) {
        showMessage(tr("You decide against the recommendation: write your rationale first."), m_rationale);
        m_rationale->setFocus();
        return;
    }
    if (!m_draft->againstRecommendation.isEmpty() && in.outcome == QLatin1String("deny") && in.memberExplanation.isEmpty()) {
        showMessage(tr("No criterion is recorded as not met: tell the member why the request is denied in the explanation."),
                    m_explanation);
        m_explanation->setFocus();
        return;
    }
    Result<qint64> id = qint64(0);
    if (m_current) {
        const QString reason = m_reason->text().trimmed();
        if (reason.isEmpty()) {
            showMessage(tr("Give the reason for superseding the determination in force."), m_reason);
            m_reason->setFocus();
            return;
        }
        const auto answer = Dialogs::question(
            this, tr("Supersede the determination"),
            tr("Supersede %1 with a new %2?\n\nReason: %3\n\nThe new letter says which letter it replaces; the earlier "
               "determination and its letter stay in the case's history.")
                .arg(m_currentText, outcomeTitle(in.outcome), reason));
        if (answer != QMessageBox::Yes)
            return;
        id = Review::supersede(*m_db, m_caseId, in, reason, m_user);
    } else {
        id = Review::determine(*m_db, m_caseId, in, m_user);
    }
    if (!id) {
        showMessage(id.error(), this);
        return;
    }
    m_recorded = true;
    auto summary = CaseStore::summary(*m_db, m_caseId);
    const QString reference = summary ? summary->reference : QString::number(m_caseId);
    Q_EMIT statusMessage(m_current ? tr("%1: the determination is superseded by a new %2.").arg(reference, outcomeTitle(in.outcome))
                                   : tr("%1: %2 recorded.").arg(reference, outcomeTitle(in.outcome)));
    m_previewTimer->stop();
    for (QWidget *w : {static_cast<QWidget *>(m_outcome), static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end),
                       static_cast<QWidget *>(m_replyBy), static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_record)})
        w->setEnabled(false);
    m_rationale->setReadOnly(true);
    m_explanation->setReadOnly(true);
    showMessage(QString());
    m_previewStatus->setText(tr("Recorded. The letter is issued as shown, without the DRAFT mark."));
    m_issue->setEnabled(Letters::mayIssue(m_user));
    if (m_issue->isEnabled())
        m_issue->setFocus();
}

void DeterminationDialog::issue()
{
    if (!m_recorded || m_issuing->running())
        return;
    // The store is read and written here, on this connection; the letter is
    // written and laid out on a worker (LetterIssuing) so the window keeps
    // answering meanwhile.
    auto pending = Letters::prepareIssue(*m_db, m_library, m_caseId, {}, m_user);
    if (!pending) {
        showMessage(pending.error());
        return;
    }
    if (!pending->issuedBefore) {
        m_issue->setEnabled(false);
        showMessage(QString());
        m_previewStatus->setText(LetterIssuing::statusText());
    }
    m_issuing->start(
        pending.value(), [this](const Letters::Pending &p) { return Letters::storeIssued(*m_db, p, m_user); },
        [this](const Result<IssuedLetter> &letter) { issued(letter); });
}

void DeterminationDialog::issued(const Result<IssuedLetter> &letter)
{
    if (!letter) {
        m_issue->setEnabled(Letters::mayIssue(m_user));
        m_previewStatus->setText(tr("The letter was not issued."));
        showMessage(letter.error());
        return;
    }
    auto summary = CaseStore::summary(*m_db, m_caseId);
    Q_EMIT statusMessage(tr("%1: letter no. %2 issued (%3).")
                             .arg(summary ? summary->reference : QString::number(m_caseId))
                             .arg(letter->id)
                             .arg(letterLanguageText(letter->language)));
    accept();
}

void DeterminationDialog::showMessage(const QString &text, QWidget *about)
{
    m_message->setText(text);
    m_messageAbout = text.isEmpty() ? nullptr : about;
}

void DeterminationDialog::inputEdited(QWidget *input, bool filled)
{
    // A message about this input (or a refusal of the whole) is out of date
    // once the person has given what it asked for.
    if (m_messageAbout && filled && (m_messageAbout == input || m_messageAbout == this))
        showMessage(QString());
}

void DeterminationDialog::clearPreviewPages()
{
    m_pageImages.clear();
    QLayout *pages = m_pdfView->layout();
    while (QLayoutItem *item = pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

// Whole pages one under the other, each as wide as the view leaves room for
// (never enlarged past the rendered size, which stays sharp).
void DeterminationDialog::fitPagesToWidth()
{
    QLayout *pages = m_pdfView->layout();
    const QMargins margins = pages->contentsMargins();
    const int frame = 2;
    const int room = m_pdfScroll->viewport()->width() - margins.left() - margins.right() - frame;
    for (int i = 0; i < m_pageImages.size() && i < pages->count(); ++i) {
        auto *label = qobject_cast<QLabel *>(pages->itemAt(i)->widget());
        if (!label)
            continue;
        const QImage &image = m_pageImages.at(i);
        const QImage shown = room > 0 && image.width() > room ? image.scaledToWidth(room, Qt::SmoothTransformation) : image;
        label->setPixmap(QPixmap::fromImage(shown));
        label->setFixedSize(shown.size() + QSize(frame, frame));
    }
    pages->activate();
    m_pdfView->adjustSize();
}

bool DeterminationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pdfScroll->viewport() && event->type() == QEvent::Resize && !m_pageImages.isEmpty()) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitPagesToWidth();
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pareview
