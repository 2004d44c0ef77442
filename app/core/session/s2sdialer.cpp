// SPDX-License-Identifier: GPL-3.0-or-later
#include "s2sdialer.h"

#include "trace/eventlog.h"

namespace Inspector {

S2sDialer::S2sDialer(EventLog *log, const OutgoingS2sConfig &base, const DnsSettings &dns,
                     const HostPort &fixed, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_base(base)
    , m_dns(dns)
    , m_fixed(fixed)
{}

void S2sDialer::start()
{
    if (m_fixed.isValid()) {
        m_attempts.append({m_fixed.host, m_fixed.port, std::nullopt});
        attempt(0);
        return;
    }
    m_lookup = new DnsLookup(m_base.to, false, m_dns, this);
    connect(m_lookup, &DnsLookup::finished, this, &S2sDialer::onDns);
    m_lookup->start();
}

void S2sDialer::onDns(const DnsFact &result)
{
    Event e;
    e.kind = EventKind::Dns;
    // The session's summary describes its own peer's DNS; this lookup is for another role.
    DnsFact recorded = result;
    recorded.role = m_base.role;
    e.payload = recorded;
    m_log->append(std::move(e));
    // Each lookup holds a resolver context (a thread, descriptors) until it is deleted.
    m_lookup->deleteLater();
    m_lookup = nullptr;
    const DnsFact &dns = result;
    for (const DnsAttempt &a : dns.attempts()) {
        const DnsCandidateFact &c = dns.candidates.at(a.candidate);
        m_attempts.append({a.address, quint16(c.port), c});
    }
    if (m_attempts.isEmpty() || m_stopped) {
        const bool bogus = !dns.bogus.isEmpty();
        m_outcome = bogus ? Outcome::ProtocolFailure : Outcome::NetworkFailure;
        m_error =
            bogus ? Phrase::of(
                        staticMetaObject,
                        QT_TR_NOOP("The DNSSEC validation of %1 failed: no candidate can be used."),
                        {m_base.to})
            : dns.noService
                ? Phrase::of(staticMetaObject,
                             QT_TR_NOOP("%1 declares no XMPP server-to-server service (SRV target "
                                        "\".\", RFC 6120 "
                                        "§3.2.1)."),
                             {m_base.to})
                : Phrase::of(staticMetaObject, QT_TR_NOOP("No address found for %1 (%2)."),
                             {m_base.to, dns.error.isEmpty()
                                             ? Phrase::of(staticMetaObject,
                                                          QT_TR_NOOP("no SRV, A or AAAA record"))
                                             : dns.error});
        finish();
        return;
    }
    attempt(0);
}

void S2sDialer::attempt(int index)
{
    m_attempt = index;
    const Attempt &a = m_attempts.at(index);
    OutgoingS2sConfig config = m_base;
    config.host = a.address;
    config.port = a.port;
    if (a.candidate) {
        const DnsCandidateFact &c = *a.candidate;
        // XEP-0368 §3: an _xmpps- target speaks TLS from the first byte; an _xmpp- one STARTTLS.
        config.tls = c.directTls                             ? S2sOptions::Tls::Direct
                     : m_base.tls == S2sOptions::Tls::Direct ? S2sOptions::Tls::Auto
                                                             : m_base.tls;
        config.dane = Dane::Expectation{c.tlsa, c.dnssecTlsa, c.daneUsable};
    }
    auto *connection = new OutgoingS2s(m_log, config, this);
    m_connection = connection;
    connect(connection, &OutgoingS2s::authenticated, this, &S2sDialer::authenticated);
    connect(connection, &OutgoingS2s::verifyAnswered, this, &S2sDialer::verifyAnswered);
    connect(connection, &OutgoingS2s::finished, this, [this, connection] {
        // RFC 6120 §3.2.1: a candidate that cannot be reached gives way to the next one.
        const bool unreachable =
            connection->outcome() == Outcome::NetworkFailure && !connection->wasConnected();
        if (unreachable && !m_stopped && m_attempt + 1 < m_attempts.size()) {
            connection->disconnect(this);
            connection->deleteLater();
            attempt(m_attempt + 1);
            return;
        }
        finish();
    });
    connection->start();
}

void S2sDialer::send(const Element &stanza)
{
    if (m_connection)
        m_connection->send(stanza);
}

void S2sDialer::stop()
{
    m_stopped = true;
    if (m_connection)
        m_connection->stop();
    else if (!m_lookup)
        finish();
}

void S2sDialer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Inspector
