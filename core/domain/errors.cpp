#include "domain/errors.h"

#include <QCoreApplication>
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
struct ConflictText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::ConflictError)
};

QString conflictMessage(const std::optional<Decision> &theirs, const Decision &yours,
                        const QString &by) {
    const QString who = by.isEmpty() ? ConflictText::tr("another user") : by;
    if (!theirs) {
        return ConflictText::tr(
                   "decision %1 was deleted by %2 since you began; nothing was written")
            .arg(yours.id)
            .arg(who);
    }
    return ConflictText::tr(
               "decision %1 was changed by %2 since you began (it is at version %3, yours "
               "began from %4); nothing was written")
        .arg(yours.id)
        .arg(who)
        .arg(theirs->version)
        .arg(yours.version);
}
} // namespace

ConflictError::ConflictError(std::optional<Decision> theirs, Decision yours, QString by)
    : Error(conflictMessage(theirs, yours, by))
    , m_theirs(std::move(theirs))
    , m_yours(std::move(yours))
    , m_by(std::move(by)) {}

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
