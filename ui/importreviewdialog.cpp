#include "importreviewdialog.h"

#include "document/models.h"

#include "conflictdialog.h"
#include "document/document.h"
#include "domain/errors.h"
#include "i18n/displaynames.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

enum Column { WhatColumn, BeforeColumn, AfterColumn };

// A value as a cell shows it: on one line, "(none)" for nothing.
QString cellText(const QString &value) {
    if (value.isEmpty())
        return ImportReviewDialog::tr("(none)");
    QString one = value;
    one.replace(u'\n', u' ');
    constexpr qsizetype kLongest = 300;
    if (one.size() > kLongest)
        one = one.left(kLongest) + u'…';
    return one;
}

QString classText(StatusClass c, bool pending) {
    return pending ? ImportReviewDialog::tr("%1 (pending)").arg(displayName(c)) : displayName(c);
}

// A row to look at twice: the warning icon, bold, in the warning colour.
void markWarning(QTreeWidgetItem *item) {
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    item->setIcon(WhatColumn, icon);
    for (int c = WhatColumn; c <= AfterColumn; ++c) {
        QFont f = item->font(c);
        f.setBold(true);
        item->setFont(c, f);
        item->setForeground(c, QColor(0x9a, 0x4a, 0x00));
    }
}

// Every cell's whole text as its tooltip: a long title or warning is cut in its column.
void withToolTips(QTreeWidgetItem *item) {
    for (int c = WhatColumn; c <= AfterColumn; ++c) {
        if (!item->text(c).isEmpty() && item->toolTip(c).isEmpty())
            item->setToolTip(c, plainToolTip(item->text(c))); // a file's text is never markup
    }
    for (int i = 0; i < item->childCount(); ++i)
        withToolTips(item->child(i));
}

// The last row of a section cut at kMostRows.
void addMore(QTreeWidgetItem *section, qsizetype total) {
    if (total > ImportReviewDialog::kMostRows)
        new QTreeWidgetItem(
            section,
            {ImportReviewDialog::tr("… and %1 more").arg(total - ImportReviewDialog::kMostRows)});
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const ImportPreview &preview, const Document *doc,
                                       QWidget *parent)
    : QDialog(parent)
    , m_doc(doc) {
    setWindowTitle(tr("Review import of %1").arg(QFileInfo(preview.fileName).fileName()));
    const ImportSummary &s = preview.summary;
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    if (preview.copy) {
        m_copy = preview.copy;
        for (const CopyChange &c : m_copy->changes)
            if (c.kind == CopyChange::Kind::Conflict &&
                c.settled.take != ConflictSettlement::Take::Theirs)
                m_settlements.insert(c.id, c.settled);
        m_counts->setText(tr("A local copy of this team database. Decisions: %1 added, %2 "
                             "changed, %3 deleted in the copy; %4 in conflict with changes "
                             "made in the team database since the copy, of which %5 settled "
                             "as you chose (the others stay as the team has them). New "
                             "vendors: %6.\nNothing has been written yet: Import writes "
                             "exactly this, Cancel leaves the team database as it is.")
                              .arg(preview.added.size())
                              .arg(preview.changed.size())
                              .arg(preview.deleted.size())
                              .arg(preview.conflicts.size())
                              .arg(preview.conflictsSettled())
                              .arg(s.vendorsCreated));
    } else {
        // A team database takes no backup: its server's backups are the team's.
        m_counts->setText((doc->isTeamDatabase()
                               ? tr("Decisions: %1 added, %2 changed, %3 unchanged. Vendors: "
                                    "%4 new, %5 updated.\nNothing has been written yet: Import "
                                    "writes exactly this, Cancel leaves the team database as "
                                    "it is.")
                               : tr("Decisions: %1 added, %2 changed, %3 unchanged. Vendors: "
                                    "%4 new, %5 updated.\nNothing has been written yet: Import "
                                    "writes exactly this (after a backup), Cancel leaves the "
                                    "database as it is."))
                              .arg(s.added)
                              .arg(s.updated)
                              .arg(s.unchanged)
                              .arg(s.vendorsCreated)
                              .arg(s.vendorsUpdated));
    }

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What"), tr("Before"), tr("After")});
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    addConflicts(preview);
    addChanged(preview);
    addAdded(preview);
    addDeleted(preview);
    addVendors(preview);
    addClasses(preview);
    if (m_tree->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_tree, {tr("The file would change nothing.")});
    withToolTips(m_tree->invisibleRootItem());
    m_tree->setColumnWidth(WhatColumn, 380);
    m_tree->setColumnWidth(BeforeColumn, 340);

    QDialogButtonBox *buttons = createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(1120, 640);
}

// Import and Cancel; and, for a local copy with conflicts, Settle conflict… (enabled on a
// conflict's rows, which a double-click settles too).
QDialogButtonBox *ImportReviewDialog::createButtons() {
    auto *buttons = new QDialogButtonBox(this);
    if (m_conflicts) {
        m_settle = buttons->addButton(tr("&Settle conflict…"), QDialogButtonBox::ActionRole);
        m_settle->setObjectName(u"settleButton"_s);
        m_settle->setToolTip(tr("Choose, for the selected conflict, the team's, the copy's, or "
                                "field by field"));
        m_settle->setEnabled(false);
        connect(m_tree, &QTreeWidget::currentItemChanged, this,
                [this] { m_settle->setEnabled(currentConflict().has_value()); });
        connect(m_settle, &QPushButton::clicked, this, [this] {
            if (const auto id = currentConflict())
                settle(*id);
        });
        connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
            if (const auto id = currentConflict())
                settle(*id);
        });
    }
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

QString ImportReviewDialog::countryText(const QString &code) const {
    return u"%1 %2"_s.arg(code, countryName(m_doc->countries(), code));
}

QTreeWidgetItem *ImportReviewDialog::section(const QString &title, int count) {
    auto *item = new QTreeWidgetItem(m_tree, {title.arg(count)});
    QFont f = item->font(WhatColumn);
    f.setBold(true);
    item->setFont(WhatColumn, f);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void ImportReviewDialog::addChanged(const ImportPreview &preview) {
    if (preview.changed.isEmpty())
        return;
    m_changed = section(tr("Changed decisions (%1)"), int(preview.changed.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(preview.changed.size(), kMostRows); ++i) {
        const DecisionChange &c = preview.changed[i];
        auto *decision = new QTreeWidgetItem(
            m_changed, {tr("#%1  %2 — %3").arg(c.id).arg(countryText(c.country), c.title)});
        decision->setFirstColumnSpanned(true);
        for (const FieldChange &f : c.fields)
            new QTreeWidgetItem(decision, {f.field, cellText(f.before), cellText(f.after)});
        decision->setExpanded(true);
    }
    addMore(m_changed, preview.changed.size());
}

void ImportReviewDialog::addConflicts(const ImportPreview &preview) {
    if (preview.conflicts.isEmpty())
        return;
    m_conflicts = section(tr("Conflicts: changed in the team database since the copy, left as "
                             "the team has them unless settled (%1)"),
                          int(preview.conflicts.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(preview.conflicts.size(), kMostRows); ++i) {
        const DecisionChange &c = preview.conflicts[i];
        auto *decision = new QTreeWidgetItem(
            m_conflicts, {tr("#%1  %2 — %3").arg(c.id).arg(countryText(c.country), c.title)});
        decision->setFirstColumnSpanned(true);
        decision->setData(WhatColumn, Qt::UserRole, c.id); // Settle conflict… settles it
        // What the team did, and who (and how it is settled): a row of its own, across the
        // columns.
        auto *reason = new QTreeWidgetItem(decision, {preview.conflictReasons.value(i)});
        reason->setFirstColumnSpanned(true);
        QFont italic = reason->font(WhatColumn);
        italic.setItalic(true);
        reason->setFont(WhatColumn, italic);
        for (const FieldChange &f : c.fields)
            new QTreeWidgetItem(decision, {f.field, cellText(f.before), cellText(f.after)});
        decision->setExpanded(true);
    }
    addMore(m_conflicts, preview.conflicts.size());
    m_conflicts->setToolTip(WhatColumn, tr("Before: the team's now; after: the copy's (once "
                                           "settled: what is written). Settle conflict… or a "
                                           "double-click chooses."));
}

void ImportReviewDialog::addDeleted(const ImportPreview &preview) {
    if (preview.deleted.isEmpty())
        return;
    m_deleted = section(tr("Deleted decisions (%1)"), int(preview.deleted.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(preview.deleted.size(), kMostRows); ++i) {
        const DecisionChange &c = preview.deleted[i];
        new QTreeWidgetItem(m_deleted,
                            {tr("#%1  %2 — %3").arg(c.id).arg(countryText(c.country), c.title)});
    }
    addMore(m_deleted, preview.deleted.size());
}

void ImportReviewDialog::addAdded(const ImportPreview &preview) {
    if (preview.added.isEmpty())
        return;
    m_added = section(tr("Added decisions (%1)"), int(preview.added.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(preview.added.size(), kMostRows); ++i) {
        const Decision &d = preview.added[i];
        new QTreeWidgetItem(
            m_added,
            {d.id == 0 ? tr("new  %1 — %2").arg(countryText(d.country), d.title)
                       : tr("#%1  %2 — %3").arg(d.id).arg(countryText(d.country), d.title),
             QString(),
             tr("%1, announced %2, %3")
                 .arg(displayName(d.measure), d.announced.toString(), d.vendors.join(u"; "_s))});
    }
    addMore(m_added, preview.added.size());
}

void ImportReviewDialog::addVendors(const ImportPreview &preview) {
    if (!preview.vendorsCreated.isEmpty()) {
        m_vendors = section(tr("New vendors (%1)"), int(preview.vendorsCreated.size()));
        for (qsizetype i = 0; i < std::min<qsizetype>(preview.vendorsCreated.size(), kMostRows);
             ++i) {
            const ImportRecord::NewVendor &v = preview.vendorsCreated[i];
            auto *item = new QTreeWidgetItem(m_vendors, {v.name});
            if (!v.near.isEmpty()) {
                item->setText(AfterColumn,
                              tr("one letter from \"%1\": the same vendor?").arg(v.near));
                item->setToolTip(AfterColumn,
                                 plainToolTip(tr("one letter away from \"%1\": check that "
                                                 "it is not the same vendor")
                                                  .arg(v.near)));
                markWarning(item);
            }
        }
        addMore(m_vendors, preview.vendorsCreated.size());
    }
    if (!preview.vendorsUpdated.isEmpty()) {
        QTreeWidgetItem *updated =
            section(tr("Vendors updated (%1)"), int(preview.vendorsUpdated.size()));
        for (qsizetype i = 0; i < std::min<qsizetype>(preview.vendorsUpdated.size(), kMostRows);
             ++i)
            new QTreeWidgetItem(updated, {preview.vendorsUpdated[i]});
        addMore(updated, preview.vendorsUpdated.size());
    }
}

void ImportReviewDialog::addClasses(const ImportPreview &preview) {
    const QString date = QLocale().toString(preview.asOf, QLocale::ShortFormat);
    m_classes = new QTreeWidgetItem(
        m_tree, {preview.classChanges.isEmpty()
                     ? tr("No government's class would change on %1 (all vendors)").arg(date)
                     : tr("Class changes on %1, all vendors (%2)")
                           .arg(date)
                           .arg(preview.classChanges.size())});
    QFont bold = m_classes->font(WhatColumn);
    bold.setBold(true);
    m_classes->setFont(WhatColumn, bold);
    m_classes->setFirstColumnSpanned(true);
    m_classes->setExpanded(true);
    for (const StatusChange &c : preview.classChanges)
        new QTreeWidgetItem(m_classes,
                            {countryText(c.country), classText(c.before, c.pendingBefore),
                             classText(c.after, c.pendingAfter)});
    if (preview.pairChanges.isEmpty())
        return;
    QTreeWidgetItem *pairs =
        section(tr("Class changes by vendor (%1)"), int(preview.pairChanges.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(preview.pairChanges.size(), kMostRows); ++i) {
        const StatusChange &c = preview.pairChanges[i];
        new QTreeWidgetItem(pairs, {tr("%1 — %2").arg(countryText(c.country), c.vendor),
                                    classText(c.before, c.pendingBefore),
                                    classText(c.after, c.pendingAfter)});
    }
    addMore(pairs, preview.pairChanges.size());
}

// The conflict the current row belongs to (its decision's row, or one of its fields).
std::optional<qint64> ImportReviewDialog::currentConflict() const {
    const QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent() != m_conflicts)
        item = item->parent();
    if (!item || !m_conflicts)
        return std::nullopt;
    const QVariant id = item->data(WhatColumn, Qt::UserRole);
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

// A conflict where one side deleted the decision: there is nothing to merge, only which
// side's to keep. None when the user closed the question.
std::optional<ConflictSettlement> ImportReviewDialog::settleDeleted(const CopyChange &c) {
    QMessageBox box(QMessageBox::Question, tr("Settle conflict"),
                    tr("#%1 \"%2\": %3.").arg(c.id).arg(c.title, c.conflict), QMessageBox::NoButton,
                    this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *theirs = box.addButton(tr("Keep the team's"), QMessageBox::RejectRole);
    QPushButton *mine = box.addButton(c.mine ? tr("Add the copy's again, as a new decision")
                                             : tr("Delete it, as in the copy"),
                                      QMessageBox::AcceptRole);
    box.setDefaultButton(theirs);
    box.exec();
    ConflictSettlement s;
    s.teamVersion = c.theirs ? c.theirs->version : 0;
    if (box.clickedButton() == mine)
        s.take = ConflictSettlement::Take::Mine;
    else if (box.clickedButton() != theirs)
        return std::nullopt;
    return s;
}

void ImportReviewDialog::settle(qint64 id) {
    if (!m_copy)
        return;
    const auto c =
        std::find_if(m_copy->changes.cbegin(), m_copy->changes.cend(), [id](const CopyChange &x) {
            return x.id == id && x.kind == CopyChange::Kind::Conflict;
        });
    if (c == m_copy->changes.cend())
        return;
    std::optional<ConflictSettlement> settled;
    if (c->canMerge()) {
        // As the edit of a window would meet someone's save: the copy's edit is "yours".
        // Not known as copied (an import in the copy changed it, its history keeps no
        // values): the copy's stands for it, so that nothing of the copy is chosen unasked.
        Decision base = c->base.value_or(*c->mine);
        base.version = c->copiedVersion;
        const ConflictError conflict(c->theirs, *c->mine, c->by);
        ConflictDialog dialog(base, conflict, this, ConflictDialog::Situation::LocalCopy);
        bool keepTheirs = false;
        connect(dialog.keepTheirsButton(), &QPushButton::clicked, this,
                [&keepTheirs] { keepTheirs = true; });
        const bool accepted = dialog.exec() == QDialog::Accepted;
        if (!accepted && !keepTheirs)
            return; // closed: as it was
        settled.emplace();
        settled->teamVersion = c->theirs->version;
        if (accepted && !dialog.fromYours().isEmpty()) {
            settled->take = ConflictSettlement::Take::Merged;
            settled->merged = dialog.result();
        }
    } else {
        settled = settleDeleted(*c);
    }
    if (!settled)
        return;
    if (settled->take == ConflictSettlement::Take::Theirs) {
        if (m_settlements.remove(id) == 0)
            return; // as it was: nothing to preview again
    } else {
        m_settlements.insert(id, *settled);
    }
    done(Resettle);
}

} // namespace banatlas
