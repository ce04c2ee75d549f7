#pragma once

// Windows and dialogs fit the screen they open on: at 1024×700 nothing
// reaches past the screen's edge (issue 10, point 13).

#include <QSize>

class QWidget;

namespace pareview {

// The space a window of `widget` may take: the available geometry of the
// screen it is on (or the primary screen), less a margin for the window
// frame.
QSize screenRoom(const QWidget *widget);

// Resizes `widget` to `preferred` (its size hint when empty), shrunk to
// screenRoom(). The person may still make it larger.
void fitToScreen(QWidget *widget, QSize preferred = QSize());

} // namespace pareview
