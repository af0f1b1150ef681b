#pragma once

#include <QCoreApplication>

namespace banatlas {

// The translation context of import and export's messages ("banatlas::Interchange"): one name for
// the files of one subject, so that a message and its translation meet.
struct InterchangeText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Interchange)
};

} // namespace banatlas
