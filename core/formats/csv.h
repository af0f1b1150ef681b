#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace banatlas {

// One field of a CSV file, with where it starts (1-based line and character column).
struct CsvField {
    QString text;
    int line = 0;
    int column = 0;
    bool quoted = false; // written in quotes: its spaces are part of it
};

struct CsvRow {
    QList<CsvField> fields;
    int line = 0;
};

// No field is longer than this (a summary is at most 20,000 characters).
inline constexpr qsizetype kMaxCsvFieldBytes = 128 * 1024;
// No record has more fields than this (BanAtlas's format has 18 columns): a file of
// commas cannot make a parse hold millions of fields.
inline constexpr qsizetype kMaxCsvFields = 64;

// RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks;
// CRLF or LF line ends; UTF-8 with or without a byte-order mark. Throws ImportError
// naming `fileName`, the line and the column of the first problem. Blank lines are
// skipped.
QList<CsvRow> parseCsv(const QByteArray &data, const QString &fileName);
// The same, handing each record to `onRow` as soon as it is read, so that a large file
// is never held twice.
void parseCsv(const QByteArray &data, const QString &fileName,
              const std::function<void(const CsvRow &)> &onRow);

// One record, quoted where needed, ending in CRLF as RFC 4180 asks.
QByteArray csvRecord(const QStringList &fields);

// A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a
// formula (OWASP's "CSV injection"). Exports put a ' before such a cell, and before one
// that starts with ' itself; imports take exactly that ' off again, so that CSV → CSV
// round trips are exact.
QString protectCell(const QString &cell);
QString unprotectCell(const QString &cell);

// Byte offset of the first byte that is not valid UTF-8, or -1.
qsizetype invalidUtf8Offset(const QByteArray &data);

// 1-based line and column (in characters) of a byte offset in UTF-8 text.
std::pair<int, int> lineColumnAt(const QByteArray &data, qsizetype offset);

} // namespace banatlas
