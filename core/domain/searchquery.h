#pragma once

#include "domain/errors.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace banatlas {

// What an analyst types to search decisions, and what it means:
//   drone             a word, in any form of case and accents ("Türkiye" finds "turkiye")
//   drone*            words that begin so
//   "federal register"  the words in this order, next to each other ("…"* : the last one
//                     begins so)
//   huawei zte        both (AND may be written); huawei OR zte: either;
//   huawei NOT zte    the first without the second; ( ) group. NOT binds before AND,
//                     AND before OR (as in SQLite's FTS5, which runs the search).
// A word is split into words where it has punctuation: "5G-core" is the phrase "5g core",
// "federalregister.gov" is "federalregister gov". The operators are upper case; "or" is a
// word. The text never reaches FTS5 as typed: parse() rebuilds it, every word quoted.
class SearchSyntaxError : public Error {
public:
    SearchSyntaxError(int column, QString what);
    int column() const { return m_column; } // from 1, in characters
    const QString &reason() const { return m_what; }

private:
    int m_column;
    QString m_what;
};

// One word to mark in a text that matched: folded (foldForSearch), whole or a beginning.
struct SearchTerm {
    QString folded;
    bool prefix = false;
    bool operator==(const SearchTerm &) const = default;
};

// A stretch of a text (in QString units) that a search matched.
struct TextMatch {
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextMatch &) const = default;
};

class SearchQuery final {
public:
    SearchQuery();
    ~SearchQuery();
    SearchQuery(const SearchQuery &other);
    SearchQuery &operator=(const SearchQuery &other);

    // Throws SearchSyntaxError naming the column. Blank text gives an empty query.
    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return !m_root; }
    // The query in FTS5's syntax, every word a quoted string (empty for an empty query).
    QString ftsExpression() const;
    // The query in another syntax: each phrase as `phrase` writes it (its text as typed,
    // and whether its last word is a beginning), in the order they were typed, joined by
    // the operators: "a AND b" is "(" + a + andOp + b + ")".
    struct Syntax {
        std::function<QString(const QString &text, bool prefix)> phrase;
        QString andOp;
        QString orOp;
        QString notOp; // "a NOT b": a without b
    };
    QString expression(const Syntax &syntax) const;
    // The words a match contains (those not under NOT), to mark them in what is shown.
    const QList<SearchTerm> &terms() const { return m_terms; }

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QList<SearchTerm> m_terms;
};

// Lower case (full folding) without diacritics: how the index compares words.
QString foldForSearch(QStringView text);
// The words of `text` that any of `terms` matches, in order.
QList<TextMatch> searchMatches(QStringView text, const QList<SearchTerm> &terms);

} // namespace banatlas
