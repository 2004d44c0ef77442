// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inspector {

class EventLog;

/// Every event in human form, for the detail pane and the HTML report: what a person reads
/// first, in the interface's language. The JSON of a payload stays for those who ask.
namespace EventText {

/// When, where and what: "297.2 ms · connection 5 (initiating: a → b) · received · element".
QString heading(const EventLog &log, int index);
/// The event itself: an element or a stream header as XML, a stream end as its bytes, and
/// every other kind as sentences (a phase names the phase before it, a note its text, an
/// error its code and condition, a connection its addresses, the end the outcome), followed by
/// the payload's fields as "name: value" lines.
QString describe(const EventLog &log, int index);

} // namespace EventText

} // namespace Inspector
