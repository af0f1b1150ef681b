#pragma once

#include "document/merge.h"
#include "domain/entities.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QTableWidget;

namespace banatlas {

class ConflictError;

// Saving an edit refused because someone saved the decision since it was opened
// (ConflictError): theirs and yours side by side, field by field, with what it was when
// the edit began. Each field is kept from theirs or from yours (by default: yours where
// only you changed it); "Keep theirs" saves nothing, "Keep mine" takes every field of
// yours, "Save" the fields as chosen. What is saved is at their version: saved over
// theirs, and refused again if someone saved meanwhile.
class ConflictDialog final : public QDialog {
    Q_OBJECT

public:
    // Editing: an edit of this window met someone's save. LocalCopy: a team's local copy
    // brought back (the import review) changed a decision that the team changed since;
    // "yours" is the copy's, "theirs" the team's, `base` the decision as copied.
    enum class Situation { Editing, LocalCopy };

    // `base`: the decision as the edit began; `conflict`: the refusal, with theirs (which
    // must be there: a decision deleted since is not merged) and yours.
    ConflictDialog(const Decision &base, const ConflictError &conflict, QWidget *parent = nullptr,
                   Situation situation = Situation::Editing);

    // What to save once accepted: theirs with the fields chosen from yours.
    Decision result() const;
    QSet<QString> fromYours() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *saveButton() const { return m_save; }

private:
    void fillTable();
    QDialogButtonBox *createButtons();
    void keepMine();

    QString text(const char *editing, const char *localCopy) const;

    Situation m_situation;
    Decision m_theirs;
    Decision m_yours;
    QList<FieldConflict> m_changes;
    QTableWidget *m_table;
    QPushButton *m_keepTheirs;
    QPushButton *m_keepMine;
    QPushButton *m_save;
};

} // namespace banatlas
