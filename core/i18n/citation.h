#pragma once

#include "domain/entities.h"

namespace banatlas {

// One part of a source's citation: plain text for people (never markup; a caller writing
// HTML escapes it).
struct CitationPart {
    enum Kind {
        Title,     // the title, as entered
        Publisher, // the publisher, as entered
        Published, // the date of publication ("29 Nov 2026")
        Url,       // the address, as entered
        Accessed,  // "Accessed 29 Nov 2026"
        LocalCopy, // "Local copy <file>, SHA-256 <digest>": the digest lets a reader check it
    };
    Kind kind;
    QString text;
};

// The parts of the citation of `s` in the order they are cited, leaving out the fields
// that are empty. The report prints them all (citationText); the country profile writes
// them as rich text, with links.
QList<CitationPart> citationParts(const Source &s);
// The parts as one line of plain text, joined by ". ".
QString citationText(const Source &s);

} // namespace banatlas
