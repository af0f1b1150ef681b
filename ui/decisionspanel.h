#pragma once

#include "storage/decisionquery.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUrl;

namespace banatlas {

class DateField;
class DecisionListModel;
class Document;
class SearchMarkDelegate;
class ViewState;

// The Decisions tab: every decision in one sortable table, narrowed by filters that
// combine (full text, vendors, a government, group or region, measures, scopes,
// confidence, a date range, in effect on the as-of date), with the count of what is
// listed; the selected decision's details below, the words searched for marked. Bulk
// changes of confidence, scope and vendors are one undo step each; what is listed can be
// exported or made into a report (the window asks for the file: exportRequested,
// reportRequested).
class DecisionsPanel final : public QWidget {
    Q_OBJECT

public:
    DecisionsPanel(Document *doc, ViewState *state, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QLabel *syntaxLabel() const { return m_syntax; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    QLabel *countLabel() const { return m_count; }
    DecisionListModel *model() const { return m_model; }
    QComboBox *placeBox() const { return m_place; }
    QMenu *vendorMenu() const { return m_vendorMenu; }
    QMenu *measureMenu() const { return m_measureMenu; }
    QMenu *scopeMenu() const { return m_scopeMenu; }
    QMenu *confidenceMenu() const { return m_confidenceMenu; }
    QComboBox *dateKindBox() const { return m_dateKind; }
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    QCheckBox *inEffectBox() const { return m_inEffect; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *reportButton() const { return m_report; }

    // The filters as they are set now (a search that does not parse counts as none).
    DecisionFilter filter() const;
    // The filters in words, for a report's cover ("search "drone*"; measure Ban; …").
    QString filterText() const;
    // The selected decisions, in the table's order; the current one.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // Runs the filters now (typing waits a moment first).
    void applyFilter();
    // Every filter back to none.
    void clearFilters();

    // The bulk changes of the selected rows, one undo step each (also in the context menu).
    void setConfidence(Confidence c);
    void addScope(Scope s);
    void removeScope(Scope s);
    void addVendor(const QString &name);
    void removeVendor(const QString &name);

signals:
    void editRequested(qint64 id);
    void exportRequested();
    void reportRequested();
    // A bulk change was refused; the message says why.
    void changeFailed(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void createFilters();
    void keepSelectionThroughResets();
    void layOut();
    void fillMenus();
    void fillPlaces();
    void showCurrent();
    void updateCount();
    void updateButtonTexts();
    void openLink(const QUrl &url);
    template <typename Change> void changeSelected(const QString &description, Change change);
    QMenu *checkMenu(const QString &title, const QList<std::pair<QString, QVariant>> &items);

    Document *m_doc;
    ViewState *m_state;
    DecisionListModel *m_model;
    SearchMarkDelegate *m_marks;
    QLineEdit *m_search;
    QLabel *m_syntax;
    QToolButton *m_vendors;
    QMenu *m_vendorMenu;
    QComboBox *m_place;
    QToolButton *m_measures;
    QMenu *m_measureMenu = nullptr;
    QToolButton *m_scopes;
    QMenu *m_scopeMenu = nullptr;
    QToolButton *m_confidences;
    QMenu *m_confidenceMenu = nullptr;
    QComboBox *m_dateKind;
    DateField *m_from;
    DateField *m_to;
    QCheckBox *m_inEffect;
    QPushButton *m_clear;
    QLabel *m_count;
    QPushButton *m_export;
    QPushButton *m_report;
    QTableView *m_view;
    QTextBrowser *m_details;
    QTimer *m_typing;
    SearchQuery m_query;      // the last search that parsed
    qint64 m_keptCurrent = 0; // across a reset of the list
    QList<qint64> m_keptSelection;
};

} // namespace banatlas
