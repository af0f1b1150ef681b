#include "focusoutline.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>

namespace banatlas {

namespace {
constexpr int kWidth = 2;
} // namespace

void FocusOutline::install(QAbstractScrollArea *view) {
    if (!view->findChild<FocusOutline *>(QString(), Qt::FindDirectChildrenOnly))
        new FocusOutline(view);
}

FocusOutline::FocusOutline(QAbstractScrollArea *view)
    : QWidget(view)
    , m_view(view) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    view->installEventFilter(this);
    follow();
}

bool FocusOutline::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::Resize:
        case QEvent::ChildAdded: // a scroll bar or corner widget put above the outline
            follow();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Covers the view and shows while it has the focus, above its viewport and scroll bars.
void FocusOutline::follow() {
    setGeometry(m_view->rect());
    const bool focused = m_view->hasFocus();
    if (focused)
        raise();
    setVisible(focused);
}

void FocusOutline::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QRect r = rect();
    const QColor colour = palette().color(QPalette::Highlight);
    p.fillRect(QRect(r.left(), r.top(), r.width(), kWidth), colour);
    p.fillRect(QRect(r.left(), r.bottom() - kWidth + 1, r.width(), kWidth), colour);
    p.fillRect(QRect(r.left(), r.top(), kWidth, r.height()), colour);
    p.fillRect(QRect(r.right() - kWidth + 1, r.top(), kWidth, r.height()), colour);
}

} // namespace banatlas
