#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace banatlas {

PartialDate PartialDate::year(int y) {
    PartialDate d;
    d.m_precision = Precision::Year;
    d.m_year = y;
    return d;
}

PartialDate PartialDate::month(int y, int m) {
    PartialDate d = year(y);
    d.m_precision = Precision::Month;
    d.m_month = m;
    return d;
}

PartialDate PartialDate::day(int y, int m, int dd) {
    PartialDate d = month(y, m);
    d.m_precision = Precision::Day;
    d.m_day = dd;
    return d;
}

PartialDate PartialDate::fromDate(QDate date) {
    return date.isValid() ? day(date.year(), date.month(), date.day()) : PartialDate();
}

std::optional<PartialDate> PartialDate::parse(QStringView text, QString *error) {
    auto fail = [&](const QString &why) -> std::optional<PartialDate> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return PartialDate();

    auto digits = [](QStringView s) {
        for (QChar c : s) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return !s.isEmpty();
    };
    const auto parts = t.split(u'-');
    const bool shapeOk = parts.size() <= 3 && parts[0].size() == 4 && digits(parts[0]) &&
                         (parts.size() < 2 || (parts[1].size() == 2 && digits(parts[1]))) &&
                         (parts.size() < 3 || (parts[2].size() == 2 && digits(parts[2])));
    if (!shapeOk) {
        return fail(QCoreApplication::translate("banatlas::PartialDate",
                                                "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, "
                                                "got \"%1\"")
                        .arg(t));
    }
    const int y = parts[0].toInt();
    if (y < 1900 || y > 2200) {
        return fail(
            QCoreApplication::translate("banatlas::PartialDate", "year %1 is outside 1900-2200")
                .arg(y));
    }
    if (parts.size() == 1)
        return year(y);
    const int m = parts[1].toInt();
    if (m < 1 || m > 12)
        return fail(
            QCoreApplication::translate("banatlas::PartialDate", "month %1 does not exist").arg(m));
    if (parts.size() == 2)
        return month(y, m);
    const int d = parts[2].toInt();
    if (!QDate::isValid(y, m, d)) {
        return fail(
            QCoreApplication::translate("banatlas::PartialDate", "%1 is not a date that exists")
                .arg(t.toString()));
    }
    return day(y, m, d);
}

QDate PartialDate::firstDay() const {
    if (isNull())
        return {};
    return QDate(m_year, qMax(m_month, 1), qMax(m_day, 1));
}

QString PartialDate::toString() const {
    if (m_precision == Precision::None)
        return {};
    const bool digitsFit =
        m_year >= 0 && m_year <= 9999 && m_month >= 0 && m_month <= 99 && m_day >= 0 && m_day <= 99;
    if (m_precision == Precision::Year || !digitsFit)
        return toStringByArg();
    // YYYY-MM or YYYY-MM-DD, digit by digit: an import writes several dates a row, and
    // QString::arg's passes over the text were a twentieth of its time.
    char16_t text[10];
    qsizetype size = 0;
    auto put = [&text, &size](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[size + i] = char16_t(u'0' + value % 10);
        size += width;
    };
    put(m_year, 4);
    text[size++] = u'-';
    put(m_month, 2);
    if (m_precision == Precision::Day) {
        text[size++] = u'-';
        put(m_day, 2);
    }
    return QString(reinterpret_cast<const QChar *>(text), size);
}

QString PartialDate::toStringByArg() const {
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return u"%1-%2"_s.arg(m_year, 4, 10, QChar(u'0')).arg(m_month, 2, 10, QChar(u'0'));
    case Precision::Day:
        return u"%1-%2-%3"_s.arg(m_year, 4, 10, QChar(u'0'))
            .arg(m_month, 2, 10, QChar(u'0'))
            .arg(m_day, 2, 10, QChar(u'0'));
    }
    return {};
}

QString PartialDate::toDisplayString() const {
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return QLocale().toString(firstDay(), monthFormat());
    case Precision::Day:
        return QLocale().toString(firstDay(), dayFormat());
    }
    return {};
}

QString dayFormat() {
    //: How a day is written for reading (QDate format): "20 Oct 2020"
    return QCoreApplication::translate("banatlas::PartialDate", "d MMM yyyy");
}

QString monthFormat() {
    //: How a month is written for reading (QDate format): "Oct 2020"
    return QCoreApplication::translate("banatlas::PartialDate", "MMM yyyy");
}

QString displayDateTime(const QDateTime &dateTime) {
    return QLocale().toString(dateTime, dayFormat() + u" HH:mm"_s);
}

} // namespace banatlas
