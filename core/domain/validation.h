#pragma once

#include "domain/entities.h"
#include "domain/errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace banatlas {

// The one set of rules a decision, vendor or source must meet before it is stored.
// The store enforces them; the editor shows them beside each field.
class Validator final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Validator)

public:
    explicit Validator(QSet<QString> knownCountries);

    QList<FieldError> check(const Decision &d) const;
    QList<FieldError> check(const Vendor &v) const;
    QList<FieldError> check(const Source &s, const QString &prefix = {}) const;

private:
    QSet<QString> m_countries;
};

// True when an URL may be opened from the app: absolute http or https with a host.
bool isOpenableUrl(const QString &url);

// A name as it is stored and compared: NFC, without default-ignorable code points (zero
// widths, joiners, direction marks, soft hyphens, variation selectors, tags and their
// kin, which would make "Huawei" and "Huawei\u200B" two vendors that look the same), and
// trimmed. Names are matched after this, case-insensitively. The byte-order mark and the
// bidirectional embeddings, overrides and isolates stay, for the validator to refuse.
QString normalizedName(QStringView name);
// The key names are matched by: normalised and fully case-folded (in every script), so
// that "Straße", "STRASSE" and "strasse" are one name. QString::toCaseFolded is the
// simple folding, which keeps "ß" (and "ŉ", "ǰ"...) where upper case writes two letters:
// upper case in between gives the full folding. Stored in the database (schema 5).
// (In ASCII the three are its lower case, made in one pass.)
bool isAscii(QStringView text);
inline QString nameKey(QStringView name) {
    QString normalized = normalizedName(name);
    if (isAscii(normalized))
        return std::move(normalized).toLower();
    return std::move(normalized).toCaseFolded().toUpper().toCaseFolded();
}
bool isDefaultIgnorable(char32_t c);

// Finds existing names within one edit (a letter added, dropped, changed or two swapped)
// of a new one, case-insensitively, in time linear in the names' lengths.
class NearNames final {
public:
    void add(const QString &name);
    // An existing name one edit away from `name` (not `name` itself), or empty.
    QString near(const QString &name) const;

private:
    // Hashes only, each pointing at a name: a million deletions of a hundred thousand
    // names cost a few dozen megabytes, not hundreds. A hit is checked against the name.
    QStringList m_names;                    // as written
    QStringList m_folded;                   // normalised, case-folded
    QMultiHash<size_t, qint32> m_exact;     // hash of folded → name
    QMultiHash<size_t, qint32> m_deletions; // hash of folded minus one letter → name
};

} // namespace banatlas
