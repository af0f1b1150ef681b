// Whole-process figures at scale. For each size N (default 1,000 to 1,000,000 synthetic
// decisions over 80 governments and 10 vendors) it runs the real banatlas binary as child
// processes: import (and its dry run), status of every government and of one pair, opening
// the window, repainting the world map, the report of one and of every government,
// full-text searches, and what the search index costs in size and time. Each figure is
// one child, timed from fork to exit, with that child's own peak RSS (wait4), beside a
// floor where there is one: sqlite3 doing the bare minimum, or an empty Qt window.
//
// Usage: bench_scale [N]...           the sizes (default 1000 10000 100000 1000000)
//        bench_scale --bare-window     (child) an empty window, quit after its first frame
//        bench_scale --map DB          (child) prints the world map's repaint time
//        bench_scale --search DB QUERY (child) prints a search's time in one process
//        bench_scale --index-size DB   (child) prints the file's size with and without
//                                      its full-text index
// BANATLAS_BIN overrides the binary measured; BANATLAS_BENCH_FULL_REPORT=1 runs the report
// of every government past 100,000 decisions too. Files go to TMPDIR (default /tmp).
#include "domain/errors.h"
#include "domain/searchquery.h"
#include "domain/statusresolver.h"
#include "domain/types.h"
#include "firstframe.h"
#include "formats/csv.h"
#include "interchange/database.h"
#include "painting/mappainter.h"
#include "storage/decisionquery.h"
#include "storage/sqliteapi.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QScreen>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// The one place this benchmark builds a StatusResolver from a store: from the narrow index.
StatusResolver resolverFor(const Store &store) {
    return StatusResolver(store.statusFacts(), store.vendors()); // as the window builds it
}

constexpr int kGovernments = 80;
constexpr int kBenchVendors = 10;
constexpr qint64 kFullReportLimit = 100000;
const QString kAsOf = u"2020-06-01"_s;
const QString kSqlite3 = u"/usr/bin/sqlite3"_s;

// A failure already explained, or one to explain: the harness exits non-zero.
struct BenchError {
    QString message;
};

// --- child processes ----------------------------------------------------------------------

struct Command {
    QString label; // names the command when it fails
    QString program;
    QStringList args;
    QStringList env; // the child's whole environment, KEY=VALUE
    QString stdoutPath = u"/dev/null"_s;
    QString stderrPath; // printed when the child fails
};

struct Measured {
    double seconds = 0;
    double peakMib = 0;
    std::chrono::steady_clock::time_point forked; // just before the fork
};

int openOrThrow(const QString &path, int flags) {
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC, 0644);
    if (fd < 0)
        throw BenchError{u"cannot open %1"_s.arg(path)};
    return fd;
}

std::vector<char *> pointersTo(std::vector<QByteArray> &strings) {
    std::vector<char *> out;
    for (QByteArray &s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

QString failureOf(const Command &cmd, int status) {
    QFile err(cmd.stderrPath);
    const QString text =
        err.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(err.readAll()) : u"(no stderr)"_s;
    const QString how = WIFEXITED(status) ? u"exit code %1"_s.arg(WEXITSTATUS(status))
                                          : u"signal %1"_s.arg(WTERMSIG(status));
    return u"%1 failed (%2): %3 %4\n%5"_s.arg(cmd.label, how, cmd.program, cmd.args.join(u' '),
                                              text.trimmed());
}

// Runs one child (stdin /dev/null, stdout and stderr to files) and waits for it: the wall
// time from fork to the return of wait4, and its own peak RSS (ru_maxrss of this pid only).
Measured run(const Command &cmd) {
    std::vector<QByteArray> argStrings{QFile::encodeName(cmd.program)};
    for (const QString &a : cmd.args)
        argStrings.push_back(a.toLocal8Bit());
    std::vector<QByteArray> envStrings;
    for (const QString &e : cmd.env)
        envStrings.push_back(e.toLocal8Bit());
    const std::vector<char *> argv = pointersTo(argStrings);
    const std::vector<char *> envp = pointersTo(envStrings);
    const int in = openOrThrow(u"/dev/null"_s, O_RDONLY);
    const int out = openOrThrow(cmd.stdoutPath, O_WRONLY | O_CREAT | O_TRUNC);
    const int err = openOrThrow(cmd.stderrPath, O_WRONLY | O_CREAT | O_TRUNC);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) { // only async-signal-safe calls from here to exec
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execve(argv[0], argv.data(), envp.data());
        static const char message[] = "bench_scale: cannot execute the program\n";
        if (write(2, message, sizeof message - 1) < 0)
            _exit(127);
        _exit(127);
    }
    ::close(in);
    ::close(out);
    ::close(err);
    if (pid < 0)
        throw BenchError{u"fork failed"_s};
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            throw BenchError{u"wait4 failed"_s};
    }
    const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw BenchError{failureOf(cmd, status)};
    return {wall.count(), usage.ru_maxrss / 1024.0, start};
}

// The fastest of `runs` runs, with that run's peak RSS; `first` gets the first run.
Measured bestOf(int runs, const Command &cmd, Measured *first = nullptr) {
    Measured best;
    for (int i = 0; i < runs; ++i) {
        const Measured m = run(cmd);
        if (i == 0 && first)
            *first = m;
        if (i == 0 || m.seconds < best.seconds)
            best = m;
    }
    return best;
}

// --- the table ------------------------------------------------------------------------------

struct Row {
    QString step;
    std::optional<Measured> m; // none: skipped
    std::optional<Measured> floor;
    QString note;
};

QByteArray formatTime(double seconds) {
    return seconds < 1 ? QByteArray::number(seconds * 1000, 'f', 1) + " ms"
                       : QByteArray::number(seconds, 'f', 2) + " s ";
}

void printHeader() {
    std::printf("%8s  %-12s %11s %9s  %11s %9s  %7s %7s  %s\n", "N", "step", "time", "peak MiB",
                "floor time", "floor MiB", "time/fl", "MiB/fl", "notes");
}

void printRow(qint64 n, const Row &r) {
    QString cells =
        r.m ? QString::asprintf("%11s %9.1f", formatTime(r.m->seconds).data(), r.m->peakMib)
            : QString::asprintf("%11s %9s", "-", "-");
    if (r.m && r.floor) {
        cells += QString::asprintf(
            "  %11s %9.1f  %6.1fx %6.1fx", formatTime(r.floor->seconds).data(), r.floor->peakMib,
            r.m->seconds / r.floor->seconds, r.m->peakMib / r.floor->peakMib);
    } else {
        cells += QString::asprintf("  %11s %9s  %7s %7s", "-", "-", "-", "-");
    }
    std::printf("%8lld  %-12s %s  %s\n", static_cast<long long>(n), r.step.toUtf8().constData(),
                cells.toUtf8().constData(), r.note.toUtf8().constData());
    std::fflush(stdout);
}

QString mib(qint64 bytes) {
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

QString formatTimeText(double seconds) {
    return QString::fromLatin1(formatTime(seconds)).trimmed();
}

// --- synthetic data ------------------------------------------------------------------------

// Words for titles, summaries and sources, so that a search has something to tell apart:
// a topic in each title (each about 1 in 24), a publisher in each source (1 in 12), and
// summaries of 20 to 30 words drawn from 4,000 made-up ones, the common ones far more
// often than the rare ones (about as in prose: word k about as often as 1/k).
const QStringList kTopics = {u"5G core equipment"_s,
                             u"drones"_s,
                             u"surveillance cameras"_s,
                             u"routers"_s,
                             u"cloud services"_s,
                             u"undersea cables"_s,
                             u"smart meters"_s,
                             u"handsets"_s,
                             u"social media apps"_s,
                             u"antivirus software"_s,
                             u"payment terminals"_s,
                             u"satellite links"_s,
                             u"port cranes"_s,
                             u"electric buses"_s,
                             u"border scanners"_s,
                             u"genome sequencers"_s,
                             u"chips"_s,
                             u"lidar sensors"_s,
                             u"radio access networks"_s,
                             u"data centres"_s,
                             u"messaging apps"_s,
                             u"inverters"_s,
                             u"railway signalling"_s,
                             u"power grids"_s};
const QStringList kVerbs = {u"bans"_s,     u"restricts"_s,       u"reviews"_s,
                            u"warns on"_s, u"lifts limits on"_s, u"bars"_s,
                            u"excludes"_s, u"approves"_s};
const QStringList kPublishers = {u"Reuters"_s,
                                 u"Federal Register"_s,
                                 u"Official Journal"_s,
                                 u"Bloomberg"_s,
                                 u"Financial Times"_s,
                                 u"Nikkei Asia"_s,
                                 u"Le Monde"_s,
                                 u"Der Spiegel"_s,
                                 u"The Guardian"_s,
                                 u"Politico Europe"_s,
                                 u"South China Morning Post"_s,
                                 u"Ministry gazette"_s};

// Word k of the made-up vocabulary: syllables, so that words look alike but differ.
QString madeUpWord(int k) {
    static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vo",
                                      "bi", "da", "fu", "go", "hi", "ju", "pe", "zo"};
    QString w;
    int v = k + 16;
    while (v > 0) {
        w += QLatin1StringView(syllables[v % 16]);
        v /= 16;
    }
    return w;
}

// A summary of 20 to 30 words, the k-th of the vocabulary chosen about as often as 1/k.
QString summaryText(QRandomGenerator &rng) {
    constexpr int kVocabulary = 4000;
    QStringList words;
    for (int i = 0, n = 20 + rng.bounded(11); i < n; ++i) {
        const double u = rng.generateDouble();
        words.append(madeUpWord(int(std::pow(double(kVocabulary), u)) - 1));
    }
    return words.join(u' ') + u'.';
}

// One decision: 1-3 vendors, announced 2010-2024, a third effective later, a fifth ended.
QStringList syntheticRow(QRandomGenerator &rng, qint64 i, const QStringList &governments,
                         const QList<Measure> &measures) {
    const QDate announced = QDate(2010, 1, 1).addDays(rng.bounded(15 * 365));
    QStringList vendors;
    for (int k = 0, count = 1 + rng.bounded(3); k < count; ++k) {
        const QString v = u"Vendor %1"_s.arg(rng.bounded(kBenchVendors));
        if (!vendors.contains(v))
            vendors.append(v);
    }
    const QDate effective = rng.bounded(3) == 0 ? announced.addDays(rng.bounded(400)) : QDate();
    const QDate ended =
        rng.bounded(5) == 0
            ? (effective.isValid() ? effective : announced).addDays(1 + rng.bounded(1500))
            : QDate();
    const QString government = governments[rng.bounded(governments.size())];
    const QString title = u"%1 %2 %3 in %4 (%5)"_s.arg(
        government, kVerbs[rng.bounded(kVerbs.size())], vendors.first(),
        kTopics[rng.bounded(kTopics.size())], QString::number(i));
    const QString publisher = kPublishers[rng.bounded(kPublishers.size())];
    QString domain = publisher.toLower();
    domain.remove(u' ');
    return {government,
            vendors.join(u';'),
            toId(measures[rng.bounded(measures.size())]),
            u"5g_core;government"_s,
            announced.toString(Qt::ISODate),
            effective.toString(Qt::ISODate),
            ended.toString(Qt::ISODate),
            title,
            summaryText(rng),
            u"multiple_sources"_s,
            u"Report on "_s + kTopics[rng.bounded(kTopics.size())],
            publisher,
            u"https://%1.example/%2/%3"_s.arg(domain).arg(announced.year()).arg(i)};
}

// Writes n decisions as CSV (the columns of synthetic.h's syntheticCsv), reproducibly, in
// chunks of about 1 MiB: a million rows never sit in memory at once.
void writeCsv(const QString &path, qint64 n, const QStringList &governments) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw BenchError{u"cannot write %1"_s.arg(path)};
    QRandomGenerator rng(20181128);
    const QList<Measure> measures = allMeasures();
    QByteArray chunk =
        csvRecord({u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s, u"announced"_s,
                   u"effective"_s, u"ended"_s, u"title"_s, u"summary"_s, u"confidence"_s,
                   u"source_title"_s, u"source_publisher"_s, u"source_url"_s});
    for (qint64 i = 0; i < n; ++i) {
        chunk += csvRecord(syntheticRow(rng, i, governments, measures));
        if (chunk.size() >= (1 << 20) || i + 1 == n) {
            if (file.write(chunk) != chunk.size())
                throw BenchError{u"cannot write %1"_s.arg(path)};
            chunk.resize(0);
        }
    }
    if (!file.flush())
        throw BenchError{u"cannot write %1"_s.arg(path)};
}

// The first 80 governments of the reference countries (the EU is not one).
QStringList benchGovernments() {
    QTemporaryDir dir;
    const auto store = openDatabase(dir.filePath(u"countries.banatlas"_s), Seed::None);
    QStringList codes;
    for (const Country &c : store->countries()) {
        if (c.code != u"EU"_s && codes.size() < kGovernments)
            codes.append(c.code);
    }
    if (codes.size() < kGovernments)
        throw BenchError{u"only %1 reference countries"_s.arg(codes.size())};
    return codes;
}

// --- one size -------------------------------------------------------------------------------

// An X server of the bench's own (Xvfb), for the windows: "visible" is on a display, and an
// X connection is part of what opening a window costs (offscreen it is not; both the app
// and the empty window pay it alike). Ends with the bench.
class XServer final {
public:
    static constexpr const char *kProgram = "/usr/bin/Xvfb";
    XServer() {
        if (!QFileInfo(QString::fromLatin1(kProgram)).isExecutable())
            return;
        m_process.setProgram(QString::fromLatin1(kProgram));
        // -displayfd: the server picks a free display and writes its number on stdout.
        m_process.setArguments({u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1920x1080x24"_s,
                                u"-nolisten"_s, u"tcp"_s});
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return;
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(5000))
            line += m_process.readAllStandardOutput();
        bool ok = false;
        const int number = line.trimmed().toInt(&ok);
        if (ok)
            m_display = u":%1"_s.arg(number);
    }
    ~XServer() {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
    XServer(const XServer &) = delete;
    XServer &operator=(const XServer &) = delete;
    QString display() const { return m_display; } // empty: no server

private:
    QProcess m_process;
    QString m_display;
};

struct Bench {
    QString banatlas; // the binary measured
    QString self;     // this harness, for its child modes
    QStringList governments;
    QStringList env;        // every child's: no user settings, offscreen
    QStringList windowEnv;  // the windows': on an X server of the bench's own, if there is one
    QString windowPlatform; // what windowEnv shows on ("Xvfb :N" or "offscreen")
    QString work;           // this size's folder
    qint64 n = 0;

    QString file(const QString &name) const { return work + u'/' + name; }
    Command command(const QString &label, const QString &program, const QStringList &args) const {
        return {label, program, args, env, u"/dev/null"_s, file(u"stderr.txt"_s)};
    }
    Command banatlasCommand(const QString &label, const QStringList &args) const {
        return command(label, banatlas, QStringList{u"--db"_s, file(u"bench.banatlas"_s)} + args);
    }
};

// Each run into a new database (and a new floor table): the best of 3 up to 100k, one
// run at a million (a minute each).
Row importRow(const Bench &b, const QString &csv) {
    const int runs = b.n >= 1000000 ? 1 : 3;
    const QString database = b.file(u"bench.banatlas"_s);
    const QString floorDb = b.file(u"floor.db"_s);
    std::optional<Measured> m;
    std::optional<Measured> floor;
    for (int i = 0; i < runs; ++i) {
        for (const QString &leftover :
             QStringList{database, database + u"-wal"_s, database + u"-shm"_s, floorDb})
            QFile::remove(leftover);
        QDir(database + u".backups"_s).removeRecursively();
        const Measured mine =
            run(b.banatlasCommand(u"import"_s, {u"--no-seed"_s, u"import"_s, csv}));
        const Measured bare = run(b.command(u"sqlite3 .import"_s, kSqlite3,
                                            {floorDb, u".import --csv \"%1\" t"_s.arg(csv)}));
        if (!m || mine.seconds < m->seconds)
            m = mine;
        if (!floor || bare.seconds < floor->seconds)
            floor = bare;
    }
    const QString note =
        u"%1; CSV %2 -> database %3; floor: sqlite3 .import --csv of the same file"_s.arg(
            runs == 1 ? u"one run"_s : u"best of %1"_s.arg(runs), mib(QFileInfo(csv).size()),
            mib(QFileInfo(database).size()));
    return {u"import"_s, m, floor, note};
}

// import --dry-run of the same file into the same database as the import that follows it
// (a new empty one each run): the dry run against the import, whose time is the floor
// column, so that time/fl is the ratio (the target: at most 2x). Best of 3 each; one run
// at a million.
Row dryRunRow(const Bench &b, const QString &csv) {
    const int runs = b.n >= 1000000 ? 1 : 3;
    const QString database = b.file(u"dryrun.banatlas"_s);
    const QString header = b.file(u"header.csv"_s);
    {
        QFile in(csv);
        QFile out(header);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
            out.write(in.readLine()) < 0)
            throw BenchError{u"cannot write %1"_s.arg(header)};
    }
    std::optional<Measured> dry;
    std::optional<Measured> import;
    for (int i = 0; i < runs; ++i) {
        for (const QString &leftover :
             QStringList{database, database + u"-wal"_s, database + u"-shm"_s})
            QFile::remove(leftover);
        QDir(database + u".backups"_s).removeRecursively();
        const QStringList db{u"--db"_s, database, u"--no-seed"_s};
        run(b.command(u"new database"_s, b.banatlas, db + QStringList{u"import"_s, header}));
        const Measured preview = run(b.command(u"dry run"_s, b.banatlas,
                                               db + QStringList{u"import"_s, u"--dry-run"_s, csv}));
        const Measured real = run(
            b.command(u"import after dry run"_s, b.banatlas, db + QStringList{u"import"_s, csv}));
        if (!dry || preview.seconds < dry->seconds)
            dry = preview;
        if (!import || real.seconds < import->seconds)
            import = real;
    }
    return {u"dry run"_s, dry, import,
            u"%1; import --dry-run of the CSV into an empty database; floor: the import of the "
            "same file into the same database (target: dry run <= 2x)"_s.arg(
                runs == 1 ? u"one run"_s : u"best of %1"_s.arg(runs))};
}

QList<Row> statusRows(const Bench &b) {
    const Measured all =
        bestOf(3, b.banatlasCommand(u"status all"_s, {u"status"_s, u"--as-of"_s, kAsOf}));
    const Measured scan = bestOf(
        3, b.command(u"sqlite3 scan"_s, kSqlite3,
                     {b.file(u"bench.banatlas"_s),
                      u"SELECT count(*), max(id), max(country), max(measure), max(announced), "
                      "max(effective), max(ended), max(covers_subsidiaries) FROM decisions"_s}));
    const Measured pair = bestOf(
        3, b.banatlasCommand(u"status pair"_s, {u"status"_s, u"--as-of"_s, kAsOf, u"--vendor"_s,
                                                u"Vendor 3"_s, u"--country"_s, b.governments[0]}));
    return {{u"status all"_s, all, scan,
             u"best of 3; floor: sqlite3 scanning the decisions' status columns"_s},
            {u"status pair"_s, pair, std::nullopt,
             u"best of 3; Vendor 3 in %1"_s.arg(b.governments[0])}};
}

// A run of `cmd` (`full`) measured from the fork to the first frame, which the child
// printed (FirstFrameProbe).
Measured toFirstFrame(const Command &cmd, const Measured &full) {
    Measured m = full;
    QFile out(cmd.stdoutPath);
    if (!out.open(QIODevice::ReadOnly))
        throw BenchError{u"cannot read %1"_s.arg(cmd.stdoutPath)};
    for (const QByteArray &line : out.readAll().split('\n')) {
        if (line.startsWith("first-frame-ns ")) {
            const std::chrono::nanoseconds at(line.mid(15).toLongLong());
            m.seconds = std::chrono::duration<double>(at - m.forked.time_since_epoch()).count();
            return m;
        }
    }
    throw BenchError{u"%1 printed no first-frame-ns"_s.arg(cmd.label)};
}

// Best of 5, from the fork to the first frame (what a person waits for; not the exit);
// `exitSeconds` gets that run's time to its exit.
Measured bestFirstFrame(const Command &cmd, double *exitSeconds) {
    Measured best;
    for (int i = 0; i < 5; ++i) {
        const Measured full = run(cmd);
        const Measured m = toFirstFrame(cmd, full);
        if (i == 0 || m.seconds < best.seconds) {
            best = m;
            *exitSeconds = full.seconds;
        }
    }
    return best;
}

Row windowRow(const Bench &b) {
    QStringList env = b.windowEnv;
    env.append(u"BANATLAS_EXIT_WHEN_SHOWN=1"_s);
    Command window = b.command(u"window"_s, b.banatlas, {u"--db"_s, b.file(u"bench.banatlas"_s)});
    window.env = env;
    window.stdoutPath = b.file(u"window.txt"_s);
    Command bare = b.command(u"bare window"_s, b.self, {u"--bare-window"_s});
    bare.env = env;
    bare.stdoutPath = b.file(u"bare.txt"_s);
    Command table = b.command(u"table window"_s, b.self, {u"--table-window"_s});
    table.env = env;
    table.stdoutPath = b.file(u"table.txt"_s);
    double exitMine = 0;
    double exitBare = 0;
    double exitTable = 0;
    const Measured m = bestFirstFrame(window, &exitMine);
    const Measured floor = bestFirstFrame(bare, &exitBare);
    const Measured text = bestFirstFrame(table, &exitTable);
    return {u"window open"_s, m, floor,
            u"best of 5 on %1, fork to the first frame (to the exit: %2; floor %3); floor: an "
            "empty window; a window with a 251-row table of text: %4 (%5x)"_s
                .arg(b.windowPlatform, formatTimeText(exitMine), formatTimeText(exitBare),
                     formatTimeText(text.seconds))
                .arg(m.seconds / text.seconds, 0, 'f', 1)};
}

// The map child prints "key value" lines.
double valueIn(const QByteArray &output, const QByteArray &key) {
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(QByteArray(key + ' ')))
            return line.mid(key.size() + 1).toDouble();
    }
    throw BenchError{u"a child printed no %1"_s.arg(QString::fromLatin1(key))};
}

Row mapRow(const Bench &b) {
    Command map = b.command(u"map"_s, b.self, {u"--map"_s, b.file(u"bench.banatlas"_s)});
    map.stdoutPath = b.file(u"map.txt"_s);
    const Measured child = run(map);
    QFile file(map.stdoutPath);
    if (!file.open(QIODevice::ReadOnly))
        throw BenchError{u"cannot read %1"_s.arg(map.stdoutPath)};
    const QByteArray output = file.readAll();
    const double repaintMs = valueIn(output, "repaint-ms");
    return {u"map repaint"_s, Measured{repaintMs / 1000, child.peakMib, child.forked}, std::nullopt,
            u"1920x1080, best of 5 inside one child; open + resolver %1 ms, resolve %2 ms, "
            "child %3"_s.arg(valueIn(output, "load-ms"), 0, 'f', 0)
                .arg(valueIn(output, "resolve-ms"), 0, 'f', 1)
                .arg(formatTimeText(child.seconds))};
}

QList<Row> reportRows(const Bench &b) {
    const QString one = b.file(u"R.pdf"_s);
    const Measured m =
        run(b.banatlasCommand(u"report one"_s, {u"report"_s, u"--out"_s, one, u"--as-of"_s, kAsOf,
                                                u"--country"_s, b.governments[0]}));
    QList<Row> rows{{u"report one"_s, m, std::nullopt,
                     u"PDF %1 (%2)"_s.arg(mib(QFileInfo(one).size()), b.governments[0])}};
    if (b.n > kFullReportLimit && qEnvironmentVariableIntValue("BANATLAS_BENCH_FULL_REPORT") != 1) {
        rows.append({u"report all"_s, std::nullopt, std::nullopt,
                     u"skipped (set BANATLAS_BENCH_FULL_REPORT=1)"_s});
        return rows;
    }
    const QString all = b.file(u"R2.pdf"_s);
    const Measured everything = run(
        b.banatlasCommand(u"report all"_s, {u"report"_s, u"--out"_s, all, u"--as-of"_s, kAsOf}));
    rows.append({u"report all"_s, everything, std::nullopt,
                 u"PDF %1 (every government)"_s.arg(mib(QFileInfo(all).size()))});
    return rows;
}

// Searches as an analyst types them: a topic word (in about 8% of the decisions), a
// publisher (8%), a rare made-up word, a prefix and a phrase. In one process that has the
// file open (the window; best of 5, the first 100 results with their rows read) and as a
// whole `banatlas search --limit 100` process (best of 3).
QList<Row> searchRows(const Bench &b) {
    QList<Row> rows;
    for (const QString &query :
         {u"drones"_s, u"reuters"_s, madeUpWord(3000), u"dron*"_s, u"\"federal register\""_s}) {
        QProcess child;
        child.start(b.self, {u"--search"_s, b.file(u"bench.banatlas"_s), query});
        child.waitForFinished(-1);
        const QByteArray out = child.readAllStandardOutput();
        const double best = valueIn(out, "best-ms");
        const double first = valueIn(out, "first-ms");
        const double matches = valueIn(out, "matches");
        const int parts = int(valueIn(out, "parts"));
        rows.append(
            {u"search in"_s, Measured{best / 1000.0, 0, {}}, std::nullopt,
             u"%1: %2 matches; first 100 with their rows, best of 5 in one process "
             "(first run %3 ms; %4)"_s.arg(query)
                 .arg(qint64(matches))
                 .arg(first, 0, 'f', 1)
                 .arg(parts > 1 ? u"ranked in %1 parts at once"_s.arg(parts) : u"one query"_s)});
        const Measured whole =
            bestOf(3, b.banatlasCommand(u"search"_s, {u"search"_s, query, u"--limit"_s, u"100"_s}));
        rows.append({u"search cmd"_s, whole, std::nullopt,
                     u"%1: banatlas search --limit 100, whole process, best of 3"_s.arg(query)});
    }
    return rows;
}

// What the full-text index costs: the file's size with and without it (both VACUUMed
// copies), and the time to build it from the stored text (FTS5's rebuild, by sqlite3), which
// is the work an import adds for it.
QList<Row> searchIndexRows(const Bench &b) {
    QList<Row> rows;
    QProcess child;
    child.start(b.self, {u"--index-size"_s, b.file(u"bench.banatlas"_s)});
    child.waitForFinished(-1);
    const QByteArray out = child.readAllStandardOutput();
    const double with = valueIn(out, "with-bytes");
    const double without = valueIn(out, "without-bytes");
    rows.append({u"fts size"_s, std::nullopt, std::nullopt,
                 u"file %1 with the index, %2 without (VACUUMed copies): +%3%"_s
                     .arg(mib(qint64(with)), mib(qint64(without)))
                     .arg((with / without - 1) * 100, 0, 'f', 1)});
    const Measured rebuild =
        run(b.command(u"fts rebuild"_s, kSqlite3,
                      {b.file(u"bench.banatlas"_s),
                       u"INSERT INTO decision_search (decision_search) VALUES ('rebuild')"_s}));
    rows.append({u"fts rebuild"_s, rebuild, std::nullopt,
                 u"sqlite3: the index built anew from the stored text, the share an import "
                 "pays for it"_s});
    return rows;
}

void benchSize(Bench b, qint64 n) {
    QTemporaryDir dir;
    if (!dir.isValid())
        throw BenchError{u"cannot create a temporary folder"_s};
    b.work = dir.path();
    b.n = n;
    const QString csv = b.file(u"decisions.csv"_s);
    writeCsv(csv, n, b.governments);
    printRow(n, importRow(b, csv));
    printRow(n, dryRunRow(b, csv));
    for (const Row &r : statusRows(b))
        printRow(n, r);
    printRow(n, windowRow(b));
    printRow(n, mapRow(b));
    for (const Row &r : reportRows(b))
        printRow(n, r);
    for (const Row &r : searchRows(b))
        printRow(n, r);
    for (const Row &r : searchIndexRows(b))
        printRow(n, r);
    std::printf("\n");
}

// --- the harness ---------------------------------------------------------------------------

QString measuredBinary() {
    QString path = qEnvironmentVariable("BANATLAS_BIN");
    if (path.isEmpty())
        path = QCoreApplication::applicationDirPath() + u"/../../app/banatlas"_s;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isExecutable())
        throw BenchError{u"no banatlas binary at %1 (set BANATLAS_BIN)"_s.arg(path)};
    return info.canonicalFilePath();
}

QStringList childEnvironment(const QString &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"BANATLAS_EXIT_WHEN_SHOWN"_s);
    return env.toStringList();
}

QList<qint64> sizesFrom(const QStringList &args) {
    QList<qint64> sizes;
    for (const QString &a : args) {
        bool ok = false;
        const qint64 n = a.toLongLong(&ok);
        if (!ok || n < 1)
            throw BenchError{u"not a size: %1 (usage: bench_scale [N]...)"_s.arg(a)};
        sizes.append(n);
    }
    return sizes.isEmpty() ? QList<qint64>{1000, 10000, 100000, 1000000} : sizes;
}

QString cpuModel() {
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return u"unknown CPU"_s;
}

void printPreamble(const Bench &b, const QString &temp) {
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    const int nproc = sched_getaffinity(0, sizeof cpus, &cpus) == 0 ? CPU_COUNT(&cpus) : 0;
    const QString built = QFileInfo(b.banatlas).lastModified().toString(Qt::ISODate);
    std::printf("bench_scale  %s  nproc %d  (%s)\n",
                QDateTime::currentDateTime().toString(Qt::ISODate).toUtf8().constData(), nproc,
                cpuModel().toUtf8().constData());
    std::printf("measured: %s (built %s); floors: %s, %s --bare-window\n",
                b.banatlas.toUtf8().constData(), built.toUtf8().constData(),
                kSqlite3.toUtf8().constData(), b.self.toUtf8().constData());
    std::printf("data: N synthetic decisions, %d governments x %d vendors (1-3 per decision), "
                "in %s; status and reports as of %s\n",
                kGovernments, kBenchVendors, temp.toUtf8().constData(), kAsOf.toUtf8().constData());
    std::printf("every figure is one child process, fork to exit (the window: fork to its "
                "first frame), with its own peak RSS (wait4); fl = floor\n\n");
    printHeader();
    std::fflush(stdout);
}

int harness(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QList<qint64> sizes = sizesFrom(app.arguments().mid(1));
    if (!QFileInfo(kSqlite3).isExecutable())
        throw BenchError{u"no %1: the floors need it (apt-get install sqlite3)"_s.arg(kSqlite3)};
    QTemporaryDir home;
    if (!home.isValid())
        throw BenchError{u"cannot create a temporary folder"_s};
    Bench b;
    b.banatlas = measuredBinary();
    b.self = QCoreApplication::applicationFilePath();
    b.governments = benchGovernments();
    b.env = childEnvironment(home.path());
    const XServer x;
    b.windowEnv = b.env;
    b.windowPlatform = u"offscreen (no %1)"_s.arg(QString::fromLatin1(XServer::kProgram));
    if (!x.display().isEmpty()) {
        b.windowEnv.removeIf([](const QString &e) {
            return e.startsWith(u"QT_QPA_PLATFORM="_s) || e.startsWith(u"DISPLAY="_s) ||
                   e.startsWith(u"WAYLAND_DISPLAY="_s);
        });
        b.windowEnv << u"DISPLAY="_s + x.display() << u"QT_QPA_PLATFORM=xcb"_s;
        b.windowPlatform = u"Xvfb "_s + x.display();
    }
    printPreamble(b, QDir::tempPath());
    for (const qint64 n : sizes)
        benchSize(b, n);
    return 0;
}

// --- child modes ------------------------------------------------------------------------------

// The floor of opening the window: an empty main window of the size MainWindow takes.
int bareWindow(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    QSize size(1400, 880);
    if (const QScreen *s = window.screen())
        size = size.boundedTo(s->availableGeometry().size());
    window.resize(size);
    app.installEventFilter(new FirstFrameProbe(&window));
    window.show();
    return QApplication::exec();
}

// A second floor, for reading the first: a window showing what the app's first screen
// shows at its simplest (a menu bar, a status bar, a table of 251 rows of five short
// texts), made from data in memory with no file read and no rule applied. The empty
// window never loads a font; this one pays for text as any window with text does.
int tableWindow(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    for (const char *title : {"&File", "&Edit", "&View", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(title))->addAction(u"Item"_s);
    window.statusBar()->showMessage(u"bench.banatlas: 10,000 decisions"_s);
    auto *model = new QStandardItemModel(251, 5, &window);
    model->setHorizontalHeaderLabels(
        {u"Government"_s, u"Code"_s, u"Region"_s, u"Class"_s, u"Decisions"_s});
    for (int row = 0; row < 251; ++row) {
        model->setItem(row, 0, new QStandardItem(u"Government number %1"_s.arg(row)));
        model->setItem(row, 1, new QStandardItem(u"G%1"_s.arg(row % 100)));
        model->setItem(row, 2, new QStandardItem(u"Region %1"_s.arg(row % 17)));
        model->setItem(row, 3, new QStandardItem(u"restricts"_s));
        model->setItem(row, 4, new QStandardItem(QString::number(row * 7)));
    }
    auto *table = new QTableView;
    table->setModel(model);
    window.setCentralWidget(table);
    QSize size(1400, 880);
    if (const QScreen *s = window.screen())
        size = size.boundedTo(s->availableGeometry().size());
    window.resize(size);
    app.installEventFilter(new FirstFrameProbe(&window));
    window.show();
    return QApplication::exec();
}

// One repaint of the world map at 1920x1080, as bench_map paints it; the best of 5.
double bestRepaintMs(const WorldMap &map, const MapContent &content) {
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double scale = std::min(1920 / map.bounds().width(), 1080 / map.bounds().height());
    double best = 0;
    for (int i = 0; i < 5; ++i) {
        image.fill(Qt::white);
        QElapsedTimer t;
        t.start();
        QPainter p(&image);
        p.translate(960 - map.bounds().center().x() * scale,
                    540 - map.bounds().center().y() * scale);
        p.scale(scale, scale);
        paintCountries(p, map, content, scale);
        p.end();
        const double ms = t.nsecsElapsed() / 1e6;
        best = i == 0 ? ms : std::min(best, ms);
    }
    return best;
}

int mapChild(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const WorldMap &map = WorldMap::bundled();
    if (map.shapes().empty())
        throw BenchError{u"the bundled borders did not load"_s};
    QElapsedTimer t;
    t.start();
    const auto store = openDatabase(QFile::decodeName(argv[2]), Seed::None, Access::ReadOnly);
    const StatusResolver resolver = resolverFor(*store);
    const double loadMs = t.nsecsElapsed() / 1e6;
    QStringList codes;
    for (const Country &c : store->countries())
        codes.append(c.code);
    t.restart();
    MapContent content;
    content.statuses = resolver.resolveCountries(codes, {}, QDate::fromString(kAsOf, Qt::ISODate));
    const double resolveMs = t.nsecsElapsed() / 1e6;
    std::printf("load-ms %.3f\nresolve-ms %.3f\nrepaint-ms %.3f\n", loadMs, resolveMs,
                bestRepaintMs(map, content));
    return 0;
}

// The first 100 results of `query` with their rows, as the window reads them: prints the
// first run's and the best of 5 runs' milliseconds and the number of matches.
int searchChild(int argc, char *argv[]) {
    configureSqliteForProcess(); // as the app's main does: no lock on every allocation
    QCoreApplication app(argc, argv);
    const auto store = openDatabase(QFile::decodeName(argv[2]), Seed::None, Access::ReadOnly);
    DecisionFilter filter;
    filter.text = SearchQuery::parse(QString::fromLocal8Bit(argv[3]));
    double best = 0;
    double first = 0;
    int ranIn = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        // As Store::findDecisions runs it, with the parts it ran in said.
        const QList<qint64> ids = findDecisions(store->database(), filter, DecisionOrder::Relevance,
                                                false, 100, SearchSplit{.ranIn = &ranIn});
        const QList<Decision> rows = store->decisions(ids);
        const double ms = t.nsecsElapsed() / 1e6;
        if (rows.size() != ids.size())
            throw BenchError{u"read %1 of %2 results"_s.arg(rows.size()).arg(ids.size())};
        first = i == 0 ? ms : first;
        best = i == 0 ? ms : std::min(best, ms);
    }
    std::printf("first-ms %.3f\nbest-ms %.3f\nmatches %lld\nparts %d\n", first, best,
                static_cast<long long>(store->findDecisions(filter).size()), ranIn);
    return 0;
}

// The size of a VACUUMed copy of the file with its full-text index and without it.
int indexSizeChild(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString with = dir.filePath(u"with.db"_s);
    const QString without = dir.filePath(u"without.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"size"_s);
        db.setDatabaseName(QFile::decodeName(argv[2]));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            throw BenchError{db.lastError().text()};
        for (const QString &target : {with, without}) {
            QSqlQuery q(db);
            if (!q.prepare(u"VACUUM INTO ?"_s))
                throw BenchError{q.lastError().text()};
            q.addBindValue(target);
            if (!q.exec())
                throw BenchError{q.lastError().text()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"size"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"drop"_s);
        db.setDatabaseName(without);
        if (!db.open())
            throw BenchError{db.lastError().text()};
        for (const QString &sql :
             {u"DROP TABLE decision_search"_s, u"DROP VIEW decision_search_text"_s, u"VACUUM"_s}) {
            QSqlQuery q(db);
            if (!q.prepare(sql) || !q.exec())
                throw BenchError{q.lastError().text()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"drop"_s);
    std::printf("with-bytes %lld\nwithout-bytes %lld\n",
                static_cast<long long>(QFileInfo(with).size()),
                static_cast<long long>(QFileInfo(without).size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    try {
        const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
        if (mode == "--bare-window")
            return bareWindow(argc, argv);
        if (mode == "--table-window")
            return tableWindow(argc, argv);
        if (mode == "--map" && argc == 3)
            return mapChild(argc, argv);
        if (mode == "--search" && argc == 4)
            return searchChild(argc, argv);
        if (mode == "--index-size" && argc == 3)
            return indexSizeChild(argc, argv);
        if (mode == "--write-csv" && argc == 4) {
            // The synthetic file alone, for profiling: bench_scale --write-csv N FILE
            QCoreApplication app(argc, argv);
            writeCsv(QString::fromLocal8Bit(argv[3]), QByteArray(argv[2]).toLongLong(),
                     benchGovernments());
            return 0;
        }
        return harness(argc, argv);
    } catch (const BenchError &e) {
        std::fprintf(stderr, "bench_scale: %s\n", e.message.toLocal8Bit().constData());
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_scale: %s\n", e.message().toLocal8Bit().constData());
    }
    return 1;
}
