// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencepainter.h"

#include <QPainter>
#include <QPainterPath>

namespace Inspector {

namespace {
const QColor Bad(200, 60, 60);
const QColor Good(40, 150, 70);
} // namespace

SequencePainter::SequencePainter(const SequenceLayout &layout, const QPalette &palette,
                                 const QFont &font)
    : m_layout(layout)
    , m_palette(palette)
    , m_font(font)
{}

void SequencePainter::paintLines(QPainter *p, const QVector<SequenceLayout::TextLine> &lines) const
{
    for (const SequenceLayout::TextLine &line : lines)
        p->drawText(line.origin, line.text);
}

void SequencePainter::paintRows(QPainter *p, int first, int last, int selected, int hovered) const
{
    const QVector<SequenceLayout::Row> &rows = m_layout.rows();
    first = qMax(0, first);
    last = qMin(last, int(rows.size()) - 1);
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(m_font);
    const double width = m_layout.size().width();
    const double top = first <= last ? rows.at(first).top : m_layout.headerHeight();
    const double bottom = first <= last ? rows.at(last).bottom() : m_layout.size().height();
    for (int r : {selected, hovered}) {
        if (r < first || r > last)
            continue;
        const QColor highlight = m_palette.color(QPalette::Highlight);
        p->fillRect(QRectF(0, rows.at(r).top, width, rows.at(r).height),
                    r == selected
                        ? highlight.lighter(170)
                        : QColor(highlight.red(), highlight.green(), highlight.blue(), 40));
    }
    p->setPen(QPen(m_palette.color(QPalette::Mid), 1, Qt::DashLine));
    for (const SequenceLayout::Lane &lane : m_layout.lanes())
        p->drawLine(QPointF(lane.x, top), QPointF(lane.x, bottom));
    for (int r = first; r <= last; ++r) {
        const SequenceLayout::Row &row = rows.at(r);
        p->setPen(m_palette.color(QPalette::PlaceholderText));
        p->drawText(row.time.origin, row.time.text);
        if (row.arrow)
            paintArrow(p, row);
        else
            paintMark(p, row);
    }
}

void SequencePainter::paintArrow(QPainter *p, const SequenceLayout::Row &row) const
{
    const bool rightward = row.x2 > row.x1;
    const QColor c = m_palette.color(rightward ? QPalette::Highlight : QPalette::Link);
    const double d = rightward ? -m_layout.headLength() : m_layout.headLength();
    const double half = m_layout.headHalfHeight();
    p->setPen(QPen(c, 1.4));
    p->drawLine(QPointF(row.x1, row.lineY), QPointF(row.x2 + d / 2, row.lineY));
    QPainterPath head;
    head.moveTo(row.x2, row.lineY);
    head.lineTo(row.x2 + d, row.lineY - half);
    head.lineTo(row.x2 + d, row.lineY + half);
    head.closeSubpath();
    p->fillPath(head, c);
    p->setPen(m_palette.color(QPalette::Text));
    paintLines(p, row.label);
}

void SequencePainter::paintMark(QPainter *p, const SequenceLayout::Row &row) const
{
    const QColor c = row.tone == SequenceLayout::Tone::Good  ? Good
                     : row.tone == SequenceLayout::Tone::Bad ? Bad
                                                             : m_palette.color(QPalette::Mid);
    const double radius = qMin(m_layout.pillRadius(), row.box.height() / 2);
    p->setPen(c);
    p->setBrush(m_palette.color(QPalette::Base));
    p->drawRoundedRect(row.box, radius, radius);
    p->setPen(row.tone == SequenceLayout::Tone::Neutral ? m_palette.color(QPalette::Text) : c);
    paintLines(p, row.label);
}

void SequencePainter::paintHeader(QPainter *p) const
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(m_font);
    p->fillRect(QRectF(0, 0, m_layout.size().width(), m_layout.headerHeight()),
                m_palette.color(QPalette::Base));
    for (const SequenceLayout::Lane &lane : m_layout.lanes()) {
        p->setPen(m_palette.color(lane.thisTool ? QPalette::Highlight : QPalette::Text));
        p->setBrush(m_palette.color(QPalette::AlternateBase));
        p->drawRoundedRect(lane.box, 4, 4);
        p->setPen(m_palette.color(QPalette::Text));
        paintLines(p, lane.title);
    }
}

} // namespace Inspector
