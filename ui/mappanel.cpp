#include "mappanel.h"
#include "i18n/displaynames.h"

#include "classbadgedelegate.h"
#include "columnfitter.h"
#include "datefield.h"
#include "document/countrystatusmodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "domain/errors.h"
#include "flowlayout.h"
#include "mapview.h"
#include "messages.h"
#include "painting/mapexport.h"
#include "painting/mapgeojson.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

MapPanel::MapPanel(Document *doc, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_state(state)
    , m_map(new MapView(doc, state, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_sliderLabel(new QLabel(this))
    , m_play(new QPushButton(tr("&Play"), this))
    , m_timer(new QTimer(this))
    , m_compare(new QCheckBox(tr("C&ompare with"), this))
    , m_compareDate(new DateField(QDate(QDate::currentDate().year() - 5, 1, 1), this))
    , m_eu(new QListWidget(this))
    , m_selectedTitle(new QLabel(this))
    , m_selectedModel(new CountryStatusModel(doc, state, this))
    , m_selectedView(new QTableView(this))
    , m_openProfile(
          new QPushButton(tr("Open profi&le") /* Alt+P is Play, Alt+R Reset view */, this))
    , m_changes(new QListWidget(this))
    , m_changesTitle(new QLabel(this)) {
    m_slider->setObjectName(u"asOfSlider"_s);
    m_slider->setPageStep(12);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(12);
    m_sliderLabel->setMinimumWidth(fontMetrics().horizontalAdvance(u"28 Sep 2026"_s) + 8);
    m_play->setCheckable(true);
    m_timer->setInterval(350);
    m_compareDate->setEnabled(false);

    QLayout *controls = createControls();
    QWidget *side = createSidePane();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"mapSplitter"_s);
    split->addWidget(m_map);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    connectSignals();

    updateRange();
    fillEuList();
    fillChanges();
    showSelected();
}

QLayout *MapPanel::createControls() {
    auto *reset = new QPushButton(tr("&Reset view"), this);
    auto *exportButton = new QPushButton(tr("E&xport map…"), this);
    connect(reset, &QPushButton::clicked, m_map, &MapView::resetView);
    connect(exportButton, &QPushButton::clicked, this, &MapPanel::exportMap);

    // The slider takes the room left on its row; the rest wraps when narrow.
    auto *controls = new FlowLayout;
    auto *sliderBox = new QWidget(this);
    auto *sliderRow = new QHBoxLayout(sliderBox);
    sliderRow->setContentsMargins(0, 0, 0, 0);
    auto *sliderLabel = new QLabel(tr("A&s of:"), sliderBox);
    sliderLabel->setBuddy(m_slider);
    sliderRow->addWidget(sliderLabel);
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_sliderLabel);
    sliderRow->addWidget(m_play);
    m_slider->setMinimumWidth(160);
    controls->addStretchWidget(sliderBox);
    auto *compareBox = new QWidget(this);
    auto *compareRow = new QHBoxLayout(compareBox);
    compareRow->setContentsMargins(0, 0, 0, 0);
    compareRow->addWidget(m_compare);
    compareRow->addWidget(m_compareDate);
    controls->addWidget(compareBox);
    controls->addWidget(reset);
    controls->addWidget(exportButton);
    return controls;
}

QWidget *MapPanel::createSidePane() {
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *euTitle = new QLabel(tr("The European Union's own decisions"), this);
    QFont bold = euTitle->font();
    bold.setBold(true);
    euTitle->setFont(bold);
    // The selected government: its class for each vendor and the decisions that make it.
    m_selectedTitle->setObjectName(u"mapSelectedTitle"_s);
    m_selectedTitle->setTextFormat(Qt::PlainText);
    m_selectedTitle->setWordWrap(true);
    m_selectedTitle->setFont(bold);
    m_selectedView->setObjectName(u"mapSelectedClasses"_s);
    m_selectedView->setModel(m_selectedModel);
    m_selectedView->setItemDelegateForColumn(CountryStatusModel::ClassColumn,
                                             new ClassBadgeDelegate(m_selectedView));
    m_selectedView->setColumnHidden(CountryStatusModel::DeadlineColumn, true);
    m_selectedView->setSelectionMode(QAbstractItemView::NoSelection);
    m_selectedView->setWordWrap(true);
    m_selectedView->verticalHeader()->hide();
    new ColumnFitter(m_selectedView, CountryStatusModel::WhyColumn,
                     fontMetrics().horizontalAdvance(u"Procurement ban,"_s));
    m_selectedView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_selectedView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *selectedRow = new QHBoxLayout;
    selectedRow->addWidget(m_selectedTitle, 1);
    selectedRow->addWidget(m_openProfile, 0, Qt::AlignTop);
    sideLayout->addLayout(selectedRow);
    sideLayout->addWidget(m_selectedView, 2);
    m_changesTitle->setFont(bold);
    m_changesTitle->setTextFormat(Qt::PlainText);
    m_eu->setObjectName(u"euDecisions"_s);
    m_eu->setWordWrap(true);
    m_changes->setObjectName(u"mapChanges"_s);
    sideLayout->addWidget(euTitle);
    sideLayout->addWidget(m_eu, 1);
    sideLayout->addWidget(m_changesTitle);
    sideLayout->addWidget(m_changes, 1);

    return side;
}

void MapPanel::connectSignals() {
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        m_state->setAsOf(dateAt(value));
        m_sliderLabel->setText(PartialDate::fromDate(m_state->asOf()).toDisplayString());
    });
    connect(m_state, &ViewState::asOfChanged, this, &MapPanel::syncSlider);
    connect(m_state, &ViewState::asOfChanged, this, &MapPanel::fillEuList);
    connect(m_state, &ViewState::vendorsChanged, this, &MapPanel::fillEuList);
    connect(m_doc, &Document::changed, this, [this] {
        updateRange();
        fillEuList();
    });
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        if (on && m_slider->value() == m_slider->maximum())
            m_slider->setValue(m_slider->minimum());
        on ? m_timer->start() : m_timer->stop();
        m_play->setText(on ? tr("&Pause") : tr("&Play"));
    });
    connect(m_timer, &QTimer::timeout, this, &MapPanel::step);
    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        m_compareDate->setEnabled(on);
        m_map->setCompareDate(on ? m_compareDate->date() : QDate());
    });
    connect(m_compareDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_compare->isChecked())
            m_map->setCompareDate(date);
    });
    connect(m_map, &MapView::changesUpdated, this, &MapPanel::fillChanges);
    connect(m_changes, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_map->changes().size())
            m_state->setCountry(m_map->changes()[row].code);
    });
    connect(m_state, &ViewState::countryChanged, this, &MapPanel::showSelected);
    connect(m_state, &ViewState::asOfChanged, this, &MapPanel::showSelected);
    connect(m_state, &ViewState::vendorsChanged, this, &MapPanel::showSelected);
    connect(m_doc, &Document::changed, this, &MapPanel::showSelected);
    connect(m_openProfile, &QPushButton::clicked, this, &MapPanel::profileRequested);
    connect(m_map, &MapView::profileRequested, this, [this](const QString &code) {
        m_state->setCountry(code);
        emit profileRequested();
    });
}

void MapPanel::showSelected() {
    const Country *c = m_doc->country(m_state->country());
    m_selectedModel->setCountry(c ? c->code : QString());
    m_openProfile->setEnabled(c != nullptr);
    if (!c) {
        m_selectedTitle->setText(tr("Click a government to see its classes and why"));
        return;
    }
    const Status overall = m_doc->resolver().resolve(c->code, m_state->vendors(), m_state->asOf());
    m_selectedTitle->setText(
        tr("%1 (%2): %3").arg(displayName(*c), c->code, statusLabel(overall)) + u"\n"_s +
        (m_selectedModel->rowCount() == 0
             ? tr("No decision recorded for these vendors")
             : tr("By vendor, on %1:")
                   .arg(PartialDate::fromDate(m_state->asOf()).toDisplayString())));
}

QDate MapPanel::dateAt(int position) const {
    // The last position is today; the others are the first of each month.
    if (position >= m_slider->maximum())
        return QDate::currentDate();
    return m_first.addMonths(position);
}

int MapPanel::positionOf(QDate date) const {
    return (date.year() - m_first.year()) * 12 + date.month() - m_first.month();
}

void MapPanel::updateRange() {
    QDate earliest = m_doc->resolver().earliestAnnouncement();
    if (!earliest.isValid())
        earliest = QDate::currentDate().addYears(-1);
    m_first = QDate(earliest.year(), earliest.month(), 1);
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, positionOf(QDate::currentDate()) + 1);
    syncSlider();
}

void MapPanel::syncSlider() {
    const QDate asOf = m_state->asOf();
    const int position = asOf == QDate::currentDate()
                             ? m_slider->maximum()
                             : std::clamp(positionOf(asOf), 0, m_slider->maximum() - 1);
    const QSignalBlocker block(m_slider);
    m_slider->setValue(position);
    m_sliderLabel->setText(PartialDate::fromDate(asOf).toDisplayString());
}

void MapPanel::step() {
    if (m_slider->value() >= m_slider->maximum()) {
        m_play->setChecked(false);
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
}

void MapPanel::fillEuList() {
    m_eu->clear();
    const Status status = m_doc->resolver().resolve(u"EU"_s, m_state->vendors(), m_state->asOf());
    const QSet<qint64> inEffect(status.inEffect.begin(), status.inEffect.end());
    for (const Decision *d : m_doc->decisionsOf(u"EU"_s)) {
        if (!m_state->vendors().isEmpty()) {
            bool named = false;
            for (const QString &v : m_state->vendors())
                named = named || d->vendors.contains(v, Qt::CaseInsensitive);
            if (!named)
                continue;
        }
        const bool future = d->announced.key() > dateKey(m_state->asOf());
        auto *item = new QListWidgetItem(
            u"%1 · %2 · %3\n%4"_s.arg(d->announced.toDisplayString(), displayName(d->measure),
                                      d->vendors.join(u", "_s), d->title));
        if (inEffect.contains(d->id)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (future)
            item->setForeground(palette().placeholderText());
        item->setToolTip(plainToolTip(d->summary));
        m_eu->addItem(item);
    }
    if (m_eu->count() == 0)
        m_eu->addItem(tr("None for these vendors."));
}

void MapPanel::fillChanges() {
    m_changes->clear();
    const bool comparing = m_map->compareDate().isValid();
    m_changesTitle->setVisible(comparing);
    m_changes->setVisible(comparing);
    if (!comparing)
        return;
    m_changesTitle->setText(tr("Changes from %1 to %2")
                                .arg(PartialDate::fromDate(m_map->compareDate()).toDisplayString(),
                                     PartialDate::fromDate(m_state->asOf()).toDisplayString()));
    for (const ClassChange &c : m_map->changes()) {
        const Country *country = m_doc->country(c.code);
        m_changes->addItem(u"%1: %2 → %3"_s.arg(country ? displayName(*country) : c.code,
                                                statusLabel(c.before), statusLabel(c.after)));
    }
    if (m_map->changes().isEmpty())
        m_changes->addItem(tr("No government changed class."));
}

void MapPanel::exportMap() {
    const QStringList filters =
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)").split(u";;"_s) +
        QStringList{tr("GeoJSON for GIS (*.geojson)")};
    static const QStringList suffixes{u"png"_s, u"svg"_s, u"pdf"_s, u"geojson"_s};
    QString filter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export map"), {}, filters.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    // A name typed without an extension gets that of the chosen type; the dialog asked
    // about the name as typed, so a file of the full name is asked about here.
    if (QFileInfo(path).suffix().isEmpty() && filters.contains(filter)) {
        path += u'.' + suffixes[filters.indexOf(filter)];
        if (QFileInfo::exists(path) &&
            !confirm(this, tr("Export map"), tr("%1 already exists. Replace it?").arg(path)))
            return;
    }
    const QString error = exportMapTo(path);
    if (!error.isEmpty())
        showWarning(this, tr("Export failed"), error);
}

QString MapPanel::exportMapTo(const QString &path) {
    try {
        if (QFileInfo(path).suffix().compare(u"geojson"_s, Qt::CaseInsensitive) == 0) {
            // What the map shows: its date, its vendors, its classes.
            GeoJsonContent content;
            content.countries = m_doc->countries();
            content.statuses = m_map->exportContent().statuses;
            content.asOf = m_state->asOf();
            content.vendors = m_state->vendors();
            writeMapGeoJson(path, m_doc->databasePath(), content);
        } else {
            writeMap(path, m_doc->databasePath(), WorldMap::bundled(), m_map->exportContent(),
                     m_map->title(), m_map->exportSubtitle());
        }
        return {};
    } catch (const Error &e) {
        return e.message();
    }
}

} // namespace banatlas
