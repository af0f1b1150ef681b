#pragma once

#include <optional>

#include "painting/report.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace banatlas {

class Document;
class Settings;
class ViewState;

// Chooses what goes into a PDF report: scope, date, comparison, paper and file. The
// vendors are the window's. The file goes by default into the user's documents folder
// (created if need be), or the folder used last. Export runs the writer while the dialog
// is open: if it fails, the dialog stays, with the error and every setting as it was.
class ReportDialog final : public QDialog {
    Q_OBJECT

public:
    // The folder used last is a setting.
    ReportDialog(Document *doc, ViewState *state, Settings &settings, QWidget *parent = nullptr);

    ReportOptions options() const;
    QString path() const;

    // Writes the report; returns an error message, empty on success.
    using Writer = std::function<QString(const QString &path, const ReportOptions &options)>;
    void setWriter(Writer writer) { m_writer = std::move(writer); }
    void accept() override;
    QLabel *errorLabel() const { return m_error; }
    // A folder that exists for the default file: the one used last, else the documents
    // folder (made if missing), else the home folder.
    QString defaultFolder() const;

    // A report on these decisions only (the Decisions tab's list), chosen as `selection`
    // says: the governments are theirs, so the choice of governments goes.
    void setChosenDecisions(const QList<qint64> &ids, const QString &selection);

    QLineEdit *pathField() const { return m_path; }
    QRadioButton *allScope() const { return m_all; }
    QRadioButton *countryScope() const { return m_country; }
    QRadioButton *groupScope() const { return m_groupScope; }
    QComboBox *groupBox() const { return m_group; }
    QCheckBox *compareBox() const { return m_compare; }
    QDateEdit *compareDate() const { return m_compareDate; }

private:
    // The constructor's parts: the form with its rows, and what its controls do.
    void layOut();
    void connectControls(QPushButton *browse, QDialogButtonBox *buttons);

    ViewState *m_state;
    Settings &m_settings;
    QRadioButton *m_all;
    QRadioButton *m_country;
    QRadioButton *m_groupScope;
    QComboBox *m_group;
    QDateEdit *m_asOf;
    QCheckBox *m_compare;
    QDateEdit *m_compareDate;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QLineEdit *m_path;
    QLabel *m_error;
    std::optional<QList<qint64>> m_chosen;
    QString m_selection;
    Writer m_writer;
};

} // namespace banatlas
