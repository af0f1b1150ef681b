#include "painting/mappainter.h"

#include "geo/projection.h"
#include "painting/classcolors.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

const QColor kOcean(0xDC, 0xE8, 0xF2);
const QColor kBorder(0x5A, 0x5A, 0x5A);
const QColor kNeutralLand(0xD9, 0xD9, 0xD9);

// The translation context of this file's messages.
struct MapPainterText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::MapPainter)
};

// Diagonal lines across `path`, `spacing` apart (in the painter's units).
void hatch(QPainter &p, const QPainterPath &path, const QColor &color, double spacing,
           double width) {
    p.save();
    p.setClipPath(path, Qt::IntersectClip);
    p.setPen(QPen(color, width));
    const QRectF r = path.boundingRect();
    for (double x = r.left() - r.height(); x < r.right(); x += spacing)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
}

QColor fillOf(const Status &s) {
    const QColor c = classColor(s.statusClass);
    return s.pending ? pendingColor(s.statusClass) : c;
}

} // namespace

namespace {

// The sea, the land of no government, each government's fill, and the hatching over a
// pending class.
void paintFills(QPainter &p, const WorldMap &map, const MapContent &content, double pixelsPerUnit) {
    const double px = 1.0 / pixelsPerUnit; // one device pixel in map units
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    p.setBrush(kOcean);
    p.drawPath(map.outline());
    p.setBrush(kNeutralLand);
    p.drawPath(map.unassigned());
    // Fills without antialiasing (a third of the cost), then every border as an
    // antialiased hairline on top (paintBorders), which hides the fills' stair-steps: the
    // cosmetic pen is a fixed device width and cheap to stroke.
    for (const CountryShape &shape : map.shapes()) {
        const Status s = content.statuses.value(shape.code);
        p.setBrush(fillOf(s));
        p.drawPath(WorldMap::pathFor(shape, pixelsPerUnit));
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const CountryShape &shape : map.shapes()) {
        const Status s = content.statuses.value(shape.code);
        if (s.pending) {
            hatch(p, WorldMap::pathFor(shape, pixelsPerUnit), classColor(s.statusClass), 5 * px,
                  1.2 * px);
        }
    }
}

// Every border as a hairline, then the edge of the earth.
void paintBorders(QPainter &p, const WorldMap &map, const MapContent &content,
                  double pixelsPerUnit) {
    QPen border(kBorder, 0.7);
    border.setCosmetic(true);
    p.setPen(border);
    p.setBrush(Qt::NoBrush);
    p.drawPath(map.unassigned());
    // A border as wide on a small island as on a continent would be all one sees of it:
    // below kSmallShapePixels the border thins with the shape and takes a darker shade of
    // its fill, so islands keep their class colour instead of turning into dark blots.
    for (const CountryShape &shape : map.shapes()) {
        const double extent = std::max(shape.bounds.width(), shape.bounds.height()) * pixelsPerUnit;
        if (extent < kSmallShapePixels) {
            QPen thin(fillOf(content.statuses.value(shape.code)).darker(160),
                      std::clamp(0.7 * extent / kSmallShapePixels, 0.2, 0.7));
            thin.setCosmetic(true);
            p.setPen(thin);
        } else {
            p.setPen(border);
        }
        p.drawPath(WorldMap::pathFor(shape, pixelsPerUnit));
    }
    QPen edge(kBorder, 1.2);
    edge.setCosmetic(true);
    p.setPen(edge);
    p.drawPath(map.outline());
}

// The outlines of changed and selected governments, on top, so that neighbours do not
// cover them; then the markers of shapes too small to see.
void paintEmphasis(QPainter &p, const WorldMap &map, const MapContent &content,
                   double pixelsPerUnit) {
    const double px = 1.0 / pixelsPerUnit;
    for (const CountryShape &shape : map.shapes()) {
        const bool changed = content.changed.contains(shape.code);
        const bool selected = shape.code == content.selected;
        if (!changed && !selected)
            continue;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(selected ? QColor(Qt::black) : QColor(0x11, 0x11, 0x11),
                      (selected ? 2.5 : 2.0) * px,
                      changed && !selected ? Qt::DashLine : Qt::SolidLine));
        p.drawPath(shape.path);
    }
    const double markerSize = kMarkerPixels * px;
    for (const CountryShape &shape : map.shapes()) {
        if (!WorldMap::needsMarker(shape, markerSize))
            continue;
        const Status s = content.statuses.value(shape.code);
        const bool emphasised =
            content.changed.contains(shape.code) || shape.code == content.selected;
        p.setPen(QPen(emphasised ? QColor(Qt::black) : kBorder, (emphasised ? 1.6 : 0.8) * px));
        p.setBrush(fillOf(s));
        p.drawEllipse(shape.anchor, markerSize / 2, markerSize / 2);
    }
}

} // namespace

void paintCountries(QPainter &p, const WorldMap &map, const MapContent &content,
                    double pixelsPerUnit) {
    p.save();
    paintFills(p, map, content, pixelsPerUnit);
    paintBorders(p, map, content, pixelsPerUnit);
    paintEmphasis(p, map, content, pixelsPerUnit);
    p.restore();
}

double paintLegend(QPainter &p, const QRectF &rect) {
    p.save();
    const QFontMetricsF fm(p.font());
    const double box = fm.height() * 0.9;
    const double gap = fm.height() * 0.6;
    double x = rect.left();
    double y = rect.top();
    auto place = [&](double width) {
        if (x + width > rect.right() && x > rect.left()) {
            x = rect.left();
            y += fm.height() * 1.5;
        }
    };
    for (StatusClass c : allStatusClasses()) {
        const QString label = displayName(c);
        const double width = box + gap / 2 + fm.horizontalAdvance(label) + gap;
        place(width);
        const QRectF swatch(x, y + (fm.height() - box) / 2, box, box);
        p.setPen(QPen(kBorder, 0.8));
        p.setBrush(classColor(c));
        p.drawRect(swatch);
        p.setPen(Qt::black);
        p.drawText(QPointF(x + box + gap / 2, y + fm.ascent()), label);
        x += width;
    }
    const QString pending = MapPainterText::tr("hatched: announced, not yet in force");
    const double width = box + gap / 2 + fm.horizontalAdvance(pending);
    place(width);
    const QRectF swatch(x, y + (fm.height() - box) / 2, box, box);
    QPainterPath path;
    path.addRect(swatch);
    p.setPen(QPen(kBorder, 0.8));
    p.setBrush(pendingColor(StatusClass::Banned));
    p.drawRect(swatch);
    hatch(p, path, classColor(StatusClass::Banned), box / 3, 1.0);
    p.setPen(Qt::black);
    p.drawText(QPointF(x + box + gap / 2, y + fm.ascent()), pending);
    p.restore();
    return y + fm.height() - rect.top();
}

namespace {

// The title, bold, and the subtitle under it; returns where the next line starts.
double paintHeadings(QPainter &p, const QRectF &rect, const QFont &base, const QString &title,
                     const QString &subtitle) {
    QFont titleFont = base;
    titleFont.setPixelSize(static_cast<int>(base.pixelSize() * 1.6));
    titleFont.setBold(true);
    double y = rect.top();
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const QFontMetricsF tfm(titleFont);
    p.drawText(QRectF(rect.left(), y, rect.width(), tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tfm.elidedText(title, Qt::ElideRight, rect.width()));
    y += tfm.height() * 1.1;
    p.setFont(base);
    const QFontMetricsF fm(base);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QRectF(rect.left(), y, rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(subtitle, Qt::ElideRight, rect.width()));
    return y + fm.height() * 1.6;
}

// The note on the projection and the borders, small, from `top`; returns its bottom.
double paintMapNote(QPainter &p, const QRectF &rect, const QFont &base, double top) {
    QFont small = base;
    small.setPixelSize(std::max(8, static_cast<int>(base.pixelSize() * 0.8)));
    p.setFont(small);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QString note =
        MapPainterText::tr("Equal Earth projection. Borders: Natural Earth 1:50m (public "
                           "domain). Class of each government per BanAtlas status rules.");
    const QFontMetricsF sfm(small);
    const QRectF noteRect(
        rect.left(), top, rect.width(),
        sfm.boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, note).height());
    p.drawText(noteRect, Qt::TextWordWrap, note);
    return noteRect.bottom();
}

} // namespace

double paintMapFigure(QPainter &p, const QRectF &rect, const WorldMap &map,
                      const MapContent &content, const QString &title, const QString &subtitle,
                      double textPixels) {
    p.save();
    QFont base = p.font();
    base.setStyleStrategy(QFont::PreferNoShaping); // keep extracted text searchable
    base.setPixelSize(textPixels > 0 ? static_cast<int>(textPixels)
                                     : std::max(10, static_cast<int>(rect.width() / 95)));
    const double y = paintHeadings(p, rect, base, title, subtitle);
    const QFontMetricsF fm(base);

    // Reserve the legend (measured by painting it off the page), then fit the map.
    const double legendHeight = [&] {
        QImage probe(1, 1, QImage::Format_ARGB32);
        QPainter measure(&probe);
        measure.setFont(base);
        return paintLegend(measure, QRectF(0, 0, rect.width(), 1e6));
    }();
    const double sourceHeight = fm.height() * 1.4;
    const QRectF mapArea(rect.left(), y, rect.width(),
                         rect.bottom() - y - legendHeight - sourceHeight - fm.height());
    const QRectF world = map.bounds();
    const double scale =
        std::min(mapArea.width() / world.width(), mapArea.height() / world.height());
    const QPointF offset(mapArea.center().x() - world.center().x() * scale,
                         mapArea.top() + world.height() * scale / 2 - world.center().y() * scale);
    p.save();
    p.translate(offset);
    p.scale(scale, scale);
    paintCountries(p, map, content, scale);
    p.restore();

    const double legendTop = mapArea.top() + world.height() * scale + fm.height() * 0.8;
    paintLegend(p, QRectF(rect.left(), legendTop, rect.width(), legendHeight + 1));
    const double bottom = paintMapNote(p, rect, base, legendTop + legendHeight + fm.height() * 0.5);
    p.restore();
    return bottom - rect.top();
}

void paintMapRegion(QPainter &p, const QRectF &rect, const WorldMap &map, const MapContent &content,
                    const QRectF &lonLat, const QString &caption, double textPixels) {
    p.save();
    QFont font = p.font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPixelSize(static_cast<int>(textPixels));
    font.setBold(true);
    p.setFont(font);
    const QFontMetricsF fm(font);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, caption);
    // The projected extent of the box: its edges are curves, so sample them.
    double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
    for (int i = 0; i <= 20; ++i) {
        const double lon = lonLat.left() + i / 20.0 * lonLat.width();
        const double lat = lonLat.top() + i / 20.0 * lonLat.height();
        for (const QPointF &pt :
             {projectToMap(lon, lonLat.top()), projectToMap(lon, lonLat.bottom()),
              projectToMap(lonLat.left(), lat), projectToMap(lonLat.right(), lat)}) {
            left = std::min(left, pt.x());
            right = std::max(right, pt.x());
            top = std::min(top, pt.y());
            bottom = std::max(bottom, pt.y());
        }
    }
    const QRectF region(QPointF(left, top), QPointF(right, bottom));
    const QRectF area = rect.adjusted(0, fm.height() * 1.3, 0, 0);
    const double scale = std::min(area.width() / region.width(), area.height() / region.height());
    const QRectF frame(area.left(), area.top(), region.width() * scale, region.height() * scale);
    p.setClipRect(frame);
    p.fillRect(frame, kOcean);
    p.translate(frame.topLeft() - region.topLeft() * scale);
    p.scale(scale, scale);
    paintCountries(p, map, content, scale);
    p.restore();
    p.save();
    p.setPen(QPen(kBorder, std::max(1.0, textPixels / 12)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.restore();
}

namespace {

QString svgPath(const QPainterPath &path, double scale, QPointF offset) {
    QString d;
    d.reserve(path.elementCount() * 14);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const double x = e.x * scale + offset.x();
        const double y = e.y * scale + offset.y();
        d += (e.isMoveTo() ? u'M' : u'L') + QString::number(x, 'f', 1) + u' ' +
             QString::number(y, 'f', 1);
        // Every subpath is closed: the next moveTo (or the end) closes it.
        if (i + 1 == path.elementCount() || path.elementAt(i + 1).isMoveTo())
            d += u'Z';
    }
    return d;
}

} // namespace

namespace {

// Where things go in an SVG map `width` pixels wide: the title block, the map, the legend.
struct SvgLayout {
    explicit SvgLayout(const WorldMap &map, int pixels)
        : width(pixels) {
        const QRectF world = map.bounds();
        margin = width * 0.02;
        scale = (width - 2 * margin) / world.width();
        const double titleBlock = width * 0.06;
        offset = QPointF(margin - world.left() * scale, titleBlock - world.top() * scale);
        mapBottom = titleBlock + world.height() * scale;
        font = width / 95.0;
        height = mapBottom + font * 6;
    }

    int width = 0;
    double margin = 0;
    double scale = 1;
    QPointF offset;
    double mapBottom = 0;
    double font = 0;
    double height = 0;
};

// The document's head: the hatch patterns, the title, the background and the headings.
void appendSvgHead(QString &svg, const SvgLayout &l, const QString &title,
                   const QString &subtitle) {
    svg += u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s;
    svg +=
        u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">\n"_s
            .arg(l.width)
            .arg(std::ceil(l.height));
    // Pending: stripes in the class colour over its pale tint, one pattern per class.
    svg += u"<defs>"_s;
    for (StatusClass c : allStatusClasses()) {
        svg +=
            u"<pattern id=\"pending-%1\" width=\"6\" height=\"6\" "
            "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect "
            "width=\"2\" height=\"6\" fill=\"%2\"/></pattern>"_s.arg(toId(c), classColor(c).name());
    }
    svg += u"</defs>\n"_s;
    svg += u"<title>%1</title>\n"_s.arg(title.toHtmlEscaped());
    svg += u"<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"_s;
    svg += u"<text x=\"%1\" y=\"%2\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"%3\" "
           "font-weight=\"bold\">%4</text>\n"_s.arg(l.margin)
               .arg(l.font * 1.8)
               .arg(l.font * 1.6)
               .arg(title.toHtmlEscaped());
    svg += u"<text x=\"%1\" y=\"%2\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"%3\" "
           "fill=\"#333\">%4</text>\n"_s.arg(l.margin)
               .arg(l.font * 3.3)
               .arg(l.font)
               .arg(subtitle.toHtmlEscaped());
}

// The earth, the land of no government, each government's shape; then, on top, the
// hatching of pending classes and the markers of shapes too small to see.
void appendSvgShapes(QString &svg, const SvgLayout &l, const WorldMap &map,
                     const MapContent &content) {
    svg +=
        u"<path id=\"earth\" fill=\"%1\" stroke=\"#5a5a5a\" stroke-width=\"1\" d=\"%2\"/>\n"_s.arg(
            kOcean.name(), svgPath(map.outline(), l.scale, l.offset));
    svg += u"<path id=\"unassigned\" fill=\"%1\" fill-rule=\"evenodd\" stroke=\"#5a5a5a\" "
           "stroke-width=\"0.4\" d=\"%2\"/>\n"_s.arg(kNeutralLand.name(),
                                                     svgPath(map.unassigned(), l.scale, l.offset));
    svg +=
        u"<g id=\"governments\" stroke=\"#5a5a5a\" stroke-width=\"0.4\" fill-rule=\"evenodd\">\n"_s;
    QString overlays;
    for (const CountryShape &shape : map.shapes()) {
        const Status s = content.statuses.value(shape.code);
        const QString d = svgPath(shape.path, l.scale, l.offset);
        svg += u"<path id=\"%1\" class=\"%2\" fill=\"%3\" d=\"%4\"/>\n"_s.arg(
            shape.code, toId(s.statusClass), fillOf(s).name(), d);
        if (s.pending)
            overlays += u"<path fill=\"url(#pending-%1)\" stroke=\"none\" d=\"%2\"/>\n"_s.arg(
                toId(s.statusClass), d);
        if (WorldMap::needsMarker(shape, kMarkerPixels / l.scale)) {
            const QPointF c = shape.anchor * l.scale + l.offset;
            overlays += u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" stroke=\"#5a5a5a\"/>\n"_s
                            .arg(c.x(), 0, 'f', 1)
                            .arg(c.y(), 0, 'f', 1)
                            .arg(kMarkerPixels / 2)
                            .arg(fillOf(s).name());
        }
    }
    svg += u"</g>\n<g id=\"overlays\">\n"_s + overlays + u"</g>\n"_s;
}

// The legend under the map, and the note on the projection and borders.
void appendSvgLegend(QString &svg, const SvgLayout &l) {
    const double font = l.font;
    double x = l.margin;
    const double y = l.mapBottom + font * 2;
    svg +=
        u"<g id=\"legend\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"%1\">\n"_s.arg(font);
    for (StatusClass c : allStatusClasses()) {
        svg +=
            u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"%4\" stroke=\"#5a5a5a\"/>"
            "<text x=\"%5\" y=\"%6\">%7</text>\n"_s.arg(x)
                .arg(y - font * 0.85)
                .arg(font)
                .arg(classColor(c).name())
                .arg(x + font * 1.4)
                .arg(y)
                .arg(displayName(c).toHtmlEscaped());
        x += font * 1.4 + displayName(c).size() * font * 0.62 + font;
    }
    svg += u"</g>\n"_s;
    svg += u"<text x=\"%1\" y=\"%2\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"%3\" "
           "fill=\"#555\">%4</text>\n"_s.arg(l.margin)
               .arg(y + font * 2.2)
               .arg(font * 0.8)
               .arg(MapPainterText::tr(
                        "Equal Earth projection. Borders: Natural Earth 1:50m (public domain). "
                        "Hatched: announced, not yet in force.")
                        .toHtmlEscaped());
}

} // namespace

QByteArray mapSvg(const WorldMap &map, const MapContent &content, const QString &title,
                  const QString &subtitle, int width) {
    const SvgLayout layout(map, width);
    QString svg;
    appendSvgHead(svg, layout, title, subtitle);
    appendSvgShapes(svg, layout, map, content);
    appendSvgLegend(svg, layout);
    svg += u"</svg>\n"_s;
    return svg.toUtf8();
}

QString mapSubtitle(int decisions, const QString &databaseFile, QDate compare, int changes) {
    if (compare.isValid()) {
        return MapPainterText::tr("Outlined: the governments whose class changed since %1 (%2)")
            .arg(PartialDate::fromDate(compare).toDisplayString())
            .arg(changes);
    }
    return MapPainterText::tr("Class of each government's measures, from %1 decisions in %2")
        .arg(decisions)
        .arg(databaseFile);
}

QString mapTitle(const QStringList &vendors, QDate asOf) {
    const QString who =
        vendors.isEmpty() ? MapPainterText::tr("Any vendor") : vendors.join(u", "_s);
    return MapPainterText::tr("%1 — measures in force on %2")
        .arg(who, PartialDate::fromDate(asOf).toDisplayString());
}

} // namespace banatlas
