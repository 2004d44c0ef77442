// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Inspector {

/**
 * A scan's output: its JSON lines (what `scan` prints and a `.xiscan` file holds) as records,
 * in the order they came: the lines of the list that were skipped, one record per domain as
 * it finished, and the summary at the end. Read back from a file for the window, the reports
 * and `diff`.
 */
struct ScanResult
{
    QVector<QJsonObject> domains; // "record": "domain"
    QVector<QJsonObject> skipped; // "record": "skipped"
    /// Empty: the scan was cut short before its summary. The summaries of a scan run in parts
    /// and joined with cat are added up ("parts": how many).
    QJsonObject summary;
    /// The file ended inside a line (a scan killed while writing it): that line was dropped.
    bool truncated = false;

    /// A scan's lines are read up to this size (100 000 domains of several kB each).
    static constexpr qint64 MaxBytes = qint64(1) << 30;

    /// Whether `firstLine` is a scan's (a JSON object whose "record" is "domain", "skipped" or
    /// "summary"), not a transcript's.
    static bool isScanLine(const QByteArray &firstLine);
    /// Whether the file holds a scan's lines (its first line that is not blank tells). Only a
    /// regular file is looked into: a pipe read here would lose its first line.
    static bool isScanFile(const QString &path);
    /// False with the reason ("FILE: line N is not a scan's JSON object") when the file cannot
    /// be read or holds a line that is not a scan's; an unterminated last line that does not
    /// parse only sets `truncated`.
    static bool read(const QString &path, ScanResult *result, QString *error);
    static bool parse(const QByteArray &bytes, ScanResult *result, int *badLine);
    /// One compact JSON object per line: the skipped lines, the domains, then the summary.
    QByteArray toJsonLines() const;
    /// Adds one record by its "record" key; false for an object that is not a scan's.
    bool add(const QJsonObject &record);
};

} // namespace Inspector
