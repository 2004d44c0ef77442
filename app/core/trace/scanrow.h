// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/finding.h"
#include "facts/sessionsummary.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

#include <optional>

namespace Inspector {

/**
 * One domain of a scan as its table shows it (the window's, the HTML report's, the CSV
 * export's): read from the domain's JSON record, the findings derived from its facts as for a
 * session.
 */
struct ScanRow
{
    /// None: no TLSA records; NotUsable: not DNSSEC-secure (RFC 7673 §3: DANE does not apply);
    /// Bogus: the TLSA answer failed validation.
    enum class Dane { None, Matched, Mismatch, NotUsable, Bogus };
    /// The columns of a scan's table, in the order shown.
    enum Column {
        DomainColumn,
        OutcomeColumn,
        ReachableColumn,
        TlsColumn,
        CertificateColumn,
        DnssecColumn,
        DaneColumn,
        DialbackColumn,
        ExternalColumn,
        LatencyColumn,
        FindingsColumn,
        ColumnCount
    };

    QString domain;
    QString outcome; // "success", "failure" or the session's error code ("dns-no-service", …)
    bool success = false;
    bool reachable = false;                 // a TCP connection to the domain's server was made
    QString tlsVersion;                     // "TLSv1.3"; empty: no TLS
    std::optional<int> certificateDaysLeft; // the server's certificate, at the time of the check
    QString dnssec;                         // "secure", "insecure", "bogus"; empty: not known
    Dane dane = Dane::None;
    bool featuresSeen = false; // the server offered its stream features
    bool dialbackOffered = false;
    bool externalOffered = false;    // SASL EXTERNAL (XEP-0178)
    std::optional<double> latencyMs; // the TCP connect
    qint64 elapsedMs = 0;            // the domain's whole check (lookup and session)
    QString error;                   // why it failed, in the interface's language
    QString transcript;              // the file its transcript was saved to, if any
    QVector<Finding> findings;
    QVector<PhaseFact> phases;

    /// A column's heading, in the interface's language.
    static QString header(Column column);
    /// What the column shows for this domain ("—" for what is not known).
    QString text(Column column) const;
    /// What the column sorts by: numbers for counts and times (not known sorts first), text
    /// otherwise.
    QVariant sortKey(Column column) const;
    /// Whether a column holds numbers (right-aligned).
    static bool isNumeric(Column column);
    /// Whether sortKey() is a number (the findings too: errors, then warnings, then notes).
    static bool sortsAsNumber(Column column)
    {
        return isNumeric(column) || column == FindingsColumn;
    }

    int count(Finding::Severity severity) const;
    /// "2 errors, 1 warning" or "none", in the interface's language.
    QString findingsText() const;
    /// "2 errors", "1 warning", "3 notes", in the interface's language.
    static QString countText(Finding::Severity severity, int n);
    /// "matched", "mismatch", "not usable", "bogus" or "" (no TLSA records), in the interface's
    /// language.
    static QString daneLabel(Dane dane);

    static ScanRow fromRecord(const QJsonObject &record);
};

} // namespace Inspector
