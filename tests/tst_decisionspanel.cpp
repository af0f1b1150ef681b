// The Decisions tab as an analyst uses it: what each filter lists is what the store's own
// query and a plain check of every decision list; the search marks what it matched and
// shows markup as text; a syntax slip is said where it is; bulk changes are one undo
// step; the list keeps the selected decision through edits.
#include "countryprofile.h"
#include "datefield.h"
#include "decisionspanel.h"
#include "document/decisionlistmodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "helpers/testsetup.h"
#include "interchange/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace banatlas;

class TestDecisionsPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Document> m_doc;
    ViewState *m_state = nullptr;
    std::unique_ptr<DecisionsPanel> m_panel;

    QList<qint64> listed() const { return m_panel->model()->ids(); }
    QSet<qint64> listedSet() const {
        const QList<qint64> ids = listed();
        return QSet<qint64>(ids.begin(), ids.end());
    }
    QSet<qint64> where(const std::function<bool(const Decision &)> &keep) const {
        QSet<qint64> ids;
        for (const Decision &d : m_doc->store().decisions()) {
            if (keep(d))
                ids.insert(d.id);
        }
        return ids;
    }
    void search(const QString &text) {
        m_panel->searchField()->setText(text);
        m_panel->applyFilter();
    }
    static void check(QMenu *menu, const QString &text) {
        for (QAction *a : menu->actions()) {
            QString shown = a->text(); // "&&" is a "&" of the name, "&" a mnemonic
            shown.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u"\x01"_s, u"&"_s);
            if (shown == text) {
                a->setChecked(true);
                return;
            }
        }
        QFAIL(qPrintable(u"no menu entry %1"_s.arg(text)));
    }
    void selectRows(const QList<int> &rows) {
        QTableView *view = m_panel->view();
        view->clearSelection();
        for (int row : rows) {
            view->selectionModel()->select(m_panel->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        view->selectionModel()->setCurrentIndex(m_panel->model()->index(rows.first(), 0),
                                                QItemSelectionModel::NoUpdate);
    }

private slots:
    void init() {
        testing::failOnQtWarnings();
        m_doc = std::make_unique<Document>(
            openDatabase(m_dir.filePath(u"p%1.banatlas"_s.arg(++m_counter))));
        m_state = new ViewState(m_doc.get());
        m_state->setAsOf(QDate(2021, 6, 1));
        m_panel = std::make_unique<DecisionsPanel>(m_doc.get(), m_state);
        m_panel->resize(1400, 800);
        m_panel->show();
    }
    void cleanup() {
        m_panel.reset();
        m_doc.reset();
    }

    void listsEveryDecisionNewestFirst() {
        QCOMPARE(m_panel->model()->rowCount(), m_doc->decisionCount());
        QCOMPARE(m_panel->countLabel()->text(), u"%1 decisions"_s.arg(m_doc->decisionCount()));
        const QList<Decision> ds = m_doc->store().decisions(listed());
        QHash<qint64, int> key;
        for (const Decision &d : ds)
            key.insert(d.id, d.announced.key());
        for (qsizetype i = 1; i < listed().size(); ++i)
            QVERIFY(key[listed()[i - 1]] >= key[listed()[i]]);
    }

    void searchListsWhatTheStoreFinds() {
        search(u"huawei NOT zte"_s);
        DecisionFilter f;
        f.text = SearchQuery::parse(u"huawei NOT zte"_s);
        QCOMPARE(listed(), m_doc->findDecisions(f)); // best match first, the same order
        QVERIFY(m_panel->model()->byRelevance());
        QCOMPARE(m_panel->countLabel()->text(), u"%1 decisions"_s.arg(listed().size()));
        // Each listed decision's text holds the word, and none holds the one excluded.
        for (const Decision &d : m_doc->store().decisions(listed())) {
            QString text = d.title + u' ' + d.summary;
            for (const Source &s : d.sources)
                text += u' ' + s.title + u' ' + s.publisher + u' ' + s.url;
            QVERIFY(foldForSearch(text).contains(u"huawei"_s));
        }
    }

    void syntaxSlipIsSaidWhereAndKeepsTheList() {
        search(u"huawei"_s);
        const QList<qint64> before = listed();
        search(u"huawei OR"_s);
        QVERIFY(m_panel->syntaxLabel()->isVisible());
        QVERIFY2(m_panel->syntaxLabel()->text().contains(u"column 8"_s),
                 qPrintable(m_panel->syntaxLabel()->text()));
        QCOMPARE(listed(), before);
        search(u"huawei OR zte"_s);
        QVERIFY(!m_panel->syntaxLabel()->isVisible());
    }

    void filtersCombine() {
        search(u"5g"_s);
        check(m_panel->measureMenu(), displayName(Measure::Ban));
        check(m_panel->measureMenu(), displayName(Measure::Restriction));
        m_panel->placeBox()->setCurrentIndex(m_panel->placeBox()->findData(u"r:Europe"_s));
        m_panel->applyFilter();
        const QSet<qint64> fiveG = [this] {
            DecisionFilter f;
            f.text = SearchQuery::parse(u"5g"_s);
            const QList<qint64> ids = m_doc->findDecisions(f);
            return QSet<qint64>(ids.begin(), ids.end());
        }();
        const QSet<qint64> expected = where([&](const Decision &d) {
            const Country *c = m_doc->country(d.country);
            return fiveG.contains(d.id) && c && c->region == u"Europe"_s &&
                   (d.measure == Measure::Ban || d.measure == Measure::Restriction);
        });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(listedSet(), expected);

        // A group's members on the as-of date; dates announced; in effect that day.
        m_panel->clearFilters();
        QCOMPARE(m_panel->model()->rowCount(), m_doc->decisionCount());
        m_panel->placeBox()->setCurrentIndex(m_panel->placeBox()->findData(u"g:FIVE_EYES"_s));
        m_panel->dateKindBox()->setCurrentIndex(1);
        m_panel->fromField()->setDate(QDate(2018, 1, 1));
        m_panel->toField()->setDate(QDate(2020, 12, 31));
        m_panel->applyFilter();
        const auto group =
            std::find_if(m_doc->groups().begin(), m_doc->groups().end(),
                         [](const CountryGroup &g) { return g.code == u"FIVE_EYES"_s; });
        QVERIFY(group != m_doc->groups().end());
        const QStringList members = group->membersOn(m_state->asOf());
        QCOMPARE(listedSet(), where([&](const Decision &d) {
                     return members.contains(d.country) && d.announced.key() >= 20180101 &&
                            d.announced.key() <= 20201231;
                 }));
        QVERIFY(!listed().isEmpty());

        m_panel->clearFilters();
        m_panel->inEffectBox()->setChecked(true);
        QCOMPARE(listedSet(), m_doc->decisionsInEffect(m_state->asOf()));
        m_state->setAsOf(QDate(2012, 6, 1)); // the list follows the day
        QCOMPARE(listedSet(), m_doc->decisionsInEffect(QDate(2012, 6, 1)));
        QVERIFY(m_panel->inEffectBox()->text().contains(u"2012"_s));
    }

    void columnsSort() {
        m_panel->view()->sortByColumn(DecisionListModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(!m_panel->model()->byRelevance());
        QCOMPARE(listed(), m_doc->findDecisions({}, DecisionOrder::Title));
        m_panel->view()->sortByColumn(DecisionListModel::GovernmentColumn, Qt::DescendingOrder);
        QCOMPARE(listed(), m_doc->findDecisions({}, DecisionOrder::Country, true));
        // A new search goes back to best match first.
        search(u"tiktok"_s);
        QVERIFY(m_panel->model()->byRelevance());
    }

    // The details of the current decision, the words searched marked, markup shown as text.
    void detailsMarkWhatWasFound() {
        Decision d;
        d.country = u"AU"_s;
        d.vendors = {u"Huawei"_s};
        d.measure = Measure::Warning;
        d.scopes = {Scope::Core5g};
        d.announced = PartialDate::day(2024, 2, 1);
        d.title = u"<img src=\"/etc/passwd\"> Quokka <b>warning</b>"_s;
        d.confidence = Confidence::SingleSource;
        const qint64 id = m_doc->addDecision(d);
        search(u"quokka"_s);
        QCOMPARE(listed(), QList<qint64>{id});
        selectRows({0});
        QCOMPARE(m_panel->currentId(), id);
        QCOMPARE(m_state->decision(), id);
        const QString html = m_panel->details()->toHtml();
        QVERIFY(m_panel->details()->toPlainText().contains(u"<img src=\"/etc/passwd\"> Quokka"_s));
        QVERIFY(!html.contains(u"<img"_s));
        const QString marked = markedHtml(d.title, SearchQuery::parse(u"quokka"_s).terms());
        QVERIFY2(marked.contains(u">Quokka</span>"_s), qPrintable(marked));
        QVERIFY(marked.startsWith(u"&lt;img src=&quot;/etc/passwd&quot;&gt; "_s));
    }

    // The words found are drawn marked in the title column (and only there), and a title
    // without them is drawn as a plain cell.
    void tableMarksTheWordsFound() {
        search(u"huawei"_s);
        QVERIFY(!listed().isEmpty());
        QTableView *view = m_panel->view();
        int row = 0; // the first whose title holds the word (others match in their sources)
        while (searchMatches(m_doc->decision(listed()[row])->title,
                             SearchQuery::parse(u"huawei"_s).terms())
                   .isEmpty())
            ++row;
        view->scrollTo(m_panel->model()->index(row, 0));
        // Wide enough for the word: an elided title marks only what it shows.
        view->horizontalHeader()->resizeSection(DecisionListModel::TitleColumn, 700);
        const QImage image = view->viewport()->grab().toImage();
        const QColor mark = searchMarkColor();
        auto marked = [&](int column) {
            const QRect cell =
                view->visualRect(m_panel->model()->index(row, column)) & image.rect();
            for (int y = cell.top(); y <= cell.bottom(); ++y) {
                for (int x = cell.left(); x <= cell.right(); ++x) {
                    if (image.pixelColor(x, y) == mark)
                        return true;
                }
            }
            return false;
        };
        QVERIFY(marked(DecisionListModel::TitleColumn));
        QVERIFY(!marked(DecisionListModel::VendorsColumn)); // a filter column is not marked
        search(QString());
        const QImage plain = view->viewport()->grab().toImage();
        const QRect title =
            view->visualRect(m_panel->model()->index(0, DecisionListModel::TitleColumn)) &
            plain.rect();
        bool any = false;
        for (int x = title.left(); x <= title.right() && !any; ++x)
            any = plain.pixelColor(x, title.center().y()) == mark;
        QVERIFY(!any);
    }

    // A bulk change is one undo step, and the list keeps its rows and selection.
    void bulkChangesAreOneStep() {
        search(u"huawei"_s);
        QVERIFY(listed().size() >= 3);
        const QList<qint64> chosen = listed().mid(0, 3);
        selectRows({0, 1, 2});
        QCOMPARE(m_panel->selectedIds(), chosen);
        QMap<qint64, Decision> before;
        for (qint64 id : chosen)
            before.insert(id, *m_doc->decision(id));
        const int steps = m_doc->undoStack()->count();

        m_panel->setConfidence(Confidence::SingleSource);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        for (qint64 id : chosen)
            QCOMPARE(m_doc->decision(id)->confidence, Confidence::SingleSource);
        m_panel->addScope(Scope::Surveillance);
        m_panel->addVendor(u"Quokka Networks"_s); // a new vendor, made in the same step
        QCOMPARE(m_doc->undoStack()->count(), steps + 3);
        QVERIFY(m_doc->vendor(u"Quokka Networks"_s));
        for (qint64 id : chosen) {
            QVERIFY(m_doc->decision(id)->scopes.contains(Scope::Surveillance));
            QVERIFY(m_doc->decision(id)->vendors.contains(u"Quokka Networks"_s));
        }
        QCOMPARE(m_panel->selectedIds(), chosen); // the selection stays with its rows

        m_doc->undo(); // the vendor, and the vendor made for it
        QVERIFY(!m_doc->vendor(u"Quokka Networks"_s));
        m_doc->undo();
        m_doc->undo();
        for (qint64 id : chosen)
            QVERIFY(sameContent(*m_doc->decision(id), before[id])); // at a later version
        m_doc->redo();
        for (qint64 id : chosen)
            QCOMPARE(m_doc->decision(id)->confidence, Confidence::SingleSource);

        // Removing a vendor from decisions that name only it is refused, and changes none.
        m_doc->undo();
        selectRows({0, 1, 2});
        QSignalSpy failed(m_panel.get(), &DecisionsPanel::changeFailed);
        const QStringList only = m_doc->decision(chosen[0])->vendors;
        if (only.size() == 1) {
            m_panel->removeVendor(only.first());
            QCOMPARE(failed.count(), 1);
            for (qint64 id : chosen)
                QVERIFY(sameContent(*m_doc->decision(id), before[id])); // at a later version
        }
    }

    void bulkDeleteIsOneStep() {
        search(u"tiktok"_s);
        const QList<qint64> chosen = listed();
        QVERIFY(chosen.size() >= 2);
        const int total = m_doc->decisionCount();
        m_doc->deleteDecisions(chosen);
        QCOMPARE(m_doc->decisionCount(), total - chosen.size());
        QCOMPARE(listed(), {});
        QCOMPARE(m_panel->countLabel()->text(), u"0 decisions"_s);
        m_doc->undo();
        QCOMPARE(m_doc->decisionCount(), total);
        QCOMPARE(listedSet(), QSet<qint64>(chosen.begin(), chosen.end()));
    }

    // A list longer than one changed row by row: a bulk change that moves the selected rows,
    // and an added decision, keep the rows in order and the selection with its decisions.
    void longListsChangeInOneStep() {
        QByteArray csv = "country,vendors,measure,scope,announced,title,confidence\n";
        for (int i = 0; i < 21000; ++i)
            csv += "NZ,ZTE,warning,5g_core,2021-02-01,Long list " + QByteArray::number(i) +
                   ",official\n";
        QTemporaryDir dir;
        const QString file = dir.filePath(u"long.csv"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        m_doc->importFile(file);
        QVERIFY(m_panel->model()->rowCount() > 21000);
        m_panel->view()->sortByColumn(DecisionListModel::ConfidenceColumn, Qt::AscendingOrder);
        QCOMPARE(listed(), m_doc->findDecisions({}, DecisionOrder::Confidence));
        selectRows({0, 1, 2}); // official ones, first
        const QList<qint64> chosen = m_panel->selectedIds();
        m_panel->setConfidence(Confidence::SingleSource); // they move to the end
        QCOMPARE(listed(), m_doc->findDecisions({}, DecisionOrder::Confidence));
        QList<qint64> selectedNow = m_panel->selectedIds();
        std::sort(selectedNow.begin(), selectedNow.end());
        QList<qint64> expected = chosen;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selectedNow, expected);
        QVERIFY(listed().indexOf(chosen.first()) > 21000);
        const qint64 current = m_panel->currentId();
        QVERIFY(chosen.contains(current));
        Decision d = *m_doc->decision(chosen.first());
        d.id = 0;
        d.title = u"One more"_s;
        const qint64 added = m_doc->addDecision(d); // rows change: read anew
        QVERIFY(listed().contains(added));
        QCOMPARE(listed(), m_doc->findDecisions({}, DecisionOrder::Confidence));
        QCOMPARE(m_panel->currentId(), current);
    }

    // A vendor with "&" in its name: checked by its id through a change of the vendors,
    // shown with its "&" on the button.
    void vendorNamesWithAmpersands() {
        Vendor v;
        v.name = u"AT&T"_s;
        v.kind = VendorKind::TelecomEquipment;
        m_doc->addVendor(v);
        check(m_panel->vendorMenu(), u"AT&T"_s);
        Vendor other;
        other.name = u"Quokka Telecom"_s;
        other.kind = VendorKind::TelecomEquipment;
        m_doc->addVendor(other); // the menu is made anew
        QVERIFY(m_panel->filter().vendorIds.contains(m_doc->vendor(u"AT&T"_s)->id));
        QCOMPARE(m_panel->filter().vendorIds.size(), 1);
    }

    // An edit elsewhere moves the row where its new text belongs and keeps it current.
    void editsKeepTheCurrentRow() {
        m_panel->view()->sortByColumn(DecisionListModel::TitleColumn, Qt::AscendingOrder);
        const qint64 id = listed().at(5);
        m_panel->view()->setCurrentIndex(m_panel->model()->index(5, 0));
        Decision d = *m_doc->decision(id);
        d.title = u"zzz last by title"_s;
        m_doc->editDecision(d);
        QCOMPARE(listed().last(), id);
        QCOMPARE(m_panel->currentId(), id);
        QVERIFY(m_panel->details()->toPlainText().contains(u"zzz last by title"_s));
    }
};

QTEST_MAIN(TestDecisionsPanel)
#include "tst_decisionspanel.moc"
