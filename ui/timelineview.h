#pragma once

#include "painting/timeline.h"

#include <QWidget>

class QScrollBar;

namespace banatlas {

class Document;
class ViewState;

// The timeline: each lane's bar is its class over time (the status rules, as on the map)
// and its markers are the decisions. Wheel zooms time around the cursor (Shift+wheel
// scrolls lanes), drag pans, the black as-of cursor can be dragged and a click on the
// date axis moves it, a click selects a decision in the country view, a double-click
// asks to edit it.
class TimelineView final : public QWidget {
    Q_OBJECT

public:
    TimelineView(Document *doc, ViewState *state, QWidget *parent = nullptr);

    void setLaneMode(LaneMode mode);
    void setLaneOrder(LaneOrder order);
    void setFilter(const TimelineFilter &filter);
    const TimelineLayout &layout() const {
        ensureBuilt();
        return m_layout;
    }
    const TimeScale &scale() const { return m_scale; }
    void setScale(const TimeScale &scale);
    double firstLane() const { return m_firstLane; }
    const TimelineStyle &style() const { return m_style; }
    QRectF plotRect() const;

    // The decision under a point, or 0.
    qint64 decisionAt(QPointF pos) const;
    // Whether the decision is among those drawn (with the current filters).
    bool shows(qint64 id) const;

public slots:
    void fitToData();

signals:
    void editRequested(qint64 id);
    void viewChanged(); // scale or scroll moved (the overview follows)

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void buildNow();
    void ensureBuilt() const;
    QRectF paintArea() const;
    void moveAsOfTo(double x);
    QString periodToolTip(QPointF pos) const;
    void updateScrollBar();
    void scrollTo(double lane);

    Document *m_doc;
    ViewState *m_state;
    TimelineLayout m_layout;
    TimeScale m_scale;
    TimelineStyle m_style;
    LaneMode m_mode = LaneMode::Country;
    LaneOrder m_order = LaneOrder::FirstDecision;
    TimelineFilter m_filter;
    double m_firstLane = 0;
    QScrollBar *m_scroll;
    enum class Drag { None, Pan, Cursor } m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
    bool m_autoFit = true;
    bool m_stale = false; // the layout waits until the view is shown or asked about
};

// The whole range in a strip, with the visible window; click or drag to move it.
class TimelineOverview final : public QWidget {
    Q_OBJECT

public:
    explicit TimelineOverview(TimelineView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {400, 34}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    TimeScale overviewScale() const;
    void centreOn(double x);
    TimelineView *m_view;
};

} // namespace banatlas
