#include "document/rowsmodel.h"

namespace banatlas::rows {

QList<qsizetype> ranks(const QList<qsizetype> &values) {
    QList<qsizetype> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    QList<qsizetype> out(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        out[i] = std::lower_bound(sorted.begin(), sorted.end(), values[i]) - sorted.begin();
    return out;
}

QList<bool> longestIncreasingRun(const QList<qsizetype> &ranks) {
    const qsizetype n = ranks.size();
    QList<qsizetype> tails; // index of the smallest tail of each length found so far
    QList<qsizetype> before(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), ranks[i],
                                         [&](qsizetype r, qsizetype t) { return ranks[r] < t; });
        const qsizetype length = it - tails.begin();
        before[i] = length > 0 ? tails[length - 1] : -1;
        if (it == tails.end())
            tails.append(i);
        else
            *it = i;
    }
    QList<bool> stays; // not QList(n, false): GCC 12 at -O2 warns of a memset of -1 bytes
    stays.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        stays.append(false);
    for (qsizetype i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = before[i])
        stays[i] = true;
    return stays;
}

} // namespace banatlas::rows
