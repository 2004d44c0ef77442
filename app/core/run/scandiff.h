// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/sessiondiff.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

namespace Inspector::ScanDiff {

/// Whether `firstLine` is a scan's (a JSON object whose "record" is "domain", "skipped" or
/// "summary"), not a transcript's.
bool isScanLine(const QByteArray &firstLine);

/// The domain records of a scan's JSON lines, by domain (skipped and summary lines ignored);
/// false with the line's number and the reason on a line that is not a JSON object.
bool read(const QString &path, QMap<QString, QJsonObject> *domains, QString *error);

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

/// Every domain whose outcome, findings or facts differ, in the order of their names.
QVector<Change> compare(const QMap<QString, QJsonObject> &a, const QMap<QString, QJsonObject> &b);
QJsonArray toJson(const QVector<Change> &changes);
QString toText(const QVector<Change> &changes);

} // namespace Inspector::ScanDiff
