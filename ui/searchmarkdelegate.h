#pragma once

#include "domain/searchquery.h"

#include <QStyledItemDelegate>

namespace banatlas {

// Draws a cell's text with the words a search matched marked (the colour of
// searchMarkColor), elided at the right as a plain cell is; the rest as the style draws it.
class SearchMarkDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setTerms(const QList<SearchTerm> &terms) { m_terms = terms; }
    const QList<SearchTerm> &terms() const { return m_terms; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QList<SearchTerm> m_terms;
};

} // namespace banatlas
