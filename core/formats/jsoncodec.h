#pragma once

#include "domain/entities.h"

#include <QJsonObject>
#include <QStringList>

namespace banatlas {

// Converts entities to and from the JSON objects of the interchange format
// (DOMAIN.md, "JSON"). The audit log stores the same objects.
QJsonObject toJson(const Country &c);
QJsonObject toJson(const CountryGroup &g);
QJsonObject toJson(const Vendor &v);
QJsonObject toJson(const Source &s);
QJsonObject toJson(const Decision &d);

// A value in a JSON document that is not what the format expects. `path` leads to it
// from the object being read: {"sources", "0", "url"}.
struct JsonFieldError {
    QStringList path;
    QString message;
};

// Each throws JsonFieldError on a missing, mistyped or invalid value.
Country countryFromJson(const QJsonObject &o);
CountryGroup groupFromJson(const QJsonObject &o);
Vendor vendorFromJson(const QJsonObject &o);
Source sourceFromJson(const QJsonObject &o);
Decision decisionFromJson(const QJsonObject &o);

} // namespace banatlas
