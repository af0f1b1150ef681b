#include "opendatabase.h"

#include "domain/errors.h"
#include "keyring.h"
#include "messages.h"
#include "passworddialog.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The translation context of this file's messages.
struct OpenDatabaseText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::OpenDatabase)
};

std::unique_ptr<Store> openReadOnly(QWidget *parent, const QString &path) {
    try {
        return openDatabase(path, Seed::None, Access::ReadOnly, kQuickCheckInWindowBytes);
    } catch (const Error &e) {
        showWarning(parent, OpenDatabaseText::tr("Cannot open database"),
                    OpenDatabaseText::tr("%1\n\nThe file was not changed.").arg(e.message()));
        return nullptr;
    }
}

// What became of the password of a team database while connecting to it.
struct PasswordAsked {
    QString account;              // ServerAddress::account (the keyring's key)
    QString formerKey;            // the key of earlier versions (ServerAddress::displayName)
    bool cancelled = false;       // the user chose not to give one
    bool fromKeyring = false;     // the one kept in the desktop keyring was given
    QString keptRefused;          // why the server refused the kept one, when it did
    std::optional<QString> typed; // the one the user typed
    bool keep = false;            // … and whether to keep it in the keyring
};

// A team database whose server asks for a password ~/.pgpass does not hold: the one kept
// in the desktop keyring, else asked for here (with the choice of keeping it there). The
// store keeps it in memory for its connections while it is open.
std::optional<QString> askPassword(QWidget *parent, const QString &account, PasswordAsked &asked) {
    asked.account = account;
    keyring::Answer kept;
    if (asked.keptRefused.isEmpty()) {
        kept = keyring::read(account);
        if (kept.password) {
            asked.fromKeyring = true;
            return kept.password;
        }
    }
    PasswordDialog dialog(account, parent);
    if (!kept.available)
        dialog.setKeyringUnavailable(kept.error);
    if (!asked.keptRefused.isEmpty())
        dialog.setKeptPasswordRefused(asked.keptRefused);
    if (dialog.exec() != QDialog::Accepted) {
        asked.cancelled = true;
        return std::nullopt;
    }
    asked.typed = dialog.password();
    asked.keep = dialog.keepInKeyring();
    return asked.typed;
}

// Once connected: the password typed is kept in the keyring when the user asked for it,
// and a kept one the server refused is forgotten when the user did not replace it.
void settleKeyring(QWidget *parent, const PasswordAsked &asked) {
    if (!asked.typed)
        return;
    // A password an earlier version kept under the address as written is never read (it
    // could be another server's now); it goes once a password is typed for the account.
    if (!asked.formerKey.isEmpty() && asked.formerKey != asked.account)
        keyring::forget(asked.formerKey);
    if (asked.keep) {
        if (const keyring::Answer a = keyring::keep(asked.account, *asked.typed);
            !a.error.isEmpty()) {
            showWarning(parent, OpenDatabaseText::tr("Password not kept"),
                        OpenDatabaseText::tr("Connected, but the password could not be kept "
                                             "in the desktop keyring: %1.\n\nYou will be asked "
                                             "for it next time.")
                            .arg(a.error));
        }
    } else if (!asked.keptRefused.isEmpty()) {
        if (const keyring::Answer a = keyring::forget(asked.account); !a.error.isEmpty()) {
            showWarning(parent, OpenDatabaseText::tr("Password not forgotten"),
                        OpenDatabaseText::tr("Connected, but the refused password could not be "
                                             "removed from the desktop keyring: %1.")
                            .arg(a.error));
        }
    }
}

// Opens a database; on a server, with the password kept in the keyring if there is one,
// and once more, asking, when the server refused it.
std::unique_ptr<Store> openWithPassword(QWidget *parent, const QString &path, Seed seed,
                                        PasswordAsked &asked) {
    if (isServerAddress(path)) {
        try {
            asked.formerKey = parseServerAddress(path).displayName();
        } catch (const Error &) { // opening says what is wrong with the address
        }
    }
    const AskPassword ask = [parent, &asked](const QString &account) {
        return askPassword(parent, account, asked);
    };
    std::unique_ptr<Store> store;
    try {
        store = openDatabase(path, seed, Access::ReadWrite, kQuickCheckInWindowBytes, ask);
    } catch (const PasswordError &e) { // not a failure after connecting (schema, privileges)
        if (!asked.fromKeyring)
            throw;
        asked.fromKeyring = false;
        asked.keptRefused = e.message();
        store = openDatabase(path, seed, Access::ReadWrite, kQuickCheckInWindowBytes, ask);
    }
    settleKeyring(parent, asked);
    return store;
}

} // namespace

std::unique_ptr<Store> openDatabaseForWindow(QWidget *parent, const QString &path, Seed seed) {
    PasswordAsked asked;
    try {
        // Opening stays quick: a file beyond a megabyte is checked in the background, and
        // the window holds edits until that check is done.
        return openWithPassword(parent, path, seed, asked);
    } catch (const LockedError &e) {
        QMessageBox box(
            QMessageBox::Question, OpenDatabaseText::tr("Database in use"),
            OpenDatabaseText::tr("%1\n\nOpen it read-only? You will see what the other window has "
                                 "saved, but cannot change anything.")
                .arg(e.message()),
            QMessageBox::Yes | QMessageBox::No, parent);
        box.setTextFormat(Qt::PlainText);
        box.button(QMessageBox::Yes)->setText(OpenDatabaseText::tr("Open read-only"));
        box.button(QMessageBox::No)->setText(OpenDatabaseText::tr("Cancel"));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return nullptr;
        return openReadOnly(parent, path);
    } catch (const ReadOnlyError &) {
        // Nothing to ask: reading is all that can be done. The window shows "read-only".
        return openReadOnly(parent, path);
    } catch (const Error &e) {
        if (asked.cancelled) // the user chose not to give a password: nothing to explain
            return nullptr;
        showWarning(
            parent,
            isServerAddress(path) ? OpenDatabaseText::tr("Cannot connect")
                                  : OpenDatabaseText::tr("Cannot open database"),
            isServerAddress(path)
                ? OpenDatabaseText::tr("%1\n\nNothing was changed on the server.").arg(e.message())
                : OpenDatabaseText::tr("%1\n\nThe file was not changed.").arg(e.message()));
        return nullptr;
    }
}

} // namespace banatlas
