// SPDX-License-Identifier: GPL-3.0-or-later
#include "s2ssession.h"

#include "facts/eventfacts.h"
#include "net/identity.h"

#include "net/dnslookup.h"
#include "protocol/dialback.h"
#include "protocol/queries.h"
#include "session/dialbackverifier.h"
#include "session/inbounds2s.h"
#include "session/outgoings2s.h"
#include "session/s2slistener.h"
#include "session/s2squeries.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>
#include <QTimer>

namespace Inspector {

namespace {
/// Room for the last <r/>'s answer, then the closing handshake, and a margin.
constexpr int ShutdownGraceMs = OutgoingS2s::AckWaitMs + Ending::CloseWaitCapMs + 1000;
} // namespace

S2sSession::S2sSession(EventLog *log, const S2sOptions &options, QObject *parent)
    : Session(parent)
    , m_log(log)
    , m_options(options)
    , m_phases(new PhaseMachine<Phase>(log, QStringLiteral("s2s"), phaseTable(), this))
    , m_queries(new S2sQueries(log, options, this))
{
    // XEP-0185 §2: with the user's secret, keys verify at the user's own server; without it,
    // a fresh secret that only our own authoritative listener knows.
    m_secret = options.dialbackSecret;
    if (m_secret.isEmpty()) {
        m_secret.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
    }
    connect(m_phases, &PhaseMachineBase::timedOut, this, [this](int p) { onTimeout(Phase(p)); });
    connect(m_queries, &S2sQueries::allAnswered, this, &S2sSession::queriesDone);
}

S2sSession::~S2sSession() = default;

void S2sSession::onTimeout(Phase phase)
{
    switch (phase) {
    case Phase::Querying: // the replies that did not come in time
        m_queries->timedOut();
        return;
    case Phase::StayingOpen:
        wrapUp();
        return;
    case Phase::WrappingUp: // connections that did not close within the grace period
        finish();
        return;
    default:
        return;
    }
}

void S2sSession::note(const Phrase &text)
{
    Event e;
    e.kind = EventKind::Note;
    e.payload = NoteEventFact(text);
    m_log->append(std::move(e));
}

HostPort S2sSession::locate(const QString &domain) const
{
    const QString d = domain.toLower();
    if (m_options.resolve.contains(d))
        return m_options.resolve.value(d);
    if (d == m_options.to.toLower() && !m_options.usesDns())
        return HostPort{m_options.effectiveHost(), m_options.effectivePort()};
    return {}; // DNS, as for the first connection (RFC 6120 §3.2)
}

void S2sSession::start()
{
    OutgoingS2sConfig base;
    base.tls =
        m_options.tls == S2sOptions::Tls::Direct ? S2sOptions::Tls::Direct : S2sOptions::Tls::Auto;
    base.extraCa = m_options.extraCa;
    base.timeoutMs = m_options.timeoutMs;
    base.transport = m_options.transport;
    m_verifier = new DialbackVerifier(
        m_log, [this](const QString &d) { return locate(d); }, base, this);
    m_verifier->setDns(m_options.dns);
    connect(m_verifier, &DialbackVerifier::connectionFinished, this, &S2sSession::checkDone);

    m_useDns = m_options.usesDns();
    // Without DNS, the initiating connection is created first so that it is connection 1.
    if (!m_useDns)
        m_initiating = new OutgoingS2s(
            m_log,
            initiatingConfig(m_options.effectiveHost(), m_options.effectivePort(), m_options.tls),
            this);

    recordStart();
    if (m_initiating)
        attachInitiating();
    if (m_options.authoritative.isValid() && !startListener())
        return;
    if (m_initiating) {
        m_phases->transition(Phase::Attempting);
        m_initiating->start();
        return;
    }
    // RFC 6120 §3.2: find the candidates in DNS, then try each address in order.
    m_phases->transition(Phase::Resolving);
    if (m_options.resolver) {
        QTimer::singleShot(0, this, [this] { onDns(m_options.resolver(m_options.to)); });
        return;
    }
    m_lookup = new DnsLookup(m_options.to, false, m_options.dns, this);
    connect(m_lookup, &DnsLookup::finished, this, &S2sSession::onDns);
    m_lookup->start();
}

void S2sSession::recordStart()
{
    Event e;
    e.kind = EventKind::SessionStarted;
    const SessionStartedFact started =
        m_options.describe(m_initiating ? m_initiating->connectionId() : 0);
    const QString usageWarning = started.clientCertificateWarning();
    e.payload = started;
    m_log->append(std::move(e));
    if (!usageWarning.isEmpty())
        note(Identity::clientAuthWarning());
}

OutgoingS2sConfig S2sSession::initiatingConfig(const QString &host, quint16 port,
                                               S2sOptions::Tls tls)
{
    const bool keyed = !m_options.dialbackSecret.isEmpty() || m_options.authoritative.isValid();
    OutgoingS2sConfig c;
    c.role = QStringLiteral("initiating");
    c.from = m_options.from;
    c.to = m_options.to;
    c.host = host;
    c.port = port;
    c.tls = tls;
    c.strictTls = m_options.strictTls;
    c.extraCa = m_options.extraCa;
    c.clientCertificate = m_options.certificate;
    c.clientKey = m_options.privateKey;
    c.timeoutMs = m_options.timeoutMs;
    c.stopAfter = m_options.stopAfter;
    c.task = m_options.wantsAuthentication() ? OutgoingS2sConfig::Task::Authenticate
                                             : OutgoingS2sConfig::Task::Probe;
    c.auth = m_options.effectiveAuth();
    c.bidi = m_options.bidi;
    c.streamManagement = m_options.streamManagement;
    c.transport = m_options.transport;
    if (keyed) {
        QByteArray secret = m_secret;
        if (m_options.wrongDialbackKey) {
            secret = QByteArrayLiteral("not the secret of ") + m_options.from.toUtf8();
            note(Phrase::of(
                staticMetaObject,
                QT_TR_NOOP("Teaching variant: the dialback key is made with a secret the "
                           "authoritative server does not use, so it cannot verify.")));
        }
        const QString from = m_options.from, to = m_options.to;
        c.dialbackKey = [secret, from, to](const QString &streamId) {
            return Dialback::key(secret, to, from, streamId);
        };
    }
    c.explainPending = [this](qint64 waitedMs) {
        return explainPending(waitedMs);
    };
    return c;
}

void S2sSession::attachInitiating()
{
    connect(m_initiating, &OutgoingS2s::authenticated, this, &S2sSession::onAuthenticated);
    OutgoingS2s *attempt = m_initiating;
    connect(m_initiating, &OutgoingS2s::stanzaReceived, this,
            [this, attempt](const ElementPtr &s, bool authorized) {
                onStanza(attempt->connectionId(), s, authorized);
            });
    connect(m_initiating, &OutgoingS2s::finished, this, [this, attempt] {
        // RFC 6120 §3.2.1: a candidate that cannot be reached gives way to the next one.
        const bool unreachable =
            attempt->outcome() == Outcome::NetworkFailure && !attempt->wasConnected();
        if (m_useDns) {
            Event v;
            v.kind = EventKind::Verdict;
            v.connection = attempt->connectionId();
            const DnsAttempt &a = m_attempts.at(m_attempt);
            VerdictFact attempted = attemptVerdict(m_dns.candidates.at(a.candidate), a.address,
                                                   unreachable ? QStringLiteral("failed")
                                                               : QStringLiteral("connected"));
            attempted.candidate = a.candidate;
            if (unreachable)
                attempted.setError(attempt->error());
            v.payload = attempted;
            m_log->append(std::move(v));
        }
        if (m_useDns && unreachable && phase() == Phase::Attempting &&
            m_attempt + 1 < m_attempts.size()) {
            startAttempt(m_attempt + 1);
            return;
        }
        if (phase() != Phase::WrappingUp)
            wrapUp();
        checkDone();
    });
}

void S2sSession::onDns(const DnsFact &result)
{
    Event e;
    e.kind = EventKind::Dns;
    e.payload = result;
    m_log->append(std::move(e));
    if (phase() != Phase::Resolving)
        return; // stopped while resolving
    m_dns = result;
    m_attempts = m_dns.attempts();
    if (m_attempts.isEmpty() && !m_dns.bogus.isEmpty()) {
        // RFC 7673 §3.1-3.3: bogus answers are not used, and nothing else is tried instead.
        const BogusAnswerFact &first = m_dns.bogus.first();
        m_outcome = Outcome::ProtocolFailure;
        m_errorCode = QStringLiteral("DNSSEC-BOGUS");
        m_error = Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The DNSSEC validation of %1 %2 failed (%3): no candidate can be used."),
            {first.name, first.type, first.whyBogus});
        wrapUp();
        checkDone();
        return;
    }
    if (m_attempts.isEmpty()) {
        m_outcome = Outcome::NetworkFailure;
        m_errorCode =
            m_dns.noService ? QStringLiteral("dns-no-service") : QStringLiteral("dns-no-address");
        m_error =
            m_dns.noService
                ? Phrase::of(
                      staticMetaObject,
                      QT_TR_NOOP("%1 declares no XMPP server-to-server service (SRV target \".\", "
                                 "RFC 6120 §3.2.1)."),
                      {m_options.to})
                : Phrase::of(staticMetaObject, QT_TR_NOOP("No address found for %1 (%2)."),
                             {m_options.to, m_dns.error.isEmpty()
                                                ? Phrase::of(staticMetaObject,
                                                             QT_TR_NOOP("no SRV, A or AAAA record"))
                                                : m_dns.error});
        wrapUp();
        checkDone();
        return;
    }
    startAttempt(0);
}

void S2sSession::startAttempt(int index)
{
    m_attempt = index;
    const DnsAttempt &a = m_attempts.at(index);
    const DnsCandidateFact &c = m_dns.candidates.at(a.candidate);
    // XEP-0368 §3: an _xmpps- target speaks TLS from the first byte; an _xmpp- target STARTTLS.
    S2sOptions::Tls tls = c.directTls                                ? S2sOptions::Tls::Direct
                          : m_options.tls == S2sOptions::Tls::Direct ? S2sOptions::Tls::Auto
                                                                     : m_options.tls;
    OutgoingS2sConfig config = initiatingConfig(a.address, quint16(c.port), tls);
    // RFC 7673 §3: the TLSA records of this target, and whether DNSSEC lets them decide.
    config.dane = Dane::Expectation{c.tlsa, c.dnssecTlsa, c.daneUsable};
    m_initiating = new OutgoingS2s(m_log, config, this);
    attachInitiating();
    m_phases->transition(Phase::Attempting);
    m_initiating->start();
}

void S2sSession::stop()
{
    if (isFinished())
        return;
    note(Phrase::of(staticMetaObject, QT_TR_NOOP("Stopped by the user.")));
    wrapUp();
}

void S2sSession::onAuthenticated(const QString &method)
{
    m_authenticated = true;
    Event e;
    e.kind = EventKind::Verdict;
    e.connection = m_initiating->connectionId();
    VerdictFact v(QStringLiteral("authenticated"), QStringLiteral("success"));
    v.method = method;
    v.as = m_options.from;
    e.payload = v;
    m_log->append(std::move(e));
    if (phase() != Phase::Attempting)
        return;                                                 // wrapping up already
    m_phases->transition(Phase::Querying, m_options.timeoutMs); // the replies' timeout
    m_queries->start(m_initiating, m_listener != nullptr);
}

void S2sSession::onStanza(int connection, const ElementPtr &stanza, bool authorized)
{
    // The remote's own requests (disco of us, pings) are answered on our outgoing stream to it,
    // wherever they came from (its own connection, or ours when bidirectional).
    if (authorized && m_initiating->isAuthenticated() &&
        Bidi::domainOf(stanza->attribute(u"from")) == m_options.to.toLower()) {
        if (const ElementPtr reply = Queries::answer(*stanza))
            m_initiating->send(*reply);
    }
    m_queries->received(connection, *stanza, authorized);
}

void S2sSession::queriesDone()
{
    if (m_options.stayMs <= 0) {
        wrapUp();
        return;
    }
    if (phase() != Phase::Querying)
        return;
    note(Phrase::of(
        staticMetaObject,
        QT_TR_N_NOOP(
            "The stream stays open for %n second(s): stanzas from the console are sent on it."),
        {}, m_options.stayMs / 1000));
    m_phases->transition(Phase::StayingOpen, m_options.stayMs);
}

QString S2sSession::consoleNamespace() const
{
    return Ns::Server;
}

bool S2sSession::canSend() const
{
    return m_initiating && m_initiating->isAuthenticated() &&
           (phase() == Phase::Querying || phase() == Phase::StayingOpen);
}

bool S2sSession::send(const QVector<ElementPtr> &stanzas, QString *error)
{
    if (!canSend()) {
        *error = tr("Stanzas can be sent only on an authenticated stream that is still open.");
        return false;
    }
    for (const ElementPtr &s : stanzas)
        m_queries->send(*s);
    return true;
}

void S2sSession::wrapUp()
{
    if (isFinished())
        return;
    // Every connection closes (again: a verify connection may have started since); those that
    // do not within the grace period are cut off.
    if (phase() != Phase::WrappingUp)
        m_phases->transition(Phase::WrappingUp, ShutdownGraceMs);
    if (m_initiating)
        m_initiating->stop();
    if (m_listener)
        m_listener->stopAll();
    if (m_verifier)
        m_verifier->stopAll();
    checkDone();
}

void S2sSession::checkDone()
{
    if (phase() != Phase::WrappingUp)
        return;
    if (m_initiating && !m_initiating->isFinished())
        return;
    if (m_listener && !m_listener->allFinished())
        return;
    if (m_verifier && !m_verifier->allFinished())
        return;
    finish();
}

void S2sSession::finish()
{
    if (isFinished())
        return;
    m_phases->transition(Phase::Finished);
    if (m_listener) {
        m_listener->close();
        for (InboundS2s *c : m_listener->connections())
            c->stop();
    }
    if (m_errorCode.isEmpty() && m_initiating && m_initiating->outcome() != Outcome::Success) {
        m_outcome = m_initiating->outcome();
        m_error = m_initiating->error();
        m_errorCode = QStringLiteral("initiating"); // the connection's Error event has the code
    }
    if (m_errorCode.isEmpty() && m_options.wantsAuthentication() && !m_authenticated) {
        m_outcome = Outcome::ProtocolFailure;
        m_errorCode = QStringLiteral("not-authenticated");
        m_error = Phrase::of(staticMetaObject, QT_TR_NOOP("The stream was not authenticated."));
    }
    if (m_errorCode.isEmpty() && m_options.ping && !m_queries->pingAnswered()) {
        m_outcome = Outcome::NetworkFailure;
        m_errorCode = QStringLiteral("ping-unanswered");
        m_error = Phrase::of(staticMetaObject, QT_TR_NOOP("The ping got no answer within %1 ms."),
                             {m_options.timeoutMs});
    }
    const bool success = m_errorCode.isEmpty();
    Event e;
    e.kind = EventKind::SessionFinished;
    e.payload = SessionFinishedFact(
        success, int(m_outcome),
        success || m_errorCode == QLatin1String("initiating") ? QString() : m_errorCode,
        success ? Phrase() : m_error);
    m_log->append(std::move(e));
    Q_EMIT finished();
}

} // namespace Inspector
