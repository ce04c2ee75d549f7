#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace pareview {

QSize screenRoom(const QWidget *widget)
{
    QScreen *screen = widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    // Title bar and borders are the window manager's, outside the widget.
    const QSize frame(16, 48);
    return screen->availableGeometry().size() - frame;
}

void fitToScreen(QWidget *widget, QSize preferred)
{
    const QSize room = screenRoom(widget);
    if (!preferred.isValid())
        preferred = widget->sizeHint();
    widget->resize(preferred.boundedTo(room));
}

} // namespace pareview
