// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "danefact.h"
#include "hostmetafact.h"
#include "text/phrase.h"
#include "verdictfact.h"

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

/// An SRV record (RFC 2782 "The format of the SRV RR").
struct SrvRecord
{
    QString target;
    int port = 0, priority = 0, weight = 0;

    static SrvRecord fromJson(const QJsonObject &o);
};

/// One question a lookup asked and what came back (the "answers" of a DNS event).
struct DnsAnswerFact
{
    QString name, type;       // type: "SRV", "A", … (DnsAnswer::typeName)
    std::optional<double> ms; // none: the question could not be asked
    QString error;            // the resolver's error; empty: none
    bool answered = false;    // an answer came: rcode, nxdomain and dnssec are recorded
    int rcode = -1;
    bool nxdomain = false;
    QString dnssec, whyBogus, cname;
    int keys = 0;      // records of another type (DNSKEY)
    int discarded = 0; // the records of a bogus answer, not used (RFC 7673 §3.1)
    // The records, in the form of the type asked for.
    QVector<SrvRecord> srv;
    QStringList addresses;
    QVector<TlsaRecord> tlsa;

    qsizetype recordCount() const { return srv.size() + addresses.size() + tlsa.size(); }
    static DnsAnswerFact fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

/// An SRV question that failed: neither records nor "no such record" (NOERROR, NXDOMAIN).
struct SrvFailure
{
    QString name;
    int rcode = -1;
    QString error; // the resolver's error; empty: none
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
/// One way a client can reach the server, in the order it should try them.
struct ClientPath
{
    QString kind;       // "starttls", "directtls" (XEP-0368), "websocket", "bosh"
    QString endpoint;   // "target:port", or the URL
    QString source;     // "_xmpp-client._tcp", "fallback", "host-meta"
    bool secure = true; // false: ws: or http:
};

struct DnsFact
{
    QString domain, service, server, dnssec, validation;
    Phrase strippedReason; // why DNSSEC was not validated with this server
    QString aLabel;        // the domain as asked, where it is not the domain as given (IDNA)
    bool noService = false;
    bool noDirectTls = false; // XEP-0368 §5: "." as the only _xmpps- target
    QStringList trustAnchors;
    /// SRV questions that failed: no answer is not "no SRV records".
    QVector<SrvFailure> srvFailures;
    /// The same as text ("NAME: SERVFAIL").
    QStringList srvFailed;
    /// The role a lookup was made for when it is not the session's own peer (a dialback
    /// verify connection); empty for the session's own.
    QString role;
    std::optional<qint64> srvSeed;
    QVector<DnsCandidateFact> candidates;
    QVector<BogusAnswerFact> bogus;
    QVector<DnsAnswerFact> answers;
    Phrase error; // the lookup failed as a whole
    /// A client lookup's web endpoints (XEP-0156), when host-meta was fetched.
    std::optional<HostMetaFact> hostMeta;

    bool forOtherRole() const { return !role.isEmpty(); }
    /// Whether a lookup was recorded (every lookup names its domain).
    bool isRecorded() const { return !domain.isEmpty(); }
    /// Every address of every candidate, in the candidates' order.
    QVector<DnsAttempt> attempts() const;
    /// A client's paths: the SRV targets (or the fallback) in their order, then the web
    /// endpoints of host-meta (XEP-0156 §2.2: only after the SRV records).
    QVector<ClientPath> clientPaths() const;

    static DnsFact fromEventData(const QJsonObject &data);
    /// The payload without "answers" (the summary leaves the raw answers out).
    QJsonObject toJson() const;
    /// The payload a lookup records (a lookup that failed as a whole: its domain, error and
    /// no candidates).
    QJsonObject toEventData() const;
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

/// An "attempt" verdict about connecting to `address` of candidate `c` (target, address,
/// port, directTls, source) with its result; the caller adds the error.
VerdictFact attemptVerdict(const DnsCandidateFact &c, const QString &address,
                           const QString &result);

/// One connection attempt to a candidate (an "attempt" verdict).
struct AttemptFact
{
    QString target, address, result, error;
    int port = 0;
    bool directTls = false;
    int connection = 0;
    VerdictFact verdict; // as recorded

    static AttemptFact fromVerdict(const VerdictFact &v);
    /// The verdict without "what", with its connection.
    QJsonObject toJson() const;
    static AttemptFact fromJson(const QJsonObject &o);
};

} // namespace Inspector
