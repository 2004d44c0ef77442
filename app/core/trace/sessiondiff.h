// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace Inspector::SessionDiff {

/// What differs between two sessions (before/after a change, server A vs server B): outcome,
/// features per stage, TLS facts and certificate, verdicts, phases, errors. Each difference is
/// {field, a, b}.
QJsonArray differences(const QJsonObject &summaryA, const QJsonObject &summaryB);
QString toText(const QJsonArray &differences);

} // namespace Inspector::SessionDiff
