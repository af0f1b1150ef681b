#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace banatlas {

// Two analysts changed one decision: someone saved `theirs` while this analyst edited
// `base` into `yours`. Field by field, what each side did, and the decision that keeps
// what is chosen of each (the conflict dialog shows the one and saves the other).

// One field (as the interchange names it: "title", "vendors", "legal_form", ...).
struct FieldConflict {
    QString field;
    QString label;               // "Legal form", translated
    QString base, theirs, yours; // as shown ("—": none)
    bool theyChanged = false;    // theirs differs from base
    bool youChanged = false;     // yours differs from base
    // Both changed it, each in their own way: one of the two must be chosen.
    bool clash() const { return theyChanged && youChanged && theirs != yours; }
};

struct FieldMerge {
    Q_DECLARE_TR_FUNCTIONS(banatlas::FieldMerge)

public:
    // The fields where theirs and yours differ, in the editor's order.
    static QList<FieldConflict> differences(const Decision &base, const Decision &theirs,
                                            const Decision &yours);
    // The fields to keep from yours when nothing else is said: those only you changed.
    static QSet<QString> yoursByDefault(const QList<FieldConflict> &changes);
    // `theirs` with the fields named in `fromYours` taken from `yours`; at theirs' version,
    // so that it saves over theirs and nothing saved since.
    static Decision merged(const Decision &theirs, const Decision &yours,
                           const QSet<QString> &fromYours);
    // Every field of a decision, in the editor's order.
    static QStringList fields();
};

} // namespace banatlas
