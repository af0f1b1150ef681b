#include "searchmarkdelegate.h"

#include "countryprofile.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace banatlas {

void SearchMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<TextMatch> matches =
        m_terms.isEmpty() ? QList<TextMatch>() : searchMatches(opt.text, m_terms);
    if (matches.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell without its text, then the text with its marks.
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                           .adjusted(3, 0, -3, 0); // the style's own text margin
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width());
    QList<QTextLayout::FormatRange> formats;
    for (const TextMatch &m : matches) {
        // Only what is shown of a match (an elided text ends in "…").
        const qsizetype visible = shown.size() - (shown == text ? 0 : 1);
        if (m.start >= visible)
            break;
        QTextLayout::FormatRange range;
        range.start = int(m.start);
        range.length = int(std::min(m.length, visible - m.start));
        range.format.setBackground(searchMarkColor());
        range.format.setForeground(QColor(Qt::black));
        formats.append(range);
    }
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(area.width());
    layout.endLayout();
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(
        opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = area.top() + (area.height() - line.height()) / 2;
    layout.draw(painter, QPointF(area.left(), y));
    painter->restore();
}

} // namespace banatlas
