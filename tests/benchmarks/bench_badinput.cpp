// Prints how long hostile or broken import files take to be refused, and the peak memory
// of the process while doing so: every case must be refused with a position, in time
// and memory proportional to the file at worst. Each case runs in a child process so
// that its peak memory is its own. Usage: bench_badinput [case ...]
#include "domain/errors.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// Refused: each must fail with a position, in time and memory bounded by the file.
const QStringList kCases = {u"csv-bad-last-row"_s, u"binary-garbage"_s,    u"one-huge-field"_s,
                            u"unclosed-quote"_s,   u"json-deep-nesting"_s, u"json-huge-title"_s,
                            u"over-the-limit"_s,   u"csv-commas"_s,        u"json-many-keys"_s,
                            u"csv-many-vendors"_s};
// Imported: large but legitimate files, in time and memory near linear in their size.
// "json-1m" (a million decisions, over 500 MB) is run only when named.
const QStringList kImports = {u"vendors-100k"_s, u"json-1m"_s};

// Writes the JSON of `decisions` synthetic decisions and `vendors` vendors (with aliases
// and parents), record by record.
void writeSyntheticJson(QFile &f, int decisions, int vendors) {
    f.write("{\"format\": \"banatlas\", \"version\": 1, \"vendors\": [");
    for (int i = 0; i < vendors; ++i) {
        f.write((i ? ",\n" : "\n") +
                u"{\"name\": \"Vendor %1\", \"kind\": \"telecom_equipment\", "
                "\"home_country\": \"CN\", \"aliases\": [\"V-%1\"], \"parent\": \"%2\"}"_s.arg(i)
                    .arg(i % 10 ? u"Vendor %1"_s.arg(i - i % 10) : QString())
                    .toUtf8());
    }
    f.write("], \"decisions\": [");
    QRandomGenerator rng(20181128);
    static const char *const countries[] = {"AU", "GB", "US", "DE", "FR", "JP", "IN", "CA"};
    for (int i = 0; i < decisions; ++i) {
        f.write((i ? ",\n" : "\n") +
                u"{\"id\": %1, \"country\": \"%2\", \"vendors\": [\"Vendor %3\"], "
                "\"measure\": \"ban\", \"scope\": [\"5g_core\"], \"announced\": "
                "\"20%4-0%5-1%6\", \"title\": \"Synthetic decision %1\", \"summary\": "
                "\"A summary of the decision, long enough to look like prose, as analysts write "
                "them.\", \"confidence\": \"official\", \"sources\": [{\"title\": \"Source "
                "%1\", \"url\": \"https://example.org/%1\"}]}"_s.arg(i + 1)
                    .arg(QLatin1StringView(countries[rng.bounded(8)]))
                    .arg(rng.bounded(std::max(1, vendors)))
                    .arg(10 + rng.bounded(15))
                    .arg(1 + rng.bounded(9))
                    .arg(rng.bounded(10))
                    .toUtf8());
    }
    f.write("]}\n");
}

int importOne(const QString &name) {
    QTemporaryDir dir;
    const QString path = dir.filePath(name + u".json"_s);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        if (name == u"vendors-100k"_s)
            writeSyntheticJson(f, 0, 100000);
        else
            writeSyntheticJson(f, 1000000, 40);
    }
    auto store = openDatabase(dir.filePath(u"bench.banatlas"_s), Seed::None);
    const qint64 bytes = QFileInfo(path).size();
    const long before = peakRssMb();
    QElapsedTimer t;
    t.start();
    const ImportSummary s = importFile(*store, path);
    const double importMs = t.nsecsElapsed() / 1e6;
    const long importPeak = peakRssMb();
    std::printf("%-18s %7.1f MB | imported in %8.1f ms | peak RSS %5ld MB (%ld before) | %d "
                "decisions, %d vendors\n",
                qPrintable(name), bytes / 1e6, importMs, importPeak, before, s.added,
                s.vendorsCreated);
    std::fflush(stdout);
    // What is exported can be imported again, whatever its size.
    t.restart();
    const QByteArray exported = exportJson(*store);
    const double exportMs = t.nsecsElapsed() / 1e6;
    const QString again = dir.filePath(u"export.json"_s);
    {
        QFile f(again);
        if (!f.open(QIODevice::WriteOnly) || f.write(exported) != exported.size())
            return 2;
    }
    const qint64 exportedBytes = exported.size();
    auto copy = openDatabase(dir.filePath(u"copy.banatlas"_s), Seed::None);
    t.restart();
    const ImportSummary back = importFile(*copy, again);
    std::printf("%-18s %7.1f MB | exported in %7.1f ms, imported again in %8.1f ms | peak RSS "
                "%5ld MB | %d decisions\n",
                qPrintable(name + u" again"_s), exportedBytes / 1e6, exportMs,
                t.nsecsElapsed() / 1e6, peakRssMb(), back.added);
    return back.added == s.added ? 0 : 1;
}

int runOne(const QString &name) {
    QTemporaryDir dir;
    auto store = openDatabase(dir.filePath(u"bench.banatlas"_s), Seed::None);
    QStringList countries;
    for (const Country &c : store->countries())
        countries.append(c.code);

    QString path = dir.filePath(name + (name.startsWith(u"json"_s) ? u".json"_s : u".csv"_s));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        if (name == u"csv-bad-last-row"_s) {
            f.write(syntheticCsv(100000, countries));
            f.write("US,Huawei,ban,5g_core,2019-13-01,,,Bad,Bad,official,Source,https://"
                    "example.org\r\n");
        } else if (name == u"binary-garbage"_s) {
            QByteArray chunk(1 << 20, '\0');
            for (int i = 0; i < 200; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                                      chunk.size() / 4);
                f.write(chunk);
            }
        } else if (name == u"one-huge-field"_s) {
            f.write(csvRecord(csvColumns()));
            f.write(QByteArray(200 << 20, 'x'));
        } else if (name == u"unclosed-quote"_s) {
            f.write(csvRecord(csvColumns()));
            f.write("1,US,Huawei,ban,5g_core,2019-05-15,,,,\"Title never closed");
            f.write(QByteArray(200 << 20, 'y'));
        } else if (name == u"json-deep-nesting"_s) {
            f.write("{\"format\": \"banatlas\", \"version\": 1, \"decisions\": ");
            f.write(QByteArray(100 << 20, '['));
        } else if (name == u"json-huge-title"_s) {
            f.write("{\"format\": \"banatlas\", \"version\": 1, \"decisions\": [{\"id\": 1, "
                    "\"country\": \"US\", \"vendors\": [\"Huawei\"], \"measure\": \"ban\", "
                    "\"scope\": [\"5g_core\"], \"announced\": \"2019-05-15\", "
                    "\"confidence\": \"official\", \"title\": \"");
            f.write(QByteArray(100 << 20, 't'));
            f.write("\"}]}\n");
        } else if (name == u"over-the-limit"_s) {
            f.resize(kMaxImportBytes + 1); // sparse
        } else if (name == u"csv-commas"_s) {
            f.write(csvRecord(csvColumns()));
            f.write(QByteArray(255 << 20, ','));
        } else if (name == u"json-many-keys"_s) {
            // One decision of 10 million repeated keys (120 MB), which a parser would hold.
            f.write("{\"format\": \"banatlas\", \"version\": 1, \"decisions\": [{");
            const QByteArray key = "\"title\": \"x\", ";
            QByteArray chunk;
            for (int i = 0; i < 100000; ++i)
                chunk += key;
            for (int i = 0; i < 100; ++i)
                f.write(chunk);
            f.write("\"country\": \"US\"}]}\n");
        } else if (name == u"csv-many-vendors"_s) {
            // 2,000 rows each naming the same 10,000 vendors (about 120 MB).
            f.write(csvRecord({u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s, u"announced"_s,
                               u"title"_s, u"confidence"_s}));
            QStringList names;
            for (int i = 0; i < 10000; ++i)
                names.append(u"w%1"_s.arg(i));
            const QByteArray row = csvRecord({u"FR"_s, names.join(u';'), u"ban"_s, u"5g_core"_s,
                                              u"2021"_s, u"t"_s, u"official"_s});
            for (int i = 0; i < 2000; ++i)
                f.write(row);
        }
    }
    const qint64 bytes = QFileInfo(path).size();
    const long before = peakRssMb();
    QElapsedTimer t;
    t.start();
    QString outcome = u"IMPORTED (wrong)"_s;
    try {
        importFile(*store, path);
    } catch (const ImportError &e) {
        outcome = u"%1:%2: %3"_s.arg(e.line()).arg(e.column()).arg(e.reason().left(60));
    }
    const double ms = t.nsecsElapsed() / 1e6;
    std::printf("%-18s %7.1f MB | refused in %8.1f ms | peak RSS %5ld MB (%ld before) | %s\n",
                qPrintable(name), bytes / 1e6, ms, peakRssMb(), before, qPrintable(outcome));
    return store->decisionCount() == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args[0] == u"--one"_s)
        return kImports.contains(args[1]) ? importOne(args[1]) : runOne(args[1]);
    if (args.isEmpty())
        args = kCases + QStringList{u"vendors-100k"_s};
    std::printf("BanAtlas bad-input benchmark: each file refused, nothing written\n");
    std::fflush(stdout);
    return runEachInChild(args);
}
