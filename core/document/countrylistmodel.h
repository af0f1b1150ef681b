#pragma once

#include "domain/statusresolver.h"

#include <QAbstractTableModel>

namespace banatlas {

class Document;
class ViewState;

// Every government with its class for the view's vendors at the as-of date. The rows are
// the governments and stay put: an edit, a date or a vendor changes the data of the rows
// whose class or count changed; only a reset of the document resets the model.
class CountryListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ClassColumn, CodeColumn, NameColumn, RegionColumn, DecisionsColumn, ColumnCount };

    CountryListModel(Document *doc, ViewState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    const Country &countryAt(int row) const;
    StatusClass classAt(int row) const;
    int rowOf(const QString &code) const;

private:
    QHash<QString, Status> resolveAll() const;
    // New statuses and counts; the rows whose class or count changed say so.
    void update();
    // Everything again (the countries too), as a model reset.
    void resetAll();

    Document *m_doc;
    ViewState *m_state;
    QList<Country> m_countries;
    QHash<QString, Status> m_status;
    QHash<QString, int> m_counts;
};

} // namespace banatlas
