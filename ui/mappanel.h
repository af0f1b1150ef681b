#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QTimer;

namespace banatlas {

class Document;
class MapView;
class ViewState;

// The map with its controls: the as-of slider (by month, with play), comparison with a
// second date, export, the EU's own decisions and the list of changes.
class MapPanel final : public QWidget {
    Q_OBJECT

public:
    MapPanel(Document *doc, ViewState *state, QWidget *parent = nullptr);

    MapView *map() const { return m_map; }
    QSlider *slider() const { return m_slider; }
    QPushButton *playButton() const { return m_play; }
    QCheckBox *compareBox() const { return m_compare; }
    QDateEdit *compareDate() const { return m_compareDate; }
    QListWidget *changeList() const { return m_changes; }
    QListWidget *euList() const { return m_eu; }

    // Slider positions are months: this is the date of one.
    QDate dateAt(int position) const;
    int positionOf(QDate date) const;

public slots:
    void exportMap();

private:
    void updateRange();
    void syncSlider();
    void fillEuList();
    void fillChanges();
    void step();

    Document *m_doc;
    ViewState *m_state;
    MapView *m_map;
    QSlider *m_slider;
    QLabel *m_sliderLabel;
    QPushButton *m_play;
    QTimer *m_timer;
    QCheckBox *m_compare;
    QDateEdit *m_compareDate;
    QListWidget *m_eu;
    QListWidget *m_changes;
    QLabel *m_changesTitle;
    QDate m_first;
};

} // namespace banatlas
