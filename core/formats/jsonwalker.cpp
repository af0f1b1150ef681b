#include "formats/jsonwalker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

using namespace Qt::StringLiterals;

namespace banatlas {

void JsonWalker::fail(qsizetype offset, const QString &what) const {
    throw JsonSyntaxError{offset, what};
}

qsizetype JsonWalker::ws(qsizetype pos) const {
    while (pos < m_text.size() && (m_text[pos] == ' ' || m_text[pos] == '\n' ||
                                   m_text[pos] == '\r' || m_text[pos] == '\t'))
        ++pos;
    return pos;
}

qsizetype JsonWalker::skipString(qsizetype pos) const {
    // At the opening quote; returns the position after the closing one.
    for (++pos; pos < m_text.size(); ++pos) {
        if (m_text[pos] == '\\')
            ++pos;
        else if (m_text[pos] == '"')
            return pos + 1;
    }
    fail(m_text.size(), tr("unterminated string"));
}

qsizetype JsonWalker::skipValue(qsizetype pos, int depth) const {
    pos = ws(pos);
    if (pos >= m_text.size())
        fail(pos, tr("unexpected end of the text"));
    const char c = m_text[pos];
    if (c == '"')
        return skipString(pos);
    if (c == '{' || c == '[') {
        if (depth + 1 > kMaxDepth)
            fail(pos, tr("too deeply nested"));
        // Brackets and strings only: the record's own parser checks the rest.
        std::vector<char> open{c == '{' ? '}' : ']'};
        for (++pos; pos < m_text.size();) {
            const char d = m_text[pos];
            if (d == '"') {
                pos = skipString(pos);
                continue;
            }
            if (d == '{' || d == '[') {
                if (depth + 1 + static_cast<int>(open.size()) > kMaxDepth)
                    fail(pos, tr("too deeply nested"));
                open.push_back(d == '{' ? '}' : ']');
            } else if (d == '}' || d == ']') {
                if (d != open.back())
                    fail(pos, tr("a bracket does not match"));
                open.pop_back();
                if (open.empty())
                    return pos + 1;
            }
            ++pos;
        }
        fail(m_text.size(), c == '{' ? tr("unterminated object") : tr("unterminated array"));
    }
    // A number, true, false or null: up to the next delimiter.
    const qsizetype from = pos;
    while (pos < m_text.size() && !QByteArrayView(",:]} \n\r\t{[\"").contains(m_text[pos]))
        ++pos;
    if (pos == from)
        fail(pos, tr("expected a value"));
    return pos;
}

bool JsonWalker::topLevel(QList<Member> &members) const {
    qsizetype pos = ws(0);
    if (pos >= m_text.size())
        fail(pos, tr("the text is empty"));
    if (m_text[pos] != '{') {
        const qsizetype end = ws(skipValue(pos, 0));
        if (end < m_text.size())
            fail(end, tr("garbage after the document"));
        return false;
    }
    pos = ws(pos + 1);
    if (pos < m_text.size() && m_text[pos] == '}') {
        pos = ws(pos + 1);
    } else {
        for (;;) {
            if (pos >= m_text.size())
                fail(pos, tr("unterminated object"));
            if (m_text[pos] != '"')
                fail(pos, tr("expected a member name in quotes"));
            Member m;
            m.keyOffset = pos;
            const qsizetype keyEnd = skipString(pos);
            // The key as JSON decodes it (escapes and all).
            const QJsonDocument key =
                QJsonDocument::fromJson("[" + m_text.mid(pos, keyEnd - pos) + "]");
            m.key = key.isArray() ? key.array().at(0).toString() : QString();
            pos = ws(keyEnd);
            if (pos >= m_text.size() || m_text[pos] != ':')
                fail(pos, tr("expected a colon after the member name"));
            m.start = ws(pos + 1);
            m.end = skipValue(m.start, 1);
            members.append(m);
            pos = ws(m.end);
            if (pos < m_text.size() && m_text[pos] == ',') {
                pos = ws(pos + 1);
                continue;
            }
            if (pos < m_text.size() && m_text[pos] == '}') {
                pos = ws(pos + 1);
                break;
            }
            fail(pos, pos >= m_text.size() ? tr("unterminated object")
                                           : tr("expected a comma or the end of the object"));
        }
    }
    if (pos < m_text.size())
        fail(pos, tr("garbage after the document"));
    return true;
}

void JsonWalker::forEachElement(qsizetype start, qsizetype end,
                                const std::function<void(int, qsizetype, qsizetype)> &fn) const {
    qsizetype pos = ws(start + 1); // after '['
    if (pos < end && m_text[pos] == ']')
        return;
    for (int index = 0;; ++index) {
        const qsizetype from = ws(pos);
        const qsizetype to = skipValue(from, 2);
        fn(index, from, to);
        pos = ws(to);
        if (pos < end && m_text[pos] == ',') {
            pos = pos + 1;
            continue;
        }
        if (pos < end && m_text[pos] == ']')
            return;
        fail(pos, tr("expected a comma or the end of the array"));
    }
}

} // namespace banatlas
