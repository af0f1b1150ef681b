#include "mainwindow.h"

#include "errors.h"
#include "interchange.h"
#include "statusresolver.h"

#include <QApplication>
#include <QDate>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace banatlas {

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store)) {
    setWindowTitle(tr("BanAtlas"));
    m_overview = new QLabel(this);
    m_overview->setAlignment(Qt::AlignCenter);
    m_overview->setTextFormat(Qt::PlainText);
    m_overview->setWordWrap(true);
    m_overview->setMargin(24);
    setCentralWidget(m_overview);

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
    QStringList lines;
    lines.append(tr("Where governments stand today (%1), any vendor:")
                     .arg(PartialDate::fromDate(today).toDisplayString()));
    for (StatusClass c : allStatusClasses())
        lines.append(tr("%1: %2 governments").arg(displayName(c)).arg(perClass.value(c)));
    lines.append(QString());
    lines.append(tr("The country view, timeline and world map arrive in the next releases."));
    m_overview->setText(lines.join(u'\n'));

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
