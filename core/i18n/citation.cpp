#include "i18n/citation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace banatlas {

QList<CitationPart> citationParts(const Source &s) {
    QList<CitationPart> parts;
    auto add = [&parts](CitationPart::Kind kind, const QString &text) {
        if (!text.isEmpty())
            parts.append({kind, text});
    };
    add(CitationPart::Title, s.title);
    add(CitationPart::Publisher, s.publisher);
    add(CitationPart::Published, s.published.toDisplayString());
    add(CitationPart::Url, s.url);
    if (!s.accessed.isNull()) {
        add(CitationPart::Accessed, QCoreApplication::translate("banatlas::Citation", "Accessed %1")
                                        .arg(s.accessed.toDisplayString()));
    }
    if (!s.localCopy.isEmpty()) {
        add(CitationPart::LocalCopy,
            QCoreApplication::translate("banatlas::Citation", "Local copy %1, SHA-256 %2")
                .arg(s.localCopy, s.sha256));
    }
    return parts;
}

QString citationText(const Source &s) {
    QStringList texts;
    for (const CitationPart &part : citationParts(s))
        texts.append(part.text);
    return texts.join(u". "_s);
}

} // namespace banatlas
