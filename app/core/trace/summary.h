// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Inspector {

class EventLog;

/// The JSON summary the CLI prints, derived from the event log alone: replaying
/// a transcript into a log gives the same summary as the live session.
namespace Summary {
QJsonObject build(const EventLog &log);
}

} // namespace Inspector
