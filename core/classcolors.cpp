#include "classcolors.h"

namespace banatlas {

QColor classColor(StatusClass c) {
    switch (c) {
    case StatusClass::Banned:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case StatusClass::Restricted:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case StatusClass::GovernmentBan:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case StatusClass::UnderReview:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case StatusClass::Allowed:
        return QColor(0x00, 0x72, 0xB2); // blue
    case StatusClass::NoneInForce:
        return QColor(0x8C, 0x8C, 0x8C); // mid grey
    case StatusClass::NoData:
        return QColor(0xF2, 0xF2, 0xF2); // near white
    }
    return {};
}

QColor classTextColor(StatusClass c) {
    const QColor bg = classColor(c);
    const double luminance = 0.2126 * bg.redF() + 0.7152 * bg.greenF() + 0.0722 * bg.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace banatlas
