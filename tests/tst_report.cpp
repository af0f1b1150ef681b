#include "interchange.h"
#include "report.h"

#include "helpers/testsetup.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// The text of a PDF, as poppler extracts it (what a reader can select and search).
QString pdfText(const QString &path) {
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path) {
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    p.waitForFinished(60000);
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s)
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void init() { testing::failOnQtWarnings(); }

    void initTestCase() {
        testing::failOnQtWarnings();
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read reports back");
        m_store = openDatabase(m_dir.filePath(u"report.banatlas"_s));
    }

    void fullReportReadsBack() {
        const QString path = m_dir.filePath(u"full.pdf"_s);
        ReportOptions options;
        options.asOf = QDate(2024, 12, 31);
        options.compare = QDate(2019, 1, 1);
        QVERIFY(writeReport(path, *m_store, options));
        const QString text = pdfText(path);
        const int pages = pdfPages(path);
        QVERIFY(pages > 10);
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
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
