#pragma once

#include "domain/types.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace banatlas {

class CountryFilterProxy;
class CountryListModel;
class Document;
class ViewState;

// The list of governments with search and filters; selecting one sets the view state.
class CountryBrowser final : public QWidget {
    Q_OBJECT

public:
    CountryBrowser(Document *doc, ViewState *state, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *classFilter() const { return m_class; }
    QTableView *view() const { return m_view; }
    CountryFilterProxy *proxy() const { return m_proxy; }

private:
    void selectCountry(const QString &code);

    Document *m_doc;
    ViewState *m_state;
    CountryListModel *m_model;
    CountryFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_group;
    QComboBox *m_region;
    QComboBox *m_class;
    QTableView *m_view;
};

} // namespace banatlas
