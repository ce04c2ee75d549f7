#include "AppealsPanel.h"

#include "common/Dialogs.h"
#include "common/LetterIssuing.h"
#include "common/StatusText.h"

#include "letters/AppealLetters.h"
#include "letters/PhraseBook.h"
#include "store/ContentType.h"
#include "store/Database.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pareview {

namespace {

QString local(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("overturned"))
        return AppealsPanel::tr("Overturned");
    if (outcome == QLatin1String("partly-overturned"))
        return AppealsPanel::tr("Partly overturned");
    if (outcome == QLatin1String("upheld"))
        return AppealsPanel::tr("Upheld");
    if (outcome == QLatin1String("dismissed"))
        return AppealsPanel::tr("Dismissed");
    if (outcome == QLatin1String("withdrawn"))
        return AppealsPanel::tr("Withdrawn");
    return AppealsPanel::tr("Open");
}

QString nextLevelText(const QString &level)
{
    if (level == QLatin1String("independent-review-entity"))
        return AppealsPanel::tr("independent review entity (forwarded automatically)");
    if (level == QLatin1String("state-fair-hearing"))
        return AppealsPanel::tr("state fair hearing");
    if (level == QLatin1String("external-review"))
        return AppealsPanel::tr("external review");
    return level;
}

} // namespace

AppealsPanel::AppealsPanel(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_user(user)
    , m_library(library)
{
    setObjectName(QStringLiteral("appealsPanel"));
    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("appealInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("appealTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_p2pInfo = new QLabel;
    m_p2pInfo->setObjectName(QStringLiteral("peerToPeerInfo"));
    m_p2pInfo->setWordWrap(true);
    m_file = new QPushButton(tr("File &appeal…"));
    m_file->setObjectName(QStringLiteral("fileAppealButton"));
    m_openOther = new QPushButton;
    m_openOther->setObjectName(QStringLiteral("openLinkedCase"));
    m_decide = new QPushButton(tr("Decide a&ppeal…"));
    m_decide->setObjectName(QStringLiteral("decideAppealButton"));
    m_letter = new QPushButton(tr("Issue appeal &letter"));
    m_letter->setObjectName(QStringLiteral("issueAppealLetterButton"));
    m_letterLanguage = new QComboBox;
    m_letterLanguage->setObjectName(QStringLiteral("appealLetterLanguage"));
    m_letterLanguage->setAccessibleName(tr("Letter language"));
    for (const QString &language : letters::letterLanguages())
        m_letterLanguage->addItem(letterLanguageText(language), language);
    m_letterStatus = new QLabel;
    m_letterStatus->setObjectName(QStringLiteral("appealLetterStatus"));
    m_letterStatus->setWordWrap(true);
    // A line kept for it: the status appearing never moves the buttons.
    m_letterStatus->setMinimumHeight(m_letterStatus->fontMetrics().lineSpacing());
    m_issuing = new LetterIssuing(this);
    m_p2pButton = new QPushButton;
    m_p2pButton->setObjectName(QStringLiteral("peerToPeerButton"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("appealMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_file);
    buttons->addWidget(m_decide);
    buttons->addWidget(m_letterLanguage);
    buttons->addWidget(m_letter);
    buttons->addWidget(m_openOther);
    buttons->addStretch();
    auto *p2pRow = new QHBoxLayout;
    p2pRow->addWidget(m_p2pInfo, 1);
    p2pRow->addWidget(m_p2pButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_letterStatus);
    layout->addLayout(p2pRow);
    layout->addWidget(m_message);

    connect(m_file, &QPushButton::clicked, this, &AppealsPanel::fileAppeal);
    connect(m_decide, &QPushButton::clicked, this, &AppealsPanel::decideAppeal);
    connect(m_letter, &QPushButton::clicked, this, &AppealsPanel::issueLetter);
    connect(m_letterLanguage, &QComboBox::currentIndexChanged, this, &AppealsPanel::updateLetterButton);
    connect(m_p2pButton, &QPushButton::clicked, this, &AppealsPanel::peerToPeerStep);
    connect(m_openOther, &QPushButton::clicked, this, [this] {
        if (m_appeal)
            Q_EMIT openCaseRequested(m_appeal->originalCaseId);
        else if (const int row = m_table->currentRow(); row >= 0 && row < m_against.size())
            Q_EMIT openCaseRequested(m_against[row].caseId);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_appeal && row >= 0 && row < m_against.size())
            Q_EMIT openCaseRequested(m_against[row].caseId);
    });
}

void AppealsPanel::setCase(qint64 caseId, const CaseSummary &summary, const QString &currentSnapshot)
{
    m_caseId = caseId;
    m_summary = summary;
    m_snapshot = currentSnapshot;
    m_message->clear();
    reload();
}

void AppealsPanel::showError(const QString &text)
{
    m_message->setText(text);
}

QString AppealsPanel::appealSummary() const
{
    if (!m_appeal)
        return {};
    const Appeal &a = *m_appeal;
    const QString appealed = a.appealedOutcome == QLatin1String("deny") ? tr("denial") : tr("approval");
    const QString priority = a.priority == QLatin1String("expedited") || a.priority == QLatin1String("urgent") ? tr("expedited") : tr("standard");
    QString text = tr("Appeal %1 of case %2 (the %3 noticed %4)").arg(a.reference, a.originalReference, appealed, local(a.noticeAt));
    if (a.forwardedAt.isValid())
        text += tr(" · level 2, at the %1 since %2 · due there %3").arg(nextLevelText(a.nextLevel), local(a.forwardedAt), local(a.forwardDue));
    else
        text += tr(" · level 1, the plan's internal appeal · %1 · due %2").arg(priority, local(a.dueBy));
    if (a.open())
        text += QStringLiteral(". ") + tr("The medical director decides it in the Appeals tab (Decide appeal…).");
    else
        text += QStringLiteral(". ") + tr("Decided: %1.").arg(outcomeText(a.outcome));
    return text;
}

void AppealsPanel::reload()
{
    m_appeal.reset();
    m_against.clear();
    m_appealLetters.clear();
    m_p2p.reset();
    m_table->setRowCount(0);
    if (!m_issuing->running())
        m_letterStatus->clear();
    m_letterStatus->setVisible(false);
    if (m_caseId <= 0)
        return;
    auto self = Appeals::forCase(*m_db, m_caseId);
    if (!self) {
        showError(self.error());
        return;
    }
    m_appeal = self.value();
    if (m_appeal) {
        const Appeal &a = *m_appeal;
        const QString appealed = a.appealedOutcome == QLatin1String("deny") ? tr("denial") : tr("approval");
        QString text = tr("<b>Appeal %1</b> of case %2 (the %3 of determination %4), from the %5, received %6, %7.<br/>"
                          "Due %8 — %9")
                           .arg(a.reference.toHtmlEscaped(), a.originalReference.toHtmlEscaped(), appealed)
                           .arg(a.determinationId)
                           .arg(a.filedBy.toHtmlEscaped(), local(a.received), a.priority.toHtmlEscaped(), local(a.dueBy),
                                a.deadlineRule.toHtmlEscaped());
        if (!a.reason.isEmpty())
            text += tr("<br/>Reason: %1").arg(a.reason.toHtmlEscaped());
        if (a.late)
            text += a.goodCause.isEmpty() ? tr("<br/>Filed after the %1-day window, without good cause.").arg(a.filingDays)
                                          : tr("<br/>Filed after the %1-day window; good cause: %2").arg(a.filingDays).arg(a.goodCause.toHtmlEscaped());
        text += tr("<br/>Outcome: <b>%1</b>").arg(outcomeText(a.outcome));
        if (!a.outcomeReason.isEmpty())
            text += QStringLiteral(" — ") + a.outcomeReason.toHtmlEscaped();
        if (!a.nextLevel.isEmpty())
            text += tr("<br/>Next level: %1").arg(nextLevelText(a.nextLevel));
        if (a.forwardedAt.isValid())
            text += tr("<br/>Forwarded %1, due at the independent review entity %2").arg(local(a.forwardedAt), local(a.forwardDue));
        m_info->setText(text);
        // The criteria of the decision appealed beside the criteria now.
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels({tr("Criterion"), tr("At the decision appealed"), tr("Now"), tr("Changed")});
        auto dets = Review::determinations(*m_db, a.originalCaseId);
        QString original;
        if (dets)
            for (const StoredDetermination &d : dets.value())
                if (d.id == a.determinationId)
                    original = d.criteriaSnapshot;
        const QString now = a.open() || a.criteriaSnapshot.isEmpty() ? m_snapshot : a.criteriaSnapshot;
        if (!now.isEmpty() && !original.isEmpty()) {
            auto changes = Appeals::compare(original, now);
            if (changes) {
                m_table->setRowCount(changes->size());
                for (int i = 0; i < changes->size(); ++i) {
                    const CriterionChange &c = changes->at(i);
                    m_table->setItem(i, 0, new QTableWidgetItem(c.label));
                    m_table->setItem(i, 1, new QTableWidgetItem(c.before));
                    m_table->setItem(i, 2, new QTableWidgetItem(c.now));
                    m_table->setItem(i, 3, new QTableWidgetItem(c.changed() ? tr("changed") : QString()));
                    if (c.changed())
                        for (int col = 0; col < 4; ++col)
                            m_table->item(i, col)->setBackground(QColor(0xff, 0xf4, 0xce));
                }
                m_table->resizeColumnsToContents();
                m_table->resizeRowsToContents();
            }
        }
        m_openOther->setText(tr("Open case %1").arg(a.originalReference));
        m_openOther->setVisible(true);
        m_file->setVisible(false);
        m_decide->setVisible(true);
        auto why = Appeals::whyNotDecide(*m_db, a, QStringLiteral("upheld"), m_user);
        const QString reason = !why ? why.error() : why->value_or(QString());
        m_decide->setEnabled(a.open());
        m_decide->setToolTip(reason);
        m_letter->setVisible(true);
        m_letterLanguage->setVisible(true);
        m_letterStatus->setVisible(true);
        if (auto letters = AppealLetters::issued(*m_db, a.id))
            m_appealLetters = letters.value();
        else
            showError(letters.error());
        updateLetterButton();
        m_p2pInfo->setVisible(false);
        m_p2pButton->setVisible(false);
        if (a.open() && !reason.isEmpty())
            m_message->setText(reason);
        return;
    }

    // An original case: its appeals and its peer-to-peer discussion.
    auto against = Appeals::against(*m_db, m_caseId);
    if (against)
        m_against = against.value();
    m_info->setText(m_against.isEmpty() ? tr("No appeal has been filed against this case.")
                                        : tr("Appeals filed against this case:"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Appeal"), tr("From"), tr("Received"), tr("Due"), tr("Outcome")});
    m_table->setRowCount(m_against.size());
    for (int i = 0; i < m_against.size(); ++i) {
        const Appeal &a = m_against[i];
        const QStringList cells{a.reference, a.filedBy, local(a.received), local(a.dueBy), outcomeText(a.outcome)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();
    if (!m_against.isEmpty())
        m_table->selectRow(m_against.size() - 1);
    m_openOther->setText(tr("Open the appeal"));
    m_openOther->setVisible(!m_against.isEmpty());
    m_decide->setVisible(false);
    m_letter->setVisible(false);
    m_letterLanguage->setVisible(false);
    m_file->setVisible(true);
    const bool determined = Review::isDetermined(m_summary.status);
    m_file->setEnabled(determined);
    m_file->setToolTip(determined ? QString() : tr("Only a final determination is appealed."));

    auto p2p = PeerToPeers::forCase(*m_db, m_caseId);
    if (p2p && !p2p->isEmpty())
        m_p2p = p2p->last();
    m_p2pInfo->setVisible(true);
    m_p2pButton->setVisible(true);
    m_p2pButton->setEnabled(determined || (m_p2p && m_p2p->open()));
    if (!m_p2p || !m_p2p->open()) {
        m_p2pInfo->setText(m_p2p ? tr("Peer-to-peer: closed, the decision %1.").arg(m_p2p->result == QLatin1String("stands") ? tr("stands") : tr("was changed"))
                                 : tr("Peer-to-peer: none requested."));
        m_p2pButton->setText(tr("Record peer-to-peer &request…"));
    } else if (m_p2p->status == QLatin1String("requested")) {
        m_p2pInfo->setText(tr("Peer-to-peer requested by %1 (%2) %3; offer a time by %4.")
                               .arg(m_p2p->requestedBy, m_p2p->contact, local(m_p2p->requestedAt), local(m_p2p->offerBy)));
        m_p2pButton->setText(tr("&Schedule peer-to-peer…"));
    } else if (m_p2p->status == QLatin1String("scheduled")) {
        m_p2pInfo->setText(tr("Peer-to-peer with %1 scheduled for %2.").arg(m_p2p->requestedBy, local(m_p2p->scheduledFor)));
        m_p2pButton->setText(tr("Record the &discussion…"));
    } else {
        m_p2pInfo->setText(tr("Peer-to-peer held %1 with %2: %3").arg(local(m_p2p->heldAt), m_p2p->participants, m_p2p->note));
        m_p2pButton->setText(tr("&Close peer-to-peer…"));
    }
}

void AppealsPanel::fileAppeal()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("appealDialog"));
    dialog.setWindowTitle(tr("File an appeal of %1").arg(m_summary.reference));
    auto *from = new QComboBox;
    from->setObjectName(QStringLiteral("appealFrom"));
    from->addItem(tr("Member"), QStringLiteral("member"));
    from->addItem(tr("Prescriber"), QStringLiteral("prescriber"));
    from->addItem(tr("Representative"), QStringLiteral("representative"));
    auto *received = new QDateTimeEdit(QDateTime::currentDateTime());
    received->setObjectName(QStringLiteral("appealReceived"));
    received->setCalendarPopup(true);
    auto *expedited = new QCheckBox(tr("E&xpedited (waiting could seriously harm the member's health)"));
    expedited->setObjectName(QStringLiteral("appealExpedited"));
    auto *reason = new QPlainTextEdit;
    reason->setObjectName(QStringLiteral("appealReason"));
    reason->setTabChangesFocus(true);
    auto *goodCause = new QLineEdit;
    goodCause->setObjectName(QStringLiteral("appealGoodCause"));
    goodCause->setPlaceholderText(tr("Only for an appeal filed after the window"));
    auto *documents = new QListWidget;
    documents->setObjectName(QStringLiteral("appealDocuments"));
    auto *add = new QPushButton(tr("Add &document…"));
    add->setObjectName(QStringLiteral("appealAddDocument"));
    connect(add, &QPushButton::clicked, &dialog, [&] {
        const QString path = Dialogs::openFileName(&dialog, tr("Add a document to the appeal"));
        if (!path.isEmpty())
            documents->addItem(path);
    });
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("appealDialogError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("File appeal"));
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("appealFile"));
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&Received:"), received);
    form->addRow(QString(), expedited);
    form->addRow(tr("R&eason:"), reason);
    form->addRow(tr("&Good cause:"), goodCause);
    form->addRow(tr("Documents:"), documents);
    form->addRow(QString(), add);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        AppealFiling f;
        f.filedBy = from->currentData().toString();
        f.received = received->dateTime().toUTC();
        f.expedited = expedited->isChecked();
        f.reason = reason->toPlainText();
        f.goodCause = goodCause->text();
        for (int i = 0; i < documents->count(); ++i) {
            QFile file(documents->item(i)->text());
            if (!file.open(QIODevice::ReadOnly)) {
                error->setText(tr("Cannot read %1: %2").arg(documents->item(i)->text(), file.errorString()));
                return;
            }
            const QByteArray bytes = file.readAll();
            f.newFacts.attachments.append({QFileInfo(file.fileName()).fileName(), detectContentType(bytes), QString(), bytes, QString(),
                                           tr("appeal document")});
        }
        auto id = Appeals::file(*m_db, m_caseId, f, m_user);
        if (!id) {
            error->setText(id.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT caseChanged(m_caseId);
    }
}

void AppealsPanel::decideAppeal()
{
    if (!m_appeal)
        return;
    const Appeal a = *m_appeal;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("appealDecisionDialog"));
    dialog.setWindowTitle(tr("Decide appeal %1").arg(a.reference));
    auto *outcome = new QComboBox;
    outcome->setObjectName(QStringLiteral("appealOutcome"));
    for (const QString &o : Appeals::outcomes())
        outcome->addItem(outcomeText(o), o);
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("upheld")));
    auto *reason = new QPlainTextEdit;
    reason->setObjectName(QStringLiteral("appealOutcomeReason"));
    reason->setTabChangesFocus(true);
    reason->setPlaceholderText(tr("What the letter tells the member"));
    auto *start = new QDateEdit(QDate::currentDate());
    start->setObjectName(QStringLiteral("appealApprovalStart"));
    start->setCalendarPopup(true);
    auto *end = new QDateEdit(QDate::currentDate().addDays(89));
    end->setObjectName(QStringLiteral("appealApprovalEnd"));
    end->setCalendarPopup(true);
    auto *quantity = new QLineEdit;
    quantity->setObjectName(QStringLiteral("appealQuantity"));
    // An overturn's terms from the criteria as re-evaluated, as decide drafts them.
    QString snapshot = m_snapshot;
    if (auto draft = DecisionDrafts::prepare(*m_db, m_library, a.caseId, QStringLiteral("approve"), QString(), m_user); draft) {
        start->setDate(draft->input.approvalStart);
        end->setDate(draft->input.approvalEnd);
        quantity->setText(draft->input.quantity);
        snapshot = draft->input.criteriaSnapshot;
    }
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("appealDecisionError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Record outcome"));
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("appealRecord"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), outcome);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("Approved &from:"), start);
    form->addRow(tr("Approved &to:"), end);
    form->addRow(tr("&Quantity approved:"), quantity);
    auto approving = [&] { return outcome->currentData().toString().contains(QLatin1String("overturned")); };
    auto update = [&] {
        for (QWidget *w : {static_cast<QWidget *>(start), static_cast<QWidget *>(end), static_cast<QWidget *>(quantity)})
            w->setEnabled(approving());
    };
    connect(outcome, &QComboBox::currentIndexChanged, &dialog, update);
    update();
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        AppealDecision d;
        d.outcome = outcome->currentData().toString();
        d.reason = reason->toPlainText();
        d.criteriaSnapshot = snapshot;
        if (approving()) {
            d.approvalStart = start->date();
            d.approvalEnd = end->date();
            d.quantity = quantity->text();
        }
        if (auto s = Appeals::decide(*m_db, a.id, d, m_user); !s) {
            error->setText(s.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT caseChanged(m_caseId);
    }
}

bool AppealsPanel::issuing() const
{
    return m_issuing->running();
}

void AppealsPanel::updateLetterButton()
{
    if (!m_appeal)
        return;
    const QString language = m_letterLanguage->currentData().toString();
    const IssuedLetter *issued = nullptr;
    for (const IssuedLetter &l : std::as_const(m_appealLetters))
        if (l.language == language)
            issued = &l;
    QString why;
    if (m_appeal->open())
        why = tr("The appeal is not decided yet: its letter is written once its outcome is recorded.");
    else if (issued)
        why = tr("The %1 letter was issued %2 by %3: save or print it from the Letters tab.")
                  .arg(m_letterLanguage->currentText(), local(Database::storedTime(QVariant(issued->issuedAt))), issued->issuedByName);
    else if (!Letters::mayIssue(m_user))
        why = tr("A clinical reviewer or a medical director issues the letter.");
    m_letter->setEnabled(why.isEmpty() && !m_issuing->running());
    m_letter->setToolTip(why);
    if (!m_issuing->running())
        m_letterStatus->setText(why.isEmpty() ? QString() : why);
}

void AppealsPanel::issueLetter()
{
    if (!m_appeal || m_issuing->running())
        return;
    LetterOptions options;
    options.language = m_letterLanguage->currentData().toString();
    // The store is read here, on the window's connection; the letter is
    // written and laid out on a worker, and stored back here, while the
    // panel keeps answering.
    auto pending = AppealLetters::prepareIssue(*m_db, m_appeal->id, options, m_user);
    if (!pending) {
        showError(pending.error());
        return;
    }
    m_message->clear();
    m_letter->setEnabled(false);
    m_letterStatus->setText(LetterIssuing::statusText());
    const qint64 caseId = m_caseId;
    m_issuing->start(
        pending.value(), [this](const Letters::Pending &p) { return AppealLetters::storeIssued(*m_db, p, m_user); },
        [this, caseId](const Result<IssuedLetter> &letter) {
            if (!letter) {
                updateLetterButton();
                m_letterStatus->setText(tr("The letter was not issued."));
                showError(letter.error());
                return;
            }
            // Listed in the Letters tab from now on: the case view reads the
            // case again (this tab with it, which then says so).
            Q_EMIT caseChanged(caseId);
        });
}

void AppealsPanel::peerToPeerStep()
{
    const QString step = !m_p2p || !m_p2p->open() ? QStringLiteral("request") : m_p2p->status;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("peerToPeerDialog"));
    dialog.setWindowTitle(tr("Peer-to-peer on %1").arg(m_summary.reference));
    auto *form = new QFormLayout;
    auto *by = new QLineEdit;
    by->setObjectName(QStringLiteral("p2pRequestedBy"));
    auto *contact = new QLineEdit;
    contact->setObjectName(QStringLiteral("p2pContact"));
    auto *when = new QDateTimeEdit(QDateTime::currentDateTime());
    when->setObjectName(QStringLiteral("p2pWhen"));
    when->setCalendarPopup(true);
    auto *who = new QLineEdit;
    who->setObjectName(QStringLiteral("p2pParticipants"));
    auto *note = new QPlainTextEdit;
    note->setObjectName(QStringLiteral("p2pNote"));
    note->setTabChangesFocus(true);
    auto *result = new QComboBox;
    result->setObjectName(QStringLiteral("p2pResult"));
    result->addItem(tr("The decision stands"), QStringLiteral("stands"));
    result->addItem(tr("Change the decision to an approval"), QStringLiteral("approve"));
    result->addItem(tr("Change the decision: a new denial"), QStringLiteral("deny"));
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("p2pReason"));
    if (step == QLatin1String("request")) {
        form->addRow(tr("Requested &by:"), by);
        form->addRow(tr("&Contact:"), contact);
        form->addRow(tr("Requested &at:"), when);
    } else if (step == QLatin1String("requested")) {
        when->setDateTime(m_p2p->offerBy.toLocalTime().addSecs(-3600));
        form->addRow(tr("Offer the discussion &at:"), when);
        form->addRow(QString(), new QLabel(tr("Before %1 (%2)").arg(local(m_p2p->offerBy), m_p2p->offerRule)));
    } else if (step == QLatin1String("scheduled")) {
        form->addRow(tr("Held &at:"), when);
        form->addRow(tr("&Who took part:"), who);
        form->addRow(tr("&Note of what was said:"), note);
    } else {
        form->addRow(tr("&Result:"), result);
        form->addRow(tr("R&eason:"), reason);
    }
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("p2pError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("p2pOk"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        Status s = success();
        if (step == QLatin1String("request")) {
            auto r = PeerToPeers::request(*m_db, m_caseId, by->text(), contact->text(), when->dateTime().toUTC(), m_user);
            if (!r)
                s = Error{r.error()};
        } else if (step == QLatin1String("requested")) {
            s = PeerToPeers::schedule(*m_db, m_p2p->id, when->dateTime().toUTC(), m_user);
        } else if (step == QLatin1String("scheduled")) {
            s = PeerToPeers::hold(*m_db, m_p2p->id, when->dateTime().toUTC(), who->text(), note->toPlainText(), m_user);
        } else if (result->currentData().toString() == QLatin1String("stands")) {
            s = PeerToPeers::closeStanding(*m_db, m_p2p->id, m_user);
        } else {
            auto draft = DecisionDrafts::prepare(*m_db, m_library, m_caseId, result->currentData().toString(), QString(), m_user);
            if (!draft)
                s = Error{draft.error()};
            else {
                // The director's reason for the change is the new determination's rationale
                // (required when it goes against the criteria results).
                DeterminationInput in = draft->input;
                if (in.rationale.trimmed().isEmpty())
                    in.rationale = reason->text().trimmed();
                if (auto d = PeerToPeers::closeChanged(*m_db, m_p2p->id, in, reason->text(), m_user); !d)
                    s = Error{d.error()};
            }
        }
        if (!s) {
            error->setText(s.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT caseChanged(m_caseId);
    }
}

} // namespace pareview
