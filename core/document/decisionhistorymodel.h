#pragma once

#include "document/rowsmodel.h"
#include "domain/entities.h"

#include <QSet>

namespace banatlas {

class Document;
class ViewState;

// One government's decisions, newest first; bold where in effect at the as-of date. A row
// per decision: an added decision is inserted, a deleted one removed, an edited one
// changes (and moves, when its date did); choosing another government or a reset of the
// document resets.
class DecisionHistoryModel final : public RowsModel {
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        MeasureColumn,
        VendorsColumn,
        ScopeColumn,
        ConfidenceColumn,
        TitleColumn,
        ColumnCount
    };

    DecisionHistoryModel(Document *doc, ViewState *state, QObject *parent = nullptr);
    void setCountry(const QString &code);
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    // What a text column (vendors, scope, title, confidence) shows of `d`.
    static QVariant text(const Decision &d, int column);
    QList<qint64> ids() const;
    QSet<qint64> inEffect() const;
    // Whether a change to decision `id` can touch these rows: it is one of them, or of
    // this government now.
    bool concerns(qint64 id) const;
    void update();
    void updateFor(qint64 id);
    void resetAll();

    static constexpr qsizetype kReadAhead = 64;
    Document *m_doc;
    ViewState *m_state;
    QString m_country;
    bool m_countrySet = false;
    QList<qint64> m_ids;
    QSet<qint64> m_inEffect;
};

} // namespace banatlas
