#pragma once

#include "policy/PolicyLibrary.h"

#include <QMainWindow>

class QTreeWidget;
class QTextBrowser;

namespace pareview {

// The workstation's main window. Until the case store and worklist exist it
// shows the policy library: every policy, its pathways and criteria in the
// policy's own numbering and words.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(PolicyLibrary library, QWidget *parent = nullptr);

private:
    void showSelected();

    PolicyLibrary m_library;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_detail = nullptr;
};

} // namespace pareview
