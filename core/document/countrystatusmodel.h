#pragma once

#include "document/rowsmodel.h"
#include "domain/statusresolver.h"

namespace banatlas {

class Document;
class ViewState;

// One government's class for each vendor its decisions name (or each vendor of the view),
// with why; most severe first. A row per vendor: edits, the date and the vendors update
// the rows (replaceRows); choosing another government or a reset of the document resets.
class CountryStatusModel final : public RowsModel {
    Q_OBJECT

public:
    enum Column { VendorColumn, ClassColumn, DeadlineColumn, WhyColumn, ColumnCount };

    CountryStatusModel(Document *doc, ViewState *state, QObject *parent = nullptr);
    void setCountry(const QString &code);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString vendor;
        Status status;
        QString why;
        PartialDate deadline;
    };
    QList<Row> rows() const;
    void update();
    void resetAll();

    Document *m_doc;
    ViewState *m_state;
    QString m_country;
    bool m_countrySet = false;
    QList<Row> m_rows;
};

} // namespace banatlas
