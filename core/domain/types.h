#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace banatlas {

// What a decision does to the vendors it names (DOMAIN.md, "Measure").
enum class Measure { Ban, Restriction, ProcurementBan, Warning, Considering, Allowed, Reversal };

enum class Scope {
    Core5g,
    Ran5g,
    WholeNetwork,
    Government,
    CriticalInfrastructure,
    Devices,
    Surveillance,
    Software,
    Investment,
    Other
};

enum class LegalForm {
    Law,
    ExecutiveOrder,
    Regulator,
    ProcurementRule,
    Guidance,
    OperatorVoluntary,
    DeFacto,
    Other
};

enum class Confidence { Official, MultipleSources, SingleSource };

enum class VendorKind {
    TelecomEquipment,
    Devices,
    Surveillance,
    Software,
    Semiconductors,
    Apps,
    Other
};

// The map classes, ordered so that a higher value wins when several vendors combine.
enum class StatusClass {
    NoData,
    NoneInForce,
    Allowed,
    UnderReview,
    GovernmentBan,
    Restricted,
    Banned
};

int severity(Measure m);
bool isBinding(Measure m);
bool isLifting(Measure m);
StatusClass classOf(Measure m);

// Stable identifiers used in the database, CSV, JSON and on the command line.
QString toId(Measure m);
QString toId(Scope s);
QString toId(LegalForm f);
QString toId(Confidence c);
QString toId(VendorKind k);
QString toId(StatusClass c);

std::optional<Measure> measureFromId(QStringView id);
std::optional<Scope> scopeFromId(QStringView id);
std::optional<LegalForm> legalFormFromId(QStringView id);
std::optional<Confidence> confidenceFromId(QStringView id);
std::optional<VendorKind> vendorKindFromId(QStringView id);
std::optional<StatusClass> statusClassFromId(QStringView id);

// "ban, restriction, …": the identifiers of every value, for error messages.
template <typename E> QString idList(const QList<E> &values) {
    QStringList ids;
    for (E e : values)
        ids.append(toId(e));
    return ids.join(QStringLiteral(", "));
}

// Human-readable labels (map legend, lists, the report), translated; the identifiers
// above stay in files and on the command line.
QString displayName(StatusClass c);
QString displayName(Measure m);
QString displayName(Scope s);      // "5G core"
QString displayName(LegalForm f);  // "executive order"
QString displayName(Confidence c); // "multiple sources"
QString displayName(VendorKind k); // "telecom equipment"
// What a class means, in a sentence (the badge's tooltip, the legend, the help).
QString classMeaning(StatusClass c);

QList<Measure> allMeasures();
QList<Scope> allScopes();
QList<LegalForm> allLegalForms();
QList<Confidence> allConfidences();
QList<VendorKind> allVendorKinds();
QList<StatusClass> allStatusClasses();

} // namespace banatlas
