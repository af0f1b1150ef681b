#pragma once

#include <optional>

#include "document/rowsmodel.h"
#include "domain/statusresolver.h"

namespace banatlas {

class Document;
class ViewState;

// The governments whose decisions name one vendor, with their class and why; most
// severe first. A row per government: edits and the date update the rows (replaceRows);
// choosing another vendor or a reset of the document resets.
class VendorCountriesModel final : public RowsModel {
    Q_OBJECT

public:
    enum Column { CountryColumn, ClassColumn, WhyColumn, ColumnCount };

    VendorCountriesModel(Document *doc, ViewState *state, QObject *parent = nullptr);
    void setVendor(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString code;
        QString name;
        Status status;
        // The reason in words, made when a view first asks for it (rows are made anew on
        // every change, and most are never on screen).
        mutable std::optional<QString> why;
    };
    const QString &whyOf(const Row &r) const;
    QList<Row> rows() const;
    void update();
    void resetAll();

    Document *m_doc;
    ViewState *m_state;
    QString m_vendor;
    bool m_vendorSet = false;
    QList<Row> m_rows;
};

} // namespace banatlas
