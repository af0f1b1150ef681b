#pragma once

#include "storage/store.h"

#include <QDate>
#include <QPageLayout>
#include <QPageSize>

#include <functional>
#include <optional>

namespace banatlas {

struct ReportOptions {
    QString title; // empty: a title from the vendors
    QDate asOf = QDate::currentDate();
    std::optional<QDate> compare; // "what changed since"
    QStringList vendors;          // empty: every vendor
    QStringList countries;        // empty: see `group`, else every government with a decision
    QString group;                // a group's members at the as-of date
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool includeMap = true;
    bool includeTimeline = true;
    // A report on these decisions ("Report on these decisions"): the governments in scope
    // are theirs (`countries` and `group` are not read) and each government's section
    // lists these alone, whatever their date or vendors. Classes, the map and the matrix
    // stay those of every decision in the database. An empty list is refused; an id no
    // decision has is refused, named. None: the decisions of the governments in scope.
    std::optional<QList<qint64>> decisions;
    // How `decisions` were chosen, for the cover (search "drone*", measure ban, …); the
    // caller words it. Not read without `decisions`.
    QString selection;
};

// Progress: pages painted so far and the total; return false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

// Writes a PDF report of `store` to `path`: cover, contents, summary with group
// roll-ups, the world map, the country × vendor matrix, the timeline, and a section per
// government with its decisions (or the chosen ones: ReportOptions::decisions) and
// numbered sources. All text is painted as text (selectable, searchable, fonts embedded)
// and never read as markup. Returns false when cancelled (the file is then not written);
// throws Error on failure.
bool writeReport(const QString &path, const Store &store, const ReportOptions &options,
                 const ReportProgress &progress = {});

// Where a table breaks across pages: whether it starts on a new page, and the first row
// of each page's part. A table that fits on one page is kept whole (on a new page if
// need be); a longer one breaks as late as the page allows, but no part has fewer than
// `minRows` rows: a row is never left alone on a page. The header repeats on each part.
struct TableBreaks {
    bool newPageFirst = false;
    QList<qsizetype> starts;
};
TableBreaks breakTable(const QList<double> &rowHeights, double headerHeight, double remaining,
                       double pageHeight, bool atTopOfPage, qsizetype minRows = 4);

} // namespace banatlas
