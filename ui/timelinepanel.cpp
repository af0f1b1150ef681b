#include "timelinepanel.h"
#include "i18n/displaynames.h"

#include "document/document.h"
#include "document/viewstate.h"
#include "flowlayout.h"
#include "timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

TimelinePanel::TimelinePanel(Document *doc, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_state(state)
    , m_view(new TimelineView(doc, state, this))
    , m_overview(new TimelineOverview(m_view, this))
    , m_mode(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_selectedOnly(new QCheckBox(tr("Selected &government only"), this)) {
    m_mode->addItem(tr("Government"), static_cast<int>(LaneMode::Country));
    m_mode->addItem(tr("Vendor"), static_cast<int>(LaneMode::Vendor));
    m_mode->setToolTip(tr("A lane per government (its class for the vendors chosen), or per "
                          "vendor (its strictest class among the governments shown)"));
    m_order->addItem(tr("First decision"), static_cast<int>(LaneOrder::FirstDecision));
    m_order->addItem(tr("Name"), static_cast<int>(LaneOrder::Name));
    m_group->addItem(tr("Any group"), QString());
    for (const CountryGroup &g : doc->groups())
        m_group->addItem(shortName(g), g.code);
    m_measure->addItem(tr("Any measure"), -1);
    for (Measure m : allMeasures())
        m_measure->addItem(displayName(m), static_cast<int>(m));
    auto *fit = new QPushButton(tr("F&it"), this);
    fit->setToolTip(tr("Show the whole range of the decisions (0)"));

    // Label and field stay together; the pairs wrap to a second row when narrow.
    auto *controls = new FlowLayout;
    auto pair = [this, controls](const QString &text, QWidget *field) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(text, box);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        controls->addWidget(box);
    };
    pair(tr("&Lanes:"), m_mode);
    pair(tr("&Order:"), m_order);
    pair(tr("G&roup:"), m_group);
    pair(tr("Mea&sure:"), m_measure);
    controls->addWidget(m_selectedOnly);
    controls->addWidget(fit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_overview);

    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setLaneMode(static_cast<LaneMode>(m_mode->currentData().toInt())); });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setLaneOrder(static_cast<LaneOrder>(m_order->currentData().toInt()));
    });
    for (QComboBox *box : {m_group, m_measure})
        connect(box, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilter);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &TimelinePanel::applyFilter);
    connect(state, &ViewState::vendorsChanged, this, &TimelinePanel::applyFilter);
    connect(state, &ViewState::asOfChanged, this, [this] {
        if (!m_group->currentData().toString().isEmpty())
            applyFilter(); // membership is read at the as-of date
    });
    connect(state, &ViewState::countryChanged, this, [this] {
        if (m_selectedOnly->isChecked())
            applyFilter();
    });
    connect(fit, &QPushButton::clicked, m_view, &TimelineView::fitToData);
    applyFilter();
}

void TimelinePanel::applyFilter() {
    TimelineFilter filter;
    filter.vendors = m_state->vendors();
    const QString group = m_group->currentData().toString();
    if (!group.isEmpty()) {
        for (const CountryGroup &g : m_doc->groups()) {
            if (g.code == group) {
                const QStringList members = g.membersOn(m_state->asOf());
                filter.countries = QSet<QString>(members.begin(), members.end());
                if (group == u"EU"_s)
                    filter.countries.insert(u"EU"_s); // the Union's own decisions
            }
        }
    }
    if (m_selectedOnly->isChecked() && !m_state->country().isEmpty()) {
        if (group.isEmpty() || filter.countries.contains(m_state->country()))
            filter.countries = {m_state->country()};
    }
    if (const int m = m_measure->currentData().toInt(); m >= 0)
        filter.measures = {static_cast<Measure>(m)};
    m_view->setFilter(filter);
}

} // namespace banatlas
