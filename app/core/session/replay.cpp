// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay.h"

#include "trace/eventlog.h"

namespace Inspector {

namespace {
constexpr int MaxPauseMs = 2000; // long silences are shortened when playing
}

ReplayController::ReplayController(const EventLog *source, EventLog *view, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_view(view)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        next();
        if (position() < length())
            scheduleNext();
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
    m_speed = qBound(0.1, speed, 1000.0);
    if (position() >= length())
        first();
    scheduleNext();
}

void ReplayController::pause()
{
    m_timer.stop();
}

void ReplayController::scheduleNext()
{
    const int p = position();
    if (p >= length())
        return;
    const qint64 gapNs = p == 0 ? 0 : m_source->at(p).monotonicNs - m_source->at(p - 1).monotonicNs;
    m_timer.start(qMin(MaxPauseMs, int(double(gapNs) / 1e6 / m_speed)));
}

} // namespace Inspector
