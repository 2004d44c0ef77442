// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/streamerror.h"
#include "protocol/streamfeatures.h"
#include "session/outcome.h"
#include "session/streamconnection.h"

#include <QObject>
#include <QSslCertificate>
#include <QTimer>

namespace Inspector {

class EventLog;
class PhaseMachine;

struct S2sOptions
{
    enum class Tls { Auto, StartTls, Direct, None };

    QString from;         // our domain (the stream's 'from')
    QString to;           // the peer's domain (the stream's 'to', SNI, verification name)
    QString host;         // empty: connect to 'to'
    quint16 port = 0;     // 0: 5269, or 5270 for direct TLS
    Tls tls = Tls::Auto;
    bool strictTls = false;
    QList<QSslCertificate> extraCa;
    QString caFile;       // recorded for the transcript; the certificates are in extraCa
    int timeoutMs = 10000; // the longest wait for any one step of the peer
    QString stopAfter;    // a phase name: close gracefully once it is reached

    QString effectiveHost() const { return host.isEmpty() ? to : host; }
    quint16 effectivePort() const { return port ? port : (tls == Tls::Direct ? 5270 : 5269); }
    static QString tlsName(Tls tls);
    static bool parseTls(const QString &name, Tls *tls);
};

/**
 * The initiating side of a server-to-server stream (RFC 6120), at probe level: connect, open
 * the stream, read header and features, STARTTLS (or direct TLS, XEP-0368), restart, read the
 * features again and close with the closing handshake. Every step is a recorded phase with its
 * own timeout; the first error wins and ends the session.
 */
class S2sOutgoingSession : public QObject
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
        Closing,
        Closed,
        Failed,
    };
    static QString phaseName(int phase);
    static QStringList phaseNames();

    S2sOutgoingSession(EventLog *log, const S2sOptions &options, QObject *parent = nullptr);
    ~S2sOutgoingSession() override;

    void start();
    /// Ends the session gracefully from any phase.
    void stop();
    bool isFinished() const { return m_finished; }
    Outcome outcome() const { return m_outcome; }
    Phase phase() const;

Q_SIGNALS:
    void finished();

private:
    bool go(Phase phase, int timeoutMs = 0);
    bool stopsAt(Phase phase);
    TlsOptions tlsOptions() const;
    void openStream();
    void onConnected();
    void onHeader(const StreamHeader &header);
    void onElement(const ElementPtr &element);
    void onFeatures(const StreamFeatures &features);
    void onPeerClosedStream();
    void onParseFailed(const ParseError &error);
    void onCleartextDiscarded(const QByteArray &raw);
    void onTlsEstablished();
    void onTransportFailed(Transport::Failure failure, const QString &message);
    void onTransportClosed();
    void onTimeout(int phase);
    void fail(Outcome outcome, const QString &code, const QString &message,
              const QString &streamErrorCondition = {}, const QString &answerCondition = {});
    void beginClose();
    void finish();
    void note(const QString &text);

    EventLog *m_log;
    S2sOptions m_options;
    int m_connectionId;
    StreamConnection *m_conn;
    PhaseMachine *m_phases;
    QTimer m_graceTimer;
    QString m_lastStreamId;
    int m_streamCount = 0;
    bool m_finished = false;
    bool m_failed = false;
    Outcome m_outcome = Outcome::Success;
    QString m_error;
    QString m_errorCode;
    QString m_failedPhase;
};

} // namespace Inspector
