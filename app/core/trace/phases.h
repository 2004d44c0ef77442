// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

} // namespace Inspector::Phases
