// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/sequencelayout.h"

#include <QFont>
#include <QPalette>

class QPainter;

namespace Inspector {

/**
 * Paints a SequenceLayout made with FontTextMetrics over `font`, in the palette's colours
 * (dark themes work): the screen, the PNG export.
 */
class SequencePainter
{
public:
    SequencePainter(const SequenceLayout &layout, const QPalette &palette, const QFont &font);

    /// Rows first..last (clamped), their time, lanes' lines behind them; `selected` and
    /// `hovered` rows highlighted (-1: none).
    void paintRows(QPainter *p, int first, int last, int selected = -1, int hovered = -1) const;
    /// The lanes' title boxes, on the Base colour across the header's height.
    void paintHeader(QPainter *p) const;

private:
    void paintArrow(QPainter *p, const SequenceLayout::Row &row) const;
    void paintMark(QPainter *p, const SequenceLayout::Row &row) const;
    void paintLines(QPainter *p, const QVector<SequenceLayout::TextLine> &lines) const;

    const SequenceLayout &m_layout;
    QPalette m_palette;
    QFont m_font;
};

} // namespace Inspector
