#pragma once

#include <QWidget>

class QAbstractScrollArea;

namespace banatlas {

// A two-pixel frame in the palette's highlight colour, drawn over a view's edge while the
// view has the keyboard focus: the pane with the focus shows it. (A style sheet's
// "QTableView:focus { border: … }" did this, at the price of Qt's style-sheet style
// polishing every widget under it: a sixth of the window's start.)
class FocusOutline final : public QWidget {
    Q_OBJECT

public:
    // Gives `view` an outline, owned by it.
    static void install(QAbstractScrollArea *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusOutline(QAbstractScrollArea *view);
    void follow();

    QAbstractScrollArea *m_view;
};

} // namespace banatlas
