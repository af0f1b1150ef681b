#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

#include <exception>

namespace banatlas {

// Base of every failure the core reports; the UI and CLI decide how to show it.
class Error : public std::exception {
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8()) {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// The database could not be opened, migrated, read or written.
class StoreError : public Error {
public:
    using Error::Error;
};

// A server asked for a password, was given one, and the connection with it failed (most
// often: the password is wrong; the message is libpq's, which says).
class PasswordError : public StoreError {
public:
    using StoreError::StoreError;
};

// The file or its folder cannot be written: it can only be opened read-only.
class ReadOnlyError : public StoreError {
public:
    using StoreError::StoreError;
};

// Another BanAtlas has the file open for writing.
class LockedError : public StoreError {
public:
    using StoreError::StoreError;
};

struct FieldError {
    QString field; // the interchange name: "announced", "title", "sources[0].url"
    QString message;
    bool operator==(const FieldError &) const = default;
};

// A value failed validation; says which fields and why.
class ValidationError : public Error {
public:
    explicit ValidationError(QList<FieldError> errors);
    const QList<FieldError> &errors() const { return m_errors; }

private:
    QList<FieldError> m_errors;
};

// A change began from a version of a decision that is no longer the stored one: another
// user (another connection) changed or deleted it meanwhile. Nothing was written.
class ConflictError : public Error {
public:
    // `theirs`: the decision as it is stored now (none: it was deleted); `yours`: what
    // was to be written, its version the one it began from; `by`: who changed it last
    // ("user@host", from the audit log; empty when not known).
    ConflictError(std::optional<Decision> theirs, Decision yours, QString by);
    const std::optional<Decision> &theirs() const { return m_theirs; }
    const Decision &yours() const { return m_yours; }
    const QString &by() const { return m_by; }

private:
    std::optional<Decision> m_theirs;
    Decision m_yours;
    QString m_by;
};

// An import file was rejected; nothing was written.
class ImportError : public Error {
public:
    ImportError(QString file, int line, int column, QString what);
    const QString &file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    const QString &reason() const { return m_what; }

private:
    QString m_file;
    int m_line;
    int m_column;
    QString m_what;
};

// The user cancelled a long task (an import) before it finished; nothing was written.
class CancelledError : public Error {
public:
    using Error::Error;
};

} // namespace banatlas
