#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace banatlas {

// Rows for a statement that takes them as one JSON parameter (an array of arrays: each
// row's values in the order of the statement's columns, read on the server with
// jsonb_array_elements), written straight into the text: an import's values are many and
// small, and a QJsonArray of each, serialised, cost more than the server's work on them.
class JsonRows final {
public:
    JsonRows &row();                   // starts the next row
    JsonRows &text(QStringView value); // a string, escaped as JSON needs
    JsonRows &number(qint64 value);
    JsonRows &null();
    bool isEmpty() const { return m_rows == 0; }
    qsizetype rows() const { return m_rows; }
    // The array of the rows so far ("[[…],[…]]"); the rows start again from none.
    QString take();

private:
    void separate();

    QString m_text;
    qsizetype m_rows = 0;
    bool m_rowEmpty = true;
};

} // namespace banatlas
