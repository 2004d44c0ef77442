// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

class QLabel;

namespace Inspector {

class SequenceLayout;
class SequencePainter;
class TimelineModel;

/**
 * The sequence diagram: a vertical lane per party, an arrow per message with its time and
 * a mark per verdict, error or (if the model shows them) phase, one row each, as the engine's
 * SequenceLayout places them with this widget's font. Click a row or move with the arrow keys
 * to select its event; the selected row stays in view and its whole text is shown in a note
 * below the diagram; hover for a tooltip with the same text. Zoom (Ctrl+wheel, zoomIn(),
 * zoomOut()) scales text and lanes together; fit() makes the whole diagram fit the viewport.
 * Until the user zooms, the lanes are fitted to the width.
 */
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(TimelineModel *model, QWidget *parent = nullptr);
    ~TimelineView() override;

    int selectedRow() const { return m_selected; }
    double zoom() const { return m_zoom; }
    /// The font the diagram is laid out and drawn in: the widget's, scaled by the zoom.
    QFont diagramFont() const;
    /// The selected row's whole text, as the note below the diagram shows it; empty if none.
    QString note() const;
    /// What a row says in full: its time, its lanes and its whole label.
    QString describeRow(int row) const;
    /// The whole diagram (not only the visible part) at 100 %, without selection, for export.
    QImage renderImage() const;
    /// The whole diagram as a PNG (renderImage()) or SVG (the exports' drawing, in DejaVu Sans
    /// Mono) file, by the name's suffix; false if it cannot be written, with the reason in
    /// *error. Both show the phases if the model does.
    bool exportTo(const QString &path, QString *error) const;
    /// The diagram's size at the current zoom.
    QSize diagramSize() const;
    const SequenceLayout &sequenceLayout() const;
    TimelineModel *model() const { return m_model; }
    /// No more rows are coming (the session ended): what is not laid out yet is, slice after
    /// slice, without waiting for a flood to be over.
    void layOutRest();

public Q_SLOTS:
    void selectEvent(int eventIndex);
    void zoomIn();
    void zoomOut();
    /// Zoom steps chosen by the user end the automatic fitting to the width.
    void setAutoFit(bool on) { m_autoFit = on; }
    /// Scales the diagram so that all of it, every lane and row, fits the viewport.
    void fit();

Q_SIGNALS:
    void eventSelected(int eventIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Drawing;
    std::unique_ptr<Drawing> makeDrawing(double zoom) const;
    void relayout();
    void layOutArrived();
    void updateScrollBars();
    void updateNote();
    void setZoom(double zoom);
    /// The zoom within [low, high] at which the diagram's width (and height) fit `room`.
    void fitTo(QSize room, bool height, double low, double high);
    void fitWidth();
    void select(int row);
    void ensureVisible(int row);
    /// The row at viewport height y, -1 if none.
    int rowAtViewport(double y) const;

    TimelineModel *m_model;
    std::unique_ptr<Drawing> m_drawing;
    QLabel *m_note;
    int m_selected = -1;              // the row
    int m_selectedEvent = -1;         // its event, kept across a reset (phases shown or hidden)
    bool m_selectWhenLaidOut = false; // selected far ahead of the layout
    int m_scrollWhenLaidOut = -1;     // the place kept while a relayout catches up
    bool m_fitting = false;           // fitTo() measures whole layouts (up to a size)
    int m_hovered = -1;
    double m_zoom = 1.0;
    bool m_follow = true;  // stays at the bottom as rows arrive, until a row is selected
    bool m_autoFit = true; // until the user zooms
    // Rows that arrived are laid out in slices (see layOutArrived()).
    QTimer m_layoutTimer;
    QElapsedTimer m_sinceSlice; // since the last slice
    QElapsedTimer m_sinceRows;  // since rows last arrived
};

} // namespace Inspector
