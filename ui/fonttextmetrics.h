// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/textmetrics.h"

#include <QFontMetricsF>

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

private:
    QFontMetricsF m_metrics;
};

} // namespace Inspector
