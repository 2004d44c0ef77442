// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencesvg.h"

#include "render/sequencelayout.h"
#include "render/textmetrics.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace Inspector::SequenceSvg {

namespace {
const QString Ns = QStringLiteral("http://www.w3.org/2000/svg");
// The GUI's colours on a light background (SequencePainter): at least 4.5:1 on white.
const QString Rightward = QStringLiteral("#1a4f9c");
const QString Leftward = QStringLiteral("#7a2f86");
const QString TextColour = QStringLiteral("#1f1f1f");
const QString SoftText = QStringLiteral("#555");

QString num(double v)
{
    return QString::number(v, 'f', 1).remove(QStringLiteral(".0"));
}

void attributes(QXmlStreamWriter &w, std::initializer_list<std::pair<const char *, QString>> list)
{
    for (const auto &[name, value] : list)
        w.writeAttribute(QString::fromLatin1(name), value);
}

// Centred on the width measured: the text stays centred even in a fallback font.
void text(QXmlStreamWriter &w, const SequenceLayout::TextLine &line, const QString &fill)
{
    w.writeStartElement(QStringLiteral("text"));
    attributes(w, {{"x", num(line.centerX())},
                   {"y", num(line.origin.y())},
                   {"text-anchor", QStringLiteral("middle")},
                   {"fill", fill}});
    w.writeCharacters(line.text);
    w.writeEndElement();
}

void lanes(QXmlStreamWriter &w, const SequenceLayout &layout)
{
    const double bottom = layout.size().height();
    for (const SequenceLayout::Lane &lane : layout.lanes()) {
        w.writeEmptyElement(QStringLiteral("line"));
        attributes(w, {{"x1", num(lane.x)},
                       {"x2", num(lane.x)},
                       {"y1", num(lane.box.bottom())},
                       {"y2", num(bottom)},
                       {"stroke", QStringLiteral("#999")},
                       {"stroke-dasharray", QStringLiteral("4 3")}});
        w.writeEmptyElement(QStringLiteral("rect"));
        const QString stroke = lane.thisTool ? Rightward : QStringLiteral("#777");
        attributes(w, {{"x", num(lane.box.x())},
                       {"y", num(lane.box.y())},
                       {"width", num(lane.box.width())},
                       {"height", num(lane.box.height())},
                       {"rx", QStringLiteral("4")},
                       {"fill", QStringLiteral("#f3f3f6")},
                       {"stroke", stroke}});
        for (int i = 0; i < lane.title.size(); ++i)
            text(w, lane.title.at(i), i < lane.domainLines ? TextColour : SoftText);
    }
}

void arrow(QXmlStreamWriter &w, const SequenceLayout &layout, const SequenceLayout::Row &row)
{
    const QString colour = row.x2 > row.x1 ? Rightward : Leftward;
    const double d = row.x2 > row.x1 ? -layout.headLength() : layout.headLength();
    w.writeEmptyElement(QStringLiteral("line"));
    attributes(w, {{"x1", num(row.x1)},
                   {"x2", num(row.x2 + d / 2)},
                   {"y1", num(row.lineY)},
                   {"y2", num(row.lineY)},
                   {"stroke", colour},
                   {"stroke-width", QStringLiteral("1.4")}});
    w.writeEmptyElement(QStringLiteral("polygon"));
    const double half = layout.headHalfHeight();
    attributes(w, {{"points", QStringLiteral("%1,%2 %3,%4 %3,%5")
                                  .arg(num(row.x2), num(row.lineY), num(row.x2 + d),
                                       num(row.lineY - half), num(row.lineY + half))},
                   {"fill", colour}});
    // No lane's line runs through the label.
    const double margin = std::max(1.0, layout.headHalfHeight() / 2);
    w.writeEmptyElement(QStringLiteral("rect"));
    attributes(w, {{"x", num(row.box.x() - margin)},
                   {"y", num(row.box.y())},
                   {"width", num(row.box.width() + 2 * margin)},
                   {"height", num(row.box.height())},
                   {"fill", QStringLiteral("#fff")}});
    for (const SequenceLayout::TextLine &line : row.label)
        text(w, line, TextColour);
}

void mark(QXmlStreamWriter &w, const SequenceLayout &layout, const SequenceLayout::Row &row)
{
    // Round ends as high as a one-line pill, whatever its lines.
    const double radius = qMin(layout.pillRadius(), row.box.height() / 2);
    const QString colour = row.tone == SequenceLayout::Tone::Good  ? QStringLiteral("#27803a")
                           : row.tone == SequenceLayout::Tone::Bad ? QStringLiteral("#b3261e")
                                                                   : QStringLiteral("#777");
    w.writeEmptyElement(QStringLiteral("rect"));
    attributes(w, {{"x", num(row.box.x())},
                   {"y", num(row.box.y())},
                   {"width", num(row.box.width())},
                   {"height", num(row.box.height())},
                   {"rx", num(radius)},
                   {"fill", QStringLiteral("#fff")},
                   {"stroke", colour}});
    const QString textColour = row.tone == SequenceLayout::Tone::Neutral ? TextColour : colour;
    for (const SequenceLayout::TextLine &line : row.label)
        text(w, line, textColour);
}

void rows(QXmlStreamWriter &w, const SequenceLayout &layout)
{
    for (const SequenceLayout::Row &row : layout.rows()) {
        w.writeStartElement(QStringLiteral("g"));
        // A label that had to be shortened is shown whole where the viewer shows titles.
        if (row.shortened)
            w.writeTextElement(QStringLiteral("title"), row.fullLabel);
        w.writeStartElement(QStringLiteral("text"));
        attributes(w, {{"x", num(row.time.origin.x() + row.time.width)},
                       {"y", num(row.time.origin.y())},
                       {"text-anchor", QStringLiteral("end")},
                       {"fill", SoftText}});
        w.writeCharacters(row.time.text);
        w.writeEndElement();
        if (row.arrow)
            arrow(w, layout, row);
        else
            mark(w, layout, row);
        w.writeEndElement(); // g
    }
}
} // namespace

const char *fontFamily()
{
    return "DejaVu Sans Mono, monospace";
}

void write(QXmlStreamWriter &w, const SequenceLayout &layout)
{
    const QSizeF size = layout.size();
    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(Ns);
    attributes(w,
               {{"width", num(size.width())},
                {"height", num(size.height())},
                {"viewBox", QStringLiteral("0 0 %1 %2").arg(num(size.width()), num(size.height()))},
                {"font-family", QString::fromLatin1(fontFamily())},
                {"font-size", num(FontSize)}});
    w.writeEmptyElement(QStringLiteral("rect"));
    attributes(w, {{"width", num(size.width())},
                   {"height", num(size.height())},
                   {"fill", QStringLiteral("#fff")}});
    lanes(w, layout);
    rows(w, layout);
    w.writeEndElement(); // svg
}

void write(QXmlStreamWriter &w, const TimelineModel &model)
{
    const MonospaceMetrics metrics(FontSize);
    SequenceStyle style;
    style.laneWidth = LaneWidth;
    style.labelWidth = LabelWidth;
    style.maxLabelLines = 1000; // a file has no tooltip: every label whole
    SequenceLayout layout(metrics, style);
    layout.build(model);
    write(w, layout);
}

QByteArray document(const TimelineModel &model)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    write(w, model);
    w.writeEndDocument();
    return out;
}

} // namespace Inspector::SequenceSvg
