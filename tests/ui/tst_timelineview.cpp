// SPDX-License-Identifier: GPL-3.0-or-later
// The sequence diagram widget over the lab's timeline, on the offscreen platform: it paints
// the engine's layout with its own font, labels fit their arrows, clicks select, zoom and fit.
#include "models/timelinemodel.h"
#include "render/sequencelayout.h"
#include "session/labsession.h"
#include "timelineview.h"
#include "trace/eventlog.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Inspector;

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void labelsFitTheWidgetsFont();
    void clickSelectsTheRowsEvent();
    void zoomAndFit();

private:
    EventLog m_log;
    TimelineModel *m_model = nullptr;
};

void TestTimelineView::initTestCase()
{
    m_model = new TimelineModel(&m_log, this);
    LabSession lab(&m_log, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
    m_model->flush();
    QVERIFY(m_model->rowCount() > 20);
}

void TestTimelineView::labelsFitTheWidgetsFont()
{
    TimelineView view(m_model);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const SequenceLayout &layout = view.sequenceLayout();
    QCOMPARE(layout.rows().size(), m_model->rowCount());
    QCOMPARE(layout.lanes().size(), m_model->lanes().size());
    // Every arrow's label within its span and above its line, every title in its box.
    for (const SequenceLayout::Row &row : layout.rows()) {
        if (!row.arrow)
            continue;
        for (const SequenceLayout::TextLine &line : row.label) {
            QVERIFY(line.origin.x() >= qMin(row.x1, row.x2));
            QVERIFY2(line.origin.x() + line.width <= qMax(row.x1, row.x2), qPrintable(line.text));
        }
        QVERIFY(row.box.bottom() < row.lineY - layout.headHalfHeight());
    }
    for (const SequenceLayout::Lane &lane : layout.lanes()) {
        for (const SequenceLayout::TextLine &line : lane.title)
            QVERIFY2(line.origin.x() >= lane.box.left() &&
                         line.origin.x() + line.width <= lane.box.right(),
                     qPrintable(line.text));
    }
    const QImage image = view.renderImage();
    QCOMPARE(image.size(), view.diagramSize());
    // Kept for a person to look at, beside the application's screenshot.
    QDir().mkpath(QStringLiteral(INSPECTOR_TEST_RUN_DIR));
    QVERIFY(image.save(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/timeline-lab.png")));
    QVERIFY(view.grab().save(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/timeline-lab-view.png")));
}

void TestTimelineView::clickSelectsTheRowsEvent()
{
    TimelineView view(m_model);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const SequenceLayout &layout = view.sequenceLayout();
    QSignalSpy selected(&view, &TimelineView::eventSelected);
    // A row below the header, clicked in its middle.
    const int row = 3;
    const SequenceLayout::Row &r = layout.rows().at(row);
    const int y = int(r.top + r.height / 2) - view.verticalScrollBar()->value();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(int(r.x1), y));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toInt(), m_model->eventForRow(row));
    QCOMPARE(view.selectedRow(), row);
    // Hovering shows the row's whole label, however it was wrapped.
    const QPoint at(int(r.x1), y);
    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(r.fullLabel.toHtmlEscaped()), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(r.time.text));
    // A click on the lanes' titles selects nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(200, 5));
    QCOMPARE(selected.size(), 1);
    // Selecting the last event scrolls it into view.
    const int last = m_model->rowCount() - 1;
    view.selectEvent(m_model->eventForRow(last));
    QCOMPARE(view.selectedRow(), last);
    const int top = view.verticalScrollBar()->value();
    QVERIFY(layout.rows().at(last).top >= top + layout.headerHeight());
    QVERIFY(layout.rows().at(last).bottom() <= top + view.viewport()->height());
}

void TestTimelineView::zoomAndFit()
{
    TimelineView view(m_model);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fit();
    QVERIFY2(view.diagramSize().width() <= view.viewport()->width() + 1,
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(view.diagramSize().width())
                            .arg(view.viewport()->width())));
    const QSize fitted = view.diagramSize();
    view.setAutoFit(false);
    view.zoomIn();
    QVERIFY(view.diagramSize().width() > fitted.width());
    view.zoomOut();
    view.zoomOut();
    QVERIFY(view.diagramSize().width() < fitted.width());
    QCOMPARE(view.sequenceLayout().rows().size(), m_model->rowCount());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
