#include "painting/mapexport.h"

#include "domain/errors.h"
#include "storage/outputfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {
// The translation context of this file's messages.
struct MapExportText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::MapExport)
};
} // namespace

void writeMap(const QString &path, const QString &databasePath, const WorldMap &map,
              const MapContent &content, const QString &title, const QString &subtitle) {
    checkOutputPath(path, databasePath);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(MapExportText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    if (suffix == u"svg"_s) {
        file.write(mapSvg(map, content, title, subtitle));
    } else if (suffix == u"png"_s) {
        QImage image(2000, 1180, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        paintMapFigure(p, QRectF(40, 30, image.width() - 80, image.height() - 50), map, content,
                       title, subtitle);
        p.end();
        if (!image.save(&file, "PNG"))
            throw Error(MapExportText::tr("%1: cannot encode the image").arg(path));
    } else if (suffix == u"pdf"_s) {
        QPdfWriter pdf(&file);
        pdf.setResolution(300); // before painting: the default is 1200 dpi
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        pdf.setTitle(title);
        pdf.setCreator(u"BanAtlas " BANATLAS_VERSION ""_s);
        QPainter p(&pdf);
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        paintMapFigure(p, QRectF(0, 0, page.width(), page.height()), map, content, title, subtitle);
        p.end();
    } else {
        throw Error(MapExportText::tr("%1: expected a .png, .svg or .pdf file").arg(path));
    }
    if (!file.commit())
        throw Error(MapExportText::tr("%1: cannot write: %2").arg(path, file.errorString()));
}

} // namespace banatlas
