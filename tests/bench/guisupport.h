// SPDX-License-Identifier: GPL-3.0-or-later
// What the window's benchmarks share: the longest stall of the GUI thread, and what took it.
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace Inspector::Bench {

/// Times every event delivered at the top level on the GUI thread, to name what stalled it longest.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread()) // a worker's events: not the GUI thread's time
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        QByteArray what = QByteArray(receiver->metaObject()->className()) + " event " +
                          QByteArray::number(int(event->type()));
        if (!receiver->objectName().isEmpty())
            what += ' ' + receiver->objectName().toUtf8();
        else if (receiver->parent())
            what += QByteArray(" in ") + receiver->parent()->metaObject()->className();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        if (t.nsecsElapsed() > longestNs) {
            longestNs = t.nsecsElapsed();
            longestWhat = what;
        }
        totalNs[what] += t.nsecsElapsed();
        ++counts[what];
        return r;
    }
    /// The receivers that took the GUI thread longest in all, with their share of `ns`.
    void printTotals(qint64 ns, int top = 6) const
    {
        QList<std::pair<qint64, QByteArray>> sorted;
        for (auto it = totalNs.cbegin(); it != totalNs.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        for (qsizetype i = 0; i < qMin<qsizetype>(top, sorted.size()); ++i)
            std::printf("  %5.1f %% %s (%d times)\n",
                        100.0 * double(sorted.at(i).first) / double(ns),
                        sorted.at(i).second.constData(), counts.value(sorted.at(i).second));
    }
    qint64 longestNs = 0;
    QByteArray longestWhat;
    QHash<QByteArray, qint64> totalNs;
    QHash<QByteArray, int> counts;

private:
    int m_depth = 0;
};

/// The longest gap between two turns of the event loop, from a 1 ms timer.
struct StallMeter
{
    StallMeter()
    {
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [this] {
            const qint64 now = clock.nsecsElapsed();
            longestGap = qMax(longestGap, now - lastTick);
            lastTick = now;
        });
        clock.start();
        ticker.start();
    }
    void reset()
    {
        lastTick = clock.nsecsElapsed();
        longestGap = 0;
    }
    QElapsedTimer clock;
    QTimer ticker;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
};

} // namespace Inspector::Bench
