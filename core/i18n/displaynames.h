#pragma once

#include "domain/entities.h"

namespace banatlas {

// Names for people to read, in the language of the interface (the default QLocale):
// countries from the translated name tables in the resources, groups and UN M49 regions
// through the translation catalogue. Identifiers stay in files and on the command line.
QString displayName(const Country &c);
// Other names of a country in that language (searchable: "USA", "Großbritannien").
QStringList localAliases(const Country &c);
// The name of the country with this code, or the code itself if unknown.
QString countryName(const QList<Country> &countries, const QString &code);
QString displayName(const CountryGroup &g); // "Group of Seven"
QString shortName(const CountryGroup &g);   // "G7", "Five Eyes"
QString groupLabel(const CountryGroup &g);  // "G7 — Group of Seven", for lists
// A UN M49 region or sub-region ("Western Europe").
QString regionName(const QString &region);

} // namespace banatlas
