#include "painting/classcolors.h"

namespace banatlas {

QColor classColor(StatusClass c) {
    switch (c) {
    case StatusClass::Banned:
        return QColor(0x68, 0x12, 0x05); // dark red
    case StatusClass::Restricted:
        return QColor(0xE7, 0x71, 0x25); // orange
    case StatusClass::GovernmentBan:
        return QColor(0xCF, 0x86, 0xDD); // lilac
    case StatusClass::UnderReview:
        return QColor(0xFF, 0xDB, 0x0D); // yellow
    case StatusClass::Allowed:
        return QColor(0x10, 0x52, 0x9D); // blue
    case StatusClass::NoneInForce:
        return QColor(0x8A, 0x8A, 0x8A); // mid grey
    case StatusClass::NoData:
        return QColor(0xF2, 0xF2, 0xF2); // near white
    }
    return {};
}

QColor pendingColor(StatusClass c) {
    const QColor base = classColor(c);
    const double keep = 0.35; // of the class colour; the rest is white
    return QColor::fromRgbF(static_cast<float>(base.redF() * keep + (1 - keep)),
                            static_cast<float>(base.greenF() * keep + (1 - keep)),
                            static_cast<float>(base.blueF() * keep + (1 - keep)));
}

QColor classTextColor(StatusClass c) {
    const QColor bg = classColor(c);
    const double luminance = 0.2126 * bg.redF() + 0.7152 * bg.greenF() + 0.0722 * bg.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace banatlas
