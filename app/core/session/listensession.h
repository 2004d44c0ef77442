// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnslookup.h"
#include "session/outcome.h"
#include "session/phasemachine.h"
#include "session/s2soptions.h"
#include "session/session.h"
#include "text/phrase.h"

#include <QObject>

#include <functional>

namespace Inspector {

class DialbackVerifier;
class OutboundRouter;
class EventLog;
class InboundS2s;
class S2sListener;

struct ListenOptions
{
    QString domain; // the domain this side receives for
    HostPort bind;
    QSslCertificate certificate;
    QSslKey privateKey;
    QString certificateFile;
    QList<QSslCertificate> extraCa;
    QByteArray dialbackSecret; // for db:verify asked of us as that domain's authoritative server
    int durationMs = 60000;
    int timeoutMs = 10000;
    QHash<QString, HostPort> resolve;
    DnsSettings dns;   // how remote domains are found (verify connections, outgoing streams)
    bool bidi = false; // XEP-0288: offer bidirectional streams; replies go back on them
    bool recordSession = true; // false when part of a larger session (the lab)
    // Runtime only, never recorded (tests run the session over in-process connections):
    AcceptorFactory acceptor;   // empty: a TCP port
    TransportFactory transport; // verify connections and outgoing streams; empty: TCP
};

/**
 * This tool as the receiving server for a domain: remote servers federate into it, their
 * dialback keys are verified with their authoritative servers (verify connections), and
 * everything that arrives is recorded, until the duration ends or stop() is called.
 */
class ListenSession : public Session
{
    Q_OBJECT
public:
    /// The session's own phases, recorded on connection 0 (scope "listen").
    enum class Phase {
        Idle,
        Listening,
        Stopping,
        Finished,
    };
    static const PhaseTable<Phase> &phaseTable();

    ListenSession(EventLog *log, const ListenOptions &options, QObject *parent = nullptr);
    ~ListenSession() override;

    /// When the address cannot be bound, the session finishes at once with an error.
    void start() override;
    /// Whether start() could bind the address.
    bool isListening() const;
    void stop() override;
    bool isFinished() const override { return m_phases->current() == Phase::Finished; }
    Outcome outcome() const override { return m_outcome; }
    HostPort address() const;
    /// Where to reach other domains' servers (verify connections, replies); overrides resolve.
    void setLocator(std::function<HostPort(const QString &domain)> locate)
    {
        m_locate = std::move(locate);
    }

private:
    void onInbound(InboundS2s *connection);
    void checkDone();
    void finish(const Phrase &error = {});

    EventLog *m_log;
    ListenOptions m_options;
    S2sListener *m_listener;
    DialbackVerifier *m_verifier;
    OutboundRouter *m_router;
    std::function<HostPort(const QString &domain)> m_locate;
    PhaseMachine<Phase> *m_phases;
    Outcome m_outcome = Outcome::Success;
};

} // namespace Inspector
