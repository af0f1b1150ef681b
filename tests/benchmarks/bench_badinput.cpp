// Prints how long hostile or broken import files take to be refused, and the peak memory
// of the process while doing so: every case must be refused with a position, in time
// and memory proportional to the file at worst. Each case runs in a child process so
// that its peak memory is its own. Usage: bench_badinput [case ...]
#include "errors.h"
#include "interchange.h"
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

const QStringList kCases = {u"csv-bad-last-row"_s, u"binary-garbage"_s,    u"one-huge-field"_s,
                            u"unclosed-quote"_s,   u"json-deep-nesting"_s, u"json-huge-title"_s,
                            u"over-the-limit"_s};

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
        return runOne(args[1]);
    if (args.isEmpty())
        args = kCases;
    std::printf("BanAtlas bad-input benchmark: each file refused, nothing written\n");
    std::fflush(stdout);
    return runEachInChild(args);
}
