// CSV import: the header names the columns; each row is one decision with at most one
// source (DOMAIN.md, "Interchange formats").

#include "interchange/interchange.h"

#include "interchange/interchangetext.h"

#include "formats/csv.h"
#include "interchange/importsession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

const QStringList kRequiredColumns = {u"country"_s,   u"vendors"_s, u"measure"_s,   u"scope"_s,
                                      u"announced"_s, u"title"_s,   u"confidence"_s};

// CSV column that holds a validated field ("sources[0].url" → "source_url").
QString csvColumnOf(const QString &field) {
    if (field.startsWith(u"sources["_s)) {
        const QString sub = field.section(u'.', 1);
        if (sub == u"published"_s)
            return u"source_date"_s;
        return u"source_"_s + sub;
    }
    return field;
}

bool parseBool(const QString &s, bool *ok) {
    const QString t = s.trimmed().toLower();
    *ok = true;
    if (t == u"1"_s || t == u"true"_s || t == u"yes"_s)
        return true;
    if (t.isEmpty() || t == u"0"_s || t == u"false"_s || t == u"no"_s)
        return false;
    *ok = false;
    return false;
}

// The header's columns: name → index of the field.
using CsvColumns = QHash<QString, qsizetype>;

// One row's cells by column name; a problem is reported at the cell it is about.
class CsvCells final {
public:
    CsvCells(const CsvRow &row, const CsvColumns &columns, const QString &fileName)
        : m_row(row)
        , m_columns(columns)
        , m_fileName(fileName) {}

    int line() const { return m_row.line; }
    // The cell of a column; null when the file has no such column.
    const CsvField *field(const QString &name) const {
        const auto it = m_columns.constFind(name);
        return it == m_columns.constEnd() ? nullptr : &m_row.fields[*it];
    }
    // A value, without spaces around it.
    QString value(const QString &name) const {
        const CsvField *f = field(name);
        return f ? f->text.trimmed() : QString();
    }
    // Free text: as written (a quoted field keeps its spaces).
    QString text(const QString &name) const {
        const CsvField *f = field(name);
        return f ? f->text : QString();
    }
    PartialDate date(const QString &name) const {
        QString why;
        const auto d = PartialDate::parse(value(name), &why);
        if (!d)
            fail(name, why);
        return *d;
    }
    [[noreturn]] void fail(const QString &name, const QString &what) const {
        const CsvField *f = field(name);
        throw ImportError(m_fileName, f ? f->line : m_row.line, f ? f->column : 1,
                          u"%1: %2"_s.arg(name, what));
    }

private:
    const CsvRow &m_row;
    const CsvColumns &m_columns;
    const QString &m_fileName;
};

// A value of a vocabulary (measure, legal form, confidence) given by its id, in any case.
template <typename T>
T vocabularyValue(const CsvCells &cells, const QString &column, const QString &given,
                  std::optional<T> (*fromId)(QStringView), QList<T> (*all)()) {
    const std::optional<T> value = fromId(given.toLower());
    if (!value)
        cells.fail(column,
                   InterchangeText::tr("expected one of %1, got \"%2\"").arg(idList(all()), given));
    return *value;
}

// `known`: the codes of the texts met before in this file (a file names a few hundred
// governments over many rows).
QString countryOf(const CsvCells &cells, const Store &store, QHash<QString, QString> &known) {
    const QString country = cells.value(u"country"_s);
    if (const auto it = known.constFind(country); it != known.constEnd())
        return *it;
    const auto code = store.resolveCountry(country);
    if (!code) {
        cells.fail(u"country"_s,
                   InterchangeText::tr("expected an ISO 3166 alpha-2 or alpha-3 code or an English "
                                       "country name, got \"%1\"")
                       .arg(country));
    }
    known.insert(country, *code);
    return *code;
}

QStringList vendorsOf(const CsvCells &cells) {
    QStringList out;
    for (const QString &v : cells.value(u"vendors"_s).split(u';', Qt::SkipEmptyParts)) {
        const QString name = normalizedName(v);
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

QList<Scope> scopesOf(const CsvCells &cells) {
    QList<Scope> out;
    for (const QString &s : cells.value(u"scope"_s).split(u';', Qt::SkipEmptyParts)) {
        const auto scope = scopeFromId(s.trimmed().toLower());
        if (!scope) {
            const QString ids = idList(allScopes());
            cells.fail(u"scope"_s,
                       InterchangeText::tr("expected %1 (separated by ;), got \"%2\"").arg(ids, s));
        }
        out.append(*scope);
    }
    return out;
}

bool coversSubsidiariesOf(const CsvCells &cells) {
    bool ok = true;
    const bool covers = parseBool(cells.value(u"covers_subsidiaries"_s), &ok);
    if (!ok)
        cells.fail(u"covers_subsidiaries"_s, InterchangeText::tr("expected true or false"));
    return covers;
}

// The row's source, when it has anything of one.
std::optional<Source> sourceOf(const CsvCells &cells) {
    Source s;
    s.title = cells.text(u"source_title"_s);
    s.publisher = cells.text(u"source_publisher"_s);
    s.url = cells.value(u"source_url"_s);
    s.published = cells.date(u"source_date"_s);
    if (s.title.isEmpty() && s.publisher.isEmpty() && s.url.isEmpty() && s.published.isNull())
        return std::nullopt;
    return s;
}

// One CSV import. Each row is checked and written as it is read, inside the session's
// one transaction: a bad row anywhere rolls everything back, and a large file is never
// held in memory twice.
class CsvImport final {
public:
    CsvImport(Store &store, const QString &fileName, const ImportProgress &progress,
              ImportRecord *record)
        : m_session(store, fileName, progress, record)
        , m_fileName(fileName) {}

    ImportSummary run(const QByteArray &data) {
        // Progress by line: the lines of the file, counted once.
        const double lines = std::max<qsizetype>(1, data.count('\n'));
        const ImportSummary summary = m_session.run([&] {
            parseCsv(data, m_fileName, [&](const CsvRow &record) {
                read(record);
                m_session.advance(record.line / lines);
            });
            if (!m_sawHeader) // inside the transaction: an empty file logs no import
                throw ImportError(m_fileName, 1, 1,
                                  InterchangeText::tr("the file is empty; expected a header row"));
        });
        return summary;
    }

private:
    void read(const CsvRow &record) {
        if (m_sawHeader) {
            readRow(record);
        } else {
            readHeader(record);
            m_sawHeader = true;
        }
    }
    void readHeader(const CsvRow &header);
    void readRow(const CsvRow &raw);
    Decision decisionOf(const CsvCells &cells);
    qint64 idOf(const CsvCells &cells);
    void keepStoredParts(Decision &d, const CsvCells &cells);

    ImportSession m_session;
    const QString &m_fileName;
    const QStringList m_known = csvColumns();
    CsvColumns m_columns;
    qsizetype m_headerFields = 0;
    QHash<qint64, int> m_idLine; // the line of each id read so far
    bool m_sawHeader = false;
    QHash<QString, QString> m_countries; // country texts met → codes
};

void CsvImport::readHeader(const CsvRow &header) {
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const CsvField &f = header.fields[i];
        const QString name = f.text.trimmed().toLower();
        if (!m_known.contains(name)) {
            throw ImportError(m_fileName, f.line, f.column,
                              InterchangeText::tr("unknown column \"%1\"; expected columns are %2")
                                  .arg(f.text, m_known.join(u", "_s)));
        }
        if (m_columns.contains(name))
            throw ImportError(m_fileName, f.line, f.column,
                              InterchangeText::tr("column \"%1\" appears twice").arg(name));
        m_columns.insert(name, i);
    }
    for (const QString &required : kRequiredColumns) {
        if (!m_columns.contains(required)) {
            throw ImportError(
                m_fileName, header.line, 1,
                InterchangeText::tr("the header lacks the required column \"%1\"").arg(required));
        }
    }
    m_headerFields = header.fields.size();
}

void CsvImport::readRow(const CsvRow &raw) {
    // Unquoted spaces around a value are not part of it (quoted ones are); then the
    // cells an export protected from spreadsheets get their ' back off.
    CsvRow row = raw;
    for (CsvField &f : row.fields)
        f.text = unprotectCell(f.quoted ? f.text : f.text.trimmed());
    if (row.fields.size() != m_headerFields) {
        const CsvField &last = row.fields.last();
        throw ImportError(m_fileName, last.line, last.column,
                          InterchangeText::tr("expected %1 fields as in the header, found %2")
                              .arg(m_headerFields)
                              .arg(row.fields.size()));
    }
    const CsvCells cells(row, m_columns, m_fileName);
    Decision d = decisionOf(cells);
    keepStoredParts(d, cells);
    try {
        // The session checks it (the store's rules) and writes it.
        m_session.putDecision(d);
    } catch (const ValidationError &e) {
        cells.fail(csvColumnOf(e.errors().first().field), e.errors().first().message);
    }
}

// The row's fields, each checked as it is read: the first problem is the one reported.
Decision CsvImport::decisionOf(const CsvCells &cells) {
    Decision d;
    d.id = idOf(cells);
    d.country = countryOf(cells, m_session.store(), m_countries);
    d.vendors = vendorsOf(cells);
    d.measure = vocabularyValue(cells, u"measure"_s, cells.value(u"measure"_s), &measureFromId,
                                &allMeasures);
    d.scopes = scopesOf(cells);
    d.announced = cells.date(u"announced"_s);
    d.effective = cells.date(u"effective"_s);
    d.ended = cells.date(u"ended"_s);
    d.deadline = cells.date(u"deadline"_s);
    d.title = cells.text(u"title"_s);
    d.summary = cells.text(u"summary"_s);
    if (const QString lf = cells.value(u"legal_form"_s); !lf.isEmpty())
        d.legalForm = vocabularyValue(cells, u"legal_form"_s, lf, &legalFormFromId, &allLegalForms);
    d.confidence = vocabularyValue(cells, u"confidence"_s, cells.value(u"confidence"_s),
                                   &confidenceFromId, &allConfidences);
    if (cells.field(u"covers_subsidiaries"_s))
        d.coversSubsidiaries = coversSubsidiariesOf(cells);
    if (const auto source = sourceOf(cells))
        d.sources.append(*source);
    return d;
}

// The row's id, 0 when it has none; an id is used once in a file.
qint64 CsvImport::idOf(const CsvCells &cells) {
    const QString id = cells.value(u"id"_s);
    if (id.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!ok || value <= 0 || value > kMaxId) {
        cells.fail(u"id"_s, InterchangeText::tr("expected a whole number from 1 to %1, got \"%2\"")
                                .arg(kMaxId)
                                .arg(id));
    }
    if (m_idLine.contains(value)) {
        cells.fail(u"id"_s, InterchangeText::tr("id %1 is used again (first on line %2)")
                                .arg(value)
                                .arg(m_idLine[value]));
    }
    m_idLine.insert(value, cells.line());
    return value;
}

// A row updating a stored decision keeps what one CSV row cannot carry: the other
// sources, and whether it covers subsidiaries when the file has no such column.
void CsvImport::keepStoredParts(Decision &d, const CsvCells &cells) {
    if (d.id == 0)
        return;
    const auto old = m_session.store().decision(d.id);
    if (!old)
        return;
    QList<Source> merged = old->sources;
    for (const Source &src : std::as_const(d.sources)) {
        if (!merged.contains(src))
            merged.append(src);
    }
    d.sources = merged;
    if (!cells.field(u"covers_subsidiaries"_s))
        d.coversSubsidiaries = old->coversSubsidiaries;
}

} // namespace

ImportSummary importCsv(Store &store, const QByteArray &data, const QString &fileName,
                        const ImportProgress &progress, ImportRecord *record) {
    return CsvImport(store, fileName, progress, record).run(data);
}

} // namespace banatlas
