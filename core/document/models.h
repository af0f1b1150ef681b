#pragma once

#include "document/countryfilter.h"
#include "domain/statusresolver.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace banatlas {

class Document;
class ViewState;

// Shared roles of the BanAtlas item models.
enum ModelRole {
    SortRole = Qt::UserRole,
    ClassRole,       // int(StatusClass)
    PendingRole,     // bool: the deciding measure is not yet in force
    CodeRole,        // country alpha-2
    DecisionIdRole,  // qint64
    DecisionIdsRole, // QList<qint64>: the deciding decisions
    VendorRole,      // vendor name
};

// Every government with its class for the view's vendors at the as-of date.
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
    void refresh();

    Document *m_doc;
    ViewState *m_state;
    QList<Country> m_countries;
    QHash<QString, Status> m_status;
};

// Filters the country list with CountryFilter's rules, the group read at the as-of date.
class CountryFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    CountryFilterProxy(Document *doc, ViewState *state, QObject *parent = nullptr);

    void setText(const QString &text);
    void setGroup(const QString &code); // empty: any
    void setRegion(const QString &region);
    void setStatusClass(std::optional<StatusClass> c);
    const CountryFilter &filter() const { return m_filter; }
    const QString &group() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void updateGroupMembers();

    Document *m_doc;
    ViewState *m_state;
    CountryFilter m_filter;
    QString m_group;
};

// One government's class for each vendor its decisions name, with why.
class CountryStatusModel final : public QAbstractTableModel {
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
    void refresh();

    Document *m_doc;
    ViewState *m_state;
    QString m_country;
    QList<Row> m_rows;
};

// One government's decisions, newest first.
class DecisionHistoryModel final : public QAbstractTableModel {
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
    void refresh();

    Document *m_doc;
    ViewState *m_state;
    QString m_country;
    QList<qint64> m_ids;
    QSet<qint64> m_inEffect;
};

// The governments whose decisions name one vendor, with their class and why.
class VendorCountriesModel final : public QAbstractTableModel {
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
        QString why;
    };
    void refresh();

    Document *m_doc;
    ViewState *m_state;
    QString m_vendor;
    QList<Row> m_rows;
};

// "Banned", or "Banned (pending)".
QString statusLabel(const Status &s);
// "Ban, 14 Jul 2020: UK bans new Huawei 5G kit; …" for the deciding decisions.
QString explainStatus(const Document &doc, const Status &s);
QString scopeList(const QList<Scope> &scopes);
// A tooltip that shows `text` literally, never as markup.
QString plainToolTip(const QString &text);

} // namespace banatlas
