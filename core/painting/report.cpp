#include "painting/report.h"

#include "painting/reporttext.h"

#include "domain/errors.h"
#include "painting/reportdata.h"
#include "painting/reportpage.h"
#include "painting/reportsections.h"
#include "storage/outputfile.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <vector>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

// The document's title and creator as XMP, for readers that look there.
QByteArray xmpMetadata(const QString &title) {
    return u"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
           "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
           "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
           "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
           "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
           "<dc:creator><rdf:Seq><rdf:li>BanAtlas</rdf:li></rdf:Seq></dc:creator>"
           "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"_s
               .arg(title.toHtmlEscaped())
               .toUtf8();
}

// Paper, margins, resolution and metadata, all before painting.
void setUpPdf(QPdfWriter &pdf, const ReportOptions &options, const QString &title) {
    pdf.setResolution(300); // the default is 1200 dpi
    pdf.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation,
                                  QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    pdf.setTitle(title);
    pdf.setCreator(u"BanAtlas " BANATLAS_VERSION ""_s);
    pdf.setDocumentXmpMetadata(xmpMetadata(title));
}

// The printable area of the PDF's pages, in device units.
QRectF pageRect(const QPdfWriter &pdf) {
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    return QRectF(0, 0, page.width(), page.height());
}

PageFrame pageFrame(const ReportData &data) {
    return {data.title,
            ReportText::tr("As of %1 · generated %2 from %3")
                .arg(data.dateText, data.generated, data.storeFile),
            1};
}

// The report on `page`, section after section: cover, contents (with the page numbers
// of `sections`), summary, map, matrix, timeline and the governments. `keepGoing` is
// asked after the contents and after each section; returns false once it says stop.
bool layOutReport(ReportPage &page, const ReportData &data, const QList<ReportSection> &sections,
                  const std::function<bool()> &keepGoing) {
    int footnote = 0;
    std::vector<std::function<void()>> steps{[&] { paintSummary(page, data); }};
    if (data.options.includeMap)
        steps.emplace_back([&] { paintMapSection(page, data); });
    steps.emplace_back([&] { paintMatrix(page, data); });
    if (data.options.includeTimeline)
        steps.emplace_back([&] { paintTimelineSection(page, data); });
    for (const QString &code : data.scope)
        steps.emplace_back([&, code] { paintCountrySection(page, data, code, footnote); });

    paintCover(page, data);
    paintContents(page, data, sections);
    if (!keepGoing())
        return false;
    for (const auto &paintSection : steps) {
        paintSection();
        if (!keepGoing())
            return false;
    }
    return true;
}

} // namespace

bool writeReport(const QString &path, const Store &store, const ReportOptions &options,
                 const ReportProgress &progress) {
    const ReportData data(store, options);
    checkOutputPath(path, store.path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ReportText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    QPdfWriter pdf(&file);
    setUpPdf(pdf, options, data.title);
    PageFrame frame = pageFrame(data);

    // A dry pass, painting nothing, counts the pages and finds where each section starts;
    // then the real pass paints with those numbers.
    ReportPage layout(pdf, nullptr, pageRect(pdf), {}, frame);
    layOutReport(layout, data, {}, [] { return true; });
    frame.totalPages = layout.page();

    QPainter painter;
    if (!painter.begin(&pdf))
        throw Error(ReportText::tr("%1: cannot start the PDF").arg(path));
    ReportPage page(
        pdf, &painter, pageRect(pdf), [&pdf] { pdf.newPage(); }, frame);
    const bool finished = layOutReport(page, data, layout.sections(), [&] {
        return !progress || progress(page.page(), frame.totalPages);
    });
    painter.end();
    if (!finished) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        throw Error(ReportText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return true;
}

} // namespace banatlas
