// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan.h"

#include "net/dnscontext.h"
#include "net/dnslookup.h"
#include "run/controller.h"
#include "trace/summary.h"

#include <QJsonArray>
#include <QSet>

namespace Inspector {

struct Scan::Active
{
    ScanList::Domain domain;
    QElapsedTimer clock;   // since its lookup began
    qint64 waitedMs = 0;   // for its address or the rate: not the domain's own time
    QElapsedTimer waiting; // while it waits
    std::optional<DnsFact> dns;
    DnsLookup *lookup = nullptr;
    QString address; // the first it resolved to; empty: none (its session connects nowhere)
    std::unique_ptr<SessionController> session;
};

Scan::Scan(const ScanOptions &options, const QVector<ScanList::Domain> &domains, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_domains(domains)
{
    m_options.concurrency = qBound(1, m_options.concurrency, ScanOptions::MaxConcurrency);
    m_options.perAddress = qMax(1, m_options.perAddress);
    m_options.rate = qBound(1, m_options.rate, ScanOptions::MaxRate);
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pumpTimer, &QTimer::timeout, this, &Scan::pump);
}

Scan::~Scan()
{
    for (const std::shared_ptr<Active> &a : std::as_const(m_active)) {
        delete a->lookup;
        if (a->session)
            a->session->disconnect(this);
        a->session.reset();
    }
}

void Scan::start()
{
    if (m_begun)
        return;
    m_begun = true;
    m_clock.start();
    QTimer::singleShot(0, this, &Scan::pump);
}

void Scan::stop()
{
    if (m_stopping || !m_begun)
        return;
    m_stopping = true;
    // Lookups and domains waiting for room have not connected anywhere: they go now.
    for (qsizetype i = m_active.size() - 1; i >= 0; --i) {
        const std::shared_ptr<Active> &a = m_active.at(i);
        if (a->session)
            continue;
        delete a->lookup;
        m_active.removeAt(i);
    }
    m_waiting.clear();
    QTimer::singleShot(0, this, &Scan::pump);
}

void Scan::stopNow()
{
    stop();
    for (const std::shared_ptr<Active> &a : std::as_const(m_active)) {
        if (a->session)
            a->session->stop();
    }
}

QJsonObject Scan::record(const QString &domain, const QJsonObject &summary, qint64 ms)
{
    QJsonObject o = summary;
    o.insert(QStringLiteral("record"), QStringLiteral("domain"));
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("elapsedMs"), ms);
    return o;
}

QJsonObject Scan::summary() const
{
    QJsonObject outcomes;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        outcomes.insert(it.key(), it.value());
    QJsonObject findings;
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it)
        findings.insert(it.key(), it.value());
    return {{QStringLiteral("record"), QStringLiteral("summary")},
            {QStringLiteral("domains"), total()},
            {QStringLiteral("scanned"), m_done},
            {QStringLiteral("succeeded"), m_succeeded},
            {QStringLiteral("failed"), m_done - m_succeeded},
            {QStringLiteral("notScanned"), total() - m_done},
            {QStringLiteral("stopped"), m_stopping},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("elapsedMs"), m_clock.isValid() ? m_clock.elapsed() : 0}};
}

void Scan::pump()
{
    while (!m_stopping && m_next < m_domains.size() && busy() < m_options.concurrency &&
           m_waiting.size() < maxWaiting()) {
        auto active = std::make_shared<Active>();
        active->domain = m_domains.at(m_next++);
        active->clock.start();
        m_active.append(active);
        lookUp(active);
    }
    for (qsizetype i = 0; i < m_waiting.size() && busy() < m_options.concurrency;) {
        const std::shared_ptr<Active> a = m_waiting.at(i);
        if (m_perAddress.value(a->address) >= m_options.perAddress) {
            ++i; // its address is busy: the next one may go first
            continue;
        }
        if (!mayStartNow())
            break;
        m_waiting.removeAt(i);
        startSession(a);
    }
    if (m_active.isEmpty() && (m_stopping || m_next >= m_domains.size()) && !m_finished) {
        m_finished = true;
        m_dns.reset(); // its thread and cache go with the last lookup that holds it
        Q_EMIT finished();
    }
}

bool Scan::mayStartNow()
{
    // Each start 1 / rate seconds after the one before at the soonest, in nanoseconds (never
    // faster than the rate, whatever its value), and no burst after a pause.
    if (m_lastStartNs < 0)
        return true;
    const qint64 dueNs = m_lastStartNs + 1'000'000'000LL / m_options.rate;
    const qint64 nowNs = m_clock.nsecsElapsed();
    if (nowNs >= dueNs)
        return true;
    if (!m_pumpTimer->isActive())
        m_pumpTimer->start(int((dueNs - nowNs + 999'999) / 1'000'000));
    return false;
}

void Scan::lookUp(const std::shared_ptr<Active> &active)
{
    S2sOptions s = m_options.s2s;
    s.to = active->domain.domain;
    if (!s.usesDns()) { // --resolve names where it is
        active->address = s.effectiveHost();
        active->waiting.start();
        m_waiting.append(active);
        return;
    }
    active->lookup = new DnsLookup(s.to, false, s.dns, this);
    active->lookup->setSharedContext(sharedDns());
    connect(active->lookup, &DnsLookup::finished, this,
            [this, active](const DnsFact &dns) { onResolved(active, dns); });
    active->lookup->start();
}

std::shared_ptr<DnsContext> Scan::sharedDns()
{
    // One resolver for every lookup of the scan: one thread and one cache (a thousand
    // domains on a few servers share their answers), made on the scan's own thread. Where
    // libunbound refuses the settings, each lookup makes its own and says why.
    if (!m_dns && !m_dnsRefused) {
        const QStringList anchors = m_options.s2s.dns.effectiveAnchors();
        bool readable = true;
        for (const QString &file : anchors) {
            Phrase why;
            readable = readable && DnsSettings::checkAnchorFile(file, &why);
        }
        QString error;
        if (readable)
            m_dns = DnsContext::create(m_options.s2s.dns, anchors, !anchors.isEmpty(), &error);
        m_dnsRefused = !m_dns;
    }
    return m_dns;
}

void Scan::onResolved(const std::shared_ptr<Active> &active, const DnsFact &dns)
{
    if (!active->lookup)
        return; // one result per lookup
    active->lookup->disconnect(this);
    active->lookup->deleteLater();
    active->lookup = nullptr;
    active->dns = dns;
    const QVector<DnsAttempt> attempts = dns.attempts();
    if (attempts.isEmpty()) {
        startSession(active); // it connects nowhere: its record says why
        return;
    }
    active->address = attempts.first().address;
    active->waiting.start();
    m_waiting.append(active);
    pump();
}

void Scan::startSession(const std::shared_ptr<Active> &active)
{
    if (active->waiting.isValid())
        active->waitedMs = active->waiting.elapsed();
    S2sOptions s = m_options.s2s;
    s.to = active->domain.domain;
    if (active->dns) {
        const DnsFact dns = *active->dns;
        s.resolver = [dns](const QString &) {
            return dns;
        };
    }
    if (!active->address.isEmpty()) {
        ++m_perAddress[active->address];
        m_lastStartNs = m_clock.nsecsElapsed();
    }
    active->session = std::make_unique<SessionController>();
    connect(
        active->session.get(), &SessionController::finished, this,
        [this, active] { onSessionFinished(active); }, Qt::QueuedConnection);
    active->session->start(s);
}

void Scan::onSessionFinished(const std::shared_ptr<Active> &active)
{
    Q_ASSERT(m_active.contains(active));
    const SessionSummary summary = Summary::build(active->session->fullLog());
    if (!active->address.isEmpty() && --m_perAddress[active->address] <= 0)
        m_perAddress.remove(active->address);
    ++m_done;
    if (summary.success)
        ++m_succeeded;
    ++m_outcomes[summary.success                ? QStringLiteral("success")
                 : summary.errorCode.isAbsent() ? QStringLiteral("failure")
                                                : summary.errorCode.value];
    // Each code once per domain: how many domains have it.
    QSet<QString> codes;
    for (const Finding &f : summary.findings)
        codes.insert(f.codeName());
    for (const QString &code : std::as_const(codes))
        ++m_findings[code];
    m_active.removeOne(active);
    Q_EMIT domainFinished(
        record(active->domain.domain, summary.toJson(), active->clock.elapsed() - active->waitedMs),
        active->session.get());
    active->session.release()->deleteLater();
    pump();
}

} // namespace Inspector
