#include "document/document.h"
#include "domain/errors.h"
#include "helpers/storehelpers.h"
#include "interchange/interchange.h"

#include "helpers/testsetup.h"

#include <QSignalSpy>
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

    std::unique_ptr<Document> open() {
        return std::make_unique<Document>(
            openDatabase(m_dir.filePath(u"doc%1.banatlas"_s.arg(++m_counter))));
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

        doc->undoStack()->undo();
        QVERIFY(!doc->decision(id));
        QCOMPARE(classOn(*doc, u"FR"_s, later), StatusClass::Restricted);

        doc->undoStack()->redo();
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

        doc->undoStack()->undo(); // delete
        QCOMPARE(doc->decision(id)->title, u"France warns about Huawei"_s);
        doc->undoStack()->undo(); // edit
        QCOMPARE(doc->decision(id)->measure, Measure::Ban);
        QCOMPARE(doc->decision(id)->title, frenchBan().title);
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        QVERIFY(!doc->decision(id));
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        doc->undoStack()->undo(); // add
        QVERIFY(!doc->decision(id));
        QCOMPARE(doc->decisions().size(), testing::bundledDecisionCount());
    }

    void newVendorIsPartOfTheSameStep() {
        auto doc = open();
        Decision d = frenchBan();
        d.vendors = {u"Acme Networks"_s, u"Huawei"_s};
        const qint64 id = doc->addDecision(d);
        QVERIFY(doc->vendor(u"Acme Networks"_s));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(!doc->decision(id));
        QVERIFY(!doc->vendor(u"Acme Networks"_s));
        doc->undoStack()->redo();
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
        QCOMPARE(doc->decisions().size(), testing::bundledDecisionCount());
    }

    void addVendorUndo() {
        auto doc = open();
        Vendor v;
        v.name = u"HiSilicon"_s;
        v.parent = u"Huawei"_s;
        doc->addVendor(v);
        QCOMPARE(doc->vendor(u"hisilicon"_s)->parent, u"Huawei"_s);
        doc->undoStack()->undo();
        QVERIFY(!doc->vendor(u"HiSilicon"_s));
        doc->undoStack()->redo();
        QCOMPARE(doc->vendor(u"HiSilicon"_s)->parent, u"Huawei"_s);
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
            for (const Decision &d : doc->decisions())
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
                doc->undoStack()->undo();
            QVERIFY(exportJson(doc->store()) == before);
            QVERIFY(documentAgrees());
            for (int i = 0; i < steps; ++i)
                doc->undoStack()->redo();
            QVERIFY(exportJson(doc->store()) == after);
            QVERIFY(documentAgrees());
        }
        if (kind == u"new vendor inside an edit"_s) {
            doc->undoStack()->undo();
            QVERIFY(!doc->vendor(u"Acme Networks"_s)); // gone with the edit, one step
        }
    }

    void failedUndoIsReported() {
        auto doc = open();
        const qint64 id = doc->addDecision(frenchBan());
        // Someone removes it behind the stack's back: undo cannot remove it again.
        doc->store().removeDecision(id);
        QSignalSpy errors(doc.get(), &Document::errorOccurred);
        doc->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QString::number(id)));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
