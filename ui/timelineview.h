// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>

#include <memory>

namespace Inspector {

class FontTextMetrics;
class SequenceLayout;
class SequencePainter;
class TimelineModel;

/**
 * The sequence diagram: a vertical lane per party, an arrow per message with its time and
 * a mark per phase or verdict, one row each, as the engine's SequenceLayout places them with
 * this widget's font. Click a row to select its event; hover for its whole label; zoom with
 * Ctrl+wheel or zoomIn()/zoomOut(); fit() makes every lane visible.
 */
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(TimelineModel *model, QWidget *parent = nullptr);
    ~TimelineView() override;

    int selectedRow() const { return m_selected; }
    /// Renders the whole diagram (not only the visible part), for export.
    QImage renderImage() const;
    /// The whole diagram as a PNG (as on screen) or SVG (the exports' drawing, in DejaVu Sans
    /// Mono) file, by the name's suffix; false if it cannot be written, with the reason in
    /// *error.
    bool exportTo(const QString &path, QString *error) const;
    void render(QPainter *painter, int firstRow, int lastRow) const;
    void renderHeader(QPainter *painter) const;
    QSize diagramSize() const;
    const SequenceLayout &sequenceLayout() const { return *m_layout; }

public Q_SLOTS:
    void selectEvent(int eventIndex);
    void zoomIn();
    void zoomOut();
    /// Zoom steps chosen by the user end the automatic fitting.
    void setAutoFit(bool on) { m_autoFit = on; }
    void fit();

Q_SIGNALS:
    void eventSelected(int eventIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void updateScrollBars();
    void scrollToSelected();
    void setZoom(double zoom);
    QFont diagramFont() const;
    SequencePainter painter() const;
    /// The row at viewport height y, -1 if none.
    int rowAtViewport(double y) const;

    TimelineModel *m_model;
    std::unique_ptr<FontTextMetrics> m_metrics;
    std::unique_ptr<SequenceLayout> m_layout;
    int m_selected = -1;
    int m_hovered = -1;
    double m_zoom = 1.0;
    bool m_follow = true;
    bool m_autoFit = true; // until the user zooms
};

} // namespace Inspector
