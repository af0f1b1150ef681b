#include "painting/report.h"

#include "painting/classcolors.h"
#include "i18n/displaynames.h"
#include "domain/errors.h"
#include "painting/mappainter.h"
#include "storage/outputfile.h"
#include "domain/statusresolver.h"
#include "painting/timeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("banatlas", text);
}

QString shortLabel(const Status &s) {
    QString label;
    switch (s.statusClass) {
    case StatusClass::Banned:
        label = tr("Banned");
        break;
    case StatusClass::Restricted:
        label = tr("Restricted");
        break;
    case StatusClass::GovernmentBan:
        label = tr("Gov. ban");
        break;
    case StatusClass::UnderReview:
        label = tr("Review");
        break;
    case StatusClass::Allowed:
        label = tr("Allowed");
        break;
    case StatusClass::NoneInForce:
        label = tr("Ended");
        break;
    case StatusClass::NoData:
        return u"—"_s;
    }
    return s.pending ? label + u"*"_s : label;
}

bool restricts(StatusClass c) {
    return c == StatusClass::Banned || c == StatusClass::Restricted ||
           c == StatusClass::GovernmentBan;
}

struct Cell {
    QString text;
    QColor fill; // invalid: none
    QColor textColor = Qt::black;
};

struct Column {
    QString title;
    double weight; // share of the width
};

// Lays out and paints the report. Run twice: a dry pass (no painter) counts the pages
// and finds where each section starts, then the real pass paints with those numbers.
class Writer {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Writer)

public:
    Writer(QPdfWriter &pdf, QPainter *painter, QString title, QString footer, int totalPages)
        : m_pdf(pdf)
        , m_p(painter)
        , m_title(std::move(title))
        , m_footer(std::move(footer))
        , m_total(totalPages) {
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        m_page = QRectF(0, 0, page.width(), page.height());
        const double headerSpace = pt(22);
        m_content = m_page.adjusted(0, headerSpace, 0, -headerSpace);
        m_body = font(9.5);
        m_y = m_content.top();
    }

    double pt(double points) const { return points * m_pdf.resolution() / 72.0; }
    QFont font(double size, bool bold = false) const {
        QFont f(u"DejaVu Sans"_s);
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferNoShaping); // "file" stays "file" when extracted
        return f;
    }
    const QFont &body() const { return m_body; }
    QPainter *painter() const { return m_p; }
    int page() const { return m_pageNumber; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    const QRectF &content() const { return m_content; }
    double remaining() const { return m_content.bottom() - m_y; }

    void beginFirstPage() { decorate(); }

    void newPage() {
        if (m_p)
            m_pdf.newPage();
        ++m_pageNumber;
        m_y = m_content.top();
        decorate();
    }

    void ensure(double height) {
        if (height > remaining() && m_y > m_content.top())
            newPage();
    }

    double textHeight(const QFont &f, double width, const QString &text) const {
        const QFontMetricsF fm(f, &m_pdf);
        return fm.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height();
    }

    void text(const QRectF &r, const QFont &f, const QString &s, int flags = Qt::TextWordWrap,
              const QColor &color = Qt::black) {
        if (!m_p)
            return;
        m_p->setFont(f);
        m_p->setPen(color);
        m_p->drawText(r, flags, s);
    }

    void paragraph(const QString &s, const QFont &f, double after = 0.5,
                   const QColor &color = Qt::black) {
        const double h = textHeight(f, m_content.width(), s);
        if (h > remaining() && m_y > m_content.top())
            newPage();
        text(QRectF(m_content.left(), m_y, m_content.width(), h), f, s, Qt::TextWordWrap, color);
        m_y += h + pt(after * 10);
    }

    // A heading stays with at least `keep` points of what follows it.
    void heading(const QString &s, double size, double keep = 90) {
        const QFont f = font(size, true);
        const double h = textHeight(f, m_content.width(), s);
        ensure(h + pt(keep));
        m_y += m_y > m_content.top() ? pt(6) : 0;
        text(QRectF(m_content.left(), m_y, m_content.width(), h), f, s);
        m_y += h + pt(4);
    }

    // A table; the header row repeats on every page it spans; no row is split.
    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows, const QFont &f) {
        const QFont headerFont = QFont(f).resolve(QFont());
        QFont bold = f;
        bold.setBold(true);
        double total = 0;
        for (const Column &c : columns)
            total += c.weight;
        QList<double> widths;
        for (const Column &c : columns)
            widths.append(m_content.width() * c.weight / total);
        const double pad = pt(2.5);
        auto rowHeight = [&](const QList<Cell> &cells, const QFont &rf) {
            double h = 0;
            for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
                h = std::max(h, textHeight(rf, widths[i] - 2 * pad, cells[i].text));
            return h + 2 * pad;
        };
        QList<Cell> header;
        for (const Column &c : columns)
            header.append({c.title, QColor(0xE8, 0xE8, 0xE8)});
        const double headerHeight = rowHeight(header, bold);
        auto drawRow = [&](const QList<Cell> &cells, const QFont &rf, double h) {
            double x = m_content.left();
            for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
                const QRectF r(x, m_y, widths[i], h);
                if (m_p) {
                    if (cells[i].fill.isValid())
                        m_p->fillRect(r, cells[i].fill);
                    m_p->setPen(QPen(QColor(0xBB, 0xBB, 0xBB), pt(0.4)));
                    m_p->drawLine(r.bottomLeft(), r.bottomRight());
                }
                text(r.adjusted(pad, pad, -pad, -pad), rf, cells[i].text, Qt::TextWordWrap,
                     cells[i].textColor);
                x += widths[i];
            }
            m_y += h;
        };
        // Whole on one page if it fits one, else no lone rows (breakTable).
        QList<double> heights;
        for (const QList<Cell> &row : rows)
            heights.append(rowHeight(row, f));
        const TableBreaks breaks = breakTable(heights, headerHeight, remaining(),
                                              m_content.height(), m_y <= m_content.top());
        if (breaks.newPageFirst)
            newPage();
        const QList<qsizetype> &starts = breaks.starts;
        const qsizetype n = rows.size();
        for (qsizetype part = 0; part < starts.size(); ++part) {
            if (part > 0)
                newPage();
            drawRow(header, bold, headerHeight);
            const qsizetype end = part + 1 < starts.size() ? starts[part + 1] : n;
            for (qsizetype i = starts[part]; i < end; ++i)
                drawRow(rows[i], f, heights[i]);
        }
        m_y += pt(8);
        Q_UNUSED(headerFont);
    }

private:
    void decorate() {
        if (!m_p)
            return;
        const QFont small = font(7.5);
        m_p->setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.5)));
        const double top = m_content.top() - pt(8);
        const double bottom = m_content.bottom() + pt(8);
        m_p->drawLine(QPointF(m_page.left(), top), QPointF(m_page.right(), top));
        m_p->drawLine(QPointF(m_page.left(), bottom), QPointF(m_page.right(), bottom));
        const double line = pt(10);
        text(QRectF(m_page.left(), top - line - pt(2), m_page.width(), line), small, m_title,
             Qt::AlignLeft | Qt::AlignBottom, QColor(0x44, 0x44, 0x44));
        text(QRectF(m_page.left(), bottom + pt(2), m_page.width(), line), small, m_footer,
             Qt::AlignLeft | Qt::AlignTop, QColor(0x44, 0x44, 0x44));
        text(QRectF(m_page.left(), bottom + pt(2), m_page.width(), line), small,
             tr("Page %1 of %2").arg(m_pageNumber).arg(m_total), Qt::AlignRight | Qt::AlignTop,
             QColor(0x44, 0x44, 0x44));
    }

    QPdfWriter &m_pdf;
    QPainter *m_p;
    QString m_title;
    QString m_footer;
    int m_total;
    QRectF m_page;
    QRectF m_content;
    QFont m_body;
    double m_y = 0;
    int m_pageNumber = 1;
};

struct Section {
    QString title;
    int page = 0;
};

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
    // The first row of each page's part, filling pages greedily.
    auto paginate = [&](double firstRoom) {
        QList<qsizetype> starts{0};
        double room = firstRoom;
        double used = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (used + rowHeights[i] > room && i > starts.last()) {
                starts.append(i);
                used = 0;
                room = pageRoom;
            }
            used += rowHeights[i];
        }
        return starts;
    };
    out.starts = paginate(out.newPageFirst ? pageRoom : remaining - headerHeight);
    if (!out.newPageFirst && !atTopOfPage && out.starts.size() > 1 && out.starts[1] < minRows) {
        // Too little of it would fit here: start on the next page.
        out.newPageFirst = true;
        out.starts = paginate(pageRoom);
    }
    if (out.starts.size() > 1) {
        // No short last part: move rows down from the part before.
        const qsizetype last = n - out.starts.last();
        const qsizetype before = out.starts.last() - out.starts[out.starts.size() - 2];
        const qsizetype move = std::min(minRows - last, before - minRows);
        if (last < minRows && move > 0)
            out.starts.last() -= move;
    }
    return out;
}

bool writeReport(const QString &path, const Store &store, const ReportOptions &options,
                 const ReportProgress &progress) {
    // Everything the report says, resolved once.
    const QList<Decision> decisions = store.decisions();
    const QList<Vendor> vendorList = store.vendors();
    const QList<Country> countries = store.countries();
    const QList<CountryGroup> groups = store.groups();
    const StatusResolver resolver(decisions, vendorList);
    QHash<QString, const Country *> countryByCode;
    for (const Country &c : countries)
        countryByCode.insert(c.code, &c);
    QHash<qint64, const Decision *> decisionById;
    for (const Decision &d : decisions)
        decisionById.insert(d.id, &d);
    // Decisions announced after the as-of date are not yet part of the story.
    const int asOfKey = dateKey(options.asOf);
    auto names = [&](const Decision &d) {
        if (d.announced.key() > asOfKey)
            return false;
        if (options.vendors.isEmpty())
            return true;
        for (const QString &v : options.vendors) {
            if (d.vendors.contains(v, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };

    // Scope: the governments asked for, a group's members, or all with a decision.
    QStringList scope = options.countries;
    QString scopeText;
    if (scope.isEmpty() && !options.group.isEmpty()) {
        QString groupName;
        for (const CountryGroup &g : groups) {
            if (g.code.compare(options.group, Qt::CaseInsensitive) == 0) {
                scope = g.membersOn(options.asOf);
                groupName = shortName(g);
            }
        }
        if (scope.isEmpty())
            throw Error(tr("unknown group \"%1\"").arg(options.group));
        scopeText = tr("Members of %1 on %2")
                        .arg(groupName, PartialDate::fromDate(options.asOf).toDisplayString());
    }
    if (scope.isEmpty()) {
        for (const Decision &d : decisions) {
            if (names(d) && !scope.contains(d.country))
                scope.append(d.country);
        }
        scopeText = tr("Every government with a recorded decision (%1)").arg(scope.size());
    } else if (scopeText.isEmpty()) {
        QStringList countryNames;
        for (const QString &code : std::as_const(scope))
            countryNames.append(countryName(countries, code));
        scopeText = countryNames.join(u", "_s);
    }
    std::sort(scope.begin(), scope.end(), [&](const QString &a, const QString &b) {
        return countryByCode.value(a) && countryByCode.value(b)
                   ? displayName(*countryByCode[a])
                             .localeAwareCompare(displayName(*countryByCode[b])) < 0
                   : a < b;
    });
    QStringList vendors = options.vendors;
    if (vendors.isEmpty()) {
        for (const Decision &d : decisions) {
            if (!scope.contains(d.country))
                continue;
            for (const QString &v : d.vendors) {
                if (!vendors.contains(v))
                    vendors.append(v);
            }
        }
        std::sort(vendors.begin(), vendors.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
    }
    const QString vendorText =
        options.vendors.isEmpty() ? tr("Any vendor") : options.vendors.join(u", "_s);
    const QString dateText = PartialDate::fromDate(options.asOf).toDisplayString();
    const QString title =
        options.title.isEmpty() ? tr("%1: government restrictions").arg(vendorText) : options.title;
    const auto statuses = resolver.resolveCountries(scope, options.vendors, options.asOf);
    const auto matrix = resolver.resolveMatrix(scope, vendors, options.asOf);

    checkOutputPath(path, store.path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("%1: cannot write: %2").arg(path, file.errorString()));
    QPdfWriter pdf(&file);
    pdf.setResolution(300); // before painting: the default is 1200 dpi
    pdf.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation,
                                  QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    pdf.setTitle(title);
    pdf.setCreator(u"BanAtlas " BANATLAS_VERSION ""_s);
    pdf.setDocumentXmpMetadata(
        u"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
        "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
        "<dc:creator><rdf:Seq><rdf:li>BanAtlas</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"_s.arg(title.toHtmlEscaped())
            .toUtf8());
    const QString footer =
        tr("As of %1 · generated %2 from %3")
            .arg(dateText, displayDateTime(QDateTime::currentDateTimeUtc()) + u" UTC"_s,
                 QFileInfo(store.path()).fileName());

    QList<Section> sections;
    int totalPages = 1;
    bool cancelled = false;
    QPainter painter;
    for (int pass = 0; pass < 2 && !cancelled; ++pass) {
        const bool dry = pass == 0;
        if (!dry && !painter.begin(&pdf))
            throw Error(tr("%1: cannot start the PDF").arg(path));
        Writer w(pdf, dry ? nullptr : &painter, title, footer, totalPages);
        w.beginFirstPage();
        int sectionIndex = 0;
        auto section = [&](const QString &name) {
            w.newPage();
            if (dry)
                sections.append({name, w.page()});
            w.heading(name, 15);
            ++sectionIndex;
        };
        auto report = [&]() {
            if (dry || !progress)
                return true;
            if (!progress(w.page(), totalPages))
                cancelled = true;
            return !cancelled;
        };

        // Cover.
        w.setY(w.content().top() + w.content().height() * 0.18);
        w.paragraph(title, w.font(24, true), 1.0);
        w.paragraph(tr("Measures in force on %1").arg(dateText), w.font(14), 1.5);
        w.paragraph(tr("Vendors: %1").arg(vendorText), w.font(11), 0.4);
        w.paragraph(tr("Governments: %1").arg(scopeText), w.font(11), 0.4);
        if (options.compare) {
            w.paragraph(tr("Compared with %1")
                            .arg(PartialDate::fromDate(*options.compare).toDisplayString()),
                        w.font(11), 0.4);
        }
        w.paragraph(tr("Generated %1 by BanAtlas %2 from %3 (%4 decisions)")
                        .arg(displayDateTime(QDateTime::currentDateTimeUtc()) + u" UTC"_s,
                             QStringLiteral(BANATLAS_VERSION), QFileInfo(store.path()).fileName())
                        .arg(decisions.size()),
                    w.font(9), 1.0, QColor(0x44, 0x44, 0x44));
        w.paragraph(tr("Each government's class is derived from its recorded decisions by the "
                       "BanAtlas status rules; every decision cited here lists its sources."),
                    w.font(9), 0.5, QColor(0x44, 0x44, 0x44));

        // Contents: as many lines as there are sections, numbers from the dry pass.
        w.newPage();
        w.heading(tr("Contents"), 15);
        const int expectedSections = 1 + (options.includeMap ? 1 : 0) + 1 +
                                     (options.includeTimeline ? 1 : 0) +
                                     static_cast<int>(scope.size());
        for (int i = 0; i < expectedSections; ++i) {
            const Section s = i < sections.size() ? sections[i] : Section{u"…"_s, 0};
            const double h = w.textHeight(w.body(), w.content().width(), s.title);
            w.ensure(h);
            w.text(QRectF(w.content().left(), w.y(), w.content().width() - w.pt(40), h), w.body(),
                   s.title, Qt::AlignLeft | Qt::TextSingleLine);
            w.text(QRectF(w.content().left(), w.y(), w.content().width(), h), w.body(),
                   QString::number(s.page), Qt::AlignRight | Qt::TextSingleLine);
            w.setY(w.y() + h + w.pt(2));
        }
        if (!report())
            break;

        // Summary.
        section(tr("Summary"));
        QMap<StatusClass, int> perClass;
        for (const QString &c : std::as_const(scope))
            ++perClass[statuses.value(c).statusClass];
        QList<QList<Cell>> counts;
        for (StatusClass c : allStatusClasses()) {
            counts.append({{displayName(c), classColor(c), classTextColor(c)},
                           {QString::number(perClass.value(c)), {}}});
        }
        w.paragraph(tr("Governments in this report by class on %1 (%2):").arg(dateText, vendorText),
                    w.body());
        w.table({{tr("Class"), 3}, {tr("Governments"), 1}}, counts, w.body());
        w.paragraph(tr("Group roll-ups, with membership on %1:").arg(dateText), w.body());
        for (const CountryGroup &g : groups) {
            const QStringList members = g.membersOn(options.asOf);
            const auto memberStatus =
                resolver.resolveCountries(members, options.vendors, options.asOf);
            int restricting = 0;
            for (const Status &s : memberStatus)
                restricting += restricts(s.statusClass) ? 1 : 0;
            const QString whom = options.vendors.isEmpty() ? tr("at least one vendor")
                                                           : options.vendors.join(u", "_s);
            w.paragraph(tr("%1: %2 of %3 members restrict %4 (banned, restricted or "
                           "government ban).")
                            .arg(shortName(g))
                            .arg(restricting)
                            .arg(members.size())
                            .arg(whom),
                        w.body(), 0.2);
        }
        if (options.compare) {
            const auto before = resolver.resolveCountries(scope, options.vendors, *options.compare);
            QList<QList<Cell>> changes;
            for (const QString &c : std::as_const(scope)) {
                const Status a = before.value(c);
                const Status b = statuses.value(c);
                if (a.statusClass == b.statusClass && a.pending == b.pending)
                    continue;
                changes.append(
                    {{countryByCode.value(c) ? displayName(*countryByCode[c]) : c, {}},
                     {shortLabel(a), classColor(a.statusClass), classTextColor(a.statusClass)},
                     {shortLabel(b), classColor(b.statusClass), classTextColor(b.statusClass)}});
            }
            w.heading(tr("What changed since %1")
                          .arg(PartialDate::fromDate(*options.compare).toDisplayString()),
                      11);
            if (changes.isEmpty())
                w.paragraph(tr("No government changed class."), w.body());
            else
                w.table({{tr("Government"), 3}, {tr("Then"), 2}, {tr("Now"), 2}}, changes,
                        w.body());
        }
        if (!report())
            break;

        // The world map, as wide as the page, with its legend at reading size; below it,
        // when the page leaves room (portrait), a close-up of Europe, where many small
        // governments decide.
        if (options.includeMap) {
            section(tr("World map"));
            MapContent content;
            QStringList every;
            for (const Country &c : countries)
                every.append(c.code);
            content.statuses = resolver.resolveCountries(every, options.vendors, options.asOf);
            if (w.painter()) {
                const double text = w.pt(9);
                const double used = paintMapFigure(
                    *w.painter(),
                    QRectF(w.content().left(), w.y(), w.content().width(), w.remaining()),
                    WorldMap::bundled(), content, mapTitle(options.vendors, options.asOf),
                    tr("Every government, whether in this report's scope or not"), text);
                const double insetTop = w.y() + used + w.pt(16);
                const double insetHeight = w.content().bottom() - insetTop;
                if (insetHeight > w.content().height() * 0.3) {
                    paintMapRegion(
                        *w.painter(),
                        QRectF(w.content().left(), insetTop, w.content().width(), insetHeight),
                        WorldMap::bundled(), content, QRectF(-25, 34, 70, 38),
                        tr("Europe, close up"), text);
                }
            }
            w.setY(w.content().bottom());
            if (!report())
                break;
        }

        // Country × vendor matrix, a chunk of columns at a time.
        section(tr("Governments and vendors"));
        w.paragraph(tr("Class of each government for each vendor on %1. * : announced, not yet "
                       "in force. — : no decision recorded.")
                        .arg(dateText),
                    w.font(8.5));
        const int perChunk = options.orientation == QPageLayout::Landscape ? 9 : 6;
        for (qsizetype start = 0; start < vendors.size(); start += perChunk) {
            QList<Column> columns{{tr("Government"), 2.2}};
            const qsizetype end = std::min(vendors.size(), start + perChunk);
            for (qsizetype v = start; v < end; ++v)
                columns.append({vendors[v], 1});
            QList<QList<Cell>> rows;
            for (qsizetype r = 0; r < scope.size(); ++r) {
                QList<Cell> row{{countryByCode.value(scope[r])
                                     ? displayName(*countryByCode[scope[r]])
                                     : scope[r],
                                 {}}};
                for (qsizetype v = start; v < end; ++v) {
                    const Status &s = matrix[r][v];
                    row.append({shortLabel(s),
                                s.statusClass == StatusClass::NoData ? QColor()
                                                                     : classColor(s.statusClass),
                                s.statusClass == StatusClass::NoData
                                    ? QColor(0x77, 0x77, 0x77)
                                    : classTextColor(s.statusClass)});
                }
                rows.append(row);
            }
            w.table(columns, rows, w.font(7.5));
        }
        if (!report())
            break;

        // Timeline.
        if (options.includeTimeline) {
            section(tr("Timeline"));
            // The story up to the as-of date: the decisions announced by then, by the same
            // rules as everything else in the report.
            TimelineFilter filter;
            filter.vendors = options.vendors;
            filter.countries = QSet<QString>(scope.begin(), scope.end());
            QList<Decision> known;
            for (const Decision &d : decisions) {
                if (d.announced.key() <= asOfKey)
                    known.append(d);
            }
            const StatusResolver knownResolver(known, vendorList);
            const TimelineLayout layout =
                TimelineLayout::build(knownResolver, known, countries, LaneMode::Country,
                                      LaneOrder::FirstDecision, filter, options.asOf);
            TimelineStyle style;
            style.titleHeight = w.pt(8.5);
            style.laneHeight = w.pt(17);
            style.labelWidth = w.pt(85);
            style.axisHeight = w.pt(18);
            style.marker = w.pt(5);
            double first = 0;
            while (first < layout.lanes.size()) {
                const double available = w.remaining() - style.axisHeight;
                const int lanes = std::max(1, static_cast<int>(available / style.laneHeight));
                const int shown =
                    std::min<int>(lanes, static_cast<int>(layout.lanes.size() - first));
                const double height = style.axisHeight + shown * style.laneHeight;
                if (w.painter()) {
                    const TimeScale scale =
                        TimeScale::fit(layout.first.addMonths(-3), options.asOf.addMonths(3),
                                       w.content().left() + style.labelWidth,
                                       w.content().width() - style.labelWidth);
                    w.painter()->save();
                    w.painter()->setFont(w.font(6.5));
                    paintTimeline(*w.painter(),
                                  QRectF(w.content().left(), w.y(), w.content().width(), height),
                                  layout, scale, first, options.asOf, 0, style);
                    w.painter()->restore();
                }
                w.setY(w.y() + height + w.pt(6));
                first += shown;
                if (first < layout.lanes.size())
                    w.newPage();
            }
            if (!report())
                break;
        }

        // One section per government.
        int footnote = 0;
        for (const QString &code : std::as_const(scope)) {
            const Country *c = countryByCode.value(code);
            section(c ? u"%1 (%2)"_s.arg(displayName(*c), code) : code);
            QList<QList<Cell>> classRows;
            QStringList named;
            for (const Decision &d : decisions) {
                if (d.country != code || !names(d))
                    continue;
                for (const QString &v : d.vendors) {
                    if ((options.vendors.isEmpty() ||
                         options.vendors.contains(v, Qt::CaseInsensitive)) &&
                        !named.contains(v))
                        named.append(v);
                }
            }
            for (const QString &v : std::as_const(named)) {
                const Status s = resolver.resolve(code, v, options.asOf);
                QStringList why;
                for (qint64 id : s.deciding) {
                    if (const Decision *d = decisionById.value(id))
                        why.append(u"%1, %2: %3"_s.arg(displayName(d->measure),
                                                       d->announced.toDisplayString(), d->title));
                }
                classRows.append(
                    {{v, {}},
                     {shortLabel(s),
                      s.statusClass == StatusClass::NoData ? QColor() : classColor(s.statusClass),
                      s.statusClass == StatusClass::NoData ? QColor(Qt::black)
                                                           : classTextColor(s.statusClass)},
                     {why.join(u"; "_s), {}}});
            }
            if (classRows.isEmpty()) {
                w.paragraph(tr("No decision recorded for these vendors by %1.").arg(dateText),
                            w.body());
                if (!report())
                    break;
                continue;
            }
            w.table({{tr("Vendor"), 1.3}, {tr("Class"), 1.1}, {tr("Why"), 5}}, classRows,
                    w.font(8));

            QList<const Decision *> own;
            for (const Decision &d : decisions) {
                if (d.country == code && names(d))
                    own.append(&d);
            }
            std::sort(own.begin(), own.end(), [](const Decision *a, const Decision *b) {
                return a->announced.key() != b->announced.key()
                           ? a->announced.key() > b->announced.key()
                           : a->id > b->id;
            });
            QList<QList<Cell>> rows;
            QStringList notes;
            for (const Decision *d : std::as_const(own)) {
                QStringList refs;
                for (const Source &s : d->sources) {
                    ++footnote;
                    refs.append(QString::number(footnote));
                    QStringList parts;
                    if (!s.title.isEmpty())
                        parts.append(s.title);
                    if (!s.publisher.isEmpty())
                        parts.append(s.publisher);
                    if (!s.published.isNull())
                        parts.append(s.published.toDisplayString());
                    if (!s.url.isEmpty())
                        parts.append(s.url);
                    if (!s.accessed.isNull())
                        parts.append(tr("Accessed %1").arg(s.accessed.toDisplayString()));
                    if (!s.localCopy.isEmpty()) // the digest lets a reader check the copy
                        parts.append(tr("Local copy %1, SHA-256 %2").arg(s.localCopy, s.sha256));
                    notes.append(u"[%1] %2"_s.arg(footnote).arg(parts.join(u". "_s)));
                }
                QStringList scopes;
                for (Scope s : d->scopes)
                    scopes.append(displayName(s));
                rows.append(
                    {{d->announced.toDisplayString(), {}},
                     {displayName(d->measure), {}},
                     {d->vendors.join(u", "_s), {}},
                     {scopes.join(u", "_s), {}},
                     {refs.isEmpty() ? d->title : u"%1 [%2]"_s.arg(d->title, refs.join(u", "_s)),
                      {}},
                     {displayName(d->confidence), {}}});
            }
            w.heading(tr("Decisions"), 10.5, 40);
            w.table({{tr("Announced"), 1.1},
                     {tr("Measure"), 1.1},
                     {tr("Vendors"), 1.3},
                     {tr("Scope"), 1.3},
                     {tr("Title"), 3.4},
                     {tr("Confidence"), 1}},
                    rows, w.font(7.5));
            w.heading(tr("Summaries"), 10.5, 40);
            for (const Decision *d : std::as_const(own)) {
                w.paragraph(d->title, w.font(8.5, true), 0.1);
                w.paragraph(d->summary.isEmpty() ? tr("(no summary)") : d->summary, w.font(8.5),
                            0.5);
            }
            if (!notes.isEmpty()) {
                w.heading(tr("Sources"), 10.5, 30);
                for (const QString &n : std::as_const(notes))
                    w.paragraph(n, w.font(7.5), 0.25, QColor(0x33, 0x33, 0x33));
            }
            if (!report())
                break;
        }
        if (dry)
            totalPages = w.page();
    }
    if (painter.isActive())
        painter.end();
    if (cancelled) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        throw Error(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

} // namespace banatlas
