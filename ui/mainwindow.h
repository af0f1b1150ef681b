#pragma once

#include "store.h"

#include <QMainWindow>

#include <memory>

class QGridLayout;
class QLabel;

namespace banatlas {

// The application window: menus, status bar, and (in later issues) the views.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void createMenus();
    void refresh();
    void importFile();
    void exportFile();
    void showAbout();

    std::unique_ptr<Store> m_store;
    QGridLayout *m_overview = nullptr;
    QLabel *m_statusDatabase = nullptr;
    QLabel *m_statusCounts = nullptr;
};

} // namespace banatlas
