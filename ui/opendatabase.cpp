#include "opendatabase.h"

#include "domain/errors.h"
#include "messages.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
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

// A team database whose server asks for a password ~/.pgpass does not hold: asked for here,
// and given to the store, which keeps it in memory for its connections while it is open.
std::optional<QString> askPassword(QWidget *parent, const QString &account, bool &cancelled) {
    QInputDialog dialog(parent);
    dialog.setObjectName(u"passwordDialog"_s);
    dialog.setWindowTitle(OpenDatabaseText::tr("Password"));
    dialog.setLabelText(OpenDatabaseText::tr("The server asks for the password of %1.\n\nIt is "
                                             "kept in memory while the database is open, never "
                                             "written down. To be asked no more, put it in "
                                             "~/.pgpass.")
                            .arg(account));
    for (auto *label : dialog.findChildren<QLabel *>()) // an account is text, not markup
        label->setTextFormat(Qt::PlainText);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(OpenDatabaseText::tr("&Connect"));
    if (dialog.exec() != QDialog::Accepted) {
        cancelled = true;
        return std::nullopt;
    }
    return dialog.textValue();
}

} // namespace

std::unique_ptr<Store> openDatabaseForWindow(QWidget *parent, const QString &path, Seed seed) {
    bool cancelled = false;
    const AskPassword ask = [parent, &cancelled](const QString &account) {
        return askPassword(parent, account, cancelled);
    };
    try {
        // Opening stays quick: a file beyond a megabyte is checked in the background, and
        // the window holds edits until that check is done.
        return openDatabase(path, seed, Access::ReadWrite, kQuickCheckInWindowBytes, ask);
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
        if (cancelled) // the user chose not to give a password: nothing to explain
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
