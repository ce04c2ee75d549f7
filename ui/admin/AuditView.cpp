#include "AuditView.h"
#include "common/TableKeys.h"

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pareview {

AuditView::AuditView(std::shared_ptr<Database> db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("auditView"));
    m_case = new QLineEdit;
    m_case->setObjectName(QStringLiteral("auditCaseFilter"));
    m_case->setPlaceholderText(tr("Case reference, e.g. PA-0000012 (empty: every case)"));
    auto *verifyButton = new QPushButton(tr("Verify the chain"));
    verifyButton->setObjectName(QStringLiteral("verifyAudit"));
    m_chain = new QLabel;
    m_chain->setObjectName(QStringLiteral("auditChainStatus"));
    m_table = new QTableWidget(0, 5);
    tabLeavesTable(m_table);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Who"), tr("Case"), tr("Action"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_case, 1);
    top->addWidget(verifyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chain);
    connect(m_case, &QLineEdit::returnPressed, this, &AuditView::reload);
    connect(verifyButton, &QPushButton::clicked, this, &AuditView::verify);
}

void AuditView::reload()
{
    QVariantMap values;
    // People know a case by its reference ("PA-0000012"), not its row id.
    QString sql = QStringLiteral("SELECT a.at, a.user_name, COALESCE(c.reference, CAST(a.case_id AS TEXT)), a.action, a.detail"
                                 " FROM audit_log a LEFT JOIN cases c ON c.id = a.case_id");
    bool ok = false;
    const qint64 caseId = m_case->text().trimmed().remove(QStringLiteral("PA-")).toLongLong(&ok);
    if (ok) {
        sql += QStringLiteral(" WHERE a.case_id = :c");
        values.insert(QStringLiteral("c"), caseId);
    }
    sql += QStringLiteral(" ORDER BY a.id DESC LIMIT 2000");
    auto q = m_db->exec(sql, values);
    m_table->setRowCount(0);
    if (!q) {
        m_chain->setText(q.error());
        return;
    }
    while (q->next()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < 5; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(q->value(c).toString()));
    }
    m_table->resizeColumnsToContents();
}

void AuditView::verify()
{
    auto head = AuditLog::verify(*m_db);
    m_chain->setText(head ? tr("The audit trail is whole: %1 rows, head %2.").arg(head->rows).arg(head->hash)
                          : tr("The audit trail is broken: %1").arg(head.error()));
}

} // namespace pareview
