#pragma once

#include <QCoreApplication>

namespace banatlas {

// The translation context of the report's messages ("banatlas::Report"): one name for the files of
// one subject, so that a message and its translation meet.
struct ReportText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Report)
};

} // namespace banatlas
