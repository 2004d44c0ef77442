// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/hostmeta.h"
#include "protocol/streamfeatures.h"
#include "session/ending.h"
#include "session/outcome.h"
#include "session/phasemachine.h"
#include "session/s2soptions.h"
#include "session/session.h"
#include "session/streamconnection.h"
#include "session/streammanagement.h"

#include <QObject>
#include <QUrl>

namespace Inspector {

class ClientActions;
class ClientLogin;
class ClientRoute;
class EventLog;

struct C2sOptions
{
    QString jid;            // user@domain (bare)
    QString password;       // never recorded
    QString passwordSource; // recorded instead: "environment variable X", "file", …
    QString host;
    quint16 port = 0; // 0: 5222, or 5223 for direct TLS
    S2sOptions::Tls tls = S2sOptions::Tls::Auto;
    bool strictTls = false;
    QList<QSslCertificate> extraCa;
    QString caFile;
    int timeoutMs = 10000;
    QString mechanism; // empty: the strongest offered
    bool allowPlaintext = false;
    // Opt-ins that are never saved (profiles, settings): they weaken what protects the password.
    bool insecureCredentials = false; // send them even where the server's certificate failed
    int minScramIterations = 4096;    // RFC 7677 §4
    QString resource = QStringLiteral("inspector");
    bool probe = false; // stop after the features (before TLS, and after it if negotiated)
    bool disco = false; // XEP-0030 of the server and the account, XEP-0115 verified
    bool roster = false;
    QString sendTo;
    QString body;
    QString pingJid;
    QVector<ElementPtr> stanzas;
    QString stanzasFile; // where the stanzas were read from (--send FILE)
    int stayMs = 0;      // stay online (available) this long and record what arrives
    bool keepSecrets = false;
    TransportFactory transport; // empty: TCP (tests run over an in-process transport)
    /// ws:// or wss://: the session goes over WebSocket (RFC 7395) to this endpoint instead
    /// of TCP; no DNS is asked, the URL's host is dialled and verified.
    QUrl webSocket;
    /// http:// or https://: the session goes over BOSH (XEP-0124, XEP-0206) to this endpoint.
    QUrl bosh;
    /// The origin of the web page a browser client would run on (RFC 6454: "https://host"),
    /// sent with the WebSocket handshake and the BOSH requests; empty: none (--origin).
    QString origin;
    /// The web endpoint the session goes to (WebSocket or BOSH), if any.
    QUrl webUrl() const { return webSocket.isEmpty() ? bosh : webSocket; }
    /// Whether the web endpoint's scheme is TLS from the start (wss:, https:).
    bool webTls() const
    {
        return webUrl().scheme() == QLatin1String("wss") ||
               webUrl().scheme() == QLatin1String("https");
    }
    bool streamManagement = true; // XEP-0198 enabled when the server offers it (--no-sm)
    bool smResumeTest = false;    // --sm-resume-test: drop after login and resume (SmResumeTest)
    bool probeAll = false;        // --probe-all: every path found, one after the other (ProbeAll)
    /// Where HTTPS connections go instead (host-meta with --probe-all; --resolve).
    QVector<PortRoute> routes;
    /// One connection of a run that records the session's start and end itself (ProbeAll).
    bool partOfRun = false;
    // A resumption test's two connections (SmResumeTest sets these): the first drops TCP
    // after <enabled/> and a message to itself; the second resumes instead of binding.
    bool smDrop = false;
    SmResumePoint resumeFrom;
    Dane::Expectation dane; // the resumption's: the first connection's TLSA records

    QString domain() const { return jid.section(QLatin1Char('@'), 1); }
    QString user() const { return jid.section(QLatin1Char('@'), 0, 0); }
    DnsSettings dns; // without --host: the client SRV records (RFC 6120 §3.2, XEP-0368)
    QString effectiveHost() const
    {
        return !webUrl().isEmpty() ? webUrl().host() : host.isEmpty() ? domain() : host;
    }
    quint16 effectivePort() const
    {
        if (!webUrl().isEmpty())
            return quint16(webUrl().port(webTls() ? 443 : 80));
        return port ? port : (tls == S2sOptions::Tls::Direct ? 5223 : 5222);
    }
};

/**
 * A client-to-server session (RFC 6120, RFC 6121): STARTTLS or direct TLS, SASL with SCRAM
 * (server signature verified, tls-server-end-point binding for -PLUS) or PLAIN over TLS,
 * resource binding, then as asked: roster, a message with a delivery-error watch window, a
 * ping to any JID (an end-to-end federation test), raw stanzas, staying online. The SASL
 * exchange is ClientLogin's and the actions ClientActions', on this session's connection and
 * phases; the session negotiates the stream, binds, and ends.
 */
class C2sSession : public Session
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        Connecting,
        TcpConnected,
        TlsHandshake,
        TlsEstablished,
        StreamOpened,
        StreamRestarted,
        HeaderReceived,
        FeaturesReceived,
        RegisterQuerySent,
        StarttlsSent,
        StarttlsProceed,
        SaslSent,
        Authenticated,
        BindSent,
        ResourceBound,
        SessionEstablished,
        RosterReceived,
        MessageSent,
        PingSent,
        Online,
        SmEnableSent,
        SmEnabled,
        SmAckRequested,
        SmResumeSent,
        SmResumed,
        SmDropped,
        Closing,
        Closed,
        Failed,
    };
    static const PhaseTable<Phase> &phaseTable();
    /// What the client does after binding, each only if asked for, in this order; recorded on
    /// connection 0 (scope "c2s"), next to the connection's own phases.
    enum class Action {
        Idle,
        Discover,
        Stanzas,
        Roster,
        Message,
        Ping,
        StayOnline,
        Done,
    };
    static const PhaseTable<Action> &actionTable();

    C2sSession(EventLog *log, const C2sOptions &options, QObject *parent = nullptr);
    ~C2sSession() override;

    void start() override;
    void stop() override;
    bool isFinished() const override { return m_end->isFinished(); }
    Outcome outcome() const override { return m_end->outcome(); }
    /// How it failed: the error's stable code and its sentence (empty on success).
    QString errorCode() const { return m_end->errorCode(); }
    Phrase error() const { return m_end->error(); }
    Phase phase() const;
    /// Whether stanzas can be sent now: bound and staying online.
    bool canSend() const override;
    /// Sends stanzas typed by the user (a console) on the session's stream, as written.
    bool send(const QVector<ElementPtr> &stanzas, QString *error) override;
    QString consoleNamespace() const override;
    /// A resumption test's first connection: whether it dropped TCP as planned, and what the
    /// second one resumes from, where it connected and how.
    bool dropped() const { return m_dropped; }
    const SmResumePoint &resumePoint() const { return m_point; }
    /// The address the connection reached (not the name: a resumption goes to the same
    /// server), its port, its TLS mode and the TLSA records it was checked against.
    QString connectedAddress() const { return m_address; }
    quint16 connectedPort() const { return m_port; }
    S2sOptions::Tls connectedTls() const { return m_tls; }
    const Dane::Expectation &dane() const { return m_dane; }

private:
    // Over WebSocket (c2ssessionwebsocket.cpp).
    static TransportFactory transportFor(const C2sOptions &o);
    static QString connectionLabel(const C2sOptions &o);
    void connectWeb();
    /// What the transport reports (connected, TLS, failures, closing) and what the stream
    /// reports (header, elements, XML errors, its end), each followed in its own function.
    void followTransport();
    void followStream();
    bool go(Phase phase, int timeoutMs = 0);
    TlsOptions tlsOptions() const;
    void connectTo(const QString &host, quint16 port, S2sOptions::Tls tls);
    void openStream();
    void onHeader(const StreamHeader &header);
    /// RFC 6120 §4.7.1: a note when the stream is from another domain than the one asked for.
    void checkServerDomain(const QString &from);
    void onTransportFailed(Transport::Failure failure, const Phrase &message);
    void onElement(const ElementPtr &element);
    void onFeatures(const StreamFeatures &features);
    void onAuthenticated();
    void bind();
    void onIq(const Element &iq);
    /// XEP-0077: the registration form asked for; the answer recorded, then the features go
    /// on as if it had not been asked.
    void askRegistration(const StreamFeatures &features);
    void onRegistration(const Element &iq, const QString &type,
                        const std::optional<StanzaError> &error);
    void registrationTimedOut();
    /// After binding: stream management when offered (XEP-0198 §3), then the actions.
    void afterBind();
    /// Every action done: an <r/> when stream management is on, then the close.
    void actionsDone();
    void followStreamManagement();
    /// A resumption test's first connection: a message to ourselves, then TCP dropped.
    void dropForResume(bool resumable);
    /// A resumption test's second connection: the verdict once the server acknowledged.
    void judgeResumption();
    void testMessageArrived();
    /// A resumption's connection: <resume/> instead of binding (XEP-0198 §5).
    void resume();
    /// No <a/> answered our <r/> in time.
    void ackTimedOut();
    /// No answer to <enable/>: a verdict, then on without it (or the end of a resumption test).
    void enableTimedOut();
    void onTimeout(Phase phase);
    void fail(Outcome outcome, const QString &code, const Phrase &message);
    void beginClose();
    void onFinished();
    void note(const Phrase &text);

    EventLog *m_log;
    C2sOptions m_options;
    int m_connectionId;
    StreamConnection *m_conn;
    PhaseMachine<Phase> *m_phases;
    Ending *m_end;
    ClientLogin *m_login;
    ClientActions *m_actions;
    StreamManagement *m_sm;
    ClientRoute *m_route = nullptr; // without a host: where DNS says
    QString m_host;                 // where the current attempt connects
    QString m_address;              // the address it reached
    quint16 m_port = 0;
    S2sOptions::Tls m_tls = S2sOptions::Tls::Auto; // the current attempt's TLS mode
    bool m_connected = false;
    bool m_sessionRequired = false;
    int m_streams = 0;
    QString m_pendingId;      // the iq we wait for
    Dane::Expectation m_dane; // the TLSA records of the SRV target
    bool m_smOffered = false;
    bool m_registrationAsked = false;
    StreamFeatures m_registrationFeatures; // the features the registration query interrupted
    QString m_boundJid;
    bool m_dropped = false;
    bool m_awaitingTestMessage = false;
    SmResumePoint m_point;
};

} // namespace Inspector
