#include "vendorprofile.h"
#include "i18n/displaynames.h"

#include "classbadgedelegate.h"
#include "columnfitter.h"
#include "document/document.h"
#include "document/models.h"
#include "document/vendorcountriesmodel.h"
#include "document/viewstate.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

VendorProfile::VendorProfile(Document *doc, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_state(state)
    , m_model(new VendorCountriesModel(doc, state, this))
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_view(new QTableView(this)) {
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_list->setObjectName(u"vendorList"_s);
    m_facts->setObjectName(u"vendorFacts"_s);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(VendorCountriesModel::ClassColumn,
                                     new ClassBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    new ColumnFitter(m_view, VendorCountriesModel::WhyColumn,
                     fontMetrics().horizontalAdvance(u"M"_s) * 14);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_facts);
    rightLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(this);
    split->setObjectName(u"vendorSplitter"_s);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    split->setSizes({fontMetrics().horizontalAdvance(u"China Telecom"_s) * 2, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentTextChanged, this, &VendorProfile::showVendor);
    // The facts count governments by the as-of date: they follow it.
    connect(state, &ViewState::asOfChanged, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem())
            showVendor(item->text());
    });
    connect(doc, &Document::changed, this, &VendorProfile::fillList);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_state->setCountry(index.data(CodeRole).toString());
        emit countryActivated();
    });
    fillList();
}

void VendorProfile::fillList() {
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_list->clear();
    for (const Vendor &v : m_doc->vendors())
        m_list->addItem(v.name);
    const auto found = m_list->findItems(current, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void VendorProfile::showVendor(const QString &name) {
    m_model->setVendor(name);
    const Vendor *v = m_doc->vendor(name);
    if (!v) {
        m_title->clear();
        m_facts->clear();
        return;
    }
    m_title->setText(v->name);
    QStringList facts;
    const Country *home = m_doc->country(v->homeCountry);
    facts.append(tr("Home: %1").arg(home ? displayName(*home) : tr("unknown")));
    facts.append(tr("Kind: %1").arg(displayName(v->kind)));
    if (!v->parent.isEmpty())
        facts.append(tr("Parent: %1").arg(v->parent));
    QStringList children;
    for (const Vendor &other : m_doc->vendors()) {
        if (other.parent.compare(v->name, Qt::CaseInsensitive) == 0)
            children.append(other.name);
    }
    if (!children.isEmpty())
        facts.append(tr("Subsidiaries: %1").arg(children.join(u", "_s)));
    if (!v->aliases.isEmpty())
        facts.append(tr("Also known as: %1").arg(v->aliases.join(u", "_s)));
    QString text = facts.join(u"  ·  "_s);
    if (!v->notes.isEmpty())
        text += u"\n"_s + v->notes;
    text += u"\n"_s + tr("Governments with decisions naming %1 by %2: %3")
                          .arg(v->name, PartialDate::fromDate(m_state->asOf()).toDisplayString())
                          .arg(m_model->rowCount());
    m_facts->setText(text);
}

} // namespace banatlas
