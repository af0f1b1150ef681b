#include "mapview.h"
#include "i18n/displaynames.h"

#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {
constexpr double kMaxZoom = 40.0;
constexpr int kTitleHeight = 44;
constexpr int kLegendHeight = 52;
} // namespace

MapView::MapView(Document *doc, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_state(state) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(480, 300);
    setObjectName(u"mapView"_s);
    connect(doc, &Document::changed, this, &MapView::refresh);
    connect(state, &ViewState::asOfChanged, this, &MapView::refresh);
    connect(state, &ViewState::vendorsChanged, this, &MapView::refresh);
    connect(state, &ViewState::countryChanged, this, [this](const QString &code) {
        m_content.selected = code;
        update();
    });
    m_content.selected = state->country();
    refresh();
}

// The borders are decoded when the map is first drawn or pointed at, not when the window
// opens (the map is not its first tab).
const WorldMap &MapView::map() const {
    if (!m_map)
        m_map = &WorldMap::bundled();
    return *m_map;
}

void MapView::refresh() {
    const QStringList codes = m_doc->countryCodes();
    m_content.statuses =
        m_doc->resolver().resolveCountries(codes, m_state->vendors(), m_state->asOf());
    m_changes.clear();
    m_content.changed.clear();
    if (m_compare.isValid()) {
        const auto before =
            m_doc->resolver().resolveCountries(codes, m_state->vendors(), m_compare);
        for (const QString &code : codes) {
            const Status a = before.value(code);
            const Status b = m_content.statuses.value(code);
            if (a.statusClass != b.statusClass || a.pending != b.pending) {
                m_changes.append({code, a, b});
                m_content.changed.insert(code);
            }
        } // By name, as a reader looks for a government.
        QHash<QString, QString> names;
        for (const ClassChange &c : std::as_const(m_changes))
            names.insert(c.code, countryName(m_doc->countries(), c.code));
        std::sort(m_changes.begin(), m_changes.end(),
                  [&names](const ClassChange &x, const ClassChange &y) {
                      return names[x.code].localeAwareCompare(names[y.code]) < 0;
                  });
    }
    emit changesUpdated();
    update();
}

void MapView::setCompareDate(QDate date) {
    m_compare = date;
    refresh();
}

QString MapView::title() const {
    return mapTitle(m_state->vendors(), m_state->asOf());
}

QString MapView::subtitle() const {
    if (m_compare.isValid())
        return exportSubtitle();
    return tr("Click: why this colour · double-click: profile · wheel: zoom · drag: pan · "
              "0: reset");
}

MapContent MapView::exportContent() const {
    MapContent content = m_content;
    content.selected.clear();
    return content;
}

QString MapView::exportSubtitle() const {
    return mapSubtitle(m_doc->decisionCount(), m_doc->databaseName(), m_compare,
                       static_cast<int>(m_changes.size()));
}

QRectF MapView::mapArea() const {
    return QRectF(8, kTitleHeight, width() - 16, height() - kTitleHeight - kLegendHeight);
}

double MapView::baseScale() const {
    const QRectF area = mapArea();
    const QRectF world = map().bounds();
    return std::min(area.width() / world.width(), area.height() / world.height());
}

QPointF MapView::toWidget(QPointF projected) const {
    const double scale = baseScale() * m_zoom;
    return mapArea().center() + m_pan + (projected - map().bounds().center()) * scale;
}

QString MapView::governmentAt(QPointF pos) const {
    const double scale = baseScale() * m_zoom;
    const QPointF projected = (pos - mapArea().center() - m_pan) / scale + map().bounds().center();
    return map().hitTest(projected, kMarkerPixels / scale);
}

void MapView::resetView() {
    m_zoom = 1.0;
    m_pan = {};
    update();
}

void MapView::zoomBy(double factor, QPointF around) {
    const double next = std::clamp(m_zoom * factor, 1.0, kMaxZoom);
    const double applied = next / m_zoom;
    // Keep the point under the cursor where it is.
    const QPointF anchor = around - mapArea().center();
    m_pan = anchor - (anchor - m_pan) * applied;
    m_zoom = next;
    if (m_zoom == 1.0)
        m_pan = {};
    update();
}

void MapView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());

    const double scale = baseScale() * m_zoom;
    p.save();
    p.setClipRect(mapArea());
    const QPointF origin = toWidget(QPointF(0, 0));
    p.translate(origin);
    p.scale(scale, scale);
    paintCountries(p, map(), m_content, scale);
    p.restore();

    // Title line: always says what the map shows.
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.25);
    p.setFont(titleFont);
    p.setPen(palette().text().color());
    const QFontMetrics tfm(titleFont);
    p.drawText(QRect(10, 4, width() - 20, tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tfm.elidedText(title(), Qt::ElideRight, width() - 20));
    p.setFont(font());
    p.setPen(palette().placeholderText().color());
    p.drawText(QRect(10, 6 + tfm.height(), width() - 20, fontMetrics().height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(subtitle(), Qt::ElideRight, width() - 20));
    p.setPen(palette().text().color());
    paintLegend(p, QRectF(10, height() - kLegendHeight + 8, width() - 20, kLegendHeight - 8));
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapView::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton) {
        m_pressPos = m_lastPos = event->position();
        m_dragging = false;
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton) {
        const QPointF delta = event->position() - m_lastPos;
        if (m_dragging || (event->position() - m_pressPos).manhattanLength() > 4) {
            m_dragging = true;
            m_pan += delta;
            setCursor(Qt::ClosedHandCursor);
            update();
        }
        m_lastPos = event->position();
        return;
    }
    setCursor(governmentAt(event->position()).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void MapView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (!m_dragging) {
        const QString code = governmentAt(event->position());
        if (!code.isEmpty())
            m_state->setCountry(code);
    }
    m_dragging = false;
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event) {
    const QString code = governmentAt(event->position());
    if (event->button() == Qt::LeftButton && !code.isEmpty())
        emit profileRequested(code);
}

void MapView::keyPressEvent(QKeyEvent *event) {
    const QPointF centre = mapArea().center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_0:
        resetView();
        break;
    case Qt::Key_Left:
        m_pan.rx() += 60;
        update();
        break;
    case Qt::Key_Right:
        m_pan.rx() -= 60;
        update();
        break;
    case Qt::Key_Up:
        m_pan.ry() += 60;
        update();
        break;
    case Qt::Key_Down:
        m_pan.ry() -= 60;
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool MapView::event(QEvent *event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString code = governmentAt(help->pos());
    const Country *c = m_doc->country(code);
    if (!c) {
        QToolTip::hideText();
        return true;
    }
    const Status s = m_content.statuses.value(code);
    QString text = u"%1 (%2)\n%3"_s.arg(displayName(*c), c->code, statusLabel(s));
    const QString why = explainStatus(*m_doc, s);
    if (!why.isEmpty())
        text += u"\n"_s + why.split(u"; "_s).join(u"\n"_s);
    if (m_content.changed.contains(code)) {
        for (const ClassChange &change : m_changes) {
            if (change.code == code)
                text += u"\n"_s + tr("Was %1 on %2")
                                      .arg(statusLabel(change.before),
                                           PartialDate::fromDate(m_compare).toDisplayString());
        }
    }
    // Decision titles are user text: shown as written, never as markup.
    QToolTip::showText(help->globalPos(), plainToolTip(text).replace(u"\n"_s, u"<br>"_s), this);
    return true;
}

} // namespace banatlas
