// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/textmetrics.h"

#include <QFontMetricsF>

#include <vector>

namespace Inspector {

/// The engine's TextMetrics over a font of the GUI, for layouts painted with that font.
class FontTextMetrics : public TextMetrics
{
public:
    explicit FontTextMetrics(const QFont &font);

    double width(const QString &text) const override;
    double ascent() const override;
    double descent() const override;
    double height() const override;

protected:
    int longestFit(const QString &text, int from, double maxWidth) const override;

private:
    QFontMetricsF m_metrics;
    // Advances of the characters below U+2300 as they are measured (negative: not yet).
    mutable std::vector<double> m_advances;
    /// The advance of a character that is drawn alone (see width()), or a negative number for
    /// any other.
    double advance(QChar c) const;
};

} // namespace Inspector
