#pragma once

// Opening a case from the worklist as a person does in the GUI tests: the
// queue chosen in its box with the arrow keys, a name typed into the search
// box, the row clicked, Enter; then the case view is shown. Each step
// returns what went wrong (empty when it worked), for QVERIFY_OPENED.

#include "testsupport.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

// Fails the test with the helper's reason when it returns one.
#define QVERIFY_OPENED(expr)                                                                                                               \
    do {                                                                                                                                   \
        const QString whyNot_ = (expr);                                                                                                    \
        QVERIFY2(whyNot_.isEmpty(), qPrintable(whyNot_));                                                                                  \
    } while (false)

namespace testsupport {

// The worklist's queue box on `queue` ("All cases", "Appeals due"), by keys.
inline QString chooseQueue(QWidget *window, const QString &queue)
{
    auto *filter = window->findChild<QComboBox *>(QStringLiteral("queueFilter"));
    if (!filter)
        return QStringLiteral("no queue box (queueFilter)");
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Home);
    while (filter->currentText() != queue && filter->currentIndex() < filter->count() - 1)
        QTest::keyClick(filter, Qt::Key_Down);
    return filter->currentText() == queue ? QString() : QStringLiteral("the queue box has no \"%1\"").arg(queue);
}

// `text` typed into the worklist's search box, what was there selected and replaced.
inline QString searchWorklist(QWidget *window, const QString &text)
{
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("worklistSearch"));
    if (!search)
        return QStringLiteral("no search box (worklistSearch)");
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    QTest::keyClicks(search, text);
    return {};
}

// The worklist row with a cell reading `rowText` (or, with an empty
// `rowText`, the one row listed) clicked, then Enter. Nothing is waited for
// after: a nurse's draft opens in the intake form, a case in the case view.
inline QString activateWorklistRow(QWidget *window, const QString &rowText)
{
    auto *table = window->findChild<QTableView *>(QStringLiteral("worklistTable"));
    if (!table)
        return QStringLiteral("no worklist (worklistTable)");
    int row = -1;
    const bool found = QTest::qWaitFor([&] {
        const QAbstractItemModel *model = table->model();
        if (rowText.isEmpty()) {
            row = model->rowCount() == 1 ? 0 : -1;
            return row == 0;
        }
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->index(r, c).data().toString() == rowText)
                    row = r;
        return row >= 0;
    }, 10000);
    if (!found)
        return rowText.isEmpty() ? QStringLiteral("the worklist lists %1 rows, not one").arg(table->model()->rowCount())
                                 : QStringLiteral("no worklist row reads \"%1\"").arg(rowText);
    clickRow(table, table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    return {};
}

// The case whose row reads `rowText` opened: in `queue` when given, after
// typing `search` when given; the case view is shown after.
inline QString openCase(QWidget *window, const QString &rowText, const QString &queue = QString(), const QString &search = QString())
{
    if (!queue.isEmpty())
        if (QString e = chooseQueue(window, queue); !e.isEmpty())
            return e;
    if (!search.isEmpty())
        if (QString e = searchWorklist(window, search); !e.isEmpty())
            return e;
    if (QString e = activateWorklistRow(window, rowText); !e.isEmpty())
        return e;
    const bool shown = QTest::qWaitFor([&] {
        auto *view = window->findChild<QWidget *>(QStringLiteral("caseView"));
        return view && view->isVisible();
    }, 10000);
    return shown ? QString() : QStringLiteral("the case view did not open for \"%1\"").arg(rowText.isEmpty() ? search : rowText);
}

} // namespace testsupport
