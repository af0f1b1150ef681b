#include "decisionspanel.h"

#include "columnfitter.h"
#include "countryprofile.h"
#include "datefield.h"
#include "flowlayout.h"
#include "searchmarkdelegate.h"

#include "document/decisionlistmodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "domain/validation.h"
#include "i18n/displaynames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

// The values checked in a menu of checkable actions.
template <typename T> QList<T> checkedIn(const QMenu *menu) {
    QList<T> out;
    if (!menu)
        return out;
    for (const QAction *a : menu->actions()) {
        if (a->isCheckable() && a->isChecked())
            out.append(a->data().value<T>());
    }
    return out;
}

// An action's text without its mnemonic: "&&" is a "&" of the name ("AT&T").
QString plainText(const QAction *a) {
    QString text = a->text();
    text.replace(u"&&"_s, QString(QChar(0xFFFF)));
    text.remove(u'&');
    text.replace(QChar(0xFFFF), u'&');
    return text;
}

QStringList checkedTexts(const QMenu *menu) {
    QStringList out;
    if (!menu)
        return out;
    for (const QAction *a : menu->actions()) {
        if (a->isCheckable() && a->isChecked())
            out.append(plainText(a));
    }
    return out;
}

// "Measures: any", "Measures: Ban", "Measures: 3 chosen" (a button's text: a "&" of a
// name doubled, not a mnemonic).
QString choiceText(const QString &label, const QStringList &chosen) {
    if (chosen.isEmpty())
        return DecisionsPanel::tr("%1: any").arg(label);
    if (chosen.size() <= 2)
        return DecisionsPanel::tr("%1: %2").arg(label, chosen.join(u", "_s)).replace(u'&', u"&&"_s);
    return DecisionsPanel::tr("%1: %2 chosen").arg(label).arg(chosen.size());
}

} // namespace

DecisionsPanel::DecisionsPanel(Document *doc, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_state(state)
    , m_model(new DecisionListModel(doc, this))
    , m_marks(new SearchMarkDelegate(this))
    , m_search(new QLineEdit(this))
    , m_syntax(new QLabel(this))
    , m_vendors(new QToolButton(this))
    , m_vendorMenu(new QMenu(this))
    , m_place(new QComboBox(this))
    , m_measures(new QToolButton(this))
    , m_scopes(new QToolButton(this))
    , m_confidences(new QToolButton(this))
    , m_dateKind(new QComboBox(this))
    , m_from(new DateField(QDate(2018, 1, 1), this))
    , m_to(new DateField(QDate::currentDate(), this))
    , m_inEffect(new QCheckBox(this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("E&xport these…"), this))
    , m_report(new QPushButton(tr("Re&port on these decisions…"), this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_typing(new QTimer(this)) {
    createFilters();
    layOut();
    fillMenus();
    fillPlaces();
    connect(m_model, &DecisionListModel::updated, this, &DecisionsPanel::updateCount);
    connect(m_model, &DecisionListModel::updated, this, &DecisionsPanel::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A row the document moved is not a choice of the user's.
                if (current.isValid() && !m_model->isUpdating()) {
                    const qint64 id = m_model->idAt(current.row());
                    if (const Decision *d = m_doc->decision(id))
                        m_state->setCountry(d->country);
                    m_state->setDecision(id);
                }
                showCurrent();
            });
    keepSelectionThroughResets();
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit editRequested(m_model->idAt(index.row())); });
    connect(m_details, &QTextBrowser::anchorClicked, this, &DecisionsPanel::openLink);
    connect(doc, &Document::vendorsChanged, this, &DecisionsPanel::fillMenus);
    connect(doc, &Document::reset, this, [this] {
        fillMenus();
        fillPlaces();
    });
    connect(state, &ViewState::asOfChanged, this, [this] {
        updateButtonTexts();
        if (m_inEffect->isChecked() || m_place->currentData().toString().startsWith(u"g:"_s))
            applyFilter(); // the day, and a group's members on it, changed
    });
    updateButtonTexts();
    updateCount();
}

void DecisionsPanel::keepSelectionThroughResets() {
    // A long list read anew keeps the decision that was current, and the selection.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptCurrent = currentId();
        m_keptSelection = selectedIds();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // One pass over the rows, whatever their number and the selection's.
        const QSet<qint64> kept(m_keptSelection.cbegin(), m_keptSelection.cend());
        QItemSelection selection;
        int current = -1;
        const QList<qint64> &ids = m_model->ids();
        for (int row = 0; row < ids.size(); ++row) {
            if (ids[row] == m_keptCurrent)
                current = row;
            if (kept.contains(ids[row]))
                selection.select(m_model->index(row, 0),
                                 m_model->index(row, DecisionListModel::ColumnCount - 1));
        }
        if (current >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(current, 0),
                                                      QItemSelectionModel::NoUpdate);
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    });
}

void DecisionsPanel::createFilters() {
    m_search->setObjectName(u"decisionSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search titles, summaries and sources: drone*  \"federal register\"  huawei NOT zte"));
    m_search->setToolTip(
        tr("Words must all occur (in any case, with or without accents).\n"
           "word*  words that begin so\n\"two words\"  a phrase\na OR b  either\na NOT b  the "
           "first without the second\n( )  group"));
    m_syntax->setObjectName(u"searchSyntax"_s);
    m_syntax->setTextFormat(Qt::PlainText);
    m_syntax->setStyleSheet(u"color: #b00020"_s);
    m_syntax->hide();
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DecisionsPanel::applyFilter);
    connect(m_typing, &QTimer::timeout, this, &DecisionsPanel::applyFilter);

    m_vendors->setPopupMode(QToolButton::InstantPopup);
    m_vendors->setMenu(m_vendorMenu);
    for (QToolButton *b : {m_vendors, m_measures, m_scopes, m_confidences})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_place->setObjectName(u"decisionPlace"_s);
    // As wide as a usual name; the longest ("Bonaire, Sint Eustatius and Saba") elide.
    m_place->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_place->setMinimumContentsLength(20);
    connect(m_place, &QComboBox::currentIndexChanged, this, &DecisionsPanel::applyFilter);

    m_dateKind->addItem(tr("Any date"));
    m_dateKind->addItem(tr("Announced from"));
    m_dateKind->addItem(tr("Dated in force from"));
    m_dateKind->setItemData(
        2,
        tr("By the decision's own dates: in force from its effective date (or its "
           "announcement) until it ended, on some day of the range. Whether a later decision "
           "lifted it is what \"In effect on\" tells, by the status rules."),
        Qt::ToolTipRole);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_dateKind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        m_from->setEnabled(kind > 0);
        m_to->setEnabled(kind > 0);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DecisionsPanel::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &DecisionsPanel::applyFilter);
    connect(m_inEffect, &QCheckBox::toggled, this, &DecisionsPanel::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &DecisionsPanel::clearFilters);
    m_count->setObjectName(u"decisionCount"_s);
    m_count->setTextFormat(Qt::PlainText);
    connect(m_export, &QPushButton::clicked, this, &DecisionsPanel::exportRequested);
    connect(m_report, &QPushButton::clicked, this, &DecisionsPanel::reportRequested);

    m_view->setObjectName(u"decisionTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Best match first (or newest first) until a column is clicked: no indicator before
    // sorting is on, which would sort by it at once.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(DecisionListModel::TitleColumn, m_marks);
    new ColumnFitter(m_view, DecisionListModel::TitleColumn,
                     m_view->fontMetrics().horizontalAdvance(u"M"_s) * 18,
                     {DecisionListModel::EffectiveColumn, DecisionListModel::ScopeColumn,
                      DecisionListModel::ConfidenceColumn, DecisionListModel::SourcesColumn});
    m_details->setObjectName(u"decisionDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setOpenExternalLinks(false);
}

void DecisionsPanel::layOut() {
    auto *filters = new QWidget(this);
    auto *flow = new FlowLayout(filters);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addStretchWidget(m_search);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u"M"_s) * 24);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_vendors, m_place, m_measures, m_scopes, m_confidences, m_dateKind, m_from,
             new QLabel(tr("to"), this), m_to, m_inEffect, m_clear})
        flow->addWidget(w);
    auto *results = new QHBoxLayout;
    results->addWidget(m_count, 1);
    results->addWidget(m_export);
    results->addWidget(m_report);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"decisionsSplitter"_s);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(filters);
    layout->addWidget(m_syntax);
    layout->addLayout(results);
    layout->addWidget(split, 1);
}

QMenu *DecisionsPanel::checkMenu(const QString &title,
                                 const QList<std::pair<QString, QVariant>> &items) {
    auto *menu = new QMenu(title, this);
    for (const auto &[text, value] : items) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setData(value);
        connect(a, &QAction::toggled, this, [this] {
            updateButtonTexts();
            applyFilter();
        });
    }
    return menu;
}

void DecisionsPanel::fillMenus() {
    const QList<qint64> vendorsChecked = checkedIn<qint64>(m_vendorMenu); // by id
    m_vendorMenu->clear();
    QList<Vendor> vendors = m_doc->vendors();
    std::sort(vendors.begin(), vendors.end(), [](const Vendor &a, const Vendor &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (const Vendor &v : vendors) {
        QAction *a = m_vendorMenu->addAction(QString(v.name).replace(u'&', u"&&"_s));
        a->setCheckable(true);
        a->setData(v.id);
        a->setChecked(vendorsChecked.contains(v.id));
        connect(a, &QAction::toggled, this, [this] {
            updateButtonTexts();
            applyFilter();
        });
    }
    if (!m_measureMenu) {
        QList<std::pair<QString, QVariant>> measures, scopes, confidences;
        for (Measure m : allMeasures())
            measures.append({displayName(m), QVariant::fromValue(m)});
        for (Scope s : allScopes())
            scopes.append({displayName(s), QVariant::fromValue(s)});
        for (Confidence c : allConfidences())
            confidences.append({displayName(c), QVariant::fromValue(c)});
        m_measureMenu = checkMenu(tr("Measures"), measures);
        m_scopeMenu = checkMenu(tr("Scopes"), scopes);
        m_confidenceMenu = checkMenu(tr("Confidence"), confidences);
        for (auto [button, menu] :
             {std::pair{m_measures, m_measureMenu}, std::pair{m_scopes, m_scopeMenu},
              std::pair{m_confidences, m_confidenceMenu}}) {
            button->setPopupMode(QToolButton::InstantPopup);
            button->setMenu(menu);
        }
    }
    updateButtonTexts();
}

void DecisionsPanel::fillPlaces() {
    const QString chosen = m_place->currentData().toString();
    const QSignalBlocker quiet(m_place);
    m_place->clear();
    m_place->addItem(tr("Every government"), QString());
    m_place->insertSeparator(m_place->count());
    for (const CountryGroup &g : m_doc->groups())
        m_place->addItem(tr("Group: %1").arg(shortName(g)), QString(u"g:"_s + g.code));
    for (const QString &r : m_doc->regions())
        m_place->addItem(tr("Region: %1").arg(regionName(r)), QString(u"r:"_s + r));
    m_place->insertSeparator(m_place->count());
    QList<Country> countries = m_doc->countries();
    std::sort(countries.begin(), countries.end(), [](const Country &a, const Country &b) {
        return QString::localeAwareCompare(displayName(a), displayName(b)) < 0;
    });
    for (const Country &c : countries)
        m_place->addItem(u"%1 (%2)"_s.arg(displayName(c), c.code), QString(u"c:"_s + c.code));
    const int index = m_place->findData(chosen);
    m_place->setCurrentIndex(index < 0 ? 0 : index);
}

void DecisionsPanel::updateButtonTexts() {
    m_vendors->setText(choiceText(tr("Vendors"), checkedTexts(m_vendorMenu)));
    m_measures->setText(choiceText(tr("Measures"), checkedTexts(m_measureMenu)));
    m_scopes->setText(choiceText(tr("Scopes"), checkedTexts(m_scopeMenu)));
    m_confidences->setText(choiceText(tr("Confidence"), checkedTexts(m_confidenceMenu)));
    m_inEffect->setText(
        tr("In effect on %1").arg(PartialDate::fromDate(m_state->asOf()).toDisplayString()));
}

DecisionFilter DecisionsPanel::filter() const {
    DecisionFilter f;
    f.text = m_query;
    f.vendorIds = checkedIn<qint64>(m_vendorMenu);
    f.measures = checkedIn<Measure>(m_measureMenu);
    f.scopes = checkedIn<Scope>(m_scopeMenu);
    f.confidences = checkedIn<Confidence>(m_confidenceMenu);
    const QString place = m_place->currentData().toString();
    if (place.startsWith(u"c:"_s)) {
        f.countries = {place.mid(2)};
    } else if (place.startsWith(u"g:"_s)) {
        const QString code = place.mid(2);
        const auto group = std::find_if(m_doc->groups().begin(), m_doc->groups().end(),
                                        [&code](const CountryGroup &g) { return g.code == code; });
        if (group != m_doc->groups().end())
            f.countries = group->membersOn(m_state->asOf());
        if (f.countries.isEmpty())
            f.countries = {u"--"_s}; // no member that day: nothing, not everything
    } else if (place.startsWith(u"r:"_s)) {
        for (const Country &c : m_doc->countries()) {
            if (c.region == place.mid(2))
                f.countries.append(c.code);
        }
    }
    const QDate from = std::min(m_from->date(), m_to->date());
    const QDate to = std::max(m_from->date(), m_to->date());
    if (m_dateKind->currentIndex() == 1) {
        f.announcedFrom = from;
        f.announcedTo = to;
    } else if (m_dateKind->currentIndex() == 2) {
        f.inForceFrom = from;
        f.inForceTo = to;
    }
    return f;
}

QString DecisionsPanel::filterText() const {
    QStringList parts;
    if (!m_query.isEmpty())
        parts.append(tr("search \"%1\"").arg(m_search->text().trimmed()));
    for (const auto &[label, menu] :
         {std::pair{tr("vendors"), m_vendorMenu}, std::pair{tr("measures"), m_measureMenu},
          std::pair{tr("scopes"), m_scopeMenu}, std::pair{tr("confidence"), m_confidenceMenu}}) {
        const QStringList chosen = checkedTexts(menu);
        if (!chosen.isEmpty())
            parts.append(u"%1 %2"_s.arg(label, chosen.join(u", "_s)));
    }
    if (m_place->currentIndex() > 0)
        parts.append(m_place->currentText());
    if (m_dateKind->currentIndex() > 0) {
        parts.append(u"%1 %2 %3 %4"_s.arg(
            m_dateKind->currentText(), PartialDate::fromDate(m_from->date()).toDisplayString(),
            tr("to"), PartialDate::fromDate(m_to->date()).toDisplayString()));
    }
    if (m_inEffect->isChecked())
        parts.append(m_inEffect->text());
    return parts.isEmpty() ? tr("every decision") : parts.join(u"; "_s);
}

void DecisionsPanel::applyFilter() {
    m_typing->stop();
    try {
        m_query = SearchQuery::parse(m_search->text());
        m_syntax->hide();
    } catch (const SearchSyntaxError &e) {
        // Said where, and the list stays as it was until the search reads.
        m_syntax->setText(e.message());
        m_syntax->show();
        return;
    }
    m_marks->setTerms(m_query.terms());
    const qint64 current = currentId();
    m_model->setFilter(filter(),
                       m_inEffect->isChecked() ? std::optional(m_state->asOf()) : std::nullopt);
    if (m_model->byRelevance()) { // the indicator only: the rows are in order already
        const QSignalBlocker quiet(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_view->horizontalHeader()->viewport()->update();
    }
    // The decision that was current stays so when it is still listed.
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, DecisionListModel::TitleColumn));
    showCurrent();
}

void DecisionsPanel::clearFilters() {
    const QSignalBlocker a(m_search), b(m_place), c(m_dateKind), d(m_inEffect);
    m_search->clear();
    m_place->setCurrentIndex(0);
    m_dateKind->setCurrentIndex(0);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_inEffect->setChecked(false);
    for (QMenu *menu : {m_vendorMenu, m_measureMenu, m_scopeMenu, m_confidenceMenu}) {
        for (QAction *action : menu->actions()) {
            const QSignalBlocker quiet(action);
            action->setChecked(false);
        }
    }
    updateButtonTexts();
    applyFilter();
}

void DecisionsPanel::updateCount() {
    if (!m_model->error().isEmpty()) {
        m_count->setText(tr("The decisions could not be read: %1").arg(m_model->error()));
        return;
    }
    const int n = m_model->rowCount();
    const QString count = QLocale().toString(n);
    m_count->setText(n == 1 ? tr("1 decision") : tr("%1 decisions").arg(count));
    m_export->setEnabled(n > 0);
    m_report->setEnabled(n > 0);
}

QList<qint64> DecisionsPanel::selectedIds() const {
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_model->idAt(row));
    return ids;
}

qint64 DecisionsPanel::currentId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void DecisionsPanel::showCurrent() {
    const Decision *d = m_doc->decision(currentId());
    if (!d) {
        m_details->setPlainText(m_model->rowCount() == 0
                                    ? tr("No decision is listed: loosen the filters.")
                                    : tr("Select a decision to read its summary and sources."));
        return;
    }
    const Country *c = m_doc->country(d->country);
    m_details->setHtml(
        u"<p>%1</p>"_s.arg(
            (c ? displayName(*c) + u" (%1)"_s.arg(c->code) : d->country).toHtmlEscaped()) +
        decisionHtml(*d, m_query.terms()));
}

void DecisionsPanel::openLink(const QUrl &url) {
    if (isOpenableUrl(url.toString()))
        QDesktopServices::openUrl(url);
}

template <typename Change>
void DecisionsPanel::changeSelected(const QString &description, Change change) {
    const QList<qint64> ids = selectedIds();
    m_doc->readAhead(ids); // one query for them all
    QList<Decision> changed;
    for (qint64 id : ids) {
        if (const Decision *d = m_doc->decision(id)) {
            Decision copy = *d;
            change(copy);
            changed.append(copy);
        }
    }
    try {
        m_doc->editDecisions(changed, description);
    } catch (const Error &e) {
        emit changeFailed(e.message());
    }
}

void DecisionsPanel::setConfidence(Confidence c) {
    changeSelected(tr("Set confidence to %1").arg(displayName(c)),
                   [c](Decision &d) { d.confidence = c; });
}

void DecisionsPanel::addScope(Scope s) {
    changeSelected(tr("Add scope %1").arg(displayName(s)), [s](Decision &d) {
        if (!d.scopes.contains(s))
            d.scopes.append(s);
    });
}

void DecisionsPanel::removeScope(Scope s) {
    changeSelected(tr("Remove scope %1").arg(displayName(s)),
                   [s](Decision &d) { d.scopes.removeAll(s); });
}

void DecisionsPanel::addVendor(const QString &name) {
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return;
    changeSelected(tr("Add vendor %1").arg(wanted), [&wanted](Decision &d) {
        const QString key = nameKey(wanted);
        const bool named = std::any_of(d.vendors.begin(), d.vendors.end(),
                                       [&key](const QString &v) { return nameKey(v) == key; });
        if (!named)
            d.vendors.append(wanted);
    });
}

void DecisionsPanel::removeVendor(const QString &name) {
    changeSelected(tr("Remove vendor %1").arg(name), [&name](Decision &d) {
        const QString key = nameKey(name);
        d.vendors.removeIf([&key](const QString &v) { return nameKey(v) == key; });
    });
}

void DecisionsPanel::contextMenuEvent(QContextMenuEvent *event) {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_view->isAncestorOf(childAt(mapFromGlobal(event->globalPos())))) {
        QWidget::contextMenuEvent(event);
        return;
    }
    const bool writable = !m_doc->isReadOnly() && !m_doc->editsHeld();
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("&Edit…"));
    edit->setEnabled(writable && ids.size() == 1);
    connect(edit, &QAction::triggered, this, [this, ids] { emit editRequested(ids.first()); });
    menu.addSeparator();
    QMenu *confidence =
        menu.addMenu(tr("Set &confidence (%n decisions)", nullptr, int(ids.size())));
    for (Confidence c : allConfidences())
        connect(confidence->addAction(displayName(c)), &QAction::triggered, this,
                [this, c] { setConfidence(c); });
    QMenu *add = menu.addMenu(tr("&Add scope"));
    QMenu *remove = menu.addMenu(tr("&Remove scope"));
    for (Scope s : allScopes()) {
        connect(add->addAction(displayName(s)), &QAction::triggered, this,
                [this, s] { addScope(s); });
        connect(remove->addAction(displayName(s)), &QAction::triggered, this,
                [this, s] { removeScope(s); });
    }
    QAction *addV = menu.addAction(tr("Add &vendor…"));
    connect(addV, &QAction::triggered, this, [this, ids] {
        QStringList names;
        for (const Vendor &v : m_doc->vendors())
            names.append(v.name);
        names.sort(Qt::CaseInsensitive);
        bool ok = false;
        const QString name = QInputDialog::getItem(
            this, tr("Add vendor"),
            tr("Vendor to add to %n decisions (a new name creates the vendor):", nullptr,
               int(ids.size())),
            names, 0, true, &ok);
        if (ok)
            addVendor(name);
    });
    QMenu *removeV = menu.addMenu(tr("Remove v&endor"));
    QSet<QString> namedSet;
    m_doc->readAhead(ids);
    for (qint64 id : ids) {
        if (const Decision *d = m_doc->decision(id)) {
            for (const QString &v : d->vendors)
                namedSet.insert(v);
        }
    }
    QStringList named(namedSet.begin(), namedSet.end());
    named.sort(Qt::CaseInsensitive);
    for (const QString &v : std::as_const(named))
        connect(removeV->addAction(QString(v).replace(u'&', u"&&"_s)), &QAction::triggered, this,
                [this, v] { removeVendor(v); });
    for (QMenu *m : {confidence, add, remove, removeV})
        m->setEnabled(writable);
    addV->setEnabled(writable);
    menu.exec(event->globalPos());
}

} // namespace banatlas
