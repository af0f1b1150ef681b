#pragma once

#include "domain/statusresolver.h"

#include <QString>
#include <QVariant>

namespace banatlas {

class Document;

// What the BanAtlas item models share: their roles, and the words they put a status in.
// Each model has a file of its own (countrylistmodel.h, countryfilterproxy.h,
// countrystatusmodel.h, decisionhistorymodel.h, vendorcountriesmodel.h).

// Shared roles of the BanAtlas item models.
enum ModelRole {
    SortRole = Qt::UserRole,
    ClassRole,       // int(StatusClass)
    PendingRole,     // bool: the deciding measure is not yet in force
    CodeRole,        // country alpha-2
    DecisionIdRole,  // qint64
    DecisionIdsRole, // QList<qint64>: the deciding decisions
    VendorRole,      // vendor name
};

// "Banned", or "Banned (pending)".
QString statusLabel(const Status &s);
// "Ban, 14 Jul 2020: UK bans new Huawei 5G kit; …" for the deciding decisions: the
// newest three, after "12 earlier decisions" when there are more.
QString explainStatus(const Document &doc, const Status &s);
QString scopeList(const QList<Scope> &scopes);
// A tooltip that shows `text` literally, never as markup.
QString plainToolTip(const QString &text);
// A class column's data for `role`: the label, the class, pending, the deciding ids, and
// a tooltip that says what the class means.
QVariant classData(const Status &s, int role);

} // namespace banatlas
