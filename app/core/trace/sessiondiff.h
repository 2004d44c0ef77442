// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QVector>

namespace Inspector {
struct SessionSummary;
}

namespace Inspector::SessionDiff {

/// One fact that differs: its name ("tls.protocol", "dns.candidates", …) and its value in each
/// session (undefined where that session does not have the fact).
struct Difference
{
    QString field;
    QJsonValue a, b;
};

/// What differs between two sessions (before/after a change, server A vs server B): outcome,
/// features per stage, TLS facts and certificate, verdicts, phases, errors; by field name.
QVector<Difference> differences(const SessionSummary &summaryA, const SessionSummary &summaryB);
/// As `diff --json` prints them: [{field, a, b}].
QJsonArray toJson(const QVector<Difference> &differences);
QString toText(const QVector<Difference> &differences);

} // namespace Inspector::SessionDiff
