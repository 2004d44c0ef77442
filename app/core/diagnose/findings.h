// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace Inspector::Findings {

/**
 * Rules that turn a session's facts into diagnostic findings: severity (error, warning,
 * info), a stable code, a one-line title, an explanation, the spec section and a fix. Derived
 * from the JSON summary, itself derived from the event log, so a replayed transcript gives the
 * same findings as the live session.
 */
QJsonArray fromSummary(const QJsonObject &summary);

} // namespace Inspector::Findings
