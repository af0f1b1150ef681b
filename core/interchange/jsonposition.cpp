#include "interchange/jsonposition.h"

#include "formats/csv.h"

namespace banatlas {
namespace {

// A forgiving reader of JSON text, only as exact as finding a value's place needs.
struct JsonScanner {
    const QByteArray &text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }

    void ws() {
        while (pos < text.size() &&
               (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t'))
            ++pos;
    }
    QString string() {
        QByteArray out;
        ++pos; // opening quote
        while (pos < text.size() && text[pos] != '"') {
            if (text[pos] == '\\' && pos + 1 < text.size()) {
                out.append(text[pos + 1]);
                pos += 2;
            } else {
                out.append(text[pos++]);
            }
        }
        ++pos; // closing quote
        return QString::fromUtf8(out);
    }
    // After a member or an element: its comma, if any. Always forward, never a loop on
    // something that is not JSON ("!", ",,"), whatever was read since `before`.
    void nextItem(qsizetype before) {
        ws();
        if (pos < text.size() && text[pos] == ',')
            ++pos;
        ws();
        if (pos == before)
            ++pos;
    }
    // Reads an object member's key and its colon.
    QString key() {
        const QString k = string();
        ws();
        ++pos; // colon
        return k;
    }
    void skipContainer(char open) {
        const char close = open == '{' ? '}' : ']';
        ++pos;
        ws();
        while (pos < text.size() && text[pos] != close) {
            const qsizetype before = pos;
            if (open == '{')
                key();
            skip();
            nextItem(before);
        }
        ++pos;
    }
    void skip() {
        ws();
        if (atEnd())
            return;
        const char c = text[pos];
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            skipContainer(c);
        } else {
            while (pos < text.size() && !QByteArrayView(",}] \n\r\t").contains(text[pos]))
                ++pos;
        }
    }
    // Moves into the container at pos to its member or element `want`; false, and back
    // where it was, when there is none.
    bool enter(const QString &want) {
        const char open = text[pos];
        const char close = open == '{' ? '}' : ']';
        const qsizetype start = pos;
        ++pos;
        ws();
        for (int index = 0; pos < text.size() && text[pos] != close; ++index) {
            const qsizetype before = pos;
            const bool match = open == '{' ? key() == want : QString::number(index) == want;
            ws();
            if (match)
                return true;
            skip();
            nextItem(before);
        }
        pos = start;
        return false;
    }
    // Moves to the value at `path`; stops at the deepest part that exists.
    void find(QStringList path) {
        ws();
        while (!path.isEmpty() && !atEnd()) {
            const char c = text[pos];
            if ((c != '{' && c != '[') || !enter(path.takeFirst()))
                return;
        }
    }
};

} // namespace

std::pair<int, int> jsonPosition(const QByteArray &json, const QStringList &path) {
    JsonScanner scanner{json};
    scanner.find(path);
    return lineColumnAt(json, scanner.pos);
}

} // namespace banatlas
