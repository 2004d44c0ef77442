// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencepainter.h"

#include <QPainter>
#include <QPainterPath>

namespace Inspector {

namespace {
// a blended towards b by t (0: a, 1: b).
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Hues that keep a contrast of at least 4.5:1 on white (light) and on a dark base (dark);
// the palette has no roles for a direction or an outcome.
QColor rightward(bool dark)
{
    return dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1a, 0x4f, 0x9c);
}
QColor leftward(bool dark)
{
    return dark ? QColor(0xd9, 0x9c, 0xe6) : QColor(0x7a, 0x2f, 0x86);
}
QColor good(bool dark)
{
    return dark ? QColor(0x7d, 0xd8, 0x8f) : QColor(0x1e, 0x7b, 0x34);
}
QColor bad(bool dark)
{
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}
} // namespace

SequencePainter::SequencePainter(const SequenceLayout &layout, const QPalette &palette,
                                 const QFont &font)
    : m_layout(layout)
    , m_palette(palette)
    , m_font(font)
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{}

SequencePainter::RowColours SequencePainter::colours(const SequenceLayout::Row &row, bool selected,
                                                     bool hovered) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    RowColours c;
    if (selected) {
        c.background = m_palette.color(QPalette::Highlight);
        c.text = c.time = c.arrow = c.markLine = c.markText =
            m_palette.color(QPalette::HighlightedText);
        c.markFill = c.background;
        return c;
    }
    c.background = hovered ? mix(base, m_palette.color(QPalette::Highlight), 0.15) : base;
    c.text = text;
    c.time = mix(text, base, 0.3);
    c.arrow = row.x2 > row.x1 ? rightward(m_dark) : leftward(m_dark);
    switch (row.tone) {
    case SequenceLayout::Tone::Good:
        c.markLine = c.markText = good(m_dark);
        break;
    case SequenceLayout::Tone::Bad:
        c.markLine = c.markText = bad(m_dark);
        break;
    case SequenceLayout::Tone::Neutral:
        c.markLine = mix(text, base, 0.45);
        c.markText = text;
        break;
    }
    c.markFill = mix(c.background, c.markLine, 0.08);
    return c;
}

void SequencePainter::paintLines(QPainter *p, const QVector<SequenceLayout::TextLine> &lines) const
{
    for (const SequenceLayout::TextLine &line : lines)
        p->drawText(line.origin, line.text);
}

void SequencePainter::paintRows(QPainter *p, int first, int last, int selected, int hovered,
                                double width) const
{
    const SequenceLayout::RowList rows = m_layout.rows();
    first = qMax(0, first);
    last = qMin(last, int(rows.size()) - 1);
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(m_font);
    width = qMax(width, m_layout.size().width());
    const double top = first <= last ? rows.at(first).top : m_layout.headerHeight();
    const double bottom = first <= last ? rows.at(last).bottom() : m_layout.size().height();
    for (int r : {selected, hovered}) {
        if (r >= first && r <= last)
            p->fillRect(QRectF(0, rows.at(r).top, width, rows.at(r).height),
                        colours(rows.at(r), r == selected, r == hovered).background);
    }
    const QColor base = m_palette.color(QPalette::Base);
    p->setPen(QPen(mix(m_palette.color(QPalette::Text), base, 0.6), 1, Qt::DashLine));
    for (const SequenceLayout::Lane &lane : m_layout.lanes())
        p->drawLine(QPointF(lane.x, top), QPointF(lane.x, bottom));
    for (int r = first; r <= last; ++r) {
        const SequenceLayout::Row &row = rows.at(r);
        const RowColours c = colours(row, r == selected, r == hovered);
        p->setPen(c.time);
        p->drawText(row.time.origin, row.time.text);
        if (row.arrow)
            paintArrow(p, row, c);
        else
            paintMark(p, row, c);
    }
}

void SequencePainter::paintArrow(QPainter *p, const SequenceLayout::Row &row,
                                 const RowColours &c) const
{
    const double d = row.x2 > row.x1 ? -m_layout.headLength() : m_layout.headLength();
    const double half = m_layout.headHalfHeight();
    p->setPen(QPen(c.arrow, 1.4));
    p->drawLine(QPointF(row.x1, row.lineY), QPointF(row.x2 + d / 2, row.lineY));
    QPainterPath head;
    head.moveTo(row.x2, row.lineY);
    head.lineTo(row.x2 + d, row.lineY - half);
    head.lineTo(row.x2 + d, row.lineY + half);
    head.closeSubpath();
    p->fillPath(head, c.arrow);
    // No lane's line runs through the label.
    const double margin = qMax(1.0, m_layout.headHalfHeight() / 2);
    p->fillRect(row.box.adjusted(-margin, 0, margin, 0), c.background);
    p->setPen(c.text);
    paintLines(p, row.label);
}

void SequencePainter::paintMark(QPainter *p, const SequenceLayout::Row &row,
                                const RowColours &c) const
{
    const double radius = qMin(m_layout.pillRadius(), row.box.height() / 2);
    p->setPen(QPen(c.markLine, 1.2));
    p->setBrush(c.markFill);
    p->drawRoundedRect(row.box, radius, radius);
    p->setBrush(Qt::NoBrush);
    p->setPen(c.markText);
    paintLines(p, row.label);
}

void SequencePainter::paintHeader(QPainter *p) const
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(m_font);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    p->fillRect(QRectF(0, 0, m_layout.size().width(), m_layout.headerHeight()), base);
    for (const SequenceLayout::Lane &lane : m_layout.lanes()) {
        p->setPen(QPen(lane.thisTool ? rightward(m_dark) : mix(text, base, 0.45), 1.2));
        p->setBrush(m_palette.color(QPalette::AlternateBase));
        p->drawRoundedRect(lane.box, 4, 4);
        // The domain in the text's colour, the role a little softer.
        for (int i = 0; i < lane.title.size(); ++i) {
            p->setPen(i < lane.domainLines ? text : mix(text, base, 0.25));
            p->drawText(lane.title.at(i).origin, lane.title.at(i).text);
        }
    }
}

} // namespace Inspector
