#pragma once

#include "interchange/copyreturn.h"
#include "interchange/importpreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace banatlas {

class Document;

// File ▸ Import…, before anything is written: what the import would do (an ImportPreview)
// — the counts, the decisions it would change field by field (before → after), those it
// would add, the vendors it would create (look-alikes of known vendors marked), and the
// governments whose class would change on the preview's date; for a team's local copy
// brought back, also its conflicts with the team's changes since and what it deleted.
// Import accepts, Cancel
// rejects; the dialog itself writes nothing. Every text is plain (it quotes the file).
class ImportReviewDialog final : public QDialog {
    Q_OBJECT

public:
    // `doc` names the governments; the preview is kept for the caller to import.
    ImportReviewDialog(const ImportPreview &preview, const Document *doc,
                       QWidget *parent = nullptr);

    // What exec() returns when the user settled a conflict of a local copy (Settle
    // conflict…): the caller previews again with settlements() and shows the review anew,
    // so that the counts and classes are those of what will be written.
    static constexpr int Resettle = 2;
    ConflictSettlements settlements() const { return m_settlements; }
    QPushButton *settleButton() const { return m_settle; }
    // Settles the conflict of decision `id` (as Settle conflict… on its row does).
    void settle(qint64 id);

    QLabel *countsLabel() const { return m_counts; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *importButton() const { return m_import; }
    // The section of the tree for changed decisions, added decisions, new vendors,
    // vendors updated, class changes, pair changes (null when it has nothing).
    QTreeWidgetItem *changedSection() const { return m_changed; }
    QTreeWidgetItem *addedSection() const { return m_added; }
    QTreeWidgetItem *vendorsSection() const { return m_vendors; }
    QTreeWidgetItem *classesSection() const { return m_classes; }
    // A local copy brought back: its conflicts with the team's changes since the copy
    // (theirs → the copy's, field by field, and who), and the decisions it deleted.
    QTreeWidgetItem *conflictsSection() const { return m_conflicts; }
    QTreeWidgetItem *deletedSection() const { return m_deleted; }

    // How many rows a section lists at most; the rest are counted in a last row.
    static constexpr int kMostRows = 500;

private:
    QTreeWidgetItem *section(const QString &title, int count);
    void addChanged(const ImportPreview &preview);
    void addAdded(const ImportPreview &preview);
    void addConflicts(const ImportPreview &preview);
    void addDeleted(const ImportPreview &preview);
    void addVendors(const ImportPreview &preview);
    void addClasses(const ImportPreview &preview);
    QString countryText(const QString &code) const;
    QDialogButtonBox *createButtons();
    std::optional<qint64> currentConflict() const;
    std::optional<ConflictSettlement> settleDeleted(const CopyChange &c);

    const Document *m_doc;
    std::shared_ptr<const CopyChanges> m_copy;
    ConflictSettlements m_settlements; // as the preview was made, and any settled since
    QPushButton *m_settle = nullptr;
    QLabel *m_counts;
    QTreeWidget *m_tree;
    QPushButton *m_import;
    QTreeWidgetItem *m_changed = nullptr;
    QTreeWidgetItem *m_added = nullptr;
    QTreeWidgetItem *m_vendors = nullptr;
    QTreeWidgetItem *m_classes = nullptr;
    QTreeWidgetItem *m_conflicts = nullptr;
    QTreeWidgetItem *m_deleted = nullptr;
};

} // namespace banatlas
