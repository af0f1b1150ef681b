#pragma once

#include "document/rowsmodel.h"
#include "storage/decisionquery.h"

#include <QDate>

#include <optional>

namespace banatlas {

class Document;

// Every decision a filter lets through (the Decisions tab), in the order asked: by a
// column, or best match first when there is a text to search. Holds ids only; a row's
// text is read when it is shown, a screenful at a time. Follows the document: an edit that
// changes whether or where a decision belongs moves, inserts or removes its row only
// (RowsModel), so a view keeps its selection.
class DecisionListModel final : public RowsModel {
    Q_OBJECT

public:
    enum Column {
        GovernmentColumn,
        AnnouncedColumn,
        EffectiveColumn,
        MeasureColumn,
        VendorsColumn,
        ScopeColumn,
        ConfidenceColumn,
        TitleColumn,
        SourcesColumn,
        ColumnCount
    };

    explicit DecisionListModel(Document *doc, QObject *parent = nullptr);

    // The conditions; `inEffectOn`, when set, keeps only the decisions in effect that day
    // (worked out again after every change). Reads the rows again.
    void setFilter(const DecisionFilter &filter, std::optional<QDate> inEffectOn = {});
    const DecisionFilter &filter() const { return m_filter; }
    std::optional<QDate> inEffectOn() const { return m_inEffectOn; }
    // The order: best match first (with a text), else newest first, until a column is
    // chosen; a text typed anew goes back to best match first.
    bool byRelevance() const { return m_column < 0; }
    // What went wrong reading the rows (empty: nothing); the rows are then none.
    const QString &error() const { return m_error; }

    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }
    const QList<qint64> &ids() const { return m_ids; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    // Orders by `column` (-1: best match first, or newest first with no text).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The rows were read again (a new filter, an order, a change of the document).
    void updated();

private:
    QList<qint64> query();
    void update();
    void relayout(QList<qint64> next);
    void resetAll();

    static constexpr qsizetype kReadAhead = 64;
    static constexpr qsizetype kRowByRow = 20000; // longer lists change in one step
    Document *m_doc;
    DecisionFilter m_filter;
    std::optional<QDate> m_inEffectOn;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<qint64> m_ids;
    QString m_error;
    bool m_readAfterReset = false;
};

} // namespace banatlas
