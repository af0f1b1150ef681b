#include "settings.h"

#include "storage/backup.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The keys, one place for all.
const QString kRecentDatabases = u"recentDatabases"_s;
const QString kLastDatabase = u"lastDatabase"_s;
const QString kWindowGeometry = u"window/geometry"_s;
const QString kWindowState = u"window/state"_s;
const QString kCountrySplitter = u"window/countrySplitter"_s;
const QString kSearchFilter = u"filters/search"_s;
const QString kGroupFilter = u"filters/group"_s;
const QString kRegionFilter = u"filters/region"_s;
const QString kClassFilter = u"filters/class"_s;
const QString kVendors = u"filters/vendors"_s;
const QString kSelectedCountry = u"selection/country"_s;
const QString kBackupsToKeep = u"backups/keep"_s;
const QString kReportFolder = u"report/folder"_s;

const QString kDefaultCountry = u"AU"_s;

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(u"banatlas"_s, u"banatlas"_s)) {}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QStringList Settings::recentDatabases() const {
    return m_settings->value(kRecentDatabases).toStringList();
}

QString Settings::lastDatabase() const {
    return m_settings->value(kLastDatabase).toString();
}

void Settings::rememberDatabase(const QString &path) {
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentDatabases)
        recent.removeLast();
    m_settings->setValue(kRecentDatabases, recent);
    m_settings->setValue(kLastDatabase, path);
}

QByteArray Settings::windowGeometry() const {
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry) {
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const {
    return m_settings->value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state) {
    m_settings->setValue(kWindowState, state);
}

QByteArray Settings::countrySplitter() const {
    return m_settings->value(kCountrySplitter).toByteArray();
}

void Settings::setCountrySplitter(const QByteArray &state) {
    m_settings->setValue(kCountrySplitter, state);
}

QString Settings::searchFilter() const {
    return m_settings->value(kSearchFilter).toString();
}

void Settings::setSearchFilter(const QString &text) {
    m_settings->setValue(kSearchFilter, text);
}

QString Settings::groupFilter() const {
    return m_settings->value(kGroupFilter).toString();
}

void Settings::setGroupFilter(const QString &code) {
    m_settings->setValue(kGroupFilter, code);
}

QString Settings::regionFilter() const {
    return m_settings->value(kRegionFilter).toString();
}

void Settings::setRegionFilter(const QString &region) {
    m_settings->setValue(kRegionFilter, region);
}

int Settings::classFilter() const {
    bool ok = false;
    const int c = m_settings->value(kClassFilter).toInt(&ok);
    return ok ? c : -1;
}

void Settings::setClassFilter(int statusClass) {
    m_settings->setValue(kClassFilter, statusClass);
}

QStringList Settings::vendors() const {
    return m_settings->value(kVendors).toStringList();
}

void Settings::setVendors(const QStringList &vendors) {
    m_settings->setValue(kVendors, vendors);
}

QString Settings::selectedCountry() const {
    return m_settings->value(kSelectedCountry, kDefaultCountry).toString();
}

void Settings::setSelectedCountry(const QString &code) {
    m_settings->setValue(kSelectedCountry, code);
}

int Settings::backupsToKeep() const {
    bool ok = false;
    const int n = m_settings->value(kBackupsToKeep, kDefaultBackupsToKeep).toInt(&ok);
    return ok ? std::clamp(n, 1, kMaxBackupsToKeep) : kDefaultBackupsToKeep;
}

void Settings::setBackupsToKeep(int count) {
    m_settings->setValue(kBackupsToKeep, std::clamp(count, 1, kMaxBackupsToKeep));
}

QString Settings::reportFolder() const {
    return m_settings->value(kReportFolder).toString();
}

void Settings::setReportFolder(const QString &folder) {
    m_settings->setValue(kReportFolder, folder);
}

} // namespace banatlas
