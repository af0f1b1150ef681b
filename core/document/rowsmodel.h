#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>
#include <type_traits>

namespace banatlas {

// A table whose rows each stand for one thing (a vendor, a government, a decision) told
// apart by a key. replaceRows brings the rows to a new list by removing, inserting and
// moving only the rows whose thing went, came or moved, and reports the data of the rest
// as changed: a view's selection, current row and scroll position stay with their rows
// through an edit, where a model reset would lose them.
class RowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // True while replaceRows changes the rows. A view's current row that changes then
    // (its row was removed, so the selection moved to a neighbour) was moved by the
    // model, not chosen by the user.
    bool isUpdating() const { return m_updating; }

protected:
    // `rows` becomes `next`; keyOf(row) is the row's key, unique within each list.
    template <typename Row, typename KeyOf>
    void replaceRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf);

private:
    template <typename Row, typename KeyOf, typename Key>
    void removeGoneRows(QList<Row> &rows, const QHash<Key, qsizetype> &wanted, KeyOf keyOf);
    template <typename Row, typename KeyOf, typename Key>
    QList<Key> moveIntoOrder(QList<Row> &rows, const QHash<Key, qsizetype> &wanted, KeyOf keyOf);
    template <typename Row, typename KeyOf, typename Key>
    void insertNewRows(QList<Row> &rows, const QList<Row> &next, const QList<Key> &order,
                       KeyOf keyOf);

    bool m_updating = false;
};

namespace rows {
// Each value's rank among `values` (distinct): {7, 2, 9} → {1, 0, 2}.
QList<qsizetype> ranks(const QList<qsizetype> &values);
// Which of `ranks` form a longest run already in increasing order (those rows stay put).
QList<bool> longestIncreasingRun(const QList<qsizetype> &ranks);
} // namespace rows

template <typename Row, typename KeyOf>
void RowsModel::replaceRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf) {
    using Key = std::decay_t<decltype(keyOf(std::declval<const Row &>()))>;
    const QScopedValueRollback updating(m_updating, true);
    QHash<Key, qsizetype> wanted; // key → its place in `next`
    for (qsizetype i = 0; i < next.size(); ++i)
        wanted.insert(keyOf(next[i]), i);
    removeGoneRows(rows, wanted, keyOf);
    const QList<Key> order = moveIntoOrder(rows, wanted, keyOf);
    insertNewRows(rows, next, order, keyOf);
    if (!rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
}

// 1. Rows whose thing is gone: removed a run at a time, from the bottom up.
template <typename Row, typename KeyOf, typename Key>
void RowsModel::removeGoneRows(QList<Row> &rows, const QHash<Key, qsizetype> &wanted, KeyOf keyOf) {
    for (qsizetype last = rows.size() - 1; last >= 0; --last) {
        if (wanted.contains(keyOf(rows[last])))
            continue;
        qsizetype first = last;
        while (first > 0 && !wanted.contains(keyOf(rows[first - 1])))
            --first;
        beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

// 2. The rows left, into the new order with as few moves as there can be: those in the
// longest run already in order stay, each other one moves to just after the row that
// comes before it in the new order (taken in that order, so that row is in place).
// Returns the keys of the rows left, in the new order.
template <typename Row, typename KeyOf, typename Key>
QList<Key> RowsModel::moveIntoOrder(QList<Row> &rows, const QHash<Key, qsizetype> &wanted,
                                    KeyOf keyOf) {
    const qsizetype n = rows.size();
    QList<qsizetype> places(n);
    for (qsizetype i = 0; i < n; ++i)
        places[i] = wanted.value(keyOf(rows[i]));
    const QList<qsizetype> target = rows::ranks(places);
    const QList<bool> stays = rows::longestIncreasingRun(target);
    QList<Key> order(n);
    QSet<Key> moving;
    for (qsizetype i = 0; i < n; ++i) {
        order[target[i]] = keyOf(rows[i]);
        if (!stays[i])
            moving.insert(keyOf(rows[i]));
    }
    auto rowOfKey = [&](const Key &key) {
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (keyOf(rows[r]) == key)
                return r;
        }
        return qsizetype(-1);
    };
    for (qsizetype t = 0; t < n; ++t) {
        if (!moving.contains(order[t]))
            continue;
        const qsizetype from = rowOfKey(order[t]);
        const qsizetype after = t == 0 ? -1 : rowOfKey(order[t - 1]);
        if (from == after + 1)
            continue; // already just after it
        beginMoveRows({}, int(from), int(from), {}, int(after + 1));
        rows.move(from, from < after ? after : after + 1);
        endMoveRows();
    }
    return order;
}

// 3. New rows, inserted a run at a time; the rows before `i` are in place.
template <typename Row, typename KeyOf, typename Key>
void RowsModel::insertNewRows(QList<Row> &rows, const QList<Row> &next, const QList<Key> &order,
                              KeyOf keyOf) {
    const QSet<Key> present(order.begin(), order.end());
    for (qsizetype i = 0; i < next.size();) {
        if (present.contains(keyOf(next[i]))) {
            rows[i] = next[i];
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < next.size() && !present.contains(keyOf(next[end])))
            ++end;
        beginInsertRows({}, int(i), int(end - 1));
        for (qsizetype j = i; j < end; ++j)
            rows.insert(j, next[j]);
        endInsertRows();
        i = end;
    }
}

} // namespace banatlas
