// SPDX-License-Identifier: GPL-3.0-or-later
#include "flushpacer.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

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
    if (!app || QThread::currentThread() != app->thread())
        return new FlushPacer(owner);
    if (auto *pacer = app->findChild<FlushPacer *>(QString(), Qt::FindDirectChildrenOnly))
        return pacer;
    return new FlushPacer(app);
}

void FlushPacer::request(QObject *owner, std::function<void()> flush)
{
    if (std::any_of(m_pending.begin(), m_pending.end(),
                    [owner](const Pending &p) { return p.owner == owner; }))
        return;
    m_pending.push_back({owner, std::move(flush)});
    if (m_timer.isActive())
        return;
    const qint64 since = m_lastTick.isValid() ? m_lastTick.elapsed() : GapMs;
    m_timer.start(int(qMax<qint64>(0, GapMs - since)));
}

void FlushPacer::flushNow()
{
    m_timer.stop();
    tick();
}

void FlushPacer::tick()
{
    m_lastTick.start();
    // A flush may ask again (its rows made more events): that waits for the next tick.
    const std::vector<Pending> due = std::exchange(m_pending, {});
    for (const Pending &p : due) {
        if (p.owner)
            p.flush();
    }
}

} // namespace Inspector
