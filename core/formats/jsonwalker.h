#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace banatlas {

// A structural error in a JSON text: where (a byte offset) and what.
struct JsonSyntaxError {
    qsizetype offset = 0;
    QString message;
};

// Walks a JSON text without building it: finds where the top-level object's members and
// an array's elements start and end, so that a large file can be read one record at a
// time (each record then parsed on its own). It checks the structure it walks (brackets,
// strings, commas, colons, the nesting depth QJsonDocument allows); the records' insides
// are left to the parser of each record. Throws JsonSyntaxError.
class JsonWalker final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::JsonWalker)

public:
    explicit JsonWalker(const QByteArray &text)
        : m_text(text) {}

    struct Member {
        QString key;
        qsizetype keyOffset = 0; // the key's opening quote
        qsizetype start = 0;     // the value, from its first byte
        qsizetype end = 0;       // to just after its last
    };
    // The members of the top-level object, in file order. False when the text holds a
    // JSON value other than an object (an array, a string…).
    bool topLevel(QList<Member> &members) const;
    // Calls `fn(index, start, end)` for each element of the array at [start, end).
    void forEachElement(qsizetype start, qsizetype end,
                        const std::function<void(int, qsizetype, qsizetype)> &fn) const;

    // The depth of nesting beyond which QJsonDocument refuses a document.
    static constexpr int kMaxDepth = 1025;

private:
    qsizetype ws(qsizetype pos) const;
    qsizetype skipString(qsizetype pos) const;
    qsizetype skipValue(qsizetype pos, int depth) const;
    [[noreturn]] void fail(qsizetype offset, const QString &what) const;

    const QByteArray &m_text;
};

} // namespace banatlas
