// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssession.h"

#include "facts/eventfacts.h"

#include "trace/eventlog.h"

namespace Inspector {

DnsSession::DnsSession(EventLog *log, const DnsOptions &options, QObject *parent)
    : Session(parent)
    , m_log(log)
    , m_options(options)
{}

DnsSession::~DnsSession() = default;

void DnsSession::start()
{
    Event e;
    e.kind = EventKind::SessionStarted;
    SessionStartedFact started;
    started.mode = QStringLiteral("dns");
    started.domain = m_options.domain;
    started.client = m_options.client;
    started.dnsServer = m_options.dns.server;
    started.trustAnchors = m_options.dns.trustAnchors;
    if (m_options.client && m_options.hostMeta) {
        started.timeoutMs = m_options.timeoutMs;
        if (!m_options.caFile.isEmpty())
            started.caFile = m_options.caFile;
    }
    e.payload = started;
    m_log->append(std::move(e));
    m_lookup = new DnsLookup(m_options.domain, m_options.client, m_options.dns, this);
    // The answer is kept as soon as it comes (stop() may run before the queued call does).
    connect(m_lookup, &DnsLookup::finished, this, [this](const DnsFact &r) { m_answer = r; });
    connect(m_lookup, &DnsLookup::finished, this, &DnsSession::checkDone, Qt::QueuedConnection);
    if (m_options.client && m_options.hostMeta) {
        // XEP-0156 §2.2 makes host-meta a fallback after the SRV records; both are asked at
        // once here, as the admin wants to see every path.
        HostMetaOptions h;
        h.domain = DnsLookup::aLabel(m_options.domain);
        h.dns = m_options.dns;
        h.routes = m_options.routes;
        h.extraCa = m_options.extraCa;
        h.timeoutMs = m_options.timeoutMs;
        m_hostMeta = new HostMetaFetch(h, this);
        connect(m_hostMeta, &HostMetaFetch::finished, this, &DnsSession::checkDone,
                Qt::QueuedConnection);
    }
    m_lookup->start();
    if (m_hostMeta)
        m_hostMeta->start();
}

void DnsSession::checkDone()
{
    if (!m_answer || (m_hostMeta && !m_hostMeta->isFinished()))
        return;
    DnsFact dns = *m_answer;
    if (m_hostMeta)
        dns.hostMeta = m_hostMeta->result();
    onResult(dns);
}

void DnsSession::stop()
{
    if (m_finished || !m_lookup)
        return;
    if (m_hostMeta)
        m_hostMeta->stop(); // what it has, the rest recorded as stopped
    // A lookup that has its answer (the signal may still be on its way) ends with it; one
    // that has none ends without candidates, and the resolver's queries are dropped with it.
    if (m_answer) {
        checkDone();
    } else {
        DnsFact stopped;
        stopped.domain = m_options.domain;
        stopped.error =
            Phrase::of(staticMetaObject, QT_TR_NOOP("Stopped before the lookup ended."));
        onResult(stopped);
    }
    m_lookup->deleteLater();
    m_lookup = nullptr;
}

void DnsSession::onResult(const DnsFact &dns)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_lookup)
        m_lookup->disconnect(this); // a queued answer after stop() changes nothing
    if (m_hostMeta)
        m_hostMeta->disconnect(this);
    Event d;
    d.kind = EventKind::Dns;
    d.payload = dns;
    m_log->append(std::move(d));
    const bool usable = !dns.candidates.isEmpty();
    m_outcome = usable ? Outcome::Success : Outcome::ProtocolFailure;
    Event f;
    f.kind = EventKind::SessionFinished;
    SessionFinishedFact end(usable, int(m_outcome), {},
                            usable ? Phrase()
                            : !dns.error.isEmpty()
                                ? dns.error
                                : Phrase::of(staticMetaObject,
                                             QT_TR_NOOP("No usable candidate for %1."),
                                             {m_options.domain}));
    // A lookup's end records its error only when it failed.
    end.code = {};
    if (usable)
        end.error = {};
    f.payload = end;
    m_log->append(std::move(f));
    Q_EMIT finished();
}

} // namespace Inspector
