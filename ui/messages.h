#pragma once

#include <QString>

class QWidget;

namespace banatlas {

// Message boxes whose text is never interpreted as markup: it may quote user data.
void showWarning(QWidget *parent, const QString &title, const QString &text);
bool confirm(QWidget *parent, const QString &title, const QString &text);

} // namespace banatlas
