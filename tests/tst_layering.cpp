// The layers of ARCHITECTURE.md, checked on the sources: every quoted #include in core/,
// ui/ and app/ is resolved to the file it names, and an include that runs up a layer
// (storage including document, core including ui, …) fails the test, as does a core file
// that includes a header of its own folder without naming the folder, or a source file
// that no CMakeLists.txt lists. Also the translation rules: every message has a context
// of its own (no catch-all helper), and the German catalogue translates every message.

#include "helpers/testsetup.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What each part may include besides itself. A part is a folder of core/ ("storage"),
// "ui" or "app". The order of ARCHITECTURE.md, from the bottom up.
const QHash<QString, QSet<QString>> &allowedIncludes() {
    static const QHash<QString, QSet<QString>> allowed = [] {
        QHash<QString, QSet<QString>> a;
        a[u"domain"_s] = {};
        a[u"formats"_s] = {u"domain"_s};
        a[u"i18n"_s] = {u"domain"_s, u"formats"_s};
        a[u"storage"_s] = {u"domain"_s, u"formats"_s};
        a[u"geo"_s] = {u"domain"_s, u"formats"_s};
        a[u"interchange"_s] = {u"domain"_s, u"formats"_s, u"storage"_s};
        a[u"painting"_s] = {u"domain"_s, u"formats"_s, u"i18n"_s, u"storage"_s, u"geo"_s};
        const QSet<QString> core{u"domain"_s,      u"formats"_s, u"i18n"_s,    u"storage"_s,
                                 u"interchange"_s, u"geo"_s,     u"painting"_s};
        a[u"document"_s] = core;
        a[u"ui"_s] = core + QSet<QString>{u"document"_s};
        a[u"app"_s] = core + QSet<QString>{u"document"_s, u"ui"_s};
        return a;
    }();
    return allowed;
}

// The part a path relative to the root belongs to: "core/storage/store.h" → "storage",
// "ui/mainwindow.h" → "ui"; empty for anything else.
QString partOf(const QString &relative) {
    const QStringList parts = relative.split(u'/');
    if (parts.size() >= 3 && parts[0] == u"core"_s)
        return parts[1];
    if (parts.size() >= 2 && (parts[0] == u"ui"_s || parts[0] == u"app"_s))
        return parts[0];
    return {};
}

QStringList sourcesUnder(const QString &root) {
    QStringList out;
    for (const QString &top : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(root + u'/' + top, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(QDir(root).relativeFilePath(it.next()));
    }
    out.sort();
    return out;
}

QString readText(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The file a quoted include of `from` names, relative to the root: beside the including
// file first, then from core/ (where includes name their folder), then ui/.
QString resolveInclude(const QString &root, const QString &from, const QString &name) {
    const QString besides = QFileInfo(from).path() + u'/' + name;
    for (const QString &candidate : QStringList{besides, u"core/"_s + name, u"ui/"_s + name}) {
        if (QFileInfo::exists(root + u'/' + candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

// Every breach of the layer rules under `root`, one line each: "file:line: what".
QStringList layerBreaches(const QString &root) {
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*\"([^\"]+)\""_s,
                                            QRegularExpression::MultilineOption);
    QStringList breaches;
    for (const QString &file : sourcesUnder(root)) {
        const QString from = partOf(file);
        const QString text = readText(root + u'/' + file);
        for (auto it = include.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1);
            const int line = int(text.left(m.capturedStart()).count(u'\n')) + 1;
            const QString where = u"%1:%2: "_s.arg(file).arg(line);
            if (name.endsWith(u".moc"_s))
                continue;
            const QString target = resolveInclude(root, file, name);
            if (target.isEmpty()) {
                breaches.append(where + u"\"%1\" names no file of the project"_s.arg(name));
                continue;
            }
            const QString to = partOf(target);
            if (file.startsWith(u"core/"_s) && target.startsWith(u"core/"_s) &&
                !name.contains(u'/'))
                breaches.append(
                    where + u"\"%1\" should name its folder (\"%2\")"_s.arg(name, target.mid(5)));
            if (to != from && !allowedIncludes().value(from).contains(to))
                breaches.append(where + u"%1 includes %2 (\"%3\"), a layer above it"_s.arg(
                                            from.isEmpty() ? file : from, to, name));
        }
    }
    return breaches;
}

// The core and ui sources that no CMakeLists.txt beside or above them lists.
QStringList unlisted(const QString &root) {
    QStringList out;
    for (const QString &file : sourcesUnder(root)) {
        bool listed = false;
        for (QString dir = QFileInfo(file).path(); !listed && !dir.isEmpty() && dir != u"."_s;
             dir = QFileInfo(dir).path()) {
            const QString lists = readText(root + u'/' + dir + u"/CMakeLists.txt"_s);
            const QString relative = file.mid(dir.size() + 1);
            listed = QRegularExpression(u"(^|[\\s(])"_s + QRegularExpression::escape(relative) +
                                            u"($|[\\s)])"_s,
                                        QRegularExpression::MultilineOption)
                         .match(lists)
                         .hasMatch();
        }
        if (!listed)
            out.append(file);
    }
    return out;
}

void writeFile(const QString &path, const QByteArray &text) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestLayering : public QObject {
    Q_OBJECT

private slots:
    void init() { banatlas::testing::failOnQtWarnings(); }

    void noIncludeRunsUpALayer() {
        const QStringList files = sourcesUnder(QStringLiteral(BANATLAS_SOURCE_DIR));
        // The tree is really there (a wrong root would find nothing and pass).
        QVERIFY2(files.size() > 100, qPrintable(QString::number(files.size())));
        QVERIFY(files.contains(u"core/storage/store.cpp"_s));
        const QStringList breaches = layerBreaches(QStringLiteral(BANATLAS_SOURCE_DIR));
        QVERIFY2(breaches.isEmpty(), qPrintable(breaches.join(u'\n')));
    }

    void everySourceIsListed() {
        const QStringList missing = unlisted(QStringLiteral(BANATLAS_SOURCE_DIR));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    // A message's context names its class or subject (Q_DECLARE_TR_FUNCTIONS, or
    // QCoreApplication::translate with that name): a catch-all context, or a tr() helper
    // of a file's own, lets lupdate file a message under one context while the program
    // asks for it under another, and the translation silently never shows.
    void noCatchAllTranslationContext() {
        static const QRegularExpression helper(
            u"QString\\s+tr\\s*\\(\\s*const\\s+char|auto\\s+tr\\s*=|translate\\(\\s*\"banatlas\"|"
            "QT_TRANSLATE_NOOP\\(\\s*\"banatlas\"|QT_TR_NOOP\\("_s);
        QStringList found;
        const QString root = QStringLiteral(BANATLAS_SOURCE_DIR);
        for (const QString &file : sourcesUnder(root)) {
            const QString text = readText(root + u'/' + file);
            for (auto it = helper.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                found.append(u"%1:%2: %3"_s.arg(file)
                                 .arg(text.left(m.capturedStart()).count(u'\n') + 1)
                                 .arg(m.captured()));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Every message of the German catalogue is translated and none is left unfinished
    // (lupdate marks new and changed texts so).
    void germanCatalogueIsComplete() {
        QFile ts(QStringLiteral(BANATLAS_SOURCE_DIR "/resources/translations/banatlas_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression message(u"<message[^>]*>.*?</message>"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression translation(
            u"<translation>[^<]+</translation>|<translation>\\s*<numerusform>"_s);
        int messages = 0;
        QStringList untranslated;
        for (auto it = message.globalMatch(text); it.hasNext();) {
            const QString m = it.next().captured();
            ++messages;
            if (!translation.match(m).hasMatch())
                untranslated.append(m.simplified().left(160));
        }
        QVERIFY2(messages > 500, qPrintable(QString::number(messages)));
        // No message is filed under the catch-all context (QT_TR_NOOP outside a class
        // lands there, while the code asks under its class's context).
        QVERIFY(!text.contains(u"<name>banatlas</name>"_s));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    }

    // The checker itself, on a tree made to break each rule once.
    void theCheckerFindsEachKindOfBreach() {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root + u"/core/domain/types.h"_s, "#pragma once\n");
        writeFile(root + u"/core/document/document.h"_s, "#include \"domain/types.h\"\n");
        writeFile(root + u"/core/storage/store.h"_s,
                  "#include \"domain/types.h\"\n#include \"document/document.h\"\n");
        writeFile(root + u"/core/storage/backup.h"_s, "#include \"store.h\"\n");
        writeFile(root + u"/core/geo/map.cpp"_s, "#include \"mainwindow.h\"\n");
        writeFile(root + u"/core/geo/gone.cpp"_s, "#include \"geo/gone.h\"\n");
        writeFile(root + u"/ui/mainwindow.h"_s, "#include \"document/document.h\"\n");
        writeFile(root + u"/app/main.cpp"_s, "#include \"mainwindow.h\"\n#include \"x.moc\"\n");
        writeFile(root + u"/core/CMakeLists.txt"_s,
                  "add(\n    domain/types.h\n    storage/store.h storage/backup.h\n"
                  "    geo/map.cpp geo/gone.cpp\n)\n");
        writeFile(root + u"/core/document/CMakeLists.txt"_s, "add(document.h)\n");
        writeFile(root + u"/ui/CMakeLists.txt"_s, "add(mainwindow.h)\n");
        const QStringList breaches = layerBreaches(root);
        const QStringList want{
            u"core/geo/gone.cpp:1: \"geo/gone.h\" names no file of the project"_s,
            u"core/geo/map.cpp:1: geo includes ui (\"mainwindow.h\"), a layer above it"_s,
            u"core/storage/backup.h:1: \"store.h\" should name its folder (\"storage/store.h\")"_s,
            u"core/storage/store.h:2: storage includes document (\"document/document.h\"), a "
            "layer above it"_s,
        };
        QCOMPARE(breaches, want);
        // app/main.cpp is in no CMakeLists.txt of the tree.
        QCOMPARE(unlisted(root), QStringList{u"app/main.cpp"_s});
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
