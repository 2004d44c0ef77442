// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Inspector {

class EventLog;

/**
 * Steps through a recorded session: the view log holds the first N events of the source log,
 * so every pane over the view shows the session as it stood after N events (the features known
 * so far, the phase, the verdict not yet known). Plays at real or scaled speed.
 */
class ReplayController : public QObject
{
    Q_OBJECT
public:
    ReplayController(const EventLog *source, EventLog *view, QObject *parent = nullptr);

    int position() const;
    int length() const;
    bool isPlaying() const { return m_timer.isActive(); }

public Q_SLOTS:
    void stepTo(int count);
    void first() { stepTo(0); }
    void previous() { stepTo(position() - 1); }
    void next() { stepTo(position() + 1); }
    void last() { stepTo(length()); }
    /// Plays from the current position; speed 1.0 is real time, 10.0 ten times faster.
    void play(double speed = 1.0);
    void pause();

Q_SIGNALS:
    void positionChanged(int position);

private:
    void scheduleNext();

    const EventLog *m_source;
    EventLog *m_view;
    QTimer m_timer;
    double m_speed = 1.0;
};

} // namespace Inspector
