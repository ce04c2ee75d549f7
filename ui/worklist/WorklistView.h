#pragma once

#include "store/Users.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;
class QCheckBox;
class QPushButton;
class QTimer;

namespace pareview {

class Database;
class Presence;
class WorklistModel;

// The queue: "My cases", "Unassigned", "Awaiting medical director" or all,
// filtered by status, drug and payer, searched by any word of the member's
// name, a member id or a case reference. Reviewers claim the next case from
// here; medical directors and administrators assign a case to someone.
class WorklistView final : public QWidget
{
    Q_OBJECT

public:
    WorklistView(std::shared_ptr<Database> db, const User &user, QWidget *parent = nullptr);
    ~WorklistView() override;

    static constexpr int MinimumSearchWidth = 260;
    static constexpr int MinimumColumnWidth = 48;

    WorklistModel *model() const { return m_model; }
    void reload();
    // Shows what others changed: the same filter, the same case selected,
    // the list scrolled where it was (ChangeWatcher::changed).
    void refresh();
    // Cases other workstations have open are marked (MainWindow's Presence).
    void setPresence(Presence *presence);

Q_SIGNALS:
    void openCase(qint64 caseId);
    // What a step did, for the status bar ("You claimed PA-0000003").
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void loadPayerFilter();
    // Claim next case, Assign to… and the line that says what they did.
    void setUpWorkActions();
    void updateWorkActions();
    void claimNext();
    void assignSelected();
    void setAccessibleNames();
    // Column widths: the person's own (UserSettings), always within the view.
    void setUpColumns();
    void fitColumns();
    void updateCount();
    void showOpenElsewhere();

    std::shared_ptr<Database> m_db;
    User m_user;
    WorklistModel *m_model = nullptr;
    QComboBox *m_queue = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_drug = nullptr;
    QComboBox *m_payer = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_assign = nullptr;
    QTimer *m_saveColumns = nullptr;
    bool m_fitting = false;
    Presence *m_presence = nullptr;
    bool m_stale = false; // others changed the store while this was hidden
    // Names the claim being tried: a retry after "unreachable while saving"
    // gets the case the first try claimed (Review::claimNext).
    QString m_claimKey;
};

} // namespace pareview
