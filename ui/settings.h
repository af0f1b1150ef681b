#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace banatlas {

// The user's settings: every key and its default in one place, read and written through
// typed functions. The app's file is ~/.config/banatlas/banatlas.conf (organisation and
// application "banatlas"); tests give a file of their own. Whoever needs settings is given
// this object (the window owns one and lends it to its dialogs; main reads one).
class Settings final {
public:
    // The app's settings file.
    Settings();
    // An INI file of its own (tests).
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // The databases opened last, newest first (at most kMaxRecentDatabases), and the
    // last one, which the app opens when no database is named.
    static constexpr int kMaxRecentDatabases = 8;
    QStringList recentDatabases() const;
    QString lastDatabase() const;
    // Puts `path` first among the recent ones and makes it the last database.
    void rememberDatabase(const QString &path);

    // The window: QMainWindow::saveGeometry/saveState, and the countries tab's splitter.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray countrySplitter() const;
    void setCountrySplitter(const QByteArray &state);

    // The country list's filters (empty / -1: any) and the view's vendors and government.
    QString searchFilter() const;
    void setSearchFilter(const QString &text);
    QString groupFilter() const;
    void setGroupFilter(const QString &code);
    QString regionFilter() const;
    void setRegionFilter(const QString &region);
    int classFilter() const; // int(StatusClass), -1: any
    void setClassFilter(int statusClass);
    QStringList vendors() const;
    void setVendors(const QStringList &vendors);
    QString selectedCountry() const; // AU when none was saved
    void setSelectedCountry(const QString &code);

    // How many backups of a database are kept (File ▸ Restore from backup…), 1…1000.
    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    // The folder the last report was written to (empty: none yet).
    QString reportFolder() const;
    void setReportFolder(const QString &folder);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace banatlas
