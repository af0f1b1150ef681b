#include "document.h"
#include "errors.h"
#include "helpers/storehelpers.h"
#include "interchange.h"

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
        QVERIFY(changed.count() >= 1);
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
