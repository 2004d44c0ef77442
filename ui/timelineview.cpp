// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "models/flushpacer.h"
#include "models/timelinemodel.h"
#include "render/sequencelayout.h"
#include "sequencepainter.h"
#include "timelinedrawing.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolTip>

#include <cmath>
#include <utility>

namespace Inspector {

namespace {
// Lengths at 100 %; zooming scales them with the font.
constexpr double BaseLaneWidth = 100; // lanes widen for their titles
constexpr double BaseMaxLaneWidth = 400;
constexpr double BaseLabelWidth = 380;
constexpr double MinZoom = 0.1; // an overview of a long session
constexpr double MaxZoom = 3.0;
constexpr double MaxFitZoom = 2.0;   // fit() of a short session: large, not huge
constexpr double MinAutoZoom = 0.75; // below this the width scrolls rather than shrinks

constexpr int SliceMs = 8;      // catching up once rows stop arriving
constexpr int FloodSliceMs = 4; // while they arrive, beside socket reads and the stream pane
constexpr int SliceGapMs = 250;
// Under a flood rows come in batches every FlushPacer::GapMs: it is over once none has come for
// a little longer than that.
constexpr int QuietMs = FlushPacer::GapMs + 20;
constexpr int LayOutAtOnceRows = 2000; // selected ahead of the layout: laid out on the spot
constexpr int LayOutWholeRows = 500;   // a relayout (zoom, font) up to this: whole, at once
} // namespace

TimelineView::TimelineView(TimelineModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setMargin(4);
    m_note->hide();
    relayout();
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setObjectName(QStringLiteral("timelineLayout"));
    connect(&m_layoutTimer, &QTimer::timeout, this, [this] {
        // Under a flood, with the models' rows in the same turn of the event loop (one repaint
        // for all of them); a lone event's row, and catching up afterwards, at once.
        if (!FlushPacer::shared(this)->join(this, [this] { layOutArrived(); }))
            layOutArrived();
    });
    // Rows still arriving (a flood) are laid out a small slice at a time, whether they come as
    // insertions or in a reset when a connection changed.
    connect(model, &TimelineModel::rowsArrived, this, [this] { m_sinceRows.start(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_layoutTimer.isActive())
            m_layoutTimer.start(m_sinceSlice.isValid()
                                    ? int(std::max<qint64>(0, SliceGapMs - m_sinceSlice.elapsed()))
                                    : 0);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        relayout();
        ensureVisible(m_selected);
        viewport()->update();
    });
    connect(model, &TimelineModel::lanesChanged, this, [this] {
        if (m_drawing->layout.lanes().size() != m_model->lanes().size())
            relayout();
        if (m_autoFit)
            fitWidth();
        viewport()->update();
    });
}

TimelineView::~TimelineView() = default;

const SequenceLayout &TimelineView::sequenceLayout() const
{
    return m_drawing->layout;
}

QFont TimelineView::diagramFont() const
{
    return m_drawing->font;
}

std::unique_ptr<TimelineView::Drawing> TimelineView::makeDrawing(double zoom) const
{
    // Text and lanes scale together: a zoomed diagram wraps its labels as at 100 %.
    QFont scaled = font();
    if (scaled.pointSizeF() > 0)
        scaled.setPointSizeF(qMax(1.0, scaled.pointSizeF() * zoom));
    else
        scaled.setPixelSize(qMax(1, int(std::lround(scaled.pixelSize() * zoom))));
    SequenceStyle style;
    style.laneWidth = BaseLaneWidth * zoom;
    style.maxLaneWidth = BaseMaxLaneWidth * zoom;
    style.labelWidth = BaseLabelWidth * zoom;
    auto drawing = std::make_unique<Drawing>(scaled, style);
    // A long diagram: one slice, the rest in slices (relayout()).
    const int rows = m_model->rowCount();
    const bool whole = rows <= LayOutWholeRows || (m_fitting && rows <= LayOutAtOnceRows);
    drawing->layout.build(*m_model, whole ? -1 : SliceMs);
    return drawing;
}

void TimelineView::layOutArrived()
{
    // Under a flood of rows the diagram lays out what arrived at most FloodSliceMs at a time and
    // at most once every SliceGapMs: the stream pane and the engine come first. It catches up
    // SliceMs at a time as soon as rows stop arriving for QuietMs. Wrapping every label is the
    // window's costliest work per row.
    const QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    const bool flooded = m_sinceRows.isValid() && m_sinceRows.elapsed() < QuietMs;
    const bool done = m_drawing->layout.append(*m_model, flooded ? FloodSliceMs : SliceMs);
    m_sinceSlice.start();
    if (m_selectedEvent >= 0) { // selected once its row is laid out
        const int row = m_model->rowForEvent(m_selectedEvent);
        m_selected = row < m_drawing->layout.rows().size() ? row : -1;
    }
    updateScrollBars();
    if (m_scrollWhenLaidOut >= 0 && (done || verticalScrollBar()->maximum() >= m_scrollWhenLaidOut))
        verticalScrollBar()->setValue(std::exchange(m_scrollWhenLaidOut, -1));
    if (m_selectWhenLaidOut && m_selected >= 0) {
        m_selectWhenLaidOut = false;
        selectEvent(m_selectedEvent);
    }
    if (m_follow && atBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
    if (!done)
        m_layoutTimer.start(
            !m_sinceRows.isValid() || m_sinceRows.elapsed() >= QuietMs ? 0 : SliceGapMs);
}

void TimelineView::layOutRest()
{
    m_sinceRows.invalidate(); // no more rows are coming: slice after slice from now on
    if (m_drawing->layout.rows().size() < m_model->rowCount())
        m_layoutTimer.start(0);
}

void TimelineView::relayout()
{
    // Following the rows as they arrive, whatever the new height (not at the first layout).
    const QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->maximum() > 0 && bar->value() >= bar->maximum() - 2;
    const int place = bar->value();
    m_drawing = makeDrawing(m_zoom);
    // A long diagram is laid out in slices: the place and the selection are taken up again
    // once the slices reach them (layOutArrived()).
    const int selected = m_selectedEvent >= 0 ? m_model->rowForEvent(m_selectedEvent) : -1;
    m_selected = selected < m_drawing->layout.rows().size() ? selected : -1;
    if (m_drawing->layout.rows().size() < m_model->rowCount()) {
        m_scrollWhenLaidOut = atBottom ? -1 : place;
        m_selectWhenLaidOut = m_selectWhenLaidOut || (selected >= 0 && m_selected < 0);
        if (!m_layoutTimer.isActive())
            m_layoutTimer.start(0);
    }
    if (m_hovered >= m_drawing->layout.rows().size())
        m_hovered = -1;
    updateScrollBars();
    updateNote();
    if (m_follow && atBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

QSize TimelineView::diagramSize() const
{
    const QSizeF size = m_drawing->layout.size();
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

QString TimelineView::describeRow(int row) const
{
    if (row < 0 || row >= m_drawing->layout.rows().size())
        return {};
    const SequenceLayout::Row &r = m_drawing->layout.rows().at(row);
    const QString from = m_model->index(row, TimelineModel::FromColumn).data().toString();
    if (!r.arrow)
        return tr("%1 ms, %2: %3", "time, lane: label").arg(r.time.text, from, r.fullLabel);
    const QString to = m_model->index(row, TimelineModel::ToColumn).data().toString();
    return tr("%1 ms, %2 → %3: %4", "time, from lane → to lane: label")
        .arg(r.time.text, from, to, r.fullLabel);
}

QString TimelineView::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void TimelineView::updateNote()
{
    const QString text = describeRow(m_selected);
    const bool wasShown = !m_note->isHidden();
    m_note->setText(text);
    m_note->setHidden(text.isEmpty());
    const QRect area = contentsRect();
    const int height =
        text.isEmpty() ? 0 : qMin(m_note->heightForWidth(area.width()), area.height() / 2);
    if (height != viewportMargins().bottom())
        setViewportMargins(0, 0, 0, height);
    const QRect view = viewport()->geometry();
    m_note->setGeometry(view.left(), view.bottom() + 1, view.width(), height);
    if (wasShown != !text.isEmpty())
        updateScrollBars();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateNote();
    if (m_autoFit)
        fitWidth();
    updateScrollBars();
    ensureVisible(m_selected); // a pane opening above (replay narration) must not hide it
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

void TimelineView::paintEvent(QPaintEvent *)
{
    const SequenceLayout &layout = m_drawing->layout;
    QPainter p(viewport());
    const int top = verticalScrollBar()->value();
    p.translate(-horizontalScrollBar()->value(), -top);
    const SequencePainter sp(layout, palette(), m_drawing->font);
    sp.paintRows(&p, layout.rowAtOrNear(top + layout.headerHeight()),
                 layout.rowAtOrNear(top + viewport()->height()), m_selected, m_hovered,
                 horizontalScrollBar()->value() + viewport()->width());
    // The lane titles stay in view while the rows scroll under them.
    p.resetTransform();
    p.translate(-horizontalScrollBar()->value(), 0);
    sp.paintHeader(&p);
}

int TimelineView::rowAtViewport(double y) const
{
    if (y < m_drawing->layout.headerHeight())
        return -1; // the header covers the rows there
    return m_drawing->layout.rowAt(y + verticalScrollBar()->value());
}

void TimelineView::select(int row)
{
    if (row < 0 || row >= m_drawing->layout.rows().size())
        return;
    m_selected = row;
    m_selectedEvent = m_model->eventForRow(row);
    m_selectWhenLaidOut = false; // a selection made since replaces one still waiting
    m_follow = false;
    updateNote();
    ensureVisible(row);
    viewport()->update();
}

void TimelineView::ensureVisible(int row)
{
    const SequenceLayout &layout = m_drawing->layout;
    if (row < 0 || row >= layout.rows().size())
        return;
    const SequenceLayout::Row &r = layout.rows().at(row);
    // Below the lane titles, which cover the top of the viewport: centred if out of view,
    // its top if taller than the room.
    QScrollBar *v = verticalScrollBar();
    const double header = layout.headerHeight();
    const double room = viewport()->height() - header;
    if (r.top < v->value() + header || r.bottom() > v->value() + viewport()->height())
        v->setValue(int(r.height > room ? r.top - header : r.top - header - (room - r.height) / 2));
    const double left = qMin(qMin(r.x1, r.x2), r.box.left());
    const double right = qMax(qMax(r.x1, r.x2), r.box.right());
    QScrollBar *h = horizontalScrollBar();
    if (left < h->value() || right > h->value() + viewport()->width())
        h->setValue(int((left + right - viewport()->width()) / 2));
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAtViewport(event->position().y());
    if (row < 0)
        return;
    select(row);
    Q_EMIT eventSelected(m_selectedEvent);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int rows = int(m_drawing->layout.rows().size());
    const int page = qMax(1, viewport()->height() / 40);
    int row = m_selected;
    switch (event->key()) {
    case Qt::Key_Up:
        row = m_selected < 0 ? rows - 1 : m_selected - 1;
        break;
    case Qt::Key_Down:
        row = m_selected + 1;
        break;
    case Qt::Key_PageUp:
        row = qMax(0, m_selected - page);
        break;
    case Qt::Key_PageDown:
        row = qMin(rows - 1, m_selected + page);
        break;
    case Qt::Key_Home:
        row = 0;
        break;
    case Qt::Key_End:
        row = rows - 1;
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (row == m_selected || row < 0 || row >= rows)
        return;
    select(row);
    Q_EMIT eventSelected(m_selectedEvent);
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
        QToolTip::showText(help->globalPos(),
                           Qt::convertFromPlainText(describeRow(row), Qt::WhiteSpaceNormal),
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
        m_selected = m_selectedEvent = -1;
        updateNote();
        viewport()->update();
        return;
    }
    if (row >= m_drawing->layout.rows().size()) {
        // Selected before its slice came: a few rows are laid out now; many (a large
        // transcript just read) in slices, the row selected when they reach it.
        if (m_model->rowCount() - m_drawing->layout.rows().size() < LayOutAtOnceRows) {
            m_drawing->layout.append(*m_model);
            updateScrollBars();
        }
        if (row >= m_drawing->layout.rows().size()) {
            m_selected = -1;
            m_selectedEvent = eventIndex;
            m_selectWhenLaidOut = true;
            m_layoutTimer.start(0);
            updateNote();
            return;
        }
    }
    select(row);
    m_selectedEvent = eventIndex; // a hidden phase: its row once phases are shown
}

void TimelineView::setZoom(double zoom)
{
    zoom = qBound(MinZoom, zoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    relayout();
    ensureVisible(m_selected);
    viewport()->update();
}

void TimelineView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void TimelineView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void TimelineView::fitTo(QSize room, bool height, double low, double high)
{
    m_fitting = true; // sizes of whole layouts, not of their first slice
    const auto done = qScopeGuard([this] { m_fitting = false; });
    const auto scale = [&] {
        const QSizeF size = m_drawing->layout.size();
        const double f = room.width() / size.width();
        return height ? qMin(f, room.height() / size.height()) : f;
    };
    // The size is nearly proportional to the zoom; a few steps settle it.
    for (int step = 0; step < 6; ++step) {
        const double f = scale();
        const double next = qBound(low, m_zoom * f, high);
        if ((f >= 1 && f < 1.02) || qFuzzyCompare(next, m_zoom))
            break;
        setZoom(next);
    }
    while (scale() < 1 && m_zoom > low)
        setZoom(qMax(low, m_zoom * 0.97));
}

void TimelineView::fitWidth()
{
    QSize room = maximumViewportSize();
    if (diagramSize().height() > room.height())
        room.rwidth() -= verticalScrollBar()->sizeHint().width();
    fitTo(room, false, MinAutoZoom, 1.0);
}

void TimelineView::fit()
{
    m_autoFit = false;
    fitTo(maximumViewportSize(), true, MinZoom, MaxFitZoom);
    updateScrollBars();
}

} // namespace Inspector
