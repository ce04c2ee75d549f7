#pragma once

#include "letters/Letters.h"
#include "policy/PolicyLibrary.h"
#include "store/DecisionDraft.h"
#include "store/Review.h"
#include "store/Users.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QScrollArea;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace pareview {

class Database;
class LetterIssuing;

// A determination for the case under review: approve (period and quantity
// from the policy, the end date editable within it), deny (medical directors
// only; reasons prefilled from the criteria not met), pend for information
// (the missing items prefilled, a reply-by date) or refer (the target
// prefilled). The letter is previewed, marked DRAFT, while it is decided
// (rendered off the GUI thread), then recorded, then issued. The rationale
// is internal; the member reads the explanation, which the letter builds
// from the criteria results and the medical director may edit.
//
// On a case already determined nothing is recorded by accident: the dialog
// names the determination and letter in force, only a medical director may
// supersede them, with a reason and a confirmation that names what is
// superseded.
class DeterminationDialog final : public QDialog
{
    Q_OBJECT

public:
    DeterminationDialog(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, qint64 caseId,
                        const QString &policyId, QWidget *parent = nullptr);
    ~DeterminationDialog() override;

    void reject() override;

    // The case's row version as the person saw it: recording is refused,
    // saying who changed the case, when it changed since.
    void setCaseVersion(int rowVersion) { m_caseVersion = rowVersion; }
    // Its letter is being laid out for issuing (the dialog refuses to close meanwhile).
    bool issuing() const;
Q_SIGNALS:
    // What was recorded or issued, for the status bar.
    void statusMessage(const QString &text);

private:
    struct Rendered
    {
        int generation = 0;
        QString error;
        QString html; // the letter's text, written on the worker
        QVector<QImage> pages;
    };

    void loadCurrent();
    void prepare(const QString &outcome);
    DeterminationInput currentInput() const;
    void schedulePreview();
    void startPreview();
    void showPreview(const Rendered &rendered);
    void record();
    void issue();
    void issued(const Result<IssuedLetter> &letter);
    // The red line under the form; `about` is the input it asks for (this:
    // any input), and editing that input clears it once it is filled in.
    void showMessage(const QString &text, QWidget *about = nullptr);
    void inputEdited(QWidget *input, bool filled);
    void clearPreviewPages();
    void fitPagesToWidth();
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::shared_ptr<Database> m_db;
    User m_user;
    const PolicyLibrary &m_library;
    qint64 m_caseId;
    QString m_policyId;
    std::optional<DecisionDraft> m_draft;
    std::optional<StoredDetermination> m_current; // the final determination a supersede replaces
    QString m_currentText; // how the confirmation names it
    QString m_defaultExplanation; // as the letter builds it; stored only when edited
    bool m_recorded = false;
    std::optional<int> m_caseVersion;
    // This dialog's attempt: recording again after "unreachable while
    // saving" returns the determination already recorded, never a second.
    QString m_requestKey;
    int m_generation = 0; // of the latest preview asked for
    QFutureWatcher<Rendered> *m_watcher = nullptr;
    // The letter being laid out for issuing, on a worker; stored when it arrives.
    LetterIssuing *m_issuing = nullptr;

    QFormLayout *m_form;
    QLabel *m_currentLabel;
    QComboBox *m_outcome;
    QPlainTextEdit *m_rationale;
    QPlainTextEdit *m_explanation;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QDateEdit *m_replyBy;
    QLineEdit *m_reason;
    QLabel *m_reasonLabel;
    QLabel *m_terms;
    QLabel *m_message;
    QWidget *m_messageAbout = nullptr;
    QLabel *m_against; // the outcome goes against the recommendation: the director's rationale is required
    QPushButton *m_record;
    QPushButton *m_issue;
    QLabel *m_previewStatus;
    QTextBrowser *m_preview;
    QWidget *m_pdfView;
    QScrollArea *m_pdfScroll;
    QVector<QImage> m_pageImages; // as rendered; shown fitted to the width of the view
    QTimer *m_previewTimer;
};

} // namespace pareview
