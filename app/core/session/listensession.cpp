// SPDX-License-Identifier: GPL-3.0-or-later
#include "listensession.h"

#include "facts/eventfacts.h"

#include "protocol/queries.h"
#include "session/dialbackverifier.h"
#include "session/inbounds2s.h"
#include "session/outboundrouter.h"
#include "session/s2slistener.h"
#include "trace/eventlog.h"

#include <QRandomGenerator>

namespace Inspector {

namespace {
constexpr int ShutdownGraceMs = 6000;
}

ListenSession::ListenSession(EventLog *log, const ListenOptions &options, QObject *parent)
    : Session(parent)
    , m_log(log)
    , m_options(options)
    , m_phases(new PhaseMachine<Phase>(log, QStringLiteral("listen"), phaseTable(), this))
{
    InboundS2sConfig l;
    l.role = QStringLiteral("receiving");
    l.localDomains = {options.domain.toLower()};
    l.certificate = options.certificate;
    l.privateKey = options.privateKey;
    l.extraCa = options.extraCa;
    l.dialbackSecret = options.dialbackSecret;
    if (l.dialbackSecret.isEmpty()) {
        l.dialbackSecret.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(l.dialbackSecret.data()),
                                              8);
    }
    l.timeoutMs = options.timeoutMs;
    l.offerBidi = options.bidi;
    m_listener = new S2sListener(log, l, this, options.acceptor);
    connect(m_listener, &S2sListener::connectionAccepted, this, &ListenSession::onInbound);
    connect(m_listener, &S2sListener::connectionFinished, this, &ListenSession::checkDone);

    const QHash<QString, HostPort> resolve = options.resolve;
    m_locate = [resolve](const QString &domain) {
        return resolve.value(domain.toLower()); // none: DNS, as for any peer (RFC 6120 §3.2)
    };
    const auto locate = [this](const QString &domain) {
        return m_locate(domain);
    };
    OutgoingS2sConfig base;
    base.extraCa = options.extraCa;
    base.timeoutMs = options.timeoutMs;
    base.transport = options.transport;
    m_verifier = new DialbackVerifier(log, locate, base, this);
    m_verifier->setDns(options.dns);
    connect(m_verifier, &DialbackVerifier::connectionFinished, this, &ListenSession::checkDone);
    OutboundRouter::Config r;
    r.localDomain = options.domain.toLower();
    r.dialbackSecret = l.dialbackSecret;
    r.certificate = options.certificate;
    r.privateKey = options.privateKey;
    r.extraCa = options.extraCa;
    r.timeoutMs = options.timeoutMs;
    r.locate = locate;
    r.dns = options.dns;
    r.transport = options.transport;
    m_router = new OutboundRouter(log, r, this);
    connect(m_router, &OutboundRouter::connectionFinished, this, &ListenSession::checkDone);

    connect(m_phases, &PhaseMachineBase::timedOut, this, [this](int p) {
        if (Phase(p) == Phase::Listening)
            stop(); // the duration is over
        else if (Phase(p) == Phase::Stopping)
            finish(); // connections that did not close within the grace period
    });
}

ListenSession::~ListenSession() = default;

HostPort ListenSession::address() const
{
    if (!m_listener->isListening())
        return {};
    return HostPort{m_listener->serverAddress().toString(), m_listener->serverPort()};
}

void ListenSession::start()
{
    if (m_options.recordSession) {
        Event e;
        e.kind = EventKind::SessionStarted;
        SessionStartedFact started;
        started.mode = QStringLiteral("listen");
        started.domain = m_options.domain;
        started.bind = m_options.bind.toString();
        started.certificate = m_options.certificateFile;
        // Never the secret itself: only whether one was given.
        started.dialbackSecret = m_options.dialbackSecret.isEmpty()
                                     ? TextFact::null()
                                     : TextFact(QStringLiteral("[set]"));
        started.bidi = m_options.bidi;
        started.durationMs = m_options.durationMs;
        started.timeoutMs = m_options.timeoutMs;
        e.payload = started;
        m_log->append(std::move(e));
    }
    const QHostAddress bindAddress(m_options.bind.host);
    if (bindAddress.isNull() || !m_listener->listen(bindAddress, m_options.bind.port)) {
        m_outcome = Outcome::NetworkFailure;
        finish(bindAddress.isNull()
                   ? Phrase::of(staticMetaObject,
                                QT_TR_NOOP("--bind needs an IP address, not '%1'."),
                                {m_options.bind.host})
                   : Phrase::of(staticMetaObject, QT_TR_NOOP("Cannot listen on %1: %2"),
                                {m_options.bind.toString(), m_listener->errorString()}));
        return;
    }
    Event n;
    n.kind = EventKind::Note;
    n.payload = NoteEventFact(Phrase::of(staticMetaObject,
                                         QT_TR_NOOP("Receiving server for %1 listening on %2."),
                                         {m_options.domain, address().toString()}));
    m_log->append(std::move(n));
    m_phases->transition(Phase::Listening, m_options.durationMs);
}

bool ListenSession::isListening() const
{
    return m_listener->isListening();
}

void ListenSession::stop()
{
    if (m_phases->current() == Phase::Stopping || isFinished())
        return;
    m_phases->transition(Phase::Stopping, ShutdownGraceMs);
    m_listener->close();
    m_listener->stopAll();
    m_verifier->stopAll();
    m_router->stopAll();
    checkDone();
}

void ListenSession::onInbound(InboundS2s *connection)
{
    connect(connection, &InboundS2s::verifyNeeded, this,
            [this, connection](const Dialback::Message &request) {
                m_verifier->verify(connection, request);
            });
    connect(connection, &InboundS2s::stanzaReceived, this,
            [this, connection](const ElementPtr &stanza, bool authorized) {
                if (!authorized)
                    return;
                const ElementPtr reply = Queries::answer(*stanza);
                if (!reply)
                    return;
                // XEP-0288: on the sender's own connection when it is bidirectional, otherwise
                // on our own outgoing stream to its domain.
                const QString from = reply->attribute(u"from"), to = reply->attribute(u"to");
                if (connection->canSendBack(from, to))
                    connection->send(*reply);
                else
                    m_router->send(Bidi::domainOf(to), *reply);
            });
    if (m_phases->current() == Phase::Stopping)
        connection->stop();
}

void ListenSession::checkDone()
{
    if (m_phases->current() == Phase::Stopping && m_listener->allFinished() &&
        m_verifier->allFinished() && m_router->allFinished())
        finish();
}

void ListenSession::finish(const Phrase &error)
{
    if (isFinished())
        return;
    m_phases->transition(Phase::Finished);
    if (!m_options.recordSession) {
        Q_EMIT finished();
        return;
    }
    Event e;
    e.kind = EventKind::SessionFinished;
    e.payload =
        SessionFinishedFact(error.isEmpty(), int(m_outcome),
                            error.isEmpty() ? QString() : QStringLiteral("listen-failed"), error);
    m_log->append(std::move(e));
    Q_EMIT finished();
}

} // namespace Inspector
