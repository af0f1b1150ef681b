// The CSV reader on its own (formats/csv.h): records, fields and where each starts, and
// every way a file is refused, at the line and column of the problem.

#include "domain/errors.h"
#include "formats/csv.h"

#include "helpers/testsetup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// "L<line>: <field> | <field>…", a field as its text in quotes, @line:column, and "q"
// when it was written in quotes.
QStringList described(const QList<CsvRow> &rows) {
    QStringList out;
    for (const CsvRow &row : rows) {
        QStringList fields;
        for (const CsvField &f : row.fields) {
            fields.append(u"\"%1\"@%2:%3%4"_s.arg(f.text).arg(f.line).arg(f.column).arg(
                f.quoted ? u"q"_s : QString()));
        }
        out.append(u"L%1: %2"_s.arg(row.line).arg(fields.join(u" | "_s)));
    }
    return out;
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void readsRecords_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("LF") << "a,b\nc,d\n"_ba
                            << QStringList{u"L1: \"a\"@1:1 | \"b\"@1:3"_s,
                                           u"L2: \"c\"@2:1 | \"d\"@2:3"_s};
        QTest::newRow("CRLF") << "a,b\r\nc,d\r\n"_ba
                              << QStringList{u"L1: \"a\"@1:1 | \"b\"@1:3"_s,
                                             u"L2: \"c\"@2:1 | \"d\"@2:3"_s};
        QTest::newRow("CR alone") << "a,b\rc,d"_ba
                                  << QStringList{u"L1: \"a\"@1:1 | \"b\"@1:3"_s,
                                                 u"L2: \"c\"@2:1 | \"d\"@2:3"_s};
        QTest::newRow("no line end at the end")
            << "a,b"_ba << QStringList{u"L1: \"a\"@1:1 | \"b\"@1:3"_s};
        QTest::newRow("blank lines skipped")
            << "a\n\n\r\nb\n"_ba << QStringList{u"L1: \"a\"@1:1"_s, u"L4: \"b\"@4:1"_s};
        QTest::newRow("empty fields")
            << ",,\n"_ba << QStringList{u"L1: \"\"@1:1 | \"\"@1:2 | \"\"@1:3"_s};
        QTest::newRow("trailing comma") << "a,\n"_ba << QStringList{u"L1: \"a\"@1:1 | \"\"@1:3"_s};
        QTest::newRow("quoted empty field") << "\"\"\n"_ba << QStringList{u"L1: \"\"@1:1q"_s};
        QTest::newRow("byte-order mark") << "\xEF\xBB\xBF"
                                            "a,b\n"_ba
                                         << QStringList{u"L1: \"a\"@1:1 | \"b\"@1:3"_s};
        QTest::newRow("comma and doubled quote in quotes")
            << "\"x, \"\"y\"\"\",z\n"_ba << QStringList{u"L1: \"x, \"y\"\"@1:1q | \"z\"@1:12"_s};
        QTest::newRow("line break in quotes")
            << "\"a\nb\",c\r\nd\n"_ba
            << QStringList{u"L1: \"a\nb\"@1:1q | \"c\"@2:4"_s, u"L3: \"d\"@3:1"_s};
        QTest::newRow("CRLF in quotes kept")
            << "\"a\r\nb\"\n"_ba << QStringList{u"L1: \"a\r\nb\"@1:1q"_s};
        QTest::newRow("columns count characters")
            << "é,ü€,x\n"_ba << QStringList{u"L1: \"é\"@1:1 | \"ü€\"@1:3 | \"x\"@1:6"_s};
        QTest::newRow("spaces are the reader's to keep")
            << " a , b \n"_ba << QStringList{u"L1: \" a \"@1:1 | \" b \"@1:5"_s};
        QTest::newRow("only a line end") << "\n"_ba << QStringList{};
        QTest::newRow("nothing") << QByteArray() << QStringList{};
    }
    void readsRecords() {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, rows);
        QCOMPARE(described(parseCsv(csv, u"mem.csv"_s)), rows);
    }

    void refusesBadFiles_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("what");
        QTest::newRow("text after the closing quote")
            << "x\n\"a\"b\n"_ba << 2 << 4
            << u"expected a comma or a line end after the closing quote, found \"b\""_s;
        QTest::newRow("a whole character after the closing quote")
            << "\"a\"€\n"_ba << 1 << 4
            << u"expected a comma or a line end after the closing quote, found \"€\""_s;
        QTest::newRow("quote inside an unquoted field")
            << "ab\"c\n"_ba << 1 << 3
            << u"a quote inside an unquoted field; quote the whole field and double the quote "
               "(\"\")"_s;
        QTest::newRow("quote never closed")
            << "a,\"bc\nd"_ba << 1 << 3 << u"the quoted field that starts here is never closed"_s;
        QTest::newRow("not UTF-8")
            << "é,ab\xFF\n"_ba << 1 << 5
            << u"the file is not valid UTF-8 (byte 0xff); save it as UTF-8"_s;
        QTest::newRow("one field too many")
            << QByteArray(kMaxCsvFields, ',') << 1 << int(kMaxCsvFields) + 1
            << u"the record has more than 64 fields"_s;
        QTest::newRow("field too long")
            << "a,\"" + QByteArray(kMaxCsvFieldBytes + 1, 'x') << 1 << 3
            << u"the field that starts here is longer than 131072 bytes"_s;
    }
    void refusesBadFiles() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, what);
        try {
            parseCsv(csv, u"bad.csv"_s);
            QFAIL("accepted");
        } catch (const ImportError &e) {
            QCOMPARE(e.file(), u"bad.csv"_s);
            QCOMPARE(e.reason(), what);
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
        }
    }

    // Each record is handed over as soon as it is read: a problem further on comes after
    // the records before it, so that an import never holds the whole file twice.
    void handsOverEachRecordAsItIsRead() {
        QStringList seen;
        try {
            parseCsv("a,b\nc,d\n\"never closed"_ba, u"mem.csv"_s,
                     [&seen](const CsvRow &row) { seen.append(row.fields.first().text); });
            QFAIL("accepted");
        } catch (const ImportError &e) {
            QCOMPARE(e.line(), 3);
        }
        QCOMPARE(seen, (QStringList{u"a"_s, u"c"_s}));
    }

    void protectsCellsFromSpreadsheets_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("protectedCell");
        QTest::newRow("plain") << u"Huawei"_s << u"Huawei"_s;
        QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("minus") << u"-5"_s << u"'-5"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("a quote already") << u"'x"_s << u"''x"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void protectsCellsFromSpreadsheets() {
        QFETCH(QString, cell);
        QFETCH(QString, protectedCell);
        QCOMPARE(protectCell(cell), protectedCell);
        QCOMPARE(unprotectCell(protectedCell), cell);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
