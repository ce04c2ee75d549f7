#include "PayerTableDialog.h"
#include "common/TableKeys.h"

#include "policy/PolicyLibrary.h"
#include "store/Database.h"
#include "store/PayerStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pareview {

namespace {

const QString kSeparator = QStringLiteral("; ");

QStringList split(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;,\\n]"))))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

// A new payer's id from its name: "Blue Cross Blue Shield" → "blue-cross-blue-shield".
QString idFor(const QString &name)
{
    QString id = name.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

} // namespace

PayerTableDialog::PayerTableDialog(std::shared_ptr<Database> db, const User &user, const PolicyLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_user(user)
    , m_library(library)
{
    setObjectName(QStringLiteral("payerTableDialog"));
    setWindowTitle(tr("Payer table"));

    auto *intro = new QLabel(tr("Which policies each payer's cases are reviewed under. A case is matched by its payer's "
                                "name or any of the other names (case and spacing ignored). A payer not in the table "
                                "gets every policy for the drug and line of business."));
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    tabLeavesTable(m_table);
    m_table->setObjectName(QStringLiteral("payerTable"));
    m_table->setAccessibleName(tr("Payers"));
    m_table->setHorizontalHeaderLabels({ tr("Payer"), tr("Other names (separated by ;)"), tr("Policies (ids, separated by ;)") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    QStringList known;
    for (const QString &id : m_library.ids())
        if (const auto versions = m_library.versions(id); !versions.isEmpty())
            known << QStringLiteral("%1 (%2 %3)").arg(id, versions.last()->payer, versions.last()->number);
    auto *policies = new QLabel(tr("Policies: %1").arg(known.join(QStringLiteral(", "))));
    policies->setObjectName(QStringLiteral("knownPolicies"));
    policies->setWordWrap(true);
    policies->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("payerTableMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000"));

    auto *add = new QPushButton(tr("&Add payer"));
    add->setObjectName(QStringLiteral("addPayer"));
    auto *remove = new QPushButton(tr("&Remove payer"));
    remove->setObjectName(QStringLiteral("removePayer"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, Name);
        m_table->setFocus();
        m_table->editItem(m_table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("payerTableButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePayers"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPayers"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(policies);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    auto table = PayerStore::load(*m_db);
    if (!table)
        m_message->setText(table.error());
    else
        for (const Payer &p : table->payers())
            addRow(p);
    resize(820, 420);
}

void PayerTableDialog::addRow(const Payer &payer)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(payer.name);
    name->setData(Qt::UserRole, payer.id); // kept across renames; empty for a new payer
    m_table->setItem(row, Name, name);
    m_table->setItem(row, Aliases, new QTableWidgetItem(payer.aliases.join(kSeparator)));
    m_table->setItem(row, Policies, new QTableWidgetItem(payer.policies.join(kSeparator)));
}

PayerTable PayerTableDialog::edited() const
{
    QVector<Payer> payers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text() : QString(); };
        Payer p;
        p.name = text(Name).simplified();
        p.id = m_table->item(row, Name) ? m_table->item(row, Name)->data(Qt::UserRole).toString() : QString();
        if (p.id.isEmpty())
            p.id = idFor(p.name);
        p.aliases = split(text(Aliases));
        p.policies = split(text(Policies));
        if (p.name.isEmpty() && p.aliases.isEmpty() && p.policies.isEmpty())
            continue; // a row added and left empty
        payers.append(p);
    }
    return PayerTable(payers);
}

void PayerTableDialog::accept()
{
    const Status saved = PayerStore::save(*m_db, edited(), m_library, m_user);
    if (!saved) {
        m_message->setText(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace pareview
