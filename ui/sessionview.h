// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/controller.h"
#include "run/specification.h"
#include "summarypane.h"
#include "trace/phases.h"
#include "trace/summary.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QWidget>

#include <memory>
#include <optional>

class QSplitter;
class QTabWidget;
class QTreeView;

namespace Inspector {

class EventLog;
class FeaturesModel;
class ReplayController;
class ConsolePane;
class EventDetailPane;
class PhaseSpanModel;
class PhaseTimelineView;
class StreamPane;
class SummaryPane;
class ReadingBar;
class TimelineModel;
class TimelineView;

/// One session in its tab: the event log, the session driving it, and the panes over the log.
/// Selecting an event in any pane selects it in the others.
class SessionView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionView(QWidget *parent = nullptr);
    ~SessionView() override;

    /// Runs a session of any kind (a specification Specifications::check() accepted).
    void start(const Specification &spec);
    /// Opens a saved session in replay: every pane shows the state at the replay cursor.
    /// Reads a transcript (SessionController::open()) with the cursor at its end. A large one
    /// shows its first events at once and is read on in slices, the panes following, with a
    /// bar showing the progress and Cancel: then Opened::Reading, and readingFinished() says
    /// how reading ended.
    SessionController::Opened openTranscript(const QString &path, QString *error);
    bool save(const QString &path, bool keepSecrets, QString *error) const;
    bool exportTo(const QString &path, const QString &format, QString *error) const;
    void stop();
    /// The session ends normally (saved or closed): its autosave file is no longer needed.
    void discardAutosave();
    ReplayController *replay() const { return m_replay; }
    /// What the session was started with (none for a transcript).
    const std::optional<Specification> &specification() const { return m_spec; }
    /// The whole session (for a transcript, all of it, whatever the replay cursor).
    const EventLog *fullLog() const;

    bool isRunning() const { return m_running; }
    /// A transcript is still being read (its first events are shown already).
    bool isReading() const;
    /// How long openTranscript() reads before the tab shows, and then per slice between two
    /// repaints (tests make both 0: a step of 64 KiB each).
    static void setReadingSlices(int firstMs, int everyMs);
    QString title() const { return m_title; }
    EventLog *log() const;
    StreamPane *streamPane() const { return m_stream; }
    TimelineView *timeline() const { return m_timeline; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    SummaryPane *summaryPane() const { return m_summary; }
    QTreeView *featuresView() const { return m_featuresView; }
    ConsolePane *console() const { return m_console; }
    EventDetailPane *detailPane() const { return m_detail; }
    PhaseTimelineView *phaseTimeline() const { return m_phases; }
    QTabWidget *outcomeTabs() const { return m_tabs; }
    /// The splitters whose sizes are the layout (saved under their object names).
    QList<QSplitter *> splitters() const;
    /// The panes' default sizes.
    void resetLayout();
    /// Selects event `eventIndex` in every pane (-1: nothing selected).
    void selectEvent(int eventIndex);

    /// For the tab and the status bar: how the session ended (running while it runs).
    SummaryPane::Outcome outcome() const;
    QString outcomeText() const;
    QIcon outcomeIcon() const;
    /// For the status bar.
    QString currentPhase() const { return m_phase; }
    QString tlsState() const;
    QString rtt() const;
    qint64 elapsedMs() const;

Q_SIGNALS:
    void statusChanged();
    void finished();
    /// A transcript that openTranscript() was reading on is read (Failed: nothing was).
    void readingFinished(SessionController::Opened opened, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void layOut();
    void retranslate();
    void sessionFinished();
    void startAutosave();
    QWidget *makeReplayBar();
    /// Reads for about `ms`: false once reading has ended.
    bool readSlice(int ms);
    QString stillReading() const;
    int readPercent() const;
    SessionController::Opened finishReading(QString *error);
    /// Takes in the events read since the last call: the phase index and the recorded outcome
    /// follow the reading slice by slice, so finishing a large file does not go over it again.
    void indexRead();
    /// The last phase a connection entered up to `eventIndex`, for the status bar.
    QString phaseUpTo(int eventIndex) const;
    void selectEverywhere(int eventIndex, QObject *origin);

    // The log and the session (or the transcript, whose events are replayed into the log).
    std::unique_ptr<SessionController> m_controller;
    ReplayController *m_replay = nullptr;
    ReadingBar *m_readingBar = nullptr; // while a transcript is read
    QTimer *m_readTimer = nullptr;
    TimelineModel *m_timelineModel;
    FeaturesModel *m_featuresModel;
    PhaseSpanModel *m_phaseModel;
    StreamPane *m_stream;
    EventDetailPane *m_detail;
    PhaseTimelineView *m_phases;
    TimelineView *m_timeline;
    SummaryPane *m_summary;
    QTreeView *m_featuresView;
    ConsolePane *m_console;
    QTabWidget *m_tabs;
    QSplitter *m_columns = nullptr;
    QSplitter *m_left = nullptr;
    QSplitter *m_right = nullptr;
    QSplitter *m_factsRow = nullptr;
    std::optional<Specification> m_spec;
    QString m_title;
    QString m_phase;
    bool m_running = false;
    QElapsedTimer m_clock;
    qint64 m_finishedAfterMs = -1;
    std::optional<SummaryPane::Outcome> m_recordedOutcome; // a transcript's, as it ended
    // A transcript's phase events (a connection's) in order, and its summary as read so far.
    Phases::Index m_phaseIndex;
    Summary::Builder m_recorded;
};

} // namespace Inspector
