// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Inspector {
class EventLog;
}

namespace Inspector::Report {

/// The readable report (the CLI without --json), rendered from the JSON summary.
QString summaryText(const QJsonObject &summary);
/// One line per event for --verbose: time, connection, direction, and the bytes or the fact.
QString eventLine(const EventLog &log, int index);

} // namespace Inspector::Report
