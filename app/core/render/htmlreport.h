// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Inspector {

class EventLog;

/**
 * The session report as one self-contained HTML page (the "html" export), for the person who
 * ran the session and for the other server's administrator: the outcome first, then the
 * findings, the session, its checks (authentication, queries), TLS and DNS facts, the sequence
 * diagram, the XML transcript, the phases and notes, and what each kind of element in the
 * session means; a DNS lookup's report has only its findings and DNS. Built of HtmlPage and
 * HtmlBlocks, as other reports (a federation scan) can be. Texts in the interface's language.
 */
namespace HtmlReport {

/// The transcript shows at most this many events, then says how many more the session holds.
constexpr int DefaultMaxEvents = 5000;

struct Options
{
    /// Dialback keys and SASL payloads as sent; otherwise [redacted:LENGTH] (as transcripts).
    bool keepSecrets = false;
    int maxEvents = DefaultMaxEvents;
};

QByteArray session(const EventLog &log, const Options &options = {});

} // namespace HtmlReport
} // namespace Inspector
