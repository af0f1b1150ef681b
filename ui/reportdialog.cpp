#include "reportdialog.h"
#include "i18n/displaynames.h"

#include "datefield.h"
#include "document/document.h"
#include "document/viewstate.h"
#include "messages.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

ReportDialog::ReportDialog(Document *doc, ViewState *state, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_settings(settings)
    , m_all(new QRadioButton(tr("E&very government with a decision"), this))
    , m_country(new QRadioButton(this))
    , m_groupScope(new QRadioButton(tr("Members of a &group:"), this))
    , m_group(new QComboBox(this))
    , m_asOf(new DateField(state->asOf(), this))
    , m_compare(new QCheckBox(tr("&What changed since"), this))
    , m_compareDate(new DateField(state->asOf().addYears(-2), this))
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_error(newErrorLabel(u"reportError"_s, this)) {
    setWindowTitle(tr("Export report"));
    const Country *selected = doc->country(state->country());
    m_country->setText(selected ? tr("The selected government: %1").arg(displayName(*selected))
                                : tr("The selected government (none)"));
    m_country->setEnabled(selected != nullptr);
    m_all->setChecked(true);
    for (const CountryGroup &g : doc->groups())
        m_group->addItem(groupLabel(g), g.code);

    m_compareDate->setEnabled(false);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_path->setText(
        QDir(defaultFolder())
            .filePath(u"banatlas-report-%1.pdf"_s.arg(state->asOf().toString(Qt::ISODate))));
    layOut();
}

void ReportDialog::setChosenDecisions(const QList<qint64> &ids, const QString &selection) {
    m_chosen = ids;
    m_selection = selection;
    setWindowTitle(tr("Report on %n chosen decisions", nullptr, int(ids.size())));
    for (QRadioButton *b : {m_all, m_country, m_groupScope})
        b->hide();
    m_group->hide();
    auto *chosen =
        new QLabel(tr("The governments of the %n decisions listed (%1)", nullptr, int(ids.size()))
                       .arg(selection),
                   this);
    chosen->setObjectName(u"chosenDecisions"_s);
    chosen->setTextFormat(Qt::PlainText);
    chosen->setWordWrap(true);
    if (auto *form = findChild<QFormLayout *>()) {
        if (QLayoutItem *field = form->itemAt(0, QFormLayout::FieldRole); field && field->layout())
            field->layout()->addWidget(chosen);
    }
}

void ReportDialog::layOut() {
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_groupScope);
    groupRow->addWidget(m_group, 1);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_all);
    scope->addWidget(m_country);
    scope->addLayout(groupRow);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compare);
    compareRow->addWidget(m_compareDate, 1);
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_paper);
    pageRow->addWidget(m_orientation);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *vendors =
        new QLabel(m_state->vendors().isEmpty() ? tr("Every vendor (set in the toolbar)")
                                                : m_state->vendors().join(u", "_s),
                   this);
    vendors->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Governments:"), scope);
    form->addRow(tr("Vendors:"), vendors);
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(tr("Comparison:"), compareRow);
    form->addRow(tr("&Paper:"), pageRow);
    form->addRow(tr("&File:"), fileRow);
    // Rows holding a layout get no buddy by themselves: give them one for the mnemonic.
    qobject_cast<QLabel *>(form->labelForField(pageRow))->setBuddy(m_paper);
    qobject_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_path);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connectControls(browse, buttons);
}

void ReportDialog::connectControls(QPushButton *browse, QDialogButtonBox *buttons) {
    connect(m_compare, &QCheckBox::toggled, m_compareDate, &QWidget::setEnabled);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_groupScope->setChecked(true); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export report"), m_path->text(),
                                                          tr("PDF documents (*.pdf)"));
        if (!file.isEmpty())
            m_path->setText(file.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? file
                                                                          : file + u".pdf"_s);
    });
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReportDialog::defaultFolder() const {
    const QString last = m_settings.reportFolder();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!docs.isEmpty() && QDir().mkpath(docs))
        return docs;
    return QDir::homePath();
}

void ReportDialog::accept() {
    if (!m_writer) {
        QDialog::accept();
        return;
    }
    m_error->hide();
    const QString error = m_writer(path(), options());
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_settings.setReportFolder(QFileInfo(path()).absolutePath());
    QDialog::accept();
}

QString ReportDialog::path() const {
    return m_path->text().trimmed();
}

ReportOptions ReportDialog::options() const {
    ReportOptions o;
    o.asOf = m_asOf->date();
    if (m_compare->isChecked())
        o.compare = m_compareDate->date();
    o.vendors = m_state->vendors();
    if (m_country->isChecked() && !m_state->country().isEmpty())
        o.countries = {m_state->country()};
    if (m_groupScope->isChecked())
        o.group = m_group->currentData().toString();
    if (m_chosen) {
        o.countries.clear();
        o.group.clear();
        o.decisions = m_chosen;
        o.selection = m_selection;
    }
    o.pageSize = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    o.orientation = static_cast<QPageLayout::Orientation>(m_orientation->currentData().toInt());
    return o;
}

} // namespace banatlas
