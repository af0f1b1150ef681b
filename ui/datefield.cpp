#include "datefield.h"

#include "domain/partialdate.h"

#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace banatlas {

DateField::DateField(QDate date, QWidget *parent)
    : QDateEdit(date, parent)
    , m_entry(new QLineEdit(this)) {
    setCalendarPopup(true);
    setDisplayFormat(dayFormat());
    setMinimumDate(QDate(1990, 1, 1));
    setKeyboardTracking(false);
    setToolTip(tr("Type a date, or 2018 for 1 Jan 2018 and 2018-11 for 1 Nov 2018"));
    m_entry->setObjectName(u"dateEntry"_s);
    m_entry->setFrame(false);
    m_entry->hide();
    m_entry->installEventFilter(this);
}

std::optional<QDate> DateField::parseTyped(const QString &text) const {
    const QString t = text.trimmed();
    QDate date;
    if (const auto d = PartialDate::parse(t); d && !d->isNull())
        date = d->firstDay();
    else
        date = locale().toDate(t, displayFormat());
    if (!date.isValid() || date < minimumDate() || date > maximumDate())
        return std::nullopt;
    return date;
}

QDateTime DateField::dateTimeFromText(const QString &text) const {
    if (const auto d = parseTyped(text))
        return QDateTime(*d, QTime(0, 0));
    return QDateEdit::dateTimeFromText(text);
}

void DateField::keyPressEvent(QKeyEvent *event) {
    const QLineEdit *edit = lineEdit();
    const QString text = event->text();
    const bool fromStart = !text.isEmpty() && text.at(0).isDigit() && edit->hasSelectedText() &&
                           edit->selectionStart() == 0;
    if (!fromStart) {
        QDateEdit::keyPressEvent(event);
        return;
    }
    m_entry->setGeometry(edit->geometry());
    m_entry->setText(text);
    m_entry->show();
    m_entry->setFocus(Qt::OtherFocusReason);
}

void DateField::resizeEvent(QResizeEvent *event) {
    QDateEdit::resizeEvent(event);
    m_entry->setGeometry(lineEdit()->geometry());
}

bool DateField::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_entry && m_entry->isVisible()) {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab ||
                key == Qt::Key_Backtab) {
                finishTyping(true);
                return key == Qt::Key_Return || key == Qt::Key_Enter;
            }
            if (key == Qt::Key_Escape) {
                finishTyping(false);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            finishTyping(true);
        }
    }
    return QDateEdit::eventFilter(watched, event);
}

void DateField::finishTyping(bool take) {
    if (!m_entry->isVisible())
        return;
    const QString typed = m_entry->text();
    m_entry->hide();
    setFocus(Qt::OtherFocusReason);
    if (!take)
        return;
    if (const auto d = parseTyped(typed))
        setDate(*d); // emits dateChanged when it differs
}

} // namespace banatlas
