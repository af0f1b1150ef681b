#include "painting/reportsections.h"

#include "painting/reporttext.h"

#include "i18n/citation.h"
#include "i18n/displaynames.h"
#include "painting/classcolors.h"
#include "painting/mappainter.h"
#include "painting/timeline.h"

#include <QCoreApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

const QColor kQuietText(0x44, 0x44, 0x44);
const QColor kSourceText(0x33, 0x33, 0x33);
const QColor kNoDecisionText(0x77, 0x77, 0x77);

QFont font(double size, bool bold = false) {
    return ReportPage::font(size, bold);
}

QString displayDate(QDate date) {
    return PartialDate::fromDate(date).toDisplayString();
}

// A class in a table cell: "Banned", "Gov. ban", "Banned*" (pending), "—" (no data).
QString shortLabel(const Status &s) {
    QString label;
    switch (s.statusClass) {
    case StatusClass::Banned:
        label = ReportText::tr("Banned");
        break;
    case StatusClass::Restricted:
        label = ReportText::tr("Restricted");
        break;
    case StatusClass::GovernmentBan:
        label = ReportText::tr("Gov. ban");
        break;
    case StatusClass::UnderReview:
        label = ReportText::tr("Review");
        break;
    case StatusClass::Allowed:
        label = ReportText::tr("Allowed");
        break;
    case StatusClass::NoneInForce:
        label = ReportText::tr("Ended");
        break;
    case StatusClass::NoData:
        return u"—"_s;
    }
    return s.pending ? label + u"*"_s : label;
}

// A status in its class colour, "no data" included.
ReportCell classCell(const Status &s) {
    return {shortLabel(s), classColor(s.statusClass), classTextColor(s.statusClass)};
}

// A status in its class colour; "no data" unfilled, in `noDataText`.
ReportCell statusCell(const Status &s, const QColor &noDataText) {
    if (s.statusClass == StatusClass::NoData)
        return {shortLabel(s), QColor(), noDataText};
    return classCell(s);
}

// ---- Contents

void paintContentsLine(ReportPage &page, const ReportSection &s) {
    const QRectF &content = page.content();
    const double h = page.textHeight(page.body(), content.width(), s.title);
    page.ensure(h);
    page.text(QRectF(content.left(), page.y(), content.width() - page.pt(40), h), page.body(),
              s.title, Qt::AlignLeft | Qt::TextSingleLine);
    page.text(QRectF(content.left(), page.y(), content.width(), h), page.body(),
              QString::number(s.page), Qt::AlignRight | Qt::TextSingleLine);
    page.setY(page.y() + h + page.pt(2));
}

// ---- Summary

QList<ReportRow> classCountRows(const ReportData &data) {
    QMap<StatusClass, int> perClass;
    for (const QString &c : data.scope)
        ++perClass[data.statuses.value(c).statusClass];
    QList<ReportRow> rows;
    for (StatusClass c : allStatusClasses()) {
        rows.append({{displayName(c), classColor(c), classTextColor(c)},
                     {QString::number(perClass.value(c)), {}}});
    }
    return rows;
}

void paintRollUps(ReportPage &page, const ReportData &data) {
    page.paragraph(ReportText::tr("Group roll-ups, with membership on %1:").arg(data.dateText),
                   page.body());
    const QString whom = data.options.vendors.isEmpty() ? ReportText::tr("at least one vendor")
                                                        : data.options.vendors.join(u", "_s);
    for (const GroupRollUp &r : data.rollUps) {
        page.paragraph(ReportText::tr("%1: %2 of %3 members restrict %4 (banned, restricted or "
                                      "government ban).")
                           .arg(r.name)
                           .arg(r.restricting)
                           .arg(r.members)
                           .arg(whom),
                       page.body(), 0.2);
    }
}

// The governments whose class (or pending flag) differs between the two dates.
QList<ReportRow> changeRows(const ReportData &data) {
    QList<ReportRow> rows;
    for (const QString &c : data.scope) {
        const Status a = data.before->value(c);
        const Status b = data.statuses.value(c);
        if (a.statusClass == b.statusClass && a.pending == b.pending)
            continue;
        rows.append({{data.governmentName(c), {}}, classCell(a), classCell(b)});
    }
    return rows;
}

void paintChanges(ReportPage &page, const ReportData &data) {
    const QList<ReportRow> changes = changeRows(data);
    page.heading(ReportText::tr("What changed since %1").arg(displayDate(*data.options.compare)),
                 11);
    if (changes.isEmpty())
        page.paragraph(ReportText::tr("No government changed class."), page.body());
    else
        page.table({{ReportText::tr("Government"), 3},
                    {ReportText::tr("Then"), 2},
                    {ReportText::tr("Now"), 2}},
                   changes, page.body());
}

// ---- Map

// The world map as wide as the page, with its legend at reading size; below it, when the
// page leaves room (portrait), a close-up of Europe, where many small governments decide.
void paintMaps(QPainter &p, const ReportPage &page, const ReportData &data) {
    MapContent content;
    QStringList every;
    for (const Country &c : data.countries)
        every.append(c.code);
    content.statuses =
        data.resolver.resolveCountries(every, data.options.vendors, data.options.asOf);
    const QRectF &area = page.content();
    const double text = page.pt(9);
    const double used = paintMapFigure(
        p, QRectF(area.left(), page.y(), area.width(), page.remaining()), WorldMap::bundled(),
        content, mapTitle(data.options.vendors, data.options.asOf),
        ReportText::tr("Every government, whether in this report's scope or not"), text);
    const double insetTop = page.y() + used + page.pt(16);
    const double insetHeight = area.bottom() - insetTop;
    if (insetHeight > area.height() * 0.3) {
        paintMapRegion(p, QRectF(area.left(), insetTop, area.width(), insetHeight),
                       WorldMap::bundled(), content, QRectF(-25, 34, 70, 38),
                       ReportText::tr("Europe, close up"), text);
    }
}

// ---- Matrix

// The matrix's vendors [first, end): a government per row.
void paintMatrixPart(ReportPage &page, const ReportData &data, qsizetype first, qsizetype end) {
    QList<ReportColumn> columns{{ReportText::tr("Government"), 2.2}};
    for (qsizetype v = first; v < end; ++v)
        columns.append({data.matrixVendors[v], 1});
    QList<ReportRow> rows;
    for (qsizetype r = 0; r < data.scope.size(); ++r) {
        ReportRow row{{data.governmentName(data.scope[r]), {}}};
        for (qsizetype v = first; v < end; ++v)
            row.append(statusCell(data.matrix[r][v], kNoDecisionText));
        rows.append(row);
    }
    page.table(columns, rows, font(7.5));
}

// ---- Timeline

// The story up to the as-of date: the decisions announced by then, by the same rules as
// everything else in the report.
TimelineLayout reportTimeline(const ReportData &data) {
    TimelineFilter filter;
    filter.vendors = data.options.vendors;
    filter.countries = QSet<QString>(data.scope.begin(), data.scope.end());
    QList<Decision> known;
    for (const Decision &d : data.decisions) {
        if (d.announced.key() <= dateKey(data.options.asOf))
            known.append(d);
    }
    const StatusResolver knownResolver(known, data.vendors);
    TimelineLayout layout =
        TimelineLayout::build(knownResolver, known, data.countries, LaneMode::Country,
                              LaneOrder::FirstDecision, filter, data.options.asOf);
    // On chosen decisions: the bars stay every decision's classes, the marks are the
    // chosen decisions only.
    if (data.onChosenDecisions()) {
        for (TimelineLane &lane : layout.lanes) {
            lane.items.removeIf(
                [&](int index) { return !data.chosen.contains(layout.items[index].id); });
        }
    }
    return layout;
}

TimelineStyle reportTimelineStyle(const ReportPage &page) {
    TimelineStyle style;
    style.titleHeight = page.pt(8.5);
    style.laneHeight = page.pt(17);
    style.labelWidth = page.pt(85);
    style.axisHeight = page.pt(18);
    style.marker = page.pt(5);
    return style;
}

// Lanes from `firstLane` on, in `height` from where the page stands.
void paintTimelinePart(QPainter &p, const ReportPage &page, const ReportData &data,
                       const TimelineLayout &layout, const TimelineStyle &style, double firstLane,
                       double height) {
    const QRectF &area = page.content();
    const TimeScale scale =
        TimeScale::fit(layout.first.addMonths(-3), data.options.asOf.addMonths(3),
                       area.left() + style.labelWidth, area.width() - style.labelWidth);
    p.save();
    p.setFont(font(6.5));
    paintTimeline(p, QRectF(area.left(), page.y(), area.width(), height), layout, scale, firstLane,
                  data.options.asOf, 0, style);
    p.restore();
}

// ---- A government

// The vendors named by the government's decisions in the report, in order of mention.
QStringList vendorsNamed(const ReportData &data, const QString &code) {
    const QStringList &asked = data.options.vendors;
    QStringList named;
    for (const Decision &d : data.decisions) {
        if (d.country != code || !data.tellsOf(d))
            continue;
        for (const QString &v : d.vendors) {
            if ((asked.isEmpty() || asked.contains(v, Qt::CaseInsensitive)) && !named.contains(v))
                named.append(v);
        }
    }
    return named;
}

// The decisions behind a class: "Ban, 23 Aug 2018: Australia excludes Huawei; …". In a
// report on chosen decisions, one not chosen is named by its number, not its title: the
// section tells of the chosen ones only, but the class comes from every decision.
QString deciding(const ReportData &data, const Status &s) {
    QStringList why;
    for (qint64 id : s.deciding) {
        const Decision *d = data.decision(id);
        if (!d)
            continue;
        const QString told = !data.onChosenDecisions() || data.chosen.contains(id)
                                 ? d->title
                                 : ReportText::tr("decision %1, not among the chosen").arg(id);
        why.append(
            u"%1, %2: %3"_s.arg(displayName(d->measure), d->announced.toDisplayString(), told));
    }
    return why.join(u"; "_s);
}

// Vendor, class and why, for each vendor the government decided on.
QList<ReportRow> vendorClassRows(const ReportData &data, const QString &code) {
    QList<ReportRow> rows;
    for (const QString &v : vendorsNamed(data, code)) {
        const Status s = data.resolver.resolve(code, v, data.options.asOf);
        rows.append({{v, {}}, statusCell(s, Qt::black), {deciding(data, s), {}}});
    }
    return rows;
}

// The government's decisions in the report, the latest first.
QList<const Decision *> decisionsOf(const ReportData &data, const QString &code) {
    QList<const Decision *> own;
    for (const Decision &d : data.decisions) {
        if (d.country == code && data.tellsOf(d))
            own.append(&d);
    }
    sortNewestFirst(own);
    return own;
}

// A row per decision, its title followed by the numbers of its sources; the sources go to
// `notes` ("[12] Title. Publisher. …"), numbered on from `footnote`.
QList<ReportRow> decisionRows(const QList<const Decision *> &own, int &footnote,
                              QStringList &notes) {
    QList<ReportRow> rows;
    for (const Decision *d : own) {
        QStringList refs;
        for (const Source &s : d->sources) {
            ++footnote;
            refs.append(QString::number(footnote));
            notes.append(u"[%1] %2"_s.arg(footnote).arg(citationText(s)));
        }
        QStringList scopes;
        for (Scope s : d->scopes)
            scopes.append(displayName(s));
        rows.append(
            {{d->announced.toDisplayString(), {}},
             {displayName(d->measure), {}},
             {d->vendors.join(u", "_s), {}},
             {scopes.join(u", "_s), {}},
             {refs.isEmpty() ? d->title : u"%1 [%2]"_s.arg(d->title, refs.join(u", "_s)), {}},
             {displayName(d->confidence), {}}});
    }
    return rows;
}

void paintDecisions(ReportPage &page, const QList<ReportRow> &rows) {
    page.heading(ReportText::tr("Decisions"), 10.5, 40);
    page.table({{ReportText::tr("Announced"), 1.1},
                {ReportText::tr("Measure"), 1.1},
                {ReportText::tr("Vendors"), 1.3},
                {ReportText::tr("Scope"), 1.3},
                {ReportText::tr("Title"), 3.4},
                {ReportText::tr("Confidence"), 1}},
               rows, font(7.5));
}

void paintSummaries(ReportPage &page, const QList<const Decision *> &own) {
    page.heading(ReportText::tr("Summaries"), 10.5, 40);
    for (const Decision *d : own) {
        page.paragraph(d->title, font(8.5, true), 0.1);
        page.paragraph(d->summary.isEmpty() ? ReportText::tr("(no summary)") : d->summary,
                       font(8.5), 0.5);
    }
}

void paintSources(ReportPage &page, const QStringList &notes) {
    if (notes.isEmpty())
        return;
    page.heading(ReportText::tr("Sources"), 10.5, 30);
    for (const QString &n : notes)
        page.paragraph(n, font(7.5), 0.25, kSourceText);
}

// "A report on 3 chosen decisions".
QString chosenText(const ReportData &data) {
    const auto count = data.chosen.size();
    return count == 1 ? ReportText::tr("A report on one chosen decision")
                      : ReportText::tr("A report on %1 chosen decisions").arg(count);
}

QString everyDecisionText() {
    return ReportText::tr("Classes are worked out from every decision in the database.");
}

} // namespace

void paintCover(ReportPage &page, const ReportData &data) {
    page.setY(page.content().top() + page.content().height() * 0.18);
    page.paragraph(data.title, font(24, true), 1.0);
    if (data.onChosenDecisions())
        page.paragraph(chosenText(data), font(14), 0.4);
    page.paragraph(ReportText::tr("Measures in force on %1").arg(data.dateText), font(14), 1.5);
    page.paragraph(ReportText::tr("Vendors: %1").arg(data.vendorText), font(11), 0.4);
    page.paragraph(ReportText::tr("Governments: %1").arg(data.scopeText), font(11), 0.4);
    if (data.onChosenDecisions() && !data.options.selection.isEmpty()) {
        page.paragraph(ReportText::tr("Chosen by: %1").arg(data.options.selection), font(11), 0.4);
    }
    if (data.options.compare)
        page.paragraph(ReportText::tr("Compared with %1").arg(displayDate(*data.options.compare)),
                       font(11), 0.4);
    page.paragraph(ReportText::tr("Generated %1 by BanAtlas %2 from %3 (%4 decisions)")
                       .arg(data.generated, QStringLiteral(BANATLAS_VERSION), data.storeFile)
                       .arg(data.decisionTotal),
                   font(9), 1.0, kQuietText);
    if (data.onChosenDecisions())
        page.paragraph(everyDecisionText(), font(9), 0.5, kQuietText);
    page.paragraph(
        ReportText::tr("Each government's class is derived from its recorded decisions by the "
                       "BanAtlas status rules; every decision cited here lists its sources."),
        font(9), 0.5, kQuietText);
}

void paintContents(ReportPage &page, const ReportData &data, const QList<ReportSection> &sections) {
    page.beginPage();
    page.heading(ReportText::tr("Contents"), 15);
    for (int i = 0; i < data.sectionCount(); ++i)
        paintContentsLine(page, i < sections.size() ? sections[i] : ReportSection{u"…"_s, 0});
}

void paintSummary(ReportPage &page, const ReportData &data) {
    page.beginSection(ReportText::tr("Summary"));
    if (data.onChosenDecisions())
        page.paragraph(chosenText(data) + u". "_s + everyDecisionText(), page.body(), 0.5);
    page.paragraph(ReportText::tr("Governments in this report by class on %1 (%2):")
                       .arg(data.dateText, data.vendorText),
                   page.body());
    page.table({{ReportText::tr("Class"), 3}, {ReportText::tr("Governments"), 1}},
               classCountRows(data), page.body());
    paintRollUps(page, data);
    if (data.before)
        paintChanges(page, data);
}

void paintMapSection(ReportPage &page, const ReportData &data) {
    page.beginSection(ReportText::tr("World map"));
    if (QPainter *p = page.painter())
        paintMaps(*p, page, data);
    page.setY(page.content().bottom());
}

void paintMatrix(ReportPage &page, const ReportData &data) {
    page.beginSection(ReportText::tr("Governments and vendors"));
    page.paragraph(
        ReportText::tr("Class of each government for each vendor on %1. * : announced, not yet "
                       "in force. — : no decision recorded.")
            .arg(data.dateText),
        font(8.5));
    const int perTable = data.options.orientation == QPageLayout::Landscape ? 9 : 6;
    const qsizetype vendors = data.matrixVendors.size();
    for (qsizetype first = 0; first < vendors; first += perTable)
        paintMatrixPart(page, data, first, std::min(vendors, first + perTable));
}

void paintTimelineSection(ReportPage &page, const ReportData &data) {
    page.beginSection(ReportText::tr("Timeline"));
    if (data.onChosenDecisions()) {
        page.paragraph(ReportText::tr("Bars: each government's class, from every decision. "
                                      "Marks: the chosen decisions only."),
                       font(8.5));
    }
    const TimelineLayout layout = reportTimeline(data);
    const TimelineStyle style = reportTimelineStyle(page);
    double first = 0;
    while (first < layout.lanes.size()) {
        // As many lanes as fit below the axis, at least one.
        const double available = page.remaining() - style.axisHeight;
        const int fit = std::max(1, static_cast<int>(available / style.laneHeight));
        const int shown = std::min<int>(fit, static_cast<int>(layout.lanes.size() - first));
        const double height = style.axisHeight + shown * style.laneHeight;
        if (QPainter *p = page.painter())
            paintTimelinePart(*p, page, data, layout, style, first, height);
        page.setY(page.y() + height + page.pt(6));
        first += shown;
        if (first < layout.lanes.size())
            page.newPage();
    }
}

void paintCountrySection(ReportPage &page, const ReportData &data, const QString &code,
                         int &footnote) {
    page.beginSection(data.sectionTitle(code));
    // Those of the vendors asked for, announced by the as-of date, or the chosen ones.
    const QList<const Decision *> own = decisionsOf(data, code);
    if (own.isEmpty()) {
        page.paragraph(
            ReportText::tr("No decision recorded for these vendors by %1.").arg(data.dateText),
            page.body());
        return;
    }
    // None when the chosen decisions name none of the vendors asked for.
    const QList<ReportRow> classRows = vendorClassRows(data, code);
    if (!classRows.isEmpty()) {
        page.table({{ReportText::tr("Vendor"), 1.3},
                    {ReportText::tr("Class"), 1.1},
                    {ReportText::tr("Why"), 5}},
                   classRows, font(8));
    }
    QStringList notes;
    paintDecisions(page, decisionRows(own, footnote, notes));
    paintSummaries(page, own);
    paintSources(page, notes);
}

} // namespace banatlas
