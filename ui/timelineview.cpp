// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "fonttextmetrics.h"
#include "models/timelinemodel.h"
#include "render/sequencelayout.h"
#include "render/sequencesvg.h"
#include "sequencepainter.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolTip>

#include <cmath>

namespace Inspector {

namespace {
constexpr double BaseLaneWidth = 190;
constexpr double BaseMaxLaneWidth = 400;

// The row at diagram height y, else the first or last row (the nearest one).
int rowAtOrNear(const SequenceLayout &layout, double y)
{
    const int row = layout.rowAt(y);
    if (row >= 0 || layout.rows().isEmpty())
        return row;
    return y < layout.rows().constFirst().top ? 0 : int(layout.rows().size()) - 1;
}
} // namespace

TimelineView::TimelineView(TimelineModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("timelineView"));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    relayout();
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        const QScrollBar *bar = verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum() - 2;
        m_layout->append(*m_model);
        updateScrollBars();
        if (m_follow && atBottom)
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        viewport()->update();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        relayout();
        viewport()->update();
    });
    connect(model, &TimelineModel::lanesChanged, this, [this] {
        if (m_layout->lanes().size() != m_model->lanes().size())
            relayout();
        if (m_autoFit)
            fit();
        viewport()->update();
    });
}

TimelineView::~TimelineView() = default;

QFont TimelineView::diagramFont() const
{
    // Zooming out shrinks the text with the lanes; zooming in only widens the lanes.
    QFont small = font();
    const double scale = qMin(1.0, m_zoom);
    if (small.pointSizeF() > 0)
        small.setPointSizeF(qMax(6.0, small.pointSizeF() * scale));
    else
        small.setPixelSize(qMax(8, int(small.pixelSize() * scale)));
    return small;
}

void TimelineView::relayout()
{
    m_layout.reset(); // it refers to the metrics
    m_metrics = std::make_unique<FontTextMetrics>(diagramFont());
    SequenceStyle style;
    style.laneWidth = qMax(80.0, BaseLaneWidth * m_zoom);
    style.maxLaneWidth = qMax(style.laneWidth, BaseMaxLaneWidth * m_zoom);
    m_layout = std::make_unique<SequenceLayout>(*m_metrics, style);
    m_layout->build(*m_model);
    if (m_hovered >= m_layout->rows().size())
        m_hovered = -1;
    updateScrollBars();
}

SequencePainter TimelineView::painter() const
{
    return SequencePainter(*m_layout, palette(), diagramFont());
}

QSize TimelineView::diagramSize() const
{
    const QSizeF size = m_layout->size();
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

void TimelineView::updateScrollBars()
{
    const QSize size = diagramSize();
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, qMax(0, size.height() - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, qMax(0, size.width() - viewport()->width()));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_autoFit)
        fit();
    updateScrollBars();
    scrollToSelected(); // a pane opening above (replay narration) must not hide the selection
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    // Lane titles are translated, and every width depends on the font.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        relayout();
        viewport()->update();
    }
}

void TimelineView::render(QPainter *p, int firstRow, int lastRow) const
{
    painter().paintRows(p, firstRow, lastRow, m_selected);
}

void TimelineView::renderHeader(QPainter *p) const
{
    painter().paintHeader(p);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const int top = verticalScrollBar()->value();
    p.translate(-horizontalScrollBar()->value(), -top);
    const SequencePainter sp = painter();
    sp.paintRows(&p, rowAtOrNear(*m_layout, top + m_layout->headerHeight()),
                 rowAtOrNear(*m_layout, top + viewport()->height()), m_selected, m_hovered);
    // The lane titles stay in view while the rows scroll under them.
    p.resetTransform();
    p.translate(-horizontalScrollBar()->value(), 0);
    sp.paintHeader(&p);
}

QImage TimelineView::renderImage() const
{
    const QSize size = diagramSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    render(&p, 0, int(m_layout->rows().size()) - 1);
    renderHeader(&p);
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

int TimelineView::rowAtViewport(double y) const
{
    if (y < m_layout->headerHeight())
        return -1; // the header covers the rows there
    return m_layout->rowAt(y + verticalScrollBar()->value());
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAtViewport(event->position().y());
    if (row < 0)
        return;
    m_selected = row;
    m_follow = false;
    viewport()->update();
    Q_EMIT eventSelected(m_model->eventForRow(row));
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAtViewport(event->position().y());
    if (row != m_hovered) {
        m_hovered = row;
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAtViewport(help->pos().y());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        // The whole label, however it was wrapped or shortened in the diagram.
        const SequenceLayout::Row &r = m_layout->rows().at(row);
        QToolTip::showText(help->globalPos(),
                           Qt::convertFromPlainText(tr("%1 ms: %2").arg(r.time.text, r.fullLabel),
                                                    Qt::WhiteSpaceNormal),
                           viewport());
        return true;
    }
    if (event->type() == QEvent::Leave && m_hovered >= 0) {
        m_hovered = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_autoFit = false;
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::selectEvent(int eventIndex)
{
    const int row = m_model->rowForEvent(eventIndex);
    if (row < 0) { // before the first row (a replay at its start): nothing is selected
        m_selected = -1;
        viewport()->update();
        return;
    }
    if (row >= m_layout->rows().size())
        return;
    m_selected = row;
    scrollToSelected();
    viewport()->update();
}

void TimelineView::scrollToSelected()
{
    if (m_selected < 0 || m_selected >= m_layout->rows().size())
        return;
    const SequenceLayout::Row &r = m_layout->rows().at(m_selected);
    const int top = verticalScrollBar()->value();
    if (r.top < top + m_layout->headerHeight() || r.bottom() > top + viewport()->height())
        verticalScrollBar()->setValue(int(r.top) - viewport()->height() / 2);
}

void TimelineView::setZoom(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    relayout();
    viewport()->update();
}

void TimelineView::zoomIn()
{
    setZoom(qMin(3.0, m_zoom * 1.25));
}

void TimelineView::zoomOut()
{
    setZoom(qMax(0.4, m_zoom / 1.25));
}

void TimelineView::fit()
{
    const int lanes = qMax(1, int(m_model->lanes().size()));
    const double room = viewport()->width() - m_layout->timeWidth();
    setZoom(qBound(0.4, room / (lanes * BaseLaneWidth), 3.0));
    // Lanes widened for their titles: one more step to what they take.
    const double taken = m_layout->size().width() - m_layout->timeWidth();
    if (taken > room + 1)
        setZoom(qBound(0.4, m_zoom * room / taken, 3.0));
}

} // namespace Inspector
