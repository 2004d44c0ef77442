// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/scanresult.h"
#include "trace/sessiondiff.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

namespace Inspector::ScanDiff {

/// What changed for one domain between two scans.
struct Change
{
    enum class Kind { Added, Removed, Changed };
    QString domain;
    Kind kind = Kind::Changed;
    /// Changed: the facts that differ (outcome, features, TLS, certificate, DNS, … and the
    /// finding codes as "findings").
    QVector<SessionDiff::Difference> differences;
};

/// Every domain whose outcome, findings or facts differ, in the order of their names (skipped
/// and summary lines are not compared; a domain listed twice counts by its last record).
QVector<Change> compare(const ScanResult &a, const ScanResult &b);
QJsonArray toJson(const QVector<Change> &changes);
QString toText(const QVector<Change> &changes);

} // namespace Inspector::ScanDiff
