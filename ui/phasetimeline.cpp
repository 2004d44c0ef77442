// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasetimeline.h"

#include "models/phasespanmodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace Inspector {

namespace {
constexpr int Margin = 6;

/// A readable text colour on `fill`.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

/// Fill colours that read on the theme's base: two tints of the highlight for neighbouring
/// bars, and an amber for the slowest phase.
QColor barColour(const QPalette &palette, int row)
{
    const QColor h = palette.color(QPalette::Highlight);
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    const int shade = row % 2 ? 125 : 100;
    return dark ? h.darker(shade) : h.lighter(shade + 40);
}

const QColor Slowest(0xE6, 0x8A, 0x00);

/// A step of 1, 2 or 5 × 10^n ms that gives ticks at least `minPx` apart.
double tickStepMs(double pxPerMs, double minPx)
{
    double step = 1e-3;
    for (;;) {
        for (double m : {1.0, 2.0, 5.0}) {
            if (step * m * pxPerMs >= minPx)
                return step * m;
        }
        step *= 10;
    }
}
} // namespace

PhaseTimelineView::PhaseTimelineView(PhaseSpanModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("phaseTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    const auto changed = [this] {
        m_titleWidth = -1;
        updateScrollBar();
        viewport()->update();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, changed] {
        m_selected = -1;
        changed();
    });
    connect(m_model, &PhaseSpanModel::tracksChanged, this, changed);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
}

QSize PhaseTimelineView::sizeHint() const
{
    return {480, axisHeight() + 5 * rowHeight() + 2 * Margin};
}

QSize PhaseTimelineView::minimumSizeHint() const
{
    return {200, axisHeight() + 2 * rowHeight()};
}

int PhaseTimelineView::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int PhaseTimelineView::axisHeight() const
{
    return fontMetrics().height() + 6;
}

int PhaseTimelineView::labelWidth() const
{
    // The track names take up to two fifths of the width; the bars the rest. Measured once
    // per change of the tracks or the font: every bar's position asks for it.
    if (m_titleWidth < 0) {
        int widest = 0;
        for (int t = 0; t < m_model->tracks().size(); ++t)
            widest = qMax(widest, fontMetrics().horizontalAdvance(m_model->trackTitle(t)));
        m_titleWidth = widest;
    }
    return qMin(m_titleWidth + 2 * Margin, viewport()->width() * 2 / 5);
}

double PhaseTimelineView::xFor(qint64 ns) const
{
    const double left = labelWidth() + Margin;
    const double width = qMax(1.0, viewport()->width() - left - Margin);
    const double end = double(qMax<qint64>(1, m_model->endNs()));
    return left + width * double(ns) / end;
}

QRect PhaseTimelineView::barRect(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const QModelIndex i = m_model->index(row, 0);
    const int track = i.data(PhaseSpanModel::TrackRole).toInt();
    const int top = axisHeight() + track * rowHeight() - verticalScrollBar()->value();
    const int x0 = int(std::floor(xFor(i.data(PhaseSpanModel::StartNsRole).toLongLong())));
    const int x1 = int(std::ceil(xFor(i.data(PhaseSpanModel::EndNsRole).toLongLong())));
    // A phase too short to see (or a track's end) still gets a mark to point at.
    return QRect(x0, top + 2, qMax(3, x1 - x0), rowHeight() - 4);
}

int PhaseTimelineView::spanAt(const QPoint &pos) const
{
    // The last drawn bar wins: later spans are painted over earlier ones.
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (barRect(row).adjusted(-1, 0, 1, 0).contains(pos))
            return row;
    }
    return -1;
}

void PhaseTimelineView::updateScrollBar()
{
    const int content = axisHeight() + int(m_model->tracks().size()) * rowHeight();
    verticalScrollBar()->setRange(0, qMax(0, content - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(rowHeight());
}

void PhaseTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_titleWidth = -1;
    QAbstractScrollArea::changeEvent(event);
}

void PhaseTimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void PhaseTimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    paintTracks(p);
    const QRect visible = viewport()->rect();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (barRect(row).intersects(visible))
            paintSpan(p, row);
    }
    paintAxis(p);
}

double PhaseTimelineView::axisStepMs(double pxPerMs) const
{
    // Room for a label of five digits and a gap the width of an "M".
    return tickStepMs(pxPerMs, fontMetrics().horizontalAdvance(QStringLiteral("00000 ms")) +
                                   fontMetrics().horizontalAdvance(QLatin1Char('M')));
}

QList<PhaseTimelineView::AxisLabel> PhaseTimelineView::axisLabels() const
{
    const int height = axisHeight();
    const QString title = tr("Phases");
    QList<AxisLabel> out{{QRect(Margin, 0, labelWidth() - Margin, height), title}};
    const double left = xFor(0);
    const double pxPerMs = (xFor(1000000) - left);
    if (pxPerMs <= 0)
        return out;
    const int gap = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const double step = axisStepMs(pxPerMs);
    const double endMs = double(m_model->endNs()) / 1e6;
    // A label that would touch the one before it (a long fraction, the last one kept inside
    // the view) is left out; its tick stays.
    int previousRight = Margin + fontMetrics().horizontalAdvance(title);
    for (double ms = 0; ms <= endMs + 1e-9; ms += step) {
        const int x = int(left + ms * pxPerMs);
        const QString label = tr("%1 ms").arg(ms, 0, 'g', 6);
        const int w = fontMetrics().horizontalAdvance(label);
        const int labelLeft = qMin(x + 2, viewport()->width() - w - 2);
        if (labelLeft < previousRight + gap)
            continue;
        out.append({QRect(labelLeft, 0, w, height - 3), label});
        previousRight = labelLeft + w;
    }
    return out;
}

void PhaseTimelineView::paintAxis(QPainter &p) const
{
    const QRect axis(0, 0, viewport()->width(), axisHeight());
    p.fillRect(axis, palette().color(QPalette::Window));
    p.setPen(palette().color(QPalette::WindowText));
    const double left = xFor(0);
    const double pxPerMs = (xFor(1000000) - left);
    if (pxPerMs > 0) {
        const double step = axisStepMs(pxPerMs);
        const double endMs = double(m_model->endNs()) / 1e6;
        for (double ms = 0; ms <= endMs + 1e-9; ms += step) {
            const int x = int(left + ms * pxPerMs);
            p.drawLine(x, axis.bottom() - 3, x, axis.bottom());
        }
    }
    for (const AxisLabel &l : axisLabels())
        p.drawText(l.rect, Qt::AlignLeft | Qt::AlignVCenter, l.text);
}

void PhaseTimelineView::paintTracks(QPainter &p) const
{
    const int lw = labelWidth();
    for (int t = 0; t < m_model->tracks().size(); ++t) {
        const QRect row(0, axisHeight() + t * rowHeight() - verticalScrollBar()->value(),
                        viewport()->width(), rowHeight());
        if (t % 2)
            p.fillRect(row, palette().color(QPalette::AlternateBase));
        p.setPen(palette().color(QPalette::Text));
        // The whole title if it fits, else without the role, else cut (the tooltip has it).
        QString title = m_model->trackTitle(t);
        if (fontMetrics().horizontalAdvance(title) > lw - 2 * Margin)
            title = fontMetrics().elidedText(m_model->shortTrackTitle(t), Qt::ElideRight,
                                             lw - 2 * Margin);
        p.drawText(row.adjusted(Margin, 0, -(row.width() - lw) - Margin, 0),
                   Qt::AlignLeft | Qt::AlignVCenter, title);
    }
}

void PhaseTimelineView::paintSpan(QPainter &p, int row) const
{
    const QRect r = barRect(row);
    if (r.bottom() < axisHeight() || r.top() > viewport()->height())
        return;
    const QModelIndex i = m_model->index(row, PhaseSpanModel::PhaseColumn);
    const bool slowest = i.data(PhaseSpanModel::SlowestRole).toBool();
    const QColor fill = slowest ? Slowest : barColour(palette(), row);
    p.fillRect(r, fill);
    if (i.data(PhaseSpanModel::OpenRole).toBool()) { // still running: an open right end
        p.setPen(QPen(textOn(fill), 1, Qt::DashLine));
        p.drawLine(r.topRight(), r.bottomRight());
    }
    if (row == m_selected) {
        p.setPen(QPen(palette().color(QPalette::Text), 2));
        p.drawRect(r.adjusted(1, 1, -1, -1));
    }
    // The name inside the bar if it fits; the slowest also says how long it took.
    QString text = i.data().toString();
    if (slowest)
        text =
            tr("%1 (%2 ms)")
                .arg(text, m_model->index(row, PhaseSpanModel::DurationColumn).data().toString());
    const QRect inside = r.adjusted(3, 0, -3, 0);
    // Too narrow for its name, the slowest still shows how long it took.
    if (slowest && fontMetrics().horizontalAdvance(text) > inside.width())
        text =
            tr("%1 ms").arg(m_model->index(row, PhaseSpanModel::DurationColumn).data().toString());
    if (fontMetrics().horizontalAdvance(text) <= inside.width()) {
        p.setPen(textOn(fill));
        p.drawText(inside, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void PhaseTimelineView::selectEvent(int eventIndex)
{
    const int row = m_model->spanForEvent(eventIndex);
    if (row == m_selected)
        return;
    m_selected = row;
    viewport()->update();
}

void PhaseTimelineView::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_selected = row;
    viewport()->update();
    Q_EMIT eventSelected(m_model->index(row, 0).data(PhaseSpanModel::EventIndexRole).toInt());
}

void PhaseTimelineView::mousePressEvent(QMouseEvent *event)
{
    choose(spanAt(event->position().toPoint()));
}

void PhaseTimelineView::keyPressEvent(QKeyEvent *event)
{
    // Spans are in time order: Left and Right walk through the session's phases.
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left) {
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        const int from = m_selected < 0 ? (step > 0 ? -1 : m_model->rowCount()) : m_selected;
        choose(qBound(0, from + step, m_model->rowCount() - 1));
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool PhaseTimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = spanAt(help->pos());
        const int y = help->pos().y() - axisHeight() + verticalScrollBar()->value();
        const int track = y >= 0 ? y / rowHeight() : -1;
        if (row >= 0)
            QToolTip::showText(help->globalPos(),
                               m_model->index(row, 0).data(Qt::ToolTipRole).toString(), viewport());
        else if (help->pos().x() < labelWidth() && track < m_model->tracks().size())
            QToolTip::showText(help->globalPos(), m_model->trackTitle(track), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Inspector
