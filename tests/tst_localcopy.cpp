// Local copies of sources: attached beside the database under a sanitised name, and
// checked against their SHA-256 whenever they are used.

#include "domain/errors.h"
#include "interchange/database.h"
#include "storage/localcopy.h"
#include "storage/store.h"

#include "helpers/storehelpers.h"

#include "helpers/testsetup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString sha256(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

template <typename Fn> QString errorOf(Fn &&fn) {
    return testing::messageOf<StoreError>(fn);
}

} // namespace

class TestLocalCopy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void init() { testing::failOnQtWarnings(); }

    void initTestCase() {
        testing::failOnQtWarnings();
        m_db = m_dir.filePath(u"atlas.banatlas"_s);
    }

    void sanitisesNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"notice.pdf"_s << u"notice.pdf"_s;
        QTest::newRow("spaces and case")
            << u"Ministry notice (final).PDF"_s << u"Ministry_notice_final.pdf"_s;
        QTest::newRow("path") << u"../../etc/passwd.txt"_s << u"passwd.txt"_s;
        QTest::newRow("hidden") << u".hidden.pdf"_s << u"hidden.pdf"_s;
        QTest::newRow("accents") << u"Décret n° 2019.pdf"_s << u"Decret_n_2019.pdf"_s;
        QTest::newRow("markup") << u"<script>alert(1)</script>.html"_s
                                << u"script.html"_s; // "/" ends a path
        QTest::newRow("nothing left") << u"华为.pdf"_s << u"source.pdf"_s;
        QTest::newRow("no extension") << u"README"_s << u"README"_s;
        QTest::newRow("long") << QString(300, u'a') + u".pdf"_s << QString(96, u'a') + u".pdf"_s;
    }
    void sanitisesNames() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(sanitisedFileName(name), expected);
        QCOMPARE(sanitisedFileName(expected), expected); // stable
    }

    void attachCopiesAndHashes() {
        const QByteArray content = "%PDF-1.4 Bundesnetzagentur catalogue of security requirements";
        const QString original =
            writeFile(m_dir.filePath(u"Katalog Sicherheitsanforderungen.pdf"_s), content);
        const LocalCopy copy = attachLocalCopy(m_db, original);
        QCOMPARE(copy.sha256, sha256(content));
        QCOMPARE(copy.name, sha256(content).left(12) + u"-Katalog_Sicherheitsanforderungen.pdf"_s);
        const QString stored = localCopyFolder(m_db) + u'/' + copy.name;
        QCOMPARE(localCopyFolder(m_db), m_dir.filePath(u"atlas.banatlas.files"_s));
        QFile f(stored);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);

        // Attaching the same file again reuses the copy.
        QCOMPARE(attachLocalCopy(m_db, original).name, copy.name);
        QCOMPARE(QDir(localCopyFolder(m_db)).entryList(QDir::Files).size(), 1);

        Source s;
        s.title = u"Catalogue"_s;
        s.localCopy = copy.name;
        s.sha256 = copy.sha256;
        QCOMPARE(verifiedLocalCopy(m_db, s), QFileInfo(stored).absoluteFilePath());
    }

    void refusesWhatCannotBeAttached_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("program") << u"setup.exe"_s << u"cannot be attached"_s;
        QTest::newRow("script") << u"open-me.sh"_s << u"cannot be attached"_s;
        QTest::newRow("desktop entry") << u"report.desktop"_s << u"cannot be attached"_s;
        QTest::newRow("no extension") << u"notice"_s << u"cannot be attached"_s;
    }
    void refusesWhatCannotBeAttached() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString file = writeFile(m_dir.filePath(name), "#!/bin/sh\necho hi\n");
        const QString why = errorOf([&] { attachLocalCopy(m_db, file); });
        QVERIFY2(why.contains(expected), qPrintable(why));
        QVERIFY(errorOf([&] { attachLocalCopy(m_db, m_dir.path()); }).contains(u"not a file"_s));
    }

    void usesOnlyWhatChecksOut() {
        const QByteArray content = "<html><body>Ofcom: Huawei</body></html>";
        const LocalCopy copy =
            attachLocalCopy(m_db, writeFile(m_dir.filePath(u"ofcom.html"_s), content));
        Source s;
        s.localCopy = copy.name;
        s.sha256 = copy.sha256.toUpper(); // case does not matter
        const QString stored = localCopyFolder(m_db) + u'/' + copy.name;
        QVERIFY(!verifiedLocalCopy(m_db, s).isEmpty());

        // Changed on disk: refused, with both digests.
        writeFile(stored, content + "<script>evil()</script>");
        QString why = errorOf([&] { verifiedLocalCopy(m_db, s); });
        QVERIFY2(why.contains(u"changed since it was attached"_s), qPrintable(why));
        QVERIFY(why.contains(copy.sha256));

        // Replaced by a link to somewhere else: refused.
        QVERIFY(QFile::remove(stored));
        const QString elsewhere = writeFile(m_dir.filePath(u"elsewhere.html"_s), content);
        QVERIFY(QFile::link(elsewhere, stored));
        why = errorOf([&] { verifiedLocalCopy(m_db, s); });
        QVERIFY2(why.contains(u"not a plain file"_s), qPrintable(why));

        // Gone: refused.
        QVERIFY(QFile::remove(stored));
        why = errorOf([&] { verifiedLocalCopy(m_db, s); });
        QVERIFY2(why.contains(u"missing"_s), qPrintable(why));

        // Names that leave the folder, or types that are not opened, never are.
        for (const QString &name :
             {u"../atlas.banatlas"_s, u".ssh.pdf"_s, u"a/b.pdf"_s, u"run.sh"_s}) {
            Source bad = s;
            bad.localCopy = name;
            why = errorOf([&] { verifiedLocalCopy(m_db, bad); });
            QVERIFY2(why.contains(u"not a plain file name"_s) || why.contains(u"not opened"_s),
                     qPrintable(name + u": "_s + why));
        }
        Source unhashed = s;
        unhashed.sha256.clear();
        QVERIFY(errorOf([&] { verifiedLocalCopy(m_db, unhashed); }).contains(u"SHA-256"_s));
    }

    void storedWithTheDecision() {
        const QString path = m_dir.filePath(u"stored.banatlas"_s);
        const auto store = openDatabase(path);
        const LocalCopy copy =
            attachLocalCopy(path, writeFile(m_dir.filePath(u"gcsb.pdf"_s), "%PDF GCSB"));
        Decision d = *store->decision(store->decisions().first().id);
        Source s;
        s.title = u"GCSB letter"_s;
        s.url = u"https://example.org/gcsb"_s;
        s.accessed = PartialDate::day(2026, 11, 29);
        s.localCopy = copy.name;
        s.sha256 = copy.sha256;
        d.sources.append(s);
        store->updateDecision(d);
        const Source back = store->decision(d.id)->sources.last();
        QCOMPARE(back.localCopy, copy.name);
        QCOMPARE(back.sha256, copy.sha256);
        QCOMPARE(verifiedLocalCopy(path, back), localCopyFolder(path) + u'/' + copy.name);

        // A local copy without its digest, or with a path, is refused by validation.
        d = *store->decision(d.id); // at the version just stored
        d.sources.last().sha256.clear();
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->updateDecision(d));
        d.sources.last().sha256 = copy.sha256;
        d.sources.last().localCopy = u"../../etc/passwd"_s;
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->updateDecision(d));
        QCOMPARE(store->decision(d.id)->sources.last().localCopy, copy.name);
    }
};

QTEST_GUILESS_MAIN(TestLocalCopy)
#include "tst_localcopy.moc"
