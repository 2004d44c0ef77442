// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnslookup.h"
#include "session/session.h"

namespace Inspector {

class EventLog;

/// What a `dns` lookup asks: a domain's server (or client) service records, as a session does.
struct DnsOptions
{
    QString domain;
    bool client = false; // _xmpps-client/_xmpp-client instead of the server records
    DnsSettings dns;
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

    EventLog *m_log;
    DnsOptions m_options;
    DnsLookup *m_lookup = nullptr;
    std::optional<DnsFact> m_answer; // the lookup's result, once it has one
    bool m_finished = false;
    Outcome m_outcome = Outcome::Success;
};

} // namespace Inspector
