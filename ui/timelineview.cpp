#include "timelineview.h"
#include "i18n/displaynames.h"

#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "painting/classcolors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace banatlas {

TimelineView::TimelineView(Document *doc, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_state(state)
    , m_scroll(new QScrollBar(Qt::Vertical, this)) {
    setObjectName(u"timelineView"_s);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(500, 200);
    m_style.titleHeight = fontMetrics().height() + 1;
    m_style.laneHeight = m_style.titleHeight + std::max(12.0, fontMetrics().height() * 0.8);
    m_style.axisHeight = fontMetrics().height() * 2 + 4;
    connect(m_scroll, &QScrollBar::valueChanged, this, [this](int v) {
        m_firstLane = v / 10.0;
        update();
        emit viewChanged();
    });
    connect(doc, &Document::changed, this, &TimelineView::rebuild);
    connect(state, &ViewState::asOfChanged, this, qOverload<>(&QWidget::update));
    connect(state, &ViewState::decisionChanged, this, qOverload<>(&QWidget::update));
    rebuild();
}

void TimelineView::setLaneMode(LaneMode mode) {
    m_mode = mode;
    rebuild();
}

void TimelineView::setLaneOrder(LaneOrder order) {
    m_order = order;
    rebuild();
}

void TimelineView::setFilter(const TimelineFilter &filter) {
    m_filter = filter;
    rebuild();
}

// Laid out when shown (or asked about): a window opens without waiting for a tab that is
// not in front, and filters set while hidden cost nothing.
void TimelineView::rebuild() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    buildNow();
}

void TimelineView::ensureBuilt() const {
    if (m_stale)
        const_cast<TimelineView *>(this)->buildNow();
}

void TimelineView::buildNow() {
    m_stale = false;
    // From the narrow facts; a title is read when a marker has room for it.
    const QPointer<Document> doc = m_doc;
    m_layout = TimelineLayout::build(m_doc->resolver(), m_doc->facts(), m_doc->countries(), m_mode,
                                     m_order, m_filter, QDate::currentDate(), [doc](qint64 id) {
                                         const Decision *d = doc ? doc->decision(id) : nullptr;
                                         return d ? d->title : QString();
                                     });
    updateScrollBar();
    if (m_autoFit)
        fitToData();
    update();
    emit viewChanged();
}

void TimelineView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    ensureBuilt();
}

QRectF TimelineView::plotRect() const {
    return QRectF(m_style.labelWidth, m_style.axisHeight,
                  width() - m_scroll->width() - m_style.labelWidth, height() - m_style.axisHeight);
}

void TimelineView::fitToData() {
    ensureBuilt();
    const QRectF plot = plotRect();
    if (plot.width() <= 0)
        return;
    const QDate from = m_layout.first.addMonths(-3);
    const QDate to = m_layout.last.addMonths(3);
    m_scale = TimeScale::fit(from, to, plot.left(), plot.width());
    m_autoFit = true; // until the user zooms or pans, resizing keeps everything in view
    update();
    emit viewChanged();
}

void TimelineView::setScale(const TimeScale &scale) {
    m_scale = scale;
    m_autoFit = false;
    update();
    emit viewChanged();
}

void TimelineView::updateScrollBar() {
    const double visibleLanes = (height() - m_style.axisHeight) / m_style.laneHeight;
    const double maxFirst = std::max(0.0, m_layout.lanes.size() - visibleLanes + 0.5);
    m_scroll->setRange(0, static_cast<int>(maxFirst * 10));
    m_scroll->setPageStep(static_cast<int>(visibleLanes * 10));
    m_scroll->setSingleStep(10);
}

void TimelineView::scrollTo(double lane) {
    m_scroll->setValue(static_cast<int>(lane * 10));
}

void TimelineView::resizeEvent(QResizeEvent *) {
    m_scroll->setGeometry(width() - m_scroll->sizeHint().width(), 0, m_scroll->sizeHint().width(),
                          height());
    updateScrollBar();
    if (m_autoFit)
        fitToData();
}

void TimelineView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QRectF area(0, 0, width() - m_scroll->width(), height());
    paintTimeline(p, area, m_layout, m_scale, m_firstLane, m_state->asOf(), m_state->decision(),
                  m_style);
    if (m_layout.lanes.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(area, Qt::AlignCenter, tr("No decision matches the filters."));
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

qint64 TimelineView::decisionAt(QPointF pos) const {
    ensureBuilt();
    const int index = timelineHitTest(m_layout, m_scale, m_firstLane, paintArea(), pos, m_style);
    return index < 0 ? 0 : m_layout.items[index].id;
}

bool TimelineView::shows(qint64 id) const {
    ensureBuilt();
    return std::any_of(m_layout.items.cbegin(), m_layout.items.cend(),
                       [id](const TimelineItem &it) { return it.id == id; });
}

void TimelineView::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier)
        scrollTo(m_firstLane - steps * 3);
    else if (steps != 0)
        setScale([&] {
            TimeScale s = m_scale;
            s.zoom(std::pow(1.25, steps), std::max(event->position().x(), plotRect().left()));
            return s;
        }());
    event->accept();
}

QRectF TimelineView::paintArea() const {
    return QRectF(0, 0, width() - m_scroll->width(), height());
}

void TimelineView::moveAsOfTo(double x) {
    // The as-of date is shared: the map and the country view follow.
    m_state->setAsOf(m_scale.date(std::clamp(x, plotRect().left(), plotRect().right())));
}

void TimelineView::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    const double cursorX = m_scale.x(m_state->asOf());
    if (onTimelineAxis(paintArea(), event->position(), m_style)) {
        // A click on the date axis puts the as-of date there; dragging goes on moving it.
        moveAsOfTo(event->position().x());
        m_drag = Drag::Cursor;
        return;
    }
    m_drag = std::abs(event->position().x() - cursorX) <= 5 ? Drag::Cursor : Drag::Pan;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event) {
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        const bool nearCursor = std::abs(pos.x() - m_scale.x(m_state->asOf())) <= 5 ||
                                onTimelineAxis(paintArea(), pos, m_style);
        setCursor(nearCursor ? Qt::SizeHorCursor
                             : (decisionAt(pos) ? Qt::PointingHandCursor : Qt::ArrowCursor));
        return;
    }
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    if (m_drag == Drag::Cursor) {
        moveAsOfTo(pos.x());
    } else if (m_moved) {
        const QPointF delta = pos - m_lastPos;
        m_scale.pan(delta.x());
        m_autoFit = false;
        scrollTo(m_firstLane - delta.y() / m_style.laneHeight);
        update();
        emit viewChanged();
    }
    m_lastPos = pos;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (!m_moved && m_drag == Drag::Pan) {
        qint64 id = decisionAt(event->position());
        if (!id) {
            // On a bar: the latest decision that shapes it.
            const auto [lane, period] = timelinePeriodHitTest(
                m_layout, m_scale, m_firstLane, paintArea(), event->position(), m_style);
            if (lane >= 0 && !m_layout.lanes[lane].periods[period].decisions.isEmpty())
                id = m_layout.lanes[lane].periods[period].decisions.last();
        }
        if (const Decision *d = m_doc->decision(id)) {
            m_state->setCountry(d->country);
            m_state->setDecision(id);
        }
    }
    m_drag = Drag::None;
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event) {
    if (const qint64 id = decisionAt(event->position()))
        emit editRequested(id);
}

void TimelineView::keyPressEvent(QKeyEvent *event) {
    const double centre = plotRect().center().x();
    TimeScale s = m_scale;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        s.zoom(1.5, centre);
        break;
    case Qt::Key_Minus:
        s.zoom(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        s.pan(80);
        break;
    case Qt::Key_Right:
        s.pan(-80);
        break;
    case Qt::Key_0:
        fitToData();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setScale(s);
}

bool TimelineView::event(QEvent *event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const Decision *d = m_doc->decision(decisionAt(help->pos()));
    if (!d) {
        const QString text = periodToolTip(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(text).replace(u"\n"_s, u"<br>"_s),
                               this);
        return true;
    }
    const Country *c = m_doc->country(d->country);
    QStringList lines{d->title,
                      u"%1 · %2 · %3"_s.arg(c ? displayName(*c) : d->country,
                                            displayName(d->measure), d->vendors.join(u", "_s)),
                      tr("Announced %1").arg(d->announced.toDisplayString())};
    if (!d->effective.isNull())
        lines.append(tr("In force from %1").arg(d->effective.toDisplayString()));
    if (!d->ended.isNull())
        lines.append(tr("Ended %1").arg(d->ended.toDisplayString()));
    if (!d->deadline.isNull())
        lines.append(tr("Deadline %1").arg(d->deadline.toDisplayString()));
    QToolTip::showText(help->globalPos(),
                       plainToolTip(lines.join(u'\n')).replace(u"\n"_s, u"<br>"_s), this);
    return true;
}

QString TimelineView::periodToolTip(QPointF pos) const {
    if (onTimelineAxis(paintArea(), pos, m_style))
        return tr("Click or drag on the date axis to move the as-of date");
    const auto [lane, index] =
        timelinePeriodHitTest(m_layout, m_scale, m_firstLane, paintArea(), pos, m_style);
    if (lane < 0)
        return {};
    const StatusPeriod &period = m_layout.lanes[lane].periods[index];
    const QString from = PartialDate::fromDate(period.from).toDisplayString();
    QStringList lines{
        m_layout.lanes[lane].label,
        period.to.isValid()
            ? tr("%1 from %2 until %3")
                  .arg(statusLabel({period.statusClass, period.pending, {}, {}}), from,
                       PartialDate::fromDate(period.to).toDisplayString())
            : tr("%1 since %2")
                  .arg(statusLabel({period.statusClass, period.pending, {}, {}}), from)};
    if (m_mode == LaneMode::Vendor)
        lines.append(tr("The strictest class among the governments shown"));
    if (!period.decisions.isEmpty())
        lines.append(tr("Decisions in effect:"));
    for (qint64 id : period.decisions) {
        if (const Decision *d = m_doc->decision(id))
            lines.append(u"• %1 %2, %3: %4"_s.arg(countryName(m_doc->countries(), d->country),
                                                  displayName(d->measure),
                                                  d->announced.toDisplayString(), d->title));
    }
    return lines.join(u'\n');
}

// --- overview -----------------------------------------------------------------------

TimelineOverview::TimelineOverview(TimelineView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view) {
    setObjectName(u"timelineOverview"_s);
    setMinimumHeight(30);
    connect(view, &TimelineView::viewChanged, this, qOverload<>(&QWidget::update));
}

TimeScale TimelineOverview::overviewScale() const {
    const TimelineLayout &l = m_view->layout();
    return TimeScale::fit(l.first.addMonths(-3), l.last.addMonths(3), 4, width() - 8);
}

void TimelineOverview::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0xF2, 0xF2, 0xF2));
    const TimeScale s = overviewScale();
    // A tick per decision, the later over the earlier: only the last one in each pixel
    // column shows, so only that one is drawn (a million ticks in a strip a thousand
    // pixels wide).
    QList<int> lastInColumn(width() + 1, -1);
    const QList<TimelineItem> &items = m_view->layout().items;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int column = qRound(s.x(items[i].announced));
        if (column >= 0 && column <= width())
            lastInColumn[column] = static_cast<int>(i);
    }
    for (int column = 0; column <= width(); ++column) {
        if (lastInColumn[column] < 0)
            continue;
        p.setPen(classColor(classOf(items[lastInColumn[column]].measure)).darker(110));
        p.drawLine(QPointF(column, 6), QPointF(column, height() - 6));
    }
    // The visible window.
    const QRectF plot = m_view->plotRect();
    const double left = s.x(m_view->scale().date(plot.left()));
    const double right = s.x(m_view->scale().date(plot.right()));
    p.setPen(QPen(Qt::black, 1.5));
    p.setBrush(QColor(0, 0, 0, 30));
    p.drawRect(QRectF(left, 1, std::max(3.0, right - left), height() - 3));
}

void TimelineOverview::centreOn(double x) {
    const QDate target = overviewScale().date(x);
    TimeScale s = m_view->scale();
    s.pan(m_view->plotRect().center().x() - s.x(target));
    m_view->setScale(s);
}

void TimelineOverview::mousePressEvent(QMouseEvent *event) {
    centreOn(event->position().x());
}

void TimelineOverview::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton)
        centreOn(event->position().x());
}

} // namespace banatlas
