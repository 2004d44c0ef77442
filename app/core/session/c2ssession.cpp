// SPDX-License-Identifier: GPL-3.0-or-later
#include "c2ssession.h"

#include "facts/eventfacts.h"

#include "net/dnslookup.h"
#include "protocol/queries.h"
#include "protocol/streamerror.h"
#include "session/clientactions.h"
#include "session/clientlogin.h"
#include "session/clientroute.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

namespace Inspector {

using P = C2sSession::Phase;

C2sSession::C2sSession(EventLog *log, const C2sOptions &options, QObject *parent)
    : Session(parent)
    , m_log(log)
    , m_options(options)
    , m_connectionId(log->addConnection(QStringLiteral("client"), connectionLabel(options),
                                        options.jid, options.domain()))
    , m_conn(new StreamConnection(log, m_connectionId, this, transportFor(options)))
    , m_phases(new PhaseMachine<Phase>(log, m_connectionId, phaseTable(), this))
    , m_end(new Ending(m_conn, m_phases, {int(P::Closing), int(P::Closed), int(P::Failed)}, this))
    , m_login(new ClientLogin(options, m_conn, m_phases, m_end, this))
    , m_actions(new ClientActions(log, options, m_conn, m_phases, this))
    , m_sm(new StreamManagement(m_conn, this))
{
    m_conn->setRecordSecrets(options.keepSecrets);
    connect(m_end, &Ending::finished, this, &C2sSession::onFinished);
    connect(m_phases, &PhaseMachineBase::timedOut, this, [this](int p) { onTimeout(Phase(p)); });
    connect(m_login, &ClientLogin::authenticated, this, &C2sSession::onAuthenticated);
    connect(m_login, &ClientLogin::failed, this, &C2sSession::fail);
    connect(m_actions, &ClientActions::awaiting, this,
            [this](const QString &id) { m_pendingId = id; });
    connect(m_actions, &ClientActions::done, this, &C2sSession::actionsDone);
    connect(m_actions, &ClientActions::failed, this, &C2sSession::fail);
    followTransport();
    followStream();
    followStreamManagement();
}

void C2sSession::followTransport()
{
    connect(m_conn, &StreamConnection::connected, this, [this] {
        m_connected = true;
        const QString peer = m_conn->transport()->peerAddress(); // ADDRESS:PORT
        m_address = peer.left(peer.lastIndexOf(QLatin1Char(':')));
        if (m_route)
            m_route->connected();
        // Over BOSH there is no connection of its own yet: the first request (the stream's
        // opening) makes it, and the HTTP events time it.
        if (m_conn->overBosh()) {
            openStream();
            return;
        }
        go(P::TcpConnected);
        if (m_tls == S2sOptions::Tls::Direct)
            go(P::TlsHandshake, m_options.timeoutMs);
        else
            openStream();
    });
    connect(m_conn, &StreamConnection::tlsEstablished, this, [this] {
        if (m_conn->overBosh()) // under a stream already opened: nothing to wait for
            return;
        go(P::TlsEstablished);
        // RFC 7673 §3: secure TLSA records of which none matches end the session.
        if (m_conn->transport()->dane().mismatch) {
            fail(Outcome::ProtocolFailure, QStringLiteral("DANE-MISMATCH"),
                 Phrase::of(
                     staticMetaObject,
                     QT_TR_NOOP(
                         "No DNSSEC-secure TLSA record matches the certificate %1 presented."),
                     {m_options.domain()}));
            return;
        }
        openStream();
    });
    connect(m_conn, &StreamConnection::transportFailed, this, &C2sSession::onTransportFailed);
    connect(m_conn, &StreamConnection::transportClosed, this, [this] {
        if (phase() == P::Closing)
            go(P::Closed);
        else if (!m_end->hasFailed())
            fail(Outcome::NetworkFailure, QStringLiteral("connection-lost"),
                 Phrase::of(staticMetaObject,
                            QT_TR_NOOP("The server closed the connection during %1."),
                            {m_phases->currentName()}));
        m_end->finish();
    });
}

void C2sSession::followStream()
{
    connect(m_conn, &StreamConnection::headerReceived, this, &C2sSession::onHeader);
    connect(m_conn, &StreamConnection::headerUpdated, this,
            [this](const StreamHeader &h) { checkServerDomain(h.from); });
    connect(m_conn, &StreamConnection::elementReceived, this, &C2sSession::onElement);
    connect(m_conn, &StreamConnection::parseFailed, this, [this](const ParseError &e) {
        m_conn->sendStreamError(e.condition(), QString());
        fail(Outcome::ProtocolFailure, QStringLiteral("xml-") + e.condition(),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The server's XML is unacceptable at byte %1: %2"),
                        {e.offset, e.message}));
    });
    connect(m_conn, &StreamConnection::cleartextDiscarded, this, [this](const QByteArray &raw) {
        fail(Outcome::ProtocolFailure, QStringLiteral("cleartext-after-proceed"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The server sent %1 bytes of cleartext after <proceed/>."),
                        {raw.size()}));
    });
    connect(m_conn, &StreamConnection::peerClosedStream, this, [this] {
        m_conn->closeStream();
        if (phase() == P::Closing || m_end->hasFailed())
            m_conn->transport()->close();
        else if (!m_conn->seeOtherUri().isEmpty()) // RFC 7395 §3.6.1: reported, not followed
            fail(Outcome::ProtocolFailure, QStringLiteral("see-other-uri"),
                 Phrase::of(staticMetaObject,
                            QT_TR_NOOP("The server closed the stream during %1 and sends "
                                       "clients to %2 instead (RFC 7395 §3.6.1)."),
                            {m_phases->currentName(), m_conn->seeOtherUri()}));
        else
            fail(Outcome::ProtocolFailure, QStringLiteral("peer-closed-stream"),
                 Phrase::of(staticMetaObject, QT_TR_NOOP("The server closed the stream during %1."),
                            {m_phases->currentName()}));
    });
}

C2sSession::~C2sSession() = default;

C2sSession::Phase C2sSession::phase() const
{
    return m_phases->current();
}

bool C2sSession::go(Phase p, int timeoutMs)
{
    return m_phases->transition(p, timeoutMs);
}

void C2sSession::note(const Phrase &text)
{
    m_conn->note(text);
}

TlsOptions C2sSession::tlsOptions() const
{
    TlsOptions t;
    // Over the web the certificate is the endpoint's, for the URL's host (RFC 7395 §9).
    t.peerName = m_options.webUrl().isEmpty() ? m_options.domain() : m_options.webUrl().host();
    t.service = QStringLiteral("xmpp-client");
    if (m_tls == S2sOptions::Tls::Direct)
        t.alpn = {QByteArrayLiteral("xmpp-client")}; // XEP-0368 §3
    t.extraCa = m_options.extraCa;
    t.strict = m_options.strictTls;
    t.dane = m_dane;
    return t;
}

void C2sSession::start()
{
    // A resumption's connection is the second of a session already recorded as started.
    if (m_options.resumeFrom.isValid() || m_options.partOfRun) {
        m_dane = m_options.dane;
        go(P::Connecting, m_options.timeoutMs);
        if (!m_options.webUrl().isEmpty())
            connectWeb();
        else
            connectTo(m_options.effectiveHost(), m_options.effectivePort(), m_options.tls);
        return;
    }
    Event e;
    e.kind = EventKind::SessionStarted;
    SessionStartedFact started;
    started.mode = QStringLiteral("c2s");
    started.jid = m_options.jid;
    started.fromDomain = m_options.jid;
    started.toDomain = m_options.domain();
    started.host = m_options.effectiveHost();
    started.port = m_options.effectivePort();
    started.dns = m_options.host.isEmpty();
    started.dnsServer =
        m_options.dns.server.isEmpty() ? QStringLiteral("system") : m_options.dns.server;
    started.tlsMode = S2sOptions::tlsName(m_options.tls);
    // Never the password itself: only where it came from.
    started.password = m_options.passwordSource.isEmpty()
                           ? QStringLiteral("[set]")
                           : QStringLiteral("[from %1]").arg(m_options.passwordSource);
    started.mechanism = m_options.mechanism;
    if (!m_options.webUrl().isEmpty()) {
        started.url = m_options.webUrl().toString();
        started.dns = false;
        // wss: and https: are TLS from the first byte, as direct TLS is.
        started.tlsMode = m_options.webTls() ? QStringLiteral("direct") : QStringLiteral("none");
    }
    started.timeoutMs = m_options.timeoutMs;
    started.connection = m_connectionId;
    e.payload = started;
    m_log->append(std::move(e));
    go(P::Connecting, m_options.timeoutMs);
    if (!m_options.webUrl().isEmpty()) {
        connectWeb();
        return;
    }
    if (!m_options.host.isEmpty()) {
        connectTo(m_options.host, m_options.effectivePort(), m_options.tls);
        return;
    }
    // RFC 6120 §3.2.1, XEP-0368 §2: a client finds its server through _xmpps-client and
    // _xmpp-client SRV records (the domain itself on 5222 when there are none).
    m_route =
        new ClientRoute(m_log, m_conn, m_options.domain(), m_options.dns, m_options.tls, this);
    connect(m_route, &ClientRoute::attempt, this,
            [this](const QString &host, quint16 port, S2sOptions::Tls tls) {
                if (m_end->hasFailed())
                    return; // the lookup took longer than the timeout
                m_phases->rearm(m_options.timeoutMs);
                m_dane = m_route->dane();
                connectTo(host, port, tls);
            });
    connect(m_route, &ClientRoute::noCandidate, this,
            [this](const QString &code, const Phrase &message) {
                // A bogus DNSSEC answer is the zone's fault, not the network's (RFC 7673 §3.1).
                fail(code == QLatin1String("DNSSEC-BOGUS") ? Outcome::ProtocolFailure
                                                           : Outcome::NetworkFailure,
                     code, message);
            });
    m_route->start();
}

void C2sSession::connectTo(const QString &host, quint16 port, S2sOptions::Tls tls)
{
    m_host = host;
    m_port = port;
    m_tls = tls;
    m_conn->transport()->connectToHost(host, port, tls == S2sOptions::Tls::Direct, tlsOptions());
}

void C2sSession::stop()
{
    if (!m_end->isFinished())
        beginClose();
}

void C2sSession::openStream()
{
    StreamHeader h;
    // RFC 6120 §4.7.1: the client includes 'from' (its bare JID) once the stream is encrypted.
    if (m_conn->transport()->isEncrypted())
        h.from = m_options.jid;
    h.to = m_options.domain();
    h.version = QStringLiteral("1.0");
    h.lang = QStringLiteral("en");
    h.contentNamespace = Ns::Client;
    const bool restart = m_streams++ > 0;
    m_conn->openStream(h);
    go(restart ? P::StreamRestarted : P::StreamOpened, m_options.timeoutMs);
}

void C2sSession::onHeader(const StreamHeader &h)
{
    go(P::HeaderReceived, m_options.timeoutMs);
    if (h.id.isEmpty() && !m_conn->overBosh()) // BOSH's authid is obsolete (XEP-0206 §4)
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The server's header has no stream id (RFC 6120 §4.7.3).")));
    checkServerDomain(h.from);
}

void C2sSession::checkServerDomain(const QString &from)
{
    // RFC 6120 §4.7.1: the server answers as the domain asked for, whatever path led there.
    if (!from.isEmpty() && from.compare(m_options.domain(), Qt::CaseInsensitive) != 0)
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The server's stream is from %1, not %2, the domain asked "
                                   "for (RFC 6120 §4.7.1)."),
                        {from, m_options.domain()}));
}

void C2sSession::onElement(const ElementPtr &element)
{
    const Element &e = *element;
    if (e.is(Ns::Streams, u"error")) {
        const StreamError se = StreamError::fromElement(e);
        m_conn->closeStream();
        fail(Outcome::ProtocolFailure, QStringLiteral("stream-error"),
             Phrase::of(
                 staticMetaObject, QT_TR_NOOP("The server closed the stream with <%1/>%2."),
                 {se.condition, se.text.isEmpty() ? QString() : QStringLiteral(": ") + se.text}));
        return;
    }
    if (m_sm->handle(e))
        return;
    if (phase() == P::HeaderReceived && e.is(Ns::Streams, u"features")) {
        go(P::FeaturesReceived);
        onFeatures(StreamFeatures::fromElement(e));
        return;
    }
    if (phase() == P::StarttlsSent && e.is(Ns::Tls, u"proceed")) {
        go(P::StarttlsProceed);
        m_conn->restartInbound(StreamParser::RestartMode::DiscardPending);
        if (m_end->hasFailed())
            return;
        go(P::TlsHandshake, m_options.timeoutMs);
        m_conn->transport()->startTls(tlsOptions());
        return;
    }
    if (phase() == P::StarttlsSent && e.is(Ns::Tls, u"failure")) {
        fail(Outcome::ProtocolFailure, QStringLiteral("starttls-failure"),
             Phrase::of(
                 staticMetaObject,
                 QT_TR_NOOP(
                     "The server answered <starttls/> with <failure/> (RFC 6120 §5.4.2.2).")));
        return;
    }
    if (phase() == P::SaslSent && e.namespaceUri() == Ns::Sasl) {
        m_login->onSasl(e);
        return;
    }
    if (m_login->abortAnswered(e))
        return;
    if (e.name() == QLatin1String("iq")) {
        onIq(e);
        return;
    }
    // RFC 6120 §8.3: a bounce of the message sent.
    if (e.name() == QLatin1String("message") && e.attribute(u"type") == QLatin1String("error"))
        m_actions->messageError(e);
    else if (m_awaitingTestMessage && e.name() == QLatin1String("message"))
        testMessageArrived();
}

void C2sSession::onFeatures(const StreamFeatures &f)
{
    const bool encrypted = m_conn->transport()->isEncrypted();
    // RFC 7395 §3.9, XEP-0206 §4: over the web TLS is the URL's, and STARTTLS is ignored.
    const bool starttls = f.starttls && !m_conn->isFramed();
    if (f.starttls && m_conn->isFramed())
        note(m_conn->overBosh()
                 ? Phrase::of(staticMetaObject, QT_TR_NOOP("The server offers STARTTLS over "
                                                           "BOSH; ignored (XEP-0206 §4)."))
                 : Phrase::of(staticMetaObject,
                              QT_TR_NOOP("The server offers STARTTLS over WebSocket, which it "
                                         "must not (RFC 7395 §3.9); ignored.")));
    const bool upgrades =
        !encrypted && starttls &&
        (m_options.tls == S2sOptions::Tls::Auto || m_options.tls == S2sOptions::Tls::StartTls);
    // XEP-0077 §3.1: whether anyone may create an account, asked on the stream that would
    // authenticate (after TLS), before the login or the probe's end; never submitted.
    if (f.registration && !upgrades && !m_registrationAsked && !m_login->isAuthenticated()) {
        askRegistration(f);
        return;
    }
    if (m_options.probe && (encrypted || !starttls || m_options.tls == S2sOptions::Tls::None)) {
        beginClose();
        return;
    }
    if (upgrades) {
        m_conn->send(Element(Ns::Tls, QStringLiteral("starttls")));
        go(P::StarttlsSent, m_options.timeoutMs);
        return;
    }
    if (!encrypted && m_options.tls == S2sOptions::Tls::StartTls) {
        fail(
            Outcome::ProtocolFailure, QStringLiteral("starttls-not-offered"),
            Phrase::of(
                staticMetaObject,
                QT_TR_NOOP("The server does not offer STARTTLS, and --tls starttls requires it.")));
        return;
    }
    if (!m_login->isAuthenticated()) {
        m_login->start(f);
        return;
    }
    m_smOffered = f.streamManagement == Ns::Sm3;
    if (f.caps)
        m_actions->setServerCaps(f.capsNode, f.capsVer, f.capsHash);
    if (m_options.resumeFrom.isValid()) {
        resume();
        return;
    }
    m_sessionRequired = f.session && !f.sessionOptional;
    if (!f.bind)
        note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The server does not offer resource binding (RFC 6120 §7 requires it).")));
    bind();
}

void C2sSession::onAuthenticated()
{
    go(P::Authenticated);
    // RFC 6120 §6.4.6: restart the stream without closing it.
    m_conn->restartInbound(StreamParser::RestartMode::KeepPending);
    openStream();
}

void C2sSession::bind()
{
    Element iq(Ns::Client, QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    m_pendingId = QStringLiteral("bind-1");
    iq.setAttribute(QStringLiteral("id"), m_pendingId);
    Element bind(Ns::Bind, QStringLiteral("bind"));
    if (!m_options.resource.isEmpty()) {
        Element resource(Ns::Bind, QStringLiteral("resource"));
        resource.appendText(m_options.resource);
        bind.appendChild(std::move(resource));
    }
    iq.appendChild(std::move(bind));
    m_conn->send(iq);
    go(P::BindSent, m_options.timeoutMs);
}

void C2sSession::onIq(const Element &iq)
{
    const QString type = iq.attribute(u"type");
    const QString id = iq.attribute(u"id");
    if (type == QLatin1String("get") || type == QLatin1String("set")) {
        // Roster pushes (RFC 6121 §2.1.6) are acknowledged; other requests get an answer.
        if (const ElementPtr reply = Queries::answer(iq))
            m_conn->send(*reply);
        return;
    }
    // A reply that comes after a stop, a failure or a timeout starts nothing.
    if (id != m_pendingId || m_end->hasFailed() || phase() == P::Closing)
        return;
    const ElementPtr error = iq.firstChild(Ns::Client, u"error");
    const std::optional<StanzaError> stanzaError =
        error ? std::optional<StanzaError>(StanzaError::fromElement(*error)) : std::nullopt;
    switch (phase()) {
    case P::RegisterQuerySent:
        onRegistration(iq, type, stanzaError);
        return;
    case P::BindSent: {
        if (type != QLatin1String("result")) {
            fail(Outcome::ProtocolFailure, QStringLiteral("bind-failed"),
                 Phrase::of(staticMetaObject, QT_TR_NOOP("Resource binding failed: %1"),
                            {error ? StanzaError::fromElement(*error).condition : QString()}));
            return;
        }
        const ElementPtr b = iq.firstChild(Ns::Bind, u"bind");
        const ElementPtr j = b ? b->firstChild(Ns::Bind, u"jid") : ElementPtr();
        VerdictFact bound(QStringLiteral("bound"), QStringLiteral("success"));
        bound.jid = j ? j->text().trimmed() : QString();
        m_boundJid = bound.jid.text();
        m_conn->verdict(bound);
        go(P::ResourceBound);
        if (m_sessionRequired) {
            Element s(Ns::Client, QStringLiteral("iq"));
            s.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
            m_pendingId = QStringLiteral("session-1");
            s.setAttribute(QStringLiteral("id"), m_pendingId);
            s.appendChild(Element(Ns::Session, QStringLiteral("session")));
            m_conn->send(s);
            m_phases->rearm(m_options.timeoutMs);
            return;
        }
        afterBind();
        return;
    }
    default:
        break;
    }
    if (id == QLatin1String("session-1")) {
        go(P::SessionEstablished);
        m_pendingId.clear();
        afterBind();
        return;
    }
    m_pendingId.clear();
    m_actions->replied(iq, type, stanzaError);
}

QString C2sSession::consoleNamespace() const
{
    return Ns::Client;
}

bool C2sSession::canSend() const
{
    return !m_end->isFinished() && phase() == P::Online;
}

bool C2sSession::send(const QVector<ElementPtr> &stanzas, QString *error)
{
    if (!canSend()) {
        *error = tr("Stanzas can be sent only while the session stays online (see Stay online).");
        return false;
    }
    for (const ElementPtr &s : stanzas)
        m_conn->send(*s);
    return true;
}

} // namespace Inspector
