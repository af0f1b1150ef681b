#pragma once

#include "interchange/database.h"
#include "interchange/importpreview.h"
#include "settings.h"
#include "storage/store.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDateEdit;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace banatlas {

class CountryBrowser;
class CountryProfile;
class Document;
class MapPanel;
class TimelinePanel;
class VendorProfile;
class DecisionsPanel;
class ViewState;

// The application window: menus, toolbar, status bar, and the views of one database.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_doc; }
    ViewState *viewState() const { return m_state; }
    CountryBrowser *countryBrowser() const { return m_browser; }
    CountryProfile *countryProfile() const { return m_profile; }
    // The tabs after the first are made when first shown, or asked for here.
    VendorProfile *vendorProfile();
    DecisionsPanel *decisionsPanel();
    MapPanel *mapPanel();
    TimelinePanel *timelinePanel();
    QAction *newDecisionAction() const { return m_newDecision; }
    QAction *editDecisionAction() const { return m_editDecision; }
    QAction *deleteDecisionAction() const { return m_deleteDecision; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // Edit ▸ Undo import: restores the backup taken before the last import.
    QAction *undoImportAction() const { return m_undoImport; }
    QTabWidget *tabs() const { return m_tabs; }
    // The user's settings, which the window reads and writes and lends to its dialogs.
    Settings &settings() { return m_settings; }

    // Opens a database file in this window; shows why when it cannot (see
    // openDatabaseForWindow). A read-only one opens read-only, and says so.
    bool openDatabase(const QString &path, Seed seed = Seed::Bundled);
    // File ▸ Restore from backup…
    void showBackups();
    QAction *importAction() const { return m_import; }
    // File ▸ Import… without the file dialog: the review of what the import would do
    // (ImportReviewDialog) first, then, if accepted, the import of what was reviewed.
    bool importFrom(const QString &path);
    void undoImport();
    // File ▸ Export… without the file dialog: JSON, or CSV by the .csv extension. Never
    // writes over the database or its files; says what a CSV leaves out.
    bool exportTo(const QString &path);
    // File ▸ Save a local copy… without the file dialog: a team database's data into the
    // new file `path`; an existing file is refused and kept.
    bool saveLocalCopyTo(const QString &path);

    // The editor flow, reachable from tests: `prepare` may fill in the dialog.
    void newDecision();
    void editDecision(qint64 id);
    // Saves an edit begun from `base`; a conflict with someone's save since is resolved in
    // the conflict dialog.
    void saveEdit(Decision base, Decision wanted);
    void deleteDecision();
    // Asks what to report, writes the PDF with a cancellable progress dialog, and offers
    // to open it.
    void exportReport();
    // The report dialog for `chosen` decisions only (the Decisions tab's list), when given.
    void exportReportOn(const std::optional<QList<qint64>> &chosen, const QString &selection);
    // The panes of the current tab that F6 / Ctrl+Tab visit, in order.
    QList<QWidget *> panes() const;
    // Moves the focus to the next (or previous) pane of the current tab.
    void focusPane(int step);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setDocument(std::unique_ptr<Store> store);
    Document *openDocument(std::unique_ptr<Store> store); // read, not yet shown
    void showDocument(Document *doc);                     // replaces the one shown
    // The parts of setDocument: the tabs and their views; the undo actions and the
    // document's signals; the views' signals; the database's name and state.
    void createViews();
    void checkDatabase();
    void watchConnection();
    void connectDocument();
    void connectViews();
    void createTab(int index); // the tab at `index`, if not made yet
    void createMapPanel();
    void createTimelinePanel();
    void createVendorProfile();
    void createDecisionsPanel();
    void exportListed();
    void reportListed();
    void addToPage(int index, QWidget *panel);
    void showDatabase();
    void createActions();
    void createNavigationActions();
    void createMenus();
    void createToolBar();
    bool canEdit() const;
    void updateActions();
    // The selected decision, if the current tab shows it selected; else null.
    const Decision *visibleDecision() const;
    void updateUndoTexts();
    void updateStatus();
    void updateVendorMenu();
    void updateRecentMenu();
    void rememberDatabase(const QString &path);
    void newDatabase();
    void openDialog();
    void connectDialog();
    void importFile();
    // Previews importing `path` and shows the review; the preview when it is accepted.
    std::optional<ImportPreview> reviewImport(const QString &path, ConflictSettlements &settled);
    // Imports what the review showed, and says how it went.
    void importReviewed(const ImportPreview &preview);
    void exportFile();
    void saveLocalCopy();
    void showAbout();

public:
    // Help ▸ How a class is decided.
    void showClassRules();

private:
    void saveSettings();
    void restoreSettings();

    Settings m_settings;
    Document *m_doc = nullptr;
    ViewState *m_state;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_countrySplit = nullptr;
    CountryBrowser *m_browser = nullptr;
    CountryProfile *m_profile = nullptr;
    // Tabs 1 to 3: an empty page each until the panel is made (createTab).
    QWidget *m_mapPage = nullptr;
    QWidget *m_timelinePage = nullptr;
    QWidget *m_vendorsPage = nullptr;
    QWidget *m_decisionsPage = nullptr;
    DecisionsPanel *m_decisionsPanel = nullptr;
    VendorProfile *m_vendors = nullptr;
    MapPanel *m_mapPanel = nullptr;
    TimelinePanel *m_timelinePanel = nullptr;
    QDateEdit *m_asOf = nullptr;
    QToolButton *m_vendorButton = nullptr;
    QMenu *m_vendorMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusDatabase = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_statusReadOnly = nullptr;
    QLabel *m_statusTextsCut = nullptr;
    QLabel *m_statusConnection = nullptr; // a team database's connection, while lost
    QAction *m_import = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_newDecision = nullptr;
    QAction *m_editDecision = nullptr;
    QAction *m_deleteDecision = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_undoImport = nullptr;
    QString m_importBackup;  // the backup taken before the last import in this window
    bool m_restored = false; // the last thing that cut the undo history was a restore
    QAction *m_showCountries = nullptr;
    QAction *m_showVendors = nullptr;
    QAction *m_showDecisions = nullptr;
    QAction *m_search = nullptr;
    QAction *m_showMap = nullptr;
    QAction *m_showTimeline = nullptr;
    QAction *m_find = nullptr;
    QAction *m_nextPane = nullptr;
    QAction *m_previousPane = nullptr;
    QAction *m_nextTab = nullptr;
    QAction *m_previousTab = nullptr;
};

} // namespace banatlas
