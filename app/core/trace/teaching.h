// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Inspector {

class EventLog;

/// Teaching annotations: what an event is, why it happens and where the spec says so, written
/// for someone learning XMPP (translatable).
namespace Teaching {
QString explain(const EventLog &log, int index);
}

} // namespace Inspector
