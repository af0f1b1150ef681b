#include "mainwindow.h"

#include "errors.h"
#include "interchange.h"
#include "statusresolver.h"

#include <QApplication>
#include <QDate>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store)) {
    setWindowTitle(tr("BanAtlas"));
    // Until the views arrive: where governments stand today, class by class.
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    auto *panel = new QWidget(central);
    m_overview = new QGridLayout(panel);
    m_overview->setHorizontalSpacing(24);
    outer->addStretch();
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch();
    setCentralWidget(central);

    m_statusDatabase = new QLabel(this);
    m_statusCounts = new QLabel(this);
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    createMenus();
    refresh();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importFile);
    file->addAction(tr("&Export…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportFile);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About BanAtlas"), this, &MainWindow::showAbout);
}

void MainWindow::refresh() {
    const QList<Decision> decisions = m_store->decisions();
    const QList<Vendor> vendors = m_store->vendors();
    const QList<Country> countries = m_store->countries();
    QStringList codes;
    for (const Country &c : countries)
        codes.append(c.code);
    const StatusResolver resolver(decisions, vendors);
    const QDate today = QDate::currentDate();
    const auto statuses = resolver.resolveCountries(codes, {}, today);
    QMap<StatusClass, int> perClass;
    for (const Status &s : statuses)
        ++perClass[s.statusClass];
    while (QLayoutItem *item = m_overview->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *heading = new QLabel(tr("Governments by class on %1, any vendor")
                                   .arg(PartialDate::fromDate(today).toDisplayString()));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_overview->addWidget(heading, 0, 0, 1, 2);
    int row = 1;
    for (StatusClass c : allStatusClasses()) {
        auto *name = new QLabel(displayName(c));
        auto *count = new QLabel(QString::number(perClass.value(c)));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_overview->addWidget(name, row, 0);
        m_overview->addWidget(count, row, 1);
        ++row;
    }
    auto *note = new QLabel(
        tr("The country view, the timeline and the world map arrive in later releases."));
    note->setEnabled(false);
    m_overview->addWidget(note, row + 1, 0, 1, 2);

    m_statusDatabase->setText(m_store->path());
    m_statusCounts->setText(tr("%1 decisions · %2 vendors · %3 governments")
                                .arg(decisions.size())
                                .arg(vendors.size())
                                .arg(countries.size()));
}

void MainWindow::importFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import decisions"), {},
                                                      tr("BanAtlas data (*.csv *.json)"));
    if (path.isEmpty())
        return;
    try {
        const ImportSummary s = banatlas::importFile(*m_store, path);
        refresh();
        statusBar()->showMessage(tr("Imported: %1 added, %2 updated, %3 unchanged")
                                     .arg(s.added)
                                     .arg(s.updated)
                                     .arg(s.unchanged),
                                 8000);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Import failed"),
                             tr("Nothing was imported.\n\n%1").arg(e.message()));
    }
}

void MainWindow::exportFile() {
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export decisions"), {},
                                                      tr("JSON (*.json);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const QByteArray bytes =
        path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? exportCsv(*m_store) : exportJson(*m_store);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("%1 could not be written: %2").arg(path, f.errorString()));
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About BanAtlas"),
                       tr("BanAtlas %1\n\nWhich governments restrict which technology "
                          "suppliers, since when, how far, and on what evidence.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace banatlas
