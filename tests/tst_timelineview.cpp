#include "document/document.h"
#include "document/viewstate.h"
#include "interchange/database.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include "helpers/bundledjson.h"
#include "helpers/testsetup.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

class TestTimelineView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    ViewState *m_state = nullptr;
    std::unique_ptr<TimelinePanel> m_panel;

    TimelineView *view() const { return m_panel->view(); }

    // Where a decision's marker is drawn in the view.
    QPoint markerOf(qint64 id) const {
        const TimelineLayout &l = view()->layout();
        for (const TimelineItem &it : l.items) {
            if (it.id != id)
                continue;
            const double y = view()->style().axisHeight +
                             (it.lane - view()->firstLane()) * view()->style().laneHeight +
                             view()->style().barCentre();
            return QPointF(view()->scale().x(it.announced), y).toPoint();
        }
        return {};
    }

private slots:
    void init() {
        testing::failOnQtWarnings();
        m_doc = std::make_unique<Document>(openDatabase(
            m_dir.filePath(QLatin1StringView(QTest::currentTestFunction()) + u".banatlas"_s)));
        m_state = new ViewState(m_doc.get());
        m_state->setAsOf(QDate(2022, 1, 1));
        m_panel = std::make_unique<TimelinePanel>(m_doc.get(), m_state);
        m_panel->resize(1400, 900);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup() {
        m_panel.reset();
        m_doc.reset();
    }

    // What the view is fitted to and lists, against the bundled file read on its own.
    void fitsTheDataAndListsAllGovernments() {
        const TimelineLayout &l = view()->layout();
        const QJsonArray decisions = testing::bundledDecisions();
        QVERIFY(!decisions.isEmpty());
        QDate earliest(9999, 12, 31);
        QSet<QString> governments;
        for (const QJsonValue &d : decisions) {
            const QString announced = d[u"announced"_s].toString();
            // Partial dates ("2018-11", "2019") begin on their first day.
            const QDate day = QDate::fromString(
                announced.size() == 4 ? announced + u"-01-01"_s
                                      : (announced.size() == 7 ? announced + u"-01"_s : announced),
                Qt::ISODate);
            QVERIFY2(day.isValid(), qPrintable(announced));
            earliest = std::min(earliest, day);
            governments.insert(d[u"country"_s].toString());
        }
        QCOMPARE(earliest.year(), 2011); // Taiwan's exclusion of Huawei's core equipment
        QVERIFY(l.first <= earliest && l.first.daysTo(earliest) < 366);
        QVERIFY(view()->scale().x(l.first) >= view()->plotRect().left());
        QVERIFY(view()->scale().x(l.last) <= view()->plotRect().right());
        QSet<QString> lanes;
        for (const TimelineLane &lane : l.lanes)
            lanes.insert(lane.key);
        QCOMPARE(lanes, governments);
        QCOMPARE(l.items.size(), decisions.size());
    }

    void clickSelectsAndDoubleClickEdits() {
        const QPoint marker = markerOf(2); // Australia 2018
        QCOMPARE(view()->decisionAt(marker), 2);
        const QImage before = view()->grab().toImage();
        QTest::mouseClick(view(), Qt::LeftButton, {}, marker);
        // What is painted agrees with where the click landed: the selected decision's
        // marker is drawn anew (outlined), and it is there, under the mouse.
        const QImage after = view()->grab().toImage();
        QCOMPARE(after.size(), before.size());
        int changedNear = 0;
        for (int dy = -8; dy <= 8; ++dy) {
            for (int dx = -8; dx <= 8; ++dx) {
                const QPoint q = marker + QPoint(dx, dy) * after.devicePixelRatio();
                if (after.valid(q) && after.pixel(q) != before.pixel(q))
                    ++changedNear;
            }
        }
        QVERIFY2(changedNear > 0, "nothing was redrawn where the selected marker is");
        QCOMPARE(m_state->country(), u"AU"_s);
        QCOMPARE(m_state->decision(), 2);
        QSignalSpy edit(view(), &TimelineView::editRequested);
        QTest::mouseDClick(view(), Qt::LeftButton, {}, marker);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toLongLong(), 2);
    }

    void draggingTheCursorMovesTheSharedDate() {
        const int y = 300;
        const QPoint cursor(static_cast<int>(view()->scale().x(m_state->asOf())), y);
        const QPoint target(static_cast<int>(view()->scale().x(QDate(2019, 6, 15))), y);
        QTest::mousePress(view(), Qt::LeftButton, {}, cursor);
        QMouseEvent move(QEvent::MouseMove, target, view()->mapToGlobal(QPointF(target)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view(), &move);
        QTest::mouseRelease(view(), Qt::LeftButton, {}, target);
        // Within a pixel or two of where the mouse was let go.
        const double daysPerPixel = 1.0 / view()->scale().pixelsPerDay();
        QVERIFY2(qAbs(m_state->asOf().daysTo(QDate(2019, 6, 15))) <= 2 * daysPerPixel + 1,
                 qPrintable(m_state->asOf().toString(Qt::ISODate)));
    }

    void wheelZoomsAroundTheCursor() {
        const QPoint at(800, 300);
        const QDate under = view()->scale().date(at.x());
        const double before = view()->scale().pixelsPerDay();
        QWheelEvent wheel(at, view()->mapToGlobal(at), {}, {0, 240}, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view(), &wheel);
        QVERIFY(view()->scale().pixelsPerDay() > before * 1.5);
        QVERIFY(qAbs(view()->scale().date(at.x()).daysTo(under)) <= 1);
        view()->fitToData();
        QCOMPARE(view()->scale().pixelsPerDay(), before);
    }

    void lanesPerVendorAndFilters() {
        m_panel->laneMode()->setCurrentIndex(1);
        // Every vendor of the file is named by some decision, so each has a lane.
        QCOMPARE(view()->layout().lanes.size(),
                 testing::bundledDataset().value(u"vendors"_s).toArray().size());
        m_panel->laneMode()->setCurrentIndex(0);
        m_panel->groupFilter()->setCurrentIndex(m_panel->groupFilter()->findData(u"FIVE_EYES"_s));
        QCOMPARE(view()->layout().lanes.size(), 5);
        m_panel->measureFilter()->setCurrentIndex(
            m_panel->measureFilter()->findData(int(Measure::Warning)));
        QVERIFY(!view()->layout().items.isEmpty()); // the US, the UK... warned
        for (const TimelineItem &it : view()->layout().items)
            QCOMPARE(it.measure, Measure::Warning);
        // The window's vendor filter applies too: exactly the file's Kaspersky decisions of
        // the Five Eyes.
        m_panel->measureFilter()->setCurrentIndex(0);
        m_state->setVendors({u"Kaspersky"_s});
        int expected = 0;
        for (const QJsonValue &d : testing::bundledDecisions()) {
            const QString c = d[u"country"_s].toString();
            if ((c == u"AU"_s || c == u"CA"_s || c == u"GB"_s || c == u"NZ"_s || c == u"US"_s) &&
                d[u"vendors"_s].toArray().contains(u"Kaspersky"_s))
                ++expected;
        }
        QVERIFY(expected >= 2);
        QCOMPARE(view()->layout().items.size(), expected);
        for (const TimelineItem &it : view()->layout().items)
            QVERIFY(m_doc->decision(it.id)->vendors.contains(u"Kaspersky"_s));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
