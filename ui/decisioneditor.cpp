#include "decisioneditor.h"
#include "i18n/displaynames.h"

#include "messages.h"
#include "storage/localcopy.h"

#include "document/document.h"
#include "domain/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

// Completes the last of several ";"-separated names.
class ListCompleter final : public QCompleter {
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString &path) const override {
        return {path.section(u';', -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex &index) const override {
        const QString text = qobject_cast<QLineEdit *>(widget())->text();
        const qsizetype cut = text.lastIndexOf(u';');
        const QString head = cut < 0 ? QString() : text.left(cut + 1) + u' ';
        return head + index.data().toString();
    }
};

enum SourceColumn {
    SourceTitle,
    SourcePublisher,
    SourceUrl,
    SourceDate,
    SourceFile,
    SourceColumnCount
};
// What a source row keeps beyond its visible columns, on its title item.
enum SourceRole {
    SourceIdRole = Qt::UserRole,
    SourceAccessedRole,
    SourceLocalCopyRole,
    SourceSha256Role
};

PartialDate parseOr(const QString &text, const QString &field, QList<FieldError> &errors) {
    QString why;
    const auto d = PartialDate::parse(text, &why);
    if (!d) {
        errors.append({field, why});
        return {};
    }
    return *d;
}

} // namespace

DecisionEditor::DecisionEditor(Document *doc, const Decision *existing, const QString &country,
                               QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_country(new QComboBox(this))
    , m_vendors(new QLineEdit(this))
    , m_vendorNote(new QLabel(this))
    , m_measure(new QComboBox(this))
    , m_announced(new QLineEdit(this))
    , m_effective(new QLineEdit(this))
    , m_ended(new QLineEdit(this))
    , m_deadline(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_legalForm(new QComboBox(this))
    , m_confidence(new QComboBox(this))
    , m_subsidiaries(new QCheckBox(tr("Also covers the vendors' subsidiaries"), this))
    , m_sources(new QTableWidget(0, SourceColumnCount, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(existing ? tr("Edit decision %1").arg(existing->id) : tr("New decision"));
    setUpCountryField();
    setUpVendorField();
    setUpChoiceFields();
    setUpTextFields();
    m_fields = {{u"country"_s, m_country},      {u"vendors"_s, m_vendors},
                {u"measure"_s, m_measure},      {u"scope"_s, createScopeBox()},
                {u"announced"_s, m_announced},  {u"effective"_s, m_effective},
                {u"ended"_s, m_ended},          {u"deadline"_s, m_deadline},
                {u"title"_s, m_title},          {u"summary"_s, m_summary},
                {u"legal_form"_s, m_legalForm}, {u"confidence"_s, m_confidence},
                {u"sources"_s, m_sources}};
    layOut(createSourcesBox());
    if (existing) {
        load(*existing);
    } else {
        m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
        m_confidence->setCurrentIndex(
            m_confidence->findData(static_cast<int>(Confidence::SingleSource)));
    }
    watchFields();
    revalidate();
    m_initial = decision();
}

// --- building the form ----------------------------------------------------------------

void DecisionEditor::setUpCountryField() {
    // Pick from the list or type a name or code; completion matches anywhere.
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    QList<Country> countries = m_doc->countries();
    std::sort(countries.begin(), countries.end(), [](const Country &a, const Country &b) {
        return displayName(a).localeAwareCompare(displayName(b)) < 0;
    });
    m_country->addItem(QString(), QString());
    for (const Country &c : std::as_const(countries))
        m_country->addItem(u"%1 (%2)"_s.arg(displayName(c), c.code), c.code);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void DecisionEditor::setUpVendorField() {
    QStringList names;
    for (const Vendor &v : m_doc->vendors())
        names.append(v.name);
    auto *completer = new ListCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_vendors->setCompleter(completer);
    m_vendors->setPlaceholderText(tr("Huawei; ZTE — separate several with ;"));
    m_vendorNote->setTextFormat(Qt::PlainText);
    m_vendorNote->setWordWrap(true);
}

void DecisionEditor::setUpChoiceFields() {
    for (Measure m : allMeasures())
        m_measure->addItem(displayName(m), static_cast<int>(m));
    m_legalForm->addItem(tr("(not stated)"), -1);
    for (LegalForm f : allLegalForms())
        m_legalForm->addItem(displayName(f), static_cast<int>(f));
    for (Confidence c : allConfidences())
        m_confidence->addItem(displayName(c), static_cast<int>(c));
}

void DecisionEditor::setUpTextFields() {
    for (QLineEdit *e : {m_announced, m_effective, m_ended, m_deadline}) {
        e->setPlaceholderText(tr("YYYY[-MM[-DD]]"));
        e->setToolTip(tr("A year (2018), a month (2018-11) or a day (2018-11-28)"));
    }
    m_effective->setToolTip(m_effective->toolTip() + u"\n"_s +
                            tr("Empty: in force when announced"));
    m_title->setPlaceholderText(
        tr("Short, neutral title (at most %1 characters)").arg(kMaxTitleLength));
    // Tab leaves the summary (Ctrl+Tab types a tab, see eventFilter).
    m_summary->setTabChangesFocus(true);
}

QWidget *DecisionEditor::createScopeBox() {
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (Scope s : allScopes()) {
        auto *check = new QCheckBox(displayName(s), box);
        m_scopes.insert(s, check);
        grid->addWidget(check, i / 5, i % 5);
        ++i;
    }
    return box;
}

QLayout *DecisionEditor::createSourcesBox() {
    m_sources->setHorizontalHeaderLabels(
        {tr("Title"), tr("Publisher"), tr("URL"), tr("Date"), tr("Local copy")});
    m_sources->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_sources->horizontalHeader()->setSectionResizeMode(SourceUrl, QHeaderView::Stretch);
    m_sources->verticalHeader()->hide();
    m_sources->setColumnWidth(SourceTitle, 170);
    m_sources->setColumnWidth(SourcePublisher, 110);
    m_sources->setColumnWidth(SourceDate, 90);
    m_sources->setColumnWidth(SourceFile, 100);
    m_sources->setMinimumHeight(110);
    m_sources->setTabKeyNavigation(false);
    auto *addSource = new QPushButton(tr("&Add source"), this);
    auto *removeSource = new QPushButton(tr("&Remove source"), this);
    m_attach = new QPushButton(tr("Attach &file…"), this);
    m_attach->setToolTip(tr("Keep a copy of the document (PDF, saved page, image) beside the "
                            "database; it is checked against its SHA-256 whenever it is "
                            "opened"));
    connect(addSource, &QPushButton::clicked, this, [this] {
        addSourceRow({});
        m_sources->setCurrentCell(m_sources->rowCount() - 1, SourceTitle);
        m_sources->editItem(m_sources->item(m_sources->rowCount() - 1, SourceTitle));
    });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Attach a local copy"), {},
            tr("Documents and images (%1)").arg(u"*."_s + localCopyTypes().join(u" *."_s)));
        if (!file.isEmpty())
            attachFile(file);
    });
    connect(removeSource, &QPushButton::clicked, this, [this] {
        if (m_sources->currentRow() >= 0)
            m_sources->removeRow(m_sources->currentRow());
        touch(u"sources"_s);
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addSource);
    buttons->addWidget(removeSource);
    buttons->addWidget(m_attach);
    buttons->addStretch();
    auto *box = new QHBoxLayout;
    box->addWidget(m_sources, 1);
    box->addLayout(buttons);
    return box;
}

QLabel *DecisionEditor::createErrorLabel(const QString &field) {
    QLabel *error = newErrorLabel(field + u"Error"_s, this);
    error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_errorLabels.insert(field, error);
    return error;
}

void DecisionEditor::addFormRow(QFormLayout *form, const QString &label, const QString &field,
                                QWidget *buddy, QLayout *layout) {
    // The field (or its layout), the vendors' note, and the field's error underneath.
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    if (layout)
        column->addLayout(layout);
    else
        column->addWidget(m_fields.value(field));
    if (field == u"vendors"_s)
        column->addWidget(m_vendorNote);
    if (!field.isEmpty())
        column->addWidget(createErrorLabel(field));
    form->addRow(label, column);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(column)))
        l->setBuddy(buddy);
}

QLayout *DecisionEditor::createDatesRow() {
    // Four dates side by side, each with its own error underneath.
    auto *dates = new QGridLayout;
    dates->setVerticalSpacing(2);
    const QList<std::tuple<QString, QString, QLineEdit *>> fields{
        {tr("Announced"), u"announced"_s, m_announced},
        {tr("Effective"), u"effective"_s, m_effective},
        {tr("Ended"), u"ended"_s, m_ended},
        {tr("Deadline"), u"deadline"_s, m_deadline}};
    for (int c = 0; c < fields.size(); ++c) {
        const auto &[text, name, edit] = fields[c];
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        dates->addWidget(label, 0, c);
        dates->addWidget(edit, 1, c);
        dates->addWidget(createErrorLabel(name), 2, c, Qt::AlignTop);
        dates->setColumnStretch(c, 1);
    }
    return dates;
}

void DecisionEditor::layOut(QLayout *sourceBox) {
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addFormRow(form, tr("&Government:"), u"country"_s, m_country);
    addFormRow(form, tr("&Vendors:"), u"vendors"_s, m_vendors);
    addFormRow(form, tr("&Measure:"), u"measure"_s, m_measure);
    // The label's mnemonic goes to the first box: a plain widget cannot take focus.
    addFormRow(form, tr("Sco&pe:"), u"scope"_s, m_scopes.value(allScopes().first()));
    addFormRow(form, tr("&Dates:"), QString(), m_announced, createDatesRow());
    addFormRow(form, tr("&Title:"), u"title"_s, m_title);
    addFormRow(form, tr("S&ummary:"), u"summary"_s, m_summary);
    addFormRow(form, tr("&Legal form:"), u"legal_form"_s, m_legalForm);
    addFormRow(form, tr("Co&nfidence:"), u"confidence"_s, m_confidence);
    form->addRow(QString(), m_subsidiaries);
    addFormRow(form, tr("&Sources:"), u"sources"_s, m_sources, sourceBox);

    // The form scrolls when the screen is small (1024×700); the buttons stay in view.
    auto *formWidget = new QWidget(this);
    formWidget->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"editorScroll"_s);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    QSize size(880, 780);
    const QWidget *parent = parentWidget();
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
}

void DecisionEditor::load(const Decision &d) {
    m_id = d.id;
    m_version = d.version;
    m_country->setCurrentIndex(m_country->findData(d.country));
    m_vendors->setText(d.vendors.join(u"; "_s));
    m_measure->setCurrentIndex(m_measure->findData(static_cast<int>(d.measure)));
    for (Scope s : d.scopes)
        m_scopes[s]->setChecked(true);
    m_announced->setText(d.announced.toString());
    m_effective->setText(d.effective.toString());
    m_ended->setText(d.ended.toString());
    m_deadline->setText(d.deadline.toString());
    m_title->setText(d.title);
    m_summary->setPlainText(d.summary);
    if (d.legalForm)
        m_legalForm->setCurrentIndex(m_legalForm->findData(static_cast<int>(*d.legalForm)));
    m_confidence->setCurrentIndex(m_confidence->findData(static_cast<int>(d.confidence)));
    m_subsidiaries->setChecked(d.coversSubsidiaries);
    for (const Source &s : d.sources)
        addSourceRow(s);
}

void DecisionEditor::watchFields() {
    m_summary->installEventFilter(this);
    // Leaving a field counts as touching it: its problems show from then on.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.key() != u"scope"_s)
            it.value()->installEventFilter(this);
    }
    m_country->lineEdit()->installEventFilter(this);
    for (QCheckBox *box : std::as_const(m_scopes))
        box->installEventFilter(this);
    setUpTabOrder();

    // Typing replaces the preset government rather than appending to it.
    m_country->setFocus();
    m_country->lineEdit()->selectAll();
    connect(m_country, &QComboBox::currentTextChanged, this, &DecisionEditor::revalidate);
    connect(m_country, &QComboBox::activated, this, [this] { touch(u"country"_s); });
    connect(m_country->lineEdit(), &QLineEdit::textEdited, this, [this] { touch(u"country"_s); });
    const QList<std::pair<QLineEdit *, QString>> edits{
        {m_vendors, u"vendors"_s}, {m_announced, u"announced"_s}, {m_effective, u"effective"_s},
        {m_ended, u"ended"_s},     {m_deadline, u"deadline"_s},   {m_title, u"title"_s}};
    for (const auto &[edit, name] : edits) {
        connect(edit, &QLineEdit::textChanged, this, &DecisionEditor::revalidate);
        connect(edit, &QLineEdit::textEdited, this, [this, name = name] { touch(name); });
    }
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] { touch(u"summary"_s); });
    for (QComboBox *c : {m_measure, m_legalForm, m_confidence})
        connect(c, &QComboBox::currentIndexChanged, this, &DecisionEditor::revalidate);
    for (QCheckBox *b : std::as_const(m_scopes))
        connect(b, &QCheckBox::toggled, this, [this] { touch(u"scope"_s); });
    connect(m_sources, &QTableWidget::itemChanged, this, [this] { touch(u"sources"_s); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionEditor::reject);
}

void DecisionEditor::setUpTabOrder() {
    // The order the form reads in: the scope boxes before the dates, the source buttons
    // after the table, OK and Cancel last.
    QList<QWidget *> order{m_country, m_vendors, m_measure};
    for (Scope s : allScopes())
        order.append(m_scopes.value(s));
    order += {m_announced, m_effective, m_ended,      m_deadline,     m_title,
              m_summary,   m_legalForm, m_confidence, m_subsidiaries, m_sources};
    for (QPushButton *b : findChildren<QPushButton *>()) {
        if (!m_buttons->isAncestorOf(b))
            order.append(b);
    }
    order += {m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void DecisionEditor::touch(const QString &field) {
    m_touched.insert(field);
    revalidate();
}

bool DecisionEditor::isModified() const {
    return !(decision() == m_initial);
}

bool DecisionEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_summary && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::ControlModifier) {
            m_summary->insertPlainText(u"\t"_s);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut) {
        const auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() != Qt::ActiveWindowFocusReason &&
            focus->reason() != Qt::PopupFocusReason) {
            QString field;
            for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
                if (it.value() == watched ||
                    it.value()->isAncestorOf(qobject_cast<QWidget *>(watched)))
                    field = it.key();
            }
            if (!field.isEmpty() && !m_touched.contains(field))
                touch(field);
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DecisionEditor::accept() {
    revalidate();
    if (m_problems.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Every problem shows now; the first one gets the focus.
    m_submitted = true;
    revalidate();
    const QString first = m_problems.first().field;
    const QString key = first.startsWith(u"sources["_s) ? u"sources"_s : first;
    if (QWidget *w = m_fields.value(key)) {
        QWidget *target = key == u"scope"_s ? m_scopes.value(allScopes().first()) : w;
        target->setFocus(Qt::OtherFocusReason);
        if (auto *scroll = findChild<QScrollArea *>(u"editorScroll"_s))
            scroll->ensureWidgetVisible(target);
    }
}

void DecisionEditor::reject() {
    if (isModified()) {
        QMessageBox box(QMessageBox::Question, tr("Discard changes?"),
                        tr("This decision has changes that are not saved. Discard them?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void DecisionEditor::addSourceRow(const Source &s) {
    const QSignalBlocker block(m_sources);
    const int row = m_sources->rowCount();
    m_sources->insertRow(row);
    const QStringList values{s.title, s.publisher, s.url, s.published.toString(), s.localCopy};
    for (int c = 0; c < SourceColumnCount; ++c) {
        auto *item = new QTableWidgetItem(values[c]);
        if (c == SourceTitle) {
            item->setData(SourceIdRole, s.id);
            item->setData(SourceAccessedRole, s.accessed.toString());
            item->setData(SourceLocalCopyRole, s.localCopy);
            item->setData(SourceSha256Role, s.sha256);
        }
        if (c == SourceFile) {
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (!s.sha256.isEmpty())
                item->setToolTip(tr("SHA-256 %1").arg(s.sha256));
        }
        m_sources->setItem(row, c, item);
    }
    revalidate();
}

bool DecisionEditor::attachFile(const QString &file) {
    int row = m_sources->currentRow();
    if (row < 0) {
        addSourceRow({});
        row = m_sources->rowCount() - 1;
    }
    try {
        const LocalCopy copy = m_doc->attachLocalCopy(file);
        const QSignalBlocker block(m_sources);
        QTableWidgetItem *title = m_sources->item(row, SourceTitle);
        title->setData(SourceLocalCopyRole, copy.name);
        title->setData(SourceSha256Role, copy.sha256);
        if (title->text().trimmed().isEmpty())
            title->setText(QFileInfo(file).completeBaseName());
        m_sources->item(row, SourceFile)->setText(copy.name);
        m_sources->item(row, SourceFile)->setToolTip(tr("SHA-256 %1").arg(copy.sha256));
    } catch (const Error &e) {
        showWarning(this, tr("File not attached"), e.message());
        return false;
    }
    revalidate();
    return true;
}

QString DecisionEditor::countryCode() const {
    const QString text = m_country->currentText().trimmed();
    static const QRegularExpression code(u"\\(([A-Z]{2})\\)$"_s);
    if (const auto m = code.match(text); m.hasMatch())
        return m.captured(1);
    return m_doc->resolveCountry(text).value_or(text);
}

QStringList DecisionEditor::vendorNames() const {
    QStringList out;
    for (const QString &v : m_vendors->text().split(u';', Qt::SkipEmptyParts)) {
        const QString name = normalizedName(v);
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

QStringList DecisionEditor::newVendors() const {
    QStringList out;
    for (const QString &v : vendorNames()) {
        if (!m_doc->vendor(v))
            out.append(v);
    }
    return out;
}

Decision DecisionEditor::decision() const {
    QList<FieldError> ignored;
    Decision d;
    d.id = m_id;
    d.version = m_version; // a save is refused when someone changed it since
    d.country = countryCode();
    // Stored under their canonical names.
    for (const QString &v : vendorNames()) {
        const Vendor *known = m_doc->vendor(v);
        d.vendors.append(known ? known->name : v);
    }
    d.measure = static_cast<Measure>(m_measure->currentData().toInt());
    for (Scope s : allScopes()) {
        if (m_scopes[s]->isChecked())
            d.scopes.append(s);
    }
    d.announced = parseOr(m_announced->text(), u"announced"_s, ignored);
    d.effective = parseOr(m_effective->text(), u"effective"_s, ignored);
    d.ended = parseOr(m_ended->text(), u"ended"_s, ignored);
    d.deadline = parseOr(m_deadline->text(), u"deadline"_s, ignored);
    d.title = m_title->text().trimmed();
    d.summary = m_summary->toPlainText().trimmed();
    if (const int f = m_legalForm->currentData().toInt(); f >= 0)
        d.legalForm = static_cast<LegalForm>(f);
    d.confidence = static_cast<Confidence>(m_confidence->currentData().toInt());
    d.coversSubsidiaries = m_subsidiaries->isChecked();
    for (int row = 0; row < m_sources->rowCount(); ++row) {
        auto text = [&](int c) {
            const QTableWidgetItem *item = m_sources->item(row, c);
            return item ? item->text().trimmed() : QString();
        };
        Source s;
        const QTableWidgetItem *title = m_sources->item(row, SourceTitle);
        s.id = title->data(SourceIdRole).toLongLong();
        s.accessed =
            PartialDate::parse(title->data(SourceAccessedRole).toString()).value_or(PartialDate());
        s.localCopy = title->data(SourceLocalCopyRole).toString();
        s.sha256 = title->data(SourceSha256Role).toString();
        s.title = text(SourceTitle);
        s.publisher = text(SourcePublisher);
        s.url = text(SourceUrl);
        s.published = parseOr(text(SourceDate), u"sources[%1].published"_s.arg(row), ignored);
        d.sources.append(s);
    }
    return d;
}

void DecisionEditor::revalidate() {
    QList<FieldError> problems;
    parseOr(m_announced->text(), u"announced"_s, problems);
    parseOr(m_effective->text(), u"effective"_s, problems);
    parseOr(m_ended->text(), u"ended"_s, problems);
    parseOr(m_deadline->text(), u"deadline"_s, problems);
    for (int row = 0; row < m_sources->rowCount(); ++row) {
        const QTableWidgetItem *item = m_sources->item(row, SourceDate);
        parseOr(item ? item->text() : QString(), u"sources[%1].published"_s.arg(row), problems);
    }
    QSet<QString> unparsed;
    for (const FieldError &e : std::as_const(problems))
        unparsed.insert(e.field);
    // The core's rules; a date that did not parse is reported once, as such.
    for (const FieldError &e : m_doc->validate(decision())) {
        if (!unparsed.contains(e.field))
            problems.append(e);
    }
    m_problems = problems;

    QHash<QString, QStringList> byField;
    for (const FieldError &e : std::as_const(problems)) {
        const QString key = e.field.startsWith(u"sources["_s) ? u"sources"_s : e.field;
        const QString prefix =
            e.field.startsWith(u"sources["_s)
                ? tr("Source %1: ").arg(e.field.section(u'[', 1).section(u']', 0, 0).toInt() + 1)
                : QString();
        byField[key].append(prefix + e.message);
    }
    // A field's problems show once it was touched, or OK was pressed.
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it) {
        const bool shown = m_submitted || m_touched.contains(it.key());
        const QStringList messages = shown ? byField.value(it.key()) : QStringList();
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
    }
    const QStringList created = newVendors();
    m_vendorNote->setText(created.isEmpty()
                              ? QString()
                              : tr("New vendor, created on OK: %1").arg(created.join(u", "_s)));
    m_vendorNote->setVisible(!created.isEmpty());
    fitErrorLabels();
}

void DecisionEditor::fitErrorLabels() {
    for (QLabel *label : std::as_const(m_errorLabels)) {
        if (label->isHidden()) {
            label->setMinimumHeight(0);
            continue;
        }
        // Before the first layout the label has no width yet: its field's is the same.
        const QWidget *field = m_fields.value(label->objectName().chopped(5));
        const int width = label->width() > 1 ? label->width() : (field ? field->width() : 200);
        label->setMinimumHeight(label->heightForWidth(std::max(width, 50)));
    }
}

void DecisionEditor::resizeEvent(QResizeEvent *event) {
    QDialog::resizeEvent(event);
    // The columns' widths settle after this: fit the errors to them then.
    QTimer::singleShot(0, this, &DecisionEditor::fitErrorLabels);
}

} // namespace banatlas
