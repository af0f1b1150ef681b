#pragma once

#include <QHash>
#include <QWidget>

namespace banatlas {

// A compact legend of the map classes (the same painting as the map's legend), wrapped
// to the width it is given; the tooltip says what each class means.
class ClassLegend final : public QWidget {
    Q_OBJECT

public:
    explicit ClassLegend(QWidget *parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Layouts ask for the same widths again and again; each answer lays the legend out.
    mutable QHash<int, int> m_heights; // width → height, until the font or language change
};

// Help ▸ How a class is decided: the status rules of DOMAIN.md in plain words.
QString classRulesHtml();

} // namespace banatlas
