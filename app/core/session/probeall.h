// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/hostmeta.h"
#include "session/c2ssession.h"

#include <QElapsedTimer>

namespace Inspector {

/**
 * `c2s --probe-all`: every path a client may take to its server, tried in turn, as one session
 * of several connections in one event log. The paths are those a lookup finds (the
 * _xmpps-client/_xmpp-client SRV targets, then the WebSocket and BOSH endpoints of host-meta,
 * XEP-0156); each is probed (the features before and after TLS) or, with a password, logged
 * in on, and gets a "path" verdict: works or failed (with why), TLS and whether the
 * certificate proved the name, the time to the first features.
 */
class ProbeAll : public Session
{
    Q_OBJECT
public:
    ProbeAll(EventLog *log, const C2sOptions &options, QObject *parent = nullptr);
    ~ProbeAll() override;

    void start() override;
    void stop() override;
    bool isFinished() const override { return m_finished; }
    Outcome outcome() const override { return m_outcome; }

private:
    void checkLookup();
    void next();
    void onPathFinished();
    void pathVerdict(const ClientPath &path, int connection, const QString &result,
                     const QString &code, const Phrase &error);
    void finish(const QString &code = {}, const Phrase &error = {});

    EventLog *m_log;
    C2sOptions m_options;
    DnsLookup *m_lookup = nullptr;
    HostMetaFetch *m_hostMeta = nullptr;
    std::optional<DnsFact> m_dns;
    QVector<ClientPath> m_paths;
    int m_index = -1;
    C2sSession *m_current = nullptr;
    int m_currentConnection = 0;
    int m_tried = 0;
    int m_failed = 0;
    bool m_stopped = false;
    bool m_finished = false;
    Outcome m_outcome = Outcome::Success;
};

} // namespace Inspector
