#include "opendatabase.h"

#include "domain/errors.h"
#include "messages.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("banatlas", text);
}

std::unique_ptr<Store> openReadOnly(QWidget *parent, const QString &path) {
    try {
        return openDatabase(path, Seed::None, Access::ReadOnly);
    } catch (const Error &e) {
        showWarning(parent, tr("Cannot open database"),
                    tr("%1\n\nThe file was not changed.").arg(e.message()));
        return nullptr;
    }
}

} // namespace

std::unique_ptr<Store> openDatabaseForWindow(QWidget *parent, const QString &path, Seed seed) {
    try {
        return openDatabase(path, seed);
    } catch (const LockedError &e) {
        QMessageBox box(QMessageBox::Question, tr("Database in use"),
                        tr("%1\n\nOpen it read-only? You will see what the other window has "
                           "saved, but cannot change anything.")
                            .arg(e.message()),
                        QMessageBox::Yes | QMessageBox::No, parent);
        box.setTextFormat(Qt::PlainText);
        box.button(QMessageBox::Yes)->setText(tr("Open read-only"));
        box.button(QMessageBox::No)->setText(tr("Cancel"));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return nullptr;
        return openReadOnly(parent, path);
    } catch (const ReadOnlyError &) {
        // Nothing to ask: reading is all that can be done. The window shows "read-only".
        return openReadOnly(parent, path);
    } catch (const Error &e) {
        showWarning(parent, tr("Cannot open database"),
                    tr("%1\n\nThe file was not changed.").arg(e.message()));
        return nullptr;
    }
}

} // namespace banatlas
