#include "painting/reportpage.h"

#include "painting/reporttext.h"

#include "painting/report.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

const QColor kFrameText(0x44, 0x44, 0x44);
const QColor kFrameLine(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xE8, 0xE8, 0xE8);
const QColor kRowLine(0xBB, 0xBB, 0xBB);

// The first row of each page's part of a table, filling pages greedily: `firstRoom` on
// the first page, `pageRoom` on each after it.
QList<qsizetype> fillPages(const QList<double> &rowHeights, double firstRoom, double pageRoom) {
    QList<qsizetype> starts{0};
    double room = firstRoom;
    double used = 0;
    for (qsizetype i = 0; i < rowHeights.size(); ++i) {
        if (used + rowHeights[i] > room && i > starts.last()) {
            starts.append(i);
            used = 0;
            room = pageRoom;
        }
        used += rowHeights[i];
    }
    return starts;
}

// No short last part: rows move down from the part before it, as long as that one keeps
// `minRows`.
void balanceLastPart(QList<qsizetype> &starts, qsizetype rows, qsizetype minRows) {
    if (starts.size() < 2)
        return;
    const qsizetype last = rows - starts.last();
    const qsizetype before = starts.last() - starts[starts.size() - 2];
    const qsizetype move = std::min(minRows - last, before - minRows);
    if (last < minRows && move > 0)
        starts.last() -= move;
}

} // namespace

TableBreaks breakTable(const QList<double> &rowHeights, double headerHeight, double remaining,
                       double pageHeight, bool atTopOfPage, qsizetype minRows) {
    const auto n = static_cast<qsizetype>(rowHeights.size());
    double tableHeight = headerHeight;
    for (double h : rowHeights)
        tableHeight += h;
    TableBreaks out;
    // Whole on one page when it fits one; a small table never splits.
    if (!atTopOfPage && tableHeight > remaining && (tableHeight <= pageHeight || n < 2 * minRows))
        out.newPageFirst = true;
    const double pageRoom = pageHeight - headerHeight;
    out.starts =
        fillPages(rowHeights, out.newPageFirst ? pageRoom : remaining - headerHeight, pageRoom);
    if (!out.newPageFirst && !atTopOfPage && out.starts.size() > 1 && out.starts[1] < minRows) {
        // Too little of it would fit here: start on the next page.
        out.newPageFirst = true;
        out.starts = fillPages(rowHeights, pageRoom, pageRoom);
    }
    balanceLastPart(out.starts, n, minRows);
    return out;
}

ReportPage::ReportPage(const QPaintDevice &device, QPainter *painter, const QRectF &page,
                       std::function<void()> newPage, PageFrame frame)
    : m_device(device)
    , m_painter(painter)
    , m_newPage(std::move(newPage))
    , m_frame(std::move(frame))
    , m_page(page) {
    const double headerSpace = pt(22);
    m_content = m_page.adjusted(0, headerSpace, 0, -headerSpace);
    m_body = font(9.5);
    m_y = m_content.top();
    paintFrame();
}

double ReportPage::pt(double points) const {
    return points * m_device.logicalDpiY() / 72.0;
}

QFont ReportPage::font(double size, bool bold) {
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping); // "file" stays "file" when extracted
    return f;
}

void ReportPage::newPage() {
    if (m_painter && m_newPage)
        m_newPage();
    ++m_pageNumber;
    m_y = m_content.top();
    paintFrame();
}

void ReportPage::ensure(double height) {
    if (height > remaining() && pageUsed())
        newPage();
}

double ReportPage::textHeight(const QFont &f, double width, const QString &text) const {
    const QFontMetricsF fm(f, &m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height();
}

void ReportPage::text(const QRectF &r, const QFont &f, const QString &s, int flags,
                      const QColor &color) {
    if (!m_painter)
        return;
    m_painter->setFont(f);
    m_painter->setPen(color);
    m_painter->drawText(r, flags, s);
}

void ReportPage::paragraph(const QString &s, const QFont &f, double after, const QColor &color) {
    const double h = textHeight(f, m_content.width(), s);
    ensure(h);
    text(QRectF(m_content.left(), m_y, m_content.width(), h), f, s, Qt::TextWordWrap, color);
    m_y += h + pt(after * 10);
}

void ReportPage::heading(const QString &s, double size, double keep) {
    const QFont f = font(size, true);
    const double h = textHeight(f, m_content.width(), s);
    ensure(h + pt(keep));
    m_y += pageUsed() ? pt(6) : 0;
    text(QRectF(m_content.left(), m_y, m_content.width(), h), f, s);
    m_y += h + pt(4);
}

void ReportPage::beginPage() {
    if (pageUsed())
        newPage();
}

void ReportPage::beginSection(const QString &title) {
    beginPage();
    m_sections.append({title, m_pageNumber});
    heading(title, 15);
}

QList<double> ReportPage::columnWidths(const QList<ReportColumn> &columns) const {
    double total = 0;
    for (const ReportColumn &c : columns)
        total += c.weight;
    QList<double> widths;
    for (const ReportColumn &c : columns)
        widths.append(m_content.width() * c.weight / total);
    return widths;
}

double ReportPage::rowHeight(const ReportRow &cells, const QList<double> &widths,
                             const QFont &f) const {
    const double pad = pt(2.5);
    double h = 0;
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
        h = std::max(h, textHeight(f, widths[i] - 2 * pad, cells[i].text));
    return h + 2 * pad;
}

void ReportPage::drawRow(const ReportRow &cells, const QList<double> &widths, const QFont &f,
                         double height) {
    const double pad = pt(2.5);
    double x = m_content.left();
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
        const QRectF r(x, m_y, widths[i], height);
        if (m_painter) {
            if (cells[i].fill.isValid())
                m_painter->fillRect(r, cells[i].fill);
            m_painter->setPen(QPen(kRowLine, pt(0.4)));
            m_painter->drawLine(r.bottomLeft(), r.bottomRight());
        }
        text(r.adjusted(pad, pad, -pad, -pad), f, cells[i].text, Qt::TextWordWrap,
             cells[i].textColor);
        x += widths[i];
    }
    m_y += height;
}

void ReportPage::table(const QList<ReportColumn> &columns, const QList<ReportRow> &rows,
                       const QFont &f) {
    QFont bold = f;
    bold.setBold(true);
    const QList<double> widths = columnWidths(columns);
    ReportRow header;
    for (const ReportColumn &c : columns)
        header.append({c.title, kHeaderFill});
    const double headerHeight = rowHeight(header, widths, bold);
    QList<double> heights;
    for (const ReportRow &row : rows)
        heights.append(rowHeight(row, widths, f));
    const TableBreaks breaks =
        breakTable(heights, headerHeight, remaining(), m_content.height(), !pageUsed());
    if (breaks.newPageFirst)
        newPage();
    for (qsizetype part = 0; part < breaks.starts.size(); ++part) {
        if (part > 0)
            newPage();
        drawRow(header, widths, bold, headerHeight);
        const qsizetype end =
            part + 1 < breaks.starts.size() ? breaks.starts[part + 1] : rows.size();
        for (qsizetype i = breaks.starts[part]; i < end; ++i)
            drawRow(rows[i], widths, f, heights[i]);
    }
    m_y += pt(8);
}

void ReportPage::paintFrame() {
    if (!m_painter)
        return;
    const QFont small = font(7.5);
    m_painter->setPen(QPen(kFrameLine, pt(0.5)));
    const double top = m_content.top() - pt(8);
    const double bottom = m_content.bottom() + pt(8);
    m_painter->drawLine(QPointF(m_page.left(), top), QPointF(m_page.right(), top));
    m_painter->drawLine(QPointF(m_page.left(), bottom), QPointF(m_page.right(), bottom));
    const double line = pt(10);
    const QRectF above(m_page.left(), top - line - pt(2), m_page.width(), line);
    const QRectF below(m_page.left(), bottom + pt(2), m_page.width(), line);
    text(above, small, m_frame.title, Qt::AlignLeft | Qt::AlignBottom, kFrameText);
    text(below, small, m_frame.footer, Qt::AlignLeft | Qt::AlignTop, kFrameText);
    text(below, small, ReportText::tr("Page %1 of %2").arg(m_pageNumber).arg(m_frame.totalPages),
         Qt::AlignRight | Qt::AlignTop, kFrameText);
}

} // namespace banatlas
