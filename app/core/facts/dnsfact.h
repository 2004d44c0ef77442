// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "danefact.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Inspector {

/// One place to connect to, in the order of RFC 6120 §3.2 (and XEP-0368 for _xmpps-).
struct DnsCandidateFact
{
    QString target;
    int port = 0;
    bool directTls = false;
    int priority = 0, weight = 0;
    /// The SRV service ("_xmpps-server._tcp"), or fallback (the domain itself, RFC 6120 §3.2.2)
    QString source;
    QString dnssecSrv;                    // the SRV answer's DNSSEC status
    std::optional<QStringList> addresses; // none: not looked up
    QString dnssecA, dnssecAAAA;          // the address answers' status; empty: none
    QVector<TlsaRecord> tlsa;
    QString dnssecTlsa;
    QString rejected;        // "A bogus", …: not connected to at all (RFC 7673 §3.2)
    bool daneUsable = false; // the TLSA set is secure and may decide (RFC 7673 §3)
    QString daneNotApplied;
    /// While looking up, not recorded: a secure address answer returned addresses.
    bool addressSecure = false;

    static DnsCandidateFact fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

/// One address to connect to: RFC 6120 §3.2.1 tries each address of each candidate in order.
struct DnsAttempt
{
    QString address;
    int candidate = 0; // the index in DnsFact::candidates
};

/// A DNSSEC answer that does not validate (RFC 4035 §5.5).
struct BogusAnswerFact
{
    QString name, type, whyBogus;
};

/**
 * A session's DNS lookup (a DNS event): the candidates, DNSSEC and DANE status. The payload
 * stays as recorded (without its raw answers) for the JSON edge.
 */
struct DnsFact
{
    QString domain, service, server, dnssec, validation, strippedReason;
    bool noService = false;
    /// SRV questions that failed ("NAME: SERVFAIL"): no answer is not "no SRV records".
    QStringList srvFailed;
    /// Made for another role (a dialback verify connection), not the session's own peer.
    bool forOtherRole = false;
    std::optional<qint64> srvSeed;
    QVector<DnsCandidateFact> candidates;
    QVector<BogusAnswerFact> bogus;
    QString error; // the lookup failed as a whole
    QJsonObject recorded;

    /// Every address of every candidate, in the candidates' order.
    QVector<DnsAttempt> attempts() const;

    static DnsFact fromEventData(const QJsonObject &data);
    /// The payload without "answers" (the summary leaves the raw answers out).
    QJsonObject toJson() const;
};

inline QVector<DnsAttempt> DnsFact::attempts() const
{
    QVector<DnsAttempt> out;
    for (int i = 0; i < int(candidates.size()); ++i) {
        for (const QString &address : candidates.at(i).addresses.value_or(QStringList()))
            out.append({address, i});
    }
    return out;
}

/// The facts of an "attempt" verdict about connecting to `address` of candidate `c` (target,
/// address, port, directTls, source); the caller adds what, result and error.
QJsonObject attemptData(const DnsCandidateFact &c, const QString &address);

/// One connection attempt to a candidate (an "attempt" verdict).
struct AttemptFact
{
    QString target, address, result, error;
    int port = 0;
    bool directTls = false;
    int connection = 0;
    QJsonObject recorded;

    static AttemptFact fromEventData(const QJsonObject &data, int connection);
    /// The payload without "what", with its connection.
    QJsonObject toJson() const { return recorded; }
    static AttemptFact fromJson(const QJsonObject &o);
};

} // namespace Inspector
