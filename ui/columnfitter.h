#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTableView;

namespace banatlas {

// Keeps a table's columns readable at any width. Each column gets its content's width,
// never less than its header's title; the stretch column takes the rest, never less than
// `stretchMinimum` pixels. When the room is short, the optional columns are hidden first
// (their content is shown elsewhere), then the widest columns shrink toward their titles;
// a header section is never narrower than its title. Refits on resize and on model change.
// Columns hidden by their view stay hidden.
class ColumnFitter final : public QObject {
    Q_OBJECT

public:
    ColumnFitter(QTableView *view, int stretchColumn, int stretchMinimum, QList<int> optional = {});

    // Fits now (normally on the next pass of the event loop after a change).
    void fit();
    // A column that never takes more than `width` pixels for its content (it elides).
    void setMaximum(int column, int width);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int kMeasuredRows = 0; // Qt: the rows in view only
    void schedule();

    QTableView *m_view;
    // The view's viewport, remembered: while the view is being destroyed its viewport
    // still gets events, and the view can no longer be asked for it.
    QObject *m_viewport;
    int m_stretch;
    int m_stretchMinimum;
    QList<int> m_optional;
    QList<int> m_hiddenHere; // optional columns this fitter hid (others stay as set)
    QHash<int, int> m_maximum;
    bool m_scheduled = false;
};

} // namespace banatlas
