#pragma once

// Tab leaves a table for the next control of the window instead of walking
// its cells. QTableView walks them by default and wraps from the last cell
// to the first, so a person on the keyboard could never leave a table (nor
// reach the fields a table holds, such as the intake form's lab rows, in
// the order of the layout). The arrow keys still move between cells.

#include <QAbstractItemView>

namespace pareview {

inline void tabLeavesTable(QAbstractItemView *table)
{
    table->setTabKeyNavigation(false);
}

} // namespace pareview
