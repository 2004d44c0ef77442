// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientroute.h"

#include "facts/eventfacts.h"
#include "session/streamconnection.h"
#include "trace/eventlog.h"

namespace Inspector {

ClientRoute::ClientRoute(EventLog *log, StreamConnection *connection, QString domain,
                         DnsSettings dns, S2sOptions::Tls asked, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_connection(connection)
    , m_domain(std::move(domain))
    , m_dns(std::move(dns))
    , m_asked(asked)
{}

void ClientRoute::start()
{
    m_lookup = new DnsLookup(m_domain, true, m_dns, this);
    connect(m_lookup, &DnsLookup::finished, this, &ClientRoute::onDns);
    m_lookup->start();
}

void ClientRoute::onDns(const DnsFact &dns)
{
    Event e;
    e.kind = EventKind::Dns;
    e.payload = dns;
    m_log->append(std::move(e));
    for (const DnsAttempt &a : dns.attempts()) {
        const DnsCandidateFact &c = dns.candidates.at(a.candidate);
        if (c.directTls &&
            (m_asked == S2sOptions::Tls::None || m_asked == S2sOptions::Tls::StartTls))
            continue;
        m_attempts.append({a.address, c});
    }
    if (next())
        return;
    if (!dns.bogus.isEmpty()) {
        Q_EMIT noCandidate(
            QStringLiteral("DNSSEC-BOGUS"),
            Phrase::of(staticMetaObject,
                       QT_TR_NOOP("The DNSSEC validation of %1 failed: no candidate can be used "
                                  "(RFC 7673 §3.1)."),
                       {m_domain}));
        return;
    }
    const bool noService = dns.noService;
    Q_EMIT noCandidate(
        noService ? QStringLiteral("dns-no-service") : QStringLiteral("dns-no-address"),
        noService
            ? Phrase::of(
                  staticMetaObject,
                  QT_TR_NOOP(
                      "%1 declares no XMPP client service (SRV target \".\", RFC 6120 §3.2.1)."),
                  {m_domain})
            : Phrase::of(staticMetaObject, QT_TR_NOOP("No address found for %1 (%2)."),
                         {m_domain,
                          dns.error.isEmpty()
                              ? Phrase::of(staticMetaObject, QT_TR_NOOP("no SRV, A or AAAA record"))
                              : dns.error}));
}

void ClientRoute::record(const QString &result, const Phrase &error)
{
    if (m_current < 0)
        return;
    const Attempt &a = m_attempts.at(m_current);
    VerdictFact v = attemptVerdict(a.candidate, a.address, result);
    if (!error.isEmpty())
        v.setError(error);
    m_connection->verdict(v);
}

Dane::Expectation ClientRoute::dane() const
{
    if (m_current < 0)
        return {};
    const DnsCandidateFact &c = m_attempts.at(m_current).candidate;
    return Dane::Expectation{c.tlsa, c.dnssecTlsa, c.daneUsable};
}

void ClientRoute::connected()
{
    record(QStringLiteral("connected"), Phrase());
}

bool ClientRoute::failed(const Phrase &error)
{
    record(QStringLiteral("failed"), error);
    return next();
}

bool ClientRoute::next()
{
    if (m_current + 1 >= m_attempts.size())
        return false;
    const Attempt &a = m_attempts.at(++m_current);
    const DnsCandidateFact &c = a.candidate;
    const S2sOptions::Tls tls = c.directTls                          ? S2sOptions::Tls::Direct
                                : m_asked == S2sOptions::Tls::Direct ? S2sOptions::Tls::Auto
                                                                     : m_asked;
    m_connection->note(Phrase::of(staticMetaObject,
                                  QT_TR_NOOP("Connecting to %1 (%2, port %3, from %4)."),
                                  {a.address, c.target, QString::number(c.port), c.source}));
    Q_EMIT attempt(a.address, quint16(c.port), tls);
    return true;
}

} // namespace Inspector
