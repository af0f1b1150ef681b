#pragma once

#include "painting/reportdata.h"
#include "painting/reportpage.h"

namespace banatlas {

// The sections of the report, each laid out on `page` (and painted, when it has a
// painter) from where the page stands. Every section but the cover begins a page of its
// own (ReportPage::beginSection), so each can be painted alone, e.g. into an image.

// The title page: title, date, scope, provenance.
void paintCover(ReportPage &page, const ReportData &data);
// The contents: a line per section with the page it starts on, from `sections` (a dry
// pass's ReportPage::sections()); lines not known yet hold their place as "…".
void paintContents(ReportPage &page, const ReportData &data, const QList<ReportSection> &sections);
// Governments per class, the group roll-ups and, comparing, what changed since then.
void paintSummary(ReportPage &page, const ReportData &data);
// The world map across the page, and a close-up of Europe below it when there is room.
void paintMapSection(ReportPage &page, const ReportData &data);
// Every government's class for each vendor, a few vendors to a table.
void paintMatrix(ReportPage &page, const ReportData &data);
// The decisions announced by the as-of date, a lane per government, over as many pages
// as the lanes need.
void paintTimelineSection(ReportPage &page, const ReportData &data);
// A government's classes, decisions, summaries and sources. The sources are numbered on
// from `footnote`, which is left at the last number used.
void paintCountrySection(ReportPage &page, const ReportData &data, const QString &code,
                         int &footnote);

} // namespace banatlas
