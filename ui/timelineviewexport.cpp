// SPDX-License-Identifier: GPL-3.0-or-later
// The sequence diagram as a file: PNG of the window's drawing, or SVG.
#include "models/timelinemodel.h"
#include "render/sequencesvg.h"
#include "sequencepainter.h"
#include "timelinedrawing.h"

#include <QImage>
#include <QPainter>
#include <QSaveFile>

#include <cmath>

namespace Inspector {

QImage TimelineView::renderImage() const
{
    const std::unique_ptr<Drawing> drawing = makeDrawing(1.0);
    drawing->layout.append(*m_model); // every row, not one slice
    const QSizeF size = drawing->layout.size();
    QImage image(QSize(int(std::ceil(size.width())), int(std::ceil(size.height()))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    const SequencePainter sp(drawing->layout, palette(), drawing->font);
    sp.paintRows(&p, 0, int(drawing->layout.rows().size()) - 1);
    sp.paintHeader(&p);
    return image;
}

bool TimelineView::exportTo(const QString &path, QString *error) const
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        // The exports' drawing: text in a font the file names, laid out with its metrics.
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(SequenceSvg::document(*m_model)) >= 0 &&
            file.commit())
            return true;
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    if (!renderImage().save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace Inspector
