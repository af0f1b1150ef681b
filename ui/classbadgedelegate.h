#pragma once

#include <QStyledItemDelegate>

namespace banatlas {

// Draws a class as a coloured badge with its name; pending classes are hatched.
class ClassBadgeDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace banatlas
