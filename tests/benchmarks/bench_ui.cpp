// Prints how long the window takes with many decisions: opening, moving the as-of
// date (every view re-resolves), adding a decision and undoing it. Offscreen.
// Usage: bench_ui [N]   (default 10000)
#include "countrybrowser.h"
#include "decisionspanel.h"
#include "document/decisionlistmodel.h"
#include "document/document.h"
#include "document/viewstate.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "mainwindow.h"
#include "storage/sqliteapi.h"
#include "synthetic.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace banatlas;

int main(int argc, char *argv[]) {
    configureSqliteForProcess(); // as the app's main does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    // bench_ui FILE.banatlas: an existing database (e.g. a million decisions) as it is.
    const QString given = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool existing = given.endsWith(u".banatlas"_s);
    const int n = argc > 1 && !existing ? std::atoi(argv[1]) : 10000;

    QTemporaryDir dir;
    const QString path = existing ? given : dir.filePath(u"bench.banatlas"_s);
    if (!existing) {
        auto store = openDatabase(path, Seed::None);
        QStringList countries;
        for (const Country &c : store->countries())
            countries.append(c.code);
        importCsv(*store, syntheticCsv(n, countries), u"synthetic.csv"_s);
    }

    QElapsedTimer t;
    t.start();
    MainWindow window(openDatabase(path));
    window.show();
    QApplication::processEvents();
    const double openMs = t.nsecsElapsed() / 1e6;

    ViewState *state = window.viewState();
    t.restart();
    state->setCountry(u"DE"_s); // the profile reads that government's decisions
    QApplication::processEvents();
    const double profileMs = t.nsecsElapsed() / 1e6;
    t.restart();
    constexpr int kSteps = 20;
    for (int i = 0; i < kSteps; ++i) {
        state->setAsOf(QDate(2010, 1, 1).addMonths(i * 9));
        QApplication::processEvents();
    }
    const double asOfMs = t.nsecsElapsed() / 1e6 / kSteps;

    // A large file is checked in the background, and edits wait for it.
    if (window.document()->editsHeld()) {
        QEventLoop wait;
        QObject::connect(window.document(), &Document::integrityChecked, &wait, &QEventLoop::quit);
        wait.exec();
        if (window.document()->editsHeld()) {
            std::fprintf(stderr, "bench_ui: the file is damaged\n");
            return 1;
        }
    }
    const double checkedMs = t.nsecsElapsed() / 1e6; // since the as-of steps began

    Decision d;
    d.country = u"DE"_s;
    d.vendors = {u"Vendor 1"_s};
    d.measure = Measure::Ban;
    d.scopes = {Scope::Core5g};
    d.announced = PartialDate::day(2024, 1, 1);
    d.title = u"Benchmark decision"_s;
    t.restart();
    window.document()->addDecision(d);
    QApplication::processEvents();
    const double addMs = t.nsecsElapsed() / 1e6;
    t.restart();
    window.document()->undo();
    QApplication::processEvents();
    const double undoMs = t.nsecsElapsed() / 1e6;

    // The other tabs, each the first time it is shown (the map decodes its borders, the
    // timeline lays out every government's periods).
    auto *tabs = window.findChild<QTabWidget *>();
    const auto show = [&](const QString &title) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).remove(u'&') == title) {
                t.restart();
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                return t.nsecsElapsed() / 1e6;
            }
        }
        return -1.0;
    };
    const double mapMs = show(u"Map"_s);
    const double timelineMs = show(u"Timeline"_s);
    // The Decisions tab: every decision listed, newest first; then a search typed and run,
    // an order by title, and an edit while the list is filtered.
    const double decisionsMs = show(u"Decisions"_s);
    DecisionsPanel *panel = window.decisionsPanel();
    t.restart();
    panel->searchField()->setText(u"drones"_s);
    panel->applyFilter();
    QApplication::processEvents();
    const double searchMs = t.nsecsElapsed() / 1e6;
    const int found = panel->model()->rowCount();
    t.restart();
    panel->view()->sortByColumn(DecisionListModel::TitleColumn, Qt::AscendingOrder);
    QApplication::processEvents();
    const double sortMs = t.nsecsElapsed() / 1e6;
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    t.restart();
    window.document()->addDecision(d);
    QApplication::processEvents();
    const double addListedMs = t.nsecsElapsed() / 1e6;

    std::printf("%d decisions | open window %7.1f ms | open a profile %7.1f ms | change as-of "
                "date %6.1f ms | add decision %6.1f ms | undo %6.1f ms | map tab %6.1f ms | "
                "timeline tab %7.1f ms | decisions tab %7.1f ms | search \"drones\" %7.1f ms "
                "(%d found) | sort by title %7.1f ms | add while listed %7.1f ms | edits held "
                "for the check until %6.1f ms after the as-of steps | peak RSS %ld MB\n",
                window.document()->decisionCount(), openMs, profileMs, asOfMs, addMs, undoMs, mapMs,
                timelineMs, decisionsMs, searchMs, found, sortMs, addListedMs, checkedMs,
                peakRssMb());
    return 0;
}
