#pragma once

#include <QString>

#include <optional>

namespace banatlas::keyring {

// Passwords of team databases, kept in the desktop's keyring (the Secret Service of GNOME
// Keyring or KWallet, through QtKeychain) when the user asks for it, one per account
// (ServerAddress::account: "ann@host:5432/database" as libpq resolves the address; before
// 2026-12 the address as written, ServerAddress::displayName, which settling a password and
// Forget also clear). Never anywhere else: QtKeychain's
// fallback to a plain settings file stays off. Each call waits for the keyring's answer
// (which may be an unlock prompt of the desktop's own) without taking the user's input.

// What the keyring said.
struct Answer {
    std::optional<QString> password; // read: the password kept; none when none is
    bool found = false;              // read, forget: a password was kept for the account
    bool available = true;           // false: no keyring answered (no Secret Service on
                                     // the session's D-Bus, or none at all); `error` says why
    QString error;                   // empty when the keyring did what was asked
};

// The password kept for `account`. None kept is not an error.
Answer read(const QString &account);
// Keeps `password` for `account`, replacing one kept before.
Answer keep(const QString &account, const QString &password);
// Forgets the password kept for `account`; `found` says whether one was (none kept is not
// an error).
Answer forget(const QString &account);

} // namespace banatlas::keyring
