#pragma once

#include <QString>

class QCoreApplication;

namespace banatlas {

// Installs BanAtlas's strings and Qt's own (dialog buttons) in the user's language — the
// system locale's UI languages, so LANGUAGE=de:en is followed — when a catalogue exists;
// English otherwise. `catalogueDir` holds banatlas_<lang>.qm (the binary's resources by
// default). Returns the catalogues' languages ("de_DE"), empty for English.
QStringList installTranslators(QCoreApplication &app,
                               const QString &catalogueDir = QStringLiteral(":/i18n"));

} // namespace banatlas
