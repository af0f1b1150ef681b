#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace banatlas {

class Document;
class Settings;

// File ▸ Restore from backup…: the backups of the open database, newest first, with
// "Back up now", "Restore" and how many to keep (a setting, which the document's store
// follows at once).
class BackupDialog final : public QDialog {
    Q_OBJECT

public:
    BackupDialog(Document *doc, Settings &settings, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QSpinBox *keepBox() const { return m_keep; }
    QPushButton *backupButton() const { return m_backupNow; }
    QPushButton *restoreButton() const { return m_restore; }

    // Restores the selected backup after asking; true when it was restored.
    bool restoreSelected();
    void backupNow();

signals:
    void restored(const QString &backupPath);

private:
    void refresh();
    void updateButtons();

    Document *m_doc;
    Settings &m_settings;
    QLabel *m_intro;
    QTableWidget *m_table;
    QSpinBox *m_keep;
    QPushButton *m_backupNow;
    QPushButton *m_restore;
};

} // namespace banatlas
