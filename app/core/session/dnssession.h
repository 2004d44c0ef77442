// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnslookup.h"
#include "net/hostmeta.h"
#include "session/session.h"

namespace Inspector {

class EventLog;

/// What a `dns` lookup asks: a domain's server (or client) service records, as a session does,
/// and for clients the web endpoints its host-meta documents announce.
struct DnsOptions
{
    QString domain;
    bool client = false; // _xmpps-client/_xmpp-client instead of the server records
    DnsSettings dns;
    bool hostMeta = true;      // with client: XEP-0156 host-meta as well
    QVector<PortRoute> routes; // where HTTPS connections go instead (--resolve)
    QList<QSslCertificate> extraCa;
    QString caFile;
    int timeoutMs = 10000; // host-meta: each document's fetch
};

/**
 * A DNS lookup as a session of its own: recorded like any other (its configuration, the
 * lookup's result as a Dns event, how it ended), so it can be saved, shown and compared.
 * Success means at least one usable candidate was found.
 */
class DnsSession : public Session
{
    Q_OBJECT
public:
    DnsSession(EventLog *log, const DnsOptions &options, QObject *parent = nullptr);
    ~DnsSession() override;

    void start() override;
    void stop() override;
    bool isFinished() const override { return m_finished; }
    Outcome outcome() const override { return m_outcome; }

private:
    void onResult(const DnsFact &dns);
    void checkDone();

    EventLog *m_log;
    DnsOptions m_options;
    DnsLookup *m_lookup = nullptr;
    HostMetaFetch *m_hostMeta = nullptr;
    std::optional<DnsFact> m_answer; // the lookup's result, once it has one
    bool m_finished = false;
    Outcome m_outcome = Outcome::Success;
};

} // namespace Inspector
