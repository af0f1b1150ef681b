#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLayout;
class QListWidget;
class QPushButton;
class QSlider;
class QTableView;
class QTimer;

namespace banatlas {

class CountryStatusModel;
class Document;
class MapView;
class ViewState;

// The map with its controls: the as-of slider (by month, with play), comparison with a
// second date, export; beside it the selected government's classes and why, the EU's own
// decisions and the list of changes.
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
    QLabel *selectedTitle() const { return m_selectedTitle; }
    QTableView *selectedView() const { return m_selectedView; }

    // Slider positions are months: this is the date of one.
    QDate dateAt(int position) const;
    int positionOf(QDate date) const;

public slots:
    // Asks for a file, then exportMapTo.
    void exportMap();
    // Writes the figure (PNG, SVG or PDF by extension): what the map shows, without the
    // selection outline or the on-screen hints; or, for FILE.geojson, every government
    // with the class the map shows (mapGeoJson). Returns an error message, empty on success.
    QString exportMapTo(const QString &path);

signals:
    // "Open profile" or a double-click on the map.
    void profileRequested();

private:
    // The constructor's parts: the row of controls above the map (slider, comparison,
    // reset, export), the pane beside it, and the signals.
    QLayout *createControls();
    QWidget *createSidePane();
    void connectSignals();
    void updateRange();
    void syncSlider();
    void fillEuList();
    void fillChanges();
    void showSelected();
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
    QLabel *m_selectedTitle;
    CountryStatusModel *m_selectedModel;
    QTableView *m_selectedView;
    QPushButton *m_openProfile;
    QListWidget *m_changes;
    QLabel *m_changesTitle;
    QDate m_first;
};

} // namespace banatlas
