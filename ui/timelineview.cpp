// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "models/timelinemodel.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSvgGenerator>

#include <cmath>

namespace Inspector {

namespace {
constexpr int HeaderHeight = 44;
constexpr int TimeWidth = 70;
constexpr int BaseLaneWidth = 190;
constexpr int BaseRowHeight = 22;
} // namespace

TimelineView::TimelineView(TimelineModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("timelineView"));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        const QScrollBar *bar = verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum() - 2;
        updateScrollBars();
        if (m_follow && atBottom)
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        viewport()->update();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateScrollBars();
        viewport()->update();
    });
    connect(model, &TimelineModel::lanesChanged, this, [this] {
        if (m_autoFit)
            fit();
        updateScrollBars();
        viewport()->update();
    });
    updateScrollBars();
}

int TimelineView::rowHeight() const
{
    return qMax(12, int(BaseRowHeight * m_zoom));
}

int TimelineView::laneX(int lane) const
{
    const int width = qMax(80, int(BaseLaneWidth * m_zoom));
    return TimeWidth + width / 2 + lane * width;
}

QSize TimelineView::diagramSize() const
{
    const int lanes = qMax(1, m_model->lanes().size());
    return QSize(TimeWidth + lanes * qMax(80, int(BaseLaneWidth * m_zoom)),
                 HeaderHeight + m_model->rowCount() * rowHeight() + 8);
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
}

void TimelineView::render(QPainter *p, int firstRow, int lastRow) const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor lane = pal.color(QPalette::Mid);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor link = pal.color(QPalette::Link);
    const QColor bad(200, 60, 60);
    const QColor good(40, 150, 70);
    const int h = rowHeight();
    const int laneWidth = qMax(80, int(BaseLaneWidth * m_zoom));
    const int bottom = HeaderHeight + (lastRow + 1) * h;
    const QVector<TimelineModel::Lane> &lanes = m_model->lanes();
    p->setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * qMin(1.0, m_zoom)));
    p->setFont(small);
    for (int l = 0; l < lanes.size(); ++l) {
        const int x = laneX(l);
        p->setPen(QPen(lane, 1, Qt::DashLine));
        p->drawLine(x, HeaderHeight + firstRow * h, x, bottom);
    }
    for (int row = firstRow; row <= lastRow && row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, TimelineModel::LabelColumn);
        const int y = HeaderHeight + row * h + h / 2;
        if (row == m_selected) {
            p->fillRect(QRect(0, y - h / 2, diagramSize().width(), h),
                        pal.color(QPalette::Highlight).lighter(170));
        }
        const QString label = i.data().toString();
        const double ms = i.data(TimelineModel::TimeMsRole).toDouble();
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(QRect(2, y - h / 2, TimeWidth - 6, h), Qt::AlignRight | Qt::AlignVCenter,
                    QString::number(ms, 'f', 1));
        const int from = i.data(TimelineModel::FromLaneRole).toInt();
        const int to = i.data(TimelineModel::ToLaneRole).toInt();
        const bool arrow = i.data(TimelineModel::IsArrowRole).toBool();
        const int x1 = laneX(from);
        if (!arrow || from == to) {
            QColor c = lane;
            if (label.contains(QLatin1String("error")) ||
                label.contains(QLatin1String("invalid")) || label.contains(QLatin1String("failed")))
                c = bad;
            else if (label.contains(QLatin1String("→ valid")) ||
                     label.contains(QLatin1String("→ success")) ||
                     label.contains(QLatin1String("→ result")))
                c = good;
            const QRect mark(x1 - laneWidth / 2 + 10, y - h / 2 + 2, laneWidth - 20, h - 4);
            p->setPen(c);
            p->setBrush(pal.color(QPalette::Base));
            p->drawRoundedRect(mark, 3, 3);
            p->drawText(mark.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                        p->fontMetrics().elidedText(label, Qt::ElideRight, mark.width() - 8));
            continue;
        }
        const int x2 = laneX(to);
        const QColor c = x2 > x1 ? accent : link;
        p->setPen(QPen(c, 1.4));
        p->drawLine(x1, y + 4, x2, y + 4);
        const int dir = x2 > x1 ? -1 : 1;
        QPainterPath head;
        head.moveTo(x2, y + 4);
        head.lineTo(x2 + dir * 7, y);
        head.lineTo(x2 + dir * 7, y + 8);
        head.closeSubpath();
        p->fillPath(head, c);
        p->setPen(text);
        const QRect labelRect(qMin(x1, x2) + 6, y - h / 2, std::abs(x2 - x1) - 12, h - 6);
        p->drawText(labelRect, Qt::AlignHCenter | Qt::AlignBottom,
                    p->fontMetrics().elidedText(label, Qt::ElideRight, labelRect.width()));
    }
}

void TimelineView::renderHeader(QPainter *p) const
{
    const QPalette pal = palette();
    const int laneWidth = qMax(80, int(BaseLaneWidth * m_zoom));
    const QVector<TimelineModel::Lane> &lanes = m_model->lanes();
    p->fillRect(QRect(0, 0, diagramSize().width(), HeaderHeight), pal.color(QPalette::Base));
    for (int l = 0; l < lanes.size(); ++l) {
        const int x = laneX(l);
        const QRect box(x - laneWidth / 2 + 4, 4, laneWidth - 8, HeaderHeight - 12);
        p->setPen(lanes.at(l).thisTool ? pal.color(QPalette::Highlight)
                                       : pal.color(QPalette::Text));
        p->setBrush(pal.color(QPalette::AlternateBase));
        p->drawRoundedRect(box, 4, 4);
        p->drawText(box, Qt::AlignCenter | Qt::TextWordWrap,
                    lanes.at(l).thisTool ? lanes.at(l).title() + tr("\n(this tool)")
                                         : lanes.at(l).title());
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const int h = rowHeight();
    const int first = qMax(0, (verticalScrollBar()->value() - HeaderHeight) / h);
    const int last = (verticalScrollBar()->value() + viewport()->height()) / h + 1;
    render(&p, first, last);
    // The lane titles stay in view while the rows scroll under them.
    p.resetTransform();
    p.translate(-horizontalScrollBar()->value(), 0);
    renderHeader(&p);
}

QImage TimelineView::renderImage() const
{
    const QSize size = diagramSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    render(&p, 0, m_model->rowCount() - 1);
    renderHeader(&p);
    return image;
}

bool TimelineView::exportTo(const QString &path, QString *error) const
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        // Vector output: every lane, arrow and label stays text and lines, at any zoom.
        QSvgGenerator svg;
        svg.setFileName(path);
        const QSize size = diagramSize();
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Sequence diagram"));
        svg.setDescription(tr("Exported by XMPP Inspector"));
        QPainter p;
        if (!p.begin(&svg)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        p.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
        render(&p, 0, m_model->rowCount() - 1);
        renderHeader(&p);
        return p.end();
    }
    if (!renderImage().save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const int y = int(event->position().y()) + verticalScrollBar()->value() - HeaderHeight;
    if (y < 0)
        return;
    const int row = y / rowHeight();
    if (row >= m_model->rowCount())
        return;
    m_selected = row;
    m_follow = false;
    viewport()->update();
    Q_EMIT eventSelected(m_model->eventForRow(row));
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
    if (row < 0)
        return;
    m_selected = row;
    const int y = HeaderHeight + row * rowHeight();
    if (y < verticalScrollBar()->value() ||
        y > verticalScrollBar()->value() + viewport()->height() - rowHeight())
        verticalScrollBar()->setValue(y - viewport()->height() / 2);
    viewport()->update();
}

void TimelineView::zoomIn()
{
    m_zoom = qMin(3.0, m_zoom * 1.25);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::zoomOut()
{
    m_zoom = qMax(0.4, m_zoom / 1.25);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::fit()
{
    const int lanes = qMax(1, m_model->lanes().size());
    m_zoom = qBound(0.4, double(viewport()->width() - TimeWidth) / (lanes * BaseLaneWidth), 3.0);
    updateScrollBars();
    viewport()->update();
}

} // namespace Inspector
