#include "classlegend.h"

#include "document/models.h"
#include "painting/classcolors.h"
#include "painting/mappainter.h"

#include <QEvent>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace banatlas {

ClassLegend::ClassLegend(QWidget *parent)
    : QWidget(parent) {
    setObjectName(u"classLegend"_s);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    QStringList lines;
    for (StatusClass c : allStatusClasses())
        lines.append(displayName(c) + u": "_s + classMeaning(c));
    lines.append(tr("Hatched: announced, not yet in force."));
    lines.append(tr("Help ▸ How a class is decided explains the rules."));
    setToolTip(plainToolTip(lines.join(u'\n')).replace(u"\n"_s, u"<br>"_s));
}

int ClassLegend::heightForWidth(int width) const {
    if (const auto known = m_heights.constFind(width); known != m_heights.cend())
        return *known;
    QImage probe(1, 1, QImage::Format_ARGB32);
    QPainter p(&probe);
    p.setFont(font());
    const int height =
        static_cast<int>(std::ceil(paintLegend(p, QRectF(0, 0, width - 8, 1e6)))) + 8;
    m_heights.insert(width, height);
    return height;
}

void ClassLegend::changeEvent(QEvent *event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
    case QEvent::StyleChange:
        m_heights.clear();
        updateGeometry();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

QSize ClassLegend::sizeHint() const {
    return {400, heightForWidth(400)};
}

QSize ClassLegend::minimumSizeHint() const {
    return {160, heightForWidth(160)};
}

void ClassLegend::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintLegend(p, QRectF(4, 4, width() - 8, height() - 8));
}

QString classRulesHtml() {
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(
        ClassLegend::tr("How a class is decided"),
        ClassLegend::tr(
            "Every colour on the map, every badge and every bar of the timeline comes from the "
            "same rules, applied to the decisions recorded for a government and the vendors "
            "chosen, on the as-of date. Hover over a government or a badge to see the "
            "decisions that decide it."));
    html += u"<table cellspacing=\"4\">"_s;
    for (StatusClass c : allStatusClasses()) {
        html += u"<tr><td bgcolor=\"%1\" width=\"28\">&nbsp;</td><td><b>%2</b></td>"
                "<td>%3</td></tr>"_s.arg(classColor(c).name(), displayName(c).toHtmlEscaped(),
                                         classMeaning(c).toHtmlEscaped());
    }
    html += u"</table>"_s;
    const QStringList rules{
        ClassLegend::tr(
            "Only the decisions announced on or before the as-of date count. A date known only "
            "to the month or the year counts from its first day."),
        ClassLegend::tr(
            "A ban, a restriction or a government ban stays in force until its own end date, or "
            "until a later decision allows the vendor or reverses the measure and has taken "
            "effect. A reversal that ends (a court's suspension, say) lifts the measure only "
            "while it lasts: afterwards the measure applies again."),
        ClassLegend::tr(
            "Between its announcement and its effective date a binding measure is pending: "
            "hatched on the map, marked \"pending\" in lists."),
        ClassLegend::tr(
            "A warning, a review under way, an allowance or a reversal lasts until the next "
            "decision about the vendor, or its own end date."),
        ClassLegend::tr(
            "The class is that of the most severe measure in force: Banned, then Restricted, "
            "Government ban, Warning / under review, Allowed."),
        ClassLegend::tr(
            "No measure in force means decisions exist but all have ended or were lifted. No "
            "data means no decision is recorded at all: it is not the same as Allowed."),
        ClassLegend::tr(
            "For several vendors at once the strictest class among them counts. A decision "
            "about a parent company covers its subsidiaries when the decision says so."),
        ClassLegend::tr(
            "On the timeline, a vendor's lane shows its strictest class among the governments "
            "shown.")};
    html += u"<ol>"_s;
    for (const QString &rule : rules)
        html += u"<li>%1</li>"_s.arg(rule.toHtmlEscaped());
    html += u"</ol>"_s;
    return html;
}

} // namespace banatlas
