#include "domain/searchquery.h"

#include <QCoreApplication>

#include <vector>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {
struct SearchText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::SearchQuery)
};
} // namespace

SearchSyntaxError::SearchSyntaxError(int column, QString what)
    : Error(SearchText::tr("search, column %1: %2").arg(column).arg(what))
    , m_column(column)
    , m_what(std::move(what)) {}

struct SearchQuery::Node {
    enum Kind { Phrase, And, Or, Not } kind = Phrase;
    QString text;        // Phrase: the words as typed (quotes removed)
    bool prefix = false; // Phrase: its last word is a beginning
    std::shared_ptr<const Node> left, right;
};

namespace {

using Node = SearchQuery::Node;
using NodePtr = std::shared_ptr<const Node>;

bool isWordCharacter(QChar c) {
    return c.isLetterOrNumber() || c.isMark();
}

// The words of `text` as the index splits them: runs of letters, digits and marks.
template <typename Fn> void forEachWord(QStringView text, Fn &&fn) {
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordCharacter(text[end]))
            ++end;
        fn(i, end - i);
        i = end;
    }
}

bool hasWord(QStringView text) {
    bool any = false;
    forEachWord(text, [&any](qsizetype, qsizetype) { any = true; });
    return any;
}

struct Token {
    enum Kind { Word, Quoted, Open, Close, AndOp, OrOp, NotOp, End } kind = End;
    QString text;
    bool prefix = false;
    int column = 0; // from 1
};

std::vector<Token> tokenize(const QString &input) {
    std::vector<Token> out;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        const QChar c = input[i];
        const int column = int(i) + 1;
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(' || c == u')') {
            out.push_back({c == u'(' ? Token::Open : Token::Close, {}, false, column});
            ++i;
        } else if (c == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            if (close < 0)
                throw SearchSyntaxError(column, SearchText::tr("the quotation mark is never "
                                                               "closed"));
            Token t{Token::Quoted, input.mid(i + 1, close - i - 1), false, column};
            i = close + 1;
            if (i < n && input[i] == u'*') {
                t.prefix = true;
                ++i;
            }
            out.push_back(t);
        } else {
            qsizetype end = i;
            while (end < n && !input[end].isSpace() && input[end] != u'(' && input[end] != u')' &&
                   input[end] != u'"')
                ++end;
            QString word = input.mid(i, end - i);
            i = end;
            if (word == u"AND"_s || word == u"OR"_s || word == u"NOT"_s) {
                out.push_back({word == u"AND"_s  ? Token::AndOp
                               : word == u"OR"_s ? Token::OrOp
                                                 : Token::NotOp,
                               word, false, column});
                continue;
            }
            Token t{Token::Word, word, false, column};
            if (word.endsWith(u'*')) {
                t.prefix = true;
                t.text.chop(1);
            }
            out.push_back(t);
        }
    }
    out.push_back({Token::End, {}, false, int(n) + 1});
    return out;
}

// query := or; or := and (OR and)*; and := not ([AND] not)*; not := primary (NOT primary)*;
// primary := word | "phrase" | ( or ).
class Parser final {
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens)) {}

    NodePtr parseAll() {
        NodePtr root = parseOr();
        const Token &t = peek();
        if (t.kind == Token::Close)
            throw SearchSyntaxError(t.column, SearchText::tr("this parenthesis closes none"));
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_at]; }
    const Token &take() { return m_tokens[m_at++]; }

    static bool startsOperand(const Token &t) {
        return t.kind == Token::Word || t.kind == Token::Quoted || t.kind == Token::Open;
    }

    static NodePtr join(Node::Kind kind, NodePtr left, NodePtr right) {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    NodePtr parseOr() {
        NodePtr left = parseAnd();
        while (peek().kind == Token::OrOp) {
            take();
            left = join(Node::Or, left, parseAnd());
        }
        return left;
    }

    NodePtr parseAnd() {
        NodePtr left = parseNot();
        while (peek().kind == Token::AndOp || startsOperand(peek())) {
            if (peek().kind == Token::AndOp)
                take();
            left = join(Node::And, left, parseNot());
        }
        return left;
    }

    NodePtr parseNot() {
        NodePtr left = parsePrimary();
        while (peek().kind == Token::NotOp) {
            take();
            left = join(Node::Not, left, parsePrimary());
        }
        return left;
    }

    NodePtr parsePrimary() {
        const Token &t = take();
        switch (t.kind) {
        case Token::Word:
        case Token::Quoted: {
            if (!hasWord(t.text)) {
                throw SearchSyntaxError(
                    t.column, t.kind == Token::Quoted
                                  ? SearchText::tr("the quotation marks hold no word to find")
                                  : SearchText::tr("\"%1\" has no letter or digit to find")
                                        .arg(t.text + (t.prefix ? u"*"_s : QString())));
            }
            auto node = std::make_shared<Node>();
            node->text = t.text;
            node->prefix = t.prefix;
            return node;
        }
        case Token::Open: {
            if (peek().kind == Token::Close)
                throw SearchSyntaxError(t.column, SearchText::tr("the parentheses hold nothing"));
            NodePtr inner = parseOr();
            if (peek().kind != Token::Close)
                throw SearchSyntaxError(t.column,
                                        SearchText::tr("this parenthesis is never closed"));
            take();
            return inner;
        }
        case Token::AndOp:
        case Token::OrOp:
        case Token::NotOp:
            throw SearchSyntaxError(t.column, SearchText::tr("%1 needs a word or phrase on "
                                                             "both sides")
                                                  .arg(t.text));
        case Token::Close:
            throw SearchSyntaxError(t.column, SearchText::tr("this parenthesis closes none"));
        case Token::End:
            break;
        }
        const Token &before = m_tokens[m_at >= 2 ? m_at - 2 : 0];
        if (before.kind == Token::AndOp || before.kind == Token::OrOp ||
            before.kind == Token::NotOp)
            throw SearchSyntaxError(before.column, SearchText::tr("%1 needs a word or phrase "
                                                                  "on both sides")
                                                       .arg(before.text));
        throw SearchSyntaxError(t.column, SearchText::tr("a word or phrase is missing here"));
    }

    std::vector<Token> m_tokens;
    std::size_t m_at = 0;
};

QString quoted(const QString &text) {
    QString out = text;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

// Left before right: `syntax.phrase` may number the phrases as it meets them.
QString expressionOf(const Node &n, const SearchQuery::Syntax &syntax) {
    if (n.kind == Node::Phrase)
        return syntax.phrase(n.text, n.prefix);
    const QString left = expressionOf(*n.left, syntax);
    const QString right = expressionOf(*n.right, syntax);
    const QString &op = n.kind == Node::And  ? syntax.andOp
                        : n.kind == Node::Or ? syntax.orOp
                                             : syntax.notOp;
    return u"("_s + left + op + right + u")"_s;
}

void collectTerms(const Node &n, QList<SearchTerm> &out) {
    switch (n.kind) {
    case Node::Phrase: {
        QList<SearchTerm> words;
        forEachWord(n.text, [&](qsizetype start, qsizetype length) {
            words.append({foldForSearch(QStringView(n.text).mid(start, length)), false});
        });
        if (!words.isEmpty())
            words.last().prefix = n.prefix;
        for (const SearchTerm &w : std::as_const(words)) {
            if (!out.contains(w))
                out.append(w);
        }
        return;
    }
    case Node::And:
    case Node::Or:
        collectTerms(*n.left, out);
        collectTerms(*n.right, out);
        return;
    case Node::Not: // what must not be there is not marked
        collectTerms(*n.left, out);
        return;
    }
}

} // namespace

SearchQuery::SearchQuery() = default;
SearchQuery::~SearchQuery() = default;
SearchQuery::SearchQuery(const SearchQuery &other) = default;
SearchQuery &SearchQuery::operator=(const SearchQuery &other) = default;

SearchQuery SearchQuery::parse(const QString &text) {
    SearchQuery q;
    std::vector<Token> tokens = tokenize(text);
    if (tokens.size() == 1) // only the end: blank
        return q;
    q.m_root = Parser(std::move(tokens)).parseAll();
    collectTerms(*q.m_root, q.m_terms);
    return q;
}

QString SearchQuery::expression(const Syntax &syntax) const {
    return m_root ? expressionOf(*m_root, syntax) : QString();
}

QString SearchQuery::ftsExpression() const {
    const Syntax fts5{[](const QString &text, bool prefix) -> QString {
                          return quoted(text) + (prefix ? u" *"_s : QString());
                      },
                      u" AND "_s, u" OR "_s, u" NOT "_s};
    return expression(fts5);
}

QString foldForSearch(QStringView text) {
    bool plain = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString().toLower();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            out.append(c);
    }
    return out.toCaseFolded();
}

QList<TextMatch> searchMatches(QStringView text, const QList<SearchTerm> &terms) {
    QList<TextMatch> out;
    if (terms.isEmpty())
        return out;
    forEachWord(text, [&](qsizetype start, qsizetype length) {
        const QString word = foldForSearch(text.mid(start, length));
        for (const SearchTerm &t : terms) {
            if (t.prefix ? word.startsWith(t.folded) : word == t.folded) {
                out.append({start, length});
                return;
            }
        }
    });
    return out;
}

} // namespace banatlas
