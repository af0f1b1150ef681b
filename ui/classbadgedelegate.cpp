#include "classbadgedelegate.h"

#include "document/models.h"
#include "painting/classcolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace banatlas {

void ClassBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    const QVariant cls = index.data(ClassRole);
    if (!cls.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as the style draws them, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto c = static_cast<StatusClass>(cls.toInt());
    const bool pending = index.data(PendingRole).toBool();
    // One line high, centred, however tall the row (rows of wrapped text grow).
    QRectF badge = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const double lineHeight = option.fontMetrics.height() + 8;
    if (badge.height() > lineHeight)
        badge =
            QRectF(badge.left(), badge.center().y() - lineHeight / 2, badge.width(), lineHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    const QColor fill = classColor(c);
    painter->fillPath(path, pending ? pendingColor(c) : fill);
    if (pending) {
        painter->setClipPath(path);
        painter->fillPath(path, QBrush(fill, Qt::BDiagPattern));
        painter->setClipping(false);
        painter->setPen(QPen(fill, 1.5, Qt::DashLine));
    } else {
        painter->setPen(QPen(fill.darker(125), 1));
    }
    painter->drawPath(path);
    painter->setPen(pending ? QColor(Qt::black) : classTextColor(c));
    const QString text =
        painter->fontMetrics().elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                          static_cast<int>(badge.width()) - 8);
    painter->drawText(badge.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize ClassBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 24;
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 10));
    return s;
}

} // namespace banatlas
