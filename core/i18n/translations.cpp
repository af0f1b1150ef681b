#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace banatlas {

QStringList installTranslators(QCoreApplication &app, const QString &catalogueDir) {
    QStringList installed;
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("banatlas"), QStringLiteral("_"), catalogueDir)) {
        QCoreApplication::installTranslator(own);
        installed.append(own->language());
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed;
}

} // namespace banatlas
