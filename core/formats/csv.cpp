#include "formats/csv.h"

#include "domain/errors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace banatlas {

qsizetype invalidUtf8Offset(const QByteArray &data) {
    const auto *s = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        int len = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

std::pair<int, int> lineColumnAt(const QByteArray &data, qsizetype offset) {
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80 && c != '\r') {
            ++column; // count characters, not continuation bytes
        }
    }
    return {line, column};
}

void parseCsv(const QByteArray &raw, const QString &fileName,
              const std::function<void(const CsvRow &)> &onRow) {
    auto tr = [](const char *t) { return QCoreApplication::translate("banatlas", t); };
    if (const qsizetype bad = invalidUtf8Offset(raw); bad >= 0) {
        const auto [line, column] = lineColumnAt(raw, bad);
        throw ImportError(
            fileName, line, column,
            tr("the file is not valid UTF-8 (byte 0x%1); save it as UTF-8")
                .arg(static_cast<uint>(static_cast<unsigned char>(raw[bad])), 2, 16, QChar(u'0')));
    }
    // Works on the UTF-8 bytes: every delimiter is ASCII, so it never splits a character.
    // Columns count characters, so continuation bytes do not advance them.
    const char *s = raw.constData();
    const qsizetype n = raw.size();
    qsizetype i = raw.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    CsvRow row;
    QByteArray text;
    int line = 1;
    int column = 1;
    int fieldLine = 1;
    int fieldColumn = 1;
    bool inQuotes = false;
    bool fieldQuoted = false;  // the current field began with a quote
    bool fieldStarted = false; // anything read for the current field
    bool afterQuote = false;   // a quoted field closed; only , or a line end may follow
    int quoteLine = 0;
    int quoteColumn = 0;

    auto startField = [&] {
        text.clear();
        fieldLine = line;
        fieldColumn = column;
        fieldStarted = false;
        fieldQuoted = false;
        afterQuote = false;
    };
    // Checked as the field grows, so that memory stays bounded whatever the file holds.
    auto checkLength = [&] {
        if (text.size() > kMaxCsvFieldBytes) {
            throw ImportError(
                fileName, fieldLine, fieldColumn,
                tr("the field that starts here is longer than %1 bytes").arg(kMaxCsvFieldBytes));
        }
    };
    auto endField = [&] {
        if (row.fields.size() >= kMaxCsvFields) {
            throw ImportError(fileName, fieldLine, fieldColumn,
                              tr("the record has more than %1 fields").arg(kMaxCsvFields));
        }
        row.fields.append({QString::fromUtf8(text), fieldLine, fieldColumn, fieldQuoted});
    };
    auto endRecord = [&] {
        const bool blank = row.fields.isEmpty() && text.isEmpty() && !fieldStarted;
        endField();
        if (!blank)
            onRow(row);
        row = CsvRow{};
    };
    auto advance = [&](char c) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++column;
    };

    startField();
    row.line = line;
    for (; i < n; ++i) {
        const char c = s[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < n && s[i + 1] == '"') {
                    text.append('"');
                    ++i;
                    column += 2;
                    continue;
                }
                inQuotes = false;
                afterQuote = true;
                ++column;
                continue;
            }
            text.append(c);
            checkLength();
            if (c == '\n') {
                ++line;
                column = 1;
            } else {
                advance(c);
            }
            continue;
        }
        if (c == ',') {
            endField();
            ++column;
            startField();
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
                ++i;
            endRecord();
            ++line;
            column = 1;
            startField();
            row.line = line;
            continue;
        }
        if (afterQuote) {
            const qsizetype from = i;
            qsizetype len = 1;
            while (from + len < n && (static_cast<unsigned char>(s[from + len]) & 0xC0) == 0x80)
                ++len;
            throw ImportError(fileName, line, column,
                              tr("expected a comma or a line end after the closing quote, "
                                 "found \"%1\"")
                                  .arg(QString::fromUtf8(s + from, len)));
        }
        if (c == '"') {
            if (fieldStarted) {
                throw ImportError(fileName, line, column,
                                  tr("a quote inside an unquoted field; quote the whole field "
                                     "and double the quote (\"\")"));
            }
            inQuotes = true;
            fieldQuoted = true;
            fieldStarted = true;
            quoteLine = line;
            quoteColumn = column;
            ++column;
            continue;
        }
        text.append(c);
        checkLength();
        fieldStarted = true;
        advance(c);
    }
    if (inQuotes) {
        throw ImportError(fileName, quoteLine, quoteColumn,
                          tr("the quoted field that starts here is never closed"));
    }
    if (fieldStarted || !row.fields.isEmpty())
        endRecord();
}

QList<CsvRow> parseCsv(const QByteArray &data, const QString &fileName) {
    QList<CsvRow> rows;
    parseCsv(data, fileName, [&rows](const CsvRow &row) { rows.append(row); });
    return rows;
}

namespace {
bool startsLikeAFormula(QStringView s) {
    return !s.isEmpty() && QStringView(u"=+-@\t\r").contains(s.front());
}
} // namespace

QString protectCell(const QString &cell) {
    return startsLikeAFormula(cell) || cell.startsWith(u'\'') ? u'\'' + cell : cell;
}

QString unprotectCell(const QString &cell) {
    if (cell.size() > 1 && cell.front() == u'\'' &&
        (startsLikeAFormula(QStringView(cell).mid(1)) || cell[1] == u'\''))
        return cell.mid(1);
    return cell;
}

QByteArray csvRecord(const QStringList &fields) {
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        const QString &f = fields[i];
        const bool quote = f.contains(u',') || f.contains(u'"') || f.contains(u'\n') ||
                           f.contains(u'\r') ||
                           (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (quote) {
            QString q = f;
            q.replace(u"\""_s, u"\"\""_s);
            out.append('"').append(q.toUtf8()).append('"');
        } else {
            out.append(f.toUtf8());
        }
    }
    out.append("\r\n");
    return out;
}

} // namespace banatlas
