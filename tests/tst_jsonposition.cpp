// Where a JSON import's error points (interchange/jsonposition.h): the value at a path of
// keys and indexes, or the deepest part of the path that exists; never stuck on text that
// is not JSON.

#include "interchange/jsonposition.h"

#include "helpers/testsetup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

const QByteArray kJson = "{\n"
                         "  \"format\": \"banatlas\",\n"
                         "  \"decisions\": [\n"
                         "    {\"id\": 1, \"title\": \"A, \\\"quoted\\\" [title]\"},\n"
                         "    {\"id\": 2, \"sources\": [{\"url\": \"x\"}, {\"url\": \"y\"}]}\n"
                         "  ],\n"
                         "  \"a\\\"b\": [1, [2, 3], {\"c\": 4}]\n"
                         "}\n";

} // namespace

class TestJsonPosition : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void findsTheValueAtAPath_data() {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("the whole") << QStringList{} << 1 << 1;
        QTest::newRow("a member") << QStringList{u"format"_s} << 2 << 13;
        QTest::newRow("an array") << QStringList{u"decisions"_s} << 3 << 16;
        QTest::newRow("an element") << QStringList{u"decisions"_s, u"1"_s} << 5 << 5;
        QTest::newRow("after a string with brackets and quotes")
            << QStringList{u"decisions"_s, u"1"_s, u"id"_s} << 5 << 12;
        QTest::newRow("deep") << QStringList{u"decisions"_s, u"1"_s, u"sources"_s, u"1"_s, u"url"_s}
                              << 5 << 49;
        QTest::newRow("an escaped key") << QStringList{u"a\"b"_s, u"2"_s, u"c"_s} << 7 << 29;
        QTest::newRow("no such key: the object") << QStringList{u"missing"_s} << 1 << 1;
        QTest::newRow("no such index: the array")
            << QStringList{u"decisions"_s, u"7"_s, u"id"_s} << 3 << 16;
        QTest::newRow("no such key inside: the record")
            << QStringList{u"decisions"_s, u"0"_s, u"nothing"_s} << 4 << 5;
        QTest::newRow("a path past a scalar: the scalar")
            << QStringList{u"format"_s, u"0"_s} << 2 << 13;
    }
    void findsTheValueAtAPath() {
        QFETCH(QStringList, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QCOMPARE(jsonPosition(kJson, path), std::make_pair(line, column));
    }

    // Found by fuzz_json_import: text that is not JSON inside an array ("!", ",,") once
    // kept the search in one place for ever. It always moves on, and ends in the text.
    void endsOnTextThatIsNotJson_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not JSON in an array") << "{\"a\": [!, ,, 3]}"_ba;
        QTest::newRow("commas only") << "[,,,,]"_ba;
        QTest::newRow("unclosed") << "{\"a\": [1, {\"b\": "_ba;
        QTest::newRow("unclosed string") << "{\"a"_ba;
        QTest::newRow("empty") << QByteArray();
    }
    void endsOnTextThatIsNotJson() {
        QFETCH(QByteArray, text);
        const auto [line, column] =
            jsonPosition(text, {u"a"_s, u"5"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s});
        QCOMPARE(line, 1);
        QVERIFY(column >= 1 && column <= text.size() + 2);
    }
};

QTEST_GUILESS_MAIN(TestJsonPosition)
#include "tst_jsonposition.moc"
