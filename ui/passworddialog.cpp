#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

PasswordDialog::PasswordDialog(const QString &account, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(tr("The server asks for the password of %1.").arg(account), this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("&Keep it in the desktop keyring"), this))
    , m_note(new QLabel(tr("Unless it is kept in the keyring, it is held in memory while the "
                           "database is open and never written down. ~/.pgpass is the other "
                           "way to be asked no more."),
                        this)) {
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(tr("Password"));
    // An account, a reason from the server: text, not markup.
    for (QLabel *label : {m_label, m_note}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_keep->setObjectName(u"keepInKeyring"_s);
    m_note->setObjectName(u"keyringNote"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_password);
    layout->addWidget(m_keep);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_password->setFocus();
}

void PasswordDialog::setKeyringUnavailable(const QString &why) {
    m_keep->setChecked(false);
    m_keep->setEnabled(false);
    m_note->setText(tr("It cannot be kept: %1. It is held in memory while the database is "
                       "open and never written down. To be asked no more, put it in "
                       "~/.pgpass.")
                        .arg(why));
}

void PasswordDialog::setKeptPasswordRefused(const QString &reason) {
    // The reason names the account.
    m_label->setText(
        tr("Connecting with the password kept in the desktop keyring failed:\n%1\n\nType the "
           "password again.")
            .arg(reason));
    m_keep->setText(tr("&Replace the kept password with this one"));
    m_keep->setChecked(true);
    m_note->setText(tr("Unticked, the kept password is forgotten once this one is accepted."));
}

QString PasswordDialog::labelText() const {
    return m_label->text();
}

QString PasswordDialog::password() const {
    return m_password->text();
}

void PasswordDialog::setPassword(const QString &password) {
    m_password->setText(password);
}

bool PasswordDialog::keepInKeyring() const {
    return m_keep->isEnabled() && m_keep->isChecked();
}

} // namespace banatlas
