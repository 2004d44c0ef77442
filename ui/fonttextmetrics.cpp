// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonttextmetrics.h"

namespace Inspector {

FontTextMetrics::FontTextMetrics(const QFont &font)
    : m_metrics(font)
    , m_advances(0x2300, -1)
{}

namespace {
/// Characters drawn alone: Latin (with its extensions and IPA), general punctuation and
/// arrows and mathematical operators, none of which combine, join or change shape with their
/// neighbours (control and format characters excepted).
bool drawnAlone(char16_t u)
{
    return (u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u < 0x2B0 && u != 0xAD) ||
           (u >= 0x2010 && u <= 0x2027) || (u >= 0x2030 && u <= 0x205E) ||
           (u >= 0x2190 && u < 0x2300);
}
} // namespace

double FontTextMetrics::advance(QChar c) const
{
    const char16_t u = c.unicode();
    if (!drawnAlone(u))
        return -1;
    double &a = m_advances[u];
    if (a < 0)
        a = m_metrics.horizontalAdvance(c);
    return a;
}

double FontTextMetrics::width(const QString &text) const
{
    // Text of characters drawn alone is measured as the sum of their advances, each measured
    // once, plus a pixel for kerning: shaping every string measured while labels are wrapped
    // made a long session's diagram the window's slowest work. Other text is shaped.
    if (text.isEmpty())
        return 0;
    double sum = 1;
    for (const QChar c : text) {
        const double a = advance(c);
        if (a < 0)
            return m_metrics.horizontalAdvance(text);
        sum += a;
    }
    return sum;
}

int FontTextMetrics::longestFit(const QString &text, int from, double maxWidth) const
{
    // Counted, as width() sums, while the characters are drawn alone.
    double sum = 1;
    int n = 0;
    for (qsizetype i = from; i < text.size(); ++i, ++n) {
        const double a = advance(text.at(i));
        if (a < 0)
            return TextMetrics::longestFit(text, from, maxWidth);
        sum += a;
        if (sum > maxWidth)
            return n;
    }
    return n;
}

double FontTextMetrics::ascent() const
{
    return m_metrics.ascent();
}

double FontTextMetrics::descent() const
{
    return m_metrics.descent();
}

double FontTextMetrics::height() const
{
    // Leading included: lines of a wrapped label as far apart as the font's own lines.
    return m_metrics.lineSpacing();
}

} // namespace Inspector
