#include "storage/jsonrows.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace banatlas {

JsonRows &JsonRows::row() {
    m_text += m_rows == 0 ? u"[["_s : u"],["_s;
    ++m_rows;
    m_rowEmpty = true;
    return *this;
}

void JsonRows::separate() {
    Q_ASSERT(m_rows > 0);
    if (!m_rowEmpty)
        m_text += u',';
    m_rowEmpty = false;
}

JsonRows &JsonRows::text(QStringView value) {
    separate();
    m_text += u'"';
    qsizetype plain = 0; // the start of what needs no escape
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c != u'"' && c != u'\\' && c >= 0x20)
            continue;
        m_text += value.mid(plain, i - plain);
        if (c == u'"' || c == u'\\') {
            m_text += u'\\';
            m_text += QChar(c);
        } else {
            m_text += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0'));
        }
        plain = i + 1;
    }
    m_text += value.mid(plain);
    m_text += u'"';
    return *this;
}

JsonRows &JsonRows::number(qint64 value) {
    separate();
    m_text += QString::number(value);
    return *this;
}

JsonRows &JsonRows::null() {
    separate();
    m_text += u"null"_s;
    return *this;
}

QString JsonRows::take() {
    if (m_rows == 0)
        return u"[]"_s;
    m_text += u"]]"_s;
    m_rows = 0;
    m_rowEmpty = true;
    return std::exchange(m_text, QString());
}

} // namespace banatlas
