// The text rules of domain/validation.h that names rely on: which code points are
// default-ignorable (left out of a name), checked on every code point.

#include "domain/validation.h"

#include "helpers/testsetup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// Default_Ignorable_Code_Point as Unicode's DerivedCoreProperties.txt lists it, line by
// line (first, last).
const std::pair<char32_t, char32_t> kUnicodeList[] = {
    {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C},   {0x115F, 0x1160},
    {0x17B4, 0x17B5},   {0x180B, 0x180D},   {0x180E, 0x180E},   {0x180F, 0x180F},
    {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x2064},   {0x2065, 0x2065},
    {0x2066, 0x206F},   {0x3164, 0x3164},   {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},
    {0xFFA0, 0xFFA0},   {0xFFF0, 0xFFF8},   {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
    {0xE0000, 0xE0000}, {0xE0001, 0xE0001}, {0xE0002, 0xE001F}, {0xE0020, 0xE007F},
    {0xE0080, 0xE00FF}, {0xE0100, 0xE01EF}, {0xE01F0, 0xE0FFF},
};

bool inUnicodeList(char32_t c) {
    for (const auto &[first, last] : kUnicodeList) {
        if (c >= first && c <= last)
            return true;
    }
    return false;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void defaultIgnorableIsUnicodesList() {
        int differences = 0;
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            if (isDefaultIgnorable(c) != inUnicodeList(c)) {
                if (++differences <= 10)
                    qInfo("U+%04X differs", unsigned(c));
            }
        }
        QCOMPARE(differences, 0);
    }

    void namesLeaveIgnorablesOut() {
        // A zero width space and a variation selector go; the byte-order mark and a
        // direction override stay, for the validator to refuse by name.
        QCOMPARE(normalizedName(u"Hua\u200Bwei\uFE0F"), u"Huawei"_s);
        QCOMPARE(normalizedName(u"\U000E0041ZTE"), u"ZTE"_s);
        QCOMPARE(normalizedName(u"\uFEFFZTE\u202E"), u"\uFEFFZTE\u202E"_s);
    }

    // ASCII takes a short way (no normalisation, one lower-casing): it gives what the long
    // way gives, for every ASCII character in every place, spaces and controls included.
    void asciiNamesTakeTheShortWayToTheSameKey() {
        QStringList names = {
            u""_s,        u"  "_s,      u" Huawei "_s, u"ZTE Corp."_s, u"\tKaspersky\n"_s,
            u"STRASSE"_s, u"a\u0001b"_s};
        for (char16_t c = 0; c < 0x80; ++c) {
            names.append(QString(QChar(c)));
            names.append(u" Ab"_s + QChar(c) + u"Cd "_s);
            names.append(QChar(c) + u"X"_s + QChar(c));
        }
        for (const QString &name : std::as_const(names)) {
            QVERIFY(isAscii(name));
            const QString longWay = name.normalized(QString::NormalizationForm_C).trimmed();
            QCOMPARE(normalizedName(name), longWay);
            QCOMPARE(nameKey(name), longWay.toCaseFolded().toUpper().toCaseFolded());
        }
        // Beyond ASCII the long way stays: "Straße" and "STRASSE" are one name.
        QVERIFY(!isAscii(u"Straße"));
        QCOMPARE(nameKey(u"Straße"), nameKey(u"STRASSE"));
        QCOMPARE(nameKey(u" Cafe\u0301 "), u"café"_s);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
