// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay.h"

#include "trace/eventlog.h"

namespace Inspector {

namespace {
constexpr int MaxPauseMs = 2000; // long silences are shortened when playing at a scaled speed
}

ReplayController::ReplayController(const EventLog *source, EventLog *view, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_view(view)
{
    m_timer.setSingleShot(true);
    // A fixed interval is a promise to someone talking over the replay: kept to the millisecond.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        next();
        if (position() < length())
            scheduleNext();
        else
            Q_EMIT playingChanged(false);
    });
    m_view->setStartWallMs(source->startWallMs());
}

int ReplayController::position() const
{
    return m_view->size();
}

int ReplayController::length() const
{
    return m_source->size();
}

void ReplayController::setStopFilter(StopFilter filter)
{
    m_stops = std::move(filter);
}

bool ReplayController::isStop(int position) const
{
    // Position p shows the events before it: it is a stop if the last of them is one.
    return position <= 0 || position >= length() || !m_stops || m_stops(m_source->at(position - 1));
}

int ReplayController::nextStop(int from) const
{
    int p = qMax(0, from) + 1;
    while (p < length() && !isStop(p))
        ++p;
    return qMin(p, length());
}

int ReplayController::previousStop(int from) const
{
    int p = qMin(from, length()) - 1;
    while (p > 0 && !isStop(p))
        --p;
    return qMax(p, 0);
}

void ReplayController::stepTo(int count)
{
    count = qBound(0, count, length());
    if (count == position())
        return;
    if (count < position()) {
        m_view->truncate(count);
    } else {
        for (int i = position(); i < count; ++i)
            m_view->appendRecorded(m_source->at(i));
    }
    Q_EMIT positionChanged(position());
}

void ReplayController::play(double speed)
{
    m_speed = qBound(0.01, speed, 1000.0);
    m_intervalMs = 0;
    start();
}

void ReplayController::playEvery(int intervalMs)
{
    m_intervalMs = qMax(1, intervalMs);
    start();
}

void ReplayController::start()
{
    const bool was = isPlaying();
    if (position() >= length())
        first();
    scheduleNext();
    if (!was && isPlaying())
        Q_EMIT playingChanged(true);
}

void ReplayController::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void ReplayController::scheduleNext()
{
    const int p = position();
    if (p >= length())
        return;
    if (m_intervalMs > 0) {
        m_timer.start(m_intervalMs);
        return;
    }
    // The recorded time from the event shown last to the last event of the next step.
    const int target = nextStop(p);
    const qint64 gapNs =
        p == 0 ? 0 : m_source->at(target - 1).monotonicNs - m_source->at(p - 1).monotonicNs;
    m_timer.start(qMin(MaxPauseMs, int(double(gapNs) / 1e6 / m_speed)));
}

} // namespace Inspector
