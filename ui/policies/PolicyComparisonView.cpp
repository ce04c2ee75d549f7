#include "PolicyComparisonView.h"

#include "catalog/Catalog.h"
#include "policy/PolicyComparison.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pareview {

PolicyComparisonView::PolicyComparisonView(const PolicyLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("policyComparison"));
    m_drug = new QComboBox;
    m_drug->setObjectName(QStringLiteral("comparisonDrug"));
    // The catalog's drugs some policy covers, by name.
    QVector<const DrugDefinition *> drugs;
    for (const DrugDefinition &d : Catalog::current().drugs()) {
        bool covered = false;
        for (const QString &id : m_library.ids())
            for (const Policy *p : m_library.versions(id))
                covered = covered || p->coversDrug(d.id);
        if (covered)
            drugs.append(&d);
    }
    std::sort(drugs.begin(), drugs.end(), [](const DrugDefinition *a, const DrugDefinition *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const DrugDefinition *d : std::as_const(drugs))
        m_drug->addItem(d->name, d->id);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Drug:")));
    top->addWidget(m_drug);
    top->addWidget(new QLabel(tr("Rows where the policies differ are highlighted.")), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_drug, &QComboBox::currentIndexChanged, this, [this] { showDrug(m_drug->currentData().toString()); });
    showDrug(m_drug->currentData().toString());
}

void PolicyComparisonView::showDrug(const QString &drugId)
{
    const int index = m_drug->findData(drugId);
    if (index >= 0 && index != m_drug->currentIndex()) {
        m_drug->setCurrentIndex(index); // comes back here
        return;
    }
    QVector<const Policy *> current;
    for (const QString &id : m_library.ids())
        if (const Policy *p = m_library.inEffect(id, QDate::currentDate()))
            current.append(p);
    const PolicyComparison cmp = PolicyComparison::forDrug(current, drugId);
    // Row heights follow the wrapped cell texts. Fill the table first and size
    // the rows once: in ResizeToContents mode every label set one by one
    // measured every row again (rows² text layouts, four fifths of the
    // workstation's start-up; BENCHMARKS.md).
    QHeaderView *rowHeader = m_table->verticalHeader();
    rowHeader->setSectionResizeMode(QHeaderView::Interactive);
    m_table->clear();
    m_table->setColumnCount(int(cmp.policies.size()));
    m_table->setRowCount(int(cmp.rows.size()));
    m_table->setHorizontalHeaderLabels(cmp.policies);
    QStringList topics;
    for (int r = 0; r < cmp.rows.size(); ++r) {
        const ComparisonRow &row = cmp.rows[r];
        topics << row.topic;
        for (int c = 0; c < row.cells.size(); ++c) {
            auto *item = new QTableWidgetItem(row.cells[c].isEmpty() ? tr("—") : row.cells[c]);
            if (row.differs)
                item->setBackground(QColor(0xff, 0xf3, 0xcd));
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(topics);
    rowHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
}

} // namespace pareview
