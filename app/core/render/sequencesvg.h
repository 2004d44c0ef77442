// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QXmlStreamWriter;

namespace Inspector {

class SequenceLayout;
class TimelineModel;

/**
 * The sequence diagram as SVG, laid out by SequenceLayout with the fixed metrics of the
 * monospace font the SVG names (DejaVu Sans Mono), so that its text fits its boxes in any
 * viewer that has the font (Debian: fonts-dejavu-core) or a monospace font as wide.
 */
namespace SequenceSvg {

constexpr double FontSize = 11; // px
// The least distance between lanes: 24 characters of the font (lanes widen for their titles).
constexpr double LaneWidth = 160;
// A label wraps at 57 characters, wider than its arrow if need be; it is never elided.
constexpr double LabelWidth = 380;
/// The font the SVG names; its metrics are MonospaceMetrics' defaults.
const char *fontFamily();

/// An <svg> element (SVG namespace) written at the writer's position, e.g. inside HTML.
void write(QXmlStreamWriter &w, const TimelineModel &model);
void write(QXmlStreamWriter &w, const SequenceLayout &layout);
/// A standalone SVG file.
QByteArray document(const TimelineModel &model);

} // namespace SequenceSvg
} // namespace Inspector
