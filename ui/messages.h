#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace banatlas {

// Message boxes whose text is never interpreted as markup: it may quote user data.
void showWarning(QWidget *parent, const QString &title, const QString &text);
bool confirm(QWidget *parent, const QString &title, const QString &text);

// A dialog's error, shown under what it is about: plain text (it may quote user data),
// wrapped, in the error colour, named `objectName`, hidden until it has something to say.
QLabel *newErrorLabel(const QString &objectName, QWidget *parent);

} // namespace banatlas
