#include "cli.h"

#include "domain/errors.h"
#include "domain/searchquery.h"
#include "domain/statusresolver.h"
#include "formats/csv.h"
#include "interchange/database.h"
#include "interchange/exportfile.h"
#include "interchange/importpreview.h"
#include "interchange/interchange.h"
#include "interchange/teamdatabase.h"
#include "painting/mapexport.h"
#include "painting/mapgeojson.h"
#include "painting/mappainter.h"
#include "painting/report.h"
#include "storage/migrations.h"
#include "storage/outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace banatlas::cli {
namespace {

const QStringList kCommands = {u"import"_s, u"export"_s, u"status"_s, u"timeline"_s,
                               u"map"_s,    u"report"_s, u"search"_s, u"team"_s};

// The translation context of the command line's messages.
struct CliText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::cli)
};

// A mistake in how the command was called: exit code 2.
struct UsageError {
    QString message;
};

// Text from a file or an argument (a file name, a vendor, a message quoting either) as it
// may reach a terminal: control characters (escape sequences could retitle the window or
// move the cursor) and direction overrides become U+FFFD; a line stays one line.
QString printable(QString text) {
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x200e || u == 0x200f ||
            (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            c = QChar(0xFFFD);
    }
    return text;
}

// Standard output, checked: a full disk or a closed pipe is an error (exit 1).
void out(const QByteArray &bytes) {
    writeStandardOutput(bytes);
}

QString usage() {
    return CliText::tr(
               "Usage: banatlas [--db FILE] [--no-seed] COMMAND [OPTIONS]\n"
               "With no command, opens the window.\n\n"
               "Commands:\n"
               "  import [--dry-run [--as-of DATE]] FILE.csv|FILE.json|COPY.banatlas\n"
               "         COPY.banatlas: a team database's local copy, its changes brought\n"
               "         back (those the team also changed since are left and named)\n"
               "  export --format csv|json [--out FILE]\n"
               "  export --format geojson [--as-of DATE] [--vendor NAME]... [--out FILE]\n"
               "  status --as-of DATE [--vendor NAME]... [--country CC]... [--csv]\n"
               "  timeline [--vendor NAME]... [--country CC]... [--csv]\n"
               "  map --out FILE.png|FILE.svg|FILE.pdf [--as-of DATE] [--vendor NAME]...\n"
               "  report --out FILE.pdf [--as-of DATE] [--vendor NAME]... [--country CC]...\n"
               "         [--group CODE] [--compare DATE] [--paper a4|letter] [--landscape]\n"
               "         [--ids ID,ID,...]  (a report on only those decisions)\n"
               "  search QUERY [--vendor NAME]... [--country CC]... [--measure M]...\n"
               "         [--from DATE] [--to DATE] [--in-effect DATE] [--limit N] [--csv]\n"
               "         QUERY: words (all must occur), \"a phrase\", prefix*, OR, NOT, ( );\n"
               "         \"\" lists every decision the filters let through, newest first\n"
               "  team init ADDRESS [--empty]   a team database on a PostgreSQL server:\n"
               "         its schema, roles and the bundled dataset (or, --empty, the\n"
               "         governments only); ADDRESS: postgresql://user@host[:port]/database\n"
               "  --db ADDRESS team add-user NAME --role reader|editor\n\n"
               "Options:\n"
               "  --db FILE    database file (default: %1)\n"
               "  --no-seed    do not seed a newly created database with the bundled dataset\n"
               "  --version    print the version\n")
        .arg(defaultDatabasePath());
}

struct Options {
    QString db;
    bool noSeed = false;
    QString command;
    QStringList positional;
    QMultiHash<QString, QString> values; // --name VALUE, in order given
    QSet<QString> flags;
};

// Options of each command that take a value, and those that are flags.
const QHash<QString, QStringList> kValueOptions = {
    {u"import"_s, {u"--as-of"_s}},
    {u"export"_s, {u"--format"_s, u"--out"_s, u"--as-of"_s, u"--vendor"_s}},
    {u"status"_s, {u"--as-of"_s, u"--vendor"_s, u"--country"_s}},
    {u"timeline"_s, {u"--vendor"_s, u"--country"_s}},
    {u"map"_s, {u"--as-of"_s, u"--vendor"_s, u"--out"_s}},
    {u"report"_s,
     {u"--out"_s, u"--as-of"_s, u"--vendor"_s, u"--country"_s, u"--group"_s, u"--compare"_s,
      u"--paper"_s, u"--ids"_s}},
    {u"search"_s,
     {u"--vendor"_s, u"--country"_s, u"--measure"_s, u"--from"_s, u"--to"_s, u"--in-effect"_s,
      u"--limit"_s}},
    {u"team"_s, {u"--role"_s}},
};
const QHash<QString, QStringList> kFlagOptions = {{u"import"_s, {u"--dry-run"_s}},
                                                  {u"export"_s, {}},
                                                  {u"status"_s, {u"--csv"_s}},
                                                  {u"timeline"_s, {u"--csv"_s}},
                                                  {u"map"_s, {}},
                                                  {u"report"_s, {u"--landscape"_s}},
                                                  {u"search"_s, {u"--csv"_s}},
                                                  {u"team"_s, {u"--empty"_s}}};

Options parse(const QStringList &args) {
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(u"--"_s) && arg.contains(u'=')) {
            inlineValue = arg.section(u'=', 1);
            arg = arg.section(u'=', 0, 0);
            hasInline = true;
        }
        auto takeValue = [&]() {
            if (hasInline)
                return inlineValue;
            if (i + 1 >= args.size())
                throw UsageError{CliText::tr("%1 needs a value").arg(arg)};
            return args[++i];
        };
        if (arg == u"--db"_s) {
            o.db = takeValue();
            if (o.db.isEmpty())
                throw UsageError{CliText::tr("--db needs a file name")};
        } else if (arg == u"--no-seed"_s) {
            o.noSeed = true;
        } else if (o.command.isEmpty() && !arg.startsWith(u'-')) {
            if (!kCommands.contains(arg)) {
                throw UsageError{CliText::tr("unknown command \"%1\" (commands: %2)")
                                     .arg(arg, kCommands.join(u", "_s))};
            }
            o.command = arg;
        } else if (o.command.isEmpty()) {
            throw UsageError{CliText::tr("unknown option %1 before the command").arg(arg)};
        } else if (kValueOptions.value(o.command).contains(arg)) {
            o.values.insert(arg, takeValue());
        } else if (kFlagOptions.value(o.command).contains(arg)) {
            o.flags.insert(arg);
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            throw UsageError{CliText::tr("%1 does not take the option %2").arg(o.command, arg)};
        } else {
            o.positional.append(arg);
        }
    }
    if (o.command.isEmpty())
        throw UsageError{CliText::tr("no command given")};
    return o;
}

QStringList valuesOf(const Options &o, const QString &name) {
    QStringList v = o.values.values(name);
    std::reverse(v.begin(), v.end()); // QMultiHash returns the newest first
    return v;
}

// A date option's value: a partial date (2019, 2019-05, 2019-05-21), its first day.
QDate parseDateOption(const QString &option, const QString &text) {
    QString why;
    const auto d = PartialDate::parse(text, &why);
    if (!d || d->isNull())
        throw UsageError{CliText::tr("%1: %2").arg(
            option, why.isEmpty() ? CliText::tr("a date is required") : why)};
    return d->firstDay();
}

QDate parseAsOf(const QString &text) {
    return parseDateOption(u"--as-of"_s, text);
}

void reportImport(const QString &file, const ImportSummary &s);

int importCommand(Store &store, const Options &o) {
    if (o.positional.size() != 1)
        throw UsageError{CliText::tr("import takes one FILE.csv, FILE.json or COPY.banatlas")};
    if (o.values.contains(u"--as-of"_s))
        throw UsageError{CliText::tr("--as-of is for a dry run (import --dry-run)")};
    const QString file = o.positional.first();
    // A team's local copy comes back as the window brings it back: its changes from the
    // versions found now, its conflicts left as the team has them (and named).
    const ImportSummary s =
        isDatabaseFile(file)
            ? importPreviewed(store, previewCopyReturn(store, file, QDate::currentDate()))
            : importFile(store, file);
    // Committed: from here a failure to report it must not read as a failed import.
    try {
        reportImport(file, s);
    } catch (const Error &e) {
        throw Error(
            CliText::tr("%1: the import was committed, but its summary could not be written: %2")
                .arg(file, e.message()));
    }
    return 0;
}

// A password typed on the terminal, not shown as it is typed; nothing without a terminal
// (the password then comes from ~/.pgpass, never from the command line).
std::optional<QString> askOnTerminal(const QString &account) {
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s", CliText::tr("Password for %1: ").arg(account).toUtf8().constData());
    termios shown{};
    if (::tcgetattr(STDIN_FILENO, &shown) != 0)
        return std::nullopt;
    termios hidden = shown;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) != 0)
        return std::nullopt; // never read a password that would be shown
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &shown);
    std::fprintf(stderr, "\n");
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
}

// team init ADDRESS [--empty]; --db ADDRESS team add-user NAME --role reader|editor.
int teamCommand(const Options &o) {
    const QString what = o.positional.value(0);
    if (what == u"init"_s && o.positional.size() == 2 && !o.values.contains(u"--role"_s)) {
        const ServerAddress address = parseServerAddress(o.positional[1]);
        const TeamSetup done =
            initTeamDatabase(address, o.flags.contains(u"--empty"_s), askOnTerminal);
        if (done.createdDatabase)
            out(CliText::tr("%1: database created\n").arg(address.displayName()).toUtf8());
        out(CliText::tr("%1: a team database with %2 governments, %3 vendors, %4 decisions "
                        "and %5 sources; roles banatlas_reader and banatlas_editor\n")
                .arg(address.displayName())
                .arg(done.countries)
                .arg(done.vendors)
                .arg(done.decisions)
                .arg(done.sources)
                .toUtf8());
        return 0;
    }
    if (what == u"add-user"_s && o.positional.size() == 2 && !o.flags.contains(u"--empty"_s)) {
        if (!isServerAddress(o.db))
            throw UsageError{CliText::tr("team add-user needs --db postgresql://…")};
        const QString role = o.values.value(u"--role"_s);
        if (role != u"reader"_s && role != u"editor"_s)
            throw UsageError{CliText::tr("--role must be reader or editor")};
        const ServerAddress address = parseServerAddress(o.db);
        addTeamUser(address, o.positional[1],
                    role == u"editor"_s ? TeamRole::Editor : TeamRole::Reader, askOnTerminal);
        out(CliText::tr("%1: user %2 added as %3; the password is set on the server (psql: "
                        "\\password %2)\n")
                .arg(address.displayName(), o.positional[1], role)
                .toUtf8());
        return 0;
    }
    throw UsageError{CliText::tr("team init ADDRESS [--empty], or --db ADDRESS team add-user "
                                 "NAME --role reader|editor")};
}

// import --dry-run: what the import would do, the database only read. A database that does
// not exist yet is previewed as the import would create it (seeded unless --no-seed), and
// not created.
int dryRunCommand(const QString &path, const Options &o) {
    if (o.positional.size() != 1)
        throw UsageError{CliText::tr("import takes one FILE.csv, FILE.json or COPY.banatlas")};
    const QString file = o.positional.first();
    const QDate asOf = o.values.contains(u"--as-of"_s) ? parseAsOf(o.values.value(u"--as-of"_s))
                                                       : QDate::currentDate();
    const Seed seed = o.noSeed ? Seed::None : Seed::Bundled;
    ImportPreview preview;
    QString note;
    const bool server = isServerAddress(path);
    const int version = !server && QFileInfo::exists(path) ? schemaVersionOfFile(path) : 0;
    if (server) { // previewed on a copy of one snapshot of the team's data (Store::copyTo)
        const auto store =
            openDatabase(path, seed, Access::ReadOnly, kQuickCheckAtOpenBytes, askOnTerminal);
        preview = isDatabaseFile(file) ? previewCopyReturn(*store, file, asOf)
                                       : previewImport(*store, file, readImportFile(file), asOf);
    } else if (QFileInfo::exists(path) && (version == 0 || version >= kSchemaVersion)) {
        const auto store = openDatabase(path, seed, Access::ReadOnly);
        preview = previewImport(*store, file, readImportFile(file), asOf);
    } else if (QFileInfo::exists(path)) {
        // An older file: the import would upgrade it first. So does the preview, on a copy
        // (the file and its journal as they are); the file itself is only read.
        const QTemporaryDir scratch;
        if (!scratch.isValid())
            throw StoreError(
                CliText::tr("cannot make a temporary folder: %1").arg(scratch.errorString()));
        const QString copy = scratch.filePath(u"older.banatlas"_s);
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            if (QFileInfo::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix))
                throw StoreError(CliText::tr("%1: cannot be copied to preview the import on an "
                                             "upgraded copy")
                                     .arg(path + suffix));
        }
        const auto store = openDatabase(copy, seed);
        preview = previewImport(*store, file, readImportFile(file), asOf);
        note = CliText::tr("note: %1 was written by an older BanAtlas (schema %2); previewed on "
                           "an upgraded copy, as the import would upgrade it; the file was not "
                           "changed")
                   .arg(path)
                   .arg(version);
    } else {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo(folder).isDir())
            throw StoreError(CliText::tr("%1: the folder %2 does not exist").arg(path, folder));
        const QTemporaryDir scratch;
        if (!scratch.isValid())
            throw StoreError(
                CliText::tr("cannot make a temporary folder: %1").arg(scratch.errorString()));
        const auto store = openDatabase(scratch.filePath(u"new.banatlas"_s), seed);
        preview = previewImport(*store, file, readImportFile(file), asOf);
        note = seed == Seed::Bundled
                   ? CliText::tr("note: %1 does not exist; previewed as the import would create "
                                 "it, with the bundled dataset; nothing was created")
                   : CliText::tr("note: %1 does not exist; previewed as the import would create "
                                 "it, empty; nothing was created");
        note = note.arg(path);
    }
    QByteArray text;
    if (!note.isEmpty())
        text += printable(note).toUtf8() + '\n';
    for (const QString &line : preview.lines())
        text += printable(line).toUtf8() + '\n';
    out(text);
    return 0;
}

void reportImport(const QString &file, const ImportSummary &s) {
    out(CliText::tr("%1: %2 added, %3 updated, %4 unchanged, %5 new vendors, %6 vendors updated\n")
            .arg(printable(file))
            .arg(s.added)
            .arg(s.updated)
            .arg(s.unchanged)
            .arg(s.vendorsCreated)
            .arg(s.vendorsUpdated)
            .toUtf8());
    for (const QString &note : s.notes)
        out((u"  "_s + printable(CliText::tr("note: %1").arg(note)) + u'\n').toUtf8());
    if (s.notesCut)
        out((u"  "_s + CliText::tr("note: there may be more such vendors; the list stops here") +
             u'\n')
                .toUtf8());
}

// The vendors the --vendor options name; unknown names are an error.
QList<Vendor> namedVendors(const Store &store, const Options &o) {
    QList<Vendor> vendors;
    for (const QString &name : valuesOf(o, u"--vendor"_s)) {
        const auto v = store.findVendor(name);
        if (!v)
            throw Error(CliText::tr("--vendor: no vendor named \"%1\"").arg(name));
        vendors.append(*v);
    }
    return vendors;
}

// The canonical names of the --vendor options.
QStringList vendorsOf(const Store &store, const Options &o) {
    QStringList vendors;
    for (const Vendor &v : namedVendors(store, o))
        vendors.append(v.name);
    return vendors;
}

// Every government's status for the map: on `asOf`, for `vendors` (empty: every vendor).
QHash<QString, Status> mapStatuses(const Store &store, const QStringList &vendors, QDate asOf) {
    QStringList codes;
    for (const Country &c : store.countries())
        codes.append(c.code);
    const StatusResolver resolver(store.statusFactsFor({}, vendors), store.vendors());
    return resolver.resolveCountries(codes, vendors, asOf);
}

// The date of --as-of, or today.
QDate asOfOrToday(const Options &o) {
    return o.values.contains(u"--as-of"_s) ? parseAsOf(o.values.value(u"--as-of"_s))
                                           : QDate::currentDate();
}

// The map's governments and classes as GeoJSON: what `map` draws, as data.
int geoJsonExport(Store &store, const Options &o, const QString &target) {
    GeoJsonContent content;
    content.asOf = asOfOrToday(o);
    content.vendors = vendorsOf(store, o);
    content.countries = store.countries();
    content.statuses = mapStatuses(store, content.vendors, content.asOf);
    writeMapGeoJson(target, store.path(), content);
    return 0;
}

int exportCommand(Store &store, const Options &o) {
    if (!o.positional.isEmpty())
        throw UsageError{CliText::tr("export takes no file argument; use --out FILE")};
    const QString format = o.values.value(u"--format"_s);
    const QString path = o.values.value(u"--out"_s);
    if (format == u"geojson"_s)
        return geoJsonExport(store, o, path.isEmpty() ? u"-"_s : path);
    if (format != u"csv"_s && format != u"json"_s)
        throw UsageError{CliText::tr("--format must be csv, json or geojson")};
    if (o.values.contains(u"--as-of"_s) || o.values.contains(u"--vendor"_s))
        throw UsageError{CliText::tr("--as-of and --vendor are for --format geojson; csv and "
                                     "json export every decision")};
    const QStringList losses =
        exportToFile(store, format == u"csv"_s ? ExportFormat::Csv : ExportFormat::Json,
                     path.isEmpty() ? u"-"_s : path);
    // Said, not hidden: what one row per decision cannot carry.
    if (!losses.isEmpty()) {
        std::fprintf(stderr, "banatlas: note: %s; --format json keeps everything\n",
                     losses.join(u"; "_s).toUtf8().constData());
    }
    return 0;
}

int mapCommand(Store &store, const Options &o) {
    if (!o.positional.isEmpty())
        throw UsageError{CliText::tr("map takes no positional argument; use --out FILE")};
    const QString path = o.values.value(u"--out"_s);
    if (path.isEmpty())
        throw UsageError{CliText::tr("map needs --out FILE.png, FILE.svg or FILE.pdf")};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s)
        throw UsageError{CliText::tr("--out must end in .png, .svg or .pdf")};
    const QDate asOf = asOfOrToday(o);
    const QStringList vendors = vendorsOf(store, o);
    MapContent content;
    content.statuses = mapStatuses(store, vendors, asOf);
    const QString title = mapTitle(vendors, asOf);
    const QString subtitle = mapSubtitle(store.decisionCount(), QFileInfo(store.path()).fileName());
    writeMap(path, store.path(), WorldMap::bundled(), content, title, subtitle);
    return 0;
}

// The decisions of `report --ids 3,7,12` (the option may be given more than once), and
// how they were chosen, for the cover. Whether each exists is the report's to check.
void chooseReportDecisions(const Options &o, ReportOptions &options) {
    if (o.values.contains(u"--country"_s) || o.values.contains(u"--group"_s))
        throw UsageError{CliText::tr("--ids chooses the governments: leave out --country and "
                                     "--group")};
    QList<qint64> ids;
    QStringList named; // for the cover, the first few
    constexpr qsizetype kNamedOnCover = 20;
    for (const QString &list : valuesOf(o, u"--ids"_s)) {
        for (const QString &text : list.split(u',')) {
            bool ok = false;
            const qint64 id = text.trimmed().toLongLong(&ok);
            if (!ok || id < 1 || id > kMaxId)
                throw UsageError{
                    CliText::tr("--ids: \"%1\" is not a decision id").arg(printable(text))};
            ids.append(id);
            if (named.size() < kNamedOnCover)
                named.append(QString::number(id));
        }
    }
    if (ids.size() > kNamedOnCover)
        named.append(CliText::tr("… (%1 in all)").arg(ids.size()));
    options.selection = CliText::tr("ids given on the command line: %1").arg(named.join(u", "_s));
    options.decisions = ids;
}

int reportCommand(Store &store, const Options &o) {
    if (!o.positional.isEmpty())
        throw UsageError{CliText::tr("report takes no positional argument; use --out FILE.pdf")};
    const QString path = o.values.value(u"--out"_s);
    if (path.isEmpty() || !path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        throw UsageError{CliText::tr("report needs --out FILE.pdf")};
    ReportOptions options;
    if (o.values.contains(u"--as-of"_s))
        options.asOf = parseAsOf(o.values.value(u"--as-of"_s));
    if (o.values.contains(u"--compare"_s))
        options.compare = parseAsOf(o.values.value(u"--compare"_s));
    options.vendors = vendorsOf(store, o);
    for (const QString &text : valuesOf(o, u"--country"_s)) {
        const auto code = store.resolveCountry(text);
        if (!code)
            throw Error(CliText::tr("--country: no country \"%1\"").arg(text));
        options.countries.append(*code);
    }
    options.group = o.values.value(u"--group"_s);
    if (!options.group.isEmpty() && !store.group(options.group))
        throw Error(CliText::tr("--group: no group \"%1\" (groups: EU, NATO, FIVE_EYES, G7, QUAD)")
                        .arg(options.group));
    const QString paper = o.values.value(u"--paper"_s, u"a4"_s).toLower();
    if (paper != u"a4"_s && paper != u"letter"_s)
        throw UsageError{CliText::tr("--paper must be a4 or letter")};
    options.pageSize = paper == u"letter"_s ? QPageSize::Letter : QPageSize::A4;
    if (o.flags.contains(u"--landscape"_s))
        options.orientation = QPageLayout::Landscape;
    if (o.values.contains(u"--ids"_s))
        chooseReportDecisions(o, options);
    writeReport(path, store, options);
    return 0;
}

// The governments named by --country (none: every one).
QStringList namedCountries(const Store &store, const Options &o) {
    QStringList countries;
    for (const QString &text : valuesOf(o, u"--country"_s)) {
        const auto code = store.resolveCountry(text);
        if (!code)
            throw Error(CliText::tr("--country: no country \"%1\"").arg(text));
        countries.append(*code);
    }
    return countries;
}

// Every government the store knows.
QStringList allCountries(const Store &store) {
    QStringList countries;
    for (const Country &c : store.countries())
        countries.append(c.code);
    return countries;
}

QString idList(const QList<qint64> &ids) {
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(u',');
}

int statusCommand(Store &store, const Options &o) {
    if (!o.positional.isEmpty())
        throw UsageError{CliText::tr("status takes no positional argument")};
    if (!o.values.contains(u"--as-of"_s))
        throw UsageError{CliText::tr("status needs --as-of DATE")};
    const QDate asOf = parseAsOf(o.values.value(u"--as-of"_s));

    const QStringList vendors = vendorsOf(store, o);
    const QStringList named = namedCountries(store, o);
    const QStringList countries = named.isEmpty() ? allCountries(store) : named;

    // Only the facts that can decide: the governments and vendors asked about.
    const StatusResolver resolver(store.statusFactsFor(named, vendors), store.vendors());
    const auto statuses = resolver.resolveCountries(countries, vendors, asOf);
    const bool csv = o.flags.contains(u"--csv"_s);
    QByteArray text =
        csv ? csvRecord({u"country"_s, u"class"_s, u"pending"_s, u"decisions"_s}) : QByteArray();
    for (const QString &c : std::as_const(countries)) {
        const Status s = statuses.value(c);
        const QStringList fields{c, toId(s.statusClass), s.pending ? u"1"_s : u"0"_s,
                                 idList(s.inEffect)};
        text += csv ? csvRecord(fields) : fields.join(u'\t').toUtf8() + '\n';
    }
    out(text);
    return 0;
}

// Each government's history as periods of one class and pending flag (the status rules
// of `status`, evaluated wherever a decision starts, takes effect or ends).
int timelineCommand(Store &store, const Options &o) {
    if (!o.positional.isEmpty())
        throw UsageError{CliText::tr("timeline takes no positional argument")};
    const QStringList vendors = vendorsOf(store, o);
    const QStringList named = namedCountries(store, o);
    const QStringList countries = named.isEmpty() ? allCountries(store) : named;
    const StatusResolver resolver(store.statusFactsFor(named, vendors), store.vendors());
    const bool csv = o.flags.contains(u"--csv"_s);
    QByteArray text = csv ? csvRecord({u"country"_s, u"from"_s, u"to"_s, u"class"_s, u"pending"_s,
                                       u"decisions"_s})
                          : QByteArray();
    for (const QString &c : countries) {
        for (const StatusPeriod &p : resolver.periods(c, vendors)) {
            const QStringList fields{c,
                                     p.from.toString(Qt::ISODate),
                                     p.to.isValid() ? p.to.toString(Qt::ISODate) : QString(),
                                     toId(p.statusClass),
                                     p.pending ? u"1"_s : u"0"_s,
                                     idList(p.decisions)};
            text += csv ? csvRecord(fields) : fields.join(u'\t').toUtf8() + '\n';
        }
    }
    out(text);
    return 0;
}

// The filters of `search` (every one given must hold).
DecisionFilter searchFilter(const Store &store, const Options &o) {
    DecisionFilter filter;
    try {
        filter.text = SearchQuery::parse(o.positional.first());
    } catch (const SearchSyntaxError &e) {
        throw UsageError{e.message()};
    }
    for (const Vendor &v : namedVendors(store, o))
        filter.vendorIds.append(v.id);
    filter.countries = namedCountries(store, o);
    for (const QString &text : valuesOf(o, u"--measure"_s)) {
        const auto m = measureFromId(text);
        if (!m) {
            QStringList ids;
            for (Measure each : allMeasures())
                ids.append(toId(each));
            throw UsageError{CliText::tr("--measure: no measure \"%1\" (measures: %2)")
                                 .arg(text, ids.join(u", "_s))};
        }
        filter.measures.append(*m);
    }
    if (o.values.contains(u"--from"_s))
        filter.announcedFrom = parseDateOption(u"--from"_s, o.values.value(u"--from"_s));
    if (o.values.contains(u"--to"_s)) {
        // Up to the end of a partial date: --to 2023 includes all of 2023.
        const QString to = o.values.value(u"--to"_s);
        const QDate first = parseDateOption(u"--to"_s, to);
        const auto partial = PartialDate::parse(to);
        filter.announcedTo =
            partial->precision() == PartialDate::Precision::Year    ? first.addYears(1).addDays(-1)
            : partial->precision() == PartialDate::Precision::Month ? first.addMonths(1).addDays(-1)
                                                                    : first;
    }
    if (o.values.contains(u"--in-effect"_s)) {
        const QDate date = parseDateOption(u"--in-effect"_s, o.values.value(u"--in-effect"_s));
        const QStringList countries =
            filter.countries.isEmpty() ? allCountries(store) : filter.countries;
        const StatusResolver resolver(store.statusFacts(filter.countries), store.vendors());
        filter.among = decisionsInEffect(resolver, countries, date);
    }
    return filter;
}

// Decisions found by full text and filters, best match first (with no words: newest first).
int searchCommand(Store &store, const Options &o) {
    if (o.positional.size() != 1)
        throw UsageError{CliText::tr("search takes one QUERY (quote it; \"\" for none)")};
    qsizetype limit = -1;
    if (o.values.contains(u"--limit"_s)) {
        bool ok = false;
        limit = o.values.value(u"--limit"_s).toLongLong(&ok);
        if (!ok || limit < 0)
            throw UsageError{CliText::tr("--limit needs a whole number, 0 or more")};
    }
    const DecisionFilter filter = searchFilter(store, o);
    const bool byRelevance = !filter.text.isEmpty();
    const QList<qint64> ids = store.findDecisions(
        filter, byRelevance ? DecisionOrder::Relevance : DecisionOrder::Announced, !byRelevance,
        limit);
    const bool csv = o.flags.contains(u"--csv"_s);
    QByteArray text =
        csv ? csvRecord({u"id"_s, u"country"_s, u"announced"_s, u"measure"_s, u"title"_s})
            : QByteArray();
    // A thousand at a time: whole decisions are read, in the order found.
    constexpr qsizetype kChunk = 1000;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QHash<qint64, Decision> byId;
        for (Decision &d : store.decisions(chunk))
            byId.insert(d.id, std::move(d));
        for (qint64 id : chunk) {
            const auto found = byId.constFind(id);
            if (found == byId.cend())
                continue; // deleted meanwhile by a window beside this command
            const Decision &d = *found;
            const QStringList fields{QString::number(id), d.country, d.announced.toString(),
                                     toId(d.measure), csv ? d.title : printable(d.title)};
            text += csv ? csvRecord(fields) : fields.join(u'\t').toUtf8() + '\n';
        }
        out(text);
        text.clear();
    }
    if (csv && ids.isEmpty())
        out(text);
    return 0;
}

} // namespace

bool needsPainting(const QStringList &args) {
    return args.contains(u"map"_s) || args.contains(u"report"_s);
}

bool wantsCommandLine(const QStringList &args) {
    // Qt's own GUI options that take a value (see QGuiApplication).
    static const QStringList qtOptionsWithValue = {
        u"-platform"_s,   u"-style"_s,        u"-display"_s,    u"-qwindowgeometry"_s,
        u"-stylesheet"_s, u"-qwindowtitle"_s, u"-qwindowicon"_s};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--version"_s || a == u"--help"_s || a == u"-h"_s)
            return true;
        if (a == u"--db"_s || qtOptionsWithValue.contains(a)) {
            ++i;
            continue;
        }
        if (a.endsWith(u".banatlas"_s) && QFileInfo(a).isFile())
            continue; // a database to open in the window (as the file manager passes it)
        if (!a.startsWith(u'-'))
            return true; // a command, or a mistake that deserves a one-line error
    }
    return false;
}

QString databasePathFrom(const QStringList &args) {
    for (const QString &a : args) {
        if (a.endsWith(u".banatlas"_s) && QFileInfo(a).isFile())
            return a;
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--db"_s && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--db="_s))
            return args[i].mid(5);
    }
    return defaultDatabasePath();
}

int run(const QStringList &args, int backupsToKeep) {
    auto fail = [](const QString &message, int code) {
        QString line = message;
        line.replace(u'\n', u' ');
        line = printable(line);
        std::fprintf(stderr, "banatlas: %s\n", line.toUtf8().constData());
        return code;
    };
    try {
        if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
            out(usage().toUtf8());
            return 0;
        }
        if (args.contains(u"--version"_s)) {
            out(QByteArray("banatlas " BANATLAS_VERSION "\n"));
            return 0;
        }
        const Options o = parse(args);
        if (o.command == u"team"_s)
            return teamCommand(o); // on a server, never a file
        const QString path = o.db.isEmpty() ? defaultDatabasePath() : o.db;
        if (o.command == u"import"_s && o.positional.size() == 1 &&
            isDatabaseFile(o.positional.first()) && !isServerAddress(path)) {
            // Refused before a database file is opened (or made, and seeded).
            throw StoreError(CliText::tr("%1: a local copy comes back into the team database "
                                         "it was copied from (--db postgresql://…), not into "
                                         "a file")
                                 .arg(o.positional.first()));
        }
        if (o.command == u"import"_s && o.flags.contains(u"--dry-run"_s))
            return dryRunCommand(path, o); // writes nothing: the database is only read
        // Only an import writes (and may create the database). The other commands read an
        // existing file read-only, so they work beside a window that has it open and on
        // read-only files; a missing one is an error, never a new database.
        const bool reads = o.command != u"import"_s;
        const auto store = openDatabase(path, o.noSeed ? Seed::None : Seed::Bundled,
                                        reads ? Access::ReadOnly : Access::ReadWrite,
                                        kQuickCheckAtOpenBytes, askOnTerminal);
        store->setBackupsToKeep(backupsToKeep);
        int code = 0;
        if (o.command == u"import"_s)
            code = importCommand(*store, o);
        else if (o.command == u"export"_s)
            code = exportCommand(*store, o);
        else if (o.command == u"map"_s)
            code = mapCommand(*store, o);
        else if (o.command == u"report"_s)
            code = reportCommand(*store, o);
        else if (o.command == u"timeline"_s)
            code = timelineCommand(*store, o);
        else if (o.command == u"search"_s)
            code = searchCommand(*store, o);
        else
            code = statusCommand(*store, o);
        if (store->textsWereCut()) {
            // Said once, not for each text.
            std::fprintf(
                stderr, "banatlas: note: %s\n",
                CliText::tr("%1 holds texts beyond BanAtlas's limits (too long, or with control "
                            "characters); they were cut or cleaned, marked \"[cut: …]\"")
                    .arg(printable(store->path()))
                    .toUtf8()
                    .constData());
        }
        return code;
    } catch (const UsageError &e) {
        return fail(e.message + CliText::tr(" (see banatlas --help)"), 2);
    } catch (const Error &e) {
        return fail(e.message(), 1);
    } catch (const std::bad_alloc &) {
        return fail(
            CliText::tr("out of memory: the input is too large for this machine; nothing was "
                        "written"),
            1);
    } catch (const std::exception &e) {
        return fail(CliText::tr("unexpected error: %1").arg(QString::fromLocal8Bit(e.what())), 1);
    }
}

} // namespace banatlas::cli
