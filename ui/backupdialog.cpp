#include "backupdialog.h"

#include "document/document.h"
#include "domain/errors.h"
#include "messages.h"
#include "settings.h"
#include "storage/backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

QString reasonText(const QString &reason) {
    if (reason == u"import"_s)
        return BackupDialog::tr("before an import");
    if (reason == u"migration"_s)
        return BackupDialog::tr("before an upgrade of the file");
    if (reason == u"daily"_s)
        return BackupDialog::tr("daily, on opening");
    if (reason == u"manual"_s)
        return BackupDialog::tr("made by hand");
    if (reason == u"before-restore"_s)
        return BackupDialog::tr("before a restore");
    return reason;
}

} // namespace

BackupDialog::BackupDialog(Document *doc, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_settings(settings) {
    setWindowTitle(tr("Backups of %1").arg(doc->databaseName()));
    m_intro = new QLabel(this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("BanAtlas copies the whole database before every import and every "
                        "upgrade of the file, and once a day when it is opened. Backups are "
                        "kept in %1.")
                         .arg(QDir::toNativeSeparators(doc->backupFolder())));

    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Why"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_keep = new QSpinBox(this);
    m_keep->setRange(1, kMaxBackupsToKeep);
    m_keep->setValue(settings.backupsToKeep());
    auto *keepLabel = new QLabel(tr("&Keep the newest"), this);
    keepLabel->setBuddy(m_keep);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addWidget(new QLabel(tr("backups"), this));
    keepRow->addStretch(1);
    connect(m_keep, &QSpinBox::valueChanged, this, [this](int n) {
        m_doc->setBackupsToKeep(n);
        m_settings.setBackupsToKeep(n);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backupNow = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backupNow, &QPushButton::clicked, this, &BackupDialog::backupNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &BackupDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(keepRow);
    layout->addWidget(buttons);
    resize(620, 420);
    refresh();
}

void BackupDialog::refresh() {
    const QList<Backup> backups = m_doc->backups();
    const QLocale locale;
    m_table->setRowCount(int(backups.size()));
    for (int row = 0; row < backups.size(); ++row) {
        const Backup &b = backups[row];
        auto *when =
            new QTableWidgetItem(locale.toString(b.created.toLocalTime(), QLocale::ShortFormat));
        when->setData(Qt::UserRole, b.path);
        when->setToolTip(QDir::toNativeSeparators(b.path));
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(reasonText(b.reason)));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(b.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, size);
    }
    if (!backups.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void BackupDialog::updateButtons() {
    const bool writable = !m_doc->isReadOnly();
    m_backupNow->setEnabled(writable);
    m_restore->setEnabled(writable && !m_table->selectedItems().isEmpty());
}

void BackupDialog::backupNow() {
    try {
        m_doc->makeBackup();
    } catch (const Error &e) {
        showWarning(this, tr("Backup failed"), e.message());
    }
    refresh();
}

bool BackupDialog::restoreSelected() {
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || m_doc->isReadOnly())
        return false;
    const QTableWidgetItem *when = m_table->item(selected.first()->row(), 0);
    const QString path = when->data(Qt::UserRole).toString();
    if (!confirm(this, tr("Restore from backup"),
                 tr("Replace everything in %1 with the backup taken %2?\n\nThe current content "
                    "is backed up first, so this restore can itself be undone from this list. "
                    "The undo history is cleared.")
                     .arg(m_doc->databaseName(), when->text())))
        return false;
    try {
        m_doc->restoreBackup(path);
    } catch (const Error &e) {
        showWarning(this, tr("Restore failed"), tr("Nothing was changed.\n\n%1").arg(e.message()));
        refresh();
        return false;
    }
    refresh();
    emit restored(path);
    return true;
}

} // namespace banatlas
