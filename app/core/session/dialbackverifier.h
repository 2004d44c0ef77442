// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnslookup.h"
#include "protocol/dialback.h"
#include "session/outgoings2s.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Inspector {

class EventLog;
class InboundS2s;
class S2sDialer;

/**
 * Verifies a peer's <db:result/> the XEP-0220 §2.1.2 way: opens a verify connection to the
 * peer's authoritative server, sends <db:verify/> with the key and our stream id, and hands the
 * answer back to the inbound connection that asked. The authoritative server is found like any
 * peer (S2sDialer: SRV, fallback, DNSSEC, DANE) unless the locator names an address.
 */
class DialbackVerifier : public QObject
{
    Q_OBJECT
public:
    /// An address for a domain that replaces DNS (--resolve, the lab); invalid: use DNS.
    using Locator = std::function<HostPort(const QString &domain)>;

    /// base: TLS mode, CA, timeout for the verify connections.
    DialbackVerifier(EventLog *log, Locator locate, const OutgoingS2sConfig &base,
                     QObject *parent = nullptr);

    void setDns(const DnsSettings &dns) { m_dns = dns; }
    void verify(InboundS2s *inbound, const Dialback::Message &request);
    void stopAll();
    bool allFinished() const;

Q_SIGNALS:
    void connectionFinished();

private:
    EventLog *m_log;
    Locator m_locate;
    OutgoingS2sConfig m_base;
    DnsSettings m_dns;
    QList<QPointer<S2sDialer>> m_connections;
};

} // namespace Inspector
