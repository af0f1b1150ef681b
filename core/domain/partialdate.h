#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <compare>
#include <optional>

namespace banatlas {

// A date known to the year, the month or the day ("2018", "2018-11", "2018-11-28").
// It keeps its precision for display and compares as the first day of its period.
class PartialDate final {
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    static PartialDate year(int y);
    static PartialDate month(int y, int m);
    static PartialDate day(int y, int m, int d);
    static PartialDate fromDate(QDate date);

    // Parses YYYY, YYYY-MM or YYYY-MM-DD. An empty string gives a null date; anything
    // else that is not such a date (2019-02-30, 2019-13, 19-01-01) gives nullopt and,
    // when asked, says what was wrong.
    static std::optional<PartialDate> parse(QStringView text, QString *error = nullptr);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    int yearPart() const { return m_year; }
    int monthPart() const { return m_month; }
    int dayPart() const { return m_day; }

    // The first day of the period; invalid for a null date.
    QDate firstDay() const;
    // YYYYMMDD of the first day, for fast comparison; 0 for a null date.
    int key() const {
        return isNull() ? 0 : m_year * 10000 + qMax(m_month, 1) * 100 + qMax(m_day, 1);
    }

    QString toString() const;        // the interchange form: "2018-11"
    QString toDisplayString() const; // "Nov 2018", "28 Nov 2018", "2018"

    bool operator==(const PartialDate &other) const = default;

private:
    QString toStringByArg() const; // toString for years or parts beyond the usual digits

    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

// The display formats of dates, translated with the interface ("d MMM yyyy" in English,
// "d. MMM yyyy" in German); month names come from the default QLocale. Every date a
// person reads uses these, so that no view mixes languages.
QString dayFormat();
QString monthFormat();
// A date and time as people read it ("20 Oct 2020 14:05"); a date alone is
// PartialDate::fromDate(d).toDisplayString().
QString displayDateTime(const QDateTime &dateTime);

// YYYYMMDD of a full date, comparable with PartialDate::key().
inline int dateKey(QDate d) {
    return d.year() * 10000 + d.month() * 100 + d.day();
}

} // namespace banatlas
