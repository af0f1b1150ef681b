#include "painting/classcolors.h"

#include "helpers/mapsamples.h"
#include "helpers/testsetup.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace banatlas;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
const std::array<std::pair<const char *, Matrix>, 4> kVisions{{
    {"normal", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {"protanopia",
     {{{0.152286, 1.052583, -0.204868},
       {0.114503, 0.786281, 0.099216},
       {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia",
     {{{0.367322, 0.860646, -0.227968},
       {0.280085, 0.672501, 0.047413},
       {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia",
     {{{1.255528, -0.076749, -0.178779},
       {-0.078411, 0.930809, 0.147602},
       {0.004733, 0.691367, 0.303900}}}},
}};

double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

struct Lab {
    double l, a, b;
};

// The colour as seen with a vision, in CIELAB (D65).
Lab seen(const QColor &color, const Matrix &m) {
    const std::array<double, 3> in{linear(color.redF()), linear(color.greenF()),
                                   linear(color.blueF())};
    std::array<double, 3> rgb{};
    for (int i = 0; i < 3; ++i)
        rgb[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double radians(double d) {
    return d * M_PI / 180;
}

// CIEDE2000 colour difference.
double deltaE2000(const Lab &p, const Lab &q) {
    const double c1 = std::hypot(p.a, p.b), c2 = std::hypot(q.a, q.b);
    const double cb7 = std::pow((c1 + c2) / 2, 7);
    const double g = 0.5 * (1 - std::sqrt(cb7 / (cb7 + std::pow(25, 7))));
    const double a1 = (1 + g) * p.a, a2 = (1 + g) * q.a;
    const double c1p = std::hypot(a1, p.b), c2p = std::hypot(a2, q.b);
    auto hue = [](double b, double a) {
        const double h = std::atan2(b, a) * 180 / M_PI;
        return h < 0 ? h + 360 : h;
    };
    const double h1 = hue(p.b, a1), h2 = hue(q.b, a2);
    double dh = c1p * c2p == 0 ? 0 : h2 - h1;
    if (dh > 180)
        dh -= 360;
    else if (dh < -180)
        dh += 360;
    const double dL = q.l - p.l, dC = c2p - c1p;
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2));
    const double lb = (p.l + q.l) / 2, cbp = (c1p + c2p) / 2;
    double hb = h1 + h2;
    if (c1p * c2p != 0)
        hb = std::abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                                      : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2);
    const double t = 1 - 0.17 * std::cos(radians(hb - 30)) + 0.24 * std::cos(radians(2 * hb)) +
                     0.32 * std::cos(radians(3 * hb + 6)) - 0.20 * std::cos(radians(4 * hb - 63));
    const double theta = 30 * std::exp(-std::pow((hb - 275) / 25, 2));
    const double cbp7 = std::pow(cbp, 7);
    const double rc = 2 * std::sqrt(cbp7 / (cbp7 + std::pow(25, 7)));
    const double sl = 1 + 0.015 * std::pow(lb - 50, 2) / std::sqrt(20 + std::pow(lb - 50, 2));
    const double sc = 1 + 0.045 * cbp, sh = 1 + 0.015 * cbp * t;
    const double rt = -std::sin(radians(2 * theta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) +
                     rt * (dC / sc) * (dH / sh));
}

} // namespace

class TestClassColors : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    // Every class and its pending tint have the colour the map, the legend, the badges and
    // the report are meant to show: fixed values (helpers/mapsamples.h), so a palette
    // change is a deliberate change of that table, never a silent one.
    void paletteIsFixed() {
        const QList<StatusClass> classes = allStatusClasses();
        QCOMPARE(classes.size(), qsizetype(testing::kClassColours.size()));
        for (const testing::ClassColour &want : testing::kClassColours) {
            const auto c = statusClassFromId(QString::fromLatin1(want.id));
            QVERIFY2(c, want.id);
            QCOMPARE(classColor(*c).name(), QString::fromLatin1(want.fill));
            QCOMPARE(pendingColor(*c).name(), QString::fromLatin1(want.pending));
        }
    }

    void theDifferenceFormulaIsRight() {
        // Sharma, Wu & Dalal's CIEDE2000 test data, pairs 1 and 17.
        QCOMPARE(std::round(deltaE2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}) * 1e4) / 1e4,
                 2.0425);
        QCOMPARE(std::round(deltaE2000({50, 2.5, 0}, {73, 25, -18}) * 1e4) / 1e4, 27.1492);
    }

    // Every two classes stay apart for normal vision and the three dichromacies; Banned
    // and Restricted (neighbours on the map of Europe) by a wide margin.
    void classesStayApartForColourBlindReaders() {
        const QList<StatusClass> classes = allStatusClasses();
        QCOMPARE(classes.size(), 7);
        for (const auto &[name, matrix] : kVisions) {
            for (qsizetype i = 0; i < classes.size(); ++i) {
                for (qsizetype j = i + 1; j < classes.size(); ++j) {
                    const double d = deltaE2000(seen(classColor(classes[i]), matrix),
                                                seen(classColor(classes[j]), matrix));
                    QVERIFY2(d >= 18, qPrintable(QStringLiteral("%1: %2 and %3 differ by %4")
                                                     .arg(QLatin1StringView(name), toId(classes[i]),
                                                          toId(classes[j]))
                                                     .arg(d, 0, 'f', 1)));
                }
            }
            const double br = deltaE2000(seen(classColor(StatusClass::Banned), matrix),
                                         seen(classColor(StatusClass::Restricted), matrix));
            QVERIFY2(br >= 30, name);
        }
    }

    void severityReadsAsDarkness() {
        auto lightness = [](StatusClass c) { return seen(classColor(c), kVisions[0].second).l; };
        QVERIFY(lightness(StatusClass::Banned) < lightness(StatusClass::Restricted) - 25);
        QVERIFY(lightness(StatusClass::NoData) > 90); // nothing known: almost paper
        QCOMPARE(classTextColor(StatusClass::Banned), QColor(Qt::white));
        QCOMPARE(classTextColor(StatusClass::UnderReview), QColor(Qt::black));
    }
};

QTEST_MAIN(TestClassColors)
#include "tst_classcolors.moc"
