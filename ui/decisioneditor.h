#pragma once

#include "domain/entities.h"
#include "domain/errors.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace banatlas {

class Document;

// Adds or edits one decision. The core's Validator decides what is acceptable; each
// problem is shown whole under its own field once the user has touched that field or
// pressed OK (which then stays open and goes to the first problem). Escape asks before
// throwing changes away.
class DecisionEditor final : public QDialog {
    Q_OBJECT

public:
    // `existing` null: a new decision, optionally for `country`.
    DecisionEditor(Document *doc, const Decision *existing, const QString &country = {},
                   QWidget *parent = nullptr);

    // The decision as entered; meaningful when problems() is empty.
    Decision decision() const;
    QList<FieldError> problems() const { return m_problems; }
    // Vendors named that the database does not know yet: created on OK.
    QStringList newVendors() const;

    // The widgets, by interchange field name ("country", "announced", …), for tests.
    QWidget *field(const QString &name) const { return m_fields.value(name); }
    QLabel *errorLabel(const QString &name) const { return m_errorLabels.value(name); }
    QCheckBox *scopeBox(Scope s) const { return m_scopes.value(s); }
    QTableWidget *sourcesTable() const { return m_sources; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Copies `file` beside the database as the local copy of the current source (a new
    // one when none is selected); explains in a dialog when it cannot.
    bool attachFile(const QString &file);
    // Whether anything differs from what the dialog opened with.
    bool isModified() const;

public slots:
    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The constructor's parts: each group of fields set up, the scope boxes and the
    // sources' table with its buttons made, the form laid out (a row per field, its error
    // underneath), an existing decision loaded, and the fields watched.
    void setUpCountryField();
    void setUpVendorField();
    void setUpChoiceFields();
    void setUpTextFields();
    QWidget *createScopeBox();
    QLayout *createSourcesBox();
    QLayout *createDatesRow();
    QLabel *createErrorLabel(const QString &field);
    void addFormRow(QFormLayout *form, const QString &label, const QString &field, QWidget *buddy,
                    QLayout *layout = nullptr);
    void layOut(QLayout *sourceBox);
    void load(const Decision &d);
    void watchFields();

    void revalidate();
    void touch(const QString &field);
    // Gives every shown error the height its wrapped text needs (a form layout otherwise
    // keeps one line and cuts the rest).
    void fitErrorLabels();
    void setUpTabOrder();
    void addSourceRow(const Source &s);
    QString countryCode() const;
    QStringList vendorNames() const;

    Document *m_doc;
    qint64 m_id = 0;
    qint64 m_version = 0; // of the decision as loaded
    QComboBox *m_country;
    QLineEdit *m_vendors;
    QLabel *m_vendorNote;
    QComboBox *m_measure;
    QHash<Scope, QCheckBox *> m_scopes;
    QLineEdit *m_announced;
    QLineEdit *m_effective;
    QLineEdit *m_ended;
    QLineEdit *m_deadline;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QComboBox *m_legalForm;
    QComboBox *m_confidence;
    QCheckBox *m_subsidiaries;
    QTableWidget *m_sources;
    QDialogButtonBox *m_buttons;
    QPushButton *m_attach = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errorLabels;
    QList<FieldError> m_problems;
    QSet<QString> m_touched;  // fields the user has edited or left
    bool m_submitted = false; // OK was pressed: every problem shows
    Decision m_initial;       // to tell whether closing would lose anything
};

} // namespace banatlas
