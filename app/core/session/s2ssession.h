// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/dnsfact.h"
#include "session/outcome.h"
#include "session/phasemachine.h"
#include "session/s2soptions.h"
#include "session/session.h"
#include "text/phrase.h"

#include <QElapsedTimer>
#include <QObject>

namespace Inspector {

class DialbackVerifier;
class DnsLookup;
struct OutgoingS2sConfig;
class EventLog;
class InboundS2s;
class OutgoingS2s;
class S2sListener;
class S2sQueries;

/**
 * One server-to-server investigation: the outgoing stream to the remote domain and, when asked,
 * this tool as the authoritative server for our own domain (accepting the remote's
 * back-connections), plus the verify connections the remote's own dialback needs. Queries sent
 * after authentication (ping, disco, version, raw stanzas) are matched to their replies by id
 * on whichever connection they arrive (S2sQueries).
 */
class S2sSession : public Session
{
    Q_OBJECT
public:
    /// The investigation's own phases, recorded on connection 0 (scope "s2s").
    enum class Phase {
        Idle,
        Resolving,
        Attempting,
        Querying,
        StayingOpen,
        WrappingUp,
        Finished,
    };
    static const PhaseTable<Phase> &phaseTable();

    S2sSession(EventLog *log, const S2sOptions &options, QObject *parent = nullptr);
    ~S2sSession() override;

    void start() override;
    void stop() override;
    bool isFinished() const override { return m_phases->current() == Phase::Finished; }
    Outcome outcome() const override { return m_outcome; }
    /// Whether stanzas can be sent now: the outgoing stream is authenticated and still open.
    bool canSend() const override;
    /// Sends stanzas typed by the user (a console) on the authenticated outgoing stream, with
    /// 'from' and 'to' filled in; replies to iq get/set are recorded as verdicts.
    bool send(const QVector<ElementPtr> &stanzas, QString *error) override;
    QString consoleNamespace() const override;
    /// Where the authoritative listener listens (its port when 0 was asked for).
    HostPort authoritativeAddress() const;

private:
    OutgoingS2sConfig initiatingConfig(const QString &host, quint16 port, S2sOptions::Tls tls);
    Phase phase() const { return m_phases->current(); }
    void recordStart();
    bool startListener();
    void attachInitiating();
    void onDns(const DnsFact &result);
    void startAttempt(int index);
    void onAuthenticated(const QString &method);
    void onTimeout(Phase phase);
    void queriesDone();
    void onStanza(int connection, const ElementPtr &stanza, bool authorized);
    void onInbound(InboundS2s *connection);
    HostPort locate(const QString &domain) const;
    Phrase explainPending(qint64 waitedMs) const;
    void wrapUp();
    void checkDone();
    void finish();
    void note(const Phrase &text);

    EventLog *m_log;
    S2sOptions m_options;
    QByteArray m_secret;
    OutgoingS2s *m_initiating = nullptr;
    S2sListener *m_listener = nullptr;
    DialbackVerifier *m_verifier = nullptr;
    DnsLookup *m_lookup = nullptr;
    bool m_useDns = false;
    DnsFact m_dns;                  // the candidates, with their TLSA records
    QVector<DnsAttempt> m_attempts; // every candidate address, in the order they are tried
    int m_attempt = 0;
    PhaseMachine<Phase> *m_phases;
    S2sQueries *m_queries;
    bool m_authenticated = false;
    Outcome m_outcome = Outcome::Success;
    Phrase m_error;
    QString m_errorCode;
    QString m_failedPhase;
};

} // namespace Inspector
