#include "domain/partialdate.h"

#include "helpers/testsetup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using banatlas::PartialDate;

class TestPartialDate : public QObject {
    Q_OBJECT

private slots:
    void init() { banatlas::testing::failOnQtWarnings(); }

    void parsesValid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("roundTrip");
        QTest::addColumn<QString>("display");
        QTest::newRow("year") << u"2018"_s << 20180101 << u"2018"_s << u"2018"_s;
        QTest::newRow("month") << u"2018-11"_s << 20181101 << u"2018-11"_s << u"Nov 2018"_s;
        QTest::newRow("day") << u"2018-11-28"_s << 20181128 << u"2018-11-28"_s << u"28 Nov 2018"_s;
        QTest::newRow("leap day") << u"2020-02-29"_s << 20200229 << u"2020-02-29"_s
                                  << u"29 Feb 2020"_s;
        QTest::newRow("trimmed") << u" 2019-10 "_s << 20191001 << u"2019-10"_s << u"Oct 2019"_s;
    }
    void parsesValid() {
        QFETCH(QString, text);
        QFETCH(int, key);
        QFETCH(QString, roundTrip);
        QFETCH(QString, display);
        const auto d = PartialDate::parse(text);
        QVERIFY(d.has_value());
        QCOMPARE(d->key(), key);
        QCOMPARE(d->toString(), roundTrip);
        QCOMPARE(d->toDisplayString(), display);
    }

    void rejectsInvalid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("feb 30") << u"2019-02-30"_s << u"not a date that exists"_s;
        QTest::newRow("feb 29 non-leap") << u"2019-02-29"_s << u"not a date that exists"_s;
        QTest::newRow("month 13") << u"2019-13"_s << u"month 13"_s;
        QTest::newRow("two-digit year") << u"19-01-01"_s << u"YYYY"_s;
        QTest::newRow("unpadded") << u"2019-1-5"_s << u"YYYY"_s;
        QTest::newRow("slashes") << u"2019/01/05"_s << u"YYYY"_s;
        QTest::newRow("words") << u"last year"_s << u"YYYY"_s;
        QTest::newRow("too many parts") << u"2019-01-05-01"_s << u"YYYY"_s;
        QTest::newRow("far past") << u"0999"_s << u"outside"_s;
    }
    void rejectsInvalid() {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        QString why;
        QVERIFY(!PartialDate::parse(text, &why).has_value());
        QVERIFY2(why.contains(messagePart), qPrintable(why));
    }

    // The interchange form, written digit by digit, equals what QString::arg writes, for
    // every day of the years stored and for years beyond four digits.
    void writesTheInterchangeForm() {
        auto expected = [](int y, int m, int d) {
            QString s = u"%1-%2"_s.arg(y, 4, 10, QChar(u'0')).arg(m, 2, 10, QChar(u'0'));
            return d ? s + u"-%1"_s.arg(d, 2, 10, QChar(u'0')) : s;
        };
        for (int y : {1, 42, 999, 1900, 2018, 2200, 9999, 10000, 123456}) {
            QCOMPARE(banatlas::PartialDate::year(y).toString(), QString::number(y));
            for (int m = 1; m <= 12; ++m) {
                QCOMPARE(banatlas::PartialDate::month(y, m).toString(), expected(y, m, 0));
                for (int d = 1; d <= 31; ++d)
                    QCOMPARE(banatlas::PartialDate::day(y, m, d).toString(), expected(y, m, d));
            }
        }
        QCOMPARE(banatlas::PartialDate::day(2018, 11, 28).toString(), u"2018-11-28"_s);
        QCOMPARE(banatlas::PartialDate::month(2018, 1).toString(), u"2018-01"_s);
        QCOMPARE(banatlas::PartialDate::day(7, 2, 3).toString(), u"0007-02-03"_s);
    }

    void emptyIsNull() {
        const auto d = PartialDate::parse(u""_s);
        QVERIFY(d.has_value());
        QVERIFY(d->isNull());
        QCOMPARE(d->key(), 0);
        QCOMPARE(d->toString(), QString());
    }

    void comparesAsFirstDayOfPeriod() {
        // "Nov 2018" counts as 1 Nov 2018 against an as-of date.
        const PartialDate month = PartialDate::month(2018, 11);
        QVERIFY(month.key() <= banatlas::dateKey(QDate(2018, 11, 1)));
        QVERIFY(month.key() > banatlas::dateKey(QDate(2018, 10, 31)));
        QCOMPARE(PartialDate::year(2014).firstDay(), QDate(2014, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
