// The suite's own rule: a Qt warning fails the test that caused it (helpers/testsetup.h),
// except the two notes that are not faults. Checked by running a test of this file in a
// child process, where it must fail.

#include "helpers/testsetup.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

class TestTestSetup : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void onlyTheTwoNotesPass_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("fails");
        QTest::newRow("ambiguous shortcut")
            << u"QAction::event: Ambiguous shortcut overload: Ctrl+Shift+Z"_s << true;
        QTest::newRow("painter") << u"QPainter::begin: Paint device returned engine == 0"_s << true;
        QTest::newRow("connect") << u"QObject::connect: No such signal Foo::bar()"_s << true;
        QTest::newRow("plugin") << u"QSqlDatabase: QSQLITE driver not loaded"_s << true;
        QTest::newRow("a note quoted inside another warning")
            << u"Error: This plugin does not support propagateSizeHints() any more"_s << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("font fallback")
            << u"  OpenType support missing for \"DejaVu Sans\", script 11"_s << false;
        QTest::newRow("offscreen window manager")
            << u"This plugin does not support propagateSizeHints()"_s << false;
        QTest::newRow("offscreen raise") << u"This plugin does not support raise()"_s << false;
        QTest::newRow("offscreen grab")
            << u"This plugin does not support grabbing the keyboard"_s << false;
        QTest::newRow("another unsupported thing")
            << u"This plugin does not support setting the window opacity"_s << true;
    }
    void onlyTheTwoNotesPass() {
        QFETCH(QString, message);
        QFETCH(bool, fails);
        QCOMPARE(testing::warningsThatFail().match(message).hasMatch(), fails);
    }

    // Runs itself with a warning on: the child must fail and say why.
    void aWarningFailsTheTest() {
        if (qEnvironmentVariableIsSet("BANATLAS_EMIT_WARNING")) {
            qWarning("QAction::event: Ambiguous shortcut overload: Ctrl+Shift+Z");
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BANATLAS_EMIT_WARNING"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"aWarningFailsTheTest"_s});
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(out.contains(u"Received a warning that resulted in a failure"_s), qPrintable(out));
        QVERIFY(out.contains(u"Ambiguous shortcut overload"_s));
    }

    // An expected warning, said so, passes: QTest::ignoreMessage comes first.
    void anExpectedWarningPasses() {
        QTest::ignoreMessage(QtWarningMsg, "an expected warning");
        qWarning("an expected warning");
    }
};

QTEST_GUILESS_MAIN(TestTestSetup)
#include "tst_testsetup.moc"
