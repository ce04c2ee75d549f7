#include "common/StoreCheckNotice.h"

#include "store/StoreCheck.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>

namespace pareview {

void StoreCheckNotice::showFailure(QMainWindow *window, const QString &problem)
{
    auto *banner = new QToolBar(window);
    banner->setObjectName(QStringLiteral("storeCheckBanner"));
    banner->setMovable(false);
    banner->setFloatable(false);
    banner->toggleViewAction()->setEnabled(false); // not one to hide
    banner->setStyleSheet(QStringLiteral("QToolBar { background: #a40000; border: none; padding: 4px; }"));
    auto *text = new QLabel(tr("<b>The case store failed its integrity check</b> (%1). It is read-only: nothing can be saved. "
                                        "Close pareview and restore the last backup.")
                                .arg(problem.toHtmlEscaped()));
    text->setObjectName(QStringLiteral("storeCheckProblem"));
    text->setWordWrap(true);
    text->setStyleSheet(QStringLiteral("color: white;"));
    text->setAccessibleName(tr("Store integrity problem"));
    banner->addWidget(text);
    window->addToolBar(Qt::TopToolBarArea, banner);
    window->insertToolBarBreak(banner);
}

void StoreCheckNotice::attach(QMainWindow *window, StoreCheck *check)
{
    if (!check)
        return;
    if (check->state() == StoreCheck::State::Failed) {
        showFailure(window, check->problem());
        return;
    }
    if (check->state() == StoreCheck::State::Passed)
        return;
    auto *note = new QLabel(tr("Checking the case store… read-only until it passes"));
    note->setObjectName(QStringLiteral("storeCheckNote"));
    window->statusBar()->addPermanentWidget(note);
    QObject::connect(check, &StoreCheck::passed, note, [window, note] {
        window->statusBar()->removeWidget(note);
        note->deleteLater();
        window->statusBar()->showMessage(tr("Case store checked: no problems found."), 5000);
    });
    QObject::connect(check, &StoreCheck::failed, note, [window, note](const QString &problem) {
        window->statusBar()->removeWidget(note);
        note->deleteLater();
        showFailure(window, problem);
    });
}

} // namespace pareview
