// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Inspector {
class EventLog;
}

namespace Inspector::Phases {

/**
 * The name of a phase as a person reads it ("TLS handshake", "Dialback key sent"), in the
 * interface's language. Events, transcripts and JSON keep the stable identifier
 * ("tls_handshake"); only what is shown goes through this. Unknown identifiers come back as
 * they are.
 */
QString label(const QString &id);
/// Whose phases a session-level phase event records ("s2s", "c2s", "listen", "lab"), as a
/// person reads it; unknown scopes come back as they are.
QString scopeLabel(const QString &scope);
/// A connection's role ("initiating", "receiving", "authoritative", "verify", "client") as a
/// person reads it; unknown roles come back as they are.
QString roleLabel(const QString &role);
/// Whether a phase is a state a connection rests in once its work is done ("authenticated",
/// "online", "listening"): time spent there is the session's length, not a delay.
bool isResting(const QString &id);

/// The events where a connection entered a phase (the session's own left out), found as the
/// log grows: the last one up to any event without going back over the log, which after a
/// flood of stanzas may be millions of events back.
class Index
{
public:
    /// Takes in the events appended since the last call.
    void update(const EventLog &log);
    /// The last such event at or before `eventIndex` (among those taken in); -1 if none.
    int lastUpTo(int eventIndex) const;

private:
    std::vector<int> m_events;
    int m_scanned = 0;
};

} // namespace Inspector::Phases
