#include "PolicyBrowser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>

namespace pareview {

namespace {
enum Role { TextRole = Qt::UserRole + 1 };

void addCriteria(QTreeWidgetItem *parent, const QVector<Criterion> &criteria)
{
    for (const Criterion &c : criteria) {
        auto *item = new QTreeWidgetItem(parent, {c.fullLabel, c.text});
        item->setData(0, TextRole, c.text);
        if (c.documentation)
            item->setToolTip(0, PolicyBrowser::tr("Documentation required"));
        addCriteria(item, c.children);
    }
}
} // namespace

PolicyBrowser::PolicyBrowser(const PolicyLibrary &library, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("policyBrowser"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("policyTree"));
    m_tree->setHeaderLabels({tr("Criterion"), tr("Policy text")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const QString &id : library.ids()) {
        for (const Policy *p : library.versions(id)) {
            auto *top = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 %2").arg(p->payer, p->number),
                                                     tr("%1 (version %2)").arg(p->title, p->version)});
            for (const Pathway &pw : p->pathways) {
                auto *path = new QTreeWidgetItem(top, {pw.id, pw.title});
                path->setData(0, TextRole, pw.title);
                addCriteria(path, pw.criteria);
            }
        }
    }
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("criterionText"));
    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PolicyBrowser::showSelected);
}

void PolicyBrowser::showSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    m_detail->setPlainText(item->text(0) + QStringLiteral("\n\n") + item->data(0, TextRole).toString());
}

} // namespace pareview
