// SPDX-License-Identifier: GPL-3.0-or-later
#include "c2ssession.h"

#include "net/dnslookup.h"

#include "session/clientsasl.h"

#include "protocol/queries.h"
#include "protocol/streamerror.h"
#include "session/clientroute.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace Inspector {

using P = C2sSession::Phase;

namespace {
constexpr int DeliveryWindowMs = 3000;
const QString Roster = QStringLiteral("jabber:iq:roster");

} // namespace

C2sSession::C2sSession(EventLog *log, const C2sOptions &options, QObject *parent)
    : Session(parent)
    , m_log(log)
    , m_options(options)
    , m_connectionId(log->addConnection(QStringLiteral("client"),
                                        options.jid + QStringLiteral(" → ") + options.domain(),
                                        options.jid, options.domain()))
    , m_conn(new StreamConnection(log, m_connectionId, this, options.transport))
    , m_phases(new PhaseMachine<Phase>(log, m_connectionId, phaseTable(), this))
    , m_actions(new PhaseMachine<Action>(log, QStringLiteral("c2s"), actionTable(), this))
    , m_end(new Ending(m_conn, m_phases, {int(P::Closing), int(P::Closed), int(P::Failed)}, this))
{
    m_conn->setRecordSecrets(options.keepSecrets);
    connect(m_end, &Ending::finished, this, &C2sSession::onFinished);
    connect(m_phases, &PhaseMachineBase::timedOut, this, [this](int p) { onTimeout(Phase(p)); });
    connect(m_conn, &StreamConnection::connected, this, [this] {
        m_connected = true;
        if (m_route)
            m_route->connected();
        go(P::TcpConnected);
        if (m_tls == S2sOptions::Tls::Direct)
            go(P::TlsHandshake, m_options.timeoutMs);
        else
            openStream();
    });
    connect(m_conn, &StreamConnection::tlsEstablished, this, [this] {
        go(P::TlsEstablished);
        // RFC 7673 §3: secure TLSA records of which none matches end the session.
        if (m_conn->transport()->dane().value(QStringLiteral("mismatch")).toBool()) {
            fail(Outcome::ProtocolFailure, QStringLiteral("DANE-MISMATCH"),
                 tr("No DNSSEC-secure TLSA record matches the certificate %1 presented.")
                     .arg(m_options.domain()));
            return;
        }
        openStream();
    });
    connect(m_conn, &StreamConnection::headerReceived, this, &C2sSession::onHeader);
    connect(m_conn, &StreamConnection::elementReceived, this, &C2sSession::onElement);
    connect(m_conn, &StreamConnection::parseFailed, this, [this](const ParseError &e) {
        m_conn->sendStreamError(e.condition(), QString());
        fail(Outcome::ProtocolFailure, QStringLiteral("xml-") + e.condition(),
             tr("The server's XML is unacceptable at byte %1: %2").arg(e.offset).arg(e.message));
    });
    connect(m_conn, &StreamConnection::cleartextDiscarded, this, [this](const QByteArray &raw) {
        fail(Outcome::ProtocolFailure, QStringLiteral("cleartext-after-proceed"),
             tr("The server sent %1 bytes of cleartext after <proceed/>.").arg(raw.size()));
    });
    connect(m_conn, &StreamConnection::peerClosedStream, this, [this] {
        m_conn->closeStream();
        if (phase() == P::Closing || m_end->hasFailed())
            m_conn->transport()->close();
        else
            fail(Outcome::ProtocolFailure, QStringLiteral("peer-closed-stream"),
                 tr("The server closed the stream during %1.").arg(m_phases->currentName()));
    });
    connect(m_conn, &StreamConnection::transportFailed, this,
            [this](Transport::Failure f, const QString &message) {
                if (phase() == P::Closing || m_end->hasFailed()) {
                    note(QStringLiteral("Transport: ") + message);
                } else if (f == Transport::Failure::Connect && !m_connected && m_route &&
                           m_route->failed(message)) {
                    return;
                } else if (f == Transport::Failure::TlsHandshake) {
                    fail(Outcome::ProtocolFailure, QStringLiteral("tls-handshake-failed"),
                         tr("The TLS handshake failed: %1").arg(message));
                } else {
                    fail(Outcome::NetworkFailure,
                         f == Transport::Failure::Connect ? QStringLiteral("connect-failed")
                                                          : QStringLiteral("connection-lost"),
                         QStringLiteral("%1:%2 — %3").arg(m_host).arg(m_port).arg(message));
                }
                if (!m_conn->transport()->isOpen())
                    m_end->finish();
            });
    connect(m_conn, &StreamConnection::transportClosed, this, [this] {
        if (phase() == P::Closing)
            go(P::Closed);
        else if (!m_end->hasFailed())
            fail(Outcome::NetworkFailure, QStringLiteral("connection-lost"),
                 tr("The server closed the connection during %1.").arg(m_phases->currentName()));
        m_end->finish();
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

void C2sSession::note(const QString &text)
{
    m_conn->note(text);
}

void C2sSession::verdict(const QJsonObject &data)
{
    m_conn->verdict(data);
}

TlsOptions C2sSession::tlsOptions() const
{
    TlsOptions t;
    t.peerName = m_options.domain();
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
    Event e;
    e.kind = EventKind::SessionStarted;
    e.data = QJsonObject{
        {QStringLiteral("mode"), QStringLiteral("c2s")},
        {QStringLiteral("jid"), m_options.jid},
        {QStringLiteral("fromDomain"), m_options.jid},
        {QStringLiteral("toDomain"), m_options.domain()},
        {QStringLiteral("host"), m_options.effectiveHost()},
        {QStringLiteral("port"), int(m_options.effectivePort())},
        {QStringLiteral("dns"), m_options.host.isEmpty()},
        {QStringLiteral("dnsServer"),
         m_options.dns.server.isEmpty() ? QStringLiteral("system") : m_options.dns.server},
        {QStringLiteral("tlsMode"), S2sOptions::tlsName(m_options.tls)},
        {QStringLiteral("password"),
         m_options.passwordSource.isEmpty()
             ? QStringLiteral("[set]")
             : QStringLiteral("[from %1]").arg(m_options.passwordSource)},
        {QStringLiteral("mechanism"), m_options.mechanism},
        {QStringLiteral("timeoutMs"), m_options.timeoutMs},
        {QStringLiteral("connection"), m_connectionId},
    };
    m_log->append(std::move(e));
    go(P::Connecting, m_options.timeoutMs);
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
            [this](const QString &code, const QString &message) {
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
    if (h.id.isEmpty())
        note(tr("The server's header has no stream id (RFC 6120 §4.7.3)."));
}

void C2sSession::onElement(const ElementPtr &element)
{
    const Element &e = *element;
    if (e.is(Ns::Streams, u"error")) {
        const StreamError se = StreamError::fromElement(e);
        m_conn->closeStream();
        fail(
            Outcome::ProtocolFailure, QStringLiteral("stream-error"),
            tr("The server closed the stream with <%1/>%2.")
                .arg(se.condition, se.text.isEmpty() ? QString() : QStringLiteral(": ") + se.text));
        return;
    }
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
             tr("The server answered <starttls/> with <failure/> (RFC 6120 §5.4.2.2)."));
        return;
    }
    if (phase() == P::SaslSent && e.namespaceUri() == Ns::Sasl) {
        onSasl(e);
        return;
    }
    if (m_abortPending && e.is(Ns::Sasl, u"failure")) {
        m_abortPending = false;
        m_end->hangUp();
        return;
    }
    if (e.name() == QLatin1String("iq")) {
        onIq(e);
        return;
    }
    if (e.name() == QLatin1String("message") && e.attribute(u"type") == QLatin1String("error") &&
        !m_messageId.isEmpty() && e.attribute(u"id") == m_messageId) {
        const ElementPtr error = e.firstChild(Ns::Client, u"error");
        verdict(QJsonObject{{QStringLiteral("what"), QStringLiteral("delivery-error")},
                            {QStringLiteral("result"), QStringLiteral("error")},
                            {QStringLiteral("id"), m_messageId},
                            {QStringLiteral("from"), e.attribute(u"from")},
                            {QStringLiteral("error"),
                             error ? StanzaError::fromElement(*error).toJson() : QJsonObject()}});
        return;
    }
}

void C2sSession::onFeatures(const StreamFeatures &f)
{
    const bool encrypted = m_conn->transport()->isEncrypted();
    if (m_options.probe && (encrypted || !f.starttls || m_options.tls == S2sOptions::Tls::None)) {
        beginClose();
        return;
    }
    if (!encrypted && f.starttls &&
        (m_options.tls == S2sOptions::Tls::Auto || m_options.tls == S2sOptions::Tls::StartTls)) {
        m_conn->send(Element(Ns::Tls, QStringLiteral("starttls")));
        go(P::StarttlsSent, m_options.timeoutMs);
        return;
    }
    if (!encrypted && m_options.tls == S2sOptions::Tls::StartTls) {
        fail(Outcome::ProtocolFailure, QStringLiteral("starttls-not-offered"),
             tr("The server does not offer STARTTLS, and --tls starttls requires it."));
        return;
    }
    if (!m_authenticated) {
        startSasl(f);
        return;
    }
    m_sessionRequired = f.session && !f.sessionOptional;
    if (!f.bind)
        note(tr("The server does not offer resource binding (RFC 6120 §7 requires it)."));
    bind();
}

void C2sSession::startSasl(const StreamFeatures &f)
{
    m_sasl = std::make_unique<ClientSasl>(m_options.user(), m_options.password, m_options.mechanism,
                                          m_options.allowPlaintext, m_options.minScramIterations);
    Element auth;
    QStringList notes;
    const ClientSasl::Problem problem =
        m_sasl->start(f, m_conn->transport()->isEncrypted(),
                      m_conn->transport()->peerCertificateChain(), &auth, &notes);
    if (!m_sasl->mechanism().isEmpty())
        m_phases->rename(P::SaslSent,
                         QStringLiteral("sasl_%1_sent").arg(m_sasl->mechanism().toLower()));
    for (const QString &n : std::as_const(notes))
        note(n);
    if (problem) {
        fail(Outcome::ProtocolFailure, problem.code, problem.message);
        return;
    }
    // PLAIN's first message is the password itself; a SCRAM client-first holds only the name
    // and a nonce, so it may go, and the proof is what is withheld (onSasl).
    const QString risk = credentialRisk();
    if (!risk.isEmpty() && m_sasl->mechanism() == QLatin1String("PLAIN")) {
        withhold(QStringLiteral("CREDENTIALS-WITHHELD"), risk, false);
        return;
    }
    m_conn->send(auth);
    go(P::SaslSent, m_options.timeoutMs);
}

QString C2sSession::credentialRisk() const
{
    return m_options.insecureCredentials
               ? QString()
               : ClientSasl::credentialRisk(*m_conn->transport(), m_options.domain());
}

void C2sSession::withhold(const QString &code, const QString &message, bool exchangeStarted)
{
    if (m_sasl)
        verdict(m_sasl->verdict(QStringLiteral("aborted"), code, message));
    if (!exchangeStarted) {
        fail(Outcome::ProtocolFailure, code, message);
        return;
    }
    // RFC 6120 §6.4.4: the server answers <abort/> with <failure><aborted/></failure>; the
    // stream is closed after it (or after the timeout), not over it.
    m_conn->send(Element(Ns::Sasl, QStringLiteral("abort")));
    if (!m_end->fail(Outcome::ProtocolFailure, code, message))
        return;
    m_abortPending = true;
    QTimer::singleShot(m_options.timeoutMs, this, [this] {
        if (m_abortPending) {
            m_abortPending = false;
            note(tr("The server did not answer <abort/> within %1 ms.").arg(m_options.timeoutMs));
            m_end->hangUp();
        }
    });
}

void C2sSession::onSasl(const Element &e)
{
    const QString mechanism = m_sasl ? m_sasl->mechanism() : QString();
    if (e.name() == QLatin1String("challenge")) {
        // Judged before anything is computed from the password: a proof that will not be sent
        // is not derived either.
        const QString risk = credentialRisk();
        if (!risk.isEmpty()) {
            withhold(QStringLiteral("CREDENTIALS-WITHHELD"), risk, true);
            return;
        }
        Element response;
        QStringList notes;
        const ClientSasl::Problem problem =
            m_sasl ? m_sasl->challenge(e, &response, &notes)
                   : ClientSasl::Problem{QStringLiteral("sasl-challenge"),
                                         tr("An unexpected SASL challenge.")};
        for (const QString &n : std::as_const(notes))
            note(n);
        if (problem) {
            withhold(problem.code, problem.message, true);
            return;
        }
        m_conn->send(response);
        go(P::SaslSent, m_options.timeoutMs); // re-arm the timeout
        return;
    }
    if (e.name() == QLatin1String("success")) {
        QJsonValue verified;
        const ClientSasl::Problem problem =
            m_sasl ? m_sasl->success(e, &verified) : ClientSasl::Problem{};
        if (problem) {
            verdict(m_sasl->verdict(QStringLiteral("failure"), problem.code, problem.message));
            fail(Outcome::ProtocolFailure, problem.code, problem.message);
            return;
        }
        m_authenticated = true;
        QJsonObject v = m_sasl ? m_sasl->verdict(QStringLiteral("success")) : QJsonObject();
        v.insert(QStringLiteral("serverSignatureVerified"), verified);
        verdict(v);
        go(P::Authenticated);
        // RFC 6120 §6.4.6: restart the stream without closing it.
        m_conn->restartInbound(StreamParser::RestartMode::KeepPending);
        openStream();
        return;
    }
    if (e.name() == QLatin1String("failure")) {
        QString condition, text;
        ClientSasl::failureOf(e, &condition, &text);
        verdict(m_sasl ? m_sasl->verdict(QStringLiteral("failure"), condition, text)
                       : QJsonObject());
        fail(Outcome::ProtocolFailure, QStringLiteral("sasl-failure"),
             tr("%1 failed with <%2/>%3 (RFC 6120 §6.5).")
                 .arg(mechanism, condition,
                      text.isEmpty() ? QString() : QStringLiteral(": ") + text));
    }
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
    if (id != m_pendingId)
        return;
    const ElementPtr error = iq.firstChild(Ns::Client, u"error");
    const QJsonValue errorJson =
        error ? QJsonValue(StanzaError::fromElement(*error).toJson()) : QJsonValue();
    switch (phase()) {
    case P::BindSent: {
        if (type != QLatin1String("result")) {
            fail(Outcome::ProtocolFailure, QStringLiteral("bind-failed"),
                 tr("Resource binding failed: %1")
                     .arg(errorJson.toObject().value(QStringLiteral("condition")).toString()));
            return;
        }
        const ElementPtr b = iq.firstChild(Ns::Bind, u"bind");
        const ElementPtr j = b ? b->firstChild(Ns::Bind, u"jid") : ElementPtr();
        verdict(QJsonObject{{QStringLiteral("what"), QStringLiteral("bound")},
                            {QStringLiteral("result"), QStringLiteral("success")},
                            {QStringLiteral("jid"), j ? j->text().trimmed() : QString()}});
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
        nextAction();
        return;
    }
    default:
        break;
    }
    if (id == QLatin1String("session-1")) {
        go(P::SessionEstablished);
        m_pendingId.clear();
        nextAction();
        return;
    }
    if (id.startsWith(QLatin1String("roster-"))) {
        const QJsonArray contacts = Queries::rosterContacts(iq);
        verdict(QJsonObject{{QStringLiteral("what"), QStringLiteral("roster")},
                            {QStringLiteral("result"), type},
                            {QStringLiteral("contacts"), contacts},
                            {QStringLiteral("error"), errorJson}});
        go(P::RosterReceived);
    } else if (id.startsWith(QLatin1String("ping-"))) {
        verdict(QJsonObject{{QStringLiteral("what"), QStringLiteral("ping")},
                            {QStringLiteral("result"), type},
                            {QStringLiteral("rttMs"),
                             double((m_log->elapsedNs() - m_pendingSentNs) / 1000) / 1000.0},
                            {QStringLiteral("from"), iq.attribute(u"from")},
                            {QStringLiteral("replyConnection"), m_connectionId},
                            {QStringLiteral("error"), errorJson}});
    }
    m_pendingId.clear();
    nextAction();
}

void C2sSession::nextAction()
{
    // The actions asked for, in a fixed order; one that waits for something (a reply, a
    // delivery window) calls this again when it is done, and the next one asked for follows.
    static const Action order[] = {Action::Stanzas, Action::Roster, Action::Message, Action::Ping,
                                   Action::StayOnline};
    const Action *next = std::find(std::begin(order), std::end(order), m_actions->current());
    next = next == std::end(order) ? std::begin(order) : next + 1;
    if (m_actions->current() != Action::Done) {
        for (; next != std::end(order); ++next) {
            if (startAction(*next))
                return;
        }
        m_actions->transition(Action::Done);
    }
    beginClose();
}

bool C2sSession::startAction(Action action)
{
    switch (action) {
    case Action::Stanzas:
        if (m_options.stanzas.isEmpty())
            return false;
        m_actions->transition(action);
        for (const ElementPtr &s : std::as_const(m_options.stanzas))
            m_conn->send(*s);
        return false; // nothing to wait for: the next action follows at once
    case Action::Roster: {
        if (!m_options.roster)
            return false;
        m_actions->transition(action);
        Element iq(Ns::Client, QStringLiteral("iq"));
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        m_pendingId = QStringLiteral("roster-1");
        iq.setAttribute(QStringLiteral("id"), m_pendingId);
        iq.appendChild(Element(Roster, QStringLiteral("query")));
        m_conn->send(iq);
        m_phases->rearm(m_options.timeoutMs);
        return true; // the reply moves on (onIq)
    }
    case Action::Message:
        if (m_options.sendTo.isEmpty())
            return false;
        m_actions->transition(action);
        sendMessage();
        return true;
    case Action::Ping:
        if (m_options.pingJid.isEmpty())
            return false;
        m_actions->transition(action);
        m_pendingId = QStringLiteral("ping-1");
        m_pendingSentNs = m_log->elapsedNs();
        m_conn->send(Queries::iqGet(Ns::Client, QString(), m_options.pingJid, m_pendingId, Ns::Ping,
                                    QStringLiteral("ping")));
        go(P::PingSent, m_options.timeoutMs);
        return true;
    case Action::StayOnline:
        if (m_options.stayMs <= 0)
            return false;
        m_actions->transition(action);
        m_conn->send(Element(Ns::Client, QStringLiteral("presence")));
        go(P::Online, m_options.stayMs);
        return true;
    case Action::Idle:
    case Action::Done:
        break;
    }
    return false;
}

void C2sSession::sendMessage()
{
    Element message(Ns::Client, QStringLiteral("message"));
    m_messageId = QStringLiteral("message-1");
    message.setAttribute(QStringLiteral("to"), m_options.sendTo);
    message.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    message.setAttribute(QStringLiteral("id"), m_messageId);
    Element body(Ns::Client, QStringLiteral("body"));
    body.appendText(m_options.body);
    message.appendChild(std::move(body));
    m_conn->send(message);
    verdict(QJsonObject{{QStringLiteral("what"), QStringLiteral("message")},
                        {QStringLiteral("result"), QStringLiteral("sent")},
                        {QStringLiteral("to"), m_options.sendTo},
                        {QStringLiteral("body"), m_options.body},
                        {QStringLiteral("id"), m_messageId}});
    // An error for it may come back later: watch for a while (RFC 6120 §8.3).
    go(P::MessageSent, qMin(m_options.timeoutMs, DeliveryWindowMs));
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

void C2sSession::onTimeout(Phase p)
{
    switch (p) {
    case P::MessageSent:
        nextAction(); // the watch window ended without a delivery error
        return;
    case P::Online:
        beginClose();
        return;
    case P::PingSent:
        verdict(QJsonObject{{QStringLiteral("what"), QStringLiteral("ping")},
                            {QStringLiteral("result"), QStringLiteral("timeout")}});
        fail(Outcome::NetworkFailure, QStringLiteral("ping-timeout"),
             tr("No answer to the ping of %1 within %2 ms.")
                 .arg(m_options.pingJid)
                 .arg(m_options.timeoutMs));
        return;
    case P::Closing:
        m_end->closeTimedOut();
        return;
    default:
        fail(Outcome::NetworkFailure, QStringLiteral("timeout"),
             tr("No answer from the server within %1 ms during %2.")
                 .arg(m_options.timeoutMs)
                 .arg(m_phases->name(p)));
    }
}

void C2sSession::fail(Outcome outcome, const QString &code, const QString &message)
{
    if (m_end->fail(outcome, code, message))
        m_end->hangUp();
}

void C2sSession::beginClose()
{
    m_end->close(m_options.timeoutMs);
}

void C2sSession::onFinished()
{
    m_abortPending = false;
    Event e;
    e.kind = EventKind::SessionFinished;
    const bool failed = m_end->hasFailed();
    e.data =
        QJsonObject{{QStringLiteral("success"), !failed},
                    {QStringLiteral("exitCode"), int(m_end->outcome())},
                    {QStringLiteral("error"), failed ? QJsonValue(m_end->error()) : QJsonValue()}};
    m_log->append(std::move(e));
    Q_EMIT finished();
}

} // namespace Inspector
