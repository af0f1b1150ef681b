#include "document/document.h"
#include "document/history.h"
#include "document/merge.h"
#include "domain/errors.h"
#include "formats/jsoncodec.h"
#include "helpers/storehelpers.h"
#include "helpers/teststores.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "storage/ownconnection.h"
#include "storage/serveraddress.h"

#include "helpers/testsetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

Decision frenchBan() {
    Decision d;
    d.country = u"FR"_s;
    d.vendors = {u"Huawei"_s};
    d.measure = Measure::Ban;
    d.scopes = {Scope::Core5g};
    d.announced = PartialDate::day(2025, 3, 1);
    d.title = u"France bans Huawei from 5G cores"_s;
    d.confidence = Confidence::SingleSource;
    d.sources = {{0, u"Journal officiel"_s, {}, u"https://example.org/jo"_s, {}, {}, {}, {}}};
    return d;
}

StatusClass classOn(const Document &doc, const QString &country, QDate date) {
    return doc.resolver().resolve(country, u"Huawei"_s, date).statusClass;
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    testing::TestDatabases m_databases; // files, or a server (tests/helpers/teststores.h)

    std::unique_ptr<Document> open() {
        return std::make_unique<Document>(m_databases.fresh(u"doc"_s, Seed::Bundled));
    }

private slots:
    void init() { testing::failOnQtWarnings(); }

    void addUndoRedo() {
        auto doc = open();
        QSignalSpy changed(doc.get(), &Document::changed);
        const QDate later(2025, 6, 1);
        QCOMPARE(classOn(*doc, u"FR"_s, later), StatusClass::Restricted); // ANSSI 2020

        const qint64 id = doc->addDecision(frenchBan());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(classOn(*doc, u"FR"_s, later), StatusClass::Banned);
        QCOMPARE(doc->undoStack()->count(), 1);

        doc->undo();
        QVERIFY(!doc->decision(id));
        QCOMPARE(classOn(*doc, u"FR"_s, later), StatusClass::Restricted);

        doc->redo();
        QVERIFY(doc->decision(id)); // same id again
        QCOMPARE(doc->decision(id)->sources.size(), 1);
        QCOMPARE(classOn(*doc, u"FR"_s, later), StatusClass::Banned);

        // Every step is in the audit log: insert, delete (undo), insert (redo).
        const auto log = doc->store().auditLog(u"decision"_s, QString::number(id));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[1].action, u"delete"_s);
    }

    void editAndDeleteUndo() {
        auto doc = open();
        const qint64 id = doc->addDecision(frenchBan());
        Decision edited = *doc->decision(id);
        edited.measure = Measure::Warning;
        edited.title = u"France warns about Huawei"_s;
        doc->editDecision(edited);
        QCOMPARE(doc->decision(id)->measure, Measure::Warning);
        doc->deleteDecision(id);
        QVERIFY(!doc->decision(id));
        QCOMPARE(doc->undoStack()->count(), 3);

        doc->undo(); // delete
        QCOMPARE(doc->decision(id)->title, u"France warns about Huawei"_s);
        doc->undo(); // edit
        QCOMPARE(doc->decision(id)->measure, Measure::Ban);
        QCOMPARE(doc->decision(id)->title, frenchBan().title);
        doc->redo();
        doc->redo();
        QVERIFY(!doc->decision(id));
        doc->undo();
        doc->undo();
        doc->undo(); // add
        QVERIFY(!doc->decision(id));
        QCOMPARE(doc->decisionCount(), testing::bundledDecisionCount());
    }

    void newVendorIsPartOfTheSameStep() {
        auto doc = open();
        Decision d = frenchBan();
        d.vendors = {u"Acme Networks"_s, u"Huawei"_s};
        const qint64 id = doc->addDecision(d);
        QVERIFY(doc->vendor(u"Acme Networks"_s));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undo();
        QVERIFY(!doc->decision(id));
        QVERIFY(!doc->vendor(u"Acme Networks"_s));
        doc->redo();
        QVERIFY(doc->vendor(u"Acme Networks"_s));
        QCOMPARE(doc->decision(id)->vendors, (QStringList{u"Acme Networks"_s, u"Huawei"_s}));
    }

    void refusedEditLeavesNoTrace() {
        auto doc = open();
        Decision bad = frenchBan();
        bad.vendors = {u"Brand New Vendor"_s};
        bad.announced = PartialDate::day(2019, 2, 30);
        QVERIFY_THROWS_EXCEPTION(ValidationError, doc->addDecision(bad));
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->vendor(u"Brand New Vendor"_s));
        QCOMPARE(doc->decisionCount(), testing::bundledDecisionCount());
    }

    void addVendorUndo() {
        auto doc = open();
        Vendor v;
        v.name = u"HiSilicon"_s;
        v.parent = u"Huawei"_s;
        doc->addVendor(v);
        QCOMPARE(doc->vendor(u"hisilicon"_s)->parent, u"Huawei"_s);
        doc->undo();
        QVERIFY(!doc->vendor(u"HiSilicon"_s));
        doc->redo();
        QCOMPARE(doc->vendor(u"HiSilicon"_s)->parent, u"Huawei"_s);
    }

    // The document finds a vendor as the store does, by its key (full case folding): a
    // vendor stored as "Straße" is found as "STRASSE" and through an alias, and a decision
    // naming both spellings names one vendor twice.
    void vendorsAreMatchedAsTheStoreMatchesThem() {
        auto doc = open();
        Vendor v;
        v.name = u"Straße Networks"_s;
        v.aliases = {u"Maßwerk"_s};
        doc->addVendor(v);
        QVERIFY(doc->store().hasVendor(u"STRASSE NETWORKS"_s));
        QVERIFY(doc->vendor(u"STRASSE NETWORKS"_s));
        QCOMPARE(doc->vendor(u"strasse networks"_s)->name, u"Straße Networks"_s);
        QCOMPARE(doc->vendor(u"MASSWERK"_s)->name, u"Straße Networks"_s);
        Decision d;
        d.country = u"DE"_s;
        d.vendors = {u"Straße Networks"_s, u"STRASSE NETWORKS"_s};
        d.measure = Measure::Ban;
        d.scopes = {Scope::Core5g};
        d.announced = PartialDate::day(2020, 1, 1);
        d.title = u"Twice"_s;
        d.confidence = Confidence::Official;
        const QList<FieldError> errors = doc->validate(d);
        QVERIFY(std::any_of(errors.cbegin(), errors.cend(), [](const FieldError &e) {
            return e.field == u"vendors"_s && e.message.contains(u"named twice"_s);
        }));
    }

    // Every kind of edit, undone, gives back exactly the export of before, and redone
    // exactly the export of after; the document's own copy agrees with the store at each
    // step. (There is no bulk edit yet: the Decisions tab of issue 18 brings it.)
    void everyEditKindUndoesToTheSameExport_data() {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"add", "edit", "delete", "new vendor inside an edit", "add vendor",
                                 "edit then delete"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void everyEditKindUndoesToTheSameExport() {
        QFETCH(QString, kind);
        auto doc = open();
        // The document's decisions as the store has them, in the same order.
        auto documentAgrees = [&doc] {
            QList<qint64> inDocument, inStore;
            for (const Decision &d : doc->store().decisions())
                inDocument.append(d.id);
            for (const Decision &d : doc->store().decisions())
                inStore.append(d.id);
            std::sort(inDocument.begin(), inDocument.end());
            std::sort(inStore.begin(), inStore.end());
            return inDocument == inStore && doc->vendors().size() == doc->store().vendors().size();
        };
        const QByteArray before = exportJson(doc->store());
        const int steps = [&] {
            if (kind == u"add"_s) {
                doc->addDecision(frenchBan());
                return 1;
            }
            if (kind == u"edit"_s) {
                Decision d = *doc->decision(2);
                d.title = u"Edited"_s;
                d.vendors.append(u"Nokia"_s);
                d.ended = PartialDate::day(2026, 1, 1);
                doc->editDecision(d);
                return 1;
            }
            if (kind == u"delete"_s) {
                doc->deleteDecision(2);
                return 1;
            }
            if (kind == u"new vendor inside an edit"_s) {
                Decision d = *doc->decision(2);
                d.vendors.append(u"Acme Networks"_s);
                doc->editDecision(d);
                return 1;
            }
            if (kind == u"add vendor"_s) {
                Vendor v;
                v.name = u"HiSilicon"_s;
                v.parent = u"Huawei"_s;
                v.aliases = {u"HiSilicon Technologies"_s};
                doc->addVendor(v);
                return 1;
            }
            Decision d = *doc->decision(2);
            d.measure = Measure::Warning;
            doc->editDecision(d);
            doc->deleteDecision(2);
            return 2;
        }();
        const QByteArray after = exportJson(doc->store());
        QVERIFY(after != before);
        QCOMPARE(doc->undoStack()->count(), steps);
        QVERIFY(documentAgrees());

        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < steps; ++i)
                doc->undo();
            QVERIFY(exportJson(doc->store()) == before);
            QVERIFY(documentAgrees());
            for (int i = 0; i < steps; ++i)
                doc->redo();
            QVERIFY(exportJson(doc->store()) == after);
            QVERIFY(documentAgrees());
        }
        if (kind == u"new vendor inside an edit"_s) {
            doc->undo();
            QVERIFY(!doc->vendor(u"Acme Networks"_s)); // gone with the edit, one step
        }
    }

    void failedUndoIsReported() {
        auto doc = open();
        const qint64 id = doc->addDecision(frenchBan());
        // Someone removes it behind the stack's back: undo cannot remove it again.
        const_cast<Store &>(doc->store()).removeDecision(id);
        QSignalSpy errors(doc.get(), &Document::errorOccurred);
        QSignalSpy resets(doc.get(), &Document::reset);
        QSignalSpy removed(doc.get(), &Document::decisionRemoved);
        doc->undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QString::number(id)));
        // What the store holds is not what the stack expected: everything is read again.
        QCOMPARE(resets.count(), 1);
        QCOMPARE(removed.count(), 0);
        QVERIFY(!doc->decision(id));
    }

    // Someone else (another connection on a server; on a file, a write behind the stack's
    // back) changes a decision after this document edited it: undoing the edit would
    // overwrite their change, so it is refused with who made it and leaves the stack, and
    // what they stored is shown; so is undoing the add (it would delete their change).
    void undoIsRefusedWhenSomeoneChangedItSince() {
        const QString address = m_databases.create(u"shared"_s, Seed::Bundled);
        auto doc = std::make_unique<Document>(openDatabase(address, Seed::Bundled));
        const auto other =
            testing::onServer() ? openDatabase(address, Seed::Bundled) : std::unique_ptr<Store>();
        Store &theirs = other ? *other : const_cast<Store &>(doc->store());
        const qint64 id = doc->addDecision(frenchBan());
        Decision mine = *doc->decision(id);
        mine.title = u"Mine"_s;
        doc->editDecision(mine);
        QCOMPARE(doc->undoStack()->count(), 2);

        Decision changed = *theirs.decision(id);
        changed.measure = Measure::Warning;
        QCOMPARE(theirs.updateDecision(changed), 3);

        QSignalSpy errors(doc.get(), &Document::errorOccurred);
        doc->undo();
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.startsWith(u"Cannot undo \"Edit decision \"Mine\"\""_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"version 3"_s), qPrintable(message));
        QCOMPARE(doc->undoStack()->count(), 1); // the refused step is gone
        QCOMPARE(doc->decision(id)->title, u"Mine"_s);
        QCOMPARE(doc->decision(id)->measure, Measure::Warning); // theirs, read again

        doc->undo(); // the add: it would delete what they changed
        QCOMPARE(errors.count(), 2);
        QVERIFY2(errors.last().first().toString().startsWith(u"Cannot undo \"Add decision"_s),
                 qPrintable(errors.last().first().toString()));
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(theirs.decision(id)->measure, Measure::Warning);
        QCOMPARE(theirs.decision(id)->version, 3);
    }

    // On a server another analyst's changes arrive by themselves, each with its typed
    // signal (no reset: selections and open editors stay), a burst read in once; this
    // document's own changes are not read in twice. A file has one writer: nothing to
    // watch.
    void changesElsewhereArriveLive() {
        const QString address = m_databases.create(u"live"_s, Seed::Bundled);
        Document doc(openDatabase(address, Seed::Bundled));
        if (!testing::onServer()) {
            auto again = openDatabase(address, Seed::Bundled, Access::ReadOnly);
            QVERIFY(!again->watchChanges(&doc, [](const QString &, const QString &) {}));
            return;
        }
        const auto other = openDatabase(address, Seed::Bundled);
        QSignalSpy added(&doc, &Document::decisionAdded);
        QSignalSpy changed(&doc, &Document::decisionChanged);
        QSignalSpy removed(&doc, &Document::decisionRemoved);
        QSignalSpy resets(&doc, &Document::reset);
        QSignalSpy elsewhere(&doc, &Document::changedElsewhere);
        const int before = doc.decisionCount();

        const qint64 id = other->addDecision(frenchBan());
        QTRY_COMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toLongLong(), id);
        QCOMPARE(doc.decisionCount(), before + 1);
        QCOMPARE(classOn(doc, u"FR"_s, QDate(2025, 6, 1)), StatusClass::Banned);

        Decision d = *other->decision(id);
        d.measure = Measure::Warning;
        other->updateDecision(d);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(doc.decision(id)->measure, Measure::Warning);

        // Several in one transaction: read in at once, each named.
        const QList<qint64> three = doc.decisionIdsOf(u"AU"_s).mid(0, 3);
        QCOMPARE(three.size(), 3);
        other->transaction([&] {
            for (qint64 each : three)
                other->removeDecision(each);
        });
        QTRY_COMPARE(removed.count(), 3);
        QCOMPARE(elsewhere.count(), 3);
        QCOMPARE(elsewhere.last().first().toInt(), 3);
        for (qint64 each : three)
            QVERIFY(!doc.decision(each));
        QCOMPARE(doc.decisionCount(), before - 2);

        // This document's own edit: its signal once, not again from the server.
        Decision mine = *doc.decision(id);
        mine.title = u"Mine"_s;
        doc.editDecision(mine);
        QCOMPARE(changed.count(), 2);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(elsewhere.count(), 3);
        QCOMPARE(resets.count(), 0);
        // What the document holds is what a fresh read gives.
        QCOMPARE(doc.decisionCount(), other->decisionCount());

        // A vendor made elsewhere: the vendors are read again.
        QSignalSpy vendors(&doc, &Document::vendorsChanged);
        Vendor quokka;
        quokka.name = u"Quokka Networks"_s;
        other->addVendor(quokka);
        QTRY_COMPARE(vendors.count(), 1);
        QVERIFY(doc.vendor(u"Quokka Networks"_s));

        // Anyone may announce anything on the channel (a reader too): what is not a change
        // of a decision this document can read is passed over, and the names of other
        // things only make it read everything again.
        {
            OwnConnection raw(u"QPSQL"_s, u"hostile"_s);
            raw.database().setConnectOptions(parseServerAddress(address).connectOptions());
            QVERIFY(raw.database().open());
            QSqlQuery q(raw.database());
            for (const QString &payload :
                 {u""_s, u"x"_s, u"1 decision"_s, u"1 decision abc"_s, u"1 decision 999999999"_s,
                  u"1 decision -5"_s, QString(7000, u'x')}) {
                QVERIFY(q.prepare(u"SELECT pg_notify('banatlas_changes', ?)"_s));
                q.addBindValue(payload);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QTest::qWait(300);
            QCOMPARE(resets.count(), 0);
            QVERIFY(q.prepare(u"SELECT pg_notify('banatlas_changes', ?)"_s));
            q.addBindValue(u"1 file <b>x</b>.csv"_s);
            QVERIFY(q.exec());
        }
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(doc.decisionCount(), other->decisionCount());
    }

    // The merge of two analysts' edits: every field of a decision is one the merge knows
    // (taking all of yours gives yours, none gives theirs, each alone changes only
    // itself), and each side's changes are told from the version both began from.
    void mergeByField() {
        auto doc = open();
        const Decision a = *doc->decision(2);
        Decision b = frenchBan();
        b.id = a.id;
        b.version = a.version + 5;
        b.effective = PartialDate::day(2025, 4, 1);
        b.ended = PartialDate::year(2030);
        b.deadline = PartialDate::month(2027, 1);
        b.summary = u"Other"_s;
        b.legalForm = LegalForm::Law;
        b.coversSubsidiaries = !a.coversSubsidiaries;
        b.measure = a.measure == Measure::Warning ? Measure::Ban : Measure::Warning;
        b.confidence =
            a.confidence == Confidence::Official ? Confidence::SingleSource : Confidence::Official;
        const QStringList fields = FieldMerge::fields();
        const QList<FieldConflict> all = FieldMerge::differences(a, a, b);
        QCOMPARE(all.size(), fields.size()); // b differs from a in every field
        const QSet<QString> every(fields.cbegin(), fields.cend());
        QVERIFY(sameContent(FieldMerge::merged(a, b, every), b));
        QCOMPARE(FieldMerge::merged(a, b, every).version, a.version); // saved over theirs
        QCOMPARE(FieldMerge::merged(a, b, {}), a);
        for (const QString &field : fields) {
            const QList<FieldConflict> one =
                FieldMerge::differences(a, a, FieldMerge::merged(a, b, {field}));
            QCOMPARE(one.size(), 1);
            QCOMPARE(one.first().field, field);
            QVERIFY(!one.first().label.isEmpty());
        }

        Decision theirs = a;
        theirs.title = u"Theirs"_s;
        theirs.measure = Measure::Warning;
        Decision yours = a;
        yours.title = u"Yours"_s;
        yours.summary = u"Yours too"_s;
        yours.measure = Measure::Warning; // the same change on both sides: no difference
        const QList<FieldConflict> changes = FieldMerge::differences(a, theirs, yours);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].field, u"title"_s);
        QVERIFY(changes[0].clash());
        QCOMPARE(changes[0].base, a.title);
        QCOMPARE(changes[1].field, u"summary"_s);
        QVERIFY(changes[1].youChanged && !changes[1].theyChanged && !changes[1].clash());
        QCOMPARE(FieldMerge::yoursByDefault(changes), QSet<QString>{u"summary"_s});
    }

    // Each edit says what it changed, and each undo and redo says the opposite or the
    // same again; changed() follows every one of them, and nothing resets.
    void typedSignalsForEditsUndoAndRedo() {
        auto doc = open();
        QSignalSpy added(doc.get(), &Document::decisionAdded);
        QSignalSpy edited(doc.get(), &Document::decisionChanged);
        QSignalSpy removed(doc.get(), &Document::decisionRemoved);
        QSignalSpy vendors(doc.get(), &Document::vendorsChanged);
        QSignalSpy resets(doc.get(), &Document::reset);
        QSignalSpy changed(doc.get(), &Document::changed);
        auto idOf = [](const QSignalSpy &spy) { return spy.last().first().toLongLong(); };

        const qint64 id = doc->addDecision(frenchBan());
        QCOMPARE(added.count(), 1);
        QCOMPARE(idOf(added), id);
        doc->undo(); // undoing an add removes
        QCOMPARE(removed.count(), 1);
        QCOMPARE(idOf(removed), id);
        QVERIFY(!doc->decision(id)); // the snapshot is new when the signal comes
        doc->redo();
        QCOMPARE(added.count(), 2);
        QCOMPARE(idOf(added), id);

        Decision d = *doc->decision(id);
        d.title = u"France restricts Huawei"_s;
        doc->editDecision(d);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(idOf(edited), id);
        doc->undo();
        QCOMPARE(edited.count(), 2);
        QCOMPARE(doc->decision(id)->title, frenchBan().title);
        doc->redo();
        QCOMPARE(edited.count(), 3);

        doc->deleteDecision(id);
        QCOMPARE(removed.count(), 2);
        doc->undo(); // undoing a delete adds
        QCOMPARE(added.count(), 3);
        QCOMPARE(idOf(added), id);

        Vendor v;
        v.name = u"HiSilicon"_s;
        doc->addVendor(v);
        QCOMPARE(vendors.count(), 1);
        doc->undo();
        QCOMPARE(vendors.count(), 2);
        QVERIFY(!doc->vendor(u"HiSilicon"_s));

        // A decision naming a new vendor: both, vendors first, in one undo step.
        Decision withNew = frenchBan();
        withNew.vendors = {u"Acme Networks"_s};
        const qint64 second = doc->addDecision(withNew);
        QCOMPARE(vendors.count(), 3);
        QCOMPARE(idOf(added), second);
        doc->undo();
        QCOMPARE(idOf(removed), second);
        QCOMPARE(vendors.count(), 4);

        QCOMPARE(resets.count(), 0);
        // One changed() per step; the add that created a vendor said both with one.
        QCOMPARE(changed.count(),
                 added.count() + edited.count() + removed.count() + vendors.count() - 1);
    }

    // An import is not an undo step: the document clears the history itself, says so
    // with reset(), and gives the import's summary; a refused import changes nothing.
    void importClearsTheHistoryAndResets() {
        auto doc = open();
        doc->addDecision(frenchBan());
        QCOMPARE(doc->undoStack()->count(), 1);
        QSignalSpy resets(doc.get(), &Document::reset);
        QSignalSpy added(doc.get(), &Document::decisionAdded);

        const QString bad = m_dir.filePath(u"bad.csv"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("id,country\n1,XX\n");
        badFile.close();
        QVERIFY_THROWS_EXCEPTION(Error, doc->importFile(bad));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(doc->undoStack()->count(), 1);

        Decision d = frenchBan();
        d.title = u"Imported from a colleague"_s;
        QJsonObject json = toJson(d);
        json.remove(u"id"_s);
        const QString good = m_dir.filePath(u"good.json"_s);
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(QJsonDocument(QJsonObject{{u"format"_s, u"banatlas"_s},
                                                 {u"version"_s, 1},
                                                 {u"decisions"_s, QJsonArray{json}}})
                           .toJson());
        goodFile.close();
        const ImportSummary s = doc->importFile(good);
        QCOMPARE(s.added, 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(added.count(), 0); // one reset, not a signal per decision
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(doc->decisionCount(), testing::bundledDecisionCount() + 2);
        if (testing::onServer()) {
            QVERIFY(s.backupPath.isEmpty()); // a server's backups are its own business
            return;
        }
        QVERIFY(QFileInfo::exists(s.backupPath));

        // Restoring the backup taken before the import: reset again, history still empty.
        doc->addDecision(frenchBan());
        doc->restoreBackup(s.backupPath);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(doc->decisionCount(), testing::bundledDecisionCount() + 1);
        QCOMPARE(doc->backups().first().reason, u"before-restore"_s);
        QCOMPARE(doc->makeBackup().reason, u"manual"_s);
        QCOMPARE(doc->backups().first().reason, u"manual"_s);
    }

    // What widgets read through the document instead of the store.
    void readsForTheWidgets() {
        auto doc = open();
        if (testing::onServer()) {
            // What a title shows: the address without its options, never a password.
            QVERIFY2(doc->databaseName().startsWith(u"postgres@"_s),
                     qPrintable(doc->databaseName()));
            QVERIFY(doc->databaseName().endsWith(u'/' +
                                                 parseServerAddress(doc->databasePath()).database));
        } else {
            QCOMPARE(doc->databaseName(), QFileInfo(doc->databasePath()).fileName());
            QVERIFY(doc->databaseName().endsWith(u".banatlas"_s));
        }
        QCOMPARE(doc->resolveCountry(u"France"_s), std::optional<QString>(u"FR"_s));
        QCOMPARE(doc->resolveCountry(u"FRA"_s), std::optional<QString>(u"FR"_s));
        QCOMPARE(doc->resolveCountry(u"Atlantis"_s), std::nullopt);
        Decision bad = frenchBan();
        bad.title.clear();
        const QList<FieldError> problems = doc->validate(bad);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"title"_s);
        QVERIFY(doc->validate(frenchBan()).isEmpty());

        const qint64 id = doc->addDecision(frenchBan());
        Decision d = *doc->decision(id);
        d.title = u"Edited"_s;
        d.measure = Measure::Restriction;
        doc->editDecision(d);
        const QList<AuditEntry> history = doc->history(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().action, u"insert"_s);
        QVERIFY2(describeChange(history.last())
                     .endsWith(u"changed: measure, title  by "_s + history.last().who()),
                 qPrintable(describeChange(history.last())));
    }

    // A file opened without its quick_check (larger than the bound asked for) is checked
    // in the background, and edits wait for that check: refused with a reason while it
    // runs, allowed once it says "ok", refused for good when it finds damage (here a
    // header claiming free pages that are not there: everything still reads).
    void editsWaitForTheBackgroundCheck_data() {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("sound") << false;
        QTest::newRow("damaged") << true;
    }
    void editsWaitForTheBackgroundCheck() {
        QFETCH(bool, damaged);
        if (testing::onServer())
            QSKIP("SQLite's quick_check of a file; a server checks its own storage");
        const QString path = m_dir.filePath(u"checked%1.banatlas"_s.arg(++m_counter));
        openDatabase(path).reset(); // seeded, closed (the journal folded in)
        if (damaged) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(36)); // the header's count of free pages
            QCOMPARE(f.write(QByteArray("\0\0\0\3", 4)), 4);
        }
        Document doc(std::make_unique<Store>(path, Access::ReadWrite, 0));
        QVERIFY(doc.store().integrityCheckDeferred());
        QSignalSpy checked(&doc, &Document::integrityChecked);
        QVERIFY(doc.checkInBackground());
        QVERIFY(doc.editsHeld());
        const int before = doc.decisionCount();
        QVERIFY_THROWS_EXCEPTION(StoreError, doc.addDecision(frenchBan()));
        QVERIFY(checked.wait(20000));
        const QString result = checked.first().first().toString();
        QCOMPARE(doc.editsHeld(), damaged);
        if (damaged) {
            QVERIFY2(result.contains(u"freelist"_s, Qt::CaseInsensitive), qPrintable(result));
            QVERIFY_THROWS_EXCEPTION(StoreError, doc.addDecision(frenchBan()));
            QCOMPARE(doc.decisionCount(), before);
        } else {
            QCOMPARE(result, u"ok"_s);
            doc.addDecision(frenchBan());
            QCOMPARE(doc.decisionCount(), before + 1);
        }
    }

    // A check asked to stop stops (a window closing does not wait for a whole quick_check
    // of a large file) and says so, never "ok".
    void aStoppedCheckSaysSo() {
        if (testing::onServer())
            QSKIP("SQLite's quick_check of a file; a server checks its own storage");
        const QString path = m_dir.filePath(u"stopped%1.banatlas"_s.arg(++m_counter));
        openDatabase(path).reset();
        Store store(path, Access::ReadWrite, 0);
        const std::atomic<bool> stop{true};
        const QString result =
            Store::quickCheck(store.connectionName(), store.connectionOptions(), &stop);
        QVERIFY2(result.contains(u"interrupt"_s, Qt::CaseInsensitive), qPrintable(result));
        const std::atomic<bool> go{false};
        QCOMPARE(Store::quickCheck(store.connectionName(), store.connectionOptions(), &go),
                 u"ok"_s);
    }

    // After each edit, undo and redo the document patches its snapshot in place (the
    // decision's facts, the resolver, its governments' counts); it must equal what a
    // fresh read of the store gives: the counts, each government's ids newest first, and
    // the status of every government for every vendor on several dates, with periods.
    void snapshotFollowsEveryEditAsAFreshReadWould() {
        auto doc = open();
        const Store &store = doc->store();
        const auto check = [&](const char *step) {
            const StatusResolver fresh(store.statusFacts(), store.vendors());
            QCOMPARE(doc->decisionCount(), store.decisionCount());
            const QHash<QString, int> counts = store.decisionCounts();
            for (const QString &c : doc->countryCodes()) {
                QVERIFY2(doc->decisionCount(c) == counts.value(c), step);
                QList<const Decision *> own;
                const QList<Decision> whole = store.decisionsOf(c);
                for (const Decision &d : whole)
                    own.append(&d);
                sortNewestFirst(own);
                QList<qint64> ids;
                for (const Decision *d : std::as_const(own))
                    ids.append(d->id);
                QVERIFY2(doc->decisionIdsOf(c) == ids, step);
                // Read by their ids in one query (with one that does not exist): the same
                // decisions, whole, in id order.
                QVERIFY2(store.decisions(ids + QList<qint64>{999999}) == whole, step);
                for (const Vendor &v : store.vendors()) {
                    for (QDate date : {QDate(2019, 6, 1), QDate(2021, 1, 1), QDate(2025, 3, 2),
                                       QDate(2030, 1, 1)}) {
                        QVERIFY2(doc->resolver().resolve(c, v.name, date) ==
                                     fresh.resolve(c, v.name, date),
                                 qPrintable(u"%1: %2 %3 %4"_s.arg(QLatin1StringView(step), c,
                                                                  v.name, date.toString())));
                    }
                }
                QVERIFY2(doc->resolver().periods(c, QStringList{}) == fresh.periods(c, {}),
                         qPrintable(u"%1: periods of %2"_s.arg(QLatin1StringView(step), c)));
            }
        };
        QVERIFY(doc->decisionCount() > 50); // the bundled dataset
        check("opened");
        const qint64 id = doc->addDecision(frenchBan());
        check("added");
        Decision d = *doc->decision(id);
        d.country = u"DE"_s; // to another government
        d.vendors = {u"ZTE"_s, u"Huawei"_s};
        d.coversSubsidiaries = true;
        d.ended = PartialDate::day(2026, 1, 1);
        doc->editDecision(d);
        check("moved to DE, two vendors");
        const qint64 australian = doc->decisionIdsOf(u"AU"_s).constLast();
        doc->deleteDecision(australian);
        check("deleted an Australian decision");
        doc->undo();
        check("undid the delete");
        doc->undo();
        check("undid the move");
        doc->redo();
        check("redid the move");
        doc->undo();
        doc->undo();
        check("undid the add");
    }

    // The audit log in words: created, deleted, and the fields whose values differ —
    // including one that only the earlier snapshot has.
    void describeChangeNamesTheFields_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("importId");
        QTest::newRow("created") << u"insert"_s << QString() << u"{\"title\":\"A\"}"_s
                                 << u"created"_s << qint64(0);
        QTest::newRow("deleted") << u"delete"_s << u"{\"title\":\"A\"}"_s << QString()
                                 << u"deleted"_s << qint64(0);
        // An import's compact rows (a local copy's return is one): no values to compare.
        QTest::newRow("an import's change")
            << u"update"_s << QString() << QString() << u"changed by an import"_s << qint64(7);
        QTest::newRow("an import's addition")
            << u"insert"_s << QString() << QString() << u"created by an import"_s << qint64(7);
        QTest::newRow("an import's deletion")
            << u"delete"_s << QString() << QString() << u"deleted by an import"_s << qint64(7);
        QTest::newRow("two fields")
            << u"update"_s << u"{\"title\":\"A\",\"measure\":\"ban\",\"id\":1}"_s
            << u"{\"title\":\"B\",\"measure\":\"warning\",\"id\":1}"_s
            << u"changed: measure, title"_s << qint64(0);
        QTest::newRow("a field gone") << u"update"_s << u"{\"ended\":\"2021\",\"id\":1}"_s
                                      << u"{\"id\":1}"_s << u"changed: ended"_s << qint64(0);
        QTest::newRow("a list") << u"update"_s << u"{\"vendors\":[\"Huawei\"]}"_s
                                << u"{\"vendors\":[\"Huawei\",\"ZTE\"]}"_s << u"changed: vendors"_s
                                << qint64(0);
    }
    void describeChangeNamesTheFields() {
        QFETCH(QString, action);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QFETCH(qint64, importId);
        AuditEntry e;
        e.importId = importId;
        e.at = QDateTime(QDate(2025, 3, 1), QTime(14, 30), Qt::UTC);
        e.action = action;
        e.entity = u"decision"_s;
        e.entityId = u"1"_s;
        e.oldValue = before;
        e.newValue = after;
        const QString said = displayDateTime(e.at.toLocalTime()) + u"  "_s + expected;
        QCOMPARE(describeChange(e), said); // an entry from before schema 9: nobody named
        e.user = u"ann"_s;
        e.host = u"10.0.0.7"_s;
        QCOMPARE(describeChange(e), said + u"  by ann@10.0.0.7"_s);
        e.host.clear();
        QCOMPARE(describeChange(e), said + u"  by ann"_s);
    }

    // The change history the country profile shows names who made each change: this
    // document's user, and on a server another connection's.
    // The server goes away (ended, then closed to new connections) and comes back: edits
    // are held with the reason, views read nothing rather than fail, and once it is back
    // the document reads everything again (a change made while it was away is there) and
    // hears others live again.
    void aLostConnectionHoldsEditsAndComesBack() {
        if (!testing::onServer())
            QSKIP("a file has no connection to lose; the server engine tests this");
        const QString address = m_databases.create(u"lost"_s, Seed::Bundled);
        const QString database = parseServerAddress(address).database;
        Document doc(openDatabase(address, Seed::Bundled));
        doc.setConnectionCheckInterval(3600 * 1000); // checked when the test says
        QSignalSpy lost(&doc, &Document::connectionWasLost);
        QSignalSpy failed(&doc, &Document::reconnectFailed);
        QSignalSpy back(&doc, &Document::reconnected);
        QSignalSpy resets(&doc, &Document::reset);
        QSignalSpy changed(&doc, &Document::decisionChanged);
        const QList<qint64> ids = doc.decisionIdsOf(u"AU"_s);
        QVERIFY(ids.size() >= 3);
        const Decision mine = *doc.decision(ids[0]);

        testing::ServerAdministrator admin;
        const testing::DroppedWarnings driverNoise(testing::ServerAdministrator::driverNoise());
        admin.endConnectionsTo(database);
        // Someone changes a decision while this document cannot hear.
        {
            const auto other = openDatabase(address, Seed::Bundled);
            Decision d = *other->decision(ids[1]);
            d.title = u"Changed while the window was away"_s;
            other->updateDecision(d);
        }
        admin.allowConnectionsTo(database, false);
        admin.endConnectionsTo(database);

        doc.setConnectionCheckInterval(20);
        QTRY_COMPARE(lost.count(), 1);
        QVERIFY(doc.connectionLost());
        QVERIFY(doc.editsHeld());
        QCOMPARE(back.count(), 0);
        // An edit is refused with the reason; reads give nothing rather than fail.
        Decision edit = mine;
        edit.title = u"Edited while the server was away"_s;
        try {
            doc.editDecision(edit);
            QFAIL("an edit went through with the connection lost");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(u"the connection to the server was lost"_s),
                     qPrintable(e.message()));
        }
        QVERIFY(!doc.decision(ids[2]));
        QVERIFY(doc.decisionIdsOf(u"AU"_s).isEmpty());
        QVERIFY(doc.history(ids[0]).isEmpty());
        QTRY_VERIFY(failed.count() >= 2); // tried again, and again
        QVERIFY(doc.connectionLost());

        admin.allowConnectionsTo(database, true);
        QTRY_COMPARE(back.count(), 1);
        QVERIFY(!doc.connectionLost());
        QVERIFY(!doc.editsHeld());
        QVERIFY(resets.count() >= 1);
        QCOMPARE(doc.decision(ids[1])->title, u"Changed while the window was away"_s);
        QCOMPARE(doc.decisionIdsOf(u"AU"_s), ids);
        doc.editDecision(edit);
        QCOMPARE(doc.decision(ids[0])->title, edit.title);

        // Live again: another analyst's save arrives.
        changed.clear();
        {
            const auto other = openDatabase(address, Seed::Bundled);
            Decision d = *other->decision(ids[2]);
            d.title = u"Heard after the reconnection"_s;
            other->updateDecision(d);
        }
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(doc.decision(ids[2])->title, u"Heard after the reconnection"_s);

        // A moment's loss (a restart): connected again at the next check, nothing held.
        admin.endConnectionsTo(database);
        QTRY_COMPARE(back.count(), 2);
        QCOMPARE(lost.count(), 1);
        QVERIFY(!doc.editsHeld());
        edit = *doc.decision(ids[0]);
        edit.title = u"Edited after a restart"_s;
        doc.editDecision(edit);
        QCOMPARE(openDatabase(address, Seed::Bundled)->decision(ids[0])->title, edit.title);
    }

    void historySaysWho() {
        const QString address = m_databases.create(u"who"_s, Seed::Bundled);
        Document doc(openDatabase(address, Seed::Bundled));
        const qint64 id = doc.addDecision(frenchBan());
        Decision d = *doc.decision(id);
        d.title = u"Renamed"_s;
        doc.editDecision(d);
        const QList<AuditEntry> log = doc.history(id);
        QCOMPARE(log.size(), 2);
        for (const AuditEntry &e : log) {
            QVERIFY(!e.user.isEmpty());
            QVERIFY2(describeChange(e).endsWith(u"  by "_s + e.who()),
                     qPrintable(describeChange(e)));
        }
        if (testing::onServer())
            QCOMPARE(log.last().who(), u"postgres@local"_s);
    }

    // The facade holds: no widget reaches into the store, clears the undo stack or
    // reloads the document by hand (ui/ is read as text).
    void widgetsGoThroughTheDocument() {
        const QDir ui(QStringLiteral(BANATLAS_TEST_DATA "/../../ui"));
        const QStringList files = ui.entryList({u"*.cpp"_s, u"*.h"_s}, QDir::Files);
        QVERIFY2(files.contains(u"mainwindow.cpp"_s), qPrintable(ui.absolutePath()));
        const QRegularExpression forbidden(
            u"(->|\\.)\\s*(store\\(\\)|reload\\(\\)|undoStack\\(\\)\\s*->\\s*(clear|undo|redo|push))"_s);
        QStringList found;
        for (const QString &name : files) {
            QFile f(ui.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (forbidden.match(lines[i]).hasMatch())
                    found.append(u"%1:%2: %3"_s.arg(name).arg(i + 1).arg(lines[i].trimmed()));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // The pattern finds what it is meant to.
        QVERIFY(forbidden.match(u"importFile(m_doc->store(), path)"_s).hasMatch());
        QVERIFY(forbidden.match(u"m_doc->undoStack()->clear();"_s).hasMatch());
        QVERIFY(!forbidden.match(u"painter->restore();"_s).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
