#pragma once

#include "domain/statusresolver.h"
#include "painting/report.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace banatlas {

// A group's roll-up on the as-of date: how many of its members restrict the vendors.
struct GroupRollUp {
    QString name; // short name ("G7")
    int restricting = 0;
    qsizetype members = 0;
};

// Everything the report says, resolved once from the store and the options; the section
// painters only lay it out.
struct ReportData {
    // Throws Error for an unknown group, an empty choice of decisions or an id no
    // decision has.
    ReportData(const Store &store, const ReportOptions &options);

    ReportOptions options;
    QList<Vendor> vendors;
    QList<Country> countries;
    QList<CountryGroup> groups;
    // The narrow index of every decision (status and the choice of governments), and the
    // whole decisions of the governments in the report only (their sections).
    StatusFacts facts;
    StatusResolver resolver;
    QList<Decision> decisions;
    QSet<qint64> chosen;   // options.decisions, when given: all the sections list
    int decisionTotal = 0; // in the database
    QString storeFile;     // the database's file name
    QString generated;     // when, for people ("30 Jun 2025 14:02 UTC")

    QStringList scope;         // the governments, by name
    QString scopeText;         // how they were chosen, for the cover
    QStringList matrixVendors; // the matrix's columns
    QString vendorText;        // "Any vendor" or the vendors asked for
    QString dateText;          // the as-of date, for people
    QString title;
    QHash<QString, Status> statuses;              // on the as-of date
    std::optional<QHash<QString, Status>> before; // on the compare date
    QList<QList<Status>> matrix;                  // scope × matrixVendors
    QList<GroupRollUp> rollUps;

    // Whether the report is on a set of chosen decisions (ReportOptions::decisions).
    bool onChosenDecisions() const { return options.decisions.has_value(); }
    // Whether the report tells of `d`: one of the chosen decisions, when some were;
    // otherwise announced by the as-of date and naming one of the vendors asked for (any,
    // when none was).
    bool tellsOf(const Decision &d) const;
    // The same of one fact (a decision naming one vendor).
    bool tellsOf(const StatusFact &f) const;
    // The government's name ("Germany"), or its code when unknown.
    QString governmentName(const QString &code) const;
    // A government's section title ("Germany (DE)").
    QString sectionTitle(const QString &code) const;
    const Decision *decision(qint64 id) const;
    // How many sections follow the contents.
    int sectionCount() const;

private:
    void chooseScope();
    void chooseScopeOf(const QList<Decision> &picked);
    void chooseGroupMembers();
    void sortScope();
    void chooseMatrixVendors();
    void resolveRollUps();

    QHash<QString, qsizetype> m_countryIndex;
    QHash<qint64, qsizetype> m_decisionIndex;
};

} // namespace banatlas
