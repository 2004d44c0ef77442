// SPDX-License-Identifier: GPL-3.0-or-later
// The sections of the session report (HtmlReport), one function each.
#pragma once

#include "render/htmlpage.h"

namespace Inspector {

class EventLog;
struct SessionSummary;

namespace HtmlReport {

/// The session itself: its configuration, the stream the peer opened, the features offered at
/// each stage and the connections.
void writeSession(HtmlPage &page, const SessionSummary &summary);
/// Authentication (dialback, SASL), stream errors and the answers to the queries.
void writeChecks(HtmlPage &page, const SessionSummary &summary);
void writeDiagram(HtmlPage &page, const EventLog &log);
/// The events with bytes (and the TLS handshakes and errors between them), at most maxEvents.
/// Returns the index of the first event of the log it did not reach (the log's size if none).
int writeTranscript(HtmlPage &page, const EventLog &log, int maxEvents, bool keepSecrets);
void writePhasesAndNotes(HtmlPage &page, const SessionSummary &summary);
/// What each kind of event before the log index `end` means, once each.
void writeTeaching(HtmlPage &page, const EventLog &log, int end);
/// A connection's role ("initiating", …) in the interface's language.
QString roleLabel(const QString &role);
/// What kind of session a mode is ("server-to-server session"), in the interface's language.
QString kindLabel(const QString &mode);
/// "12.3 ms"
QString milliseconds(double ms);

} // namespace HtmlReport
} // namespace Inspector
