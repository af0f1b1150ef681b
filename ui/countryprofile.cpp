#include "countryprofile.h"
#include "i18n/citation.h"
#include "i18n/displaynames.h"

#include "document/history.h"
#include "messages.h"

#include "classbadgedelegate.h"
#include "columnfitter.h"
#include "document/countrystatusmodel.h"
#include "document/decisionhistorymodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

// Every column fits its content but the stretch one, which takes the rest and elides
// (the full text is in the tooltip); see ColumnFitter for narrow windows.
QTableView *makeTable(QAbstractItemModel *model, int stretch, QList<int> optional,
                      QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    new ColumnFitter(view, stretch, view->fontMetrics().horizontalAdvance(u"M"_s) * 14,
                     std::move(optional));
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

} // namespace

QString markedHtml(const QString &text, const QList<SearchTerm> &marks) {
    QString html;
    qsizetype at = 0;
    for (const TextMatch &m : searchMatches(text, marks)) {
        html += esc(text.mid(at, m.start - at));
        html += u"<span style=\"background-color:%1\">%2</span>"_s.arg(
            searchMarkColor().name(), esc(text.mid(m.start, m.length)));
        at = m.start + m.length;
    }
    return html + esc(text.mid(at));
}

QColor searchMarkColor() {
    return QColor(0xff, 0xe0, 0x66);
}

// The citation of source `index`: the parts of citationParts() as rich text, the title in
// italics, web addresses and the local copy as links; the date of access is left out.
static QString citationHtml(const Source &s, qsizetype index, const QList<SearchTerm> &marks) {
    QStringList parts;
    for (const CitationPart &part : citationParts(s)) {
        switch (part.kind) {
        case CitationPart::Title:
            parts.append(u"<i>%1</i>"_s.arg(markedHtml(part.text, marks)));
            break;
        case CitationPart::Url:
            // Only web addresses become links; anything else stays inert text.
            parts.append(
                isOpenableUrl(part.text)
                    ? u"<a href=\"%1\">%2</a>"_s.arg(esc(part.text), markedHtml(part.text, marks))
                    : markedHtml(part.text, marks));
            break;
        case CitationPart::LocalCopy:
            // Opened only after its SHA-256 is checked (CountryProfile::openLink).
            parts.append(u"<a href=\"localcopy:%1\">%2</a>"_s.arg(index).arg(
                esc(CountryProfile::tr("local copy: %1").arg(s.localCopy))));
            break;
        case CitationPart::Accessed:
            break;
        case CitationPart::Publisher:
            parts.append(markedHtml(part.text, marks));
            break;
        case CitationPart::Published:
            parts.append(esc(part.text));
            break;
        }
    }
    return parts.join(u" — "_s);
}

QString decisionHtml(const Decision &d, const QList<SearchTerm> &marks) {
    QString html = u"<h3>%1</h3>"_s.arg(markedHtml(d.title, marks));
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html +=
                u"<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    html += u"<table cellspacing=\"2\">"_s;
    row(CountryProfile::tr("Measure"), displayName(d.measure));
    row(CountryProfile::tr("Vendors"), d.vendors.join(u", "_s));
    row(CountryProfile::tr("Scope"), scopeList(d.scopes));
    row(CountryProfile::tr("Announced"), d.announced.toDisplayString());
    row(CountryProfile::tr("Effective"), d.effective.toDisplayString());
    row(CountryProfile::tr("Ended"), d.ended.toDisplayString());
    row(CountryProfile::tr("Deadline"), d.deadline.toDisplayString());
    row(CountryProfile::tr("Legal form"), d.legalForm ? displayName(*d.legalForm) : QString());
    row(CountryProfile::tr("Confidence"), displayName(d.confidence));
    if (d.coversSubsidiaries)
        row(CountryProfile::tr("Covers"), CountryProfile::tr("subsidiaries of the vendors named"));
    html += u"</table>"_s;
    if (!d.summary.isEmpty())
        html += u"<p>%1</p>"_s.arg(markedHtml(d.summary, marks).replace(u'\n', u"<br>"_s));
    if (!d.sources.isEmpty()) {
        html += u"<p><b>%1</b></p><ol>"_s.arg(CountryProfile::tr("Sources"));
        for (qsizetype i = 0; i < d.sources.size(); ++i) {
            html += u"<li>%1</li>"_s.arg(citationHtml(d.sources[i], i, marks));
        }
        html += u"</ol>"_s;
    }
    return html;
}

CountryProfile::CountryProfile(Document *doc, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_state(state)
    , m_statusModel(new CountryStatusModel(doc, state, this))
    , m_historyModel(new DecisionHistoryModel(doc, state, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_statusView(makeTable(m_statusModel, CountryStatusModel::WhyColumn,
                             {CountryStatusModel::DeadlineColumn}, this))
    , m_historyView(makeTable(m_historyModel, DecisionHistoryModel::TitleColumn,
                              {DecisionHistoryModel::ConfidenceColumn}, this))
    , m_details(new QTextBrowser(this))
    , m_changeLog(new QListWidget(this)) {
    setUpWidgets();
    layOut();
    // Whatever changes the context of the detail pane (government, date, vendors, data)
    // shows the pane again from the current selection, never leaving an old one behind.
    connect(state, &ViewState::countryChanged, this, &CountryProfile::showCountry);
    connect(state, &ViewState::asOfChanged, this, [this] { showCountry(m_state->country()); });
    connect(state, &ViewState::vendorsChanged, this, [this] { showCountry(m_state->country()); });
    connect(state, &ViewState::decisionChanged, this, &CountryProfile::showDecision);
    connect(doc, &Document::changed, this, [this] { showCountry(m_state->country()); });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A row the document removed moves the current row; that is not a choice.
                if (current.isValid() && !m_historyModel->isUpdating())
                    m_state->setDecision(m_historyModel->idAt(current.row()));
            });
    connect(m_historyView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit editRequested(m_historyModel->idAt(index.row()));
    });
    connect(m_details, &QTextBrowser::anchorClicked, this, &CountryProfile::openLink);
    showCountry(state->country());
    showDecision(state->decision());
}

void CountryProfile::setUpWidgets() {
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_statusView->setItemDelegateForColumn(CountryStatusModel::ClassColumn,
                                           new ClassBadgeDelegate(m_statusView));
    m_title->setObjectName(u"profileTitle"_s);
    m_subtitle->setObjectName(u"profileSubtitle"_s);
    m_statusView->setObjectName(u"vendorStatus"_s);
    m_historyView->setObjectName(u"decisionHistory"_s);
    m_details->setOpenLinks(false);
    m_details->setOpenExternalLinks(false);
    m_changeLog->setObjectName(u"changeLog"_s);
}

void CountryProfile::layOut() {
    auto *statusLabel = new QLabel(tr("Class per vendor"), this);
    auto *historyLabel = new QLabel(tr("Decisions, newest first (bold: in effect)"), this);
    auto *logLabel = new QLabel(tr("Change history of the selected decision"), this);
    for (QLabel *l : {statusLabel, historyLabel, logLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    // Panes of widgets one above the other, without margins of their own.
    auto column = [this](std::initializer_list<QWidget *> widgets) {
        auto *pane = new QWidget(this);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        for (QWidget *w : widgets)
            paneLayout->addWidget(w);
        return pane;
    };
    QWidget *top = column({m_title, m_subtitle, statusLabel, m_statusView});
    QWidget *middle = column({historyLabel, m_historyView});
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_details);
    bottom->addWidget(column({logLabel, m_changeLog}));
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"profileSplitter"_s);
    split->addWidget(top);
    split->addWidget(middle);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void CountryProfile::showCountry(const QString &code) {
    m_statusModel->setCountry(code);
    m_historyModel->setCountry(code);
    const Country *c = m_doc->country(code);
    if (!c) {
        m_title->setText(tr("Choose a government on the left"));
        m_subtitle->clear();
        showDecision(0);
        return;
    }
    m_title->setText(QStringLiteral("%1  (%2)").arg(displayName(*c), c->code));
    QStringList groups;
    for (const CountryGroup &g : m_doc->groups()) {
        if (g.membersOn(m_state->asOf()).contains(code))
            groups.append(shortName(g));
    }
    QStringList parts;
    if (c->supranational)
        parts.append(tr("Supranational jurisdiction"));
    else
        parts.append(c->subregion.isEmpty()
                         ? regionName(c->region)
                         : regionName(c->region) + u" · "_s + regionName(c->subregion));
    parts.append(groups.isEmpty()
                     ? tr("No group membership on %1")
                           .arg(PartialDate::fromDate(m_state->asOf()).toDisplayString())
                     : tr("Member of %1 on %2")
                           .arg(groups.join(u", "_s),
                                PartialDate::fromDate(m_state->asOf()).toDisplayString()));
    const int count = m_doc->decisionCount(code);
    parts.append(count == 1 ? tr("1 decision recorded") : tr("%1 decisions recorded").arg(count));
    m_subtitle->setText(parts.join(u"  —  "_s));
    showDecision(m_state->decision());
}

void CountryProfile::showDecision(qint64 id) {
    const Decision *d = m_doc->decision(id);
    m_changeLog->clear();
    const int row = d && d->country == m_state->country() ? m_historyModel->rowOf(id) : -1;
    if (row < 0) {
        // Nothing of another government, or of a decision that is gone, stays on screen.
        m_shown = 0;
        m_historyView->clearSelection();
        m_historyView->setCurrentIndex({});
        m_details->setPlainText(tr("Select a decision to read its summary and sources."));
        return;
    }
    m_shown = id;
    m_details->setHtml(decisionHtml(*d));
    const QList<AuditEntry> log = m_doc->history(id);
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        m_changeLog->addItem(describeChange(*it));
        m_changeLog->item(m_changeLog->count() - 1)->setToolTip(describeChange(*it)); // whole
    }
    if (m_historyView->currentIndex().row() != row)
        m_historyView->selectRow(row);
}

void CountryProfile::openLink(const QUrl &url) {
    if (url.scheme() == u"localcopy"_s) {
        const Decision *d = m_doc->decision(m_state->decision());
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (!d || !ok || index < 0 || index >= d->sources.size())
            return;
        try {
            const QString path = m_doc->localCopyPath(d->sources[index]);
            emit localCopyVerified(path);
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        } catch (const Error &e) {
            showWarning(this, tr("Local copy not opened"), e.message());
        }
        return;
    }
    if (isOpenableUrl(url.toString()))
        QDesktopServices::openUrl(url);
}

} // namespace banatlas
