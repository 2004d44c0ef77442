// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the summary builder (summary.cpp, summaryresult.cpp).
#pragma once

#include "event.h"
#include "facts/eventfacts.h"
#include "summary.h"
#include "xml/element.h"

#include <QHash>
#include <QSet>

namespace Inspector {

/// Everything the summary accumulates while it walks the events, in order.
struct Summary::Builder::State
{
    SessionStartedFact config;
    int mainConnection = 0;
    std::optional<SessionFinishedFact> finished;
    std::optional<ErrorEventFact> firstMainError;
    /// On any connection: what failed a session whose main connection ended well (the
    /// resumption of a stream management test fails on its own connection).
    std::optional<ErrorEventFact> firstError;
    bool tlsSeen = false;
    QHash<QString, qint64> firstPhaseNs;
    qint64 lastNs = 0;
    QSet<int> tlsConnections;
    /// The facts so far; result() completes a copy (timings, connections, findings).
    SessionSummary s;

    /// The lists of stanzas received stop at this many (a flood would make the summary as
    /// large as the log); inboundStanzaCount counts them all.
    static constexpr int MaxListed = 1000;

    void consume(const Event &e, const ElementPtr &tree, bool holdsTree);
    void consumePhase(const Event &e);
    void consumeVerdict(const Event &e);
    /// A verdict about the main connection; false if it is not one of those kinds.
    bool consumeMainVerdict(const VerdictFact &v);
    void consumeElement(const Event &e, const ElementPtr &tree, bool holdsTree);
    void consumeClientStanza(const Element &stanza);
    void consumeFeatures(const Element &offer);
    /// Whether consume() looks at this stanza's tree (for the trees the log no longer holds,
    /// which it parses again on request): inbound stanzas on other connections than the main
    /// one, and a client's inbound presence and messages.
    bool readsStanza(const Event &e) const
    {
        if (e.direction != Direction::Inbound)
            return false;
        if (e.connection != mainConnection)
            return s.inboundStanzas.size() < MaxListed;
        return config.mode.value == QLatin1String("c2s") &&
               (s.presenceReceived.size() < MaxListed || s.messagesReceived.size() < MaxListed);
    }
    SessionSummary result(const EventLog &log) const;
    TimingsFact timings() const;
    QVector<ConnectionFact> connectionsOf(const EventLog &log) const;
    /// RFC 7673 / RFC 6698: DANE for the candidate used, when the TLS facts have none.
    void addDane(SessionSummary *out) const;
};

} // namespace Inspector
