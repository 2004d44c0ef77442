// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptimes.h"

#include <QEvent>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace Inspector {

namespace {
qint64 nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_REALTIME, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
} // namespace

StartupTimes::StartupTimes(qint64 launchNs, QObject *parent)
    : QObject(parent)
    , m_launchNs(launchNs)
{}

StartupTimes *StartupTimes::watch(QWidget *window)
{
    bool ok = false;
    const qint64 launch = qEnvironmentVariable("XMPP_INSPECTOR_LAUNCH_NS").toLongLong(&ok);
    if (!ok || launch <= 0)
        return nullptr;
    auto *times = new StartupTimes(launch, window);
    window->installEventFilter(times);
    return times;
}

bool StartupTimes::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The window's own paint comes first; the time is taken once it and its children
        // are in the backing store, on the next turn of the event loop.
        watched->removeEventFilter(this);
        QMetaObject::invokeMethod(
            this, [this] { print("first paint"); }, Qt::QueuedConnection);
    }
    return false;
}

void StartupTimes::labFinished()
{
    print("lab finished");
}

void StartupTimes::print(const char *what) const
{
    std::fprintf(stderr, "startup: %s %.1f ms after launch\n", what,
                 double(nowNs() - m_launchNs) / 1e6);
}

} // namespace Inspector
