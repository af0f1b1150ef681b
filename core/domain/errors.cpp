#include "domain/errors.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {
QString joinFieldErrors(const QList<FieldError> &errors) {
    QStringList parts;
    for (const FieldError &e : errors)
        parts.append(e.field + u": "_s + e.message);
    return parts.join(u"; "_s);
}
} // namespace

ValidationError::ValidationError(QList<FieldError> errors)
    : Error(joinFieldErrors(errors))
    , m_errors(std::move(errors)) {}

ImportError::ImportError(QString file, int line, int column, QString what)
    : Error(u"%1:%2:%3: %4"_s.arg(file).arg(line).arg(column).arg(what))
    , m_file(std::move(file))
    , m_line(line)
    , m_column(column)
    , m_what(std::move(what)) {}

} // namespace banatlas
