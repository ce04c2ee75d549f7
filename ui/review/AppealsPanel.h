#pragma once

#include "letters/Letters.h"
#include "policy/PolicyLibrary.h"
#include "store/Appeals.h"
#include "store/CaseStore.h"
#include "store/PeerToPeer.h"
#include "store/Users.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pareview {

class Database;
class LetterIssuing;

// The case view's Appeals tab. On a case with a final determination: the
// appeals filed against it (File appeal…) and its peer-to-peer discussion,
// step by step. On an appeal's own case: the appeal (who filed it, when,
// its clock and rule, lateness), the criteria of the decision appealed
// beside the criteria now and what changed, Decide appeal… and its letter
// (Save letter…). The rules are the model's: a refusal shows its reason.
class AppealsPanel final : public QWidget
{
    Q_OBJECT

public:
    AppealsPanel(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, QWidget *parent = nullptr);

    // `currentSnapshot`: the case's criteria as the reviewer sees them now (JSON), for the comparison.
    void setCase(qint64 caseId, const CaseSummary &summary, const QString &currentSnapshot);
    bool isAppealCase() const { return m_appeal.has_value(); }
    // On an appeal's case, what the case is, for the banner above the
    // criteria: "Appeal AP-… of PA-… (the denial of 3 Dec 2026) · level 1,
    // the plan's internal appeal · expedited · due …"; empty otherwise.
    QString appealSummary() const;
    // The appeal letter is being laid out (stored when it is done).
    bool issuing() const;

Q_SIGNALS:
    void caseChanged(qint64 caseId);
    void openCaseRequested(qint64 caseId);

private:
    void reload();
    void fileAppeal();
    void decideAppeal();
    void issueLetter();
    void updateLetterButton();
    void peerToPeerStep();
    void showError(const QString &text);

    std::shared_ptr<Database> m_db;
    User m_user;
    const PolicyLibrary &m_library;
    qint64 m_caseId = 0;
    CaseSummary m_summary;
    QString m_snapshot;
    std::optional<Appeal> m_appeal;
    QVector<Appeal> m_against;
    std::optional<PeerToPeer> m_p2p;

    QLabel *m_info;
    QTableWidget *m_table; // appeals against the case, or the criteria before and now
    QLabel *m_p2pInfo;
    QPushButton *m_file;
    QPushButton *m_openOther;
    QPushButton *m_decide;
    QPushButton *m_letter;
    QComboBox *m_letterLanguage;
    QLabel *m_letterStatus;
    LetterIssuing *m_issuing;
    QVector<IssuedLetter> m_appealLetters; // of the appeal shown
    QPushButton *m_p2pButton;
    QLabel *m_message;
};

} // namespace pareview
