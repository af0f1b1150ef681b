#include "connectdialog.h"

#include "keyring.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// libpq's TLS modes, weakest first, and what each means to someone choosing.
struct SslMode {
    const char *mode;
    const char *meaning;
};
constexpr SslMode kSslModes[] = {
    {"", QT_TRANSLATE_NOOP("banatlas::ConnectDialog", "libpq's default (prefer, or PGSSLMODE)")},
    {"disable", QT_TRANSLATE_NOOP("banatlas::ConnectDialog", "disable: never encrypted")},
    {"allow",
     QT_TRANSLATE_NOOP("banatlas::ConnectDialog", "allow: encrypted only if the server insists")},
    {"prefer",
     QT_TRANSLATE_NOOP("banatlas::ConnectDialog", "prefer: encrypted when the server can")},
    {"require", QT_TRANSLATE_NOOP("banatlas::ConnectDialog",
                                  "require: always encrypted, the server not verified")},
    {"verify-ca", QT_TRANSLATE_NOOP("banatlas::ConnectDialog",
                                    "verify-ca: encrypted, the server's certificate checked")},
    {"verify-full",
     QT_TRANSLATE_NOOP("banatlas::ConnectDialog",
                       "verify-full: encrypted, the certificate and the server's name checked")},
};

} // namespace

ConnectDialog::ConnectDialog(const ServerAddress &start, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(start.host, this))
    , m_port(new QLineEdit(start.port, this))
    , m_database(new QLineEdit(start.database, this))
    , m_user(new QLineEdit(start.user, this))
    , m_sslMode(new QComboBox(this))
    , m_uri(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_note(new QLabel(this)) {
    setWindowTitle(tr("Connect to team database"));
    for (const auto &[key, value] : start.options)
        if (key != u"sslmode"_s)
            m_otherOptions.append({key, value});
    m_host->setPlaceholderText(tr("the local server's socket"));
    m_port->setPlaceholderText(u"5432"_s);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_database->setPlaceholderText(tr("as the user is called"));
    m_user->setPlaceholderText(tr("your login name"));
    for (const SslMode &m : kSslModes)
        m_sslMode->addItem(tr(m.meaning), QString::fromLatin1(m.mode));
    const int current = m_sslMode->findData(start.sslMode());
    m_sslMode->setCurrentIndex(current >= 0 ? current : 0);
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_sslMode->setObjectName(u"sslmode"_s);
    // Read-only and whole (a long address scrolls), for copying to a command line.
    m_uri->setReadOnly(true);
    m_uri->setObjectName(u"address"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(tr("Address:"), m_uri);
    m_note->setText(tr("The password comes from ~/.pgpass (or the file PGPASSFILE names), or "
                       "from the desktop keyring if you chose to keep it there; otherwise, when "
                       "the server asks for one, you are asked. It is never written to the "
                       "settings."));
    m_note->setObjectName(u"note"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText); // an account is text, not markup
    auto *forget = m_buttons->addButton(tr("&Forget kept password"), QDialogButtonBox::ActionRole);
    forget->setObjectName(u"forgetPassword"_s);
    forget->setToolTip(tr("Removes the password kept in the desktop keyring for this user, "
                          "server and database"));
    connect(forget, &QPushButton::clicked, this, &ConnectDialog::forgetPassword);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_port, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::update);
    update();
    setMinimumWidth(520);
}

ServerAddress ConnectDialog::address() const {
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->text().trimmed();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.options = m_otherOptions;
    if (const QString mode = m_sslMode->currentData().toString(); !mode.isEmpty())
        a.options.append({u"sslmode"_s, mode});
    return a;
}

QWidget *ConnectDialog::field(const QString &name) const {
    return findChild<QWidget *>(name);
}

// The address as it will be used; Connect is offered once it names a database.
void ConnectDialog::update() {
    const ServerAddress a = address();
    m_uri->setText(a.uri());
    m_uri->setCursorPosition(0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!a.database.isEmpty());
}

// The password kept in the keyring for the address the fields make, forgotten; the note
// says what became of it.
void ConnectDialog::forgetPassword() {
    const QString account = address().account();
    keyring::Answer a = keyring::forget(account);
    // What an earlier version kept under the address as written goes too.
    if (const QString former = address().displayName(); a.error.isEmpty() && former != account) {
        const keyring::Answer old = keyring::forget(former);
        a.found = a.found || old.found;
        a.error = old.error;
    }
    if (!a.error.isEmpty())
        m_note->setText(tr("Nothing was forgotten: %1.").arg(a.error));
    else if (a.found)
        m_note->setText(tr("The password kept for %1 is forgotten.").arg(account));
    else
        m_note->setText(tr("No password is kept for %1.").arg(account));
}

} // namespace banatlas
