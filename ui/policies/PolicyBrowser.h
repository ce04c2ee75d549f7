#pragma once

#include "policy/PolicyLibrary.h"

#include <QWidget>

class QTreeWidget;
class QTextBrowser;

namespace pareview {

// Every policy in the library, its pathways and criteria in the policy's own
// numbering and words.
class PolicyBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyBrowser(const PolicyLibrary &library, QWidget *parent = nullptr);

private:
    void showSelected();

    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_detail = nullptr;
};

} // namespace pareview
