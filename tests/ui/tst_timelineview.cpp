// SPDX-License-Identifier: GPL-3.0-or-later
// The sequence diagram widget over the lab's timeline, on the offscreen platform: it paints
// the engine's layout with its own font, labels are whole where they fit and reachable where
// they do not, clicks and keys select and the view follows, fit fits, a dark theme's selected
// row is readable, and the View menu shows or hides the phases.
#include "fonttextmetrics.h"
#include "mainwindow.h"
#include "models/timelinemodel.h"
#include "render/sequencelayout.h"
#include "sequencepainter.h"
#include "session/labsession.h"
#include "sessionview.h"
#include "timelineview.h"
#include "trace/eventjson.h"
#include "trace/eventlog.h"

#include <QApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using namespace Inspector;

namespace {
QString withoutSpaces(QString text)
{
    return text.remove(QLatin1Char(' '));
}

QString joined(const QVector<SequenceLayout::TextLine> &lines)
{
    QString all;
    for (const SequenceLayout::TextLine &line : lines)
        all += line.text;
    return all;
}

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The application's dark theme (Preferences, "dark").
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

bool fullyVisible(const TimelineView &view, int row)
{
    const SequenceLayout::Row &r = view.sequenceLayout().rows().at(row);
    const int top = view.verticalScrollBar()->value();
    return r.top >= top + view.sequenceLayout().headerHeight() &&
           r.bottom() <= top + view.viewport()->height();
}

void runLab(EventLog *log)
{
    LabSession lab(log, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
}
} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void labelsFitTheWidgetsFont();
    void noLabelElidedThatFits();
    void longLabelIsReachable();
    void clickSelectsTheRowsEvent();
    void zoomAndFit();
    void followsTheSelection();
    void darkSelectedRowIsReadable();
    void phasesFromTheViewMenu();
    void metricsMeasureAsDrawn();
    void diagramCatchesUpWithAFlood();

private:
    EventLog m_log;
    TimelineModel *m_model = nullptr;
};

void TestTimelineView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector-tests"));
    QStandardPaths::setTestModeEnabled(true);
    m_model = new TimelineModel(&m_log, this);
    runLab(&m_log);
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
    // Every label within the lanes and above its arrow's line, every title in its box.
    for (const SequenceLayout::Row &row : layout.rows()) {
        for (const SequenceLayout::TextLine &line : row.label) {
            QVERIFY(line.origin.x() >= layout.timeWidth());
            QVERIFY2(line.origin.x() + line.width <= layout.size().width(), qPrintable(line.text));
        }
        if (row.arrow)
            QVERIFY(row.box.bottom() < row.lineY - layout.headHalfHeight());
    }
    // Each lane named once, by its domain and then its role.
    for (int l = 0; l < layout.lanes().size(); ++l) {
        const SequenceLayout::Lane &lane = layout.lanes().at(l);
        for (const SequenceLayout::TextLine &line : lane.title)
            QVERIFY2(line.origin.x() >= lane.box.left() &&
                         line.origin.x() + line.width <= lane.box.right(),
                     qPrintable(line.text));
        const TimelineModel::Lane &named = m_model->lanes().at(l);
        QCOMPARE(joined(lane.title.mid(0, lane.domainLines)), named.domain);
        QCOMPARE(joined(lane.title.mid(lane.domainLines)), named.roleTitle());
    }
    const QImage image = view.renderImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.height() > 20 * layout.rows().size() / 2);
    // Kept for a person to look at, beside the application's screenshot.
    QDir().mkpath(QStringLiteral(INSPECTOR_TEST_RUN_DIR));
    QVERIFY(image.save(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/timeline-lab.png")));
    QVERIFY(view.grab().save(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/timeline-lab-view.png")));
}

void TestTimelineView::noLabelElidedThatFits()
{
    TimelineView view(m_model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setAutoFit(false);
    for (int step = 0; step < 6; ++step) {
        // At 100 %, then zoomed out twice, then in: the layout of each zoom, its font's widths.
        if (step == 1 || step == 2)
            view.zoomOut();
        else if (step > 2)
            view.zoomIn();
        const FontTextMetrics metrics(view.diagramFont());
        const SequenceLayout &layout = view.sequenceLayout();
        for (const SequenceLayout::Row &row : layout.rows()) {
            const qsizetype needs = metrics.wrapped(row.fullLabel, row.labelWidth, 1000).size();
            QVERIFY(needs <= layout.style().maxLabelLines); // the lab's labels all fit
            QVERIFY2(!row.shortened, qPrintable(row.fullLabel));
            QCOMPARE(withoutSpaces(joined(row.label)), withoutSpaces(row.fullLabel));
        }
    }
}

void TestTimelineView::longLabelIsReachable()
{
    EventLog log;
    TimelineModel model(&log);
    const int c = log.addConnection(QStringLiteral("initiating"), QStringLiteral("a → b"),
                                    QStringLiteral("a.example"), QStringLiteral("b.example"));
    const QString message =
        QStringLiteral("the peer said: ") + QStringLiteral("nothing of use ").repeated(80);
    Event e;
    e.connection = c;
    e.kind = EventKind::Error;
    e.direction = Direction::Local;
    e.monotonicNs = 1000000;
    EventJson::setData(&e, {{QStringLiteral("message"), message}});
    log.appendRecorded(e);
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    TimelineView view(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const SequenceLayout::Row &r = view.sequenceLayout().rows().at(0);
    QVERIFY(r.shortened);
    QVERIFY(r.fullLabel.contains(message.trimmed()));
    // Hover: the whole text in the tooltip.
    const int y = int(r.top + r.height / 2) - view.verticalScrollBar()->value();
    const QPoint at(int(r.x1) - view.horizontalScrollBar()->value(), y);
    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(withoutSpaces(QToolTip::text()).contains(withoutSpaces(message.trimmed())),
             qPrintable(QToolTip::text()));
    // Selected: the whole text in the note below the diagram.
    QVERIFY(view.note().isEmpty());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(view.selectedRow(), 0);
    QVERIFY(view.note().contains(message.trimmed()));
    QVERIFY(view.note().contains(r.time.text));
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("timelineNote"))->isVisible());
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
    const QPoint at(int(r.x1) - view.horizontalScrollBar()->value(), y);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toInt(), m_model->eventForRow(row));
    QCOMPARE(view.selectedRow(), row);
    QVERIFY(view.note().contains(view.sequenceLayout().rows().at(row).fullLabel));
    QVERIFY(view.grab().save(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/timeline-selected.png")));
    // Hovering shows the row's whole label, however it was wrapped.
    const SequenceLayout::Row &hovered = view.sequenceLayout().rows().at(row);
    const QPoint now(int(hovered.x1) - view.horizontalScrollBar()->value(),
                     int(hovered.top + hovered.height / 2) - view.verticalScrollBar()->value());
    QHelpEvent help(QEvent::ToolTip, now, view.viewport()->mapToGlobal(now));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(hovered.fullLabel.toHtmlEscaped()),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(hovered.time.text));
    // A click on the lanes' titles selects nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(200, 5));
    QCOMPARE(selected.size(), 1);
    // The arrow keys move the selection.
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.selectedRow(), row + 1);
    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected.at(1).at(0).toInt(), m_model->eventForRow(row + 1));
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.selectedRow(), m_model->rowCount() - 1);
    QVERIFY(fullyVisible(view, view.selectedRow()));
    // Selecting an event elsewhere scrolls its row into view.
    view.selectEvent(m_model->eventForRow(2));
    QCOMPARE(view.selectedRow(), 2);
    QVERIFY(fullyVisible(view, 2));
}

void TestTimelineView::zoomAndFit()
{
    TimelineView view(m_model);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QSize before = view.diagramSize();
    QVERIFY(before.height() > view.viewport()->height()); // it scrolls: there is work to do
    view.fit();
    const QSize fitted = view.diagramSize();
    const QSize room = view.viewport()->size();
    const QString sizes = QStringLiteral("%1×%2 in %3×%4")
                              .arg(fitted.width())
                              .arg(fitted.height())
                              .arg(room.width())
                              .arg(room.height());
    // All of it in view, nothing to scroll, and as large as fits: one side (nearly) filled.
    QVERIFY2(fitted.width() <= room.width() && fitted.height() <= room.height(), qPrintable(sizes));
    QCOMPARE(view.verticalScrollBar()->maximum(), 0);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    QVERIFY2(fitted.width() >= 0.9 * room.width() || fitted.height() >= 0.9 * room.height(),
             qPrintable(sizes));
    // Fitting a larger viewport gives a larger diagram (it is not a reset to one scale).
    view.resize(1300, 1000);
    QCOMPARE(view.diagramSize(), fitted); // fit() was once, not on every resize
    view.fit();
    QVERIFY(view.diagramSize().height() > fitted.height());
    QVERIFY(view.diagramSize().height() <= view.viewport()->height());
    const QSize larger = view.diagramSize();
    view.zoomIn();
    QVERIFY(view.diagramSize().width() > larger.width());
    view.zoomOut();
    view.zoomOut();
    QVERIFY(view.diagramSize().width() < larger.width());
    QCOMPARE(view.sequenceLayout().rows().size(), m_model->rowCount());
}

void TestTimelineView::followsTheSelection()
{
    TimelineView view(m_model);
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int last = m_model->rowCount() - 1;
    const int event = m_model->eventForRow(last);
    view.selectEvent(event);
    QCOMPARE(view.selectedRow(), last);
    QVERIFY(fullyVisible(view, last));
    view.setAutoFit(false);
    view.zoomIn();
    view.zoomIn();
    QCOMPARE(view.selectedRow(), last);
    QVERIFY(fullyVisible(view, last));
    view.verticalScrollBar()->setValue(0);
    view.selectEvent(m_model->eventForRow(last / 2));
    QVERIFY(fullyVisible(view, last / 2));
    // The phases shown: the same event selected, in its new row, in view.
    const int middle = m_model->eventForRow(last / 2);
    m_model->setShowPhases(true);
    QCOMPARE(view.selectedRow(), m_model->rowForEvent(middle));
    QCOMPARE(m_model->eventForRow(view.selectedRow()), middle);
    QVERIFY(fullyVisible(view, view.selectedRow()));
    m_model->setShowPhases(false);
    QCOMPARE(m_model->eventForRow(view.selectedRow()), middle);
}

void TestTimelineView::darkSelectedRowIsReadable()
{
    const QPalette dark = darkPalette();
    TimelineView view(m_model);
    view.setPalette(dark);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int row = 4;
    view.selectEvent(m_model->eventForRow(row));
    const SequenceLayout &layout = view.sequenceLayout();
    const SequenceLayout::Row &r = layout.rows().at(row);
    // The row in Highlight, everything on it in HighlightedText, as item views draw theirs.
    const SequencePainter painter(layout, dark, view.diagramFont());
    const SequencePainter::RowColours c = painter.colours(r, true, false);
    QCOMPARE(c.background, dark.color(QPalette::Highlight));
    QCOMPARE(c.text, dark.color(QPalette::HighlightedText));
    QCOMPARE(c.time, dark.color(QPalette::HighlightedText));
    QCOMPARE(c.arrow, dark.color(QPalette::HighlightedText));
    // Unselected rows readable too, in both themes.
    for (const QPalette &palette : {dark, QApplication::palette()}) {
        const SequencePainter p(layout, palette, view.diagramFont());
        for (const SequenceLayout::Row &any : layout.rows()) {
            const SequencePainter::RowColours plain = p.colours(any, false, false);
            QVERIFY(contrast(plain.text, plain.background) >= 4.5);
            QVERIFY(contrast(plain.markText, plain.markFill) >= 4.5);
            QVERIFY(contrast(plain.time, plain.background) >= 4.5);
            QVERIFY(contrast(plain.arrow, plain.background) >= 3);
        }
    }
    // And on screen: the row's band is Highlight, its label's pixels HighlightedText (white,
    // brighter than any other text of the dark theme).
    const QImage shot = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int dx = view.horizontalScrollBar()->value(), dy = view.verticalScrollBar()->value();
    int highlight = 0, white = 0, band = 0;
    for (int y = int(r.top) + 1 - dy; y < int(r.bottom()) - 1 - dy; ++y) {
        for (int x = 0; x < qMin(shot.width(), int(layout.size().width()) - dx); ++x) {
            const QColor px = shot.pixelColor(x, y);
            ++band;
            highlight += px == dark.color(QPalette::Highlight) ? 1 : 0;
            white += qMin(px.red(), qMin(px.green(), px.blue())) >= 0xf5 ? 1 : 0;
        }
    }
    QVERIFY2(highlight > band * 0.6,
             qPrintable(QStringLiteral("%1 of %2").arg(highlight).arg(band)));
    QVERIFY2(white > 20, qPrintable(QString::number(white)));
    shot.save(QStringLiteral(INSPECTOR_TEST_RUN_DIR "/timeline-dark-selected.png"));
}

void TestTimelineView::phasesFromTheViewMenu()
{
    QSettings().remove(QStringLiteral("view/showPhases"));
    MainWindow w;
    w.show();
    auto *action = w.findChild<QAction *>(QStringLiteral("showPhasesAction"));
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked()); // off by default
    bool inViewMenu = false;
    for (QAction *menu : w.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inViewMenu = menu->text().remove(QLatin1Char('&')) == QLatin1String("View");
    }
    QVERIFY(inViewMenu);
    SessionView *view = w.runLab();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning() && view->log()->size() > 0, 20000);
    TimelineModel *model = view->timelineModel();
    const auto phaseRows = [model, view] {
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            n += view->log()->at(model->eventForRow(r)).kind == EventKind::Phase ? 1 : 0;
        return n;
    };
    QTRY_VERIFY(model->rowCount() > 20);
    QCOMPARE(phaseRows(), 0);
    action->trigger();
    QVERIFY(model->showsPhases());
    QVERIFY(phaseRows() > 20);
    QCOMPARE(view->timeline()->sequenceLayout().rows().size(), model->rowCount());
    QVERIFY(QSettings().value(QStringLiteral("view/showPhases")).toBool());
    // A new session follows the choice.
    SessionView *second = w.runLab();
    QVERIFY(second->timelineModel()->showsPhases());
    QTRY_VERIFY_WITH_TIMEOUT(!second->isRunning() && second->log()->size() > 0, 20000);
    action->trigger();
    QCOMPARE(phaseRows(), 0);
    QVERIFY(!second->timelineModel()->showsPhases());
    QSettings().remove(QStringLiteral("view/showPhases"));
}

void TestTimelineView::metricsMeasureAsDrawn()
{
    // Labels are measured by summing each character's advance where characters are drawn
    // alone: never narrower than Qt draws them (nothing drawn is cut), wider by the kerning it
    // leaves out (a tenth at most, in a string made of kerned pairs); other scripts are
    // measured as Qt shapes them.
    const QFont font = TimelineView(m_model).diagramFont();
    const FontTextMetrics metrics(font);
    const QFontMetricsF shaped(font);
    for (const QString &text :
         {QStringLiteral("iq type=result id=ping-1 to=lab-a.localhost from=lab-b.localhost"),
          QStringLiteral("ping → result"), QStringLiteral("naïve café — Ärger …"),
          QStringLiteral("WAVE AVATAR Type To"), QStringLiteral("<db:result/> “quoted”")}) {
        const double drawn = shaped.horizontalAdvance(text);
        QVERIFY2(
            metrics.width(text) >= drawn - 0.01 && metrics.width(text) <= drawn * 1.1 + 1,
            qPrintable(
                QStringLiteral("%1: %2 for %3").arg(text).arg(metrics.width(text)).arg(drawn)));
    }
    for (const QString &text : {QStringLiteral("日本語のテキスト"), QStringLiteral("مرحبا بالعالم"),
                                QStringLiteral("e\u0301te\u0301")})
        QCOMPARE(metrics.width(text), shaped.horizontalAdvance(text));
    // Wrapped lines fit as drawn.
    const QString label = QStringLiteral("message type=chat id=7f3a9c to=bob@lab-b.localhost/phone "
                                         "from=alice@lab-a.localhost <body/>");
    for (const QString &line : metrics.wrapped(label, 150, 6))
        QVERIFY2(shaped.horizontalAdvance(line) <= 150, qPrintable(line));
}

void TestTimelineView::diagramCatchesUpWithAFlood()
{
    EventLog log;
    TimelineModel model(&log);
    TimelineView view(&model);
    view.resize(900, 600);
    view.show();
    const auto flood = [this, &log](int copies = 30) {
        for (int copy = 0; copy < copies; ++copy) {
            for (int i = 0; i < m_log.size(); ++i) {
                Event e = m_log.at(i);
                log.append(std::move(e));
            }
        }
    };
    flood();
    model.flush();
    // The rows are laid out in slices after they arrive, not while the model announces them...
    QVERIFY(view.sequenceLayout().rows().size() < model.rowCount());
    // ...and all of them soon after.
    QTRY_COMPARE(view.sequenceLayout().rows().size(), model.rowCount());
    // A row selected shortly before its slice came is laid out and selected at once...
    flood(5);
    model.flush();
    QVERIFY(view.sequenceLayout().rows().size() < model.rowCount());
    view.selectEvent(model.eventForRow(model.rowCount() - 1));
    QCOMPARE(view.selectedRow(), model.rowCount() - 1);
    // ...one far ahead (the last of a large transcript just read) once the slices reach it,
    // without laying out thousands of rows in one go.
    flood();
    model.flush();
    const int last = model.eventForRow(model.rowCount() - 1);
    view.selectEvent(last);
    QCOMPARE(view.selectedRow(), -1);
    QTRY_COMPARE(view.selectedRow(), model.rowCount() - 1);
    QCOMPARE(view.sequenceLayout().rows().size(), model.rowCount());
    // Zooming a long diagram lays it out again in slices: the selection and the place come
    // back once the slices reach them.
    flood(300); // more rows than one slice lays out on a fast machine
    model.flush();
    QTRY_COMPARE(view.sequenceLayout().rows().size(), model.rowCount());
    const int middle = model.rowCount() / 2;
    view.selectEvent(model.eventForRow(middle));
    QTRY_COMPARE(view.selectedRow(), middle);
    const int place = view.verticalScrollBar()->value();
    QVERIFY(place > 0);
    view.zoomOut();
    QVERIFY(view.sequenceLayout().rows().size() < model.rowCount());
    QTRY_COMPARE(view.sequenceLayout().rows().size(), model.rowCount());
    QCOMPARE(view.selectedRow(), middle);
    QCOMPARE(view.verticalScrollBar()->value(), place);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
