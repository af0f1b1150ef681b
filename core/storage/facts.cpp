#include "storage/facts.h"

#include "domain/errors.h"
#include "domain/types.h"
#include "storage/engine.h"
#include "storage/sqliteapi.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <QSet>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// "?, ?, ?" for n values.
QString placeholders(qsizetype n) {
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

const QString kFactColumns =
    u"SELECT country, announced, decision_id, measure, effective, ended, deadline, "
    "covers_subsidiaries, vendor_ids FROM decision_facts"_s;

QString factsQuery(qsizetype countries) {
    if (countries == 0)
        return kFactColumns;
    return kFactColumns + u" WHERE country IN (%1)"_s.arg(placeholders(countries));
}

// The ids in "3,17", one at a time, without a string made.
template <typename Fn> void forEachId(const unsigned char *text, int size, const Fn &fn) {
    qint64 value = 0;
    bool any = false;
    for (int i = 0; i <= size; ++i) {
        if (i == size || text[i] == ',') {
            if (any)
                fn(value);
            value = 0;
            any = false;
        } else if (text[i] >= '0' && text[i] <= '9') {
            value = value * 10 + (text[i] - '0');
            any = true;
        }
    }
}

// The measure of a stored id, compared as bytes (no string made per row).
Measure measureOfBytes(const char *text, int size) {
    static const auto ids = [] {
        QList<std::pair<QByteArray, Measure>> out;
        for (Measure m : allMeasures())
            out.append({toId(m).toUtf8(), m});
        return out;
    }();
    for (const auto &[id, m] : ids) {
        if (id.size() == size && std::memcmp(id.constData(), text, size_t(size)) == 0)
            return m;
    }
    return Measure::Warning; // the CHECK constraint allows no other
}

// Maps the rows' country codes and vendor ids to the facts' indexes.
class FactIndexes final {
public:
    FactIndexes(StatusFacts &facts, const QHash<qint64, QString> &vendorNames)
        : m_facts(facts)
        , m_vendorNames(vendorNames) {}

    // Rows come by country: a new code is compared only when it changes.
    int country(const char *code, int size) {
        if (size != m_lastCountry.size() ||
            std::memcmp(code, m_lastCountry.constData(), size_t(size)) != 0) {
            m_lastCountry = QByteArray(code, size);
            const QString text = QString::fromUtf8(m_lastCountry);
            m_countryIndex = static_cast<int>(m_facts.countries.indexOf(text));
            if (m_countryIndex < 0) {
                m_countryIndex = static_cast<int>(m_facts.countries.size());
                m_facts.countries.append(text);
            }
        }
        return m_countryIndex;
    }
    int vendor(qint64 id) {
        auto it = m_vendorIndex.constFind(id);
        if (it == m_vendorIndex.constEnd()) {
            it = m_vendorIndex.insert(id, static_cast<int>(m_facts.vendors.size()));
            m_facts.vendors.append(m_vendorNames.value(id, u"#%1"_s.arg(id)));
        }
        return *it;
    }

private:
    StatusFacts &m_facts;
    const QHash<qint64, QString> &m_vendorNames;
    QByteArray m_lastCountry;
    int m_countryIndex = -1;
    QHash<qint64, int> m_vendorIndex;
};

} // namespace

QString factHeadSql() {
    return u"INSERT INTO decision_facts (country, announced, decision_id, measure, effective, "
           "ended, deadline, covers_subsidiaries, vendor_ids) VALUES "_s;
}

QString factRowSql() {
    return u"(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QString insertFactSql() {
    return factHeadSql() + factRowSql();
}

QString vendorIdList(const QList<qint64> &vendorIds) {
    QString ids;
    for (qint64 id : vendorIds) {
        if (!ids.isEmpty())
            ids += u',';
        ids += QString::number(id);
    }
    return ids;
}

void bindFact(SqliteStatement &insert, const Decision &d, const QList<qint64> &vendorIds,
              int first) {
    const QString ids = vendorIdList(vendorIds);
    insert.bind(first, d.country);
    insert.bind(first + 1, qint64(d.announced.key()));
    insert.bind(first + 2, d.id);
    insert.bind(first + 3, toId(d.measure));
    insert.bind(first + 4, qint64(d.effectiveOrAnnounced().key()));
    insert.bind(first + 5, qint64(d.ended.key()));
    insert.bind(first + 6, qint64(d.deadline.key()));
    insert.bind(first + 7, qint64(d.coversSubsidiaries ? 1 : 0));
    insert.bind(first + 8, ids);
}

namespace {

// The rows of a statement over kFactColumns, a fact per vendor named (of `wanted` only,
// unless it is empty).
StatusFacts readRows(SqliteStatement &statement, const QSet<qint64> &wanted,
                     const QHash<qint64, QString> &vendorNames) {
    sqlite3_stmt *s = statement.get();
    StatusFacts out;
    FactIndexes indexes(out, vendorNames);
    while (statement.next()) {
        StatusFact f;
        f.announced = sqlite3_column_int(s, 1);
        f.id = sqlite3_column_int64(s, 2);
        f.measure = measureOfBytes(reinterpret_cast<const char *>(sqlite3_column_text(s, 3)),
                                   sqlite3_column_bytes(s, 3));
        f.effective = sqlite3_column_int(s, 4);
        f.ended = sqlite3_column_int(s, 5);
        f.deadline = sqlite3_column_int(s, 6);
        f.coversSubsidiaries = sqlite3_column_int(s, 7) != 0;
        bool countryKnown = false;
        forEachId(sqlite3_column_text(s, 8), sqlite3_column_bytes(s, 8), [&](qint64 vendorId) {
            if (!wanted.isEmpty() && !wanted.contains(vendorId))
                return;
            if (!countryKnown) {
                f.country =
                    indexes.country(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)),
                                    sqlite3_column_bytes(s, 0));
                countryKnown = true;
            }
            f.vendor = indexes.vendor(vendorId);
            out.facts.push_back(f);
        });
    }
    return out;
}

// The same rows read through Qt's driver (a team's server), unordered: the server's sort
// of every row (on disk beyond its work_mem) took longer than reading them. They are put
// here in the order of SQLite's scan of the key, which the status rules read: by
// government (its code's bytes), then announced, then decision.
StatusFacts readRows(QSqlQuery &q, const QSet<qint64> &wanted,
                     const QHash<qint64, QString> &vendorNames) {
    struct Row {
        StatusFact fact;
        std::size_t idsFrom = 0; // the vendors it names: vendorIds[idsFrom, idsTo)
        std::size_t idsTo = 0;
    };
    QHash<QString, std::vector<Row>> byCountry;
    std::vector<qint64> vendorIds;
    while (q.next()) {
        Row r;
        StatusFact &f = r.fact;
        f.announced = q.value(1).toInt();
        f.id = q.value(2).toLongLong();
        f.measure = measureFromId(q.value(3).toString()).value_or(Measure::Warning);
        f.effective = q.value(4).toInt();
        f.ended = q.value(5).toInt();
        f.deadline = q.value(6).toInt();
        f.coversSubsidiaries = q.value(7).toInt() != 0;
        const QByteArray ids = q.value(8).toString().toLatin1();
        r.idsFrom = vendorIds.size();
        forEachId(reinterpret_cast<const unsigned char *>(ids.constData()), int(ids.size()),
                  [&](qint64 vendorId) {
                      if (wanted.isEmpty() || wanted.contains(vendorId))
                          vendorIds.push_back(vendorId);
                  });
        r.idsTo = vendorIds.size();
        if (r.idsTo > r.idsFrom)
            byCountry[q.value(0).toString()].push_back(r);
    }
    if (q.lastError().isValid())
        throw StoreError(q.lastError().text());
    std::vector<QByteArray> countries;
    for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it)
        countries.push_back(it.key().toUtf8());
    std::sort(countries.begin(), countries.end());
    StatusFacts out;
    out.facts.reserve(vendorIds.size());
    FactIndexes indexes(out, vendorNames);
    for (const QByteArray &code : countries) {
        std::vector<Row> &rows = byCountry[QString::fromUtf8(code)];
        // The key (country, announced, decision) is unique: no order left to chance.
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return std::tie(a.fact.announced, a.fact.id) < std::tie(b.fact.announced, b.fact.id);
        });
        for (Row &r : rows) {
            r.fact.country = indexes.country(code.constData(), int(code.size()));
            for (std::size_t i = r.idsFrom; i < r.idsTo; ++i) {
                r.fact.vendor = indexes.vendor(vendorIds[i]);
                out.facts.push_back(r.fact);
            }
        }
    }
    return out;
}

QSqlQuery runQuery(QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StoreError(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw StoreError(q.lastError().text());
    return q;
}

} // namespace

void writeFact(QSqlDatabase &db, const Decision &d, const QList<qint64> &vendorIds) {
    if (engineOf(db) == Engine::Sqlite) {
        SqliteStatement insert(sqliteHandleOf(db), insertFactSql());
        bindFact(insert, d, vendorIds);
        insert.run();
        return;
    }
    runQuery(db, insertFactSql(),
             {d.country, qint64(d.announced.key()), d.id, toId(d.measure),
              qint64(d.effectiveOrAnnounced().key()), qint64(d.ended.key()),
              qint64(d.deadline.key()), d.coversSubsidiaries ? 1 : 0, vendorIdList(vendorIds)});
}

StatusFacts readFacts(QSqlDatabase &db, const QStringList &countries,
                      const QList<qint64> &vendorIds, const QHash<qint64, QString> &vendorNames) {
    const QSet<qint64> wanted(vendorIds.begin(), vendorIds.end());
    if (engineOf(db) == Engine::Postgres) {
        QSqlQuery q = runQuery(db, factsQuery(countries.size()),
                               QVariantList(countries.begin(), countries.end()));
        return readRows(q, wanted, vendorNames);
    }
    SqliteStatement statement(sqliteHandleOf(db), factsQuery(countries.size()));
    for (int k = 0; k < countries.size(); ++k)
        statement.bind(k + 1, countries[k]);
    return readRows(statement, wanted, vendorNames);
}

StatusFacts readFactsOf(QSqlDatabase &db, qint64 decisionId,
                        const QHash<qint64, QString> &vendorNames) {
    const QString sql = kFactColumns + u" WHERE decision_id = ?"_s;
    if (engineOf(db) == Engine::Postgres) {
        QSqlQuery q = runQuery(db, sql, {decisionId});
        return readRows(q, {}, vendorNames);
    }
    SqliteStatement statement(sqliteHandleOf(db), sql);
    statement.bind(1, decisionId);
    return readRows(statement, {}, vendorNames);
}

} // namespace banatlas
