#include "opendatabase.h"

#include "domain/errors.h"
#include "messages.h"

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

} // namespace

std::unique_ptr<Store> openDatabaseForWindow(QWidget *parent, const QString &path, Seed seed) {
    try {
        // Opening stays quick: a file beyond a megabyte is checked in the background, and
        // the window holds edits until that check is done.
        return openDatabase(path, seed, Access::ReadWrite, kQuickCheckInWindowBytes);
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
        showWarning(parent, OpenDatabaseText::tr("Cannot open database"),
                    OpenDatabaseText::tr("%1\n\nThe file was not changed.").arg(e.message()));
        return nullptr;
    }
}

} // namespace banatlas
