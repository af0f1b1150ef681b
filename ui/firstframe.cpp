#include "firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace banatlas {

FirstFrameProbe::FirstFrameProbe(QWidget *window)
    : QObject(window)
    , m_window(window) {}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event) {
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (!m_done && event->type() == QEvent::Paint && widget && widget->window() == m_window) {
        m_done = true;
        // Ahead of anything else queued: it comes right after this paint pass is over.
        QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
    }
    return false;
}

bool FirstFrameProbe::event(QEvent *event) {
    if (event->type() != QEvent::User)
        return QObject::event(event);
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf(
        "first-frame-ns %lld\n",
        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
    std::fflush(stdout);
    QCoreApplication::quit();
    return true;
}

void probeFirstFrameIfAsked(QWidget *window) {
    if (qEnvironmentVariableIntValue("BANATLAS_EXIT_WHEN_SHOWN") == 1)
        qApp->installEventFilter(new FirstFrameProbe(window));
}

} // namespace banatlas
