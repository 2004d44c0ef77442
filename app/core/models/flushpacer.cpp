// SPDX-License-Identifier: GPL-3.0-or-later
#include "flushpacer.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <utility>

namespace Inspector {

FlushPacer::FlushPacer(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("flushPacer"));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setObjectName(QStringLiteral("flushPacer"));
    connect(&m_timer, &QTimer::timeout, this, &FlushPacer::tick);
}

FlushPacer *FlushPacer::shared(QObject *owner)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread()) {
        if (auto *own = owner
                            ? owner->findChild<FlushPacer *>(QString(), Qt::FindDirectChildrenOnly)
                            : nullptr)
            return own;
        return new FlushPacer(owner);
    }
    if (auto *pacer = app->findChild<FlushPacer *>(QString(), Qt::FindDirectChildrenOnly))
        return pacer;
    return new FlushPacer(app);
}

void FlushPacer::add(QObject *owner, std::function<void()> flush)
{
    Q_ASSERT(owner);
    // Its timer and its list belong to its thread: a model moved elsewhere needs a pacer there.
    Q_ASSERT(QThread::currentThread() == thread());
    if (std::none_of(m_pending.begin(), m_pending.end(),
                     [owner](const Pending &p) { return p.owner == owner; }))
        m_pending.push_back({owner, std::move(flush)});
}

void FlushPacer::request(QObject *owner, std::function<void()> flush)
{
    add(owner, std::move(flush));
    if (m_timer.isActive())
        return;
    const qint64 since = m_ticking ? 0 : m_lastTick.isValid() ? m_lastTick.elapsed() : GapMs;
    const int wait = int(qMax<qint64>(0, GapMs - since));
    m_paced = wait > 0;
    m_timer.start(wait);
}

bool FlushPacer::join(QObject *owner, std::function<void()> work)
{
    if (!m_timer.isActive() || !m_paced)
        return false;
    add(owner, std::move(work));
    return true;
}

void FlushPacer::flushNow()
{
    // Not from within a flush: the tick running it has taken the pending work already.
    Q_ASSERT(!m_ticking);
    if (m_pending.empty())
        return;
    m_timer.stop();
    tick();
}

void FlushPacer::tick()
{
    m_ticking = true;
    // A flush may ask again (its rows made more events): that waits for the next tick.
    const std::vector<Pending> due = std::exchange(m_pending, {});
    for (const Pending &p : due) {
        if (p.owner)
            p.flush();
    }
    m_ticking = false;
    // The gap runs from the end of the work, so a long tick is not followed at once by another.
    if (!due.empty())
        m_lastTick.start();
}

} // namespace Inspector
