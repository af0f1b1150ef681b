#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace banatlas {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing) {}

FlowLayout::~FlowLayout() {
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item) {
    m_items.append(item);
    m_stretch.append(false);
}

void FlowLayout::addStretchWidget(QWidget *widget) {
    addWidget(widget);
    m_stretch.last() = true;
}

int FlowLayout::count() const {
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const {
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index) {
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_stretch.removeAt(index);
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const {
    return Qt::Horizontal;
}

int FlowLayout::gap() const {
    if (m_spacing >= 0)
        return m_spacing;
    const QWidget *w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : 6;
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const {
    // As narrow as the widest item; as tall as that needs is heightForWidth's business.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? gap() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int spacing = gap();
    // Rows of items, each row as wide as fits.
    QList<QList<int>> rows{{}};
    int x = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->isEmpty())
            continue;
        const int w =
            m_stretch[i] ? m_items[i]->minimumSize().width() : m_items[i]->sizeHint().width();
        if (!rows.last().isEmpty() && x + spacing + w > area.width()) {
            rows.append(QList<int>());
            x = 0;
        }
        x += (rows.last().isEmpty() ? 0 : spacing) + w;
        rows.last().append(i);
    }
    int y = area.top();
    for (const QList<int> &row : std::as_const(rows)) {
        int height = 0;
        int used = 0;
        int stretchers = 0;
        for (int i : row) {
            height = std::max(height, m_items[i]->sizeHint().height());
            used +=
                (m_stretch[i] ? m_items[i]->minimumSize().width() : m_items[i]->sizeHint().width());
            stretchers += m_stretch[i] ? 1 : 0;
        }
        used += spacing * std::max<int>(0, static_cast<int>(row.size()) - 1);
        const int extra = stretchers ? std::max(0, area.width() - used) / stretchers : 0;
        int left = area.left();
        for (int i : row) {
            const int w = m_stretch[i] ? m_items[i]->minimumSize().width() + extra
                                       : std::min(m_items[i]->sizeHint().width(), area.width());
            const int h = m_items[i]->sizeHint().height();
            if (apply)
                m_items[i]->setGeometry(QRect(left, y + (height - h) / 2, w, h));
            left += w + spacing;
        }
        y += height + spacing;
    }
    const QMargins m = contentsMargins();
    return y - spacing - rect.top() + m.bottom();
}

} // namespace banatlas
