#include "domain/types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

template <typename E, std::size_t N>
QString idOf(const std::array<std::pair<E, QStringView>, N> &table, E value) {
    for (const auto &[e, id] : table) {
        if (e == value)
            return id.toString();
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromId(const std::array<std::pair<E, QStringView>, N> &table, QStringView id) {
    for (const auto &[e, text] : table) {
        if (text == id)
            return e;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> valuesOf(const std::array<std::pair<E, QStringView>, N> &table) {
    QList<E> out;
    for (const auto &entry : table)
        out.append(entry.first);
    return out;
}

constexpr std::array<std::pair<Measure, QStringView>, 7> kMeasures{{
    {Measure::Ban, u"ban"},
    {Measure::Restriction, u"restriction"},
    {Measure::ProcurementBan, u"procurement_ban"},
    {Measure::Warning, u"warning"},
    {Measure::Considering, u"considering"},
    {Measure::Allowed, u"allowed"},
    {Measure::Reversal, u"reversal"},
}};

constexpr std::array<std::pair<Scope, QStringView>, 10> kScopes{{
    {Scope::Core5g, u"5g_core"},
    {Scope::Ran5g, u"5g_ran"},
    {Scope::WholeNetwork, u"whole_network"},
    {Scope::Government, u"government"},
    {Scope::CriticalInfrastructure, u"critical_infrastructure"},
    {Scope::Devices, u"devices"},
    {Scope::Surveillance, u"surveillance"},
    {Scope::Software, u"software"},
    {Scope::Investment, u"investment"},
    {Scope::Other, u"other"},
}};

constexpr std::array<std::pair<LegalForm, QStringView>, 8> kLegalForms{{
    {LegalForm::Law, u"law"},
    {LegalForm::ExecutiveOrder, u"executive_order"},
    {LegalForm::Regulator, u"regulator"},
    {LegalForm::ProcurementRule, u"procurement_rule"},
    {LegalForm::Guidance, u"guidance"},
    {LegalForm::OperatorVoluntary, u"operator_voluntary"},
    {LegalForm::DeFacto, u"de_facto"},
    {LegalForm::Other, u"other"},
}};

constexpr std::array<std::pair<Confidence, QStringView>, 3> kConfidences{{
    {Confidence::Official, u"official"},
    {Confidence::MultipleSources, u"multiple_sources"},
    {Confidence::SingleSource, u"single_source"},
}};

constexpr std::array<std::pair<VendorKind, QStringView>, 7> kVendorKinds{{
    {VendorKind::TelecomEquipment, u"telecom_equipment"},
    {VendorKind::Devices, u"devices"},
    {VendorKind::Surveillance, u"surveillance"},
    {VendorKind::Software, u"software"},
    {VendorKind::Semiconductors, u"semiconductors"},
    {VendorKind::Apps, u"apps"},
    {VendorKind::Other, u"other"},
}};

constexpr std::array<std::pair<StatusClass, QStringView>, 7> kStatusClasses{{
    {StatusClass::Banned, u"banned"},
    {StatusClass::Restricted, u"restricted"},
    {StatusClass::GovernmentBan, u"government_ban"},
    {StatusClass::UnderReview, u"under_review"},
    {StatusClass::Allowed, u"allowed"},
    {StatusClass::NoneInForce, u"none_in_force"},
    {StatusClass::NoData, u"no_data"},
}};

} // namespace

int severity(Measure m) {
    switch (m) {
    case Measure::Ban:
        return 4;
    case Measure::Restriction:
        return 3;
    case Measure::ProcurementBan:
        return 2;
    case Measure::Warning:
    case Measure::Considering:
        return 1;
    case Measure::Allowed:
    case Measure::Reversal:
        return 0;
    }
    return 0;
}

bool isBinding(Measure m) {
    return m == Measure::Ban || m == Measure::Restriction || m == Measure::ProcurementBan;
}

bool isLifting(Measure m) {
    return m == Measure::Allowed || m == Measure::Reversal;
}

StatusClass classOf(Measure m) {
    switch (m) {
    case Measure::Ban:
        return StatusClass::Banned;
    case Measure::Restriction:
        return StatusClass::Restricted;
    case Measure::ProcurementBan:
        return StatusClass::GovernmentBan;
    case Measure::Warning:
    case Measure::Considering:
        return StatusClass::UnderReview;
    case Measure::Allowed:
    case Measure::Reversal:
        return StatusClass::Allowed;
    }
    return StatusClass::NoData;
}

QString toId(Measure m) {
    return idOf(kMeasures, m);
}
QString toId(Scope s) {
    return idOf(kScopes, s);
}
QString toId(LegalForm f) {
    return idOf(kLegalForms, f);
}
QString toId(Confidence c) {
    return idOf(kConfidences, c);
}
QString toId(VendorKind k) {
    return idOf(kVendorKinds, k);
}
QString toId(StatusClass c) {
    return idOf(kStatusClasses, c);
}

std::optional<Measure> measureFromId(QStringView id) {
    return fromId(kMeasures, id);
}
std::optional<Scope> scopeFromId(QStringView id) {
    return fromId(kScopes, id);
}
std::optional<LegalForm> legalFormFromId(QStringView id) {
    return fromId(kLegalForms, id);
}
std::optional<Confidence> confidenceFromId(QStringView id) {
    return fromId(kConfidences, id);
}
std::optional<VendorKind> vendorKindFromId(QStringView id) {
    return fromId(kVendorKinds, id);
}
std::optional<StatusClass> statusClassFromId(QStringView id) {
    return fromId(kStatusClasses, id);
}

QList<Measure> allMeasures() {
    return valuesOf(kMeasures);
}
QList<Scope> allScopes() {
    return valuesOf(kScopes);
}
QList<LegalForm> allLegalForms() {
    return valuesOf(kLegalForms);
}
QList<Confidence> allConfidences() {
    return valuesOf(kConfidences);
}
QList<VendorKind> allVendorKinds() {
    return valuesOf(kVendorKinds);
}
QList<StatusClass> allStatusClasses() {
    return valuesOf(kStatusClasses);
}

QString displayName(StatusClass c) {
    switch (c) {
    case StatusClass::Banned:
        return QCoreApplication::translate("banatlas::StatusClass", "Banned");
    case StatusClass::Restricted:
        return QCoreApplication::translate("banatlas::StatusClass", "Restricted");
    case StatusClass::GovernmentBan:
        return QCoreApplication::translate("banatlas::StatusClass", "Government ban");
    case StatusClass::UnderReview:
        return QCoreApplication::translate("banatlas::StatusClass", "Warning / under review");
    case StatusClass::Allowed:
        return QCoreApplication::translate("banatlas::StatusClass", "Allowed");
    case StatusClass::NoneInForce:
        return QCoreApplication::translate("banatlas::StatusClass", "No measure in force");
    case StatusClass::NoData:
        return QCoreApplication::translate("banatlas::StatusClass", "No data");
    }
    return {};
}

QString displayName(Measure m) {
    switch (m) {
    case Measure::Ban:
        return QCoreApplication::translate("banatlas::Measure", "Ban");
    case Measure::Restriction:
        return QCoreApplication::translate("banatlas::Measure", "Restriction");
    case Measure::ProcurementBan:
        return QCoreApplication::translate("banatlas::Measure", "Procurement ban");
    case Measure::Warning:
        return QCoreApplication::translate("banatlas::Measure", "Warning");
    case Measure::Considering:
        return QCoreApplication::translate("banatlas::Measure", "Considering");
    case Measure::Allowed:
        return QCoreApplication::translate("banatlas::Measure", "Allowed");
    case Measure::Reversal:
        return QCoreApplication::translate("banatlas::Measure", "Reversal");
    }
    return {};
}

QString displayName(Scope s) {
    switch (s) {
    case Scope::Core5g:
        return QCoreApplication::translate("banatlas::Scope", "5G core");
    case Scope::Ran5g:
        return QCoreApplication::translate("banatlas::Scope", "5G radio access");
    case Scope::WholeNetwork:
        return QCoreApplication::translate("banatlas::Scope", "whole network");
    case Scope::Government:
        return QCoreApplication::translate("banatlas::Scope", "government");
    case Scope::CriticalInfrastructure:
        return QCoreApplication::translate("banatlas::Scope", "critical infrastructure");
    case Scope::Devices:
        return QCoreApplication::translate("banatlas::Scope", "devices");
    case Scope::Surveillance:
        return QCoreApplication::translate("banatlas::Scope", "surveillance");
    case Scope::Software:
        return QCoreApplication::translate("banatlas::Scope", "software");
    case Scope::Investment:
        return QCoreApplication::translate("banatlas::Scope", "investment");
    case Scope::Other:
        return QCoreApplication::translate("banatlas::Scope", "other");
    }
    return {};
}

QString displayName(LegalForm f) {
    switch (f) {
    case LegalForm::Law:
        return QCoreApplication::translate("banatlas::LegalForm", "law");
    case LegalForm::ExecutiveOrder:
        return QCoreApplication::translate("banatlas::LegalForm", "executive order");
    case LegalForm::Regulator:
        return QCoreApplication::translate("banatlas::LegalForm", "regulator's decision");
    case LegalForm::ProcurementRule:
        return QCoreApplication::translate("banatlas::LegalForm", "procurement rule");
    case LegalForm::Guidance:
        return QCoreApplication::translate("banatlas::LegalForm", "guidance");
    case LegalForm::OperatorVoluntary:
        return QCoreApplication::translate("banatlas::LegalForm", "operators, voluntarily");
    case LegalForm::DeFacto:
        return QCoreApplication::translate("banatlas::LegalForm", "de facto");
    case LegalForm::Other:
        return QCoreApplication::translate("banatlas::LegalForm", "other");
    }
    return {};
}

QString displayName(Confidence c) {
    switch (c) {
    case Confidence::Official:
        return QCoreApplication::translate("banatlas::Confidence", "official");
    case Confidence::MultipleSources:
        return QCoreApplication::translate("banatlas::Confidence", "multiple sources");
    case Confidence::SingleSource:
        return QCoreApplication::translate("banatlas::Confidence", "single source");
    }
    return {};
}

QString displayName(VendorKind k) {
    switch (k) {
    case VendorKind::TelecomEquipment:
        return QCoreApplication::translate("banatlas::VendorKind", "telecom equipment");
    case VendorKind::Devices:
        return QCoreApplication::translate("banatlas::VendorKind", "devices");
    case VendorKind::Surveillance:
        return QCoreApplication::translate("banatlas::VendorKind", "surveillance");
    case VendorKind::Software:
        return QCoreApplication::translate("banatlas::VendorKind", "software");
    case VendorKind::Semiconductors:
        return QCoreApplication::translate("banatlas::VendorKind", "semiconductors");
    case VendorKind::Apps:
        return QCoreApplication::translate("banatlas::VendorKind", "apps");
    case VendorKind::Other:
        return QCoreApplication::translate("banatlas::VendorKind", "other");
    }
    return {};
}

QString classMeaning(StatusClass c) {
    switch (c) {
    case StatusClass::Banned:
        return QCoreApplication::translate(
            "banatlas::StatusClass",
            "A ban is in force: the vendor is excluded from the whole scope.");
    case StatusClass::Restricted:
        return QCoreApplication::translate(
            "banatlas::StatusClass",
            "A restriction is in force: core only, a market-share cap, sensitive "
            "sites or a phase-out.");
    case StatusClass::GovernmentBan:
        return QCoreApplication::translate(
            "banatlas::StatusClass",
            "Excluded from public procurement, government networks or funding.");
    case StatusClass::UnderReview:
        return QCoreApplication::translate(
            "banatlas::StatusClass",
            "A non-binding warning, or a proposal, review or consultation under way.");
    case StatusClass::Allowed:
        return QCoreApplication::translate(
            "banatlas::StatusClass",
            "An explicit decision not to restrict, or the lifting of earlier "
            "measures.");
    case StatusClass::NoneInForce:
        return QCoreApplication::translate(
            "banatlas::StatusClass", "Decisions exist, but every one has ended or was lifted.");
    case StatusClass::NoData:
        return QCoreApplication::translate(
            "banatlas::StatusClass",
            "No decision is recorded: nothing is known, which is not the same as "
            "allowed.");
    }
    return {};
}

} // namespace banatlas
