// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Inspector {

class EventLog;
struct Event;

/**
 * Steps through a recorded session: the view log holds the first N events of the source log,
 * so every pane over the view shows the session as it stood after N events (the features known
 * so far, the phase, the verdict not yet known). Plays at real or scaled speed, or one step at
 * a fixed interval (slow enough to talk over).
 */
class ReplayController : public QObject
{
    Q_OBJECT
public:
    /// Which events stepping and playing stop after; every event when none is set.
    using StopFilter = std::function<bool(const Event &)>;

    ReplayController(const EventLog *source, EventLog *view, QObject *parent = nullptr);

    int position() const;
    int length() const;
    bool isPlaying() const { return m_timer.isActive(); }
    /// The time between two steps when playing at a fixed interval; 0 at a scaled speed.
    int intervalMs() const { return m_intervalMs; }
    double speed() const { return m_speed; }
    /// previous(), next() and playing skip the events the filter rejects (first(), last()
    /// and stepTo() do not).
    void setStopFilter(StopFilter filter);
    /// The position after the next (previous) stop, or the end (the beginning) if none.
    int nextStop(int from) const;
    int previousStop(int from) const;

public Q_SLOTS:
    void stepTo(int count);
    void first() { stepTo(0); }
    void previous() { stepTo(previousStop(position())); }
    void next() { stepTo(nextStop(position())); }
    void last() { stepTo(length()); }
    /// Plays from the current position; speed 1.0 is real time, 10.0 ten times faster (long
    /// silences are shortened).
    void play(double speed = 1.0);
    /// Plays one step every `intervalMs` milliseconds, whatever the recorded gaps.
    void playEvery(int intervalMs);
    void pause();

Q_SIGNALS:
    void positionChanged(int position);
    void playingChanged(bool playing);

private:
    void start();
    void scheduleNext();
    bool isStop(int position) const;

    const EventLog *m_source;
    EventLog *m_view;
    QTimer m_timer;
    double m_speed = 1.0;
    int m_intervalMs = 0;
    StopFilter m_stops;
};

} // namespace Inspector
