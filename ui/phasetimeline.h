// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>

namespace Inspector {

class PhaseSpanModel;

/**
 * The phase timeline: one row per connection (and per session scope), each phase a bar as
 * long as it took on a time axis fitted to the width, so the slow phase stands out (it is
 * drawn in the accent colour with its duration). Hover a bar for its name, start and duration;
 * click it, or move with Left/Right, to select its phase event in every pane.
 */
class PhaseTimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PhaseTimelineView(PhaseSpanModel *model, QWidget *parent = nullptr);

    PhaseSpanModel *model() const { return m_model; }
    /// The selected span (a row of the model), -1 if none.
    int selectedSpan() const { return m_selected; }
    /// Where span `row`'s bar is drawn, in viewport coordinates (empty if not drawn).
    QRect barRect(int row) const;
    /// The time axis's labels ("Phases", then "N ms" at ticks), where each is drawn: never
    /// closer to the one before than the width of an "M".
    struct AxisLabel
    {
        QRect rect;
        QString text;
    };
    QList<AxisLabel> axisLabels() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    /// Marks the span in which the event happened (from another pane); emits nothing.
    void selectEvent(int eventIndex);

Q_SIGNALS:
    void eventSelected(int eventIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int axisHeight() const;
    int labelWidth() const;
    /// x in the viewport of time `ns`.
    double xFor(qint64 ns) const;
    int spanAt(const QPoint &pos) const;
    void choose(int row);
    void updateScrollBar();
    double axisStepMs(double pxPerMs) const;
    void paintAxis(QPainter &p) const;
    void paintTracks(QPainter &p) const;
    void paintSpan(QPainter &p, int row) const;

    PhaseSpanModel *m_model;
    int m_selected = -1;
    mutable int m_titleWidth = -1; // the widest track title; -1: to be measured
};

} // namespace Inspector
