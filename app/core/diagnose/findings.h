// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/finding.h"

#include <QVector>

namespace Inspector {
struct SessionSummary;
struct DnsFact;
} // namespace Inspector

namespace Inspector::Findings {

/**
 * Rules that turn a session's facts into diagnostic findings: a severity (error, warning,
 * info), a stable code and the facts the texts name (Finding). Derived from the summary,
 * itself derived from the event log, so a replayed transcript gives the same findings as the
 * live session.
 */
QVector<Finding> fromSummary(const SessionSummary &summary);
/// The findings of a DNS lookup alone (the CLI's dns command).
QVector<Finding> fromDns(const DnsFact &dns);

} // namespace Inspector::Findings
