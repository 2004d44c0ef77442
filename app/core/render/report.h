// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Inspector {
class EventLog;
struct Event;
struct SessionSummary;
struct DnsFact;
struct Finding;
} // namespace Inspector

namespace Inspector::Report {

/// The readable report (the CLI without --json), rendered from the session summary.
QString summaryText(const SessionSummary &summary);
/// What the CLI's dns command prints without --json: the lookup and its findings.
QString dnsText(const DnsFact &dns, const QVector<Finding> &findings);
/// One line per event for --verbose: time, connection, direction, and the bytes or the fact.
/// Dialback keys and SASL payloads are shown as [redacted:LENGTH] unless keepSecrets.
QString eventLine(const EventLog &log, int index, bool keepSecrets = false);
/// The event's bytes as sent, or with its secret replaced by [redacted:LENGTH].
QByteArray rawBytes(const Event &event, bool keepSecrets);

} // namespace Inspector::Report
