#include "storage/ownconnection.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace banatlas {

OwnConnection::OwnConnection(const QString &driver, const QString &purpose) {
    static std::atomic<int> counter{0};
    m_name = u"banatlas-%1-%2"_s.arg(purpose).arg(++counter);
    m_db = QSqlDatabase::addDatabase(driver, m_name);
}

OwnConnection::~OwnConnection() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString OwnConnection::readingOptions(const QString &storeOptions) {
    return storeOptions.isEmpty() ? u"QSQLITE_OPEN_READONLY"_s : storeOptions;
}

} // namespace banatlas
