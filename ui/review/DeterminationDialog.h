#pragma once

#include "policy/PolicyLibrary.h"
#include "store/DecisionDraft.h"
#include "store/Users.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace pareview {

class Database;

// A determination for the case under review: approve (period and quantity
// from the policy, the end date editable within it), deny (medical directors
// only; reasons prefilled from the criteria not met), pend for information
// (the missing items prefilled, a reply-by date) or refer (the target
// prefilled). The letter is shown before it is issued.
class DeterminationDialog final : public QDialog
{
    Q_OBJECT

public:
    DeterminationDialog(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, qint64 caseId,
                        const QString &policyId, QWidget *parent = nullptr);

    // The steps, also for tests: prepare a draft, record it, issue its letter.
    QString prepare(const QString &outcome);
    QString record();
    QString issue();
    const std::optional<DecisionDraft> &draft() const { return m_draft; }
    QString previewHtml() const;
    // Pages of the letter's PDF shown in the preview, as they will be printed.
    int previewPages() const { return m_pdfPages; }

private:
    std::shared_ptr<Database> m_db;
    User m_user;
    const PolicyLibrary &m_library;
    qint64 m_caseId;
    QString m_policyId;
    std::optional<DecisionDraft> m_draft;
    bool m_recorded = false;

    QComboBox *m_outcome;
    QPlainTextEdit *m_rationale;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QDateEdit *m_replyBy;
    QLabel *m_terms;
    QLabel *m_message;
    QPushButton *m_record;
    QPushButton *m_issue;
    QTextBrowser *m_preview;
    class QWidget *m_pdfView;
    int m_pdfPages = 0;
};

} // namespace pareview
