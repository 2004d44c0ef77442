// SPDX-License-Identifier: GPL-3.0-or-later
#include "s2soutgoing.h"

#include "protocol/namespaces.h"
#include "session/phasemachine.h"
#include "trace/eventlog.h"

namespace Inspector {

using P = S2sOutgoingSession::Phase;

namespace {
// RFC 6120 §4.4: wait a reasonable time for the peer's closing tag, then close TCP anyway.
constexpr int CloseWaitCapMs = 5000;
constexpr int AbortGraceMs = 2000;

QSet<PhaseMachine::Transition> allowedTransitions()
{
    QSet<PhaseMachine::Transition> t{
        {int(P::Idle), int(P::Connecting)},
        {int(P::Connecting), int(P::TcpConnected)},
        {int(P::TcpConnected), int(P::StreamOpened)},
        {int(P::TcpConnected), int(P::TlsHandshake)},
        {int(P::TlsHandshake), int(P::TlsEstablished)},
        {int(P::TlsEstablished), int(P::StreamOpened)},
        {int(P::TlsEstablished), int(P::StreamRestarted)},
        {int(P::StreamOpened), int(P::HeaderReceived)},
        {int(P::StreamRestarted), int(P::HeaderReceived)},
        {int(P::HeaderReceived), int(P::FeaturesReceived)},
        {int(P::FeaturesReceived), int(P::StarttlsSent)},
        {int(P::StarttlsSent), int(P::StarttlsProceed)},
        {int(P::StarttlsProceed), int(P::TlsHandshake)},
        {int(P::Closing), int(P::Closed)},
    };
    // Any live phase may close or fail; the first error wins, so Failed is terminal.
    for (int p = int(P::Connecting); p <= int(P::StarttlsProceed); ++p) {
        t.insert({p, int(P::Closing)});
        t.insert({p, int(P::Failed)});
    }
    t.insert({int(P::Idle), int(P::Failed)});
    return t;
}
} // namespace

QString S2sOptions::tlsName(Tls tls)
{
    switch (tls) {
    case Tls::Auto:
        return QStringLiteral("auto");
    case Tls::StartTls:
        return QStringLiteral("starttls");
    case Tls::Direct:
        return QStringLiteral("direct");
    case Tls::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("auto");
}

bool S2sOptions::parseTls(const QString &name, Tls *tls)
{
    for (Tls t : {Tls::Auto, Tls::StartTls, Tls::Direct, Tls::None}) {
        if (name == tlsName(t)) {
            *tls = t;
            return true;
        }
    }
    return false;
}

QString S2sOutgoingSession::phaseName(int phase)
{
    static const char *const names[] = {
        "idle",           "connecting",       "tcp_connected",     "tls_handshake",
        "tls_established", "stream_opened",   "stream_restarted",  "header_received",
        "features_received", "starttls_sent", "starttls_proceed",  "stream_closing",
        "stream_closed",  "failed",
    };
    if (phase < 0 || phase >= int(std::size(names)))
        return QStringLiteral("unknown");
    return QString::fromLatin1(names[phase]);
}

QStringList S2sOutgoingSession::phaseNames()
{
    QStringList out;
    for (int p = int(P::Idle); p <= int(P::Failed); ++p)
        out.append(phaseName(p));
    return out;
}

S2sOutgoingSession::S2sOutgoingSession(EventLog *log, const S2sOptions &options, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_options(options)
    , m_connectionId(log->addConnection(QStringLiteral("initiating"),
                                        options.from + QStringLiteral(" → ") + options.to))
    , m_conn(new StreamConnection(log, m_connectionId, this))
    , m_phases(new PhaseMachine(log, m_connectionId, &S2sOutgoingSession::phaseName,
                                allowedTransitions(), this))
{
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        m_conn->transport()->abort();
        finish();
    });
    connect(m_phases, &PhaseMachine::timedOut, this, &S2sOutgoingSession::onTimeout);
    connect(m_conn, &StreamConnection::connected, this, &S2sOutgoingSession::onConnected);
    connect(m_conn, &StreamConnection::headerReceived, this, &S2sOutgoingSession::onHeader);
    connect(m_conn, &StreamConnection::elementReceived, this, &S2sOutgoingSession::onElement);
    connect(m_conn, &StreamConnection::peerClosedStream, this,
            &S2sOutgoingSession::onPeerClosedStream);
    connect(m_conn, &StreamConnection::parseFailed, this, &S2sOutgoingSession::onParseFailed);
    connect(m_conn, &StreamConnection::cleartextDiscarded, this,
            &S2sOutgoingSession::onCleartextDiscarded);
    connect(m_conn, &StreamConnection::tlsEstablished, this,
            &S2sOutgoingSession::onTlsEstablished);
    connect(m_conn, &StreamConnection::transportFailed, this,
            &S2sOutgoingSession::onTransportFailed);
    connect(m_conn, &StreamConnection::transportClosed, this,
            &S2sOutgoingSession::onTransportClosed);
}

S2sOutgoingSession::~S2sOutgoingSession() = default;

S2sOutgoingSession::Phase S2sOutgoingSession::phase() const
{
    return Phase(m_phases->current());
}

bool S2sOutgoingSession::go(Phase phase, int timeoutMs)
{
    if (m_phases->transition(int(phase), timeoutMs))
        return true;
    note(QStringLiteral("Internal: transition %1 → %2 is not allowed; ignored.")
             .arg(m_phases->currentName(), phaseName(int(phase))));
    return false;
}

bool S2sOutgoingSession::stopsAt(Phase phase)
{
    if (m_options.stopAfter.isEmpty() || m_options.stopAfter != phaseName(int(phase)))
        return false;
    note(QStringLiteral("Stopping after %1, as asked.").arg(phaseName(int(phase))));
    beginClose();
    return true;
}

void S2sOutgoingSession::note(const QString &text)
{
    m_conn->note(text);
}

TlsOptions S2sOutgoingSession::tlsOptions() const
{
    TlsOptions t;
    t.peerName = m_options.to;
    if (m_options.tls == S2sOptions::Tls::Direct)
        t.alpn = {QByteArrayLiteral("xmpp-server")}; // XEP-0368 §3
    t.extraCa = m_options.extraCa;
    t.strict = m_options.strictTls;
    return t;
}

void S2sOutgoingSession::start()
{
    if (phase() != P::Idle)
        return;
    Event e;
    e.kind = EventKind::SessionStarted;
    e.data = QJsonObject{
        {QStringLiteral("mode"), QStringLiteral("s2s")},
        {QStringLiteral("fromDomain"), m_options.from},
        {QStringLiteral("toDomain"), m_options.to},
        {QStringLiteral("host"), m_options.effectiveHost()},
        {QStringLiteral("port"), int(m_options.effectivePort())},
        {QStringLiteral("tlsMode"), S2sOptions::tlsName(m_options.tls)},
        {QStringLiteral("strictTls"), m_options.strictTls},
        {QStringLiteral("caFile"), m_options.caFile},
        {QStringLiteral("timeoutMs"), m_options.timeoutMs},
        {QStringLiteral("stopAfter"), m_options.stopAfter},
        {QStringLiteral("connection"), m_connectionId},
    };
    m_log->append(std::move(e));
    if (const ConnectionInfo *c = m_log->connection(m_connectionId)) {
        ConnectionInfo info = *c;
        info.peerHost = m_options.effectiveHost();
        info.peerPort = m_options.effectivePort();
        m_log->updateConnection(info);
    }
    go(P::Connecting, m_options.timeoutMs);
    const bool direct = m_options.tls == S2sOptions::Tls::Direct;
    m_conn->transport()->connectToHost(m_options.effectiveHost(), m_options.effectivePort(),
                                       direct, tlsOptions());
}

void S2sOutgoingSession::stop()
{
    if (m_finished)
        return;
    if (phase() == P::Idle) {
        finish();
        return;
    }
    note(QStringLiteral("Stopped by the user."));
    beginClose();
}

void S2sOutgoingSession::onConnected()
{
    if (!go(P::TcpConnected))
        return;
    if (stopsAt(P::TcpConnected))
        return;
    if (m_options.tls == S2sOptions::Tls::Direct) {
        go(P::TlsHandshake, m_options.timeoutMs); // connectToHostEncrypted already started it
        return;
    }
    openStream();
}

void S2sOutgoingSession::openStream()
{
    StreamHeader h;
    h.from = m_options.from;
    h.to = m_options.to;
    h.version = QStringLiteral("1.0");
    h.lang = QStringLiteral("en");
    h.contentNamespace = Ns::Server;
    h.prefixedNamespaces.insert(QStringLiteral("db"), Ns::Dialback); // XEP-0220 §2.4.1
    const bool restart = m_streamCount > 0;
    ++m_streamCount;
    m_conn->openStream(h);
    go(restart ? P::StreamRestarted : P::StreamOpened, m_options.timeoutMs);
}

void S2sOutgoingSession::onHeader(const StreamHeader &h)
{
    if (phase() != P::StreamOpened && phase() != P::StreamRestarted) {
        note(QStringLiteral("Unexpected stream header during %1.").arg(m_phases->currentName()));
        return;
    }
    go(P::HeaderReceived, m_options.timeoutMs);
    // RFC 6120 §4.7: checks on the response header, recorded as notes for the admin.
    if (h.id.isEmpty())
        note(QStringLiteral("The response header has no stream id (RFC 6120 §4.7.3 requires "
                            "one; dialback keys depend on it)."));
    else if (h.id == m_lastStreamId)
        note(QStringLiteral("The stream id was reused after the restart (RFC 6120 §4.3.3 "
                            "requires a new one)."));
    m_lastStreamId = h.id;
    if (!h.from.isEmpty() && h.from.compare(m_options.to, Qt::CaseInsensitive) != 0)
        note(QStringLiteral("The peer answers as '%1', not '%2'.").arg(h.from, m_options.to));
    if (h.contentNamespace != Ns::Server)
        note(QStringLiteral("The peer's content namespace is '%1', not jabber:server.")
                 .arg(h.contentNamespace));
    if (stopsAt(P::HeaderReceived))
        return;
    if (h.version.isEmpty()) {
        // RFC 6120 §4.7.5: no version means a pre-1.0 peer that sends no features.
        note(QStringLiteral("The peer sent no version: a pre-1.0 server that sends no stream "
                            "features; only dialback can work with it."));
        beginClose();
    }
}

void S2sOutgoingSession::onElement(const ElementPtr &element)
{
    const Element &e = *element;
    if (e.is(Ns::Streams, u"error")) {
        const StreamError se = StreamError::fromElement(e);
        QString msg = QStringLiteral("The peer closed the stream with <%1/>").arg(se.condition);
        if (!se.text.isEmpty())
            msg += QStringLiteral(": ") + se.text;
        msg += QStringLiteral(" (%1).").arg(StreamError::explanation(se.condition));
        fail(Outcome::ProtocolFailure, QStringLiteral("stream-error"), msg, se.condition);
        return;
    }
    switch (phase()) {
    case P::HeaderReceived:
        if (e.is(Ns::Streams, u"features")) {
            go(P::FeaturesReceived);
            onFeatures(StreamFeatures::fromElement(e));
            return;
        }
        break;
    case P::StarttlsSent:
        if (e.is(Ns::Tls, u"proceed")) {
            go(P::StarttlsProceed);
            // RFC 6120 §5.4.2.3: TLS starts right after '>' of <proceed/>; anything already
            // received after it is not XML and is reported, never parsed.
            m_conn->restartInbound(StreamParser::RestartMode::DiscardPending);
            if (m_failed)
                return;
            go(P::TlsHandshake, m_options.timeoutMs);
            m_conn->transport()->startTls(tlsOptions());
            return;
        }
        if (e.is(Ns::Tls, u"failure")) {
            fail(Outcome::ProtocolFailure, QStringLiteral("starttls-failure"),
                 QStringLiteral("The peer answered <starttls/> with <failure/> (RFC 6120 "
                                "§5.4.2.2): it cannot or will not negotiate TLS."));
            return;
        }
        break;
    default:
        break;
    }
    if (phase() != P::Closing && phase() != P::Failed)
        note(QStringLiteral("Unexpected element {%1}%2 during %3.")
                 .arg(e.namespaceUri(), e.name(), m_phases->currentName()));
}

void S2sOutgoingSession::onFeatures(const StreamFeatures &f)
{
    if (stopsAt(P::FeaturesReceived))
        return;
    const bool encrypted = m_conn->transport()->isEncrypted();
    using Tls = S2sOptions::Tls;
    if (encrypted) {
        if (f.starttls)
            note(m_options.tls == Tls::Direct
                     ? QStringLiteral("STARTTLS is offered inside direct TLS (XEP-0368 §3 "
                                      "forbids it).")
                     : QStringLiteral("STARTTLS is offered again after TLS (RFC 6120 §5.4.3.3 "
                                      "forbids it)."));
    } else if (m_options.tls == Tls::Auto || m_options.tls == Tls::StartTls) {
        if (f.starttls) {
            Element starttls(Ns::Tls, QStringLiteral("starttls"));
            m_conn->send(starttls);
            go(P::StarttlsSent, m_options.timeoutMs);
            return;
        }
        if (m_options.tls == Tls::StartTls) {
            fail(Outcome::ProtocolFailure, QStringLiteral("starttls-not-offered"),
                 QStringLiteral("The peer does not offer STARTTLS, and --tls starttls requires "
                                "it (a middlebox may strip it; try direct TLS)."));
            return;
        }
        note(QStringLiteral("The peer does not offer STARTTLS: the stream stays unencrypted."));
    } else if (f.starttlsRequired) {
        note(QStringLiteral("The peer requires STARTTLS; not negotiated because of --tls none."));
    }
    // Probe complete: authentication is not part of this session's work.
    beginClose();
}

void S2sOutgoingSession::onTlsEstablished()
{
    if (!go(P::TlsEstablished))
        return;
    if (stopsAt(P::TlsEstablished))
        return;
    openStream();
}

void S2sOutgoingSession::onPeerClosedStream()
{
    if (phase() == P::Closing) {
        m_conn->transport()->close();
        return;
    }
    if (m_failed) {
        m_conn->closeStream();
        m_conn->transport()->close();
        return;
    }
    m_conn->closeStream();
    fail(Outcome::ProtocolFailure, QStringLiteral("peer-closed-stream"),
         QStringLiteral("The peer closed its stream during %1 without a stream error.")
             .arg(m_phases->currentName()));
}

void S2sOutgoingSession::onParseFailed(const ParseError &error)
{
    // Tell the peer why, as RFC 6120 §4.9.3 asks, then close.
    fail(Outcome::ProtocolFailure, QStringLiteral("xml-") + error.condition(),
         QStringLiteral("The peer's XML is unacceptable at byte %1: %2")
             .arg(error.offset)
             .arg(error.message),
         QString(), error.condition());
}

void S2sOutgoingSession::onCleartextDiscarded(const QByteArray &raw)
{
    fail(Outcome::ProtocolFailure, QStringLiteral("cleartext-after-proceed"),
         QStringLiteral("The peer sent %1 bytes of cleartext after <proceed/> (RFC 6120 §5.4.2.3: "
                        "TLS must start right after it).")
             .arg(raw.size()));
}

void S2sOutgoingSession::onTransportFailed(Transport::Failure failure, const QString &message)
{
    if (phase() == P::Closing || m_failed || m_finished) {
        note(QStringLiteral("Transport: %1").arg(message));
        if (!m_conn->transport()->isOpen())
            finish();
        return;
    }
    switch (failure) {
    case Transport::Failure::Connect:
        fail(Outcome::NetworkFailure, QStringLiteral("connect-failed"),
             QStringLiteral("Could not connect to %1:%2: %3")
                 .arg(m_options.effectiveHost())
                 .arg(m_options.effectivePort())
                 .arg(message));
        break;
    case Transport::Failure::TlsHandshake:
        fail(Outcome::ProtocolFailure, QStringLiteral("tls-handshake-failed"),
             QStringLiteral("The TLS handshake failed: %1").arg(message));
        break;
    case Transport::Failure::Timeout:
    case Transport::Failure::ConnectionLost:
    case Transport::Failure::Other:
        fail(Outcome::NetworkFailure, QStringLiteral("connection-lost"),
             QStringLiteral("The connection failed during %1: %2")
                 .arg(m_phases->currentName(), message));
        break;
    }
    if (!m_conn->transport()->isOpen())
        finish();
}

void S2sOutgoingSession::onTransportClosed()
{
    if (phase() == P::Closing) {
        if (m_conn->peerStreamOpen())
            note(QStringLiteral("The peer closed TCP without closing its stream."));
        go(P::Closed);
        finish();
        return;
    }
    if (!m_failed) {
        fail(Outcome::NetworkFailure, QStringLiteral("connection-lost"),
             QStringLiteral("The peer closed the TCP connection during %1.")
                 .arg(m_phases->currentName()));
    }
    finish();
}

void S2sOutgoingSession::onTimeout(int p)
{
    if (Phase(p) == P::Closing) {
        note(QStringLiteral("The peer did not close its stream within %1 ms; closing TCP.")
                 .arg(qMin(m_options.timeoutMs, CloseWaitCapMs)));
        go(P::Closed);
        m_conn->transport()->abort();
        finish();
        return;
    }
    fail(Outcome::NetworkFailure, QStringLiteral("timeout"),
         QStringLiteral("No answer from the peer within %1 ms during %2.")
             .arg(m_options.timeoutMs)
             .arg(phaseName(p)));
}

void S2sOutgoingSession::fail(Outcome outcome, const QString &code, const QString &message,
                              const QString &streamErrorCondition, const QString &answerCondition)
{
    if (m_failed || m_finished) {
        note(QStringLiteral("Later error (the first one decides): ") + message);
        return;
    }
    m_failed = true;
    m_outcome = outcome;
    m_error = message;
    m_errorCode = code;
    m_failedPhase = m_phases->currentName();
    Event e;
    e.kind = EventKind::Error;
    e.connection = m_connectionId;
    e.data = QJsonObject{{QStringLiteral("code"), code},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("phase"), m_failedPhase}};
    if (!streamErrorCondition.isEmpty())
        e.data.insert(QStringLiteral("condition"), streamErrorCondition);
    m_log->append(std::move(e));
    go(P::Failed);
    if (answerCondition.isEmpty())
        m_conn->closeStream();
    else
        m_conn->sendStreamError(answerCondition, QString());
    if (m_conn->transport()->isOpen()) {
        m_conn->transport()->close();
        m_graceTimer.start(AbortGraceMs);
    } else {
        finish();
    }
}

void S2sOutgoingSession::beginClose()
{
    if (m_finished || phase() == P::Closing || phase() == P::Failed)
        return;
    if (!m_conn->transport()->isOpen()) {
        go(P::Closing);
        go(P::Closed);
        finish();
        return;
    }
    const int wait = qMin(m_options.timeoutMs, CloseWaitCapMs);
    if (m_conn->localStreamOpen()) {
        m_conn->closeStream();
        go(P::Closing, wait);
        if (!m_conn->peerStreamOpen())
            m_conn->transport()->close();
    } else {
        go(P::Closing, wait);
        m_conn->transport()->close();
    }
}

void S2sOutgoingSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_phases->cancelTimeout();
    m_graceTimer.stop();
    Event e;
    e.kind = EventKind::SessionFinished;
    e.data = QJsonObject{
        {QStringLiteral("success"), !m_failed},
        {QStringLiteral("exitCode"), int(m_outcome)},
        {QStringLiteral("error"), m_failed ? QJsonValue(m_error) : QJsonValue()},
        {QStringLiteral("code"), m_failed ? QJsonValue(m_errorCode) : QJsonValue()},
        {QStringLiteral("failedPhase"), m_failed ? QJsonValue(m_failedPhase) : QJsonValue()},
    };
    m_log->append(std::move(e));
    Q_EMIT finished();
}

} // namespace Inspector
