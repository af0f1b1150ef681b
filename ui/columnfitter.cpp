#include "columnfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <numeric>

namespace banatlas {

ColumnFitter::ColumnFitter(QTableView *view, int stretchColumn, int stretchMinimum,
                           QList<int> optional)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_stretch(stretchColumn)
    , m_stretchMinimum(stretchMinimum)
    , m_optional(std::move(optional)) {
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
    schedule();
}

void ColumnFitter::setMaximum(int column, int width) {
    m_maximum.insert(column, width);
    schedule();
}

void ColumnFitter::schedule() {
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &ColumnFitter::fit);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Resize && watched == m_viewport)
        schedule();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit() {
    m_scheduled = false;
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = header->count();
    if (columns == 0 || !m_view->isVisible())
        return;
    const int margin = m_view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    // What each column asks for: its title at least, its content if wider.
    QList<int> title(columns);
    QList<int> wanted(columns);
    for (int c = 0; c < columns; ++c) {
        const QString text =
            m_view->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        title[c] = header->fontMetrics().horizontalAdvance(text) + 2 * margin + 4;
        const QAbstractItemView *view = m_view; // public there, protected in QTableView
        wanted[c] =
            std::max(title[c], std::min(view->sizeHintForColumn(c),
                                        m_maximum.value(c, std::numeric_limits<int>::max())));
    }
    if (m_stretch >= 0 && m_stretch < columns)
        wanted[m_stretch] = std::max(title[m_stretch], m_stretchMinimum);
    const int available = m_view->viewport()->width();
    QList<bool> hidden(columns, false);
    for (int c = 0; c < columns; ++c)
        hidden[c] = header->isSectionHidden(c) && !m_hiddenHere.contains(c);
    auto total = [&] {
        int sum = 0;
        for (int c = 0; c < columns; ++c)
            sum += hidden[c] ? 0 : wanted[c];
        return sum;
    };
    m_hiddenHere.clear();
    for (int c : std::as_const(m_optional)) {
        if (!hidden[c] && total() > available) {
            hidden[c] = true;
            m_hiddenHere.append(c);
        }
    }
    // Shrink the widest (other than the stretch column) toward their titles.
    for (int guard = 0; total() > available && guard < 1000; ++guard) {
        int widest = -1;
        for (int c = 0; c < columns; ++c) {
            if (hidden[c] || c == m_stretch || wanted[c] <= title[c])
                continue;
            if (widest < 0 || wanted[c] - title[c] > wanted[widest] - title[widest])
                widest = c;
        }
        if (widest < 0)
            break;
        wanted[widest] = std::max(title[widest], wanted[widest] - (total() - available));
    }
    if (m_stretch >= 0 && m_stretch < columns)
        wanted[m_stretch] += std::max(0, available - total());
    for (int c = 0; c < columns; ++c) {
        header->setSectionHidden(c, hidden[c]);
        if (!hidden[c])
            header->resizeSection(c, wanted[c]);
    }
}

} // namespace banatlas
