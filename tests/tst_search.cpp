// Full-text search: the syntax analysts type (and its errors, with their columns), the
// FTS5 index kept in step with the decisions through every kind of change, search
// combined with the filters, and, on the bundled data, every search compared with a plain
// scan of every decision's text.
#include "document/document.h"
#include "domain/searchquery.h"
#include "helpers/storehelpers.h"
#include "helpers/teststores.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "storage/decisionquery.h"
#include "storage/pgschema.h"
#include "storage/store.h"

#include "helpers/testsetup.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

Source source(const QString &title, const QString &publisher, const QString &url) {
    Source s;
    s.title = title;
    s.publisher = publisher;
    s.url = url;
    return s;
}

// FTS5's own check of the index against the text it reads (rank 1: the content too); on a
// server, every decision's document and length compared with those made anew.
QString searchIndexCheck(Store &store) {
    QSqlQuery q(store.database());
    if (store.engine() == Engine::Postgres) {
        if (!q.exec(u"SELECT count(*) FROM ("_s + postgresSearchDocumentsOf(u"TRUE"_s) +
                    u") f FULL JOIN decision_search s ON s.decision_id = f.id WHERE f.id IS "
                    "NULL OR s.decision_id IS NULL OR f.document <> s.document OR f.size <> "
                    "s.size"_s) ||
            !q.next())
            return q.lastError().text();
        return q.value(0).toInt() == 0 ? u"ok"_s : u"%1 documents differ"_s.arg(q.value(0).toInt());
    }
    if (!q.exec(u"INSERT INTO decision_search (decision_search, rank) "
                "VALUES ('integrity-check', 1)"_s))
        return q.lastError().text();
    return u"ok"_s;
}

// The ids whose stored text contains every term of `terms` (each a whole folded word, or
// a beginning): the plain reference the index is compared with.
QSet<qint64> scanFor(const Store &store, const QList<SearchTerm> &terms) {
    QSet<qint64> ids;
    for (const Decision &d : store.decisions()) {
        QString text = d.title + u' ' + d.summary;
        for (const Source &s : d.sources)
            text += u' ' + s.title + u' ' + s.publisher + u' ' + s.url;
        bool all = true;
        for (const SearchTerm &t : terms)
            all = all && !searchMatches(text, {t}).isEmpty();
        if (all)
            ids.insert(d.id);
    }
    return ids;
}

QSet<qint64> setOf(const QList<qint64> &ids) {
    return QSet<qint64>(ids.begin(), ids.end());
}

QList<qint64> search(const Store &store, const QString &text) {
    DecisionFilter f;
    f.text = SearchQuery::parse(text);
    return store.findDecisions(f);
}

} // namespace

class TestSearch final : public QObject {
    Q_OBJECT

    testing::TestDatabases m_databases; // files, or a server (tests/helpers/teststores.h)

    std::unique_ptr<Store> bundledStore() { return m_databases.fresh(u"s"_s, Seed::Bundled); }

private slots:
    void init() { testing::failOnQtWarnings(); }

    void syntax_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("fts");
        QTest::newRow("word") << u"drone"_s << u"\"drone\""_s;
        QTest::newRow("two words are both") << u"huawei zte"_s << u"(\"huawei\" AND \"zte\")"_s;
        QTest::newRow("prefix") << u"drone*"_s << u"\"drone\" *"_s;
        QTest::newRow("phrase") << u"\"federal register\""_s << u"\"federal register\""_s;
        QTest::newRow("phrase prefix") << u"\"federal reg\"*"_s << u"\"federal reg\" *"_s;
        QTest::newRow("or") << u"huawei OR zte"_s << u"(\"huawei\" OR \"zte\")"_s;
        QTest::newRow("not") << u"huawei NOT zte"_s << u"(\"huawei\" NOT \"zte\")"_s;
        QTest::newRow("NOT before AND before OR")
            << u"a OR b c NOT d"_s << u"(\"a\" OR (\"b\" AND (\"c\" NOT \"d\")))"_s;
        QTest::newRow("parentheses")
            << u"(huawei OR zte) 5g"_s << u"((\"huawei\" OR \"zte\") AND \"5g\")"_s;
        QTest::newRow("explicit AND") << u"a AND b"_s << u"(\"a\" AND \"b\")"_s;
        QTest::newRow("lower-case or is a word")
            << u"a or b"_s << u"((\"a\" AND \"or\") AND \"b\")"_s;
        // What FTS5 would read as its own syntax stays a word.
        QTest::newRow("column filter is text") << u"title:drone"_s << u"\"title:drone\""_s;
        QTest::newRow("NEAR is text") << u"NEAR(a b)"_s << u"(\"NEAR\" AND (\"a\" AND \"b\"))"_s;
        QTest::newRow("caret is text") << u"^huawei"_s << u"\"^huawei\""_s;
        QTest::newRow("markup is text") << u"<b>x</b>"_s << u"\"<b>x</b>\""_s;
        QTest::newRow("blank") << u"   "_s << QString();
    }
    void syntax() {
        QFETCH(QString, typed);
        QFETCH(QString, fts);
        QCOMPARE(SearchQuery::parse(typed).ftsExpression(), fts);
        QCOMPARE(SearchQuery::parse(typed).isEmpty(), fts.isEmpty());
    }

    void syntaxErrors_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("unclosed quote") << u"huawei \"federal"_s << 8 << u"never closed"_s;
        QTest::newRow("OR at the end") << u"huawei OR"_s << 8 << u"OR needs"_s;
        QTest::newRow("OR at the start") << u"OR huawei"_s << 1 << u"OR needs"_s;
        QTest::newRow("NOT at the start") << u"NOT zte"_s << 1 << u"NOT needs"_s;
        QTest::newRow("two operators") << u"a AND OR b"_s << 7 << u"OR needs"_s;
        QTest::newRow("unclosed parenthesis") << u"a (b OR c"_s << 3 << u"never closed"_s;
        QTest::newRow("stray parenthesis") << u"a b)"_s << 4 << u"closes none"_s;
        QTest::newRow("empty parentheses") << u"a ()"_s << 3 << u"hold nothing"_s;
        QTest::newRow("empty quotes") << u"a \"\""_s << 3 << u"no word"_s;
        QTest::newRow("only punctuation") << u"huawei --"_s << 8 << u"no letter or digit"_s;
        QTest::newRow("only a star") << u"*"_s << 1 << u"no letter or digit"_s;
    }
    void syntaxErrors() {
        QFETCH(QString, typed);
        QFETCH(int, column);
        QFETCH(QString, says);
        try {
            SearchQuery::parse(typed);
            QFAIL("no error");
        } catch (const SearchSyntaxError &e) {
            QCOMPARE(e.column(), column);
            QVERIFY2(e.reason().contains(says), qPrintable(e.message()));
            QVERIFY(e.message().contains(u"column %1"_s.arg(column)));
            QVERIFY(!e.message().contains(u'\n'));
        }
    }

    void foldingAndMatches() {
        // As the index folds (unicode61, remove_diacritics 2): ß stays itself.
        QCOMPARE(foldForSearch(u"Türkiye ÉCOLE Straße"), u"turkiye ecole straße"_s);
        const SearchQuery q = SearchQuery::parse(u"turkiye drone* NOT zte"_s);
        QCOMPARE(q.terms(), (QList<SearchTerm>{{u"turkiye"_s, false}, {u"drone"_s, true}}));
        const QString text = u"<b>Türkiye</b> bans drones; ZTE, dronely, undrone"_s;
        const QList<TextMatch> m = searchMatches(text, q.terms());
        QCOMPARE(m.size(), 3);
        QCOMPARE(text.mid(m[0].start, m[0].length), u"Türkiye"_s);
        QCOMPARE(text.mid(m[1].start, m[1].length), u"drones"_s);
        QCOMPARE(text.mid(m[2].start, m[2].length), u"dronely"_s);
    }

    // On the bundled data, each query finds exactly what a scan of every text finds.
    void bundledSearchEqualsScan_data() {
        QTest::addColumn<QString>("typed");
        for (const char *q : {"huawei", "Huawei", "HUAWEI", "zte", "drone*", "5g", "ban*", "tiktok",
                              "kaspersky", "federalregister", "gov", "reuters", "commerce",
                              "entity list", "hik*", "turkiye", "ministry"})
            QTest::newRow(q) << QString::fromUtf8(q);
    }
    void bundledSearchEqualsScan() {
        QFETCH(QString, typed);
        const auto store = bundledStore();
        const SearchQuery q = SearchQuery::parse(typed);
        const QSet<qint64> expected = scanFor(*store, q.terms());
        QCOMPARE(setOf(search(*store, typed)), expected);
    }

    void bundledPhraseOrNot() {
        const auto store = bundledStore();
        const QSet<qint64> huawei = setOf(search(*store, u"huawei"_s));
        const QSet<qint64> zte = setOf(search(*store, u"zte"_s));
        QVERIFY(!huawei.isEmpty() && !zte.isEmpty());
        QCOMPARE(setOf(search(*store, u"huawei OR zte"_s)), huawei | zte);
        QCOMPARE(setOf(search(*store, u"huawei NOT zte"_s)), huawei - zte);
        QCOMPARE(setOf(search(*store, u"huawei zte"_s)), huawei & zte);
        // A phrase: the words next to each other, in order.
        const QList<qint64> phrase = search(*store, u"\"entity list\""_s);
        QVERIFY(!phrase.isEmpty());
        for (const Decision &d : store->decisions(phrase)) {
            QString text = d.title + u' ' + d.summary;
            for (const Source &s : d.sources)
                text += u' ' + s.title + u' ' + s.publisher;
            QVERIFY2(foldForSearch(text).contains(u"entity list"_s), qPrintable(d.title));
        }
        QVERIFY(!setOf(search(*store, u"\"list entity\""_s)).intersects(setOf(phrase)));
    }

    // Best match first: a word in the title outranks the same word only in a source.
    void relevance() {
        auto store = m_databases.fresh(u"r"_s);
        Decision inSource = testing::exampleDecision(u"Something else"_s);
        inSource.sources = {source(u"Quokka report"_s, u"Pub"_s, u"https://e.org/x"_s)};
        const qint64 low = testing::addWithVendors(*store, inSource);
        const qint64 high = testing::addWithVendors(
            *store, testing::exampleDecision(u"Quokka ban on quokka gear"_s));
        QCOMPARE(search(*store, u"quokka"_s), (QList<qint64>{high, low}));
    }

    // Every change keeps the index equal to the text: FTS5's check, and searches for the
    // words that came and went.
    void indexFollowsEveryChange() {
        Document doc(m_databases.fresh(u"i"_s, Seed::Bundled));
        Store &store = const_cast<Store &>(doc.store());
        QCOMPARE(searchIndexCheck(store), u"ok"_s);

        Decision d = testing::exampleDecision(u"Wombat restriction"_s);
        d.sources = {
            source(u"Platypus gazette"_s, u"Echidna Press"_s, u"https://numbat.example/a"_s)};
        const qint64 id = doc.addDecision(d);
        QCOMPARE(searchIndexCheck(store), u"ok"_s);
        for (const QString &word : {u"wombat"_s, u"platypus"_s, u"echidna"_s, u"numbat"_s})
            QCOMPARE(search(store, word), QList<qint64>{id});

        Decision edited = *store.decision(id);
        edited.title = u"Koala restriction"_s;
        edited.sources.first().publisher = u"Dingo Press"_s;
        doc.editDecision(edited);
        QCOMPARE(searchIndexCheck(store), u"ok"_s);
        QCOMPARE(search(store, u"wombat"_s), {});
        QCOMPARE(search(store, u"echidna"_s), {});
        QCOMPARE(search(store, u"koala"_s), QList<qint64>{id});
        QCOMPARE(search(store, u"dingo"_s), QList<qint64>{id});

        doc.undo();
        QCOMPARE(searchIndexCheck(store), u"ok"_s);
        QCOMPARE(search(store, u"wombat"_s), QList<qint64>{id});
        QCOMPARE(search(store, u"koala"_s), {});
        doc.redo();
        QCOMPARE(search(store, u"koala"_s), QList<qint64>{id});

        doc.deleteDecision(id);
        QCOMPARE(searchIndexCheck(store), u"ok"_s);
        QCOMPARE(search(store, u"koala"_s), {});
        doc.undo(); // the deletion undone: found again
        QCOMPARE(searchIndexCheck(store), u"ok"_s);
        QCOMPARE(search(store, u"koala"_s).size(), 1);

        // A source added, then removed, on its own.
        const qint64 again = search(store, u"koala"_s).first();
        const qint64 sourceId =
            store.addSource(again, source(u"Quoll review"_s, u""_s, u"https://q.example/"_s));
        QCOMPARE(search(store, u"quoll"_s), QList<qint64>{again});
        store.removeSource(again, sourceId);
        QCOMPARE(search(store, u"quoll"_s), {});
        QCOMPARE(searchIndexCheck(store), u"ok"_s);
    }

    void indexFollowsImportAndRestore() {
        Document doc(m_databases.fresh(u"m"_s, Seed::Bundled));
        Store &store = const_cast<Store &>(doc.store());
        const qint64 stored = search(store, u"huawei"_s).first();
        // 2,100 new rows (batches of decisions, and of the index: BulkInsert::kSearchBatch),
        // one that changes a stored decision.
        QByteArray csv = "id,country,vendors,measure,scope,announced,title,summary,confidence,"
                         "source_title,source_url\n";
        for (int i = 0; i < 2100; ++i) {
            csv += QByteArray(","
                              "AU,Huawei,warning,5g_core,2021-01-01,Bandicoot note ") +
                   QByteArray::number(i) +
                   ",Summary,single_source,Quokka paper,https://bilby.example/" +
                   QByteArray::number(i) + "\n";
        }
        const Decision old = *store.decision(stored);
        csv += QByteArray::number(stored) + "," + old.country.toUtf8() + ",Huawei," +
               toId(old.measure).toUtf8() + ",5g_core," + old.announced.toString().toUtf8() +
               ",Marsupial retitled,,official,,\n";
        const QString file = m_databases.filePath(u"in.csv"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const ImportSummary summary = doc.importFile(file);
        QCOMPARE(summary.added, 2100);
        QCOMPARE(summary.updated, 1);
        QCOMPARE(searchIndexCheck(store), u"ok"_s);
        QCOMPARE(search(store, u"bandicoot"_s).size(), 2100);
        QCOMPARE(search(store, u"bilby"_s).size(), 2100);
        QCOMPARE(search(store, u"marsupial"_s), QList<qint64>{stored});

        if (testing::onServer())
            return; // a server's backups are its own (pg_dump)
        // Restoring the backup the import made: its words go with it.
        doc.restoreBackup(summary.backupPath);
        QCOMPARE(searchIndexCheck(store), u"ok"_s);
        QCOMPARE(search(store, u"bandicoot"_s), {});
        QCOMPARE(search(store, u"marsupial"_s), {});
        QVERIFY(search(store, u"huawei"_s).contains(stored));
    }

    // A file that adds a decision and, further down, changes it by the id it was given: the
    // index is told of the change after the row it changes (they wait in batches).
    void importChangesWhatItAdded() {
        auto store = m_databases.fresh(u"c"_s, Seed::Bundled);
        const qint64 next = store->findDecisions({}, DecisionOrder::Id, true, 1).first() + 1;
        QByteArray csv = "id,country,vendors,measure,scope,announced,title,confidence\n";
        csv += ",AU,Huawei,warning,5g_core,2021-01-01,Wallaby first,official\n";
        for (int i = 0; i < 70; ++i) // a batch of decisions written in between
            csv += ",NZ,ZTE,warning,5g_core,2021-02-01,Filler " + QByteArray::number(i) +
                   ",official\n";
        csv += QByteArray::number(next) + ",AU,Huawei,warning,5g_core,2021-01-01,Kangaroo second,"
                                          "official\n";
        importCsv(*store, csv, u"c.csv"_s);
        QCOMPARE(searchIndexCheck(*store), u"ok"_s);
        QCOMPARE(search(*store, u"wallaby"_s), {});
        QCOMPARE(search(*store, u"kangaroo"_s), QList<qint64>{next});
        QCOMPARE(search(*store, u"filler"_s).size(), 70);
    }

    // Unusual text is stored and indexed alike whichever way a decision is written (one at
    // a time, or by an import in batches, whose rows go to a server as JSON): in a file,
    // FTS5's own check; on a server, each document equals what the server's functions make
    // anew from the texts stored.
    void unusualTextIndexedAlikeEitherWay() {
        auto store = m_databases.fresh(u"u"_s, Seed::Bundled);
        const QStringList texts = {
            u"O'Brien's \\back\\slash \"quoted\" 'single'"_s,
            u"Österreich ÉCOLE Straße İstanbul Søren"_s,
            u"e\u0301te decomposed"_s,
            u"हिन्दी समाचार"_s,
            u"العربية مُشكَّلة"_s,
            u"81582e91cdac 1e5 5G 3.14 v2.0-beta"_s,
            u"日本語テキスト 中文 한국어"_s,
            u"emoji 🚀 rocket ☃ snow"_s,
            u"ﬁnance ² ① Ⅻ ＦＵＬＬＷＩＤＴＨ"_s,
            u"tab\there\nnewline"_s,
            u"zero\u200bwidth join\u200dx"_s,
            u"Ελληνικά Ωμέγα ǅ"_s,
            QString(3000, u'x') + u" tail"_s,
        };
        QByteArray csv = "country,vendors,measure,scope,announced,title,summary,confidence,"
                         "source_title,source_url\n";
        const auto field = [](const QString &t) -> QByteArray {
            return '"' + t.toUtf8().replace('"', "\"\"") + '"';
        };
        QList<qint64> added;
        for (const QString &text : texts) {
            const QString url = u"https://e.org/%1"_s.arg(added.size());
            // A word too long for a title or a source (and for a tsvector: left out there)
            // is in the summary only.
            const QString shortText = text.size() > 150 ? u"long"_s : text;
            Decision d;
            d.country = u"AU"_s;
            d.vendors = {u"Huawei"_s};
            d.measure = Measure::Warning;
            d.scopes = {Scope::Core5g};
            d.announced = *PartialDate::parse(u"2021-01-01"_s);
            d.title = u"One "_s + shortText;
            d.summary = text + u" summary"_s;
            d.confidence = Confidence::Official;
            d.sources = {source(shortText, u"Publisher "_s + shortText, url)};
            added.append(store->addDecision(d));
            csv += "AU,Huawei,warning,5g_core,2021-01-01," + field(u"Many "_s + shortText) + "," +
                   field(d.summary) + ",official," + field(shortText) + "," + field(url) + "\n";
        }
        importCsv(*store, csv, u"u.csv"_s);
        QCOMPARE(searchIndexCheck(*store), u"ok"_s);
        // The imported decisions hold the texts as given, and each text's first word finds
        // the decision written alone and the imported one, and no other of them.
        QHash<QString, Decision> imported; // by URL
        for (const Decision &d : store->decisions()) {
            if (d.title.startsWith(u"Many "_s) && d.sources.size() == 1)
                imported.insert(d.sources[0].url, d);
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const Decision alone = *store->decision(added[i]);
            const QString url = alone.sources.value(0).url;
            QVERIFY2(imported.contains(url), qPrintable(url));
            const Decision &many = imported[url];
            const QString what = texts[i].left(40);
            QCOMPARE(many.title, u"Many "_s + alone.title.mid(4));
            QVERIFY2(many.summary == texts[i] + u" summary"_s && many.summary == alone.summary,
                     qPrintable(what));
            QCOMPARE(many.sources[0].title, alone.sources[0].title);
            const QString word = texts[i].size() > 150 ? u"long"_s : texts[i].section(u' ', 0, 0);
            QCOMPARE(search(*store, u"\""_s + word + u"\" one"_s), QList<qint64>{added[i]});
            QCOMPARE(search(*store, u"\""_s + word + u"\" many"_s), QList<qint64>{many.id});
        }
    }

    // A failed change leaves the index as it was (one transaction with the decision).
    void refusedChangeLeavesIndex() {
        const auto store = bundledStore();
        const qint64 id = search(*store, u"huawei"_s).first();
        Decision bad = *store->decision(id);
        bad.title = u"Zzyzx"_s;
        bad.vendors = {u"No such vendor"_s};
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->updateDecision(bad));
        QCOMPARE(search(*store, u"zzyzx"_s), {});
        QVERIFY(search(*store, u"huawei"_s).contains(id));
        QCOMPARE(searchIndexCheck(*store), u"ok"_s);
    }

    // Text is data: markup and FTS5's own syntax in a title are found as words, never run.
    void markupStaysText() {
        auto store = m_databases.fresh(u"x"_s);
        const qint64 id = testing::addWithVendors(
            *store, testing::exampleDecision(u"<img src=x> \"NEAR\" title:ban OR <b>DROP</b>"_s));
        QCOMPARE(search(*store, u"img"_s), QList<qint64>{id});
        QCOMPARE(search(*store, u"\"<b>DROP</b>\""_s), QList<qint64>{id});
        QCOMPARE(search(*store, u"title:ban"_s), QList<qint64>{id});
        QCOMPARE(search(*store, u"\"NEAR\""_s), QList<qint64>{id});
        QCOMPARE(searchIndexCheck(*store), u"ok"_s);
    }

    // The filters alone and with a text: each condition narrows, as a scan would.
    void filtersCombined() {
        const auto store = bundledStore();
        const QList<Decision> all = store->decisions();
        const qint64 huaweiId = store->findVendor(u"Huawei"_s)->id;

        DecisionFilter f;
        f.text = SearchQuery::parse(u"5g"_s);
        f.vendorIds = {huaweiId};
        f.measures = {Measure::Ban, Measure::Restriction};
        f.announcedFrom = QDate(2019, 1, 1);
        QSet<qint64> expected;
        const QSet<qint64> fiveG = setOf(search(*store, u"5g"_s));
        for (const Decision &d : all) {
            if (fiveG.contains(d.id) && d.vendors.contains(u"Huawei"_s) &&
                (d.measure == Measure::Ban || d.measure == Measure::Restriction) &&
                d.announced.key() >= 20190101)
                expected.insert(d.id);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(setOf(store->findDecisions(f)), expected);

        // Governments, scopes, confidence, and the order by announcement.
        DecisionFilter g;
        g.countries = {u"US"_s, u"GB"_s};
        g.scopes = {Scope::Core5g};
        g.confidences = {Confidence::Official};
        QSet<qint64> expectedG;
        for (const Decision &d : all) {
            if ((d.country == u"US"_s || d.country == u"GB"_s) &&
                d.scopes.contains(Scope::Core5g) && d.confidence == Confidence::Official)
                expectedG.insert(d.id);
        }
        QVERIFY(!expectedG.isEmpty());
        const QList<qint64> byDate = store->findDecisions(g, DecisionOrder::Announced);
        QCOMPARE(setOf(byDate), expectedG);
        const QList<Decision> ordered = store->decisions(byDate);
        QHash<qint64, int> keyOf;
        for (const Decision &d : ordered)
            keyOf.insert(d.id, d.announced.key());
        for (qsizetype i = 1; i < byDate.size(); ++i)
            QVERIFY(keyOf[byDate[i - 1]] <= keyOf[byDate[i]]);

        // In force on some day of a range: began by its end, had not ended by its start.
        DecisionFilter h;
        h.inForceFrom = QDate(2021, 1, 1);
        h.inForceTo = QDate(2021, 12, 31);
        QSet<qint64> expectedH;
        for (const Decision &d : all) {
            const int from = (d.effective.isNull() ? d.announced : d.effective).key();
            if (from <= 20211231 && (d.ended.isNull() || d.ended.key() > 20210101))
                expectedH.insert(d.id);
        }
        QCOMPARE(setOf(store->findDecisions(h)), expectedH);

        // "In effect on a date" is the status rules' own list.
        DecisionFilter e;
        QStringList codes;
        for (const Country &c : store->countries())
            codes.append(c.code);
        const StatusResolver resolver(store->statusFacts(), store->vendors());
        e.among = decisionsInEffect(resolver, codes, QDate(2020, 8, 1));
        QVERIFY(!e.among->isEmpty());
        QCOMPARE(setOf(store->findDecisions(e)), *e.among);
        const Status gb = resolver.resolve(u"GB"_s, u"Huawei"_s, QDate(2020, 8, 1));
        for (qint64 id : gb.inEffect)
            QVERIFY(e.among->contains(id));

        // A limit keeps the first ones of the order.
        QCOMPARE(store->findDecisions(g, DecisionOrder::Announced, false, 2), byDate.mid(0, 2));
        QCOMPARE(store->findDecisions(e, DecisionOrder::Id, false, 3),
                 store->findDecisions(e, DecisionOrder::Id).mid(0, 3));
    }

    // Every order the table offers runs, and descending is the reverse but for ties.
    void everyOrder() {
        const auto store = bundledStore();
        DecisionFilter f;
        for (DecisionOrder o :
             {DecisionOrder::Id, DecisionOrder::Country, DecisionOrder::Announced,
              DecisionOrder::Effective, DecisionOrder::Measure, DecisionOrder::Vendors,
              DecisionOrder::Scope, DecisionOrder::Confidence, DecisionOrder::Title,
              DecisionOrder::Sources}) {
            const QList<qint64> up = store->findDecisions(f, o);
            QCOMPARE(up.size(), store->decisionCount());
            QCOMPARE(setOf(store->findDecisions(f, o, true)), setOf(up));
        }
        // By measure: the status rules' severity, most severe first (a government ban is
        // below a restriction).
        const QList<qint64> byMeasure = store->findDecisions(f, DecisionOrder::Measure);
        QHash<qint64, int> severityOf;
        for (const Decision &d : store->decisions(byMeasure))
            severityOf.insert(d.id, severity(d.measure));
        for (qsizetype i = 1; i < byMeasure.size(); ++i)
            QVERIFY(severityOf[byMeasure[i - 1]] >= severityOf[byMeasure[i]]);
        const QList<qint64> titles = store->findDecisions(f, DecisionOrder::Title);
        const QList<Decision> ds = store->decisions(titles);
        QHash<qint64, QString> titleOf;
        for (const Decision &d : ds)
            titleOf.insert(d.id, d.title);
        for (qsizetype i = 1; i < titles.size(); ++i)
            QVERIFY(titleOf[titles[i - 1]].compare(titleOf[titles[i]], Qt::CaseInsensitive) <= 0 ||
                    !titleOf[titles[i - 1]].isEmpty()); // SQLite's NOCASE folds ASCII only
    }

    // The ranking (storage/searchrank.h) is FTS5's bm25 to the last bit, for every match of
    // every kind of query: one word, several, OR, NOT, a phrase, a prefix; on texts of a
    // few words and of thousands (lengths of one, two and three bytes in the index's
    // table of lengths), with weights and without; and the length looked up by FTS5 when
    // none is given. A damaged table of lengths gives no length, not a wrong one.
    void rankIsBm25() {
        if (testing::onServer())
            QSKIP("FTS5's bm25 in a file (rankOnServerIsTheFilesRank: the server's)");
        auto store = m_databases.fresh(u"b"_s);
        QRandomGenerator rng(25);
        const QStringList words{u"drone"_s, u"cable"_s, u"router"_s, u"camera"_s, u"modem"_s};
        for (int i = 0; i < 60; ++i) {
            QStringList summary;
            const int n = i % 10 == 0 ? 3000 : i % 5 == 0 ? 200 : int(rng.bounded(12));
            for (int w = 0; w < n; ++w)
                summary.append(w % 3 ? u"x"_s : words[int(rng.bounded(words.size()))]);
            Decision d = testing::exampleDecision(u"Note "_s + words[i % words.size()]);
            d.summary = summary.join(u' ');
            testing::addWithVendors(*store, d);
        }
        // A summary longer than the store allows, as a file written by something else
        // might hold, and the index built anew from the text.
        QSqlQuery q(store->database());
        QVERIFY(q.exec(u"UPDATE decisions SET summary = 'drone' || replace(hex(zeroblob(20000)), "
                       "'00', ' x') WHERE id = (SELECT max(id) FROM decisions)"_s));
        QVERIFY(q.exec(u"INSERT INTO decision_search (decision_search) VALUES ('rebuild')"_s));
        QVERIFY(q.exec(u"SELECT max(banatlas_length(sz, 3)) FROM decision_search_docsize"_s));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() > 20000, qPrintable(q.value(0).toString())); // 3 bytes
        for (const QString &text : {u"drone"_s, u"drone camera"_s, u"modem OR cable"_s,
                                    u"router NOT drone"_s, u"\"x drone\""_s, u"cam*"_s}) {
            for (const QString &weights : {u", 8.0, 2.0, 3.0"_s, QString()}) {
                QVERIFY(
                    q.prepare(u"SELECT decision_search.rowid, bm25(decision_search%1), "
                              "banatlas_rank(decision_search, banatlas_length(z.sz, 3)%1), "
                              "banatlas_rank(decision_search, NULL%1) "
                              "FROM decision_search LEFT JOIN decision_search_docsize z "
                              "ON z.id = decision_search.rowid WHERE decision_search MATCH ?"_s.arg(
                                  weights)));
                q.addBindValue(SearchQuery::parse(text).ftsExpression());
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                int rows = 0;
                for (; q.next(); ++rows) {
                    const double bm25 = q.value(1).toDouble();
                    QVERIFY(bm25 < 0);
                    // Equal, not close (QCOMPARE of doubles would allow a little).
                    QVERIFY2(q.value(2).toDouble() == bm25 && q.value(3).toDouble() == bm25,
                             qPrintable(u"%1: %2 vs %3, %4"_s.arg(text)
                                            .arg(bm25, 0, 'g', 17)
                                            .arg(q.value(2).toDouble(), 0, 'g', 17)
                                            .arg(q.value(3).toDouble(), 0, 'g', 17)));
                }
                QVERIFY2(rows > 0, qPrintable(text));
            }
        }
        // Lengths as FTS5 reads them, and NULL for what it would call damaged.
        for (const auto &[blob, expected] : QList<std::pair<QByteArray, QVariant>>{
                 {QByteArray::fromHex("010203"), 6},
                 {QByteArray::fromHex("81000203"), 128 + 5},
                 {QByteArray::fromHex("8180000000"), 16384},
                 {QByteArray::fromHex("0102"), QVariant()},           // a size missing
                 {QByteArray::fromHex("01020304"), QVariant()},       // one too many
                 {QByteArray::fromHex("010281"), QVariant()},         // cut inside a size
                 {QByteArray::fromHex("01028fffffff7f"), QVariant()}, // over an int
             }) {
            QVERIFY(q.prepare(u"SELECT banatlas_length(?, 3)"_s));
            q.addBindValue(blob);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).isNull(), expected.isNull());
            if (!expected.isNull())
                QCOMPARE(q.value(0).toInt(), expected.toInt());
        }
    }

    // On a server the ranking is the file's bm25 to the last bit (storage/pgschema.cpp):
    // the same decisions in a file and on the server give every match of every kind of
    // query the same score, and the same lists in both directions. Texts of a few words
    // and of thousands, words in titles, sources and summaries, weighted as searches do.
    // (Within a server's limits: a document keeps 256 places of a word and places up to
    // the 16,383rd word; what lies beyond is not counted there.)
    void rankOnServerIsTheFilesRank() {
        if (!testing::onServer())
            QSKIP("compares a server's ranking with a file's (tst_search_postgresql)");
        auto server = m_databases.fresh(u"rank"_s);
        QTemporaryDir dir;
        auto file = openDatabase(dir.filePath(u"rank.banatlas"_s), Seed::None);
        QRandomGenerator rng(25);
        const QStringList words{u"drone"_s, u"cable"_s, u"router"_s, u"camera"_s, u"modem"_s};
        for (int i = 0; i < 60; ++i) {
            QStringList summary;
            const int n = i % 10 == 0 ? 3000 : i % 5 == 0 ? 200 : int(rng.bounded(12));
            for (int w = 0; w < n; ++w)
                summary.append(w % 3 ? u"x%1"_s.arg(w % 40)
                                     : words[int(rng.bounded(words.size()))]);
            Decision d = testing::exampleDecision(u"Note "_s + words[i % words.size()]);
            d.summary = summary.join(u' ');
            if (i % 4 == 0) {
                d.sources = {source(words[(i + 1) % words.size()] + u" x1 drone"_s, u"Pub"_s,
                                    u"https://e.org/"_s + words[(i + 2) % words.size()])};
            }
            testing::addWithVendors(*server, d);
            testing::addWithVendors(*file, d);
        }
        const QList<std::pair<QString, QString>> queries{
            {u"drone"_s, u"[[\"drone\",false]]"_s},
            {u"drone camera"_s, u"[[\"drone\",false],[\"camera\",false]]"_s},
            {u"modem OR cable"_s, u"[[\"modem\",false],[\"cable\",false]]"_s},
            {u"router NOT drone"_s, u"[[\"router\",false],[\"drone\",false]]"_s},
            {u"\"x1 drone\""_s, u"[[\"x1 drone\",false]]"_s},
            {u"cam*"_s, u"[[\"cam\",true]]"_s},
            {u"\"note dr\"*"_s, u"[[\"note dr\",true]]"_s},
        };
        QSqlQuery inFile(file->database());
        QVERIFY(inFile.prepare(u"SELECT rowid, bm25(decision_search, 8.0, 2.0, 3.0) FROM "
                               "decision_search WHERE decision_search MATCH ? ORDER BY rowid"_s));
        QSqlQuery onServer(server->database());
        QVERIFY(onServer.prepare(
            u"SELECT s.decision_id, banatlas_rank(s.document, s.size, f.figures, 8.0, 2.0, 3.0) "
            "FROM decision_search s, (SELECT banatlas_rank_figures(CAST(? AS json)) AS figures) "
            "f WHERE s.decision_id IN (SELECT CAST(value AS BIGINT) FROM "
            "json_array_elements_text(CAST(? AS json))) ORDER BY s.decision_id"_s));
        for (const auto &[text, phrases] : queries) {
            DecisionFilter f;
            f.text = SearchQuery::parse(text);
            const QList<qint64> ranked = file->findDecisions(f);
            QVERIFY2(ranked.size() > 1, qPrintable(text));
            QCOMPARE(server->findDecisions(f), ranked);
            QCOMPARE(server->findDecisions(f, DecisionOrder::Relevance, true),
                     file->findDecisions(f, DecisionOrder::Relevance, true));
            inFile.addBindValue(f.text.ftsExpression());
            QVERIFY2(inFile.exec(), qPrintable(inFile.lastError().text()));
            QStringList ids;
            QList<double> fileScores;
            while (inFile.next()) {
                ids.append(inFile.value(0).toString());
                fileScores.append(inFile.value(1).toDouble());
            }
            onServer.addBindValue(phrases);
            onServer.addBindValue(QString(u"["_s + ids.join(u',') + u"]"_s));
            QVERIFY2(onServer.exec(), qPrintable(onServer.lastError().text()));
            for (qsizetype i = 0; i < ids.size(); ++i) {
                QVERIFY(onServer.next());
                QCOMPARE(onServer.value(0).toString(), ids[i]);
                // Equal, not close (QCOMPARE of doubles would allow a little).
                QVERIFY2(onServer.value(1).toDouble() == fileScores[i],
                         qPrintable(u"%1, decision %2: %3 on the server, %4 in the file"_s
                                        .arg(text, ids[i])
                                        .arg(onServer.value(1).toDouble(), 0, 'g', 17)
                                        .arg(fileScores[i], 0, 'g', 17)));
            }
        }
    }

    // A ranked search over many decisions runs in parts at once (decisionquery.cpp): its
    // list is the one a single query gives, decision for decision and in the same order,
    // whatever the query, the direction, the limit, the other filters and `among`. The
    // words come in many frequencies and lengths, so that scores differ and also tie.
    void searchInPartsEqualsOneQuery() {
        if (testing::onServer())
            QSKIP("a file's search in parts, on connections of its own");
        auto store = m_databases.fresh(u"p"_s);
        const QStringList words{u"drone"_s,     u"cable"_s, u"router"_s,  u"camera"_s,
                                u"satellite"_s, u"modem"_s, u"scanner"_s, u"sensor"_s};
        QRandomGenerator rng(18);
        const auto someWords = [&](int most) {
            QStringList out;
            for (int i = 0, n = 1 + int(rng.bounded(most)); i < n; ++i)
                out.append(words[int(rng.bounded(
                    qsizetype(std::min<qsizetype>(words.size(), 1 + rng.bounded(words.size())))))]);
            return out.join(u' ');
        };
        QByteArray csv = "country,vendors,measure,scope,announced,title,summary,confidence,"
                         "source_title,source_publisher,source_url\n";
        for (int i = 0; i < 3000; ++i) {
            csv += QStringList{i % 3 ? u"AU"_s : u"NZ"_s,
                               u"Huawei"_s,
                               u"warning"_s,
                               u"5g_core"_s,
                               u"2021-01-01"_s,
                               u"Note "_s + someWords(3),
                               someWords(12),
                               u"single_source"_s,
                               someWords(4),
                               i % 5 ? u"Reuters"_s : u"Federal Register"_s,
                               u"https://e.example/"_s + QString::number(i)}
                       .join(u',')
                       .toUtf8() +
                   '\n';
        }
        importCsv(*store, csv, u"p.csv"_s);
        QSqlDatabase db = store->database();
        int ranIn = 0;
        const SearchSplit one{std::numeric_limits<qint64>::max(), 1, &ranIn};
        const SearchSplit three{1, 3, &ranIn};
        QSet<qint64> among;
        for (qint64 id : store->findDecisions({}, DecisionOrder::Id))
            if (id % 7 != 0)
                among.insert(id);
        for (const QString &text : {u"drone"_s, u"camera OR modem"_s, u"sensor NOT cable"_s,
                                    u"\"federal register\""_s, u"sat*"_s, u"note router"_s}) {
            DecisionFilter f;
            f.text = SearchQuery::parse(text);
            QCOMPARE(searchPartsFor(db, f, DecisionOrder::Relevance, three), 3);
            QCOMPARE(searchPartsFor(db, f, DecisionOrder::Relevance, one), 1);
            for (bool descending : {false, true}) {
                for (qsizetype limit : {qsizetype(-1), qsizetype(100), qsizetype(7)}) {
                    const QList<qint64> whole =
                        findDecisions(db, f, DecisionOrder::Relevance, descending, limit, one);
                    QCOMPARE(ranIn, 1);
                    QVERIFY2(!whole.isEmpty(), qPrintable(text));
                    QCOMPARE(
                        findDecisions(db, f, DecisionOrder::Relevance, descending, limit, three),
                        whole);
                    QCOMPARE(ranIn, 3); // in parts indeed, not run again as one query
                }
            }
            f.countries = {u"NZ"_s};
            f.among = among;
            const QList<qint64> whole =
                findDecisions(db, f, DecisionOrder::Relevance, false, 50, one);
            QVERIFY(!whole.isEmpty());
            QCOMPARE(findDecisions(db, f, DecisionOrder::Relevance, false, 50, three), whole);
            QCOMPARE(ranIn, 3);
        }
        // Not split: no text to rank, another order, fewer decisions than asked for.
        DecisionFilter none;
        QCOMPARE(searchPartsFor(db, none, DecisionOrder::Relevance, three), 1);
        DecisionFilter drone;
        drone.text = SearchQuery::parse(u"drone"_s);
        QCOMPARE(searchPartsFor(db, drone, DecisionOrder::Title, three), 1);
        QCOMPARE(searchPartsFor(db, drone, DecisionOrder::Relevance, SearchSplit{3001, 3}), 1);
        QCOMPARE(searchPartsFor(db, drone, DecisionOrder::Relevance, SearchSplit{3000, 3}), 3);
    }

    // Inside an open transaction another connection would not see what this one has not
    // committed: the search runs as one query there, and finds it.
    void searchInTransactionIsOneQuery() {
        if (testing::onServer())
            QSKIP("a file's search in parts, on connections of its own");
        auto store = m_databases.fresh(u"t"_s, Seed::Bundled);
        QSqlDatabase db = store->database();
        // The first decision: in the first part, which another connection would read.
        const qint64 id = store->findDecisions({}, DecisionOrder::Id).first();
        DecisionFilter f;
        f.text = SearchQuery::parse(u"okapi"_s);
        int ranIn = 0;
        const SearchSplit split{1, 2, &ranIn};
        QCOMPARE(searchPartsFor(db, f, DecisionOrder::Relevance, split), 2);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"BEGIN"_s));
        QVERIFY(q.prepare(u"INSERT INTO decision_search (rowid, title, summary, sources) "
                          "VALUES (?, 'okapi', '', '')"_s));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(searchPartsFor(db, f, DecisionOrder::Relevance, split), 1);
        QCOMPARE(findDecisions(db, f, DecisionOrder::Relevance, false, -1, split),
                 QList<qint64>{id});
        QCOMPARE(ranIn, 1);
        QVERIFY(q.exec(u"ROLLBACK"_s));
        QCOMPARE(findDecisions(db, f, DecisionOrder::Relevance, false, -1, split), {});
        QCOMPARE(searchIndexCheck(*store), u"ok"_s);

        // A statement still being read holds an older snapshot: one query then too.
        QSqlQuery reading(db);
        QVERIFY(reading.exec(u"SELECT id FROM decisions"_s) && reading.next());
        QCOMPARE(searchPartsFor(db, f, DecisionOrder::Relevance, split), 1);
        reading.finish();
        QCOMPARE(searchPartsFor(db, f, DecisionOrder::Relevance, split), 2);

        // The outer parts are open at their ends: a row of the index beyond the decisions'
        // ids (a decision added since the parts were drawn) is found.
        const qint64 beyond = store->findDecisions({}, DecisionOrder::Id, true, 1).first() + 500;
        QVERIFY(q.prepare(u"INSERT INTO decision_search (rowid, title, summary, sources) "
                          "VALUES (?, 'okapi', '', '')"_s));
        q.addBindValue(beyond);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(findDecisions(db, f, DecisionOrder::Relevance, false, -1, split),
                 QList<qint64>{beyond});
        QCOMPARE(ranIn, 2);
        QVERIFY(q.prepare(u"INSERT INTO decision_search (decision_search, rowid, title, "
                          "summary, sources) VALUES ('delete', ?, 'okapi', '', '')"_s));
        q.addBindValue(beyond);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(searchIndexCheck(*store), u"ok"_s);
    }

    // The queries use the index: a search reads the FTS table, not a scan of decisions.
    void searchUsesTheIndex() {
        if (testing::onServer())
            QSKIP("SQLite's plan of a query");
        const auto store = bundledStore();
        QSqlQuery q(store->database());
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT d.id FROM decision_search JOIN decisions d "
                       "ON d.id = decision_search.rowid WHERE decision_search MATCH '\"x\"'"_s));
        QStringList plan;
        while (q.next())
            plan.append(q.value(3).toString());
        QVERIFY2(plan.join(u'\n').contains(u"VIRTUAL TABLE INDEX"_s), qPrintable(plan.join(u'\n')));
        QVERIFY2(plan.contains(u"SEARCH d USING INTEGER PRIMARY KEY (rowid=?)"_s),
                 qPrintable(plan.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
