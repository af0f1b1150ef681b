#pragma once

// A throwaway PostgreSQL server for the tests that need one: a new cluster (initdb) in a
// temporary folder, listening only on a Unix socket in that folder (no TCP port, so two
// tests never collide), stopped and removed with the object. PostgreSQL refuses to run as
// root, so as root the cluster belongs to the user "postgres" (Debian's package makes it)
// and is run through runuser. A test that needs a server and cannot start one fails, with
// the server's own words: it is never skipped.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace banatlas::testing {

using namespace Qt::StringLiterals;

class TestServer {
public:
    TestServer() = default;
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;
    ~TestServer() {
        if (m_initialised) // also when the start timed out after the server began
            run(u"pg_ctl"_s, {u"-D"_s, data(), u"-m"_s, u"immediate"_s, u"stop"_s});
    }

    // Starts the server; false with `error` set when it cannot.
    bool start(QString &error) {
        const QString bin = binaries();
        if (bin.isEmpty()) {
            error = u"no PostgreSQL server here (Debian package postgresql)"_s;
            return false;
        }
        m_bin = bin;
        if (!m_dir.isValid() || !QDir(m_dir.path()).mkdir(u"data"_s)) {
            error = u"cannot make a folder for the cluster"_s;
            return false;
        }
        if (::geteuid() == 0) { // the folder, its socket and the cluster are postgres's
            const passwd *pw = ::getpwnam("postgres");
            if (!pw ||
                ::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0 ||
                ::chown(QFile::encodeName(data()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                error = u"running as root, and no user postgres to own the cluster"_s;
                return false;
            }
            m_asPostgres = true;
        }
        QString out;
        if (!run(u"initdb"_s,
                 {u"-D"_s, data(), u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s, u"-E"_s, u"UTF8"_s,
                  u"--locale=C.UTF-8"_s, u"--no-sync"_s},
                 &out)) {
            error = u"initdb failed: "_s + out;
            return false;
        }
        m_initialised = true;
        // Only the socket in the folder; fsync off: the cluster lives as long as the test.
        const QString options = u"-c listen_addresses='' -c unix_socket_directories='%1' "
                                "-c fsync=off -c full_page_writes=off"_s.arg(m_dir.path());
        if (!run(u"pg_ctl"_s,
                 {u"-D"_s, data(), u"-o"_s, options, u"-l"_s, m_dir.filePath(u"log"_s), u"-w"_s,
                  u"start"_s},
                 &out)) {
            error = u"the server did not start: "_s + out + log();
            return false;
        }
        return true;
    }

    // From now on the server asks every user for a password (scram-sha-256), and
    // `user`'s is `password`; false with `error` set when that could not be done. Returns
    // once a connection without a password is refused.
    bool requirePassword(const QString &user, const QString &password, QString &error) {
        QString out;
        const QString sql = u"ALTER ROLE \"%1\" PASSWORD '%2'"_s.arg(
            user, QString(password).replace(u'\'', u"''"_s));
        if (!run(u"psql"_s,
                 {u"-h"_s, socketFolder(), u"-U"_s, u"postgres"_s, u"-d"_s, u"postgres"_s, u"-v"_s,
                  u"ON_ERROR_STOP=1"_s, u"-c"_s, sql},
                 &out)) {
            error = out;
            return false;
        }
        QFile hba(data() + u"/pg_hba.conf"_s);
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write("local all all scram-sha-256\n") < 0 || !hba.flush()) {
            error = u"cannot write pg_hba.conf"_s;
            return false;
        }
        hba.close();
        if (!run(u"pg_ctl"_s, {u"-D"_s, data(), u"reload"_s}, &out)) {
            error = out;
            return false;
        }
        for (int i = 0; i < 100; ++i) { // the server reads its rules again on a signal
            if (!run(u"psql"_s, {u"-h"_s, socketFolder(), u"-U"_s, u"postgres"_s, u"-w"_s, u"-d"_s,
                                 u"postgres"_s, u"-c"_s, u"SELECT 1"_s}))
                return true;
            QThread::msleep(50);
        }
        error = u"the server still lets users in without a password"_s;
        return false;
    }

    // The folder of the server's socket: the "host" of an address.
    QString socketFolder() const { return m_dir.path(); }
    // An address of the server for `user` and `database`, as libpq takes it.
    QString address(const QString &user = u"postgres"_s,
                    const QString &database = u"postgres"_s) const {
        return u"postgresql://%1@%2/%3"_s.arg(
            user, QString::fromLatin1(QUrl::toPercentEncoding(socketFolder())), database);
    }
    QString log() const {
        QFile f(m_dir.filePath(u"log"_s));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString data() const { return m_dir.filePath(u"data"_s); }

    // The newest installed server's programs (/usr/lib/postgresql/N/bin).
    static QString binaries() {
        QDir lib(u"/usr/lib/postgresql"_s);
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions) {
            const QString bin = lib.filePath(v + u"/bin"_s);
            if (QFileInfo(bin + u"/initdb"_s).isExecutable())
                return bin;
        }
        return {};
    }

    bool run(const QString &program, QStringList args, QString *output = nullptr) const {
        QProcess p;
        QString command = m_bin + u'/' + program;
        if (m_asPostgres) {
            args.prepend(command);
            args = QStringList{u"-u"_s, u"postgres"_s, u"--"_s} + args;
            command = u"runuser"_s;
        }
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        p.start(command, args);
        const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit &&
                        p.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(p.readAll()) + (ok ? QString() : p.errorString());
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    bool m_asPostgres = false;
    bool m_initialised = false;
};

} // namespace banatlas::testing
