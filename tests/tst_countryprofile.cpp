// The country profile as the user reads it: after every change of context (government,
// as-of date, vendors, an edit, its undo and redo, an import) each pane — heading, class
// per vendor, decision list, details, change history — shows the current government and
// what the rules say, never what an earlier state left behind.

#include "countryprofile.h"

#include "document/countrystatusmodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "domain/errors.h"
#include "formats/jsoncodec.h"
#include "helpers/testsetup.h"
#include "i18n/displaynames.h"
#include "interchange/database.h"
#include "interchange/interchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

const QString kPlaceholder = u"Select a decision to read its summary and sources."_s;

} // namespace

class TestCountryProfile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    ViewState *m_state = nullptr;
    std::unique_ptr<CountryProfile> m_profile;

    QString heading() const { return m_profile->findChild<QLabel *>(u"profileTitle"_s)->text(); }
    QString subtitle() const {
        return m_profile->findChild<QLabel *>(u"profileSubtitle"_s)->text();
    }
    QList<qint64> listedDecisions() const {
        QList<qint64> ids;
        const QAbstractItemModel *m = m_profile->historyView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            ids.append(m->index(r, 0).data(DecisionIdRole).toLongLong());
        return ids;
    }
    QList<qint64> boldDecisions() const {
        QList<qint64> ids;
        const QAbstractItemModel *m = m_profile->historyView()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(Qt::FontRole).value<QFont>().bold())
                ids.append(m->index(r, 0).data(DecisionIdRole).toLongLong());
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    QHash<QString, StatusClass> vendorClasses() const {
        QHash<QString, StatusClass> out;
        const QAbstractItemModel *m = m_profile->statusView()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString vendor = m->index(r, CountryStatusModel::VendorColumn).data().toString();
            out.insert(
                vendor,
                StatusClass(m->index(r, CountryStatusModel::ClassColumn).data(ClassRole).toInt()));
        }
        return out;
    }
    // Selects a decision the way the user does: a click on its row.
    void clickDecision(qint64 id) {
        const int row = static_cast<int>(listedDecisions().indexOf(id));
        QVERIFY2(row >= 0, qPrintable(u"decision %1 is not listed"_s.arg(id)));
        QTableView *view = m_profile->historyView();
        view->scrollTo(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(row, 0)).center());
        QCOMPARE(m_profile->shownDecision(), id);
    }

    // Checks every pane against the document and the resolver for the view state now:
    // empty on success, else what is wrong.
    QString disagreement() const {
        const QString code = m_state->country();
        const Country *c = m_doc->country(code);
        if (!c)
            return u"no such government %1"_s.arg(code);
        if (heading() != u"%1  (%2)"_s.arg(displayName(*c), code))
            return u"heading: %1"_s.arg(heading());
        const QString count = u"%1 decision"_s.arg(m_doc->decisionCount(code));
        if (!subtitle().contains(count))
            return u"subtitle lacks '%1': %2"_s.arg(count, subtitle());
        if (!subtitle().contains(PartialDate::fromDate(m_state->asOf()).toDisplayString()))
            return u"subtitle lacks the as-of date: %1"_s.arg(subtitle());

        QList<qint64> expected;
        for (const Decision *d : m_doc->decisionsOf(code))
            expected.append(d->id);
        if (listedDecisions() != expected)
            return u"decision list of %1 is not the document's"_s.arg(code);
        QList<qint64> inEffect =
            m_doc->resolver().resolve(code, QStringList{}, m_state->asOf()).inEffect;
        std::sort(inEffect.begin(), inEffect.end());
        if (boldDecisions() != inEffect)
            return u"bold rows are not the decisions in effect on %1"_s.arg(
                m_state->asOf().toString(Qt::ISODate));

        QStringList vendors = m_state->vendors();
        if (vendors.isEmpty()) {
            for (const Decision *d : m_doc->decisionsOf(code)) {
                for (const QString &v : d->vendors) {
                    if (!vendors.contains(v))
                        vendors.append(v);
                }
            }
        }
        const QHash<QString, StatusClass> shown = vendorClasses();
        if (shown.size() != vendors.size())
            return u"%1 vendor rows, expected %2"_s.arg(shown.size()).arg(vendors.size());
        for (const QString &v : std::as_const(vendors)) {
            const StatusClass want =
                m_doc->resolver().resolve(code, v, m_state->asOf()).statusClass;
            if (shown.value(v, StatusClass(-1)) != want)
                return u"%1 for %2: shown %3, resolver %4"_s.arg(code, v, toId(shown.value(v)),
                                                                 toId(want));
        }

        const qint64 id = m_profile->shownDecision();
        if (id == 0) {
            if (m_profile->details()->toPlainText() != kPlaceholder)
                return u"details left on screen: %1"_s.arg(
                    m_profile->details()->toPlainText().left(80));
            if (m_profile->changeLog()->count() != 0)
                return u"a change history left on screen"_s;
            if (m_profile->historyView()->selectionModel()->hasSelection())
                return u"a row selected with nothing shown"_s;
            return {};
        }
        const Decision *d = m_doc->decision(id);
        if (!d || d->country != code)
            return u"shows decision %1 of another government or none"_s.arg(id);
        if (m_state->decision() != id)
            return u"shows %1, the view state says %2"_s.arg(id).arg(m_state->decision());
        if (!m_profile->details()->toPlainText().startsWith(d->title))
            return u"details do not show the title of %1"_s.arg(id);
        if (m_profile->changeLog()->count() !=
            m_doc->store().auditLog(u"decision"_s, QString::number(id)).size())
            return u"change history of %1 has %2 lines"_s.arg(id).arg(
                m_profile->changeLog()->count());
        const QModelIndexList rows = m_profile->historyView()->selectionModel()->selectedRows();
        if (rows.size() != 1 || rows[0].data(DecisionIdRole).toLongLong() != id)
            return u"the selected row is not decision %1"_s.arg(id);
        return {};
    }

    // The decision of `country` for `vendor` with the latest announcement.
    qint64 latestOf(const QString &country) const {
        const QList<const Decision *> all = m_doc->decisionsOf(country);
        return all.isEmpty() ? 0 : all.first()->id;
    }

private slots:
    void init() {
        testing::failOnQtWarnings();
        m_doc = std::make_unique<Document>(openDatabase(
            m_dir.filePath(QLatin1StringView(QTest::currentTestFunction()) + u".banatlas"_s)));
        m_state = new ViewState(m_doc.get());
        m_state->setAsOf(QDate(2021, 6, 1));
        m_profile = std::make_unique<CountryProfile>(m_doc.get(), m_state);
        m_profile->resize(900, 900);
        m_profile->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_profile.get()));
    }
    void cleanup() {
        m_profile.reset();
        m_doc.reset();
    }

    void nothingChosenSaysSo() {
        QCOMPARE(heading(), u"Choose a government on the left"_s);
        QCOMPARE(m_profile->historyView()->model()->rowCount(), 0);
        QCOMPARE(m_profile->statusView()->model()->rowCount(), 0);
        QCOMPARE(m_profile->details()->toPlainText(), kPlaceholder);
        QCOMPARE(m_profile->shownDecision(), 0);
    }

    // The stale detail pane: a decision of Sweden stayed on screen after choosing another
    // government. Every pane is checked after every change of government.
    void changingGovernmentRefreshesEveryPane() {
        m_state->setCountry(u"SE"_s);
        QCOMPARE(disagreement(), QString());
        const qint64 swedish = latestOf(u"SE"_s);
        clickDecision(swedish);
        QCOMPARE(disagreement(), QString());
        QVERIFY(m_profile->changeLog()->count() >= 1); // created by the seed import

        // The view state keeps the chosen decision: it is shown again only under Sweden.
        for (const QString &code : {u"AU"_s, u"SE"_s, u"GB"_s, u"ZW"_s}) {
            m_state->setCountry(code);
            QCOMPARE(m_profile->shownDecision(), code == u"SE"_s ? swedish : 0);
            QCOMPARE(disagreement(), QString());
        }
        QCOMPARE(m_doc->decisionCount(u"ZW"_s), 0);
        QCOMPARE(m_profile->historyView()->model()->rowCount(), 0);

        // A decision chosen elsewhere (the timeline, the map) for another government is
        // not shown under this one.
        m_state->setCountry(u"AU"_s);
        m_state->setDecision(swedish);
        QCOMPARE(m_profile->shownDecision(), 0);
        QCOMPARE(disagreement(), QString());
        // The window selects the government first, then the decision: it is shown.
        m_state->setCountry(u"SE"_s);
        m_state->setDecision(swedish);
        QCOMPARE(m_profile->shownDecision(), swedish);
        QCOMPARE(disagreement(), QString());
    }

    // Sweden 2020: banned by the conditions, allowed while the court suspended them,
    // banned again once the suspension ended — the classes, the bold rows and the
    // subtitle's date follow the as-of date while the chosen decision stays shown.
    void asOfDateRefreshesClassesAndDecisionsInEffect() {
        m_state->setCountry(u"SE"_s);
        const qint64 shown = latestOf(u"SE"_s);
        clickDecision(shown);
        QHash<StatusClass, int> seen;
        for (const QDate &date : {QDate(2020, 11, 1), QDate(2020, 11, 20), QDate(2021, 6, 1),
                                  QDate(2019, 1, 1), QDate(2026, 1, 1)}) {
            m_state->setAsOf(date);
            QCOMPARE(disagreement(), QString());
            QCOMPARE(m_profile->shownDecision(), shown);
            seen[vendorClasses().value(u"Huawei"_s)]++;
        }
        QCOMPARE(vendorClasses().size(), 2); // Huawei and ZTE
        m_state->setAsOf(QDate(2020, 11, 20));
        QCOMPARE(vendorClasses().value(u"Huawei"_s), StatusClass::Allowed);
        m_state->setAsOf(QDate(2021, 6, 1));
        QCOMPARE(vendorClasses().value(u"Huawei"_s), StatusClass::Banned);
        m_state->setAsOf(QDate(2019, 1, 1));
        QCOMPARE(vendorClasses().value(u"Huawei"_s), StatusClass::NoData);
        QCOMPARE(boldDecisions(), QList<qint64>{});
        QVERIFY(seen.size() >= 3);
    }

    // The vendor filter of the window: only the chosen vendors get a row.
    void vendorsRefreshTheClassTable() {
        m_state->setCountry(u"US"_s);
        const int all = m_profile->statusView()->model()->rowCount();
        QVERIFY(all > 5);
        m_state->setVendors({u"Kaspersky"_s});
        QCOMPARE(vendorClasses().keys(), QStringList{u"Kaspersky"_s});
        QCOMPARE(disagreement(), QString());
        m_state->setVendors({u"Huawei"_s, u"DJI"_s});
        QCOMPARE(vendorClasses().size(), 2);
        QCOMPARE(disagreement(), QString());
        m_state->setVendors({});
        QCOMPARE(m_profile->statusView()->model()->rowCount(), all);
        QCOMPARE(disagreement(), QString());
    }

    // An edit of the shown decision, its undo and redo: the details and the change
    // history follow; a deletion clears the pane, its undo brings the decision back.
    void editUndoAndRedoRefreshTheDetails() {
        m_state->setCountry(u"SE"_s);
        const qint64 id = latestOf(u"SE"_s);
        clickDecision(id);
        const QString before = m_doc->decision(id)->title;
        const int logLines = m_profile->changeLog()->count();

        Decision edited = *m_doc->decision(id);
        edited.title = u"Renamed in the test"_s;
        m_doc->editDecision(edited);
        QVERIFY(m_profile->details()->toPlainText().startsWith(u"Renamed in the test"_s));
        QCOMPARE(m_profile->changeLog()->count(), logLines + 1);
        QVERIFY(m_profile->changeLog()->item(0)->text().contains(u"changed: title"_s));
        QCOMPARE(disagreement(), QString());

        m_doc->undo();
        QVERIFY(m_profile->details()->toPlainText().startsWith(before));
        QCOMPARE(disagreement(), QString());
        m_doc->redo();
        QVERIFY(m_profile->details()->toPlainText().startsWith(u"Renamed in the test"_s));
        QCOMPARE(disagreement(), QString());

        const qsizetype rows = listedDecisions().size();
        m_doc->deleteDecision(id);
        QCOMPARE(m_profile->shownDecision(), 0);
        QCOMPARE(listedDecisions().size(), rows - 1);
        QCOMPARE(disagreement(), QString());
        m_doc->undo();
        QCOMPARE(listedDecisions().size(), rows);
        QVERIFY(listedDecisions().contains(id));
        QCOMPARE(disagreement(), QString());
    }

    // A decision moved to another government by an edit leaves this profile.
    void anEditMovingTheDecisionAwayClearsThePane() {
        m_state->setCountry(u"SE"_s);
        const qint64 id = latestOf(u"SE"_s);
        clickDecision(id);
        Decision moved = *m_doc->decision(id);
        moved.country = u"NO"_s;
        m_doc->editDecision(moved);
        QCOMPARE(m_profile->shownDecision(), 0);
        QVERIFY(!listedDecisions().contains(id));
        QCOMPARE(disagreement(), QString());
        m_doc->undo();
        QVERIFY(listedDecisions().contains(id));
        QCOMPARE(disagreement(), QString());
    }

    // An import (as the window does it: through the store, then a reload) that changes
    // the shown decision and adds one: both are on screen at once.
    void importRefreshesEveryPane() {
        m_state->setCountry(u"SE"_s);
        const qint64 id = latestOf(u"SE"_s);
        clickDecision(id);
        const qsizetype rows = listedDecisions().size();

        Decision changed = *m_doc->decision(id);
        changed.title = u"Title from a colleague's file"_s;
        Decision added = changed;
        added.id = 0;
        added.title = u"A decision from a colleague's file"_s;
        added.announced = PartialDate::day(2026, 3, 2);
        added.effective = {};
        added.ended = {};
        added.measure = Measure::Warning;
        QJsonObject addedJson = toJson(added);
        addedJson.remove(u"id"_s); // a new decision: the database gives it an id
        QJsonArray decisions{toJson(changed), addedJson};
        const QString path = m_dir.filePath(u"colleague.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{u"format"_s, u"banatlas"_s},
                                          {u"version"_s, 1},
                                          {u"decisions"_s, decisions}})
                    .toJson());
        f.close();
        ImportSummary s;
        try {
            s = m_doc->importFile(path);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(s.added, 1);
        QCOMPARE(s.updated, 1);

        QCOMPARE(listedDecisions().size(), rows + 1);
        QCOMPARE(m_profile->shownDecision(), id);
        QVERIFY(m_profile->details()->toPlainText().startsWith(u"Title from a colleague's file"_s));
        QCOMPARE(disagreement(), QString());
        m_state->setAsOf(QDate(2026, 6, 1));
        QCOMPARE(disagreement(), QString());
    }
};

QTEST_MAIN(TestCountryProfile)
#include "tst_countryprofile.moc"
