#pragma once

// What a window shows of the store's background integrity check
// (model/store/StoreCheck): a note in the status bar while it runs (the
// store is read-only meanwhile), and on failure a red banner across the top
// of the window that stays.

#include <QCoreApplication>

class QMainWindow;
class QString;

namespace pareview {

class StoreCheck;

class StoreCheckNotice
{
    Q_DECLARE_TR_FUNCTIONS(StoreCheckNotice)

public:
    static void attach(QMainWindow *window, StoreCheck *check);

private:
    static void showFailure(QMainWindow *window, const QString &problem);
};

} // namespace pareview
