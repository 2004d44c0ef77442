// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/sequencelayout.h"

#include <QColor>
#include <QFont>
#include <QPalette>

class QPainter;

namespace Inspector {

/**
 * Paints a SequenceLayout made with FontTextMetrics over `font`, in colours taken from the
 * palette (dark themes work): the screen, the PNG export. A selected row is drawn in the
 * palette's Highlight and HighlightedText, as item views draw theirs.
 */
class SequencePainter
{
public:
    SequencePainter(const SequenceLayout &layout, const QPalette &palette, const QFont &font);

    /// Rows first..last (clamped), their time, lanes' lines behind them; `selected` and
    /// `hovered` rows highlighted (-1: none) across `width` (at least the diagram's).
    void paintRows(QPainter *p, int first, int last, int selected = -1, int hovered = -1,
                   double width = 0) const;
    /// The lanes' title boxes, on the Base colour across the header's height.
    void paintHeader(QPainter *p) const;

    /// The colours a row is drawn in.
    struct RowColours
    {
        QColor background;
        QColor text;
        QColor time;
        QColor arrow;
        QColor markLine; // a mark's outline and, for a verdict or an error, its text
        QColor markText;
        QColor markFill;
    };
    RowColours colours(const SequenceLayout::Row &row, bool selected, bool hovered) const;

private:
    void paintArrow(QPainter *p, const SequenceLayout::Row &row, const RowColours &c) const;
    void paintMark(QPainter *p, const SequenceLayout::Row &row, const RowColours &c) const;
    void paintLines(QPainter *p, const QVector<SequenceLayout::TextLine> &lines) const;

    const SequenceLayout &m_layout;
    QPalette m_palette;
    QFont m_font;
    bool m_dark;
};

} // namespace Inspector
