#include "countrybrowser.h"
#include "i18n/displaynames.h"

#include "classbadgedelegate.h"
#include "classlegend.h"
#include "columnfitter.h"
#include "document/countryfilterproxy.h"
#include "document/countrylistmodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

CountryBrowser::CountryBrowser(Document *doc, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_state(state)
    , m_model(new CountryListModel(doc, state, this))
    , m_proxy(new CountryFilterProxy(doc, state, this))
    , m_search(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_view(new QTableView(this)) {
    m_search->setPlaceholderText(tr("Search name or code (AU, AUS)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("countrySearch"));

    m_group->addItem(tr("Any group"), QString());
    for (const CountryGroup &g : doc->groups())
        m_group->addItem(groupLabel(g), g.code);
    m_region->addItem(tr("Any region"), QString());
    for (const QString &r : doc->regions())
        m_region->addItem(regionName(r), r);
    m_class->addItem(tr("Any class"), -1);
    for (StatusClass c : allStatusClasses())
        m_class->addItem(displayName(c), static_cast<int>(c));

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(CountryListModel::ClassColumn, new ClassBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CountryListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // The government's name keeps room for a long name; when narrow, the region column
    // goes first (the filter above still offers it), then the class badges shrink.
    auto *fitter = new ColumnFitter(m_view, CountryListModel::NameColumn,
                                    fontMetrics().horizontalAdvance(u"Bosnia and Herzegovina"_s),
                                    {CountryListModel::RegionColumn});
    fitter->setMaximum(CountryListModel::RegionColumn,
                       fontMetrics().horizontalAdvance(u"South-eastern Asia"_s) + 12);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    auto *filters = new QFormLayout;
    filters->addRow(tr("&Group:"), m_group);
    filters->addRow(tr("&Region:"), m_region);
    filters->addRow(tr("C&lass:"), m_class);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(new ClassLegend(this));

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CountryFilterProxy::setText);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroup(m_group->currentData().toString()); });
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRegion(m_region->currentData().toString()); });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        const int c = m_class->currentData().toInt();
        m_proxy->setStatusClass(c < 0 ? std::nullopt
                                      : std::optional<StatusClass>(static_cast<StatusClass>(c)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_state->setCountry(current.data(CodeRole).toString());
            });
    connect(state, &ViewState::countryChanged, this, &CountryBrowser::selectCountry);
    // After a reset (a restore that brought other governments) the view has no current
    // row: the government of the view state is selected again.
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            [this] { selectCountry(m_state->country()); });
}

void CountryBrowser::selectCountry(const QString &code) {
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, CountryListModel::ClassColumn));
    if (index.isValid() && m_view->currentIndex().row() != index.row()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

} // namespace banatlas
