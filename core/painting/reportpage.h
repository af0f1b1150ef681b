#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;
class QPaintDevice;

namespace banatlas {

// A table cell: plain text (never markup), with an optional fill.
struct ReportCell {
    QString text;
    QColor fill; // invalid: none
    QColor textColor = Qt::black;
};
using ReportRow = QList<ReportCell>;

struct ReportColumn {
    QString title;
    double weight; // share of the width
};

// Where a section of the report starts, for the contents.
struct ReportSection {
    QString title;
    int page = 0;
};

// The text above and below every page: the report's title, the footer and "Page n of m".
struct PageFrame {
    QString title;
    QString footer;
    int totalPages = 1;
};

// Lays out the report's flow of text on pages of one size, top to bottom, and paints it
// on any paint device (PDF, image, screen) through `painter`. With no painter it only lays
// out: the pages it would take and where each section starts, so that a second pass can
// print the page numbers. Lengths are in device units; `pt` converts points to them.
class ReportPage {
public:
    // `device` gives the resolution and the font metrics; `page` is the printable area in
    // device units; `newPage` moves the painter on to a fresh page (called only when
    // painting). The first page's frame is painted at once.
    ReportPage(const QPaintDevice &device, QPainter *painter, const QRectF &page,
               std::function<void()> newPage, PageFrame frame);

    double pt(double points) const;
    // DejaVu Sans without shaping, so that the text extracts as written ("file", not a
    // ligature).
    static QFont font(double size, bool bold = false);
    const QFont &body() const { return m_body; }
    QPainter *painter() const { return m_painter; }
    int page() const { return m_pageNumber; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    const QRectF &content() const { return m_content; }
    double remaining() const { return m_content.bottom() - m_y; }
    // Whether something has been laid out on this page yet.
    bool pageUsed() const { return m_y > m_content.top(); }

    void newPage();
    // A new page unless nothing is on this one yet.
    void beginPage();
    // A new page unless `height` fits on this one (or nothing is on it yet).
    void ensure(double height);

    double textHeight(const QFont &f, double width, const QString &text) const;
    // Plain text in `r`, never read as markup.
    void text(const QRectF &r, const QFont &f, const QString &s, int flags = Qt::TextWordWrap,
              const QColor &color = Qt::black);
    // A paragraph as wide as the page, followed by `after` × 10 points of space.
    void paragraph(const QString &s, const QFont &f, double after = 0.5,
                   const QColor &color = Qt::black);
    // A heading stays with at least `keep` points of what follows it.
    void heading(const QString &s, double size, double keep = 90);
    // A table as wide as the page; the header row repeats on every page it spans, no row
    // is split, and no row is left alone on a page (breakTable).
    void table(const QList<ReportColumn> &columns, const QList<ReportRow> &rows, const QFont &f);

    // Starts a section on a page of its own (a new page unless nothing is on this one
    // yet) under a heading, and records where it starts.
    void beginSection(const QString &title);
    const QList<ReportSection> &sections() const { return m_sections; }

private:
    QList<double> columnWidths(const QList<ReportColumn> &columns) const;
    double rowHeight(const ReportRow &cells, const QList<double> &widths, const QFont &f) const;
    void drawRow(const ReportRow &cells, const QList<double> &widths, const QFont &f,
                 double height);
    void paintFrame();

    const QPaintDevice &m_device;
    QPainter *m_painter;
    std::function<void()> m_newPage;
    PageFrame m_frame;
    QRectF m_page;
    QRectF m_content;
    QFont m_body;
    double m_y = 0;
    int m_pageNumber = 1;
    QList<ReportSection> m_sections;
};

} // namespace banatlas
