// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Inspector {

/**
 * The domains a scan checks, read from a list: one domain per line, `#` starts a comment,
 * blank lines are ignored. A line that is not a domain (bad characters, an IP address,
 * several words) or repeats one listed before is skipped with the reason, never the end of
 * the list.
 */
struct ScanList
{
    struct Domain
    {
        QString domain; // in its normal form (lower case, no trailing dot)
        int line = 0;   // from 1
    };
    struct Skipped
    {
        int line = 0;
        QString text; // the line as written, without its comment
        QString reason;
        /// {"record": "skipped", "line", "text", "reason"}: one line of a scan's output.
        QJsonObject toJson() const;
    };
    QVector<Domain> domains;
    QVector<Skipped> skipped;

    /// At most this many domains: more are skipped (the list is held in memory).
    static constexpr int MaxDomains = 100000;
    /// Lines longer than this are skipped unread (no domain is longer than 1 023 bytes).
    static constexpr int MaxLineBytes = 4096;

    static ScanList parse(const QByteArray &text);
};

} // namespace Inspector
