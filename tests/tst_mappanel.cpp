#include "document/countrystatusmodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "geo/projection.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "mappanel.h"
#include "mapview.h"

#include "helpers/mapsamples.h"
#include "helpers/testsetup.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

class TestMapPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    ViewState *m_state = nullptr;
    std::unique_ptr<MapPanel> m_panel;

    // Types into whatever has the keyboard in `field`'s window, as a user's keys go.
    static void typeInto(QWidget *field, const QString &text, bool enter = true) {
        for (QChar c : text) {
            QWidget *target = field->window()->focusWidget();
            QTest::keyClicks(target ? target : field, QString(c));
        }
        if (enter) {
            QWidget *target = field->window()->focusWidget();
            QTest::keyClick(target ? target : field, Qt::Key_Return);
        }
    }

    QPoint onScreen(double lon, double lat) const {
        return m_panel->map()->toWidget(projectToMap(lon, lat)).toPoint();
    }

    // Replaces the bundled data with the decisions of helpers/mapsamples.h only: one large
    // government per class on 1 Jun 2024, as the view of any vendor on that date.
    void useSampleDecisions() {
        m_panel.reset();
        m_doc.reset();
        auto store = openDatabase(m_dir.filePath(QLatin1StringView(QTest::currentTestFunction()) +
                                                 u"-samples.banatlas"_s),
                                  Seed::None);
        QCOMPARE(importCsv(*store, testing::kSampleDecisionsCsv, u"samples.csv"_s).added, 7);
        m_doc = std::make_unique<Document>(std::move(store));
        m_state = new ViewState(m_doc.get());
        m_state->setVendors({});
        m_state->setAsOf(QDate(testing::kSampleYear, testing::kSampleMonth, testing::kSampleDay));
        m_panel = std::make_unique<MapPanel>(m_doc.get(), m_state);
        m_panel->resize(1400, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    // The first month of the bundled dataset, read from the file itself (not through the
    // store): the earliest `announced`, whose first day is the first of its year or month.
    static QDate firstMonthOfBundledData() {
        QFile f(u":/banatlas/dataset/banatlas.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QString earliest;
        const QJsonArray decisions =
            QJsonDocument::fromJson(f.readAll()).object().value(u"decisions").toArray();
        for (const QJsonValue &d : decisions) {
            // "2013" < "2013-01" < "2013-01-05": as text, a shorter prefix starts no later.
            const QString announced = d.toObject().value(u"announced").toString();
            if (earliest.isEmpty() || announced < earliest)
                earliest = announced;
        }
        if (earliest.size() < 4)
            return {};
        return QDate(earliest.left(4).toInt(),
                     earliest.size() >= 7 ? earliest.mid(5, 2).toInt() : 1, 1);
    }

private slots:
    void init() {
        testing::failOnQtWarnings();
        m_doc = std::make_unique<Document>(openDatabase(
            m_dir.filePath(QLatin1StringView(QTest::currentTestFunction()) + u".banatlas"_s)));
        m_state = new ViewState(m_doc.get());
        m_state->setVendors({u"Huawei"_s});
        m_panel = std::make_unique<MapPanel>(m_doc.get(), m_state);
        m_panel->resize(1400, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup() {
        m_panel.reset();
        m_doc.reset();
    }

    void clickSelectsAGovernment() {
        MapView *map = m_panel->map();
        QCOMPARE(map->governmentAt(onScreen(134, -25)), u"AU"_s);
        QTest::mouseClick(map, Qt::LeftButton, {}, onScreen(134, -25));
        QCOMPARE(m_state->country(), u"AU"_s);
        QTest::mouseClick(map, Qt::LeftButton, {}, onScreen(-100, 40));
        QCOMPARE(m_state->country(), u"US"_s);
        QTest::mouseClick(map, Qt::LeftButton, {}, onScreen(-140, -30)); // ocean
        QCOMPARE(m_state->country(), u"US"_s);
    }

    // A click shows the government's classes and the decisions behind them beside the map;
    // a double-click (or Open profile) asks for its profile.
    void clickShowsWhyAGovernmentHasItsColour() {
        MapView *map = m_panel->map();
        m_state->setVendors({});
        m_state->setAsOf(QDate(2024, 1, 1));
        QTest::mouseClick(map, Qt::LeftButton, {}, onScreen(134, -25));
        QVERIFY(m_panel->selectedTitle()->text().startsWith(u"Australia (AU): Banned"_s));
        const QAbstractItemModel *classes = m_panel->selectedView()->model();
        QHash<QString, QString> why;
        for (int r = 0; r < classes->rowCount(); ++r) {
            why.insert(classes->index(r, CountryStatusModel::VendorColumn).data().toString(),
                       classes->index(r, CountryStatusModel::ClassColumn).data().toString() +
                           u" | "_s +
                           classes->index(r, CountryStatusModel::WhyColumn).data().toString());
        }
        QVERIFY2(why.value(u"Huawei"_s).startsWith(u"Banned | Ban, 23 Aug 2018: Australia"_s),
                 qPrintable(why.value(u"Huawei"_s)));
        QVERIFY(why.value(u"TikTok"_s).startsWith(u"Government ban"_s));
        // The map's colour and the panel's class are one: both from the status rules.
        QCOMPARE(map->content().statuses.value(u"AU"_s).statusClass, StatusClass::Banned);
        // Another government replaces it entirely.
        QTest::mouseClick(map, Qt::LeftButton, {}, onScreen(-100, 40));
        QVERIFY(m_panel->selectedTitle()->text().startsWith(u"United States (US)"_s));
        QVERIFY(classes->rowCount() > 0); // else the loop below checks nothing
        for (int r = 0; r < classes->rowCount(); ++r)
            QVERIFY(!classes->index(r, CountryStatusModel::WhyColumn)
                         .data()
                         .toString()
                         .contains(u"Australia"_s));
        QSignalSpy profile(m_panel.get(), &MapPanel::profileRequested);
        QTest::mouseDClick(map, Qt::LeftButton, {}, onScreen(10, 51));
        QCOMPARE(m_state->country(), u"DE"_s);
        QCOMPARE(profile.count(), 1);
    }

    // An exported map is the figure alone: the selection outline and the on-screen hint
    // stay on screen.
    void exportShowsTheFigureOnly() {
        m_state->setAsOf(QDate(2021, 1, 1));
        QVERIFY(m_panel->map()->subtitle().contains(u"double-click: profile"_s));
        m_state->setCountry(u"AU"_s);
        const QString selected = m_dir.filePath(u"selected.png"_s);
        QCOMPARE(m_panel->exportMapTo(selected), QString());
        m_state->setCountry(QString());
        const QString none = m_dir.filePath(u"none.png"_s);
        QCOMPARE(m_panel->exportMapTo(none), QString());
        const QImage a(selected);
        const QImage b(none);
        QVERIFY(!a.isNull());
        QCOMPARE(a, b);
        // The on-screen map does outline the selection: the export really leaves it out.
        QImage screen(m_panel->map()->size(), QImage::Format_RGB32);
        m_state->setCountry(u"AU"_s);
        m_panel->map()->render(&screen);
        QImage screenNone(m_panel->map()->size(), QImage::Format_RGB32);
        m_state->setCountry(QString());
        m_panel->map()->render(&screenNone);
        QVERIFY(screen != screenNone);
        const QString svg = m_dir.filePath(u"map.svg"_s);
        m_state->setCountry(u"AU"_s);
        QCOMPARE(m_panel->exportMapTo(svg), QString());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("double-click"));
        QVERIFY(!text.contains("wheel to zoom"));
        QVERIFY(text.contains("decisions in exportShowsTheFigureOnly.banatlas"));
        // Never over the database, whatever the name.
        const QString db = m_doc->store().path();
        QVERIFY(QFile::link(db, m_dir.filePath(u"db-link.png"_s)));
        QVERIFY(m_panel->exportMapTo(m_dir.filePath(u"db-link.png"_s)).contains(u"database"_s));
        QVERIFY(m_panel->exportMapTo(db).contains(u"database"_s));
        // A path that cannot be written: an error, not a crash or a half file.
        QVERIFY(!m_panel->exportMapTo(m_dir.filePath(u"no/such/folder/map.png"_s)).isEmpty());
    }

    // GeoJSON from the map: its date, its vendors and the classes it shows.
    void geoJsonExportIsWhatTheMapShows() {
        m_state->setAsOf(QDate(2020, 8, 1));
        const QString path = m_dir.filePath(u"map.geojson"_s);
        QCOMPARE(m_panel->exportMapTo(path), QString());
        const auto read = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                               : QJsonObject();
        };
        QJsonObject doc = read();
        QCOMPARE(doc.value(u"banatlas"_s).toObject().value(u"as_of"_s).toString(), u"2020-08-01"_s);
        QCOMPARE(doc.value(u"banatlas"_s).toObject().value(u"vendors"_s).toArray(),
                 QJsonArray{u"Huawei"_s});
        const auto classes = [](const QJsonObject &exported) {
            QHash<QString, QString> out;
            for (const QJsonValue &v : exported.value(u"features"_s).toArray()) {
                const QJsonObject p = v.toObject().value(u"properties"_s).toObject();
                out.insert(p.value(u"code"_s).toString(),
                           p.value(u"class"_s).toString() +
                               (p.value(u"pending"_s).toBool() ? u" pending"_s : QString()));
            }
            return out;
        };
        const auto shown = [this] {
            QHash<QString, QString> out;
            const MapContent content = m_panel->map()->exportContent();
            for (const QString &code : m_doc->countryCodes()) {
                const Status s = content.statuses.value(code);
                out.insert(code, toId(s.statusClass) + (s.pending ? u" pending"_s : QString()));
            }
            return out;
        };
        QCOMPARE(classes(doc), shown());
        QCOMPARE(classes(doc).value(u"GB"_s), u"banned pending"_s);
        // Another date and vendor: another file, still what the map shows.
        m_state->setAsOf(QDate(2012, 1, 1));
        m_state->setVendors({u"ZTE"_s});
        QCOMPARE(m_panel->exportMapTo(path), QString());
        doc = read();
        QCOMPARE(doc.value(u"banatlas"_s).toObject().value(u"vendors"_s).toArray(),
                 QJsonArray{u"ZTE"_s});
        QCOMPARE(classes(doc), shown());
        QVERIFY(classes(doc).value(u"GB"_s) != u"banned pending"_s);
        // Never over the database.
        QVERIFY(m_panel->exportMapTo(m_doc->store().path()).contains(u"database"_s));
        QVERIFY(!m_panel->exportMapTo(m_dir.filePath(u"no/such/folder/map.geojson"_s)).isEmpty());
    }

    void wheelZoomKeepsThePointUnderTheCursor() {
        MapView *map = m_panel->map();
        const QPoint at = onScreen(10, 51); // Germany
        QWheelEvent wheel(at, map->mapToGlobal(at), {}, {0, 360}, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(map, &wheel);
        QVERIFY(map->zoom() > 1.9);
        QCOMPARE(map->governmentAt(at), u"DE"_s);
        // Luxembourg is a marker at world scale and a shape when zoomed in.
        map->zoomBy(8, at);
        QCOMPARE(map->governmentAt(onScreen(6.13, 49.7)), u"LU"_s);
        // Dragging pans.
        const QPointF before = map->toWidget(projectToMap(10, 51));
        QTest::mousePress(map, Qt::LeftButton, {}, QPoint(300, 300));
        QMouseEvent move(QEvent::MouseMove, QPointF(360, 320), map->mapToGlobal(QPointF(360, 320)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(map, &move);
        QTest::mouseRelease(map, Qt::LeftButton, {}, QPoint(360, 320));
        QCOMPARE(map->toWidget(projectToMap(10, 51)), before + QPointF(60, 20));
        map->resetView();
        QCOMPARE(map->zoom(), 1.0);
    }

    void sliderMovesTheSharedDate() {
        QSlider *slider = m_panel->slider();
        slider->setValue(m_panel->positionOf(QDate(2018, 9, 1)));
        QCOMPARE(m_state->asOf(), QDate(2018, 9, 1));
        QCOMPARE(m_panel->map()->content().statuses.value(u"AU"_s).statusClass,
                 StatusClass::Banned);
        QCOMPARE(m_panel->map()->content().statuses.value(u"NZ"_s).statusClass,
                 StatusClass::NoData);
        // The last position is today: the day the slider moved, whichever side of midnight.
        const QDate before = QDate::currentDate();
        slider->setValue(slider->maximum());
        const QDate after = QDate::currentDate();
        QVERIFY2(m_state->asOf() == before || m_state->asOf() == after,
                 qPrintable(m_state->asOf().toString(Qt::ISODate)));
        // And the other way: the shared date moves the slider.
        m_state->setAsOf(QDate(2020, 7, 15));
        QCOMPARE(m_panel->dateAt(slider->value()), QDate(2020, 7, 1));
        QCOMPARE(slider->minimum(), 0);
        // The first position is the month of the earliest decision in the bundled file.
        const QDate first = firstMonthOfBundledData();
        QVERIFY(first.isValid());
        QCOMPARE(m_panel->dateAt(0), first);
    }

    void playRunsToToday() {
        QSlider *slider = m_panel->slider();
        slider->setValue(slider->maximum() - 2);
        const QDate before = QDate::currentDate();
        m_panel->playButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->playButton()->isChecked(), 5000);
        const QDate after = QDate::currentDate();
        QCOMPARE(slider->value(), slider->maximum());
        // Today, as it was when the last step was taken (midnight may fall while it plays).
        QVERIFY2(m_state->asOf() == before || m_state->asOf() == after,
                 qPrintable(m_state->asOf().toString(Qt::ISODate)));
    }

    void compareListsTheChanges() {
        m_state->setAsOf(QDate(2019, 1, 1));
        m_panel->compareDate()->setDate(QDate(2018, 1, 1));
        m_panel->compareBox()->setChecked(true);
        const auto &changes = m_panel->map()->changes();
        QStringList codes;
        for (const ClassChange &c : changes)
            codes.append(c.code);
        QVERIFY(codes.contains(u"AU"_s)); // 5G ban of August 2018 over the 2012 NBN exclusion
        QVERIFY(codes.contains(u"NZ"_s));
        QVERIFY(!codes.contains(u"FR"_s));
        QVERIFY(m_panel->map()->content().changed.contains(u"AU"_s));
        const auto au = m_panel->changeList()->findItems(u"Australia"_s, Qt::MatchStartsWith);
        QCOMPARE(au.size(), 1);
        QCOMPARE(au.first()->text(), u"Australia: Government ban → Banned"_s);
        m_panel->compareBox()->setChecked(false);
        QVERIFY(m_panel->map()->changes().isEmpty());
        QVERIFY(m_panel->map()->content().changed.isEmpty());
    }

    // The list of changes reads by name, and the comparison date takes a typed year.
    void compareByNameAndTypedYear() {
        useSampleDecisions();
        if (QTest::currentTestFailed())
            return;
        m_state->setAsOf(QDate(2024, 1, 1));
        m_panel->compareBox()->setChecked(true);
        QDateEdit *date = m_panel->compareDate();
        date->setFocus();
        date->selectAll();
        typeInto(date, u"2018"_s);
        QCOMPARE(date->date(), QDate(2018, 1, 1));
        QCOMPARE(m_panel->map()->compareDate(), QDate(2018, 1, 1));
        date->selectAll();
        typeInto(date, u"2019-07"_s);
        QCOMPARE(date->date(), QDate(2019, 7, 1));
        // The locale's own form still works; nonsense puts the date back.
        date->selectAll();
        typeInto(date, u"5 Mar 2018"_s);
        QCOMPARE(date->date(), QDate(2018, 3, 5));
        date->selectAll();
        typeInto(date, u"2018-13"_s);
        QCOMPARE(date->date(), QDate(2018, 3, 5));
        QCOMPARE(date->text(), u"5 Mar 2018"_s);
        // And the arrows still step a section.
        QTest::keyClick(date, Qt::Key_Up);
        QVERIFY(date->date() != QDate(2018, 3, 5));
        date->selectAll();
        typeInto(date, u"2018"_s);
        QCOMPARE(m_panel->map()->compareDate(), QDate(2018, 1, 1));
        // Every sample government changed between 1 Jan 2018 and 1 Jan 2024, all from No
        // data; by name (Algeria, DZ, first), not by code (AU first).
        auto items = [this] {
            QStringList texts;
            for (int i = 0; i < m_panel->changeList()->count(); ++i)
                texts.append(m_panel->changeList()->item(i)->text());
            return texts;
        };
        QCOMPARE(items(),
                 (QStringList{u"Algeria: No data → Banned (pending)"_s,
                              u"Australia: No data → Banned"_s, u"Brazil: No data → Allowed"_s,
                              u"India: No data → Warning / under review"_s,
                              u"Kazakhstan: No data → Government ban"_s,
                              u"Russia: No data → No measure in force"_s,
                              u"United States: No data → Restricted"_s}));
        // Nothing was decided after 2022: from 2023 on, nothing changed, and the list says so.
        date->selectAll();
        typeInto(date, u"2023"_s);
        QCOMPARE(m_panel->map()->compareDate(), QDate(2023, 1, 1));
        QVERIFY(m_panel->map()->changes().isEmpty());
        QCOMPARE(items(), QStringList{u"No government changed class."_s});
    }

    // What the map widget paints, grabbed from the screen: every class in its fixed colour
    // (helpers/mapsamples.h) at a point well inside a government that has it, and the
    // pending ban hatched, its pale ground and its stripes both inside Algeria.
    void mapWidgetPaintsTheClassColours() {
        useSampleDecisions();
        if (QTest::currentTestFailed())
            return;
        MapView *map = m_panel->map();
        QCOMPARE(map->content().statuses.value(u"DZ"_s).pending, true);
        const QImage image = map->grab().toImage();
        QCOMPARE(image.size(), map->size()); // one image pixel per widget pixel
        for (const testing::MapSample &s : testing::kMapSamples) {
            const QString code = QString::fromLatin1(s.code);
            const QPoint at = onScreen(s.lon, s.lat);
            QCOMPARE(map->governmentAt(at), code); // the point is inside that government
            if (!s.pending) {
                QCOMPARE(testing::uniformColourAt(image, at) + u" in "_s + code,
                         QString::fromLatin1(s.fill) + u" in "_s + code);
                continue;
            }
            const QMap<QString, int> colours =
                testing::coloursIn(image, QRect(at - QPoint(10, 10), QSize(21, 21)));
            QVERIFY2(colours.value(QString::fromLatin1(s.fill)) > 0, qPrintable(code));
            QVERIFY2(testing::largestStripeShare(colours, s.stripe, s.fill) >=
                         testing::kStripeShare,
                     qPrintable(code));
        }
    }

    void listsTheEuropeanUnionsOwnDecisions() {
        m_state->setAsOf(QDate(2024, 1, 1));
        QListWidget *eu = m_panel->euList();
        QVERIFY(!eu->findItems(u"materially higher-risk"_s, Qt::MatchContains).isEmpty());
        // TikTok is not among the view's vendors (Huawei).
        QVERIFY(eu->findItems(u"TikTok"_s, Qt::MatchContains).isEmpty());
        m_state->setVendors({});
        QVERIFY(!eu->findItems(u"TikTok"_s, Qt::MatchContains).isEmpty());
    }
};

QTEST_MAIN(TestMapPanel)
#include "tst_mappanel.moc"
