#pragma once

// What every test does before each test function.

#include <QRegularExpression>
#include <QTest>

namespace banatlas::testing {

// Turns every Qt warning into a test failure for the current test function (Qt Test
// clears the setting after each one, so every test class calls this from init(); CMake
// refuses a test source that does not). A test that expects a warning says so with
// QTest::ignoreMessage, which takes precedence. Without this, "Ambiguous shortcut
// overload", a failed QPainter, a missing plugin or a bad connect() pass a green suite.
//
// Two notes that are not faults are let through, and only these:
// - "OpenType support missing for <font>, script N": Qt tries the chosen font for a script
//   it lacks (Devanagari in a Hindi source title) before it falls back to one that has it.
//   Whether a fallback exists is tested itself (tst_dataset: every script has a font).
// - "This plugin does not support propagateSizeHints()" (or raise(), or grabbing the
//   keyboard or mouse): the offscreen platform has no window manager to ask; the same
//   tests on xcb (the _gnome runs) do these for real.
inline QRegularExpression warningsThatFail() {
    return QRegularExpression(
        QStringLiteral("^(?!\\s*OpenType support missing for \"[^\"]*\", script \\d+$"
                       "|This plugin does not support "
                       "(propagateSizeHints\\(\\)|raise\\(\\)|grabbing the (keyboard|mouse))$)"));
}

inline void failOnQtWarnings() {
    QTest::failOnWarning(warningsThatFail());
}

// While it lives, warnings matching `pattern` are dropped, where a test provokes something
// Qt itself complains about on stderr in any case (a server that went away: Qt's
// PostgreSQL driver cannot free its statements on the dead connection). Any other warning
// still fails the test. The number of such warnings depends on Qt's insides, so
// QTest::ignoreMessage (an exact count) does not fit.
class DroppedWarnings final {
public:
    explicit DroppedWarnings(const QRegularExpression &pattern) {
        s_pattern = pattern;
        s_previous = qInstallMessageHandler(&handle);
    }
    ~DroppedWarnings() { qInstallMessageHandler(s_previous); }
    DroppedWarnings(const DroppedWarnings &) = delete;
    DroppedWarnings &operator=(const DroppedWarnings &) = delete;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text) {
        if (type == QtWarningMsg && s_pattern.match(text).hasMatch())
            return;
        s_previous(type, context, text);
    }
    static inline QRegularExpression s_pattern;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace banatlas::testing
