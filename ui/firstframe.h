#pragma once

#include <QObject>

class QWidget;

namespace banatlas {

// For benchmarks (BANATLAS_EXIT_WHEN_SHOWN=1): once the first paint pass of `window` is
// over, prints "first-frame-ns N" on standard output, N being CLOCK_MONOTONIC in
// nanoseconds (the clock a parent's std::chrono::steady_clock reads, so that it can tell
// the time from its fork to the first frame), and quits: right after the pass has painted
// and flushed the window (a posted event of high priority). Install it on the application.
class FirstFrameProbe final : public QObject {
public:
    explicit FirstFrameProbe(QWidget *window);
    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    bool event(QEvent *event) override;

private:
    QWidget *m_window;
    bool m_done = false;
};

// Installs a FirstFrameProbe on `window` when BANATLAS_EXIT_WHEN_SHOWN=1.
void probeFirstFrameIfAsked(QWidget *window);

} // namespace banatlas
