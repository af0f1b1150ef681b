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

namespace {

// What each column asks for: its title at least, its content if wider (up to its maximum).
struct Widths {
    QList<int> title;
    QList<int> wanted;
};

Widths measure(QTableView *table, const QHash<int, int> &maximum) {
    const QHeaderView *header = table->horizontalHeader();
    const int columns = header->count();
    const int margin = table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QAbstractItemView *view = table; // sizeHintForColumn: public there, protected here
    Widths w{QList<int>(columns), QList<int>(columns)};
    for (int c = 0; c < columns; ++c) {
        const QString text =
            table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        w.title[c] = header->fontMetrics().horizontalAdvance(text) + 2 * margin + 4;
        w.wanted[c] =
            std::max(w.title[c], std::min(view->sizeHintForColumn(c),
                                          maximum.value(c, std::numeric_limits<int>::max())));
    }
    return w;
}

int totalWidth(const QList<int> &wanted, const QList<bool> &hidden) {
    int sum = 0;
    for (qsizetype c = 0; c < wanted.size(); ++c)
        sum += hidden[c] ? 0 : wanted[c];
    return sum;
}

// Shrinks the widest columns (other than the stretch column) toward their titles until
// the visible ones fit in `available`, or none can give more.
void shrinkWidest(Widths &w, const QList<bool> &hidden, int stretch, int available) {
    for (int guard = 0; totalWidth(w.wanted, hidden) > available && guard < 1000; ++guard) {
        int widest = -1;
        for (int c = 0; c < w.wanted.size(); ++c) {
            if (hidden[c] || c == stretch || w.wanted[c] <= w.title[c])
                continue;
            if (widest < 0 || w.wanted[c] - w.title[c] > w.wanted[widest] - w.title[widest])
                widest = c;
        }
        if (widest < 0)
            break;
        w.wanted[widest] = std::max(w.title[widest],
                                    w.wanted[widest] - (totalWidth(w.wanted, hidden) - available));
    }
}

} // namespace

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
    // Content is measured on the rows in view (Qt reads a thousand by default): a table of
    // thousands of decisions reads the text of each row measured, and each cell measured
    // costs a text layout (the columns' fitting was a fifth of the window's start when a
    // hundred rows were measured).
    header->setResizeContentsPrecision(kMeasuredRows);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::schedule);
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
    Widths widths = measure(m_view, m_maximum);
    if (m_stretch >= 0 && m_stretch < columns)
        widths.wanted[m_stretch] = std::max(widths.title[m_stretch], m_stretchMinimum);
    const int available = m_view->viewport()->width();
    QList<bool> hidden(columns, false);
    for (int c = 0; c < columns; ++c)
        hidden[c] = header->isSectionHidden(c) && !m_hiddenHere.contains(c);
    m_hiddenHere.clear();
    for (int c : std::as_const(m_optional)) {
        if (!hidden[c] && totalWidth(widths.wanted, hidden) > available) {
            hidden[c] = true;
            m_hiddenHere.append(c);
        }
    }
    shrinkWidest(widths, hidden, m_stretch, available);
    if (m_stretch >= 0 && m_stretch < columns)
        widths.wanted[m_stretch] += std::max(0, available - totalWidth(widths.wanted, hidden));
    for (int c = 0; c < columns; ++c) {
        header->setSectionHidden(c, hidden[c]);
        if (!hidden[c])
            header->resizeSection(c, widths.wanted[c]);
    }
}

} // namespace banatlas
