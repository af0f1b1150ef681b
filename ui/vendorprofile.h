#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace banatlas {

class Document;
class VendorCountriesModel;
class ViewState;

// One vendor: who restricts it and how, its parent and subsidiaries.
class VendorProfile final : public QWidget {
    Q_OBJECT

public:
    VendorProfile(Document *doc, ViewState *state, QWidget *parent = nullptr);

    QListWidget *vendorList() const { return m_list; }
    QTableView *countriesView() const { return m_view; }

signals:
    // A government was chosen (Enter or double-click) to look at it in the country view.
    void countryActivated();

private:
    void fillList();
    void showVendor(const QString &name);

    Document *m_doc;
    ViewState *m_state;
    VendorCountriesModel *m_model;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_facts;
    QTableView *m_view;
};

} // namespace banatlas
