// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Inspector {

/**
 * How wide a text is in some font, so that layouts made in the engine (no QtGui) fit their
 * text: the GUI passes metrics over QFontMetricsF, the exports fixed monospace metrics of the
 * font their SVG names. Lengths are in the drawing's units (pixels).
 */
class TextMetrics
{
public:
    virtual ~TextMetrics() = default;
    virtual double width(const QString &text) const = 0;
    /// From the top of a line to its baseline, and from the baseline to the line's bottom.
    virtual double ascent() const = 0;
    virtual double descent() const = 0;
    /// The distance between two lines' baselines.
    virtual double height() const { return ascent() + descent(); }

    /// The text, or its longest start followed by "…", no wider than maxWidth (empty if not
    /// even "…" fits).
    QString elided(const QString &text, double maxWidth) const;
    /// The text broken into lines no wider than maxWidth, at spaces where it can, else after
    /// '.', '-', '/', '=', ',', ':' or '_', else anywhere; at most maxLines, the last one elided.
    QStringList wrapped(const QString &text, double maxWidth, int maxLines) const;

protected:
    /// How many characters of `text` from `from` fit in maxWidth (never half a surrogate pair):
    /// a search over width(); metrics that know each character's advance can count instead.
    virtual int longestFit(const QString &text, int from, double maxWidth) const;
};

/**
 * A monospace font's metrics from its design figures (advance per character, ascender and
 * descender, in em), for drawings that name that font. East Asian wide characters and
 * characters outside the BMP take two cells (as in terminals), combining marks none.
 */
class MonospaceMetrics : public TextMetrics
{
public:
    // DejaVu Sans Mono (Debian fonts-dejavu-core, DejaVuSansMono.ttf): unitsPerEm 2048 ('head'),
    // every glyph advances 1233 units ('hmtx'), ascender 1901 and descender -483 ('hhea').
    static constexpr double DejaVuAdvance = 1233.0 / 2048.0;
    static constexpr double DejaVuAscent = 1901.0 / 2048.0;
    static constexpr double DejaVuDescent = 483.0 / 2048.0;

    explicit MonospaceMetrics(double pixelSize, double advanceEm = DejaVuAdvance,
                              double ascentEm = DejaVuAscent, double descentEm = DejaVuDescent);

    double width(const QString &text) const override;
    double ascent() const override { return m_ascent; }
    double descent() const override { return m_descent; }
    double pixelSize() const { return m_pixelSize; }
    /// Cells the text takes: 1 per character, 2 for wide ones, 0 for combining marks.
    static int cells(const QString &text);

private:
    double m_pixelSize;
    double m_advance;
    double m_ascent;
    double m_descent;
};

} // namespace Inspector
