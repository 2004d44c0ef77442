// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/sessionsummary.h"

#include <limits>
#include <memory>

namespace Inspector {

class EventLog;

/// The session summary, derived from the event log alone: replaying a transcript into a log
/// gives the same summary as the live session. Its JSON (the CLI's) is SessionSummary::toJson.
namespace Summary {
SessionSummary build(const EventLog &log);

/// The same summary kept up to date as events arrive: each update() reads only the events
/// appended since the previous one, so a view refreshing it during a flood of stanzas costs
/// the new events, not the whole log again.
class Builder
{
public:
    Builder();
    ~Builder();
    /// Reads the events appended since the last call (all of them after reset() or when the
    /// log got shorter), at most maxEvents of them; true when it has read them all.
    bool update(const EventLog &log, int maxEvents = std::numeric_limits<int>::max());
    /// Starts over, e.g. after the log was truncated by a replay seek.
    void reset();
    SessionSummary result(const EventLog &log) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
    int m_consumed = 0;
};
} // namespace Summary

} // namespace Inspector
