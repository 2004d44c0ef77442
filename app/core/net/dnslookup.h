// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/dnsfact.h"

#include <QObject>
#include <QSet>
#include <QSocketNotifier>
#include <QStringList>

#include <functional>
#include <memory>

struct ub_ctx;
struct ub_result;

namespace Inspector {

class DnsContext;

/// Where and how names are resolved; the same for every connection of a session.
struct DnsSettings
{
    QString server;           // libunbound forwarder "IP@PORT"; empty: the system's resolver
    QStringList trustAnchors; // DS/DNSKEY files; empty: the root key with the system's resolver
    qint64 srvSeed = -1;      // seed of the weighted SRV order; negative: drawn at random
    /// The whole lookup's deadline: libunbound retries a server that never answers for
    /// minutes, and a session must not wait that long for its first step.
    int timeoutMs = 15000;

    /// The root zone's key from Debian's dns-root-data.
    static QString defaultRootKey() { return QStringLiteral("/usr/share/dns/root.key"); }
    /// The trust anchor files in effect: none with a chosen server and no --trust-anchor.
    QStringList effectiveAnchors() const;
    /// Checks that a file holds DS or DNSKEY records (zone-file format); false with a reason.
    static bool checkAnchorFile(const QString &file, Phrase *error);
};

/**
 * How a domain's XMPP service is found (RFC 6120 §3.2, XEP-0368, RFC 7673), with libunbound:
 * SRV records of both kinds (_xmpps-server and _xmpp-server, or the client ones), the addresses
 * of every target, TLSA for every target, and the DNSSEC status of each answer: secure,
 * insecure, bogus (with unbound's reason), unvalidated (no trust anchor), or stripped (the
 * resolver gives no DNSSEC data, so nothing could be validated). Bogus answers are never used
 * (RFC 7673 §3.1-3.2). Asynchronous on the event loop (libunbound's descriptor in a
 * QSocketNotifier).
 *
 * (Qt 6.4's QDnsLookup has no TLSA, no DNSSEC status and no way to set a server's port.)
 */
class DnsLookup : public QObject
{
    Q_OBJECT
public:
    DnsLookup(const QString &domain, bool client, const DnsSettings &settings,
              QObject *parent = nullptr);
    ~DnsLookup() override;

    /// Asks through a context shared with other lookups (a scan's), when it validates as this
    /// lookup would; before start(). Otherwise the lookup makes a context of its own.
    void setSharedContext(std::shared_ptr<DnsContext> context) { m_shared = std::move(context); }
    /// Looks up no SRV records: the domain's own addresses, as one candidate on `port` (an
    /// HTTPS host's, say); before start(). The result's service is "address".
    void setAddressOnly(quint16 port) { m_addressPort = port; }
    void start();
    const DnsFact &result() const { return m_result; }
    /// "IP", "IP:PORT", "[v6]:PORT"; false with an explanation.
    static bool parseServer(const QString &text, QString *unboundAddress, QString *error);
    /// The A-label form of a domain (UTS #46, RFC 5891) used in DNS, SNI and certificate names;
    /// empty when it cannot be converted.
    static QString aLabel(const QString &domain);

Q_SIGNALS:
    void finished(const DnsFact &result);

private:
    struct Query;
    bool createContext(bool validate);
    void deleteContext();
    void probeAnchors();
    void lookUpServices();
    void query(const QString &name, int type, std::function<void(const DnsAnswerFact &)> done);
    void onSrvAnswer(const DnsAnswerFact &answer, bool direct);
    static void callback(void *data, int err, ::ub_result *result);
    void onSrvDone();
    void resolveTargets();
    void checkDone();
    void fail(const Phrase &error);

    QString m_domain;
    bool m_client;
    quint16 m_addressPort = 0; // setAddressOnly()
    DnsSettings m_settings;
    QStringList m_anchors;
    quint32 m_seed = 0;
    ub_ctx *m_ctx = nullptr;              // the context asked: m_own's or m_shared's
    std::unique_ptr<DnsContext> m_own;    // made by this lookup
    std::shared_ptr<DnsContext> m_shared; // given by setSharedContext()
    QString m_validation;                 // "on", "off" or "stripped"
    QSet<Query *> m_outstanding;          // asked and not yet answered; owned until the callback
    int m_pending = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_servicesAsked = false;
    bool m_srvDone = false;
    DnsFact m_fact; // what the lookup found so far; m_result once it is done
    DnsFact m_result;
    QVector<DnsCandidateFact> m_srvDirect;
    QVector<DnsCandidateFact> m_srvStarttls;
    QString m_srvDnssec;
};

} // namespace Inspector
