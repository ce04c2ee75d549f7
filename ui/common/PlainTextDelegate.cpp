#include "common/PlainTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace pareview {

namespace {

// Qt's own styles that draw items with QCommonStyle's code (the one
// replayed below); any other style, a style sheet's included, draws its own.
bool drawsItemsAsQCommonStyle(const QStyle *style)
{
    const QString name = style->name();
    return (name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
           && !style->inherits("QStyleSheetStyle");
}

// A cell the single layout below draws as Qt would: one line of text (no
// line or paragraph break), no icon, no check box.
bool isPlainText(const QStyleOptionViewItem &opt, const QStyle *style)
{
    constexpr auto others = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
                            | QStyleOptionViewItem::WrapText;
    return !(opt.features & others) && !(opt.state & QStyle::State_Editing)
           && (opt.decorationPosition == QStyleOptionViewItem::Left
               || opt.decorationPosition == QStyleOptionViewItem::Right)
           && !opt.text.contains(QLatin1Char('\n')) && !opt.text.contains(QChar::LineSeparator)
           && !opt.text.contains(QChar::ParagraphSeparator) && drawsItemsAsQCommonStyle(style);
}

// One line at `width`, at the top left (QCommonStyle's viewItemTextLayout
// for text that does not wrap).
QTextLine layOut(QTextLayout &layout, int width)
{
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    return line;
}

} // namespace

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    if (!isPlainText(opt, style)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    painter->save();
    painter->setClipRect(opt.rect);
    // Without an icon or a check box the text takes the whole cell.
    const QRect cell = opt.rect;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));

        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = cell.adjusted(margin, 0, -margin, 0);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::ManualWrap);
        textOption.setTextDirection(opt.direction);
        textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));

        QTextLayout layout(opt.text, opt.font);
        layout.setTextOption(textOption);
        const QTextLine line = layOut(layout, textRect.width());
        // Placed by the whole text's height, elided or not, as Qt places it.
        const QRect placed = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment,
                                                 layout.boundingRect().size().toSize(), textRect);
        const QPointF position(textRect.x(), placed.top());
        if (line.isValid() && line.naturalTextWidth() > textRect.width()) {
            QTextLayout elided(QFontMetrics(opt.font).elidedText(opt.text, opt.textElideMode, textRect.width()), opt.font);
            elided.setTextOption(textOption);
            layOut(elided, textRect.width());
            elided.draw(painter, position);
        } else {
            layout.draw(painter, position);
        }
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = cell;
        focus.state |= QStyle::State_KeyboardFocusChange;
        focus.state |= QStyle::State_Item;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace pareview
