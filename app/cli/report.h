// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Inspector {
class EventLog;
}

namespace Inspector::Cli {

/// The readable report printed without --json, rendered from the same JSON summary.
QString renderReport(const QJsonObject &summary);
/// One line per event for --verbose: time, connection, direction, and the bytes or the fact.
QString renderEvent(const EventLog &log, int index);

} // namespace Inspector::Cli
