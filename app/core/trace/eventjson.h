// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QJsonObject>

namespace Inspector::EventJson {

/// An event's "data" as the transcript stores it (docs/TRANSCRIPT.md): its payload, and the
/// offset of its bytes in what the connection received.
QJsonObject data(const Event &e);
/// Reads an event's "data" into the payload its kind has (e->kind must be set).
void setData(Event *e, const QJsonObject &data);

} // namespace Inspector::EventJson
