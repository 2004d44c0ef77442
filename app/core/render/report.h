// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Inspector {
class EventLog;
struct Event;
} // namespace Inspector

namespace Inspector::Report {

/// The readable report (the CLI without --json), rendered from the JSON summary.
QString summaryText(const QJsonObject &summary);
/// One line per event for --verbose: time, connection, direction, and the bytes or the fact.
/// Dialback keys and SASL payloads are shown as [redacted:LENGTH] unless keepSecrets.
QString eventLine(const EventLog &log, int index, bool keepSecrets = false);
/// The event's bytes as sent, or with its secret replaced by [redacted:LENGTH].
QByteArray rawBytes(const Event &event, bool keepSecrets);

} // namespace Inspector::Report
