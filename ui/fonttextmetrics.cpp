// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonttextmetrics.h"

namespace Inspector {

FontTextMetrics::FontTextMetrics(const QFont &font)
    : m_metrics(font)
{}

double FontTextMetrics::width(const QString &text) const
{
    return m_metrics.horizontalAdvance(text);
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
