#include "WorklistView.h"
#include "common/PlainTextDelegate.h"
#include "common/TableKeys.h"

#include "WorklistModel.h"

#include "AssignDialog.h"
#include "common/UserSettings.h"

#include "review/CaseWorkflow.h"
#include "store/Assignment.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/PayerStore.h"
#include "store/Presence.h"
#include "store/Review.h"
#include "common/StatusText.h"
#include "catalog/Catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QApplication>
#include <QGuiApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QTableView>
#include <QScrollBar>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

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
    m_queue->addItem(tr("Appeals due"), int(WorklistFilter::Queue::AppealsDue));
    m_queue->addItem(tr("Peer-to-peer open"), int(WorklistFilter::Queue::PeerToPeerOpen));

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &code : caseStatusCodes())
        m_status->addItem(caseStatusText(code), code);

    m_drug = new QComboBox;
    m_drug->setObjectName(QStringLiteral("drugFilter"));
    m_drug->addItem(tr("Any drug"), QString());
    QVector<const DrugDefinition *> drugs;
    for (const DrugDefinition &d : Catalog::current().drugs())
        drugs.append(&d);
    std::sort(drugs.begin(), drugs.end(), [](const DrugDefinition *a, const DrugDefinition *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const DrugDefinition *d : std::as_const(drugs))
        m_drug->addItem(d->name, d->id);

    m_payer = new QComboBox;
    m_payer->setObjectName(QStringLiteral("payerFilter"));
    m_payer->setAccessibleName(tr("Payer"));
    loadPayerFilter();

    m_overdue = new QCheckBox(tr("Overdue only"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("worklistSearch"));
    m_search->setPlaceholderText(tr("Search: member name, member ID or case (PA-…)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(MinimumSearchWidth);

    setUpWorkActions();
    setAccessibleNames();

    // The queue, the search and the work buttons on one row, the filters on
    // the next: at 1024 pixels wide neither squeezes the search box. Each
    // box has its label as buddy: on Linux a screen reader names a combo box
    // by its label (its own name is the current item).
    auto labelled = [](QHBoxLayout *row, const QString &text, QWidget *field, int stretch = 0) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, stretch);
    };
    auto *top = new QHBoxLayout;
    labelled(top, tr("S&how"), m_queue);
    labelled(top, tr("&Search"), m_search, 1);
    top->addWidget(m_claim);
    top->addWidget(m_assign);
    auto *filters = new QHBoxLayout;
    labelled(filters, tr("S&tatus"), m_status);
    labelled(filters, tr("&Drug"), m_drug);
    labelled(filters, tr("&Payer"), m_payer);
    filters->addWidget(m_overdue);
    filters->addStretch(1);

    m_table = new QTableView;
    tabLeavesTable(m_table);
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setModel(m_model);
    // Its cells are one line of text each: laid out once when painted
    // (PlainTextDelegate), not three times.
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorklistModel::DueBy, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A selected row selects every column: QTableView would set every
    // header label in bold, which says nothing and cuts the labels of
    // narrow columns ("ID del afiliado").
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("worklistCount"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("worklistMessage"));
    m_message->setWordWrap(true);
    m_table->setAccessibleName(tr("Cases"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_message, 1);
    layout->addLayout(bottom);
    // Focus follows the layout: queue, search, the work buttons, the
    // filters, the list.
    setTabOrder(m_queue, m_search);
    setTabOrder(m_search, m_claim);
    setTabOrder(m_claim, m_assign);
    setTabOrder(m_assign, m_status);
    setTabOrder(m_status, m_drug);
    setTabOrder(m_drug, m_payer);
    setTabOrder(m_payer, m_overdue);
    setTabOrder(m_overdue, m_table);

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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorklistView::updateWorkActions);
    // A page loaded as the list scrolls gets its "open by" marks too.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WorklistView::showOpenElsewhere);
    applyFilter();
    setUpColumns();
}

WorklistView::~WorklistView() = default;

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
    updateCount();
    showOpenElsewhere();
    updateWorkActions();
}

void WorklistView::updateCount()
{
    // Bounded: counting every matching row is linear in the store (BENCHMARKS.md).
    auto total = Worklist::count(*m_db, m_model->filter(), Worklist::CountShownUpTo + 1);
    if (!total)
        m_count->setText(total.error());
    else if (total.value() > Worklist::CountShownUpTo)
        m_count->setText(tr("more than %1 cases").arg(QLocale().toString(Worklist::CountShownUpTo)));
    else
        m_count->setText(tr("%n case(s)", nullptr, int(total.value())));
}

void WorklistView::reload()
{
    loadPayerFilter(); // new cases, or an edited payer table
    applyFilter();
}

void WorklistView::refresh()
{
    // Out of sight (a case open, the screen locked): once, when shown again.
    m_stale = !isVisible();
    if (m_stale)
        return;
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected = current.isValid() ? m_model->caseId(current.row()) : 0;
    const int column = current.isValid() ? current.column() : 0;
    const int loaded = m_model->rowCount();
    const int scroll = m_table->verticalScrollBar()->value();
    const int hscroll = m_table->horizontalScrollBar()->value();
    // The filter boxes stay as they are (one may be open in the person's
    // hand); reload() refills them after this workstation's own changes.
    m_model->reload();
    // As many rows as were loaded, so the place scrolled to is still there.
    while (m_model->rowCount() < loaded && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (selected) {
        const QVector<qint64> ids = m_model->loadedCaseIds();
        if (const int row = int(ids.indexOf(selected)); row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->verticalScrollBar()->setValue(scroll);
    m_table->horizontalScrollBar()->setValue(hscroll);
    updateCount();
    showOpenElsewhere();
    updateWorkActions();
}

void WorklistView::setPresence(Presence *presence)
{
    m_presence = presence;
    showOpenElsewhere();
}

void WorklistView::showOpenElsewhere()
{
    if (!m_presence)
        return;
    auto open = m_presence->othersOn(m_model->loadedCaseIds());
    // Unreadable (server unreachable): the marks stay as they were.
    if (open)
        m_model->setOpenElsewhere(open.value());
}

void WorklistView::setUpWorkActions()
{
    m_claim = new QPushButton(tr("&Claim next case"));
    m_claim->setObjectName(QStringLiteral("claimNextButton"));
    m_claim->setToolTip(tr("Take the unassigned case due first and open it"));
    // Who may claim is the store's rule (Review::claimNext); the button is
    // offered to the roles it lets through.
    // Hidden, not setVisible(true): on a button without a parent yet that
    // would make it a window of its own, laid out and shown, until the
    // layout takes it.
    if (m_user.role != Role::ClinicalReviewer && m_user.role != Role::MedicalDirector)
        m_claim->hide();
    connect(m_claim, &QPushButton::clicked, this, &WorklistView::claimNext);

    m_assign = new QPushButton(tr("&Assign to…"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setToolTip(tr("Give the selected case to a reviewer or medical director"));
    if (!Assignment::mayAssignOthers(m_user))
        m_assign->hide();
    m_assign->setEnabled(false);
    connect(m_assign, &QPushButton::clicked, this, &WorklistView::assignSelected);
}

void WorklistView::setAccessibleNames()
{
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setAccessibleDescription(tr("Any word of the member's name, the start of a member ID, or a case reference"));
    m_queue->setAccessibleName(tr("Queue"));
    m_status->setAccessibleName(tr("Status filter"));
    m_drug->setAccessibleName(tr("Drug filter"));
    m_payer->setAccessibleName(tr("Payer filter"));
    m_overdue->setAccessibleName(tr("Overdue only"));
    m_claim->setAccessibleName(tr("Claim next case"));
    m_assign->setAccessibleName(tr("Assign the selected case"));
}

void WorklistView::updateWorkActions()
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_assign->setEnabled(false);
        m_assign->setToolTip(tr("Give the selected case to a reviewer or medical director"));
        return;
    }
    // The workflow's rule (the one Assignment::assign applies): a nurse's
    // draft is not offered, and the reason is in sight.
    const auto whyNot = CaseWorkflow::whyNot(CaseAction::Assign, m_model->row(current.row()).status, m_user);
    m_assign->setEnabled(!whyNot);
    m_assign->setToolTip(whyNot ? tr("Not assigned: %1").arg(*whyNot) : tr("Give the selected case to a reviewer or medical director"));
    m_assign->setStatusTip(whyNot.value_or(QString()));
}

void WorklistView::claimNext()
{
    if (m_claimKey.isEmpty())
        m_claimKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto claimed = Review::claimNext(*m_db, m_user, m_claimKey);
    if (claimed)
        m_claimKey.clear(); // done: the next click claims another case
    if (!claimed) {
        m_message->setText(tr("Not claimed: %1").arg(claimed.error()));
        Q_EMIT statusMessage(m_message->text());
        return;
    }
    if (!claimed.value()) {
        m_message->setText(tr("Nothing to claim: no unassigned case is waiting for review."));
        Q_EMIT statusMessage(m_message->text());
        return;
    }
    const qint64 id = *claimed.value();
    auto summary = CaseStore::summary(*m_db, id);
    const QString reference = summary ? summary->reference : QString::number(id);
    m_message->setText(tr("You claimed %1.").arg(reference));
    reload();
    // The claimed case is the selected row when the person comes back.
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->caseId(row) == id)
            m_table->setCurrentIndex(m_model->index(row, WorklistModel::Reference));
    Q_EMIT openCase(id);
    Q_EMIT statusMessage(tr("You claimed %1; it is open for review.").arg(reference));
}

void WorklistView::assignSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = m_model->caseId(current.row());
    if (!id)
        return;
    const QString reference = m_model->index(current.row(), WorklistModel::Reference).data().toString();
    const QString assignee = m_model->row(current.row()).assignee;
    auto people = Assignment::candidates(*m_db, m_user);
    if (!people) {
        m_message->setText(people.error());
        return;
    }
    AssignDialog dialog(reference, people.value(), assignee, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 to = dialog.chosen();
    if (auto s = Assignment::assign(*m_db, id, to, m_user); !s) {
        m_message->setText(tr("Not assigned: %1").arg(s.error()));
        return;
    }
    QString name;
    for (const User &u : people.value())
        if (u.id == to)
            name = u.displayName.isEmpty() ? u.name : u.displayName;
    m_message->setText(tr("%1 assigned to %2.").arg(reference, name));
    reload();
}

void WorklistView::setUpColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(MinimumColumnWidth);
    const QByteArray saved = UserSettings(m_user.name).value(QStringLiteral("worklistColumns")).toByteArray();
    if (saved.isEmpty() || !header->restoreState(saved))
        m_table->resizeColumnsToContents();
    // The person's widths are kept for them, a moment after the last drag.
    m_saveColumns = new QTimer(this);
    m_saveColumns->setSingleShot(true);
    m_saveColumns->setInterval(400);
    connect(m_saveColumns, &QTimer::timeout, this, [this] {
        UserSettings(m_user.name).setValue(QStringLiteral("worklistColumns"), m_table->horizontalHeader()->saveState());
    });
    // Only a width the person set (a drag or double-click on the header),
    // not one the view chose when fitting or stretching.
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_saveColumns->start();
    });
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);
}

void WorklistView::fitColumns()
{
    // Every column stays within the view. Wider than it together, the widest
    // are narrowed to a common cap and the narrow ones keep their width:
    // "PA-0000011" stays whole, a long payer name is elided.
    QHeaderView *header = m_table->horizontalHeader();
    const int room = m_table->viewport()->width();
    QVector<int> columns;
    int total = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c)) {
            columns << c;
            total += header->sectionSize(c);
        }
    if (room <= 0 || total <= room || columns.isEmpty())
        return;
    // The largest cap at which the columns fit.
    int low = MinimumColumnWidth, high = room;
    while (low < high) {
        const int cap = (low + high + 1) / 2;
        int sum = 0;
        for (int c : std::as_const(columns))
            sum += qMin(header->sectionSize(c), cap);
        if (sum <= room)
            low = cap;
        else
            high = cap - 1;
    }
    m_fitting = true;
    for (int c : std::as_const(columns))
        if (header->sectionSize(c) > low)
            header->resizeSection(c, low);
    m_fitting = false;
}

bool WorklistView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &WorklistView::fitColumns);
    // Down from the search goes into the list, on its first row: search,
    // then Down, then Enter opens the case.
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        m_table->setCurrentIndex(m_model->index(0, WorklistModel::Member));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void WorklistView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    // The worklist opens ready to search.
    if (!isAncestorOf(QApplication::focusWidget()))
        m_search->setFocus(Qt::OtherFocusReason);
}

} // namespace pareview
