#pragma once

// The programs the tests run: the real banatlas binary (BANATLAS_BINARY, defined by the
// test targets that depend on it) with no display at all, as a user's shell would; and
// pdftotext, to read a report back (poppler-utils, installed by install-deps.sh: a test
// fails, never skips, without it).

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace banatlas::testing {

#ifdef BANATLAS_BINARY
struct Run {
    int code = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

// `extra` adds to (or replaces in) the environment, e.g. the language.
inline Run runBanatlas(const QStringList &args, const QHash<QString, QString> &extra = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BANATLAS_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
#endif

// Whether pdftotext is there; a test checks this first (QVERIFY2) rather than skip.
inline bool hasPdfToText() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// The text of a PDF (one page if `page` > 0), laid out as printed; empty on failure.
inline QString pdfText(const QString &path, int page = 0) {
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace banatlas::testing
