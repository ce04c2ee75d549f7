#pragma once

// Paints a cell of plain text (one line, no icon, no check box) exactly as
// Qt's styles do (QCommonStyle's CE_ItemViewItem, Qt 6), but lays its text
// out once: Qt lays the same text out three times per cell (to find the
// text's rectangle, to elide it, to draw it), and shaping text was most of
// the worklist's first paint. Any other cell, and any style but Qt's Fusion
// and Windows (which draw items with QCommonStyle's code), goes to
// QStyledItemDelegate.
// tst_plaintextdelegate compares the two pixel by pixel.

#include <QStyledItemDelegate>

namespace pareview {

class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pareview
