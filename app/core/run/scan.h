// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/scanlist.h"
#include "session/s2soptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Inspector {

class DnsContext;
class DnsLookup;
class SessionController;

/// How a scan runs its sessions.
struct ScanOptions
{
    S2sOptions s2s;       // every session's options; `to` is each domain in turn
    int concurrency = 16; // domains checked at once (their DNS lookup and session)
    int perAddress = 2;   // sessions at once to one address (the first the domain resolves to)
    int rate = 10;        // sessions started per second, in total

    static constexpr int MaxConcurrency = 256; // each holds a socket (and its verify ones)
    static constexpr int MaxRate = 1000;
};

/**
 * Checks many domains with one s2s session each, several at once: a domain's DNS lookup
 * first, then its session once its address has room (ScanOptions::perAddress) and the rate
 * allows, on the lookup's result. A finished session gives one record and goes: only what
 * the record says is kept (and its log, for as long as domainFinished() is delivered).
 */
class Scan : public QObject
{
    Q_OBJECT
public:
    Scan(const ScanOptions &options, const QVector<ScanList::Domain> &domains,
         QObject *parent = nullptr);
    ~Scan() override;

    void start();
    /// Starts no new domain; those running end within their timeouts, then finished().
    void stop();
    /// stop(), and the running sessions are told to stop too (a second Ctrl+C): each ends
    /// soon, with its record.
    void stopNow();
    bool isStopping() const { return m_stopping; }

    int total() const { return int(m_domains.size()); }
    int done() const { return m_done; }
    int running() const { return int(m_active.size()); }
    /// The summary so far: {"record": "summary", domains, succeeded, failed, notScanned,
    /// "outcomes": {name: count}, "findings": {code: count}, elapsedMs}.
    QJsonObject summary() const;

    /// One domain's record: the keys of `s2s --json`, and "record": "domain", "domain",
    /// "elapsedMs".
    static QJsonObject record(const QString &domain, const QJsonObject &summary, qint64 ms);

Q_SIGNALS:
    /// A domain is done; `session` (its log, for a transcript) lives until the signal returns.
    void domainFinished(const QJsonObject &record, const Inspector::SessionController *session);
    /// Every domain started is done (after stop(): those running).
    void finished();

private:
    struct Active;
    void pump();
    void lookUp(const std::shared_ptr<Active> &active);
    void onResolved(const std::shared_ptr<Active> &active, const DnsFact &dns);
    void startSession(const std::shared_ptr<Active> &active);
    void onSessionFinished(const std::shared_ptr<Active> &active);
    bool mayStartNow();
    std::shared_ptr<DnsContext> sharedDns();
    /// Domains looking up or running a session: what --concurrency bounds (not those
    /// resolved and waiting for their address, which would hold every slot behind one host).
    int busy() const { return int(m_active.size() - m_waiting.size()); }
    /// Resolved domains waiting at most: beyond it, no new lookup starts.
    int maxWaiting() const { return 4 * m_options.concurrency + 64; }

    ScanOptions m_options;
    QVector<ScanList::Domain> m_domains;
    int m_next = 0; // the next domain of m_domains to begin
    int m_done = 0;
    bool m_begun = false;
    bool m_stopping = false;
    bool m_finished = false;
    QVector<std::shared_ptr<Active>> m_active;
    QVector<std::shared_ptr<Active>> m_waiting; // resolved, waiting for their address or rate
    QHash<QString, int> m_perAddress;           // sessions running per address
    std::shared_ptr<DnsContext> m_dns;          // every lookup's resolver
    bool m_dnsRefused = false;
    QElapsedTimer m_clock;
    qint64 m_lastStartNs = -1; // the next session starts 1 / rate seconds after it at the soonest
    QTimer *m_pumpTimer = new QTimer(this); // a child: it moves with the scan to its thread
    // The summary's counts.
    int m_succeeded = 0;
    QMap<QString, int> m_outcomes;
    QMap<QString, int> m_findings;
};

} // namespace Inspector
