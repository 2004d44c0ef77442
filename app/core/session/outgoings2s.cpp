// SPDX-License-Identifier: GPL-3.0-or-later
#include "outgoings2s.h"

#include "protocol/streamerror.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

namespace Inspector {

using P = OutgoingS2s::Phase;
using Task = OutgoingS2sConfig::Task;

OutgoingS2s::OutgoingS2s(EventLog *log, const OutgoingS2sConfig &config, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_config(config)
    , m_connectionId(log->addConnection(
          config.role, config.from + QStringLiteral(" → ") + config.to, config.from, config.to))
    , m_conn(new StreamConnection(log, m_connectionId, this, config.transport))
    , m_phases(new PhaseMachine<Phase>(log, m_connectionId, phaseTable(), this))
    , m_end(new Ending(m_conn, m_phases, {int(P::Closing), int(P::Closed), int(P::Failed)}, this))
    , m_auth(config.auth, config.from, !config.clientCertificate.isNull(), bool(config.dialbackKey))
    , m_sm(new StreamManagement(m_conn, this))
{
    followStreamManagement();
    connect(m_end, &Ending::finished, this, &OutgoingS2s::finished);
    connect(m_phases, &PhaseMachineBase::timedOut, this, [this](int p) { onTimeout(Phase(p)); });
    connect(m_conn, &StreamConnection::connected, this, &OutgoingS2s::onConnected);
    connect(m_conn, &StreamConnection::headerReceived, this, &OutgoingS2s::onHeader);
    connect(m_conn, &StreamConnection::elementReceived, this, &OutgoingS2s::onElement);
    connect(m_conn, &StreamConnection::peerClosedStream, this, &OutgoingS2s::onPeerClosedStream);
    connect(m_conn, &StreamConnection::parseFailed, this, &OutgoingS2s::onParseFailed);
    connect(m_conn, &StreamConnection::cleartextDiscarded, this,
            &OutgoingS2s::onCleartextDiscarded);
    connect(m_conn, &StreamConnection::tlsEstablished, this, &OutgoingS2s::onTlsEstablished);
    connect(m_conn, &StreamConnection::transportFailed, this, &OutgoingS2s::onTransportFailed);
    connect(m_conn, &StreamConnection::transportClosed, this, &OutgoingS2s::onTransportClosed);
}

OutgoingS2s::~OutgoingS2s() = default;

OutgoingS2s::Phase OutgoingS2s::phase() const
{
    return m_phases->current();
}

bool OutgoingS2s::go(Phase phase, int timeoutMs)
{
    m_bytesAtPhase = m_conn->parser()->bytesReceived();
    return m_phases->transition(phase, timeoutMs);
}

bool OutgoingS2s::stopsAt(Phase phase)
{
    Q_ASSERT(phaseTable().isStoppable(phase));
    if (m_config.stopAfter.isEmpty() || m_config.stopAfter != m_phases->name(phase))
        return false;
    note(Phrase::of(staticMetaObject, QT_TR_NOOP("Stopping after %1, as asked."),
                    {m_phases->name(phase)}));
    beginClose();
    return true;
}

void OutgoingS2s::note(const Phrase &text)
{
    m_conn->note(text);
}

TlsOptions OutgoingS2s::tlsOptions() const
{
    TlsOptions t;
    t.peerName = m_config.to;
    if (m_config.tls == S2sOptions::Tls::Direct)
        t.alpn = {QByteArrayLiteral("xmpp-server")}; // XEP-0368 §3
    t.extraCa = m_config.extraCa;
    t.strict = m_config.strictTls;
    t.dane = m_config.dane;
    t.localCertificate = m_config.clientCertificate;
    t.privateKey = m_config.clientKey;
    return t;
}

void OutgoingS2s::start()
{
    if (phase() != P::Idle)
        return;
    if (const ConnectionInfo *c = m_log->connection(m_connectionId)) {
        ConnectionInfo info = *c;
        info.peerHost = m_config.host;
        info.peerPort = m_config.port;
        m_log->updateConnection(info);
    }
    go(P::Connecting, m_config.timeoutMs);
    const bool direct = m_config.tls == S2sOptions::Tls::Direct;
    m_conn->transport()->connectToHost(m_config.host, m_config.port, direct, tlsOptions());
}

void OutgoingS2s::stop()
{
    if (m_end->isFinished())
        return;
    if (phase() == P::Idle) {
        m_end->finish();
        return;
    }
    // The answer to the last <r/>, or its timeout, closes the stream.
    if (phase() == P::SmAckRequested || requestAckBeforeClose())
        return;
    beginClose();
}

void OutgoingS2s::send(const Element &stanza)
{
    if (isAuthenticated())
        m_conn->send(stanza);
}

void OutgoingS2s::onConnected()
{
    m_connected = true;
    if (!go(P::TcpConnected))
        return;
    if (stopsAt(P::TcpConnected))
        return;
    if (m_config.tls == S2sOptions::Tls::Direct) {
        go(P::TlsHandshake, m_config.timeoutMs); // connectToHostEncrypted already started it
        return;
    }
    openStream();
}

void OutgoingS2s::openStream()
{
    StreamHeader h;
    h.from = m_config.from;
    h.to = m_config.to;
    h.version = QStringLiteral("1.0");
    h.lang = QStringLiteral("en");
    h.contentNamespace = Ns::Server;
    h.prefixedNamespaces.insert(QStringLiteral("db"), Ns::Dialback); // XEP-0220 §2.4.1
    const bool restart = m_streamCount > 0;
    ++m_streamCount;
    m_conn->openStream(h);
    go(restart ? P::StreamRestarted : P::StreamOpened, m_config.timeoutMs);
}

void OutgoingS2s::onHeader(const StreamHeader &h)
{
    if (phase() != P::StreamOpened && phase() != P::StreamRestarted) {
        note(Phrase::of(staticMetaObject, QT_TR_NOOP("Unexpected stream header during %1."),
                        {m_phases->currentName()}));
        return;
    }
    go(P::HeaderReceived, m_config.timeoutMs);
    // RFC 6120 §4.7: checks on the response header, recorded as notes for the admin.
    if (h.id.isEmpty())
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The response header has no stream id (RFC 6120 §4.7.3 requires "
                                   "one; dialback keys depend on it).")));
    else if (h.id == m_lastStreamId)
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The stream id was reused after the restart (RFC 6120 §4.3.3 "
                                   "requires a new one).")));
    m_lastStreamId = h.id;
    m_headerDeclaresDialback = h.declaresDialback();
    if (!h.from.isEmpty() && h.from.compare(m_config.to, Qt::CaseInsensitive) != 0)
        note(Phrase::of(staticMetaObject, QT_TR_NOOP("The peer answers as '%1', not '%2'."),
                        {h.from, m_config.to}));
    if (h.contentNamespace != Ns::Server)
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer's content namespace is '%1', not jabber:server."),
                        {h.contentNamespace}));
    if (stopsAt(P::HeaderReceived))
        return;
    if (!h.version.isEmpty() && h.version != QLatin1String("1.0")) {
        // RFC 6120 §4.7.5: the response carries the highest version both sides support, so
        // never more than the 1.0 we sent.
        note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP(
                "The peer answers with version '%1' to our 1.0 (RFC 6120 §4.7.5: it may not be "
                "higher than ours); continuing as 1.0."),
            {h.version}));
    }
    if (h.version.isEmpty()) {
        // RFC 6120 §4.7.5: no version means a pre-1.0 peer that sends no features.
        note(
            Phrase::of(staticMetaObject,
                       QT_TR_NOOP("The peer sent no version: a pre-1.0 server that sends no stream "
                                  "features; only dialback can work with it.")));
        if (m_config.task == Task::Verify) {
            m_conn->send(m_config.verify.toElement());
            requestSent();
            go(P::VerifySent, m_config.timeoutMs);
        } else if (m_config.task == Task::Authenticate && m_config.dialbackKey) {
            startDialback();
        } else {
            beginClose();
        }
    }
}

void OutgoingS2s::onElement(const ElementPtr &element)
{
    const Element &e = *element;
    if (e.is(Ns::Streams, u"error")) {
        onStreamError(StreamError::fromElement(e));
        return;
    }
    if (smPhase() && m_sm->handle(e))
        return;
    switch (phase()) {
    case P::HeaderReceived:
        if (e.is(Ns::Streams, u"features")) {
            go(P::FeaturesReceived);
            onFeatures(StreamFeatures::fromElement(e));
            return;
        }
        break;
    case P::StarttlsSent:
        if (onStarttlsAnswer(e))
            return;
        break;
    case P::SaslExternalSent:
        if (e.namespaceUri() == Ns::Sasl) {
            onSaslAnswer(e);
            return;
        }
        break;
    case P::DialbackSent:
        if (Dialback::Message::isDialback(e) && e.name() == QLatin1String("result") &&
            !e.attribute(u"type").isEmpty()) {
            if (answeredTooEarly(e))
                return;
            onDialbackAnswer(Dialback::Message::fromElement(e));
            return;
        }
        break;
    case P::VerifySent:
        if (Dialback::Message::isDialback(e) && e.name() == QLatin1String("verify") &&
            !e.attribute(u"type").isEmpty()) {
            if (answeredTooEarly(e))
                return;
            onVerifyAnswer(Dialback::Message::fromElement(e));
            return;
        }
        break;
    case P::Authenticated:
    case P::SmAckRequested:
        if (e.namespaceUri() == Ns::Server) {
            onStanza(element);
            return;
        }
        break;
    default:
        break;
    }
    if (Dialback::Message::isDialback(e) && !e.attribute(u"type").isEmpty()) {
        // An answer while none is awaited (after the verdict or the timeout), or of the other
        // kind, answers nothing: XEP-0220 §3.1.
        ignoreDialbackAnswer(Dialback::Message::fromElement(e), false);
        return;
    }
    if (phase() != P::Closing && phase() != P::Failed)
        m_conn->noteRepeated(QStringLiteral("unexpected"),
                             Phrase::of(staticMetaObject,
                                        QT_TR_NOOP("Unexpected element {%1}%2 during %3."),
                                        {e.namespaceUri(), e.name(), m_phases->currentName()}));
}

bool OutgoingS2s::onStarttlsAnswer(const Element &e)
{
    if (e.is(Ns::Tls, u"proceed")) {
        go(P::StarttlsProceed);
        // RFC 6120 §5.4.2.3: TLS starts right after '>' of <proceed/>; anything already
        // received after it is not XML and is reported, never parsed.
        m_conn->restartInbound(StreamParser::RestartMode::DiscardPending);
        if (m_end->hasFailed())
            return true;
        go(P::TlsHandshake, m_config.timeoutMs);
        m_conn->transport()->startTls(tlsOptions());
        return true;
    }
    if (e.is(Ns::Tls, u"failure")) {
        fail(Outcome::ProtocolFailure, QStringLiteral("starttls-failure"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer answered <starttls/> with <failure/> (RFC 6120 "
                                   "§5.4.2.2): it cannot or will not negotiate TLS.")));
        return true;
    }
    return false;
}

void OutgoingS2s::onStreamError(const StreamError &se)
{
    const Phrase msg =
        Phrase::of(staticMetaObject, QT_TR_NOOP("The peer closed the stream with <%1/>%2 (%3)."),
                   {se.condition, se.text.isEmpty() ? QString() : QStringLiteral(": ") + se.text,
                    StreamError::explanationPhrase(se.condition)});
    if (phase() == P::DialbackSent) {
        VerdictFact v(QStringLiteral("dialback"), QStringLiteral("error"));
        v.condition = se.condition;
        v.text = se.text;
        v.streamError = true;
        m_conn->verdict(v);
    }
    fail(Outcome::ProtocolFailure, QStringLiteral("stream-error"), msg, se.condition);
}

void OutgoingS2s::onFeatures(const StreamFeatures &f)
{
    if (stopsAt(P::FeaturesReceived))
        return;
    const bool encrypted = m_conn->transport()->isEncrypted();
    m_smNamespace = f.streamManagement;
    m_smOfferedEarlier = m_smOfferedEarlier || !f.streamManagement.isEmpty();
    m_bidiOfferedBeforeTls = m_bidiOfferedBeforeTls || (!encrypted && f.bidi);
    using Tls = S2sOptions::Tls;
    if (encrypted) {
        if (f.starttls)
            note(m_config.tls == Tls::Direct
                     ? Phrase::of(staticMetaObject,
                                  QT_TR_NOOP("STARTTLS is offered inside direct TLS (XEP-0368 §3 "
                                             "forbids it)."))
                     : Phrase::of(
                           staticMetaObject,
                           QT_TR_NOOP("STARTTLS is offered again after TLS (RFC 6120 §5.4.3.3 "
                                      "forbids it).")));
    } else if (m_config.tls == Tls::Auto || m_config.tls == Tls::StartTls) {
        if (f.starttls) {
            m_conn->send(Element(Ns::Tls, QStringLiteral("starttls")));
            go(P::StarttlsSent, m_config.timeoutMs);
            return;
        }
        if (m_config.tls == Tls::StartTls) {
            fail(Outcome::ProtocolFailure, QStringLiteral("starttls-not-offered"),
                 Phrase::of(
                     staticMetaObject,
                     QT_TR_NOOP("The peer does not offer STARTTLS, and --tls starttls requires "
                                "it (a middlebox may strip it; try direct TLS).")));
            return;
        }
        note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The peer does not offer STARTTLS: the stream stays unencrypted.")));
    } else if (f.starttlsRequired) {
        note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The peer requires STARTTLS; not negotiated because of --tls none.")));
    }
    switch (m_config.task) {
    case Task::Probe:
        beginClose();
        return;
    case Task::Verify:
        m_conn->send(m_config.verify.toElement());
        requestSent();
        go(P::VerifySent, m_config.timeoutMs);
        return;
    case Task::Authenticate:
        authenticate(f);
        return;
    }
}

void OutgoingS2s::authenticate(const StreamFeatures &f)
{
    if (m_saslDone) {
        // XEP-0178 §3 step 11: the stream after the SASL restart is authenticated.
        streamAuthenticated(QStringLiteral("sasl-external"));
        return;
    }
    const S2sAuthentication::Step step = m_auth.choose(f, m_headerDeclaresDialback);
    if (!record(step))
        return;
    if (step.next == S2sAuthentication::Step::Next::External ||
        step.next == S2sAuthentication::Step::Next::Dialback)
        requestBidi(f);
    switch (step.next) {
    case S2sAuthentication::Step::Next::External:
        m_conn->send(m_auth.externalRequest());
        go(P::SaslExternalSent, m_config.timeoutMs);
        return;
    case S2sAuthentication::Step::Next::Dialback:
        startDialback();
        return;
    default:
        beginClose();
    }
}

bool OutgoingS2s::record(const S2sAuthentication::Step &step)
{
    if (step.verdict)
        m_conn->verdict(*step.verdict);
    if (!step.note.isEmpty())
        note(step.note);
    if (step.next != S2sAuthentication::Step::Next::Fail)
        return true;
    fail(step.outcome, step.code, step.message);
    return false;
}

void OutgoingS2s::onSaslAnswer(const Element &answer)
{
    const S2sAuthentication::Step step = m_auth.saslAnswer(answer);
    if (!record(step))
        return;
    if (step.next == S2sAuthentication::Step::Next::Restart) {
        m_saslDone = true;
        // RFC 6120 §6.4.6: restart the stream without closing it; whatever the peer already
        // sent after <success/> belongs to the new stream.
        m_conn->restartInbound(StreamParser::RestartMode::KeepPending);
        openStream();
    } else if (step.next == S2sAuthentication::Step::Next::Dialback) {
        startDialback();
    }
}

void OutgoingS2s::onTlsEstablished()
{
    if (!go(P::TlsEstablished))
        return;
    // RFC 7673 §3, RFC 6698 §4.1: secure TLSA records of which none matches end the session,
    // --strict-tls or not; the handshake and chain are recorded, then the connection closes.
    if (m_conn->transport()->dane().mismatch) {
        fail(Outcome::ProtocolFailure, QStringLiteral("DANE-MISMATCH"),
             Phrase::of(
                 staticMetaObject,
                 QT_TR_NOOP("No DNSSEC-secure TLSA record matches the certificate %1 presented."),
                 {m_config.to}));
        return;
    }
    if (stopsAt(P::TlsEstablished))
        return;
    openStream();
}

} // namespace Inspector
