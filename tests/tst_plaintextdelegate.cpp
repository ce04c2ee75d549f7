// The worklist's delegate (ui/common/PlainTextDelegate) lays each cell's
// text out once instead of three times: the table it paints must be the
// table Qt's own delegate paints, pixel for pixel, whatever the cells hold.

#include "common/PlainTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlainTextDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsAsQtDoes_data();
    void paintsAsQtDoes();
};

namespace {

// The rows of a worklist-like table: plain text, long text in narrow
// columns, numbers to the right, coloured and bold cells, accents, a check
// box and an icon (those two left to Qt), an empty cell.
void fill(QStandardItemModel &model)
{
    const QStringList texts = {
        u"PA-0000008"_s, u"Marcus Bell"_s, u"Superior HealthPlan (Centene) with a long plan name"_s,
        u"awaiting medical director"_s, u"5 Dec 2026 15:16:45"_s, u"Jos\u00e9 Pe\u00f1a Nu\u00f1ez"_s,
        u"\u2265 18 a\u00f1os"_s, QString(), u"expedited"_s, u"(unassigned)"_s,
        u"two\u2029paragraphs"_s, u"two\nlines"_s,
    };
    model.setColumnCount(5);
    for (int row = 0; row < 8; ++row) {
        QList<QStandardItem *> items;
        for (int column = 0; column < 5; ++column) {
            auto *item = new QStandardItem(texts[(row * 3 + column) % texts.size()]);
            if (column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row == 2 && column == 1)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            if (row == 3 && column == 0)
                item->setBackground(QColor(0xff, 0xf4, 0xce));
            if (row == 4 && column == 2) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (row == 5 && column == 3) {
                item->setCheckable(true);
                item->setCheckState(Qt::Checked);
            }
            if (row == 6 && column == 1) {
                QPixmap dot(8, 8);
                dot.fill(Qt::darkGreen);
                item->setIcon(QIcon(dot));
            }
            items << item;
        }
        model.appendRow(items);
    }
}

QImage render(QTableView &view)
{
    view.viewport()->update();
    return view.grab().toImage();
}

} // namespace

void TestPlainTextDelegate::paintsAsQtDoes_data()
{
    QTest::addColumn<int>("elideMode");
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("columnWidth");
    QTest::addColumn<bool>("alternating");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("active"); // the view's window has the focus

    QTest::newRow("elide right, wide") << int(Qt::ElideRight) << int(Qt::LeftToRight) << 180 << true << true << true;
    QTest::newRow("elide right, narrow") << int(Qt::ElideRight) << int(Qt::LeftToRight) << 61 << true << true << true;
    QTest::newRow("elide middle") << int(Qt::ElideMiddle) << int(Qt::LeftToRight) << 75 << false << true << true;
    QTest::newRow("elide left") << int(Qt::ElideLeft) << int(Qt::LeftToRight) << 90 << true << true << true;
    QTest::newRow("no eliding") << int(Qt::ElideNone) << int(Qt::LeftToRight) << 70 << false << true << true;
    QTest::newRow("right to left") << int(Qt::ElideRight) << int(Qt::RightToLeft) << 83 << true << true << true;
    QTest::newRow("tiny columns") << int(Qt::ElideRight) << int(Qt::LeftToRight) << 12 << true << true << true;
    QTest::newRow("disabled") << int(Qt::ElideRight) << int(Qt::LeftToRight) << 90 << true << false << true;
    QTest::newRow("window in the background") << int(Qt::ElideRight) << int(Qt::LeftToRight) << 90 << true << true << false;
}

void TestPlainTextDelegate::paintsAsQtDoes()
{
    QFETCH(int, elideMode);
    QFETCH(int, direction);
    QFETCH(int, columnWidth);
    QFETCH(bool, alternating);
    QFETCH(bool, enabled);
    QFETCH(bool, active);
    // The delegate's own drawing is what is compared: Qt's default style here.
    QVERIFY2(QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) == 0,
             qPrintable(QApplication::style()->name()));

    QStandardItemModel model;
    fill(model);
    QTableView view;
    view.setModel(&model);
    view.setLayoutDirection(Qt::LayoutDirection(direction));
    view.setTextElideMode(Qt::TextElideMode(elideMode));
    view.setAlternatingRowColors(alternating);
    view.setWordWrap(false);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < model.columnCount() - 1; ++c)
        view.setColumnWidth(c, columnWidth + c * 7);
    view.resize(700, 330);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    // A selected row, and the current cell with the focus frame.
    view.selectRow(1);
    view.setCurrentIndex(model.index(1, 2));
    view.setEnabled(enabled);
    QWidget other;
    if (!active) {
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QVERIFY(!view.isActiveWindow());
    }

    const QImage byQt = render(view);
    pareview::PlainTextDelegate delegate;
    view.setItemDelegate(&delegate);
    const QImage byDelegate = render(view);

    QCOMPARE(byDelegate.size(), byQt.size());
    if (byDelegate != byQt) {
        int differing = 0;
        for (int y = 0; y < byQt.height(); ++y)
            for (int x = 0; x < byQt.width(); ++x)
                differing += byQt.pixel(x, y) != byDelegate.pixel(x, y);
        byQt.save(QDir::temp().filePath(u"plaintext-qt.png"_s));
        byDelegate.save(QDir::temp().filePath(u"plaintext-delegate.png"_s));
        QFAIL(qPrintable(u"%1 pixels differ (pictures in %2)"_s.arg(differing).arg(QDir::tempPath())));
    }
}

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
