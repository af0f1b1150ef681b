#include "conflictdialog.h"

#include "document/models.h"
#include "domain/errors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

enum Column { FieldColumn, TheirsColumn, YoursColumn, KeepColumn, ColumnCount };

QTableWidgetItem *textItem(const QString &text) {
    auto *item = new QTableWidgetItem(text); // plain text: user text is never markup
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(plainToolTip(text)); // a tooltip guesses rich text: never for user text
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const Decision &base, const ConflictError &conflict, QWidget *parent,
                               Situation situation)
    : QDialog(parent)
    , m_situation(situation)
    , m_theirs(conflict.theirs().value_or(base))
    , m_yours(conflict.yours())
    , m_changes(FieldMerge::differences(base, m_theirs, m_yours)) {
    setWindowTitle(text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Changed by someone else"),
                        QT_TRANSLATE_NOOP("banatlas::ConflictDialog",
                                          "Changed in the team database since the copy")));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(
        text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog",
                               "Someone else saved this decision while you were editing it"),
             QT_TRANSLATE_NOOP("banatlas::ConflictDialog",
                               "The team changed this decision after your local copy was "
                               "made, and so did the copy")));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);

    const QString who = conflict.by().isEmpty() ? tr("Another analyst") : conflict.by();
    auto *explanation =
        new QLabel(text(QT_TRANSLATE_NOOP(
                            "banatlas::ConflictDialog",
                            "%1 saved version %2 of \"%3\"; your edit began from version %4. "
                            "Nothing has been written yet. Choose, field by field, whose value to "
                            "keep: where only you changed a field yours is chosen, where you both "
                            "did, theirs."),
                        QT_TRANSLATE_NOOP(
                            "banatlas::ConflictDialog",
                            "%1 saved version %2 of \"%3\"; the copy was made from version %4. "
                            "Nothing has been written yet. Choose, field by field, which value the "
                            "import writes: where only the copy changed a field the copy's is "
                            "chosen, where both did, the team's."))
                       .arg(who, QString::number(m_theirs.version), m_theirs.title,
                            QString::number(situation == Situation::LocalCopy ? base.version
                                                                              : m_yours.version)));
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_table = new QTableWidget(int(m_changes.size()), ColumnCount, this);
    fillTable();
    layout->addWidget(m_table, 1);
    layout->addWidget(createButtons());
    resize(900, 420);
}

// One row per field where theirs and yours differ; "Keep yours" checked where only you
// changed it.
void ConflictDialog::fillTable() {
    m_table->setHorizontalHeaderLabels(
        {tr("Field"),
         text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Theirs (saved)"),
              QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "The team's")),
         text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Yours"),
              QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "The copy's")),
         text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Keep yours"),
              QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Take the copy's"))});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    const QSet<QString> chosen = FieldMerge::yoursByDefault(m_changes);
    for (int row = 0; row < m_changes.size(); ++row) {
        const FieldConflict &c = m_changes[row];
        QTableWidgetItem *field = textItem(c.label);
        field->setToolTip(plainToolTip(
            text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "When you began: %1"),
                 QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "When the copy was made: %1"))
                .arg(c.base)));
        if (c.clash()) {
            QFont f = field->font();
            f.setBold(true);
            field->setFont(f);
            field->setText(tr("%1 (both changed)").arg(c.label));
        }
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, TheirsColumn, textItem(c.theirs));
        m_table->setItem(row, YoursColumn, textItem(c.yours));
        auto *keep = new QTableWidgetItem();
        keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        keep->setCheckState(chosen.contains(c.field) ? Qt::Checked : Qt::Unchecked);
        keep->setData(Qt::UserRole, c.field);
        keep->setToolTip(
            text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog",
                                   "Checked: your value is saved; unchecked: theirs stays"),
                 QT_TRANSLATE_NOOP("banatlas::ConflictDialog",
                                   "Checked: the copy's value is written; unchecked: the "
                                   "team's stays")));
        m_table->setItem(row, KeepColumn, keep);
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(YoursColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
}

QDialogButtonBox *ConflictDialog::createButtons() {
    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs =
        buttons->addButton(text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Keep theirs"),
                                QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Keep the team's")),
                           QDialogButtonBox::RejectRole);
    m_keepTheirs->setToolTip(
        text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Save nothing: their version stays"),
             QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "The team's version stays")));
    m_keepMine =
        buttons->addButton(text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Keep mine"),
                                QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Take the copy's")),
                           QDialogButtonBox::ActionRole);
    m_keepMine->setToolTip(
        text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Save every field of yours over theirs"),
             QT_TRANSLATE_NOOP("banatlas::ConflictDialog",
                               "Write every field of the copy's over the team's")));
    m_save =
        buttons->addButton(text(QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Save as chosen"),
                                QT_TRANSLATE_NOOP("banatlas::ConflictDialog", "Use as chosen")),
                           QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    return buttons;
}

// The text for the situation, translated.
QString ConflictDialog::text(const char *editing, const char *localCopy) const {
    return tr(m_situation == Situation::LocalCopy ? localCopy : editing);
}

QSet<QString> ConflictDialog::fromYours() const {
    QSet<QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *keep = m_table->item(row, KeepColumn);
        if (keep->checkState() == Qt::Checked)
            out.insert(keep->data(Qt::UserRole).toString());
    }
    return out;
}

Decision ConflictDialog::result() const {
    return FieldMerge::merged(m_theirs, m_yours, fromYours());
}

void ConflictDialog::keepMine() {
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, KeepColumn)->setCheckState(Qt::Checked);
    accept();
}

} // namespace banatlas
