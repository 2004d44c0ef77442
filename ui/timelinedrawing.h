// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline view's drawing, shared by its files (timelineview.cpp, timelineviewexport.cpp).
#pragma once

#include "fonttextmetrics.h"
#include "render/sequencelayout.h"
#include "timelineview.h"

#include <QFont>

namespace Inspector {

/// A layout with the metrics and the font it was made with.
struct TimelineView::Drawing
{
    Drawing(const QFont &f, const SequenceStyle &style)
        : font(f)
        , metrics(f)
        , layout(metrics, style)
    {}
    QFont font;
    FontTextMetrics metrics;
    SequenceLayout layout;
};

} // namespace Inspector
