// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/dialback.h"
#include "protocol/streamfeatures.h"
#include "session/bidi.h"
#include "session/ending.h"
#include "session/outcome.h"
#include "session/phasemachine.h"
#include "session/s2sauthentication.h"
#include "session/s2soptions.h"
#include "session/streamconnection.h"
#include "session/streammanagement.h"

#include <QObject>

#include <QElapsedTimer>

#include <functional>

namespace Inspector {

class EventLog;
struct StreamError;

/// What one outgoing server-to-server connection is for.
struct OutgoingS2sConfig
{
    enum class Task {
        Probe,        // header, features, TLS, close
        Authenticate, // … then SASL EXTERNAL or dialback, then stay open for stanzas
        Verify,       // … then <db:verify/> to an authoritative server, then close
    };

    QString role = QStringLiteral("initiating"); // connection role in the event log
    QString from;
    QString to;
    QString host;
    quint16 port = 5269;
    S2sOptions::Tls tls = S2sOptions::Tls::Auto;
    bool strictTls = false;
    Dane::Expectation dane; // the TLSA records DNS gave for this endpoint
    QList<QSslCertificate> extraCa;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    int timeoutMs = 10000;
    QString stopAfter;
    Task task = Task::Probe;
    S2sOptions::Auth auth = S2sOptions::Auth::Auto;
    bool bidi = false; // XEP-0288: make the stream bidirectional where the peer offers it
    /// XEP-0198: enable stream management (acknowledgements only) where the peer offers it.
    bool streamManagement = true;
    /// XEP-0185 key for our db:result, from the receiving server's stream id; empty: no dialback.
    std::function<QString(const QString &streamId)> dialbackKey;
    /// Explains a dialback that got no verdict, or an error for want of a connection, after
    /// waiting `waitedMs` (which connection never came, and where it had to arrive).
    std::function<Phrase(qint64 waitedMs)> explainPending;
    Dialback::Message verify;   // Task::Verify: from, to, id, key
    TransportFactory transport; // empty: TCP
};

/**
 * One outgoing server-to-server connection (RFC 6120): connect, open the stream, read header
 * and features, STARTTLS or direct TLS (XEP-0368), then as its task says: close, authenticate
 * with SASL EXTERNAL (XEP-0178) or Server Dialback (XEP-0220), or ask for a db:verify. Every
 * step is a recorded phase with its own timeout; the first error wins and ends the connection.
 */
class OutgoingS2s : public QObject
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
        StarttlsSent,
        StarttlsProceed,
        SaslExternalSent,
        DialbackSent,
        VerifySent,
        Authenticated,
        SmAckRequested,
        Closing,
        Closed,
        Failed,
    };
    static const PhaseTable<Phase> &phaseTable();
    /// The longest wait for the peer's <a/> before closing: within the session's grace period.
    static constexpr int AckWaitMs = 3000;

    OutgoingS2s(EventLog *log, const OutgoingS2sConfig &config, QObject *parent = nullptr);
    ~OutgoingS2s() override;

    void start();
    /// Ends the connection gracefully from any phase.
    void stop();
    /// Sends a stanza on the authenticated stream.
    void send(const Element &stanza);
    /// XEP-0198 on this stream: counts, and whether it was enabled.
    const StreamManagement *streamManagement() const { return m_sm; }

    int connectionId() const { return m_connectionId; }
    bool isFinished() const { return m_end->isFinished(); }
    /// Authenticated and still open for stanzas (also while the last <r/> is answered).
    bool isAuthenticated() const
    {
        return phase() == Phase::Authenticated || phase() == Phase::SmAckRequested;
    }
    Phase phase() const;
    Outcome outcome() const { return m_end->outcome(); }
    Phrase error() const { return m_end->error(); }
    QString streamId() const { return m_lastStreamId; }
    /// Whether the TCP connection was ever made (a refused candidate gives way to the next).
    bool wasConnected() const { return m_connected; }
    /// Whether the peer accepted our XEP-0288 request: it may send stanzas back on the stream.
    bool isBidirectional() const { return m_bidi.isEnabled(); }

Q_SIGNALS:
    void authenticated(const QString &method);
    /// The peer's answer to our db:verify (Task::Verify).
    void verifyAnswered(const Inspector::Dialback::Message &answer);
    /// A stanza on the authenticated stream; authorized only when the stream is bidirectional
    /// and the peer is authenticated for the stanza's domain pair (XEP-0288 §2.2).
    void stanzaReceived(const Inspector::ElementPtr &stanza, bool authorized);
    void finished();

private:
    bool go(Phase phase, int timeoutMs = 0);
    bool stopsAt(Phase phase);
    TlsOptions tlsOptions() const;
    void openStream();
    void onConnected();
    void onHeader(const StreamHeader &header);
    void onElement(const ElementPtr &element);
    void onStreamError(const StreamError &error);
    /// <proceed/> or <failure/> after our <starttls/>; false for anything else.
    bool onStarttlsAnswer(const Element &answer);
    /// Task::Verify: the authoritative server's <db:verify type=…/>.
    void onVerifyAnswer(const Dialback::Message &answer);
    void onFeatures(const StreamFeatures &features);
    void authenticate(const StreamFeatures &features);
    /// The stream is authenticated (`method`): stream management enabled where offered.
    void streamAuthenticated(const QString &method);
    /// XEP-0198 answers.
    void followStreamManagement();
    /// Whether an element in this phase may be stream management's (or a counted stanza).
    bool smPhase() const;
    /// Before a graceful close: an <r/> when management is on (true: wait for the <a/>).
    bool requestAckBeforeClose();
    void ackNotAnswered(const Phrase &why);
    void ackTimedOut();
    /// XEP-0288 §2.2: the request goes just before SASL or dialback, when the features offer it.
    void requestBidi(const StreamFeatures &features);
    /// XEP-0288 §2.2: the pairs the peer may send for once it authenticated us.
    void authoriseReverse(const QString &method);
    void onStanza(const ElementPtr &stanza);
    void startDialback();
    void requestSent();
    bool answeredTooEarly(const Element &answer);
    void onDialbackAnswer(const Dialback::Message &answer);
    /// The answer our pending dialback request awaits ("db:result from=… to=…"), if any.
    QString awaitedAnswer() const;
    /// Records a dialback answer that decides nothing: late (for our request, after its
    /// verdict or timeout) or unsolicited (XEP-0220 §3.1).
    void ignoreDialbackAnswer(const Dialback::Message &answer, bool beforeRequest);
    void onSaslAnswer(const Element &answer);
    bool record(const S2sAuthentication::Step &step);
    void onPeerClosedStream();
    void onParseFailed(const ParseError &error);
    void onCleartextDiscarded(const QByteArray &raw);
    void onTlsEstablished();
    void onTransportFailed(Transport::Failure failure, const Phrase &message);
    void onTransportClosed();
    void onTimeout(Phase phase);
    void fail(Outcome outcome, const QString &code, const Phrase &message,
              const QString &streamErrorCondition = {}, const QString &answerCondition = {});
    void beginClose();
    void note(const Phrase &text);

    EventLog *m_log;
    OutgoingS2sConfig m_config;
    int m_connectionId;
    StreamConnection *m_conn;
    PhaseMachine<Phase> *m_phases;
    Ending *m_end;
    S2sAuthentication m_auth;
    QString m_lastStreamId;
    qint64 m_requestSentAt = -1;         // bytes received when the last dialback request went out
    Dialback::Message m_dialbackRequest; // the <db:result/> sent on this stream, without key
    QElapsedTimer m_dialbackSent;        // since the request went out
    qint64 m_bytesAtPhase = 0;
    bool m_headerDeclaresDialback = false;
    bool m_connected = false;
    bool m_saslDone = false;
    int m_streamCount = 0;
    Bidi m_bidi;
    bool m_bidiOfferedBeforeTls = false;
    StreamManagement *m_sm;
    QString m_smNamespace;           // what the last features offered of XEP-0198, if any
    bool m_smOfferedEarlier = false; // any features offered it
};

} // namespace Inspector
