#pragma once

#include "domain/searchquery.h"

#include "domain/entities.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;
class QTextBrowser;
class QUrl;

namespace banatlas {

class CountryStatusModel;
class DecisionHistoryModel;
class Document;
class ViewState;

// One government: its class per vendor with why, its decisions, the selected decision's
// text and sources, and that decision's change history.
class CountryProfile final : public QWidget {
    Q_OBJECT

public:
    CountryProfile(Document *doc, ViewState *state, QWidget *parent = nullptr);

    QTableView *statusView() const { return m_statusView; }
    QTableView *historyView() const { return m_historyView; }
    QTextBrowser *details() const { return m_details; }
    QListWidget *changeLog() const { return m_changeLog; }
    // The decision whose text, sources and history are on screen (0: none).
    qint64 shownDecision() const { return m_shown; }

    // A link in the details: an http(s) address opens in the browser; a source's local
    // copy opens only once its SHA-256 matches (otherwise a dialog says why); anything
    // else is ignored.
    void openLink(const QUrl &url);

signals:
    // Double-click on a decision: open the editor.
    void editRequested(qint64 id);
    // A local copy passed its check and is handed to the desktop.
    void localCopyVerified(const QString &path);

private:
    // The constructor's parts: the widgets' looks and names, then the panes.
    void setUpWidgets();
    void layOut();
    void showCountry(const QString &code);
    void showDecision(qint64 id);

    Document *m_doc;
    ViewState *m_state;
    CountryStatusModel *m_statusModel;
    DecisionHistoryModel *m_historyModel;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTableView *m_statusView;
    QTableView *m_historyView;
    QTextBrowser *m_details;
    QListWidget *m_changeLog;
    qint64 m_shown = 0;
};

// Decision details as HTML; every user-written text is escaped, links only for http(s).
// A decision as rich text (the profile's and the Decisions tab's detail pane): every text
// escaped; the words that `marks` match (a search) shown marked.
QString decisionHtml(const Decision &d, const QList<SearchTerm> &marks = {});
// `text` escaped for rich text, the words `marks` match on the search mark colour.
QString markedHtml(const QString &text, const QList<SearchTerm> &marks);
QColor searchMarkColor();

} // namespace banatlas
