#pragma once

#include "report.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace banatlas {

class Document;
class ViewState;

// Chooses what goes into a PDF report: scope, date, comparison, paper and file. The
// vendors are the window's.
class ReportDialog final : public QDialog {
    Q_OBJECT

public:
    ReportDialog(Document *doc, ViewState *state, QWidget *parent = nullptr);

    ReportOptions options() const;
    QString path() const;

    QLineEdit *pathField() const { return m_path; }
    QRadioButton *allScope() const { return m_all; }
    QRadioButton *countryScope() const { return m_country; }
    QRadioButton *groupScope() const { return m_groupScope; }
    QComboBox *groupBox() const { return m_group; }
    QCheckBox *compareBox() const { return m_compare; }
    QDateEdit *compareDate() const { return m_compareDate; }

private:
    void updateOk();

    ViewState *m_state;
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
};

} // namespace banatlas
