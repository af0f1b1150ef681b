#include "i18n/citation.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "painting/classcolors.h"
#include "painting/report.h"
#include "painting/reportdata.h"
#include "painting/reportpage.h"
#include "painting/reportsections.h"

#include "helpers/programs.h"
#include "helpers/testsetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using banatlas::testing::pdfText;
using banatlas::testing::Run;
using banatlas::testing::runBanatlas;
using namespace banatlas;

namespace {

// A report's text with the time of generation and the version masked: the rest must not
// change from one run to the next. Spaces are collapsed on those lines only, since
// pdftotext pads them to the page number's column by the width of the time.
QString maskGenerationTime(const QString &text) {
    static const QRegularExpression time(
        u"([Gg]enerated) \\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2} UTC( by BanAtlas \\S+)?"_s);
    static const QRegularExpression spaces(u" {2,}"_s);
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (!time.match(line).hasMatch())
            continue;
        line.replace(time, u"\\1 TIME"_s);
        line.replace(spaces, u" "_s);
    }
    return lines.join(u'\n');
}

// The text of a PDF (or of one page of it, counted from 1), as poppler extracts it with
// its layout: what a reader can select and search. A null string when pdftotext fails.

QString pdfInfo(const QString &path) {
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path) {
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(pdfInfo(path));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The size of every page, as pdfinfo prints it ("792 x 612 pts (letter)").
QStringList pdfPageSizes(const QString &path, int pages) {
    QProcess p;
    p.start(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, QString::number(pages), path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    QStringList sizes;
    auto it = QRegularExpression(u"Page\\s+\\d+ size:\\s+([^\\n]+)"_s)
                  .globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        sizes.append(it.next().captured(1).trimmed());
    return sizes;
}

// The lines of `text` that are exactly one of `names` (a timeline's lane labels), in order.
QStringList linesAmong(const QString &text, const QStringList &names) {
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (names.contains(line.trimmed()))
            out.append(line.trimmed());
    }
    return out;
}

// Whether a line of `text` is exactly these words, each separated by any run of spaces
// (a table row as pdftotext -layout lays it out).
bool hasRow(const QString &text, const QStringList &cells) {
    QStringList escaped;
    for (const QString &c : cells)
        escaped.append(QRegularExpression::escape(c));
    return QRegularExpression(u"^\\s*"_s + escaped.join(u"\\s+"_s) + u"\\s*$"_s,
                              QRegularExpression::MultilineOption)
        .match(text)
        .hasMatch();
}

// The governments with a decision announced on or before `date` (ISO text) in the bundled
// dataset, read from its file, not through the store. A partial date ("2019-11") sorts
// before the days of its period, as it counts from its first day.
int bundledGovernmentsBy(const QString &date) {
    QFile f(u":/banatlas/dataset/banatlas.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QSet<QString> countries;
    const QJsonArray decisions =
        QJsonDocument::fromJson(f.readAll()).object().value(u"decisions").toArray();
    for (const QJsonValue &d : decisions) {
        if (d[u"announced"].toString() <= date)
            countries.insert(d[u"country"].toString());
    }
    return int(countries.size());
}

// A small store whose every number is known by hand. On 1 Jun 2024 (any vendor):
//   Banned 3: AU, JP, and US (ZTE, announced Jan 2024, in force only from 2025: pending)
//   Restricted 2: GB, EE · Government ban 1: FR · Warning / under review 1: DE (Huawei
//   under review, ZTE allowed: the higher counts) · Allowed 2: NZ, CA · No measure in
//   force 1: SE (its ban ended in 2022) · No data 0. Ten governments.
// Group roll-ups that day (restrict = banned, restricted or government ban):
//   EU 2 of 27 (EE, FR), Five Eyes 3 of 5 (AU, GB, US), G7 4 of 7 (FR, GB, JP, US),
//   NATO 4 of 32 (EE, FR, GB, US), Quad 3 of 4 (AU, JP, US).
// On 1 Jun 2019 only AU and JP restrict: EU 0 of 28 (the UK still a member), NATO 0 of 29.
// Between 1 Jun 2023 and 1 Jun 2024 only the US changed (no data → banned, pending);
// between 1 Feb 2024 and 1 Jun 2024 nothing did.
const char kSmallStoreCsv[] =
    "id,country,vendors,measure,scope,announced,effective,ended,title,confidence\n"
    "1,AU,Huawei,ban,5g_core,2018-08-23,,,Australia excludes Huawei from 5G,official\n"
    "2,JP,Huawei,ban,government,2018-12-10,,,Japan bans Huawei,official\n"
    "3,US,ZTE,ban,whole_network,2024-01-15,2025-01-01,,United States bans ZTE from 2025,"
    "official\n"
    "4,GB,Huawei,restriction,5g_core,2020-01-28,,,United Kingdom caps Huawei,official\n"
    "5,EE,Huawei,restriction,5g_core,2020-05-14,,,Estonia restricts Huawei,official\n"
    "6,FR,ZTE,procurement_ban,government,2021-05-03,,,France keeps ZTE out of government "
    "networks,official\n"
    "7,DE,Huawei,considering,5g_core,2019-03-07,,,Germany reviews Huawei,official\n"
    "8,DE,ZTE,allowed,5g_core,2019-10-15,,,Germany allows ZTE,official\n"
    "9,NZ,Huawei,allowed,5g_ran,2019-06-01,,,New Zealand allows Huawei,official\n"
    "10,CA,Huawei,allowed,5g_ran,2020-02-03,,,Canada allows Huawei for now,official\n"
    "11,SE,Huawei,ban,5g_core,2020-10-20,,2022-01-01,Sweden bans Huawei until 2022,official\n";

// The governments of the small store, as the report sorts them (by name), with their
// class for Huawei and ZTE in the matrix on 1 Jun 2024 ("—": no decision; "*": pending).
const QList<QStringList> kSmallMatrix{
    {u"Australia"_s, u"Banned"_s, u"—"_s},          {u"Canada"_s, u"Allowed"_s, u"—"_s},
    {u"Estonia"_s, u"Restricted"_s, u"—"_s},        {u"France"_s, u"—"_s, u"Gov. ban"_s},
    {u"Germany"_s, u"Review"_s, u"Allowed"_s},      {u"Japan"_s, u"Banned"_s, u"—"_s},
    {u"New Zealand"_s, u"Allowed"_s, u"—"_s},       {u"Sweden"_s, u"Ended"_s, u"—"_s},
    {u"United Kingdom"_s, u"Restricted"_s, u"—"_s}, {u"United States"_s, u"—"_s, u"Banned*"_s},
};
const QStringList kSmallSections{
    u"Australia (AU)"_s,      u"Canada (CA)"_s,       u"Estonia (EE)"_s,     u"France (FR)"_s,
    u"Germany (DE)"_s,        u"Japan (JP)"_s,        u"New Zealand (NZ)"_s, u"Sweden (SE)"_s,
    u"United Kingdom (GB)"_s, u"United States (US)"_s};

// A white page of the report at 100 dpi.
QImage blankPage(QSize size) {
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(3937);
    image.setDotsPerMeterY(3937);
    image.fill(Qt::white);
    return image;
}

// A report's sections painted into images instead of a PDF, a page each, by the report's
// own page writer: what a section looks like on its own.
class ImagePages {
public:
    explicit ImagePages(QSize size)
        : m_image(blankPage(size)) {
        m_painter.begin(&m_image);
    }
    QImage &device() { return m_image; }
    QPainter &painter() { return m_painter; }
    // The page painted so far is kept and a blank one follows.
    void newPage() {
        m_painter.end();
        m_pages.append(m_image.copy());
        m_image.fill(Qt::white);
        m_painter.begin(&m_image);
    }
    QList<QImage> finish() {
        m_painter.end();
        m_pages.append(m_image);
        return m_pages;
    }

private:
    QImage m_image;
    QPainter m_painter;
    QList<QImage> m_pages;
};

struct PaintedSection {
    QList<QImage> pages;
    int newPages = 0; // how often the section asked for a new page
    QList<ReportSection> sections;
};

// A section painted on pages of `size` pixels.
PaintedSection paintSection(QSize size, const std::function<void(ReportPage &)> &paint) {
    ImagePages images(size);
    int newPages = 0;
    ReportPage page(images.device(), &images.painter(), QRectF(QPointF(0, 0), QSizeF(size)),
                    [&] {
                        ++newPages;
                        images.newPage();
                    },
                    {});
    paint(page);
    const QList<ReportSection> sections = page.sections();
    return {images.finish(), newPages, sections};
}

// The printable area of an A4 page of the report (18 and 16 mm margins) at 100 dpi.
const QSize kA4(685, 1043);
// The matrix of the small store on it: Government 2.2, Huawei 1 and ZTE 1 of the width;
// a column of pixels just inside each vendor's, left of its text.
const int kHuaweiColumn = int(kA4.width() * 2.2 / 4.2) + 2;
const int kZteColumn = int(kA4.width() * 3.2 / 4.2) + 2;

int inkedPixels(const QImage &image) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == qRgb(255, 255, 255) ? 0 : 1;
    }
    return n;
}

int pixelsOf(const QImage &image, const QColor &color) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == color.rgb() ? 1 : 0;
    }
    return n;
}

// The class whose colour a pixel has, exactly.
std::optional<StatusClass> classOf(QRgb pixel) {
    for (StatusClass c : allStatusClasses()) {
        if (classColor(c).rgb() == pixel)
            return c;
    }
    return std::nullopt;
}

QStringList classNames(const QList<StatusClass> &classes) {
    QStringList names;
    for (StatusClass c : classes)
        names.append(displayName(c));
    return names;
}

// The classes of the table cells filled with a class colour in the column of pixels at
// `x`, top to bottom, from the first table header (light grey) down: each run of at least
// three pixels of one class colour is a cell.
QStringList cellClasses(const QImage &page, int x) {
    int y = 0;
    while (y < page.height() && page.pixel(x, y) != qRgb(0xE8, 0xE8, 0xE8))
        ++y;
    QList<StatusClass> cells;
    std::optional<StatusClass> run;
    int length = 0;
    for (; y <= page.height(); ++y) {
        const auto c = y < page.height() ? classOf(page.pixel(x, y)) : std::nullopt;
        if (c && c == run) {
            ++length;
            continue;
        }
        if (run && length >= 3)
            cells.append(*run);
        run = c;
        length = 1;
    }
    return classNames(cells);
}

// The lowest row of pixels with ink between `top` and `bottom`, or -1.
int lowestInk(const QImage &image, int top, int bottom) {
    for (int y = bottom - 1; y >= top; --y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                return y;
        }
    }
    return -1;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_small; // kSmallStoreCsv only

private slots:
    void init() { testing::failOnQtWarnings(); }

    void initTestCase() {
        testing::failOnQtWarnings();
        // The reports are read back with poppler-utils: without it the test fails, it
        // never skips.
        for (const QString &tool : {u"pdftotext"_s, u"pdfinfo"_s}) {
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     qPrintable(tool + u" (poppler-utils) is required to read reports back"_s));
        }
        m_store = openDatabase(m_dir.filePath(u"report.banatlas"_s));
        m_small = openDatabase(m_dir.filePath(u"small.banatlas"_s), Seed::None);
        QCOMPARE(importCsv(*m_small, kSmallStoreCsv, u"small.csv"_s).added, 11);
    }

    void fullReportReadsBack() {
        const QString path = m_dir.filePath(u"full.pdf"_s);
        ReportOptions options;
        options.asOf = QDate(2024, 12, 31);
        options.compare = QDate(2019, 1, 1);
        QVERIFY(writeReport(path, *m_store, options));
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        const int pages = pdfPages(path);
        // Every section starts a page: cover, contents, summary, map, matrix, timeline and
        // one per government with a decision by the as-of date, some of which run longer,
        // so this is a bound, not the count (the small store below has the exact count).
        const int governments = bundledGovernmentsBy(u"2024-12-31"_s);
        QVERIFY2(governments > 0, "the bundled dataset cannot be read");
        QVERIFY2(pages >= 6 + governments,
                 qPrintable(u"%1 pages for %2 governments"_s.arg(pages).arg(governments)));
        QVERIFY(
            text.contains(u"Every government with a recorded decision (%1)"_s.arg(governments)));
        QVERIFY(text.contains(u"Measures in force on 31 Dec 2024"_s));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"Australia (AU)"_s));
        QVERIFY(text.contains(u"What changed since 1 Jan 2019"_s));
        // A numbered source with its address.
        QVERIFY(text.contains(u"https://www.telecomtv.com/"_s));
        QVERIFY(QRegularExpression(u"\\[\\d+\\] New Australian prime minister bans Huawei"_s)
                    .match(text)
                    .hasMatch());
        // Roll-ups use membership at the as-of date: the UK left the EU in 2020.
        QVERIFY(text.contains(u"EU: "_s) && text.contains(u"of 27 members restrict"_s));
        // Searchable text: no ligatures ("effectively", not "e\uFB00ectively").
        QVERIFY(text.contains(u"effectively"_s));
        QVERIFY(!text.contains(QChar(0xFB00)) && !text.contains(QChar(0xFB01)));
        // Every scope, confidence and group by its name, not its identifier.
        for (const QString &id :
             {u"FIVE_EYES"_s, u"5g_core"_s, u"5g_ran"_s, u"multiple_sources"_s, u"single_source"_s,
              u"critical_infrastructure"_s, u"whole_network"_s, u"procurement_ban"_s})
            QVERIFY2(!text.contains(id), qPrintable(id));
        QVERIFY(QRegularExpression(u"multiple\\s+sources"_s).match(text).hasMatch());
        QVERIFY(text.contains(u"5G core"_s));
        QVERIFY(text.contains(u"Five Eyes: "_s));
    }

    // The report of the bundled data, read back, is the one recorded in
    // tests/data/report/bundled-2025-06-30.txt (pdftotext -layout of the CLI's report at
    // the time the report was split into section painters): page for page and line for
    // line, apart from the time of generation and the version. After a deliberate change
    // of the report or of the dataset, write it anew with BANATLAS_UPDATE_GOLDEN=1 and
    // read the diff before committing it.
    void bundledReportTextIsUnchanged() {
        const QString db = m_dir.filePath(u"golden/bundled.banatlas"_s);
        QVERIFY(QDir().mkpath(QFileInfo(db).path()));
        QVERIFY(openDatabase(db)); // created and seeded with the bundled dataset
        const QString pdf = m_dir.filePath(u"golden/report.pdf"_s);
        const Run run = runBanatlas({u"--db"_s, db, u"report"_s, u"--out"_s, pdf, u"--as-of"_s,
                                     u"2025-06-30"_s, u"--compare"_s, u"2019-01-01"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString golden = QStringLiteral(BANATLAS_TEST_DATA "/report/bundled-2025-06-30.txt");
        const QString text = maskGenerationTime(pdfText(pdf));
        QVERIFY(!text.isEmpty());
        if (qEnvironmentVariableIsSet("BANATLAS_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden));
        const QStringList want = QString::fromUtf8(in.readAll()).split(u'\n');
        const QStringList got = text.split(u'\n');
        // Compared with runs of spaces made one: pdftotext lays columns out by the widest
        // line, and the generation time's width (1 Dec or 30 Nov) moved every contents
        // line by a space.
        for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
            QVERIFY2(got[i].simplified() == want[i].simplified(),
                     qPrintable(u"line %1:\n  got  \"%2\"\n  want \"%3\""_s.arg(i + 1).arg(
                         got[i], want[i])));
        QCOMPARE(got.size(), want.size());
        QCOMPARE(pdfPages(pdf), int(text.count(u'\f')));
    }

    // The small store's report read back: every number and cell known by hand
    // (kSmallStoreCsv), every section on the page the contents give.
    void summaryMatrixAndSectionsOfAKnownStore() {
        const QString path = m_dir.filePath(u"small.pdf"_s);
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        options.compare = QDate(2023, 6, 1);
        QVERIFY(writeReport(path, *m_small, options));
        // Cover, contents, summary, map, matrix, timeline, ten governments: each section
        // starts a page, and each fits on one.
        QCOMPARE(pdfPages(path), 16);
        const QString cover = pdfText(path, 1);
        QVERIFY(cover.contains(u"Every government with a recorded decision (10)"_s));
        QVERIFY(cover.contains(u"(11 decisions)"_s));

        const QString contents = pdfText(path, 2);
        QVERIFY(hasRow(contents, {u"Contents"_s}));
        const QStringList sections =
            QStringList{u"Summary"_s, u"World map"_s, u"Governments and vendors"_s, u"Timeline"_s} +
            kSmallSections;
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const int page = int(i) + 3;
            QVERIFY2(hasRow(contents, {sections[i], QString::number(page)}),
                     qPrintable(sections[i]));
            QVERIFY2(hasRow(pdfText(path, page), {sections[i]}), qPrintable(sections[i]));
        }

        // Summary: governments per class, group roll-ups, what changed.
        const QString summary = pdfText(path, 3);
        QVERIFY(
            summary.contains(u"Governments in this report by class on 1 Jun 2024 (Any vendor):"_s));
        const QList<QStringList> counts{
            {u"Banned"_s, u"3"_s},         {u"Restricted"_s, u"2"_s},
            {u"Government ban"_s, u"1"_s}, {u"Warning / under review"_s, u"1"_s},
            {u"Allowed"_s, u"2"_s},        {u"No measure in force"_s, u"1"_s},
            {u"No data"_s, u"0"_s}};
        for (const QStringList &row : counts)
            QVERIFY2(hasRow(summary, row), qPrintable(row.join(u' ')));
        for (const QString &rollUp :
             {u"EU: 2 of 27 members restrict"_s, u"Five Eyes: 3 of 5 members restrict"_s,
              u"G7: 4 of 7 members restrict"_s, u"NATO: 4 of 32 members restrict"_s,
              u"Quad: 3 of 4 members restrict"_s})
            QVERIFY2(summary.contains(rollUp + u" at least one vendor (banned, restricted or "
                                               "government ban)."_s),
                     qPrintable(rollUp));
        QVERIFY(hasRow(summary, {u"What changed since 1 Jun 2023"_s}));
        QVERIFY(hasRow(summary, {u"Government"_s, u"Then"_s, u"Now"_s}));
        QVERIFY(hasRow(summary, {u"United States"_s, u"—"_s, u"Banned*"_s}));
        for (const QStringList &row : kSmallMatrix) { // the US is the only change
            if (row[0] != u"United States"_s)
                QVERIFY2(!summary.contains(row[0]), qPrintable(row[0]));
        }
        QVERIFY(!summary.contains(u"No government changed class."_s));

        // The map: the figure's title, legend and note, and the close-up of Europe.
        const QString map = pdfText(path, 4);
        QVERIFY(map.contains(u"Any vendor — measures in force on 1 Jun 2024"_s));
        QVERIFY(map.contains(u"hatched: announced, not yet in force"_s));
        QVERIFY(map.contains(u"Equal Earth projection."_s));
        QVERIFY(hasRow(map, {u"Europe, close up"_s}));

        // The matrix: each government's class for each vendor.
        const QString matrix = pdfText(path, 5);
        QVERIFY(hasRow(matrix, {u"Government"_s, u"Huawei"_s, u"ZTE"_s}));
        for (const QStringList &row : kSmallMatrix)
            QVERIFY2(hasRow(matrix, row), qPrintable(row.join(u" | "_s)));

        // The timeline: a lane per government, in the order of their first decisions.
        QStringList names;
        for (const QStringList &row : kSmallMatrix)
            names.append(row[0]);
        QCOMPARE(linesAmong(pdfText(path, 6), names),
                 (QStringList{u"Australia"_s, u"Japan"_s, u"Germany"_s, u"New Zealand"_s,
                              u"United Kingdom"_s, u"Canada"_s, u"Estonia"_s, u"Sweden"_s,
                              u"France"_s, u"United States"_s}));
    }

    // Comparing two dates between which nothing changed says so.
    void noChangeBetweenTheDates() {
        const QString path = m_dir.filePath(u"unchanged.pdf"_s);
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        options.compare = QDate(2024, 2, 1);
        QVERIFY(writeReport(path, *m_small, options));
        const QString summary = pdfText(path, 3);
        QVERIFY(hasRow(summary, {u"What changed since 1 Feb 2024"_s}));
        QVERIFY(hasRow(summary, {u"No government changed class."_s}));
        QVERIFY(!hasRow(summary, {u"Government"_s, u"Then"_s, u"Now"_s}));
    }

    // Roll-ups count the members on the as-of date: in 2019 the UK was in the EU and NATO
    // had 29 members; only Australia and Japan restricted anything.
    void rollUpsUseTheMembershipOfTheDay() {
        const QString path = m_dir.filePath(u"2019.pdf"_s);
        ReportOptions options;
        options.asOf = QDate(2019, 6, 1);
        QVERIFY(writeReport(path, *m_small, options));
        const QString summary = pdfText(path, 3);
        for (const QString &rollUp :
             {u"EU: 0 of 28 members restrict"_s, u"Five Eyes: 1 of 5 members restrict"_s,
              u"G7: 1 of 7 members restrict"_s, u"NATO: 0 of 29 members restrict"_s,
              u"Quad: 2 of 4 members restrict"_s})
            QVERIFY2(summary.contains(rollUp), qPrintable(rollUp));
        // Nothing announced after the as-of date counts: four governments (AU, JP, DE and
        // NZ) had decided by then.
        QVERIFY(hasRow(summary, {u"Banned"_s, u"2"_s}));
        QVERIFY(hasRow(summary, {u"Warning / under review"_s, u"1"_s}));
        QVERIFY(hasRow(summary, {u"Allowed"_s, u"1"_s}));
        QVERIFY(hasRow(summary, {u"Restricted"_s, u"0"_s}));
        QVERIFY(pdfText(path, 1).contains(u"Every government with a recorded decision (4)"_s));
    }

    // The map and the timeline are there when asked for and nowhere when not: in the
    // contents, on their pages, and in the page count.
    void mapAndTimelineOnlyWhenIncluded_data() {
        QTest::addColumn<bool>("map");
        QTest::addColumn<bool>("timeline");
        QTest::addColumn<int>("pages");
        QTest::newRow("both") << true << true << 16;
        QTest::newRow("no map") << false << true << 15;
        QTest::newRow("no timeline") << true << false << 15;
        QTest::newRow("neither") << false << false << 14;
    }
    void mapAndTimelineOnlyWhenIncluded() {
        QFETCH(bool, map);
        QFETCH(bool, timeline);
        QFETCH(int, pages);
        const QString path = m_dir.filePath(u"sections-%1-%2.pdf"_s.arg(map).arg(timeline));
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        options.includeMap = map;
        options.includeTimeline = timeline;
        QVERIFY(writeReport(path, *m_small, options));
        QCOMPARE(pdfPages(path), pages);
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        const QString contents = pdfText(path, 2);
        QCOMPARE(hasRow(contents, {u"World map"_s, u"4"_s}), map);
        QCOMPARE(hasRow(text, {u"World map"_s}), map);
        QCOMPARE(text.contains(u"Europe, close up"_s), map);
        QCOMPARE(text.contains(u"hatched: announced, not yet in force"_s), map);
        const int timelinePage = map ? 6 : 5;
        QCOMPARE(hasRow(contents, {u"Timeline"_s, QString::number(timelinePage)}), timeline);
        QCOMPARE(hasRow(text, {u"Timeline"_s}), timeline);
        // The timeline's axis: a row of years, 2019 to 2024, nowhere else in the report.
        QCOMPARE(QRegularExpression(u"^\\s*2019\\s+2020\\s+2021\\s+2022\\s+2023\\s+2024\\s*$"_s,
                                    QRegularExpression::MultilineOption)
                     .match(text)
                     .hasMatch(),
                 timeline);
        // The governments' sections follow, one page each, the last on the last page.
        QVERIFY(hasRow(contents, {u"United States (US)"_s, QString::number(pages)}));
    }

    // Paper and orientation from the command line, as the PDF's pages say (pdfinfo, points).
    void pageSizeAndOrientationFromTheCli_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("size");
        QTest::newRow("default: A4 portrait") << QStringList{} << u"595 x 842 pts (A4)"_s;
        QTest::newRow("A4 landscape") << QStringList{u"--landscape"_s} << u"842 x 595 pts (A4)"_s;
        QTest::newRow("letter portrait")
            << QStringList{u"--paper"_s, u"letter"_s} << u"612 x 792 pts (letter)"_s;
        QTest::newRow("letter landscape")
            << QStringList{u"--paper"_s, u"letter"_s, u"--landscape"_s}
            << u"792 x 612 pts (letter)"_s;
        QTest::newRow("a4 named") << QStringList{u"--paper"_s, u"a4"_s} << u"595 x 842 pts (A4)"_s;
    }
    void pageSizeAndOrientationFromTheCli() {
        QFETCH(QStringList, flags);
        QFETCH(QString, size);
        const QString path =
            m_dir.filePath(u"cli-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                               .replace(u' ', u'-')
                               .remove(u':'));
        const Run run = runBanatlas(QStringList{u"--db"_s, m_small->path(), u"report"_s, u"--out"_s,
                                                path, u"--as-of"_s, u"2024-06-01"_s} +
                                    flags);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // Cover, contents, summary, map, matrix, timeline and ten governments, on any paper.
        const int pages = pdfPages(path);
        QCOMPARE(pages, 16);
        const QStringList sizes = pdfPageSizes(path, pages);
        QCOMPARE(sizes.size(), pages);
        for (const QString &s : sizes)
            QCOMPARE(s, size);
        QVERIFY(pdfText(path, 1).contains(u"Any vendor: government restrictions"_s));
    }

    void tablesBreakWithoutOrphans_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("remaining"); // room left on the page, in rows
        QTest::addColumn<bool>("atTop");
        QTest::addColumn<bool>("newPage");
        QTest::addColumn<QList<qsizetype>>("starts");
        // Pages hold a header and 25 rows (rows and header 10 units high, page 260).
        QTest::newRow("fits where it is") << 10 << 12.0 << false << false << QList<qsizetype>{0};
        QTest::newRow("fits a page: kept whole on the next")
            << 20 << 12.0 << false << true << QList<qsizetype>{0};
        QTest::newRow("long: breaks where the page ends")
            << 40 << 21.0 << false << false << QList<qsizetype>{0, 20};
        QTest::newRow("one row would be left alone: four go over")
            << 26 << 26.0 << true << false << QList<qsizetype>{0, 22};
        QTest::newRow("two rows would fit here: start on the next page")
            << 40 << 3.0 << false << true << QList<qsizetype>{0, 25};
        QTest::newRow("three pages, the last one balanced")
            << 52 << 26.0 << true << false << QList<qsizetype>{0, 25, 48};
    }
    void tablesBreakWithoutOrphans() {
        QFETCH(int, rows);
        QFETCH(double, remaining);
        QFETCH(bool, atTop);
        QFETCH(bool, newPage);
        QFETCH(QList<qsizetype>, starts);
        const QList<double> heights(rows, 10.0);
        const TableBreaks b = breakTable(heights, 10, remaining * 10, 260, atTop);
        QCOMPARE(b.newPageFirst, newPage);
        QCOMPARE(b.starts, starts);
        for (qsizetype i = 0; i < b.starts.size(); ++i) {
            const qsizetype end = i + 1 < b.starts.size() ? b.starts[i + 1] : rows;
            QVERIFY(end - b.starts[i] >= std::min<qsizetype>(4, rows));
        }
    }

    void scopeByCountryGroupAndVendor() {
        const QString path = m_dir.filePath(u"five.pdf"_s);
        ReportOptions options;
        options.asOf = QDate(2019, 1, 1);
        options.group = u"FIVE_EYES"_s;
        options.vendors = {u"Huawei"_s};
        options.includeTimeline = false;
        QVERIFY(writeReport(path, *m_store, options));
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Members of Five Eyes on 1 Jan 2019"_s));
        // Display names, never identifiers, in what a reader sees.
        for (const QString &id :
             {u"FIVE_EYES"_s, u"5g_core"_s, u"multiple_sources"_s, u"single_source"_s,
              u"critical_infrastructure"_s, u"procurement_ban"_s, u"none_in_force"_s})
            QVERIFY2(!text.contains(id), qPrintable(id));
        QVERIFY(text.contains(u"New Zealand (NZ)"_s));
        QVERIFY(text.contains(u"Canada (CA)"_s));
        QVERIFY(!text.contains(u"Germany (DE)"_s));
        QVERIFY(!text.contains(u"TikTok"_s)); // only Huawei decisions
        // Canada's decisions came later: none by the as-of date.
        QVERIFY(text.contains(u"No decision recorded for these vendors by 1 Jan 2019."_s));
        QVERIFY(!text.contains(u"Canada bans Huawei"_s));
        // includeTimeline = false: no timeline section, in the contents or anywhere.
        QVERIFY(!QRegularExpression(u"^\\s*Timeline\\b"_s, QRegularExpression::MultilineOption)
                     .match(text)
                     .hasMatch());
        QVERIFY(
            QRegularExpression(u"^\\s*World map\\s+4\\s*$"_s, QRegularExpression::MultilineOption)
                .match(text)
                .hasMatch()); // the map is still there
        // Cover, contents, summary, map, matrix and the five members, one page each.
        QCOMPARE(pdfPages(path), 10);
    }

    void userTextIsPrintedNotInterpreted() {
        Decision d = *m_store->decision(2);
        d.summary = u"<img src=\"file:///etc/passwd\"> and <b>bold</b> & more"_s;
        m_store->updateDecision(d);
        const QString path = m_dir.filePath(u"escaped.pdf"_s);
        ReportOptions options;
        options.countries = {u"AU"_s};
        QVERIFY(writeReport(path, *m_store, options));
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"<img src=\"file:///etc/passwd\"> and <b>bold</b> & more"_s));
        QVERIFY(!text.contains(u"root:"_s)); // nothing was loaded
    }

    void localCopiesAreCitedWithTheirDigest() {
        Decision d = *m_store->decision(2);
        Source s;
        s.title = u"Carrier guidance"_s;
        s.accessed = PartialDate::day(2026, 11, 29);
        s.localCopy = u"0123456789ab-guidance.pdf"_s;
        s.sha256 = QString(64, u'a');
        d.sources.append(s);
        m_store->updateDecision(d);
        const QString path = m_dir.filePath(u"evidence.pdf"_s);
        ReportOptions options;
        options.countries = {u"AU"_s};
        QVERIFY(writeReport(path, *m_store, options));
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(u"Accessed 29 Nov 2026"_s), qPrintable(text.right(800)));
        QVERIFY(text.contains(u"Local copy 0123456789ab-guidance.pdf, SHA-256"_s));
        QVERIFY(QString(text).remove(u' ').contains(QString(64, u'a')));
    }

    void cancellingWritesNothing() {
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        int calls = 0;
        const bool done = writeReport(path, *m_store, ReportOptions{}, [&](int, int) {
            ++calls;
            return calls < 3;
        });
        QVERIFY(!done);
        QVERIFY(!QFile::exists(path));
    }

    // The report reads the narrow index for status and for the choice of governments, and
    // the whole decisions of its governments only: a report of one government holds that
    // government's decisions; a report of every government holds exactly the governments
    // the whole decisions tell of (up to the date, for the vendors asked), on the
    // bundled data.
    void readsTheDecisionsOfItsGovernmentsOnly_data() {
        QTest::addColumn<QStringList>("vendors");
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("any vendor, today") << QStringList{} << QDate(2026, 1, 1);
        QTest::newRow("Huawei, 2019") << QStringList{u"huawei"_s} << QDate(2019, 6, 1);
        QTest::newRow("DJI, 2022") << QStringList{u"DJI"_s} << QDate(2022, 1, 1);
    }
    void readsTheDecisionsOfItsGovernmentsOnly() {
        QFETCH(QStringList, vendors);
        QFETCH(QDate, asOf);
        ReportOptions options;
        options.asOf = asOf;
        options.vendors = vendors;
        const ReportData all(*m_store, options);
        QSet<QString> told;
        for (const Decision &d : m_store->decisions()) {
            if (all.tellsOf(d))
                told.insert(d.country);
        }
        QVERIFY(!told.isEmpty());
        QCOMPARE(QSet<QString>(all.scope.begin(), all.scope.end()), told);
        QCOMPARE(all.decisionTotal, m_store->decisionCount());
        options.countries = {u"AU"_s};
        const ReportData one(*m_store, options);
        QCOMPARE(one.decisions.size(), m_store->decisionsOf(u"AU"_s).size());
        for (const Decision &d : one.decisions)
            QCOMPARE(d.country, u"AU"_s);
    }

    // A report on three chosen decisions of two governments (the bundled data): the
    // cover says so, with how they were chosen; the governments are theirs; their sections
    // tell of those decisions alone, and nowhere is another decision of theirs named; the
    // classes are those of every decision (Canada's Hikvision class comes from a decision
    // not chosen, and would differ if worked out from the chosen ones).
    void reportOnChosenDecisions() {
        const QList<qint64> ids{96, 16, 38}; // CA, CA, AU
        const QDate asOf(2025, 6, 30);
        const QString path = m_dir.filePath(u"chosen.pdf"_s);
        ReportOptions options;
        options.asOf = asOf;
        options.decisions = ids;
        options.selection = u"search \"Hikvision OR Huawei OR TikTok\", measure ban"_s;
        QVERIFY(writeReport(path, *m_store, options));
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());

        const QString cover = pdfText(path, 1).simplified();
        QVERIFY(cover.contains(u"A report on 3 chosen decisions"_s));
        QVERIFY(
            cover.contains(u"Chosen by: search \"Hikvision OR Huawei OR TikTok\", measure ban"_s));
        QVERIFY(cover.contains(u"Classes are worked out from every decision in the database."_s));
        QVERIFY(cover.contains(u"Governments: Those of the chosen decisions: Australia, Canada"_s));
        QVERIFY(cover.contains(u"(%1 decisions)"_s.arg(m_store->decisionCount())));

        // The contents: the four sections and the two governments, nothing else.
        QStringList contents = pdfText(path, 2).split(u'\n');
        contents.removeIf([](const QString &line) {
            return !QRegularExpression(u"^\\s*\\S.*\\s\\d+\\s*$"_s).match(line).hasMatch() ||
                   line.contains(u"Page 2 of"_s);
        });
        QCOMPARE(contents.size(), 6);
        QVERIFY(contents[4].contains(u"Australia (AU)"_s));
        QVERIFY(contents[5].contains(u"Canada (CA)"_s));

        // The government sections: from the page that begins with Australia's to the end.
        const int pages = pdfPages(path);
        int first = 0;
        for (int page = 3; page <= pages && !first; ++page)
            first = hasRow(pdfText(path, page), {u"Australia (AU)"_s}) ? page : 0;
        QVERIFY(first > 0);
        QString sections;
        for (int page = first; page <= pages; ++page)
            sections += pdfText(path, page);
        QVERIFY(hasRow(sections, {u"Canada (CA)"_s}));
        const QString flat = sections.simplified();
        QStringList chosenTitles;
        for (const Decision &d : m_store->decisions(ids))
            chosenTitles.append(d.title);
        for (const QString &title : chosenTitles) // each in its summary paragraph
            QVERIFY2(flat.contains(title), qPrintable(title));
        int others = 0;
        for (const QString &code : {u"AU"_s, u"CA"_s}) {
            for (const Decision &d : m_store->decisionsOf(code)) {
                if (ids.contains(d.id))
                    continue;
                ++others;
                // The whole title, or its first words (a table cell's first line) where
                // they begin no chosen title.
                QVERIFY2(!text.simplified().contains(d.title), qPrintable(d.title));
                const QStringList words = d.title.split(u' ');
                for (qsizetype n = 3; n <= words.size(); ++n) {
                    const QString start = words.mid(0, n).join(u' ');
                    if (std::none_of(chosenTitles.begin(), chosenTitles.end(),
                                     [&](const QString &t) { return t.startsWith(start); })) {
                        QVERIFY2(!text.contains(start), qPrintable(start));
                        break;
                    }
                }
            }
        }
        QVERIFY(others >= 5);
        // Canada's class for Hikvision: restricted by decision 95, which was not chosen.
        const StatusResolver every(m_store->statusFacts(), m_store->vendors());
        const StatusResolver onlyChosen(m_store->decisions(ids), m_store->vendors());
        QCOMPARE(every.resolve(u"CA"_s, u"Hikvision"_s, asOf).statusClass, StatusClass::Restricted);
        QCOMPARE(onlyChosen.resolve(u"CA"_s, u"Hikvision"_s, asOf).statusClass,
                 StatusClass::GovernmentBan);
        QVERIFY2(QRegularExpression(u"^\\s*Hikvision\\s+Restricted\\s+Restriction, 27 Jun 2025: "
                                    "decision 95, not among the chosen\\s*$"_s,
                                    QRegularExpression::MultilineOption)
                     .match(sections)
                     .hasMatch(),
                 qPrintable(sections.left(1500)));
        // The matrix: the chosen decisions' vendors, each class that of every decision.
        int matrixPage = 0;
        for (int page = 3; page < first && !matrixPage; ++page)
            matrixPage = hasRow(pdfText(path, page), {u"Governments and vendors"_s}) ? page : 0;
        const QString matrix = pdfText(path, matrixPage);
        const QStringList vendors{u"ByteDance"_s, u"Hikvision"_s, u"Huawei"_s, u"TikTok"_s,
                                  u"ZTE"_s};
        QVERIFY(hasRow(matrix, QStringList{u"Government"_s} + vendors));
        const QHash<StatusClass, QString> label{{StatusClass::Banned, u"Banned"_s},
                                                {StatusClass::Restricted, u"Restricted"_s},
                                                {StatusClass::GovernmentBan, u"Gov. ban"_s},
                                                {StatusClass::UnderReview, u"Review"_s},
                                                {StatusClass::Allowed, u"Allowed"_s},
                                                {StatusClass::NoneInForce, u"Ended"_s},
                                                {StatusClass::NoData, u"—"_s}};
        for (const auto &[code, name] :
             {std::pair{u"AU"_s, u"Australia"_s}, std::pair{u"CA"_s, u"Canada"_s}}) {
            QStringList row{name};
            for (const QString &v : vendors) {
                const Status s = every.resolve(code, v, asOf);
                row.append(label.value(s.statusClass) + (s.pending ? u"*"_s : QString()));
            }
            QVERIFY2(hasRow(matrix, row), qPrintable(row.join(u" | "_s) + u"\n"_s + matrix));
        }
    }

    // What a report on chosen decisions reads and refuses.
    void chosenDecisionsChooseTheScope() {
        ReportOptions options;
        options.asOf = QDate(2025, 6, 30);
        options.countries = {u"DE"_s}; // not read: the decisions choose
        options.decisions = QList<qint64>{38, 16, 96, 16};
        const ReportData data(*m_store, options);
        QCOMPARE(data.scope, (QStringList{u"AU"_s, u"CA"_s}));
        QCOMPARE(data.chosen, (QSet<qint64>{16, 38, 96}));
        int told = 0;
        for (const Decision &d : data.decisions)
            told += data.tellsOf(d) ? 1 : 0;
        QCOMPARE(told, 3);
        // Every decision of those governments is read: the classes' reasons and the
        // timeline's bars need them.
        QCOMPARE(data.decisions.size(),
                 m_store->decisionsOf(u"AU"_s).size() + m_store->decisionsOf(u"CA"_s).size());
        auto errorOf = [&](const QList<qint64> &ids) {
            ReportOptions o;
            o.decisions = ids;
            try {
                ReportData refused(*m_store, o);
            } catch (const Error &e) {
                return e.message();
            }
            return u"no error"_s;
        };
        QCOMPARE(errorOf({}), u"no decision chosen for the report"_s);
        QCOMPARE(errorOf({16, 999999}), u"no decision has the id 999999"_s);
        QList<qint64> many{16};
        for (qint64 id = 900001; id <= 900012; ++id)
            many.append(id);
        QCOMPARE(errorOf(many), u"no decision has the ids 900001, 900002, 900003, 900004, "
                                "900005, 900006, 900007, 900008, 900009, 900010, … (12 in all)"_s);
        QVERIFY(!QFile::exists(m_dir.filePath(u"refused.pdf"_s)));
        options.decisions = QList<qint64>{999999};
        QVERIFY_THROWS_EXCEPTION(Error,
                                 writeReport(m_dir.filePath(u"refused.pdf"_s), *m_store, options));
        QVERIFY(!QFile::exists(m_dir.filePath(u"refused.pdf"_s)));
    }

    // The matrix painted on its own into an image: a cell per government and vendor in
    // the colour of its class (painting/classcolors.h), none where no decision is
    // recorded, on one A4 page.
    void matrixCellsHaveTheirClassColours() {
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        const ReportData data(*m_small, options);
        QCOMPARE(data.matrixVendors, (QStringList{u"Huawei"_s, u"ZTE"_s}));
        const PaintedSection matrix =
            paintSection(kA4, [&](ReportPage &page) { paintMatrix(page, data); });
        QCOMPARE(matrix.newPages, 0);
        QCOMPARE(matrix.pages.size(), 1);
        QCOMPARE(matrix.sections.size(), 1);
        QCOMPARE(matrix.sections[0].title, u"Governments and vendors"_s);
        // Governments in kSmallMatrix's order; France's and the United States' Huawei
        // cells unfilled ("—"), the US's pending ZTE ban in the colour of a ban.
        QCOMPARE(cellClasses(matrix.pages[0], kHuaweiColumn),
                 classNames({StatusClass::Banned, StatusClass::Allowed, StatusClass::Restricted,
                             StatusClass::UnderReview, StatusClass::Banned, StatusClass::Allowed,
                             StatusClass::NoneInForce, StatusClass::Restricted}));
        QCOMPARE(
            cellClasses(matrix.pages[0], kZteColumn),
            classNames({StatusClass::GovernmentBan, StatusClass::Allowed, StatusClass::Banned}));
    }

    // On pages too short for it the matrix goes on over more of them, its header on each,
    // with no cell lost or split; laying it out without painting counts the same pages.
    void matrixBreaksOntoMorePagesOnSmallerPages() {
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        const ReportData data(*m_small, options);
        auto matrix = [&](ReportPage &page) { paintMatrix(page, data); };
        const QStringList cells = cellClasses(paintSection(kA4, matrix).pages[0], kHuaweiColumn);
        QCOMPARE(cells.size(), 8);
        const QSize small(kA4.width(), 260);
        const PaintedSection broken = paintSection(small, matrix);
        QVERIFY2(broken.newPages >= 1, qPrintable(QString::number(broken.newPages)));
        QCOMPARE(broken.pages.size(), broken.newPages + 1);
        QStringList brokenCells;
        for (const QImage &page : broken.pages)
            brokenCells += cellClasses(page, kHuaweiColumn);
        QCOMPARE(brokenCells, cells);
        for (qsizetype i = 1; i < broken.pages.size(); ++i)
            QVERIFY2(pixelsOf(broken.pages[i], QColor(0xE8, 0xE8, 0xE8)) > 0, "no header");

        const QImage metrics = blankPage(small);
        ReportPage dry(metrics, nullptr, QRectF(QPointF(0, 0), QSizeF(small)), {}, {});
        paintMatrix(dry, data);
        QCOMPARE(dry.page(), int(broken.pages.size()));
        QCOMPARE(dry.sections().size(), 1);
        QCOMPARE(dry.sections()[0].page, 1);
    }

    // The summary on its own: a cell per class in its colour, in the order of the
    // classes, and what changed: the United States, no data then and banned now.
    void summaryPaintsACellPerClass() {
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        options.compare = QDate(2023, 6, 1);
        const ReportData data(*m_small, options);
        const PaintedSection summary =
            paintSection(kA4, [&](ReportPage &page) { paintSummary(page, data); });
        QCOMPARE(summary.newPages, 0);
        const QImage &page = summary.pages[0];
        for (StatusClass c : allStatusClasses())
            QVERIFY2(pixelsOf(page, classColor(c)) > 500, qPrintable(displayName(c)));
        QCOMPARE(cellClasses(page, 2).mid(0, 7), classNames(allStatusClasses()));
        // The changes table: Government 3, Then 2, Now 2 of the width; its cells are the
        // last ones down the page.
        const QStringList then = cellClasses(page, int(kA4.width() * 3.0 / 7) + 2);
        const QStringList now = cellClasses(page, int(kA4.width() * 5.0 / 7) + 2);
        QVERIFY(!then.isEmpty() && !now.isEmpty());
        QCOMPARE(then.last(), displayName(StatusClass::NoData));
        QCOMPARE(now.last(), displayName(StatusClass::Banned));
    }

    // A section painted twice gives the same pixels; another date, other pixels.
    void aSectionPaintsTheSamePixelsEachTime() {
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        const ReportData data(*m_small, options);
        auto summary = [&](ReportPage &page) { paintSummary(page, data); };
        const PaintedSection first = paintSection(kA4, summary);
        const PaintedSection second = paintSection(kA4, summary);
        QCOMPARE(first.pages.size(), 1);
        QVERIFY(inkedPixels(first.pages[0]) > 5000);
        QCOMPARE(second.pages.size(), 1);
        QCOMPARE(second.pages[0], first.pages[0]);

        options.asOf = QDate(2019, 6, 1);
        const ReportData earlier(*m_small, options);
        const PaintedSection other =
            paintSection(kA4, [&](ReportPage &page) { paintSummary(page, earlier); });
        QVERIFY(other.pages[0] != first.pages[0]);
    }

    // The cover: nothing above the title, 18% down the page; a long title wraps and pushes
    // the rest down. The cover is not a section of the contents.
    void coverBeginsBelowTheTopAndWrapsLongTitles() {
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        const ReportData data(*m_small, options);
        options.title = QStringList(8, u"A title of many words"_s).join(u' ');
        const ReportData longTitle(*m_small, options);
        const PaintedSection cover =
            paintSection(kA4, [&](ReportPage &page) { paintCover(page, data); });
        const PaintedSection longCover =
            paintSection(kA4, [&](ReportPage &page) { paintCover(page, longTitle); });
        QCOMPARE(cover.newPages, 0);
        QCOMPARE(longCover.newPages, 0);
        QVERIFY(cover.sections.isEmpty());
        const double top = 22 * 100 / 72.0; // the header's space, 22 pt
        const double height = kA4.height() - 2 * top;
        const int titleTop = int(top + height * 0.18);
        QCOMPARE(lowestInk(cover.pages[0], int(top) + 1, titleTop - 1), -1);
        const int end = lowestInk(cover.pages[0], titleTop, int(top + height));
        QVERIFY(end > titleTop + 200); // title, date, scope, provenance
        const int longEnd = lowestInk(longCover.pages[0], titleTop, int(top + height));
        QVERIFY2(longEnd > end + 60, qPrintable(u"%1 vs %2"_s.arg(longEnd).arg(end)));
    }

    // The map shows the classes of the as-of date: Canada (large, allowed from 2020) is
    // blue in 2024 and not in 2019.
    void mapSectionShowsTheClassesOfTheDay() {
        ReportOptions options;
        options.asOf = QDate(2024, 6, 1);
        const ReportData now(*m_small, options);
        options.asOf = QDate(2019, 6, 1);
        const ReportData before(*m_small, options);
        const PaintedSection map =
            paintSection(kA4, [&](ReportPage &page) { paintMapSection(page, now); });
        const PaintedSection earlier =
            paintSection(kA4, [&](ReportPage &page) { paintMapSection(page, before); });
        QCOMPARE(map.newPages, 0);
        const QColor allowed = classColor(StatusClass::Allowed);
        QVERIFY2(pixelsOf(map.pages[0], allowed) > pixelsOf(earlier.pages[0], allowed) + 1000,
                 qPrintable(u"%1 vs %2"_s.arg(pixelsOf(map.pages[0], allowed))
                                .arg(pixelsOf(earlier.pages[0], allowed))));
    }

    // One citation for the report and the country profile: the fields in order, the empty
    // ones left out.
    void citationsListTheirPartsInOrder() {
        Source s;
        s.title = u"Title"_s;
        s.publisher = u"Publisher"_s;
        s.published = PartialDate::day(2020, 1, 2);
        s.url = u"https://example.org/a"_s;
        s.accessed = PartialDate::day(2026, 11, 29);
        s.localCopy = u"f.pdf"_s;
        s.sha256 = u"abc"_s;
        QCOMPARE(citationText(s), u"Title. Publisher. 2 Jan 2020. https://example.org/a. "
                                  "Accessed 29 Nov 2026. Local copy f.pdf, SHA-256 abc"_s);
        QList<CitationPart::Kind> kinds;
        for (const CitationPart &part : citationParts(s))
            kinds.append(part.kind);
        QCOMPARE(kinds, (QList<CitationPart::Kind>{
                            CitationPart::Title, CitationPart::Publisher, CitationPart::Published,
                            CitationPart::Url, CitationPart::Accessed, CitationPart::LocalCopy}));
        Source bare;
        bare.url = u"https://example.org/b"_s;
        QCOMPARE(citationText(bare), u"https://example.org/b"_s);
        QCOMPARE(citationParts(bare).size(), 1);
        QVERIFY(citationParts(Source{}).isEmpty());
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
