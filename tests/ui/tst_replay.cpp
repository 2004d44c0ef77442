// SPDX-License-Identifier: GPL-3.0-or-later
// Replay and recovery: the state at step N equals the live state after N events; a transcript
// opens in the window and steps; the replay bar's keys, slider, buttons, speeds and narration;
// a session killed mid-way is recovered from its autosave.
#include "eventdetail.h"
#include "facts/eventfacts.h"
#include "mainwindow.h"
#include "models/timelinemodel.h"
#include "narratepanel.h"
#include "render/sequencelayout.h"
#include "replaybar.h"
#include "scriptedpeer.h"
#include "session/labsession.h"
#include "session/replay.h"
#include "sessionview.h"
#include "streampane.h"
#include "summarypane.h"
#include "timelineview.h"
#include "trace/eventlog.h"
#include "trace/phases.h"
#include "trace/summary.h"
#include "trace/transcript.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Inspector;
using Inspector::Test::ScriptedPeer;

class TestReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stateAtEachStepEqualsLiveState();
    void transcriptOpensAndSteps();
    void keysStepTheCursor();
    void keysLeaveTextFieldsAlone();
    void sliderSeeks();
    void buttonsStayPut();
    void narrationStopsOnlyWhereThereIsSomethingToSay();
    void fixedIntervalPlaysOneStepPerInterval();
    void fixedIntervalInTheBar();
    void narrateShowsTheStep();
    void panesFollowTheCursor();
    void killedSessionIsRecovered();

private:
    /// The lab's transcript (recorded once) opened in a shown, active window.
    SessionView *openLab(MainWindow *w);
    template<class T> static T *child(SessionView *view, const char *name)
    {
        auto *found = view->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    int firstOutboundDialbackResult() const;

    QTemporaryDir m_dir;
    EventLog m_lab;
    QString m_labPath;
};

void TestReplay::initTestCase()
{
    // Private data folder for autosaves, shared with the helper process below.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("xmpp-inspector"));
    QCoreApplication::setApplicationName(QStringLiteral("XMPP Inspector"));
}

void TestReplay::stateAtEachStepEqualsLiveState()
{
    EventLog live;
    QVector<QJsonObject> liveStates;
    connect(&live, &EventLog::eventAppended, this,
            [&](int) { liveStates.append(Summary::build(live).toJson()); });
    LabSession lab(&live, LabSession::Variant::Standard);
    QSignalSpy finished(&lab, &LabSession::finished);
    lab.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(liveStates.size(), live.size());

    EventLog view;
    ReplayController replay(&live, &view);
    for (int n = 1; n <= live.size(); ++n) {
        replay.stepTo(n);
        QCOMPARE(Summary::build(view).toJson(), liveStates.at(n - 1));
    }
    // Backwards too.
    for (int n : {live.size() / 2, 3, 1}) {
        replay.stepTo(n);
        QCOMPARE(view.size(), n);
        QCOMPARE(Summary::build(view).toJson(), liveStates.at(n - 1));
    }
}

void TestReplay::transcriptOpensAndSteps()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    const EventLog &live = m_lab;
    QTableView *table = view->streamPane()->view();
    QTRY_COMPARE(table->model()->rowCount(), live.size());
    view->replay()->first();
    QTRY_COMPARE(table->model()->rowCount(), 0);
    for (int i = 0; i < 12; ++i)
        view->replay()->next();
    QTRY_COMPARE(table->model()->rowCount(), 12);
    // Mid-replay, the tab says how the recorded session ended (not "running"), and the
    // session's clock is the one at the cursor.
    QCOMPARE(view->outcome(), SummaryPane::Outcome::Succeeded);
    QVERIFY2(w.tabs()
                 ->tabText(w.tabs()->currentIndex())
                 .endsWith(SummaryPane::outcomeText(SummaryPane::Outcome::Succeeded)),
             qPrintable(w.tabs()->tabText(w.tabs()->currentIndex())));
    QCOMPARE(view->elapsedMs(), live.at(11).monotonicNs / 1000000);
    auto *position = view->findChild<QLabel *>(QStringLiteral("replayPosition"));
    QVERIFY(position->text().contains(QLatin1String("12")));
    // The cursor's element is selected and explained for a learner.
    auto *explanation = view->findChild<QLabel *>(QStringLiteral("explanation"));
    const int dialback = firstOutboundDialbackResult();
    QVERIFY(dialback > 0);
    view->replay()->stepTo(dialback + 1);
    QTRY_VERIFY(explanation->text().contains(QLatin1String("XEP-0220")));
    // The status bar's phase at every step: the last one a connection entered up to the cursor.
    for (int n = 0; n <= live.size(); ++n) {
        view->replay()->stepTo(n);
        QString expected;
        for (int i = n - 1; i >= 0 && expected.isEmpty(); --i) {
            const Event &e = live.at(i);
            if (e.kind == EventKind::Phase && e.connection != 0)
                expected = QStringLiteral("%1: %2")
                               .arg(e.connection)
                               .arg(Phases::label(e.payload.as<PhaseEventFact>().name));
        }
        QCOMPARE(view->currentPhase(), expected);
    }
    QVERIFY(!view->currentPhase().isEmpty());
    view->replay()->last();
    QTRY_COMPARE(table->model()->rowCount(), live.size());
    QCOMPARE(view->elapsedMs(), live.at(live.size() - 1).monotonicNs / 1000000);
    // Saving the replayed session writes all of it, whatever the cursor.
    view->replay()->stepTo(5);
    const QString again = m_dir.filePath(QStringLiteral("again.xitrace"));
    QString error;
    QVERIFY(view->save(again, false, &error));
    EventLog reread;
    QVERIFY(Transcript::read(again, &reread).ok);
    QCOMPARE(reread.size(), live.size());
}

SessionView *TestReplay::openLab(MainWindow *w)
{
    if (m_labPath.isEmpty()) {
        LabSession lab(&m_lab, LabSession::Variant::Standard);
        QSignalSpy finished(&lab, &LabSession::finished);
        lab.start();
        if (!finished.wait(20000))
            return nullptr;
        m_labPath = m_dir.filePath(QStringLiteral("keys.xitrace"));
        QString error;
        if (!Transcript::write(m_lab, m_labPath, {}, &error))
            return nullptr;
    }
    w->resize(1280, 800);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w) || !w->openTranscript(m_labPath))
        return nullptr;
    // On a slow or busy machine even the lab's transcript may be read on after the first slice.
    if (!QTest::qWaitFor([w] { return w->currentSession() && !w->currentSession()->isReading(); },
                         20000))
        return nullptr;
    SessionView *view = w->currentSession();
    return view && view->replay() ? view : nullptr;
}

int TestReplay::firstOutboundDialbackResult() const
{
    for (int i = 0; i < m_lab.size(); ++i) {
        if (m_lab.at(i).raw.startsWith("<db:result") &&
            m_lab.at(i).direction == Direction::Outbound)
            return i;
    }
    return -1;
}

void TestReplay::keysStepTheCursor()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    ReplayController *replay = view->replay();
    QCOMPARE(replay->position(), replay->length());
    // Wherever the focus is in the session: the transport bar, the stream's table, the diagram.
    QTableView *table = view->streamPane()->view();
    const QList<QWidget *> targets{QApplication::focusWidget(), table, view->timeline()};
    for (QWidget *target : targets) {
        QVERIFY(target && view->isAncestorOf(target));
        target->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), target);
        QTest::keyClick(target, Qt::Key_Home);
        QCOMPARE(replay->position(), 0);
        for (int i = 1; i <= 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
            QCOMPARE(replay->position(), i);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(replay->position(), 11);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QCOMPARE(replay->position(), replay->length());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(replay->position(), replay->length());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QCOMPARE(replay->position(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(replay->position(), 0);
    }
    // Space plays and pauses; playing moves on by itself.
    auto *play = child<QToolButton>(view, "replayPlay");
    QVERIFY(play);
    QSignalSpy playing(replay, &ReplayController::playingChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(replay->isPlaying());
    QCOMPARE(playing.size(), 1);
    QCOMPARE(play->accessibleName(), QStringLiteral("Pause"));
    QTRY_VERIFY(replay->position() > 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(!replay->isPlaying());
    QCOMPARE(playing.size(), 2);
    QCOMPARE(play->accessibleName(), QStringLiteral("Play"));
}

void TestReplay::keysLeaveTextFieldsAlone()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    ReplayController *replay = view->replay();
    replay->stepTo(10);
    QLineEdit *field = nullptr;
    for (QLineEdit *e : view->streamPane()->findChildren<QLineEdit *>()) {
        if (e->isVisible())
            field = e;
    }
    QVERIFY(field);
    field->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QTest::keyClicks(field, QStringLiteral("ab"));
    for (Qt::Key key : {Qt::Key_Left, Qt::Key_Home, Qt::Key_End, Qt::Key_Space, Qt::Key_Right})
        QTest::keyClick(field, key);
    QCOMPARE(replay->position(), 10);
    QVERIFY(!replay->isPlaying());
    QCOMPARE(field->text(), QStringLiteral("ab "));
    field->clear();
}

void TestReplay::sliderSeeks()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    ReplayController *replay = view->replay();
    auto *slider = child<QSlider>(view, "replaySlider");
    QVERIFY(slider);
    QCOMPARE(slider->minimum(), 0);
    QCOMPARE(slider->maximum(), replay->length());
    QCOMPARE(slider->value(), replay->length());
    slider->setValue(7);
    QCOMPARE(replay->position(), 7);
    QCOMPARE(view->log()->size(), 7);
    // Dragging: the mouse on the groove moves the cursor there.
    slider->setValue(0);
    QTest::mouseClick(slider, Qt::LeftButton, {},
                      QPoint(slider->width() - 2, slider->height() / 2));
    QTRY_VERIFY(replay->position() > 7);
    // And the slider follows the cursor.
    replay->stepTo(3);
    QCOMPARE(slider->value(), 3);
    auto *position = child<QLabel>(view, "replayPosition");
    QVERIFY(position->text().contains(QLatin1String("3")));
}

void TestReplay::buttonsStayPut()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    ReplayController *replay = view->replay();
    const char *names[] = {"replayFirst", "replayPrevious", "replayPlay",   "replayNext",
                           "replayLast",  "replaySpeed",    "replayNarrate"};
    QList<QWidget *> controls;
    for (const char *name : names) {
        auto *c = child<QWidget>(view, name);
        QVERIFY(c);
        controls.append(c);
    }
    const auto geometries = [&] {
        QList<QRect> out;
        for (QWidget *c : std::as_const(controls))
            out.append(QRect(c->mapTo(&w, QPoint(0, 0)), c->size()));
        return out;
    };
    // Each transport button shows an icon that is drawn (not an empty box).
    for (int i = 0; i < 5; ++i) {
        auto *b = static_cast<QToolButton *>(controls.at(i));
        const QImage image = b->icon().pixmap(b->iconSize()).toImage();
        QVERIFY2(!image.isNull(), names[i]);
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128;
        QVERIFY2(opaque > 10, names[i]);
    }
    auto *first = static_cast<QToolButton *>(controls.at(0));
    auto *next = static_cast<QToolButton *>(controls.at(3));
    auto *play = static_cast<QToolButton *>(controls.at(2));
    QTest::mouseClick(first, Qt::LeftButton);
    QCOMPARE(replay->position(), 0);
    const QList<QRect> before = geometries();
    const QPoint at = next->mapTo(&w, next->rect().center());
    // Twelve clicks at the same place are twelve steps: nothing slides under the pointer.
    for (int i = 1; i <= 12; ++i) {
        QWidget *under = w.childAt(at);
        QCOMPARE(under, next);
        QTest::mouseClick(under, Qt::LeftButton, {}, under->mapFrom(&w, at));
        QCOMPARE(replay->position(), i);
        QCOMPARE(geometries(), before);
    }
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(replay->isPlaying());
    QCOMPARE(geometries(), before);
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(!replay->isPlaying());
    QCOMPARE(geometries(), before);
    // At either end the disabled buttons keep their place too.
    QTest::mouseClick(controls.at(4), Qt::LeftButton);
    QCOMPARE(replay->position(), replay->length());
    QVERIFY(!next->isEnabled());
    QCOMPARE(geometries(), before);
    QTest::mouseClick(first, Qt::LeftButton);
    QCOMPARE(replay->position(), 0);
    QCOMPARE(geometries(), before);
    // Narration and every speed leave the controls where they are.
    QTest::mouseClick(controls.at(6), Qt::LeftButton);
    QVERIFY(child<ReplayBar>(view, "replayBar")->isNarrating());
    auto *speed = static_cast<QComboBox *>(controls.at(5));
    for (int i = 0; i < speed->count(); ++i) {
        speed->setCurrentIndex(i);
        QCOMPARE(geometries(), before);
    }
    QTest::mouseClick(controls.at(6), Qt::LeftButton);
    QCOMPARE(geometries(), before);
}

void TestReplay::narrationStopsOnlyWhereThereIsSomethingToSay()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    ReplayController *replay = view->replay();
    auto *bar = child<ReplayBar>(view, "replayBar");
    QVERIFY(bar);
    // Without narration a step is one event.
    replay->first();
    for (int i = 1; i <= replay->length(); ++i) {
        replay->next();
        QCOMPARE(replay->position(), i);
    }
    // With it, the events that explain nothing (connection facts, keepalives, the session's
    // configuration) are passed over, forwards and backwards.
    bar->setNarrating(true);
    const auto spoken = [&](int i) {
        const EventKind k = m_lab.at(i).kind;
        return k != EventKind::Connection && k != EventKind::Whitespace &&
               k != EventKind::SessionStarted;
    };
    QList<int> stops;
    replay->first();
    int skipped = 0;
    while (replay->position() < replay->length()) {
        const int from = replay->position();
        replay->next();
        const int to = replay->position();
        QVERIFY(to > from);
        for (int i = from; i < to - 1; ++i)
            QVERIFY2(!spoken(i), qPrintable(QString::number(i)));
        QVERIFY(spoken(to - 1) || to == replay->length());
        skipped += to - from - 1;
        stops.append(to);
    }
    QVERIFY2(skipped > 0, "the lab has connection events to pass over");
    for (int k = stops.size() - 2; k >= 0; --k) {
        replay->previous();
        QCOMPARE(replay->position(), stops.at(k));
    }
    replay->previous();
    QCOMPARE(replay->position(), 0);
    bar->setNarrating(false);
    replay->stepTo(stops.at(3));
    replay->previous();
    QCOMPARE(replay->position(), stops.at(3) - 1);
}

void TestReplay::fixedIntervalPlaysOneStepPerInterval()
{
    EventLog view;
    ReplayController replay(&m_lab, &view);
    QVERIFY(m_lab.size() > 10);
    // The lab's events come within milliseconds: at any scaled speed several would pass in
    // 300 ms; at a fixed interval exactly one step is taken per interval.
    QElapsedTimer clock;
    QList<qint64> at;
    connect(&replay, &ReplayController::positionChanged, this, [&] { at.append(clock.elapsed()); });
    QSignalSpy stopped(&replay, &ReplayController::playingChanged);
    clock.start();
    replay.playEvery(300);
    QCOMPARE(replay.intervalMs(), 300);
    QVERIFY(replay.isPlaying());
    // From the end, playing starts again at the beginning.
    QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 5, 5000);
    replay.pause();
    QCOMPARE(view.size(), replay.position());
    QVERIFY(replay.position() >= 4 && replay.position() <= 6);
    for (int i = 1; i < at.size(); ++i)
        QVERIFY2(at.at(i) - at.at(i - 1) >= 280,
                 qPrintable(QString::number(at.at(i) - at.at(i - 1))));
    QCOMPARE(stopped.size(), 2);
    QCOMPARE(stopped.at(0).at(0).toBool(), true);
    QCOMPARE(stopped.at(1).at(0).toBool(), false);
    // The end stops playing, and says so.
    replay.stepTo(replay.length() - 1);
    replay.playEvery(10);
    QTRY_COMPARE(replay.position(), replay.length());
    QTRY_VERIFY(!replay.isPlaying());
    QCOMPARE(stopped.last().at(0).toBool(), false);
}

void TestReplay::fixedIntervalInTheBar()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    ReplayController *replay = view->replay();
    auto *speed = child<QComboBox>(view, "replaySpeed");
    QVERIFY(speed);
    // Slower than ×0.25: one step every few seconds, to talk over.
    QList<int> intervals;
    QList<double> scales;
    for (int i = 0; i < speed->count(); ++i) {
        speed->setCurrentIndex(i);
        replay->first();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(replay->isPlaying());
        if (replay->intervalMs() > 0)
            intervals.append(replay->intervalMs());
        else
            scales.append(replay->speed());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!replay->isPlaying());
    }
    QVERIFY(intervals.contains(2000));
    QVERIFY(intervals.contains(5000));
    QVERIFY(*std::max_element(intervals.cbegin(), intervals.cend()) >= 10000);
    QVERIFY(scales.contains(1.0));
    QVERIFY(scales.contains(0.25));
    // Changing the speed while playing applies at once.
    speed->setCurrentIndex(0);
    replay->first();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    speed->setCurrentIndex(2);
    QVERIFY(replay->isPlaying());
    QCOMPARE(replay->intervalMs(), intervals.at(2));
    replay->pause();
}

void TestReplay::narrateShowsTheStep()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    ReplayController *replay = view->replay();
    auto *bar = child<ReplayBar>(view, "replayBar");
    auto *narrate = child<QToolButton>(view, "replayNarrate");
    NarratePanel *panel = bar->narration();
    QVERIFY(!panel->isVisible());
    QTest::mouseClick(narrate, Qt::LeftButton);
    QVERIFY(bar->isNarrating());
    QVERIFY(panel->isVisible());
    const int dialback = firstOutboundDialbackResult();
    QVERIFY(dialback > 0);
    replay->stepTo(dialback + 1);
    // The element, what it is, and where the specification says so.
    auto *element = panel->findChild<QPlainTextEdit *>(QStringLiteral("narrateElement"));
    QVERIFY2(element->toPlainText().startsWith(QLatin1String("<db:result")),
             qPrintable(element->toPlainText()));
    QVERIFY(panel->explanation().contains(QLatin1String("Server Dialback, step 1")));
    QCOMPARE(panel->references(), QStringLiteral("XEP-0220 §2.1.1 · XEP-0185"));
    auto *references = panel->findChild<QLabel *>(QStringLiteral("narrateReferences"));
    QVERIFY(
        references->text().contains(QLatin1String("https://xmpp.org/extensions/xep-0220.html")));
    // The diagram keeps the cursor's message in sight while the panel opens above it.
    TimelineView *diagram = view->timeline();
    QCOMPARE(diagram->selectedRow(), view->timelineModel()->rowForEvent(dialback));
    const auto rowShown = [diagram] {
        const SequenceLayout::Row &r = diagram->sequenceLayout().rows().at(diagram->selectedRow());
        const int top = diagram->verticalScrollBar()->value();
        return r.top >= top + diagram->sequenceLayout().headerHeight() &&
               r.bottom() <= top + diagram->viewport()->height();
    };
    // The layouts settle (the panes below the panel get smaller): still in sight after that.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(rowShown());
    auto *title = panel->findChild<QLabel *>(QStringLiteral("narrateTitle"));
    QVERIFY(title->text().contains(QString::number(dialback + 1)));
    // Large: readable from further away than the panes around it.
    auto *explanation = panel->findChild<QLabel *>(QStringLiteral("narrateExplanation"));
    QVERIFY(explanation->font().pointSizeF() > view->streamPane()->font().pointSizeF() * 1.3);
    // Every step is narrated, the RFC's sections as links to the section.
    replay->first();
    replay->next();
    QVERIFY(!panel->explanation().isEmpty());
    int header = -1;
    for (int i = 0; i < m_lab.size() && header < 0; ++i) {
        if (m_lab.at(i).kind == EventKind::StreamHeader &&
            m_lab.at(i).direction == Direction::Outbound)
            header = i;
    }
    replay->stepTo(header + 1);
    QCOMPARE(panel->references(),
             QStringLiteral("RFC 6120 §4.2 · RFC 6120 §4.7 · XEP-0220 §2.4.1"));
    QVERIFY(references->text().contains(
        QLatin1String("https://www.rfc-editor.org/rfc/rfc6120#section-4.7")));
    // The panel keeps its height whatever it says.
    const int height = panel->height();
    for (int i = 1; i <= replay->length(); i += 7) {
        replay->stepTo(i);
        QCOMPARE(panel->height(), height);
    }
    // The event detail pane gives the narration its room, and gets it back after.
    QVERIFY(!view->detailPane()->isVisible());
    QTest::mouseClick(narrate, Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QVERIFY(view->detailPane()->isVisible());
}

void TestReplay::panesFollowTheCursor()
{
    MainWindow w;
    SessionView *view = openLab(&w);
    QVERIFY(view);
    ReplayController *replay = view->replay();
    auto *phases = child<QLabel>(view, "replayPhases");
    QVERIFY(phases);
    replay->first();
    QTRY_COMPARE(view->summaryPane()->summary().verdicts.size(), 0);
    QVERIFY(!phases->text().contains(QLatin1String("1 (")));
    const int dialback = firstOutboundDialbackResult();
    replay->stepTo(dialback + 1);
    // The stream and the diagram select the cursor's event; the summary and the phases are
    // those at the cursor.
    QTableView *table = view->streamPane()->view();
    QTRY_COMPARE(table->model()->rowCount(), dialback + 1);
    QCOMPARE(view->streamPane()->currentEvent(), dialback);
    QCOMPARE(view->timeline()->selectedRow(), view->timelineModel()->rowForEvent(dialback));
    QString phase;
    for (int i = dialback; i >= 0 && phase.isEmpty(); --i) {
        if (m_lab.at(i).kind == EventKind::Phase &&
            m_lab.at(i).connection == m_lab.at(dialback).connection)
            phase = Phases::label(m_lab.at(i).payload.as<PhaseEventFact>().name);
    }
    QVERIFY(!phase.isEmpty());
    QVERIFY2(phases->text().contains(phase), qPrintable(phases->text()));
    const qsizetype verdictsAtDialback = view->summaryPane()->summary().verdicts.size();
    replay->last();
    QTRY_VERIFY(view->summaryPane()->summary().verdicts.size() > verdictsAtDialback);
    QCOMPARE(view->timeline()->selectedRow(),
             view->timelineModel()->rowForEvent(replay->length() - 1));
    // Before the first step nothing is selected.
    replay->first();
    QCOMPARE(view->timeline()->selectedRow(), -1);
}

void TestReplay::killedSessionIsRecovered()
{
    for (const QString &f : MainWindow::recoverableSessions())
        QFile::remove(f);
    // A peer that answers the header and then says nothing: the session waits.
    ScriptedPeer peer;
    QVERIFY(peer.start());
    peer.expect("<stream:stream")
        .send("<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
              "id='k1' from='peer.localhost' xmlns='jabber:server' version='1.0'>");
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(INSPECTOR_GUISESSION_PATH),
              {QStringLiteral("127.0.0.1"), QString::number(peer.port())});
    QVERIFY(gui.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(peer.accepted() && peer.received().contains("<stream:stream"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(MainWindow::recoverableSessions().size() == 1, 10000);
    const QString autosave = MainWindow::recoverableSessions().first();
    // Wait until the peer's header is on disk, then kill the process without warning.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile f(autosave);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("id='k1'");
        }(),
        10000);
    gui.kill();
    QVERIFY(gui.waitForFinished());
    QCOMPARE(MainWindow::recoverableSessions().size(), 1);

    MainWindow w;
    w.recover(false);
    QTRY_VERIFY_WITH_TIMEOUT(w.currentSession() && !w.currentSession()->isReading(), 20000);
    QCOMPARE(w.tabs()->count(), 1);
    const EventLog *recovered = w.currentSession()->fullLog();
    bool header = false;
    for (const Event &e : recovered->events())
        header = header || (e.kind == EventKind::StreamHeader && e.raw.contains("id='k1'"));
    QVERIFY2(header, "the peer's header, flushed before the kill, was not recovered");
    QVERIFY(MainWindow::recoverableSessions().isEmpty());
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
