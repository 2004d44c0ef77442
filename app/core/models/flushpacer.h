// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace Inspector {

/**
 * Paces the models over the event log as they hand new rows to their views. A lone event is
 * handed on at once (on the next turn of the event loop); under a flood, every model's rows go
 * at most every GapMs, all in the same timer event, so the window repaints once for all of
 * them rather than once for each model (the models' own timers drifted apart by fractions of
 * a millisecond, enough to land in separate turns). Work that follows rows (the diagram's
 * layout, the summary) joins a paced tick when there is one.
 */
class FlushPacer : public QObject
{
    Q_OBJECT
public:
    static constexpr int GapMs = 50; // 20 batches a second at most

    /// The pacer shared by the models of the application's thread (a child of the application);
    /// elsewhere, or without an application, one of `owner`'s own.
    static FlushPacer *shared(QObject *owner);

    /// `flush` (one per owner) is called once: at once after a quiet spell, else at the next
    /// tick. Asking again before then changes nothing. Nothing is called once `owner` is gone.
    void request(QObject *owner, std::function<void()> flush);
    /// Under a flood (a tick is waiting out the gap): `work` runs in that tick, with the rows it
    /// follows, and true is returned. Otherwise false: the caller runs it itself, now.
    bool join(QObject *owner, std::function<void()> work);
    /// Runs what is pending now (a session that ended shows all it recorded at once).
    void flushNow();

private:
    explicit FlushPacer(QObject *parent);
    void add(QObject *owner, std::function<void()> flush);
    void tick();

    struct Pending
    {
        QPointer<QObject> owner;
        std::function<void()> flush;
    };
    std::vector<Pending> m_pending;
    QTimer m_timer;
    QElapsedTimer m_lastTick; // when the last tick that handed on rows ended
    bool m_paced = false;     // the waiting tick waits out the gap (a flood)
    bool m_ticking = false;
};

} // namespace Inspector
