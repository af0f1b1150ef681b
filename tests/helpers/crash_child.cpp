// Helper of tst_crashsafety: makes up to N edits to a database, one transaction each,
// and prints the id of every edit once it is committed. The test kills it at random.
#include "interchange/database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace banatlas;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const auto store = openDatabase(QString::fromLocal8Bit(argv[1]), Seed::None);
    const int edits = std::atoi(argv[2]);
    if (!store->hasVendor(u"Huawei"))
        store->addVendor(Vendor{0, u"Huawei"_s, {}, VendorKind::TelecomEquipment, {}, {}, {}});
    qint64 next = 1;
    for (const Decision &d : store->decisions())
        next = std::max(next, d.id + 1);
    for (int i = 0; i < edits; ++i, ++next) {
        Decision d;
        d.id = next;
        d.country = (next % 2) ? u"AU"_s : u"NZ"_s;
        d.vendors = {u"Huawei"_s};
        d.measure = Measure::Restriction;
        d.scopes = {Scope::Core5g};
        d.announced = PartialDate::day(2018, 1 + next % 12, 1 + next % 28);
        d.title = u"Edit %1"_s.arg(next);
        d.sources = {{0,
                      u"Source %1"_s.arg(next),
                      {},
                      u"https://example.org/%1"_s.arg(next),
                      {},
                      {},
                      {},
                      {}}};
        store->addDecision(d); // one transaction: decision, vendors, scopes, sources, audit
        std::printf("%lld\n", static_cast<long long>(next));
        std::fflush(stdout);
    }
    return 0;
}
