#pragma once
// Synthetic decisions for the benchmarks: reproducible, spread over 15 years,
// every measure, some pending, some ended.
#include "domain/types.h"
#include "formats/csv.h"

#include <QCoreApplication>
#include <QDate>
#include <QProcess>
#include <QRandomGenerator>

#include <sys/resource.h>

namespace banatlas {

using namespace Qt::StringLiterals;

constexpr int kVendors = 40;

// The process's peak resident memory so far, in MB.
inline long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Runs this benchmark again as `--one ARG` for each argument, one child process each, so
// that every figure's peak memory is its own. Returns the first failing exit code.
inline int runEachInChild(const QStringList &args) {
    for (const QString &arg : args) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--one"_s, arg});
        child.waitForFinished(-1);
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return child.exitCode() != 0 ? child.exitCode() : 1;
    }
    return 0;
}

inline QByteArray syntheticCsv(int n, const QStringList &countries) {
    QRandomGenerator rng(20181128);
    const QList<Measure> measures = allMeasures();
    QByteArray out = csvRecord({u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s,
                                u"announced"_s, u"effective"_s, u"ended"_s, u"title"_s,
                                u"summary"_s, u"confidence"_s, u"source_title"_s, u"source_url"_s});
    for (int i = 0; i < n; ++i) {
        const QDate announced = QDate(2010, 1, 1).addDays(rng.bounded(15 * 365));
        QStringList vendors;
        for (int k = 0, count = 1 + rng.bounded(3); k < count; ++k) {
            const QString v = u"Vendor %1"_s.arg(rng.bounded(kVendors));
            if (!vendors.contains(v))
                vendors.append(v);
        }
        const QDate effective = rng.bounded(3) == 0 ? announced.addDays(rng.bounded(400)) : QDate();
        const QDate ended =
            rng.bounded(5) == 0
                ? (effective.isValid() ? effective : announced).addDays(1 + rng.bounded(1500))
                : QDate();
        out += csvRecord({countries[rng.bounded(countries.size())], vendors.join(u';'),
                          toId(measures[rng.bounded(measures.size())]), u"5g_core;government"_s,
                          announced.toString(Qt::ISODate), effective.toString(Qt::ISODate),
                          ended.toString(Qt::ISODate), u"Synthetic decision %1"_s.arg(i),
                          u"A summary of the decision, long enough to look like prose."_s,
                          u"multiple_sources"_s, u"Source %1"_s.arg(i),
                          u"https://example.org/%1"_s.arg(i)});
    }
    return out;
}

} // namespace banatlas
