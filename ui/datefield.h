#pragma once

#include <QDateEdit>

class QLineEdit;

namespace banatlas {

// A date field that also takes a date typed as in the data files: "2018" means 1 Jan
// 2018, "2018-11" means 1 Nov 2018, "2018-11-28" that day (the first day of the period,
// as the status rules count it), and the date in the interface's own format. Typing a
// digit while the whole field or its first part is selected (as after Tab or Ctrl+A)
// starts a free entry over the field; Enter or leaving it takes the date, Escape keeps the
// old one, and an entry that is no date is refused with the old date back. Arrow keys,
// sections and the calendar work as in any date field.
class DateField final : public QDateEdit {
    Q_OBJECT

public:
    explicit DateField(QDate date, QWidget *parent = nullptr);

    // The date that `text` stands for, if any.
    std::optional<QDate> parseTyped(const QString &text) const;

protected:
    QDateTime dateTimeFromText(const QString &text) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finishTyping(bool take);

    QLineEdit *m_entry; // the free entry, shown over the field while typing
};

} // namespace banatlas
