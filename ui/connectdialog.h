#pragma once

#include "storage/serveraddress.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace banatlas {

// File ▸ Connect to team database…: a team database on a PostgreSQL server by its parts
// (host, port, database, user, TLS mode), the address they make shown as the command
// line's --db takes it. No password here: when the server asks for one that ~/.pgpass
// (or PGPASSFILE) and the desktop keyring do not hold, it is asked for as the connection
// is made (ui/opendatabase.cpp); Forget kept password removes the keyring's.
class ConnectDialog final : public QDialog {
    Q_OBJECT

public:
    // Filled in from `start` (the team database open now, or the last one connected to).
    explicit ConnectDialog(const ServerAddress &start, QWidget *parent = nullptr);

    // The address the fields make; options other than the TLS mode are kept from `start`.
    ServerAddress address() const;

    // The fields, by name ("host", "port", "database", "user", "sslmode"), for tests.
    QWidget *field(const QString &name) const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();
    void forgetPassword();

    QList<std::pair<QString, QString>> m_otherOptions;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_uri;
    QDialogButtonBox *m_buttons;
    QLabel *m_note;
};

} // namespace banatlas
