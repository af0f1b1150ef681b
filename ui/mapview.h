#pragma once

#include "painting/mappainter.h"

#include <QWidget>

namespace banatlas {

class Document;
class ViewState;

// One government whose class differs between two dates.
struct ClassChange {
    QString code;
    Status before;
    Status after;
};

// The world map of the view state's vendors at its as-of date: wheel to zoom around the
// cursor, drag to pan, click to select a government, hover for why. Statuses come from
// the document's resolver, so moving the date never touches the database.
class MapView final : public QWidget {
    Q_OBJECT

public:
    MapView(Document *doc, ViewState *state, QWidget *parent = nullptr);

    // Comparing: outline the governments whose class changed since `date` (invalid: off).
    void setCompareDate(QDate date);
    QDate compareDate() const { return m_compare; }
    const QList<ClassChange> &changes() const { return m_changes; }
    const MapContent &content() const { return m_content; }
    QString title() const;
    // On screen: what the outlines mean, or how to use the map.
    QString subtitle() const;
    // The figure alone, for export: no selection outline, no hint on using the map.
    MapContent exportContent() const;
    QString exportSubtitle() const;

    // The government under a widget position, or empty.
    QString governmentAt(QPointF pos) const;
    // Where a point of the map (projected units) is in the widget.
    QPointF toWidget(QPointF projected) const;
    double zoom() const { return m_zoom; }

public slots:
    void resetView();
    void zoomBy(double factor, QPointF around);

signals:
    void changesUpdated();
    // A double-click on a government: look at it in the country view.
    void profileRequested(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void refresh();
    double baseScale() const;
    QRectF mapArea() const;

    Document *m_doc;
    ViewState *m_state;
    const WorldMap &map() const;
    mutable const WorldMap *m_map = nullptr;
    MapContent m_content;
    QDate m_compare;
    QList<ClassChange> m_changes;
    double m_zoom = 1.0;
    QPointF m_pan; // widget pixels
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
};

} // namespace banatlas
