// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a person meets it: the panes side by side at common sizes, the keyboard, the
// outcome of each session on its tab, findings that explain themselves, and running again.
#include "consolepane.h"
#include "eventdetail.h"
#include "mainwindow.h"
#include "models/phasespanmodel.h"
#include "phasetimeline.h"
#include "preferences.h"
#include "session/labsession.h"
#include "sessionview.h"
#include "streampane.h"
#include "summarypane.h"
#include "timelineview.h"
#include "trace/eventlog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Inspector;

namespace {
bool finished(const SessionView *view)
{
    return !view->isRunning() && view->log()->size() > 0;
}

/// Runs the lab in a window of the common laptop size and waits for it to end.
SessionView *runLab(MainWindow &w, LabSession::Variant variant = LabSession::Variant::Standard)
{
    if (!w.isVisible()) {
        w.setWindowState(Qt::WindowNoState);
        w.resize(1280, 800);
        w.show();
    }
    SessionView *view = w.runLab(variant);
    if (!QTest::qWaitFor([view] { return finished(view); }, 20000))
        return nullptr;
    return view;
}

QString paneSizes(const QList<QWidget *> &panes)
{
    QStringList out;
    for (const QWidget *p : panes)
        out << QStringLiteral("%1 %2x%3%4")
                   .arg(p->objectName())
                   .arg(p->width())
                   .arg(p->height())
                   .arg(p->isVisible() ? QString() : QStringLiteral(" hidden"));
    return out.join(QStringLiteral(", "));
}
} // namespace

class TestWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void panesSideBySide_data();
    void panesSideBySide();
    void detailPaneFollowsSelection();
    void phaseTimelineSelects();
    void phaseAxisLabelsApart();
    void keyboard();
    void outcomeOnTabsAndFindingsExplained();
    void runAgain();
    void consoleAfterTheSessionEnded();
};

void TestWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector-tests"));
    QStandardPaths::setTestModeEnabled(true);
    Preferences().save();
}

void TestWindow::panesSideBySide_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestWindow::panesSideBySide()
{
    // Stream, phase timeline, sequence diagram, features and outcome: all five visible
    // together, each with room to be read (320×200 logical pixels), without switching tabs.
    QFETCH(QSize, size);
    MainWindow w;
    w.setWindowState(Qt::WindowNoState); // a first start fills the screen; this size instead
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    SessionView *view = runLab(w);
    QVERIFY(view);
    QCoreApplication::processEvents();
    const QList<QWidget *> panes = {view->streamPane(), view->phaseTimeline(), view->timeline(),
                                    view->featuresView(), view->outcomeTabs()};
    for (QWidget *pane : panes) {
        QVERIFY2(pane->isVisible(), qPrintable(paneSizes(panes)));
        QVERIFY2(pane->width() >= 320 && pane->height() >= 200, qPrintable(paneSizes(panes)));
        QVERIFY(!pane->accessibleName().isEmpty());
    }
    // The outcome tab is the one in front; and no two panes overlap.
    QCOMPARE(view->outcomeTabs()->currentWidget(), view->summaryPane());
    for (int a = 0; a < panes.size(); ++a) {
        for (int b = a + 1; b < panes.size(); ++b) {
            const QRect ra(panes[a]->mapTo(view, QPoint()), panes[a]->size());
            const QRect rb(panes[b]->mapTo(view, QPoint()), panes[b]->size());
            QVERIFY2(!ra.intersects(rb), qPrintable(paneSizes(panes)));
        }
    }
    // Reset layout brings the same arrangement back after a pane was squeezed away.
    auto *reset = w.findChild<QAction *>(QStringLiteral("resetLayoutAction"));
    QVERIFY(reset);
    view->phaseTimeline()->parentWidget()->resize(10, 10);
    reset->trigger();
    QCoreApplication::processEvents();
    for (QWidget *pane : panes)
        QVERIFY2(pane->width() >= 320 && pane->height() >= 200, qPrintable(paneSizes(panes)));
}

void TestWindow::detailPaneFollowsSelection()
{
    MainWindow w;
    SessionView *view = runLab(w);
    QVERIFY(view);
    // Nothing selected: the detail pane takes no room.
    QVERIFY(!view->detailPane()->isVisible());
    const EventLog *log = view->log();
    int header = -1;
    for (int i = 0; i < log->size() && header < 0; ++i) {
        if (log->at(i).kind == EventKind::StreamHeader && log->at(i).connection == 2)
            header = i;
    }
    QVERIFY(header >= 0);
    view->selectEvent(header);
    QVERIFY(view->detailPane()->isVisible());
    QCOMPARE(view->detailPane()->event(), header);
    QCOMPARE(view->streamPane()->currentEvent(), header);
    // The heading says when, which connection and which way; the body is XML, not JSON.
    auto *heading = view->detailPane()->findChild<QLabel *>(QStringLiteral("eventHeading"));
    QVERIFY(heading->text().contains(QStringLiteral(" ms")));
    QVERIFY(heading->text().contains(QStringLiteral("connection 2")));
    auto *pretty = view->detailPane()->findChild<QPlainTextEdit *>(QStringLiteral("prettyView"));
    QVERIFY2(pretty->toPlainText().contains(QStringLiteral("<stream:stream")),
             qPrintable(pretty->toPlainText()));
    QCOMPARE(pretty->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    view->selectEvent(-1);
    QVERIFY(!view->detailPane()->isVisible());
}

void TestWindow::phaseAxisLabelsApart()
{
    MainWindow w;
    SessionView *view = runLab(w);
    QVERIFY(view);
    PhaseTimelineView *phases = view->phaseTimeline();
    QTRY_VERIFY(phases->model()->rowCount() > 10);
    // At every width, and with a font twice as large (as at 2x scale with large text), the
    // axis labels stay inside the view and apart by at least an "M".
    const QFont normal = phases->font();
    for (const int scale : {1, 2}) {
        QFont f = normal;
        f.setPointSizeF(normal.pointSizeF() * scale);
        phases->setFont(f);
        const int gap = phases->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        for (int width = 320; width <= 1600; width += 37) {
            phases->resize(width, phases->height());
            const QList<PhaseTimelineView::AxisLabel> labels = phases->axisLabels();
            QVERIFY(labels.size() >= 2);
            QCOMPARE(labels.at(1).text, QStringLiteral("0 ms"));
            for (int i = 2; i < labels.size(); ++i) {
                const int previousRight =
                    labels.at(i - 1).rect.x() +
                    phases->fontMetrics().horizontalAdvance(labels.at(i - 1).text);
                QVERIFY2(labels.at(i).rect.x() >= previousRight + gap,
                         qPrintable(QStringLiteral("%1 px: '%2' at %3 after '%4' ending at %5")
                                        .arg(width)
                                        .arg(labels.at(i).text)
                                        .arg(labels.at(i).rect.x())
                                        .arg(labels.at(i - 1).text)
                                        .arg(previousRight)));
                QVERIFY(labels.at(i).rect.right() < phases->viewport()->width());
            }
        }
    }
    phases->setFont(normal);
}

void TestWindow::phaseTimelineSelects()
{
    MainWindow w;
    SessionView *view = runLab(w);
    QVERIFY(view);
    PhaseTimelineView *phases = view->phaseTimeline();
    const PhaseSpanModel *model = phases->model();
    QTRY_VERIFY(model->rowCount() > 10);
    // Clicking a bar selects its phase event in every pane.
    const int row = model->slowestRow();
    QVERIFY(row >= 0);
    const QRect bar = phases->barRect(row);
    QVERIFY2(bar.width() >= 2 && phases->viewport()->rect().contains(bar.center()),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(bar.x())
                            .arg(bar.y())
                            .arg(bar.width())
                            .arg(bar.height())));
    QTest::mouseClick(phases->viewport(), Qt::LeftButton, {}, bar.center());
    const int event = model->index(row, 0).data(PhaseSpanModel::EventIndexRole).toInt();
    QCOMPARE(view->streamPane()->currentEvent(), event);
    QCOMPARE(view->detailPane()->event(), event);
    // Right steps to the next phase of the session, in time.
    phases->setFocus();
    QTest::keyClick(phases->viewport(), Qt::Key_Right);
    QVERIFY(view->streamPane()->currentEvent() > event);
    QCOMPARE(view->log()->at(view->streamPane()->currentEvent()).kind, EventKind::Phase);
}

void TestWindow::keyboard()
{
    MainWindow w;
    w.setWindowState(Qt::WindowNoState);
    w.resize(1280, 800);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    SessionView *first = runLab(w);
    QVERIFY(first);
    SessionView *second = runLab(w, LabSession::Variant::WrongKey);
    QVERIFY(second);
    QCOMPARE(w.currentSession(), second);
    // Tab leaves the stream table instead of walking its cells.
    QTableView *table = second->streamPane()->view();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 0));
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    // Ctrl+Tab and Ctrl+PgUp switch sessions.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(w.currentSession(), first);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_PageUp,
                    Qt::ControlModifier);
    QCOMPARE(w.currentSession(), second);
    // Ctrl+F goes to Find, Ctrl+Shift+F to the filter.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("streamFind"));
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("streamFilter"));
}

void TestWindow::outcomeOnTabsAndFindingsExplained()
{
    MainWindow w;
    SessionView *good = runLab(w);
    QVERIFY(good);
    SessionView *bad = runLab(w, LabSession::Variant::WrongKey);
    QVERIFY(bad);
    QTabWidget *tabs = w.tabs();
    const QString goodTitle = tabs->tabText(tabs->indexOf(good));
    const QString badTitle = tabs->tabText(tabs->indexOf(bad));
    QVERIFY2(goodTitle.contains(QStringLiteral("succeeded")), qPrintable(goodTitle));
    QVERIFY2(badTitle.contains(QStringLiteral("failed")), qPrintable(badTitle));
    QVERIFY(tabs->tabIcon(tabs->indexOf(good)).cacheKey() !=
            tabs->tabIcon(tabs->indexOf(bad)).cacheKey());
    QCOMPARE(bad->outcome(), SummaryPane::Outcome::Failed);
    // Each finding shows what it means and what to do, unfolded, without hovering.
    bad->summaryPane()->refresh();
    const QList<QTreeWidgetItem *> meaning = bad->summaryPane()->findItems(
        SummaryPane::tr("What it means"), Qt::MatchRecursive | Qt::MatchExactly);
    QVERIFY(!meaning.isEmpty());
    for (QTreeWidgetItem *item : meaning) {
        QVERIFY(item->parent()->isExpanded());
        QVERIFY(!item->text(1).isEmpty());
        QVERIFY(!bad->summaryPane()->visualItemRect(item).isEmpty());
    }
    QVERIFY(!bad->summaryPane()
                 ->findItems(SummaryPane::tr("What to do"), Qt::MatchRecursive | Qt::MatchExactly)
                 .isEmpty());
}

void TestWindow::runAgain()
{
    MainWindow w;
    SessionView *first = runLab(w, LabSession::Variant::WrongKey);
    QVERIFY(first);
    auto *again = w.findChild<QAction *>(QStringLiteral("runAgainAction"));
    QVERIFY(again && again->isEnabled());
    QCOMPARE(again->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    again->trigger();
    SessionView *second = w.currentSession();
    QVERIFY(second != first);
    QCOMPARE(w.tabs()->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(finished(second), 20000);
    // The same session specification ran: the same variant, the same outcome, a new log.
    QVERIFY(second->specification().has_value());
    QVERIFY(std::holds_alternative<LabOptions>(*second->specification()));
    QCOMPARE(std::get<LabOptions>(*second->specification()).variant, LabSession::Variant::WrongKey);
    QCOMPARE(second->outcome(), first->outcome());
    QVERIFY(second->log() != first->log());
}

void TestWindow::consoleAfterTheSessionEnded()
{
    // A session that could send and was stopped says it ended, not that its kind cannot send.
    ConsolePane console;
    auto *status = console.findChild<QLabel *>(QStringLiteral("consoleStatus"));
    QVERIFY(status);
    console.detach();
    QVERIFY2(status->text().contains(QStringLiteral("cannot send")), qPrintable(status->text()));
    bool live = true;
    console.attach(
        QStringLiteral("jabber:client"), [&] { return live; },
        [](const QVector<ElementPtr> &, QString *) { return true; });
    QVERIFY2(status->text().startsWith(QStringLiteral("Ready")), qPrintable(status->text()));
    live = false;
    console.detach();
    QVERIFY2(status->text().contains(QStringLiteral("has ended")), qPrintable(status->text()));
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
