// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/dnsfact.h"
#include "net/dnslookup.h"
#include "session/outgoings2s.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <optional>

namespace Inspector {

class EventLog;

/**
 * One outgoing server-to-server connection to a domain, found the way the session's first
 * connection finds its peer (RFC 6120 §3.2, XEP-0368, RFC 7673): the _xmpps-server and
 * _xmpp-server SRV candidates in order, else the domain on 5269, each address tried until one
 * answers, DNSSEC and DANE applied. Used for the connections a server opens by itself: the
 * verify connection to an authoritative server and the outgoing stream of the listen mode.
 * A fixed address (from --resolve, or the lab) replaces DNS.
 */
class S2sDialer : public QObject
{
    Q_OBJECT
public:
    /// `base`: the connection (role, from, to, task, TLS, ...); host, port, TLS mode and DANE
    /// come from DNS unless `fixed` is valid.
    S2sDialer(EventLog *log, const OutgoingS2sConfig &base, const DnsSettings &dns,
              const HostPort &fixed, QObject *parent = nullptr);

    void start();
    void stop();
    void send(const Element &stanza);
    OutgoingS2s *connection() const { return m_connection; }
    bool isFinished() const { return m_finished; }
    bool isAuthenticated() const { return m_connection && m_connection->isAuthenticated(); }
    Outcome outcome() const { return m_connection ? m_connection->outcome() : m_outcome; }
    Phrase error() const { return m_connection ? m_connection->error() : m_error; }

Q_SIGNALS:
    void authenticated(const QString &method);
    void verifyAnswered(const Inspector::Dialback::Message &answer);
    void finished();

private:
    void onDns(const DnsFact &result);
    void attempt(int index);
    void finish();

    EventLog *m_log;
    OutgoingS2sConfig m_base;
    DnsSettings m_dns;
    HostPort m_fixed;
    /// An address to try: one of the DNS candidates', or the fixed host (no candidate).
    struct Attempt
    {
        QString address;
        quint16 port = 0;
        std::optional<DnsCandidateFact> candidate;
    };
    QVector<Attempt> m_attempts;
    int m_attempt = -1;
    QPointer<OutgoingS2s> m_connection;
    DnsLookup *m_lookup = nullptr;
    bool m_stopped = false;
    bool m_finished = false;
    Outcome m_outcome = Outcome::Success;
    Phrase m_error;
};

} // namespace Inspector
