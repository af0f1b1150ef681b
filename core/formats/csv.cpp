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

namespace {

// The translation context of this file's messages.
struct CsvText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Csv)
};

// One parse. Works on the UTF-8 bytes: every delimiter is ASCII, so it never splits a
// character. Columns count characters, so continuation bytes do not advance them.
class CsvReader final {
public:
    CsvReader(const QByteArray &raw, const QString &fileName,
              const std::function<void(const CsvRow &)> &onRow)
        : m_s(raw.constData())
        , m_n(raw.size())
        , m_fileName(fileName)
        , m_onRow(onRow) {}

    void read(qsizetype from) {
        startField();
        m_row.line = m_line;
        for (qsizetype i = from; i < m_n; ++i)
            i = m_inQuotes ? quoted(i) : unquoted(i);
        if (m_inQuotes) {
            throw ImportError(m_fileName, m_quoteLine, m_quoteColumn,
                              CsvText::tr("the quoted field that starts here is never closed"));
        }
        if (m_fieldStarted || !m_row.fields.isEmpty())
            endRecord();
    }

private:
    // Each reads the byte at `i` (and the next, for "" and CRLF); returns the last read.
    qsizetype quoted(qsizetype i);
    qsizetype unquoted(qsizetype i);
    qsizetype lineEnd(qsizetype i);
    qsizetype textRun(qsizetype i);
    void openQuote();
    [[noreturn]] void failAfterQuote(qsizetype i) const;

    void startField() {
        m_text.clear();
        m_fieldLine = m_line;
        m_fieldColumn = m_column;
        m_fieldStarted = false;
        m_fieldQuoted = false;
        m_afterQuote = false;
    }
    void append(char c) { append(&c, 1); }
    void append(const char *bytes, qsizetype size) {
        m_text.append(bytes, size);
        // Checked as the field grows, so that memory stays bounded whatever the file holds.
        if (m_text.size() > kMaxCsvFieldBytes) {
            throw ImportError(m_fileName, m_fieldLine, m_fieldColumn,
                              CsvText::tr("the field that starts here is longer than %1 bytes")
                                  .arg(kMaxCsvFieldBytes));
        }
    }
    void endField() {
        if (m_row.fields.size() >= kMaxCsvFields) {
            throw ImportError(m_fileName, m_fieldLine, m_fieldColumn,
                              CsvText::tr("the record has more than %1 fields").arg(kMaxCsvFields));
        }
        m_row.fields.append({QString::fromUtf8(m_text), m_fieldLine, m_fieldColumn, m_fieldQuoted});
    }
    void endRecord() {
        const bool blank = m_row.fields.isEmpty() && m_text.isEmpty() && !m_fieldStarted;
        endField();
        if (!blank)
            m_onRow(m_row);
        m_row = CsvRow{};
    }
    void advance(char c) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++m_column;
    }

    const char *const m_s;
    const qsizetype m_n;
    const QString &m_fileName;
    const std::function<void(const CsvRow &)> &m_onRow;

    CsvRow m_row;
    QByteArray m_text; // the current field's bytes
    int m_line = 1;
    int m_column = 1;
    int m_fieldLine = 1;
    int m_fieldColumn = 1;
    bool m_inQuotes = false;
    bool m_fieldQuoted = false;  // the current field began with a quote
    bool m_fieldStarted = false; // anything read for the current field
    bool m_afterQuote = false;   // a quoted field closed; only , or a line end may follow
    int m_quoteLine = 0;
    int m_quoteColumn = 0;
};

// Inside quotes: "" is a quote, " closes the field, anything else (line ends too) is text.
qsizetype CsvReader::quoted(qsizetype i) {
    const char c = m_s[i];
    if (c == '"') {
        if (i + 1 < m_n && m_s[i + 1] == '"') {
            m_text.append('"');
            m_column += 2;
            return i + 1;
        }
        m_inQuotes = false;
        m_afterQuote = true;
        ++m_column;
        return i;
    }
    if (c != '\n' && c != '\r' && c != ',')
        return textRun(i);
    append(c);
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else {
        advance(c);
    }
    return i;
}

qsizetype CsvReader::unquoted(qsizetype i) {
    const char c = m_s[i];
    if (c == ',') {
        endField();
        ++m_column;
        startField();
        return i;
    }
    if (c == '\r' || c == '\n')
        return lineEnd(i);
    if (m_afterQuote)
        failAfterQuote(i);
    if (c == '"') {
        openQuote();
        return i;
    }
    m_fieldStarted = true;
    return textRun(i);
}

// From `i`, a byte that is text where it stands, through the bytes after it that are text
// wherever they stand (none of , " CR LF): taken in one go, as most of a file is.
qsizetype CsvReader::textRun(qsizetype i) {
    qsizetype end = i + 1;
    while (end < m_n && m_s[end] != ',' && m_s[end] != '"' && m_s[end] != '\r' && m_s[end] != '\n')
        ++end;
    append(m_s + i, end - i);
    for (qsizetype k = i; k < end; ++k)
        advance(m_s[k]);
    return end - 1;
}

// CR, LF or CRLF: the end of a record.
qsizetype CsvReader::lineEnd(qsizetype i) {
    if (m_s[i] == '\r' && i + 1 < m_n && m_s[i + 1] == '\n')
        ++i;
    endRecord();
    ++m_line;
    m_column = 1;
    startField();
    m_row.line = m_line;
    return i;
}

void CsvReader::openQuote() {
    if (m_fieldStarted) {
        throw ImportError(m_fileName, m_line, m_column,
                          CsvText::tr("a quote inside an unquoted field; quote the whole field "
                                      "and double the quote (\"\")"));
    }
    m_inQuotes = true;
    m_fieldQuoted = true;
    m_fieldStarted = true;
    m_quoteLine = m_line;
    m_quoteColumn = m_column;
    ++m_column;
}

void CsvReader::failAfterQuote(qsizetype i) const {
    qsizetype len = 1; // the whole character found
    while (i + len < m_n && (static_cast<unsigned char>(m_s[i + len]) & 0xC0) == 0x80)
        ++len;
    throw ImportError(m_fileName, m_line, m_column,
                      CsvText::tr("expected a comma or a line end after the closing quote, "
                                  "found \"%1\"")
                          .arg(QString::fromUtf8(m_s + i, len)));
}

} // namespace

void parseCsv(const QByteArray &raw, const QString &fileName,
              const std::function<void(const CsvRow &)> &onRow) {
    if (const qsizetype bad = invalidUtf8Offset(raw); bad >= 0) {
        const auto [line, column] = lineColumnAt(raw, bad);
        throw ImportError(
            fileName, line, column,
            CsvText::tr("the file is not valid UTF-8 (byte 0x%1); save it as UTF-8")
                .arg(static_cast<uint>(static_cast<unsigned char>(raw[bad])), 2, 16, QChar(u'0')));
    }
    CsvReader(raw, fileName, onRow).read(raw.startsWith("\xEF\xBB\xBF") ? 3 : 0);
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
