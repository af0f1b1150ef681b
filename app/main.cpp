#include "cli.h"
#include "domain/errors.h"
#include "firstframe.h"
#include "i18n/translations.h"
#include "interchange/database.h"
#include "mainwindow.h"
#include "opendatabase.h"
#include "settings.h"
#include "storage/sqliteapi.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>
#include <thread>

int main(int argc, char *argv[]) {
    banatlas::configureSqliteForProcess();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setApplicationName(QStringLiteral("banatlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANATLAS_VERSION));

    if (banatlas::cli::wantsCommandLine(args)) {
        // A failing command prints exactly one line: Qt's own chatter (such as the
        // offscreen platform's notes) stays out of it unless asked for.
        if (qEnvironmentVariableIsEmpty("BANATLAS_DEBUG")) {
            qInstallMessageHandler(
                [](QtMsgType type, const QMessageLogContext &, const QString &msg) {
                    if (type == QtCriticalMsg || type == QtFatalMsg)
                        std::fprintf(stderr, "banatlas: %s\n", msg.toLocal8Bit().constData());
                });
        }
        if (banatlas::cli::needsPainting(args)) {
            // Fonts and painting need a GUI application; offscreen needs no display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            banatlas::installTranslators(app);
            // How many backups to keep, as set in File ▸ Restore from backup….
            return banatlas::cli::run(args, banatlas::Settings().backupsToKeep());
        }
        QCoreApplication app(argc, argv);
        banatlas::installTranslators(app);
        return banatlas::cli::run(args, banatlas::Settings().backupsToKeep());
    }

    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (noDisplay) {
        std::fputs("banatlas: no display to open the window on; run a command instead "
                   "(see banatlas --help)\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    // The font database, read on the other core while the window's data loads: fontconfig
    // reading the system's fonts is a sixth of opening the window, and the first widget
    // with text would wait for it. (Qt's font database has a lock of its own; the thread
    // is joined when main returns.)
    const std::jthread fonts([] { QFontDatabase::families(); });
    banatlas::installTranslators(app);
    QApplication::setApplicationDisplayName(QStringLiteral("BanAtlas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/banatlas/icon.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.banatlas.BanAtlas"));
    // --db wins; otherwise the database used last, if it is still there. (The window
    // gives the database the number of backups to keep from the same settings.)
    QString path = banatlas::cli::databasePathFrom(args);
    const QString last = banatlas::Settings().lastDatabase();
    const bool named = path != banatlas::defaultDatabasePath();
    if (!named && !last.isEmpty() && QFile::exists(last))
        path = last;
    // Whatever stands in the way is explained in a dialog; then the default database is
    // tried, so that a broken last file does not keep the app from starting.
    std::unique_ptr<banatlas::Store> store = banatlas::openDatabaseForWindow(nullptr, path);
    if (!store && path != banatlas::defaultDatabasePath())
        store = banatlas::openDatabaseForWindow(nullptr, banatlas::defaultDatabasePath());
    if (!store)
        return 1;
    std::unique_ptr<banatlas::MainWindow> window;
    try {
        window = std::make_unique<banatlas::MainWindow>(std::move(store));
    } catch (const banatlas::Error &e) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "BanAtlas"),
                        e.message(), QMessageBox::Ok);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }
    banatlas::probeFirstFrameIfAsked(window.get()); // for bench_scale
    window->show();
    return QApplication::exec();
}
