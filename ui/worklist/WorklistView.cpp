#include "WorklistView.h"

#include "WorklistModel.h"

#include "store/Database.h"
#include "store/PayerStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pareview {

WorklistView::WorklistView(std::shared_ptr<Database> db, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_user(user)
{
    setObjectName(QStringLiteral("worklistView"));
    m_model = new WorklistModel(m_db, this);

    m_queue = new QComboBox;
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    m_queue->addItem(tr("All cases"), int(WorklistFilter::Queue::All));
    m_queue->addItem(tr("My cases"), int(WorklistFilter::Queue::Mine));
    m_queue->addItem(tr("Unassigned"), int(WorklistFilter::Queue::Unassigned));
    m_queue->addItem(tr("Awaiting medical director"), int(WorklistFilter::Queue::AwaitingMedicalDirector));

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"intake", "in-review", "awaiting-medical-director", "pended", "determined", "letter-issued", "withdrawn"})
        m_status->addItem(QString::fromLatin1(s), QString::fromLatin1(s));

    m_drug = new QComboBox;
    m_drug->setObjectName(QStringLiteral("drugFilter"));
    m_drug->addItem(tr("Any drug"), QString());
    m_drug->addItem(QStringLiteral("Hemgenix"), QStringLiteral("hemgenix"));
    m_drug->addItem(QStringLiteral("Roctavian"), QStringLiteral("roctavian"));
    m_drug->addItem(QStringLiteral("Sevenfact"), QStringLiteral("sevenfact"));
    m_drug->addItem(QStringLiteral("NovoSeven RT"), QStringLiteral("novoseven-rt"));

    m_payer = new QComboBox;
    m_payer->setObjectName(QStringLiteral("payerFilter"));
    m_payer->setAccessibleName(tr("Payer"));
    loadPayerFilter();

    m_overdue = new QCheckBox(tr("Overdue only"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("worklistSearch"));
    m_search->setPlaceholderText(tr("Search member name or ID"));
    m_search->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_queue);
    filters->addWidget(m_status);
    filters->addWidget(m_drug);
    filters->addWidget(m_payer);
    filters->addWidget(m_overdue);
    filters->addWidget(m_search, 1);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorklistModel::DueBy, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("worklistCount"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    for (QComboBox *box : {m_queue, m_status, m_drug, m_payer})
        connect(box, &QComboBox::currentIndexChanged, this, &WorklistView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &WorklistView::applyFilter);
    // Search as you type, without a query per key stroke.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &WorklistView::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &WorklistView::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->caseId(index.row()))
            Q_EMIT openCase(id);
    });
    applyFilter();
    m_table->resizeColumnsToContents();
}

// One entry per payer of the payer table, whatever names its cases carry.
void WorklistView::loadPayerFilter()
{
    const QString current = m_payer->currentText();
    m_payer->blockSignals(true);
    m_payer->clear();
    m_payer->addItem(tr("Any payer"), QStringList());
    if (auto entries = PayerStore::filterEntries(*m_db))
        for (const PayerFilterEntry &e : entries.value())
            m_payer->addItem(e.label, e.caseNames);
    m_payer->setCurrentIndex(qMax(0, m_payer->findText(current)));
    m_payer->blockSignals(false);
}

void WorklistView::applyFilter()
{
    WorklistFilter f;
    f.queue = WorklistFilter::Queue(m_queue->currentData().toInt());
    f.currentUser = m_user.id;
    f.status = m_status->currentData().toString();
    f.drug = m_drug->currentData().toString();
    f.payers = m_payer->currentData().toStringList();
    f.overdueOnly = m_overdue->isChecked();
    f.search = m_search->text();
    m_model->setFilter(f);
    auto total = Worklist::count(*m_db, f);
    m_count->setText(total ? tr("%n case(s)", nullptr, int(total.value())) : total.error());
}

void WorklistView::reload()
{
    loadPayerFilter(); // new cases, or an edited payer table
    applyFilter();
}

} // namespace pareview
