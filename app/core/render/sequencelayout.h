// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <array>
#include <utility>

namespace Inspector {

class TextMetrics;
class TimelineModel;

/// Lengths the layout keeps (the rest follows from the font's height).
struct SequenceStyle
{
    double laneWidth = 120;    // the least distance between two lanes
    double maxLaneWidth = 400; // lanes widen up to this so that no title word is broken
    // A label may be wider than its arrow or its lane, up to this (and the diagram's width):
    // a stream header reads on two lines rather than eight.
    double labelWidth = 380;
    int maxLabelLines = 6; // an arrow's or mark's label wraps to this many lines, then is elided
};

/**
 * The geometry of the sequence diagram, for every renderer (the GUI's painter, the SVG of
 * the exports): a lane per party with its title box (the domain, then the role), a row per
 * timeline row (an arrow with its label above the line, or a mark "pill" on a lane) and the
 * time of each row in a column on the left. Text is measured with the TextMetrics given and
 * wrapped to fit its box; a label is elided only past SequenceStyle::maxLabelLines (the row
 * keeps the whole text), a lane's title never.
 *
 * It reads the TimelineModel rather than the event log: the model already decides the lanes
 * (one per party, both ends of a loopback connection drawn once) and the labels, and the GUI
 * keeps it current as events arrive, so append() only lays out the new rows.
 *
 * A row keeps only where it starts (8 bytes: a session of millions of rows fits); its label's
 * lines, boxes and time are laid out again when asked for, from the model, which must outlive
 * the layout (the last rows asked for are kept).
 */
class SequenceLayout
{
public:
    /// A line of text: its baseline starts at origin; width as measured.
    struct TextLine
    {
        QString text;
        QPointF origin;
        double width = 0;
        double centerX() const { return origin.x() + width / 2; }
    };
    struct Lane
    {
        double x = 0;            // the lane's vertical line
        QRectF box;              // the title's box in the header
        QVector<TextLine> title; // the domain's lines, then the role's
        int domainLines = 0;
        bool thisTool = false;
    };
    enum class Tone { Neutral, Good, Bad };
    struct Row
    {
        int event = -1;
        double top = 0;
        double height = 0;
        bool arrow = false; // else a mark on lane `from`
        int from = 0;
        int to = 0;
        double x1 = 0; // an arrow's line from x1 to x2 at lineY; its head at x2
        double x2 = 0;
        double lineY = 0;
        QRectF box; // the label's box (a mark's pill); nothing else is drawn in it
        QVector<TextLine> label;
        double labelWidth = 0; // the width the label was wrapped to
        QString fullLabel;
        bool shortened = false; // the label did not fit in its lines: show fullLabel on demand
        TextLine time;
        Tone tone = Tone::Neutral;
        double bottom() const { return top + height; }
    };

    /// The rows as a list, each laid out when it is read (at() returns a copy).
    class RowList
    {
    public:
        explicit RowList(const SequenceLayout *layout)
            : m_layout(layout)
        {}
        qsizetype size() const { return m_layout->m_tops.size(); }
        bool isEmpty() const { return m_layout->m_tops.isEmpty(); }
        Row at(qsizetype i) const { return m_layout->row(int(i)); }
        Row constFirst() const { return at(0); }
        Row constLast() const { return at(size() - 1); }
        struct const_iterator
        {
            const SequenceLayout *layout;
            int index;
            Row operator*() const { return layout->row(index); }
            const_iterator &operator++()
            {
                ++index;
                return *this;
            }
            bool operator!=(const const_iterator &other) const { return index != other.index; }
        };
        const_iterator begin() const { return {m_layout, 0}; }
        const_iterator end() const { return {m_layout, int(size())}; }

    private:
        const SequenceLayout *m_layout;
    };

    explicit SequenceLayout(const TextMetrics &metrics, SequenceStyle style = {});

    /// Lays out every lane and row of the model, again from the first. With a budget (ms),
    /// stops once it is spent: false when rows are left for append().
    bool build(const TimelineModel &model, int budgetMs = -1);
    /// Lays out the rows added since the last build() or append(); builds everything again
    /// if the lanes changed or a time no longer fits its column. With a budget (ms), stops
    /// once it is spent: false when rows are left for the next call.
    bool append(const TimelineModel &model, int budgetMs = -1);

    const SequenceStyle &style() const { return m_style; }
    const QVector<Lane> &lanes() const { return m_lanes; }
    RowList rows() const { return RowList(this); }
    /// Row `index`, laid out again from the model (the last ones asked for are kept).
    Row row(int index) const;
    double rowTop(int index) const { return m_tops.at(index); }
    double rowBottom(int index) const
    {
        return index + 1 < m_tops.size() ? m_tops.at(index + 1) : m_bottom;
    }
    double headerHeight() const { return m_headerHeight; }
    double timeWidth() const { return m_timeWidth; }
    double laneWidth() const { return m_laneWidth; }
    /// Arrow heads' length and half height.
    double headLength() const;
    double headHalfHeight() const;
    /// The radius of a mark's pill ends (a one-line pill is round at both ends).
    double pillRadius() const;
    QSizeF size() const;
    /// The row at height y of the diagram, -1 above the first or below the last.
    int rowAt(double y) const;
    /// The row at height y, else the nearest one (the first or the last); -1 if none.
    int rowAtOrNear(double y) const;

private:
    void layOutLanes(const TimelineModel &model);
    Row layOutRow(const TimelineModel &model, int row, double top) const;
    void layOutArrow(Row *row, const QString &label, double top) const;
    void layOutMark(Row *row, const QString &label, double top) const;
    QVector<TextLine> centeredLines(const QStringList &lines, double centerX, double top) const;
    /// The label wrapped to at most maxWidth, centred on centerX but within the lanes (and
    /// `inset` more on each side).
    void placeLabel(Row *row, const QString &label, double centerX, double maxWidth, double top,
                    double inset = 0) const;
    double lanesLeft() const { return m_timeWidth; }
    double lanesRight() const;
    double padding() const;

    const TextMetrics &m_metrics;
    SequenceStyle m_style;
    QVector<Lane> m_lanes;
    const TimelineModel *m_model = nullptr;
    QVector<double> m_tops; // where each row starts; the next one starts where it ends
    double m_bottom = 0;    // where the last row ends
    mutable std::array<std::pair<int, Row>, 256> m_recent; // by row modulo the size
    double m_headerHeight = 0;
    double m_timeWidth = 0;
    double m_widestTime = 0; // the widest time text found by append(), kept by build()
    double m_laneWidth = 0;
};

} // namespace Inspector

// Rows are moved as bytes when the list grows (a long session holds hundreds of thousands).
Q_DECLARE_TYPEINFO(Inspector::SequenceLayout::TextLine, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Inspector::SequenceLayout::Row, Q_RELOCATABLE_TYPE);
