#include "document/countryfilterproxy.h"
#include "document/countrylistmodel.h"
#include "document/countrystatusmodel.h"
#include "document/decisionhistorymodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/vendorcountriesmodel.h"
#include "document/viewstate.h"
#include "i18n/displaynames.h"
#include "interchange/database.h"

#include "helpers/bundledjson.h"
#include "helpers/statusedges.h"
#include "helpers/testsetup.h"
#include "helpers/teststores.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

class TestModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::TestDatabases m_databases; // files, or a server (tests/helpers/teststores.h)
    std::unique_ptr<Document> m_doc;
    ViewState *m_state = nullptr;

    QStringList visibleCodes(const QAbstractItemModel &m) const {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.index(r, 0).data(CodeRole).toString());
        out.sort();
        return out;
    }

private slots:
    void init() {
        testing::failOnQtWarnings();
        // A file, or a team database under BANATLAS_TEST_ENGINE=postgresql; with the
        // bundled dataset. The edge cases make stores of their own.
        if (QByteArrayView(QTest::currentTestFunction()) == "vendorFiltersAtTheEdges")
            return;
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        m_doc = std::make_unique<Document>(
            openDatabase(m_databases.create(name, Seed::Bundled), Seed::Bundled));
        m_state = new ViewState(m_doc.get());
        m_state->setAsOf(QDate(2019, 1, 1));
        m_state->setVendors({u"Huawei"_s});
    }
    void cleanup() { m_doc.reset(); }

    void countryListFollowsTheViewState() {
        CountryListModel model(m_doc.get(), m_state);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 251);
        const int au = model.rowOf(u"AU"_s);
        const QModelIndex cls = model.index(au, CountryListModel::ClassColumn);
        QCOMPARE(cls.data(ClassRole).toInt(), int(StatusClass::Banned));
        QCOMPARE(cls.data().toString(), u"Banned"_s);
        // Every decision of Australia's, counted in the bundled file itself.
        QCOMPARE(model.index(au, CountryListModel::DecisionsColumn).data().toInt(),
                 testing::bundledDecisionCountOf(u"AU"_s));
        const int gb = model.rowOf(u"GB"_s);
        QCOMPARE(model.index(gb, 0).data(ClassRole).toInt(), int(StatusClass::UnderReview));

        m_state->setAsOf(QDate(2018, 1, 1)); // before the 5G ban: out of the NBN since 2012
        QCOMPARE(cls.data(ClassRole).toInt(), int(StatusClass::GovernmentBan));
        m_state->setAsOf(QDate(2011, 1, 1)); // before any decision of Australia's
        QCOMPARE(cls.data(ClassRole).toInt(), int(StatusClass::NoData));
        m_state->setAsOf(QDate(2020, 8, 1));
        QCOMPARE(model.index(gb, 0).data(ClassRole).toInt(), int(StatusClass::Banned));
        QVERIFY(model.index(gb, 0).data(PendingRole).toBool());
        QCOMPARE(model.index(gb, 0).data().toString(), u"Banned (pending)"_s);
        m_state->setVendors({u"Kaspersky"_s});
        QCOMPARE(cls.data(ClassRole).toInt(), int(StatusClass::NoData));
    }

    void filters() {
        CountryListModel model(m_doc.get(), m_state);
        CountryFilterProxy proxy(m_doc.get(), m_state);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setText(u"aus"_s); // name, alpha-2 or alpha-3
        QCOMPARE(visibleCodes(proxy), (QStringList{u"AT"_s, u"AU"_s}));
        proxy.setText(u"GBR"_s);
        QCOMPARE(visibleCodes(proxy), QStringList{u"GB"_s});
        proxy.setText(u"uk"_s); // alias
        QVERIFY(visibleCodes(proxy).contains(u"GB"_s));
        proxy.setText({});

        proxy.setGroup(u"FIVE_EYES"_s);
        QCOMPARE(visibleCodes(proxy), (QStringList{u"AU"_s, u"CA"_s, u"GB"_s, u"NZ"_s, u"US"_s}));
        proxy.setStatusClass(StatusClass::Banned);
        QCOMPARE(visibleCodes(proxy), QStringList{u"AU"_s});
        // New Zealand refused Spark's radio network only; US carriers dropped Huawei phones.
        proxy.setStatusClass(StatusClass::Restricted);
        QCOMPARE(visibleCodes(proxy), (QStringList{u"NZ"_s, u"US"_s}));
        proxy.setStatusClass(std::nullopt);

        // Group membership at the as-of date: the UK is in the EU in 2019, not in 2021.
        proxy.setGroup(u"EU"_s);
        QCOMPARE(proxy.rowCount(), 28);
        m_state->setAsOf(QDate(2021, 1, 1));
        QCOMPARE(proxy.rowCount(), 27);
        QVERIFY(!visibleCodes(proxy).contains(u"GB"_s));
        proxy.setGroup({});

        proxy.setRegion(u"Oceania"_s);
        QVERIFY(visibleCodes(proxy).contains(u"NZ"_s));
        QVERIFY(!visibleCodes(proxy).contains(u"GB"_s));

        // Sorting by class puts the most severe first.
        proxy.setRegion({});
        proxy.sort(CountryListModel::ClassColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ClassRole).toInt(), int(StatusClass::Banned));
    }

    // In German: country and region names from the German tables, found by either
    // language; dates with German month names. English comes back with the locale.
    void namesFollowTheLanguage() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        CountryListModel model(m_doc.get(), m_state);
        CountryFilterProxy proxy(m_doc.get(), m_state);
        proxy.setSourceModel(&model);
        const int de = model.rowOf(u"DE"_s);
        QCOMPARE(model.index(de, CountryListModel::NameColumn).data().toString(), u"Deutschland"_s);
        QCOMPARE(model.index(de, CountryListModel::RegionColumn).data().toString(),
                 QCoreApplication::translate("banatlas::names", "Western Europe"));
        proxy.setText(u"Deutschland"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(u"Germany"_s); // the English name still finds it
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(u"USA"_s); // a German alias
        QCOMPARE(proxy.index(0, 0).data(CodeRole).toString(), u"US"_s);
        QCOMPARE(displayName(*m_doc->country(u"GB"_s)), u"Vereinigtes Königreich"_s);
        QVERIFY(PartialDate::day(2020, 10, 20).toDisplayString().contains(u"Okt"_s));
        QLocale::setDefault(before);
        QCOMPARE(displayName(*m_doc->country(u"DE"_s)), u"Germany"_s);
        QCOMPARE(PartialDate::day(2020, 10, 20).toDisplayString(), u"20 Oct 2020"_s);
    }

    void countryStatusExplains() {
        m_state->setVendors({});
        m_state->setAsOf(QDate(2020, 8, 1));
        CountryStatusModel model(m_doc.get(), m_state);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCountry(u"GB"_s);
        // One row per vendor the UK's decisions name (no vendor filter), from the file.
        QCOMPARE(model.rowCount(), int(testing::bundledVendorsNamedBy(u"GB"_s).size()));
        // Sorted by class: Huawei's pending ban first.
        QCOMPARE(model.index(0, CountryStatusModel::VendorColumn).data().toString(), u"Huawei"_s);
        QVERIFY(model.index(0, CountryStatusModel::ClassColumn).data(PendingRole).toBool());
        const QString why = model.index(0, CountryStatusModel::WhyColumn).data().toString();
        QVERIFY2(why.contains(u"UK bans new Huawei 5G kit"_s), qPrintable(why));
        QVERIFY2(why.contains(u"in force from 1 Jan 2021"_s), qPrintable(why));
        QCOMPARE(model.index(0, CountryStatusModel::DeadlineColumn).data().toString(),
                 u"31 Dec 2027"_s);
        // User text in a tooltip is shown as written, never as markup.
        Decision d = *m_doc->decision(11);
        d.title = u"<img src=\"file:///etc/passwd\"> ban"_s;
        m_doc->editDecision(d);
        const QString tip =
            model.index(0, CountryStatusModel::WhyColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;img src=&quot;file:///etc/passwd&quot;&gt;"_s),
                 qPrintable(tip));
        QVERIFY(!tip.contains(u"<img"_s));
        // A filter vendor with no decision shows as "No data", not as nothing.
        m_state->setVendors({u"DJI"_s});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CountryStatusModel::ClassColumn).data(ClassRole).toInt(),
                 int(StatusClass::NoData));
    }

    // A government with many decisions in force at one class: the reason names the newest
    // three and counts the rest (reading thousands of decisions for one cell would stall
    // the window, and no one reads such a cell).
    void explainNamesTheNewestThreeAndCountsTheRest() {
        QStringList titles;
        for (int i = 1; i <= 5; ++i) {
            Decision d;
            d.country = u"BR"_s;
            d.vendors = {u"Huawei"_s};
            d.measure = Measure::Ban;
            d.scopes = {Scope::Core5g};
            d.announced = PartialDate::day(2030, i, 1);
            d.title = u"Ban number %1"_s.arg(i);
            d.confidence = Confidence::SingleSource;
            d.sources = {{0, u"Gazette"_s, {}, u"https://example.org/%1"_s.arg(i), {}, {}, {}, {}}};
            m_doc->addDecision(d);
            titles.append(d.title);
            const Status s = m_doc->resolver().resolve(u"BR"_s, u"Huawei"_s, QDate(2031, 1, 1));
            QCOMPARE(s.deciding.size(), i);
            const QString why = explainStatus(*m_doc, s);
            for (int k = 1; k <= i; ++k)
                QCOMPARE(why.contains(titles[k - 1]), k > i - 3);
            if (i <= 3)
                QVERIFY2(!why.contains(u"earlier"_s), qPrintable(why));
            else
                QVERIFY2(
                    why.startsWith(i == 4 ? u"1 earlier decision; "_s : u"2 earlier decisions; "_s),
                    qPrintable(why));
        }
    }

    void historyNewestFirst() {
        DecisionHistoryModel model(m_doc.get(), m_state);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCountry(u"GB"_s);
        QCOMPARE(model.rowCount(), testing::bundledDecisionCountOf(u"GB"_s));
        // Newest first: the TikTok ban of 16 Mar 2023 on top, the Kaspersky warning of
        // 1 Dec 2017 at the bottom (so the loop below has rows to compare).
        QCOMPARE(model.idAt(0), qint64(36));
        QCOMPARE(model.idAt(model.rowCount() - 1), qint64(64));
        for (int r = 1; r < model.rowCount(); ++r) {
            QVERIFY(model.index(r - 1, 0).data(SortRole).toInt() >=
                    model.index(r, 0).data(SortRole).toInt());
        }
        // In effect on the as-of date: bold.
        const int warning = model.rowOf(8);
        QVERIFY(model.index(warning, 0).data(Qt::FontRole).value<QFont>().bold());
        const int ban = model.rowOf(11); // announced after 2019-01-01
        QVERIFY(!model.index(ban, 0).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(ban, DecisionHistoryModel::ScopeColumn).data().toString(),
                 u"5G core, 5G radio access"_s); // names, never the ids
    }

    void vendorProfile() {
        m_state->setAsOf(QDate(2024, 1, 1));
        VendorCountriesModel model(m_doc.get(), m_state);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVendor(u"Kaspersky"_s);
        // Exactly the governments with a decision on Kaspersky by then, from the file.
        const QStringList expected =
            testing::bundledGovernmentsFor({u"Kaspersky"_s}, u"2024-01-01"_s);
        QVERIFY(expected.contains(u"US"_s) && expected.contains(u"LT"_s) &&
                expected.contains(u"DE"_s));
        QStringList codes;
        for (int r = 0; r < model.rowCount(); ++r)
            codes.append(model.index(r, 0).data(CodeRole).toString());
        codes.sort();
        QCOMPARE(codes, expected);
        for (int r = 1; r < model.rowCount(); ++r) {
            QVERIFY(model.index(r - 1, VendorCountriesModel::ClassColumn).data(ClassRole).toInt() >=
                    model.index(r, VendorCountriesModel::ClassColumn).data(ClassRole).toInt());
        }
    }

    void modelsFollowEdits() {
        CountryListModel model(m_doc.get(), m_state);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int fr = model.rowOf(u"FR"_s);
        QCOMPARE(model.index(fr, 0).data(ClassRole).toInt(), int(StatusClass::NoData));
        Decision d;
        d.country = u"FR"_s;
        d.vendors = {u"Huawei"_s};
        d.measure = Measure::Warning;
        d.scopes = {Scope::Core5g};
        d.announced = PartialDate::month(2018, 12);
        d.title = u"France warns"_s;
        m_doc->addDecision(d);
        QCOMPARE(model.index(fr, 0).data(ClassRole).toInt(), int(StatusClass::UnderReview));
        // France's decisions in the bundled file, and the one just added.
        QCOMPARE(model.index(fr, CountryListModel::DecisionsColumn).data().toInt(),
                 testing::bundledDecisionCountOf(u"FR"_s) + 1);
    }

    // An edit, its undo and its redo change the rows they touch — inserted, removed,
    // moved, or their data changed — and never reset a model: a view's selection and
    // scroll position stay. Every model is checked by QAbstractItemModelTester throughout.
    void editsUpdateRowsWithoutReset() {
        m_state->setVendors({});
        CountryListModel list(m_doc.get(), m_state);
        CountryFilterProxy proxy(m_doc.get(), m_state);
        proxy.setSourceModel(&list);
        proxy.sort(CountryListModel::ClassColumn, Qt::DescendingOrder);
        CountryStatusModel status(m_doc.get(), m_state);
        status.setCountry(u"FR"_s);
        DecisionHistoryModel history(m_doc.get(), m_state);
        history.setCountry(u"FR"_s);
        VendorCountriesModel byVendor(m_doc.get(), m_state);
        byVendor.setVendor(u"Huawei"_s);
        const QList<QAbstractItemModel *> models{&list, &proxy, &status, &history, &byVendor};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        QList<std::shared_ptr<QSignalSpy>> resets;
        for (QAbstractItemModel *m : models) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
            resets.append(std::make_shared<QSignalSpy>(m, &QAbstractItemModel::modelReset));
        }
        QSignalSpy listChanged(&list, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&history, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&history, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&history, &QAbstractItemModel::rowsMoved);
        QSignalSpy vendorRows(&byVendor, &QAbstractItemModel::rowsInserted);

        // A selection in the history, on France's oldest decision.
        QItemSelectionModel selection(&history);
        const int rows = history.rowCount();
        QVERIFY(rows >= 2);
        const qint64 selected = history.idAt(rows - 1);
        selection.setCurrentIndex(history.index(rows - 1, 0), QItemSelectionModel::SelectCurrent);

        Decision d;
        d.country = u"FR"_s;
        d.vendors = {u"Huawei"_s};
        d.measure = Measure::Warning;
        d.scopes = {Scope::Core5g};
        d.announced = PartialDate::year(2000);
        d.title = u"France warns"_s;
        const qint64 id = m_doc->addDecision(d);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(history.rowCount(), rows + 1);
        QCOMPARE(history.idAt(rows), id); // the oldest
        const qint64 newest = history.idAt(0);
        // France's row of the list says its new class and count.
        const int fr = list.rowOf(u"FR"_s);
        QVERIFY(!listChanged.isEmpty());
        QCOMPARE(listChanged.last().at(0).value<QModelIndex>().row(), fr);
        QCOMPARE(list.index(fr, CountryListModel::DecisionsColumn).data().toInt(),
                 testing::bundledDecisionCountOf(u"FR"_s) + 1);
        // The selection stayed with its decision.
        QCOMPARE(selection.currentIndex().data(DecisionIdRole).toLongLong(), selected);
        QVERIFY(selection.isSelected(selection.currentIndex()));

        // Announced with the newest (and a higher id): the row moves up to the top, once.
        Decision later = *m_doc->decision(id);
        later.announced = m_doc->decision(newest)->announced;
        m_doc->editDecision(later);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(history.idAt(0), id);
        QCOMPARE(history.idAt(1), newest);
        QCOMPARE(selection.currentIndex().data(DecisionIdRole).toLongLong(), selected);

        m_doc->undo(); // the edit: back down
        QCOMPARE(moved.count(), 2);
        QCOMPARE(history.idAt(rows), id);
        QCOMPARE(history.index(rows, DecisionHistoryModel::DateColumn).data(),
                 QVariant(PartialDate::year(2000).toDisplayString()));
        m_doc->undo(); // the add: the row goes
        QCOMPARE(removed.count(), 1);
        QCOMPARE(history.rowCount(), rows);
        QCOMPARE(history.rowOf(id), -1);
        m_doc->redo();
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(history.rowCount(), rows + 1);
        m_doc->deleteDecision(id);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(selection.currentIndex().data(DecisionIdRole).toLongLong(), selected);

        // Another government's decision leaves France's history alone.
        Decision elsewhere = d;
        elsewhere.country = u"ES"_s;
        m_doc->addDecision(elsewhere);
        QCOMPARE(inserted.count(), 2);
        QVERIFY(vendorRows.count() >= 1); // Spain joins Huawei's governments

        for (qsizetype i = 0; i < resets.size(); ++i)
            QVERIFY2(resets[i]->isEmpty(), qPrintable(u"model %1 was reset"_s.arg(i)));
    }

    // The date and the vendors change rows too, never resetting them.
    void viewStateUpdatesRowsWithoutReset() {
        CountryStatusModel status(m_doc.get(), m_state);
        status.setCountry(u"GB"_s);
        VendorCountriesModel byVendor(m_doc.get(), m_state);
        byVendor.setVendor(u"Huawei"_s);
        QAbstractItemModelTester statusTester(
            &status, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester vendorTester(
            &byVendor, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy statusReset(&status, &QAbstractItemModel::modelReset);
        QSignalSpy vendorReset(&byVendor, &QAbstractItemModel::modelReset);
        const int governments = byVendor.rowCount();
        m_state->setAsOf(QDate(2024, 1, 1));
        QVERIFY(byVendor.rowCount() > governments); // more governments decided since 2019
        m_state->setVendors({});
        QCOMPARE(status.rowCount(), int(testing::bundledVendorsNamedBy(u"GB"_s).size()));
        m_state->setVendors({u"DJI"_s});
        QCOMPARE(status.rowCount(), 1);
        QCOMPARE(statusReset.count(), 0);
        QCOMPARE(vendorReset.count(), 0);
        // Another government, or another vendor, is a new table: a reset.
        status.setCountry(u"FR"_s);
        QCOMPARE(statusReset.count(), 1);
        status.setCountry(u"FR"_s); // the same again: nothing to do
        QCOMPARE(statusReset.count(), 1);
    }

    // An import may change anything: every model resets once and shows what came in —
    // but the country list, whose governments stay the same, changes its rows instead, so
    // that the list keeps its selection.
    void importResetsTheModels() {
        CountryListModel list(m_doc.get(), m_state);
        DecisionHistoryModel history(m_doc.get(), m_state);
        history.setCountry(u"FR"_s);
        QAbstractItemModelTester tester(&history,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(&list,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listReset(&list, &QAbstractItemModel::modelReset);
        QSignalSpy listChanged(&list, &QAbstractItemModel::dataChanged);
        const int france = list.rowOf(u"FR"_s);
        const QModelIndex franceCount = list.index(france, CountryListModel::DecisionsColumn);
        const int countBefore = franceCount.data().toInt();
        QSignalSpy historyReset(&history, &QAbstractItemModel::modelReset);
        QSignalSpy documentReset(m_doc.get(), &Document::reset);
        const int rows = history.rowCount();
        const QString path = m_dir.filePath(u"import.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("country,vendors,measure,scope,announced,title,confidence\n"
                "FR,Huawei,warning,5g_core,2018-12,France warns,single_source\n");
        f.close();
        QCOMPARE(m_doc->importFile(path).added, 1);
        QCOMPARE(documentReset.count(), 1);
        QCOMPARE(listReset.count(), 0);
        QVERIFY(!listChanged.isEmpty());
        QCOMPARE(franceCount.data().toInt(), countBefore + 1);
        QCOMPARE(historyReset.count(), 1);
        QCOMPARE(history.rowCount(), rows + 1);
    }

    // DOMAIN.md's rules at their edges (tests/helpers/statusedges.h, the table
    // tst_statusresolver and tst_timeline use too), through the models' vendor filters on
    // a store holding just the case's vendors and decisions.
    void vendorFiltersAtTheEdges_data() { testing::addStatusEdgeRows(); }
    void vendorFiltersAtTheEdges() {
        QFETCH(int, edge);
        const testing::StatusEdge &e = testing::statusEdges().at(edge);
        Document doc(m_databases.fresh(u"edges"_s));
        for (const Vendor &v : e.scenario.vendors)
            doc.addVendor(v);
        for (const Decision &d : e.scenario.decisions)
            QCOMPARE(doc.addDecision(d), d.id);
        QCOMPARE(doc.decisionCount(), e.scenario.decisions.size());
        // A decision naming an alias names the vendor: no new vendor was created for it.
        QCOMPARE(doc.vendors().size(), e.scenario.vendors.size());

        ViewState state;
        state.setAsOf(e.asOf);
        state.setVendors({e.vendor});
        auto classAt = [](const QModelIndex &i) {
            return toId(static_cast<StatusClass>(i.data(ClassRole).toInt()));
        };
        const QString expected = toId(e.statusClass);

        // The government list (the map's and the list's colour).
        CountryListModel list(&doc, &state);
        const int row = list.rowOf(e.country);
        QVERIFY(row >= 0);
        const QModelIndex listed = list.index(row, CountryListModel::ClassColumn);
        QCOMPARE(classAt(listed), expected);
        QCOMPARE(listed.data(PendingRole).toBool(), e.pending);
        QCOMPARE(listed.data(DecisionIdsRole).value<QList<qint64>>(), e.deciding);

        // The government's profile: one row, for the vendor asked about, data or not.
        CountryStatusModel profile(&doc, &state);
        profile.setCountry(e.country);
        QCOMPARE(profile.rowCount(), 1);
        const QModelIndex perVendor = profile.index(0, CountryStatusModel::ClassColumn);
        QCOMPARE(perVendor.data(VendorRole).toString(), e.vendor);
        QCOMPARE(classAt(perVendor), expected);
        QCOMPARE(perVendor.data(PendingRole).toBool(), e.pending);
        QCOMPARE(perVendor.data(DecisionIdsRole).value<QList<qint64>>(), e.deciding);

        // The vendor's profile lists the governments with data: here the case's one, or none.
        VendorCountriesModel byVendor(&doc, &state);
        byVendor.setVendor(e.vendor);
        if (e.statusClass == StatusClass::NoData) {
            QCOMPARE(byVendor.rowCount(), 0);
        } else {
            QCOMPARE(byVendor.rowCount(), 1);
            const QModelIndex government = byVendor.index(0, VendorCountriesModel::ClassColumn);
            QCOMPARE(government.data(CodeRole).toString(), e.country);
            QCOMPARE(classAt(government), expected);
            QCOMPARE(government.data(PendingRole).toBool(), e.pending);
        }
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
