#pragma once

#include "domain/statusresolver.h"
#include "geo/worldmap.h"

#include <QSet>

class QPainter;

namespace banatlas {

// What a map shows: the class of every government, and what to outline.
struct MapContent {
    QHash<QString, Status> statuses;
    QSet<QString> changed; // comparing two dates: governments whose class changed
    QString selected;
};

// Paints the Earth and the governments in projected units under the painter's current
// transform; `pixelsPerUnit` keeps borders, hatching and markers the same size on
// screen at any zoom. Pending measures are hatched; tiny states get a marker.
void paintCountries(QPainter &p, const WorldMap &map, const MapContent &content,
                    double pixelsPerUnit);

// The size in pixels below which a state is drawn as a marker.
inline constexpr double kMarkerPixels = 7.0;
// The size in pixels below which a shape's border thins with it.
inline constexpr double kSmallShapePixels = 24.0;

// The legend: one swatch per class and the hatching, in rows within `rect`; returns the
// height it used.
double paintLegend(QPainter &p, const QRectF &rect);

// A complete figure in `rect` (device units): title, subtitle, map and legend, on any
// paint device (screen, image, PDF). Text is `textPixels` high (device units; 0: scaled
// to the figure's width). Returns the height it used (the map keeps its proportions).
double paintMapFigure(QPainter &p, const QRectF &rect, const WorldMap &map,
                      const MapContent &content, const QString &title, const QString &subtitle,
                      double textPixels = 0);

// A region of the map (longitudes and latitudes in degrees: x = west..east,
// y = south..north), fitted into `rect` with a frame and a caption; for close-ups such as
// Europe, where many small governments decide.
void paintMapRegion(QPainter &p, const QRectF &rect, const WorldMap &map, const MapContent &content,
                    const QRectF &lonLat, const QString &caption, double textPixels);

// The same figure as SVG: each government is a <path> whose id is its alpha-2 code and
// whose fill is its class colour, so that the file can be restyled in an editor.
QByteArray mapSvg(const WorldMap &map, const MapContent &content, const QString &title,
                  const QString &subtitle, int width = 1600);

// "Huawei, ZTE — measures in force on 1 Jan 2019" and the like.
QString mapTitle(const QStringList &vendors, QDate asOf);
// The subtitle of an exported map: where its classes come from ("… from 77 decisions in
// default.banatlas"), or, comparing, what the outlines mean.
QString mapSubtitle(int decisions, const QString &databaseFile, QDate compare = {},
                    int changes = 0);

} // namespace banatlas
