// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencelayout.h"

#include "models/timelinemodel.h"
#include "render/textmetrics.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace Inspector {

namespace {
QString timeText(const TimelineModel &model, int row)
{
    const double ms = model.index(row, 0).data(TimelineModel::TimeMsRole).toDouble();
    return QString::number(ms, 'f', 1);
}

// The characters a reader sees, without spaces (which wrapping drops) and without the
// ellipsis eliding added.
int visibleCharacters(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(),
                             [](QChar c) { return !c.isSpace() && c != QChar(0x2026); }));
}

bool isShortened(const QStringList &lines, const QString &text)
{
    int shown = 0;
    for (const QString &line : lines)
        shown += visibleCharacters(line);
    return shown < visibleCharacters(text);
}
} // namespace

SequenceLayout::SequenceLayout(const TextMetrics &metrics, SequenceStyle style)
    : m_metrics(metrics)
    , m_style(style)
{
    m_recent.fill({-1, Row()});
}

// Lengths in proportion to the font (with small floors): a diagram zoomed out to fit its
// viewport shrinks as a whole, not only its text.
double SequenceLayout::padding() const
{
    return std::max(0.5, 0.3 * m_metrics.height());
}

double SequenceLayout::headLength() const
{
    return std::max(1.5, 0.55 * m_metrics.height());
}

double SequenceLayout::headHalfHeight() const
{
    return std::max(1.0, 0.3 * m_metrics.height());
}

double SequenceLayout::pillRadius() const
{
    return (m_metrics.height() + padding()) / 2;
}

QSizeF SequenceLayout::size() const
{
    const double bottom = m_tops.isEmpty() ? m_headerHeight : m_bottom;
    return {m_timeWidth + std::max<qsizetype>(1, m_lanes.size()) * m_laneWidth,
            bottom + 2 * padding()};
}

int SequenceLayout::rowAt(double y) const
{
    const auto after = std::upper_bound(m_tops.cbegin(), m_tops.cend(), y);
    if (after == m_tops.cbegin())
        return -1;
    const int row = int(after - m_tops.cbegin()) - 1;
    return y < rowBottom(row) ? row : -1;
}

SequenceLayout::Row SequenceLayout::row(int index) const
{
    Q_ASSERT(m_model && index >= 0 && index < m_tops.size());
    std::pair<int, Row> &recent = m_recent[size_t(index) % m_recent.size()];
    if (recent.first != index) {
        recent.second = layOutRow(*m_model, index, m_tops.at(index));
        recent.first = index;
    }
    return recent.second;
}

bool SequenceLayout::build(const TimelineModel &model, int budgetMs)
{
    if (&model != m_model)
        m_widestTime = 0;
    m_model = &model;
    m_tops.clear();
    m_recent.fill({-1, Row()});
    // Times grow down the diagram: the last is the widest but for a digit's width, and
    // append() builds again for one that does not fit.
    double widestTime = std::max(m_widestTime, m_metrics.width(QStringLiteral("00000.0")));
    for (const int r : {0, model.rowCount() - 1}) {
        if (r >= 0)
            widestTime = std::max(widestTime, m_metrics.width(timeText(model, r)));
    }
    m_timeWidth = std::ceil(widestTime + 3 * padding());
    layOutLanes(model);
    m_bottom = m_headerHeight;
    m_tops.reserve(model.rowCount());
    return append(model, budgetMs);
}

bool SequenceLayout::append(const TimelineModel &model, int budgetMs)
{
    if (&model != m_model || model.lanes().size() != m_lanes.size() ||
        model.rowCount() < m_tops.size())
        return build(model, budgetMs);
    QElapsedTimer clock;
    clock.start();
    const int first = int(m_tops.size());
    for (int r = first; r < model.rowCount(); ++r) {
        // At least one row a call, so that every call makes progress.
        if (budgetMs >= 0 && r > first && r % 16 == 15 && clock.elapsed() >= budgetMs)
            return false;
        const double time = m_metrics.width(timeText(model, r));
        if (time + 3 * padding() > m_timeWidth) {
            m_widestTime = time; // kept by build(): this row fits then
            return build(model, budgetMs);
        }
        const double top = m_tops.isEmpty() ? m_headerHeight : m_bottom;
        m_tops.append(top);
        m_bottom = layOutRow(model, r, top).bottom();
    }
    return true;
}

void SequenceLayout::layOutLanes(const TimelineModel &model)
{
    const double pad = padding();
    // Wide enough that no word of a title (a domain) has to be broken, within reason.
    double widestWord = 0;
    for (const TimelineModel::Lane &lane : model.lanes()) {
        for (const QString &part : {lane.domain, lane.roleTitle()}) {
            for (const QString &word : part.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                widestWord = std::max(widestWord, m_metrics.width(word));
        }
    }
    m_laneWidth = std::max(m_style.laneWidth,
                           std::min(m_style.maxLaneWidth, std::ceil(widestWord + 4 * pad)));
    const double textWidth = m_laneWidth - 4 * pad;
    // Each lane named once: its domain, then its role, both whole (a long domain wraps).
    QVector<QStringList> titles;
    QVector<int> domainLines;
    int mostLines = 1;
    for (const TimelineModel::Lane &lane : model.lanes()) {
        QStringList lines = m_metrics.wrapped(lane.domain, textWidth, 1000);
        domainLines << int(lines.size());
        lines += m_metrics.wrapped(lane.roleTitle(), textWidth, 1000);
        mostLines = std::max(mostLines, int(lines.size()));
        titles << lines;
    }
    const double lineHeight = m_metrics.height();
    const double boxHeight = mostLines * lineHeight + 2 * pad;
    m_headerHeight = std::ceil(boxHeight + 3 * pad);
    m_lanes.clear();
    for (int l = 0; l < model.lanes().size(); ++l) {
        Lane lane;
        lane.x = m_timeWidth + m_laneWidth / 2 + l * m_laneWidth;
        lane.thisTool = model.lanes().at(l).thisTool;
        lane.domainLines = domainLines.at(l);
        lane.box = QRectF(lane.x - m_laneWidth / 2 + pad, pad, m_laneWidth - 2 * pad, boxHeight);
        // Fewer lines than the tallest title: centred in the box.
        const double top = lane.box.center().y() - titles.at(l).size() * lineHeight / 2;
        lane.title = centeredLines(titles.at(l), lane.x, top);
        m_lanes.append(lane);
    }
}

SequenceLayout::Row SequenceLayout::layOutRow(const TimelineModel &model, int r, double top) const
{
    const QModelIndex i = model.index(r, TimelineModel::LabelColumn);
    const int lastLane = std::max(0, int(m_lanes.size()) - 1);
    Row row;
    row.event = i.data(TimelineModel::EventIndexRole).toInt();
    row.from = std::clamp(i.data(TimelineModel::FromLaneRole).toInt(), 0, lastLane);
    row.to = std::clamp(i.data(TimelineModel::ToLaneRole).toInt(), 0, lastLane);
    row.arrow = i.data(TimelineModel::IsArrowRole).toBool() && row.from != row.to;
    row.fullLabel = i.data().toString();
    const int outcome = i.data(TimelineModel::OutcomeRole).toInt();
    row.tone = outcome > 0 ? Tone::Good : outcome < 0 ? Tone::Bad : Tone::Neutral;
    row.top = top;
    if (m_lanes.isEmpty())
        row.height = m_metrics.height() + 2 * padding();
    else if (row.arrow)
        layOutArrow(&row, row.fullLabel, top);
    else
        layOutMark(&row, row.fullLabel, top);
    // The time on the baseline of the label's first line, right-aligned in its column.
    row.time.text = timeText(model, r);
    row.time.width = m_metrics.width(row.time.text);
    const double baseline = row.label.isEmpty() ? top + padding() + m_metrics.ascent()
                                                : row.label.constFirst().origin.y();
    row.time.origin = QPointF(m_timeWidth - 2 * padding() - row.time.width, baseline);
    return row;
}

double SequenceLayout::lanesRight() const
{
    return m_timeWidth + std::max<qsizetype>(1, m_lanes.size()) * m_laneWidth;
}

void SequenceLayout::placeLabel(Row *row, const QString &label, double centerX, double maxWidth,
                                double top, double inset) const
{
    row->labelWidth = maxWidth;
    QStringList lines = m_metrics.wrapped(label, maxWidth, m_style.maxLabelLines);
    row->shortened = isShortened(lines, label);
    // As many lines, as narrow as they can be: balanced lines rather than a long one and a
    // word on the next.
    if (!row->shortened && lines.size() > 1) {
        double low = 0, high = maxWidth;
        for (int i = 0; i < 10 && high - low > 1; ++i) {
            const double mid = (low + high) / 2;
            const QStringList narrower = m_metrics.wrapped(label, mid, int(lines.size()));
            if (narrower.size() == lines.size() && !isShortened(narrower, label)) {
                high = mid;
                lines = narrower;
            } else {
                low = mid;
            }
        }
    }
    double widest = 0;
    for (const QString &line : std::as_const(lines))
        widest = std::max(widest, m_metrics.width(line));
    // Centred on its arrow or lane, shifted to stay within the lanes.
    const double pad = padding();
    const double low = lanesLeft() + pad + inset + widest / 2;
    const double high = lanesRight() - pad - inset - widest / 2;
    const double x = low <= high ? std::clamp(centerX, low, high) : (low + high) / 2;
    row->label = centeredLines(lines, x, top);
    const double textHeight = std::max<qsizetype>(1, lines.size()) * m_metrics.height();
    row->box = QRectF(x - widest / 2, top, widest, textHeight);
}

void SequenceLayout::layOutArrow(Row *row, const QString &label, double top) const
{
    const double pad = padding();
    row->x1 = m_lanes.at(row->from).x;
    row->x2 = m_lanes.at(row->to).x;
    // Wider than the arrow if need be: each row has the diagram's width to itself.
    const double room = lanesRight() - lanesLeft() - 2 * pad;
    const double maxWidth =
        std::max(std::abs(row->x2 - row->x1) - 2 * pad, std::min(m_style.labelWidth, room));
    placeLabel(row, label, (row->x1 + row->x2) / 2, maxWidth, top + pad);
    // The line below the text, its head clear of the last line's descenders.
    row->lineY = row->box.bottom() + pad + headHalfHeight();
    row->height = row->lineY + headHalfHeight() + pad - top;
}

void SequenceLayout::layOutMark(Row *row, const QString &label, double top) const
{
    const double pad = padding();
    const double x = m_lanes.at(row->from).x;
    // Rounded ends of half a line's height; the pill may reach over the lanes beside its own.
    const double inner = m_metrics.height() / 2;
    const double room = lanesRight() - lanesLeft() - 2 * pad;
    placeLabel(row, label, x, std::min(m_style.labelWidth, room) - 2 * inner, top + pad, inner);
    row->box.adjust(-inner, -pad / 2, inner, pad / 2);
    row->x1 = row->x2 = x;
    row->lineY = row->box.center().y();
    row->height = row->box.height() + pad;
}

QVector<SequenceLayout::TextLine> SequenceLayout::centeredLines(const QStringList &lines,
                                                                double centerX, double top) const
{
    QVector<TextLine> out;
    out.reserve(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        TextLine line;
        line.text = lines.at(i);
        line.width = m_metrics.width(line.text);
        line.origin =
            QPointF(centerX - line.width / 2, top + i * m_metrics.height() + m_metrics.ascent());
        out.append(line);
    }
    return out;
}

int SequenceLayout::rowAtOrNear(double y) const
{
    const int row = rowAt(y);
    if (row >= 0 || m_tops.isEmpty())
        return row;
    return y < rowTop(0) ? 0 : int(m_tops.size()) - 1;
}

} // namespace Inspector
