#pragma once

#include "domain/statusresolver.h"
#include "storage/sqliteapi.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace banatlas {

// The narrow index: table `decision_facts`, one row per decision with only what status
// and the timeline read — country, measure, date keys, the ids of the vendors it names
// ("3,17") — keyed (country, announced, decision_id), so that one government's facts are
// one range of the table and every government's one scan of it, in the order the status
// rules read them. A row per vendor would double the rows to scan. The
// store writes a decision's facts in the transaction that writes the decision (and the
// foreign key deletes them with it); migration 6 fills them from older files.

// The statement that inserts one fact (bind with bindFact).
QString insertFactSql();
// Binds the facts of `d`, naming the vendors `vendorIds`, to `insertFactSql()`'s statement.
// Binds parameters `first` to `first` + 8 (a row of a statement of several rows).
void bindFact(SqliteStatement &insert, const Decision &d, const QList<qint64> &vendorIds,
              int first = 1);
// Writes the facts of `d`, naming the vendors `vendorIds` (inside the caller's
// transaction). Throws StoreError.
void writeFact(QSqlDatabase &db, const Decision &d, const QList<qint64> &vendorIds);
// "3,17": the ids of the vendors a fact names, as its row holds them.
QString vendorIdList(const QList<qint64> &vendorIds);
// The VALUES row of the insert ("(?, ?, …)"), for a statement of several rows.
QString factRowSql();
// The insert up to its VALUES ("INSERT INTO decision_facts (…) VALUES ").
QString factHeadSql();

// Reads the facts of the governments `countries` (empty: every one) naming one of the
// vendors `vendorIds` (empty: any), with one prepared statement; from a file, read through
// SQLite's API (millions of rows: no QVariant per value). `vendorNames` maps a vendor id to the
// name the facts carry. Throws StoreError.
StatusFacts readFacts(QSqlDatabase &db, const QStringList &countries,
                      const QList<qint64> &vendorIds, const QHash<qint64, QString> &vendorNames);
// The facts of one decision (its row, through the index on decision_id).
StatusFacts readFactsOf(QSqlDatabase &db, qint64 decisionId,
                        const QHash<qint64, QString> &vendorNames);

} // namespace banatlas
