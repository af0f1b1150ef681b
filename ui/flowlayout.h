#pragma once

#include <QLayout>
#include <QList>

namespace banatlas {

// Lays out its items left to right and wraps to a new row when the width runs out, so
// that a row of controls stays whole on a narrow window or in a longer language. An item
// added with a stretch grows to fill the rest of its row.
class FlowLayout final : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // A widget that takes what is left of its row (at least its minimum).
    void addStretchWidget(QWidget *widget);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem *> m_items;
    QList<bool> m_stretch;
    int m_spacing;
};

} // namespace banatlas
