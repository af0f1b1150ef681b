#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace banatlas {

class Document;
class TimelineOverview;
class TimelineView;
class ViewState;

// The timeline with its controls: lanes by country or vendor, their order, filters by
// group, government and measure (the vendors are the window's), fit, and the overview.
class TimelinePanel final : public QWidget {
    Q_OBJECT

public:
    TimelinePanel(Document *doc, ViewState *state, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    QComboBox *laneMode() const { return m_mode; }
    QComboBox *laneOrder() const { return m_order; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *measureFilter() const { return m_measure; }
    QCheckBox *selectedOnly() const { return m_selectedOnly; }

private:
    void applyFilter();

    Document *m_doc;
    ViewState *m_state;
    TimelineView *m_view;
    TimelineOverview *m_overview;
    QComboBox *m_mode;
    QComboBox *m_order;
    QComboBox *m_group;
    QComboBox *m_measure;
    QCheckBox *m_selectedOnly;
};

} // namespace banatlas
