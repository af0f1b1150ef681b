#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace banatlas {

// The password of a team database's account, asked for when the server wants one that
// neither ~/.pgpass nor the desktop keyring holds, with the choice of keeping it in the
// keyring (off unless the user ticks it, or replacing a kept one the server refused).
class PasswordDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PasswordDialog(const QString &account, QWidget *parent = nullptr);

    // No keyring to keep it in: the choice is greyed, and `why` says why.
    void setKeyringUnavailable(const QString &why);
    // Connecting with the password kept in the keyring failed (the server's `reason`):
    // said, and the choice is ticked (the user agreed to keep one before), to replace it.
    void setKeptPasswordRefused(const QString &reason);

    QString labelText() const;
    QString password() const;
    void setPassword(const QString &password);
    bool keepInKeyring() const;
    QCheckBox *keepBox() const { return m_keep; }

private:
    QLabel *m_label;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QLabel *m_note;
};

} // namespace banatlas
