// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbounds2s.h"

#include "net/tlsfacts.h"
#include "protocol/jid.h"
#include "session/s2sauthentication.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>

namespace Inspector {

using P = InboundS2s::Phase;

namespace {
// RFC 6120 §4.7.3: unique and unpredictable; hex keeps it a valid NMTOKEN (XEP-0220 §6.1).
QString newStreamId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString domainOf(const QString &jid)
{
    QString d = jid;
    const int slash = d.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        d.truncate(slash);
    const int at = d.indexOf(QLatin1Char('@'));
    if (at >= 0)
        d = d.mid(at + 1);
    return d.toLower();
}
} // namespace

InboundS2s::InboundS2s(EventLog *log, const InboundS2sConfig &config, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_config(config)
    , m_connectionId(log->addConnection(
          config.role,
          QStringLiteral("inbound to %1").arg(config.localDomains.join(QLatin1Char(','))),
          config.localDomains.value(0)))
    , m_conn(new StreamConnection(log, m_connectionId, this, config.transport))
    , m_phases(new PhaseMachine<Phase>(log, m_connectionId, phaseTable(), this))
    , m_end(new Ending(m_conn, m_phases, {int(P::Closing), int(P::Closed), int(P::Failed)}, this))
{
    connect(m_end, &Ending::finished, this, &InboundS2s::finished);
    connect(m_phases, &PhaseMachineBase::timedOut, this, [this](int p) {
        // A peer that trickles bytes is told apart from a silent one: both end on the timeout.
        const qint64 partial = m_conn->parser()->bytesReceived() - m_bytesAtPhase;
        fail(QStringLiteral("timeout"),
             partial > 0
                 ? Phrase::of(
                       staticMetaObject,
                       QT_TR_NOOP(
                           "The peer sent %1 more byte(s) but no complete element within %2 ms "
                           "during %3."),
                       {partial, m_config.timeoutMs, m_phases->name(Phase(p))})
                 : Phrase::of(staticMetaObject,
                              QT_TR_NOOP("The peer sent nothing for %1 ms during %2."),
                              {m_config.timeoutMs, m_phases->name(Phase(p))}),
             QStringLiteral("connection-timeout"));
    });
    connect(m_conn, &StreamConnection::headerReceived, this, &InboundS2s::onHeader);
    connect(m_conn, &StreamConnection::elementReceived, this, &InboundS2s::onElement);
    connect(m_conn, &StreamConnection::tlsEstablished, this, &InboundS2s::onTlsEstablished);
    connect(m_conn, &StreamConnection::peerClosedStream, this, [this] {
        m_conn->closeStream();
        goClosing();
        m_conn->transport()->close();
    });
    connect(m_conn, &StreamConnection::parseFailed, this, [this](const ParseError &e) {
        fail(QStringLiteral("xml-") + e.condition(),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer's XML is unacceptable at byte %1: %2"),
                        {e.offset, e.message}),
             e.condition());
    });
    connect(m_conn, &StreamConnection::cleartextDiscarded, this, [this](const QByteArray &raw) {
        fail(QStringLiteral("cleartext-after-starttls"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer sent %1 bytes of cleartext after <starttls/>."),
                        {raw.size()}));
    });
    connect(
        m_conn, &StreamConnection::transportFailed, this,
        [this](Transport::Failure, const Phrase &message) {
            if (phase() == P::Closing || m_end->hasFailed()) {
                m_conn->note(Phrase::of(staticMetaObject, QT_TR_NOOP("Transport: %1"), {message}));
            } else {
                fail(QStringLiteral("connection-lost"),
                     Phrase::of(staticMetaObject, QT_TR_NOOP("The connection failed during %1: %2"),
                                {m_phases->currentName(), message}));
            }
            if (!m_conn->transport()->isOpen())
                m_end->finish();
        });
    connect(m_conn, &StreamConnection::transportClosed, this, [this] {
        if (phase() == P::Closing)
            go(P::Closed);
        else if (!m_end->hasFailed())
            m_conn->note(Phrase::of(staticMetaObject,
                                    QT_TR_NOOP("The peer closed the TCP connection during %1."),
                                    {m_phases->currentName()}));
        m_end->finish();
    });
}

InboundS2s::~InboundS2s() = default;

InboundS2s::Phase InboundS2s::phase() const
{
    return m_phases->current();
}

bool InboundS2s::go(Phase phase, int timeoutMs)
{
    m_bytesAtPhase = m_conn->parser()->bytesReceived();
    return m_phases->transition(phase, timeoutMs);
}

void InboundS2s::goClosing()
{
    // Already closing, or failed (which closes without this phase): nothing changes.
    if (phase() != P::Closing && phase() != P::Failed)
        go(P::Closing, CloseGraceMs);
}

int InboundS2s::unauthenticatedTimeout() const
{
    // A peer that has authenticated nothing yet must make progress: a silent or trickling one
    // would otherwise hold a listener slot for as long as it likes.
    return m_dialback.hasAuthorised() || m_dialback.hasPending() ? 0 : m_config.timeoutMs;
}

TlsOptions InboundS2s::tlsOptions() const
{
    TlsOptions t;
    t.localCertificate = m_config.certificate;
    t.privateKey = m_config.privateKey;
    t.extraCa = m_config.extraCa;
    t.requestPeerCertificate = true;
    return t;
}

bool InboundS2s::accept(qintptr socketDescriptor)
{
    if (!m_conn->accept(socketDescriptor, m_config.directTls, tlsOptions()))
        return false;
    // Accepted: waiting for the peer's header (or, with direct TLS, for its handshake).
    go(P::Accepted, m_config.timeoutMs);
    if (m_config.directTls)
        go(P::TlsHandshake, m_config.timeoutMs);
    return true;
}

void InboundS2s::onTlsEstablished()
{
    go(P::TlsEstablished, m_config.timeoutMs);
}

void InboundS2s::onHeader(const StreamHeader &h)
{
    go(P::HeaderReceived, unauthenticatedTimeout());
    m_peerDomain = h.from.toLower();
    m_streamId = newStreamId();
    const QString to = h.to.toLower();
    StreamHeader ours;
    ours.from = m_config.localDomains.contains(to) ? to : m_config.localDomains.value(0);
    ours.to = h.from;
    ours.id = m_streamId;
    ours.version = QStringLiteral("1.0");
    ours.lang = QStringLiteral("en");
    ours.contentNamespace = Ns::Server;
    ours.prefixedNamespaces.insert(QStringLiteral("db"), Ns::Dialback);
    m_conn->openStream(ours);
    m_localDomain = ours.from;
    if (const ConnectionInfo *c = m_log->connection(m_connectionId)) {
        ConnectionInfo info = *c;
        info.localDomain = m_localDomain;
        info.remoteDomain = m_peerDomain;
        info.label = m_peerDomain + QStringLiteral(" → ") + m_localDomain;
        m_log->updateConnection(info);
    }
    // RFC 6120 §4.9.1.2: the header comes first, then the error.
    if (h.contentNamespace != Ns::Server) {
        fail(QStringLiteral("invalid-namespace"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer's content namespace is '%1', not jabber:server."),
                        {h.contentNamespace}),
             QStringLiteral("invalid-namespace"));
        return;
    }
    if (!m_config.localDomains.contains(to)) {
        fail(QStringLiteral("host-unknown"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer asked for '%1', which this side does not serve (%2)."),
                        {h.to, m_config.localDomains.join(QStringLiteral(", "))}),
             QStringLiteral("host-unknown"));
        return;
    }
    if (h.version.isEmpty()) {
        m_conn->note(
            Phrase::of(staticMetaObject,
                       QT_TR_NOOP("The peer is pre-1.0 (no version): no features are sent.")));
        go(P::FeaturesSent, unauthenticatedTimeout());
        return;
    }
    sendFeatures();
}

void InboundS2s::sendFeatures()
{
    Element features(Ns::Streams, QStringLiteral("features"));
    const bool encrypted = m_conn->transport()->isEncrypted();
    if (!m_saslDone) {
        if (!encrypted && !m_config.certificate.isNull())
            features.appendChild(Element(Ns::Tls, QStringLiteral("starttls")));
        // XEP-0178 §3 step 9: offer EXTERNAL only to a peer whose certificate we accept.
        if (encrypted && peerCertificateMatches(m_peerDomain)) {
            Element mechanisms(Ns::Sasl, QStringLiteral("mechanisms"));
            Element mechanism(Ns::Sasl, QStringLiteral("mechanism"));
            mechanism.appendText(QStringLiteral("EXTERNAL"));
            mechanisms.appendChild(std::move(mechanism));
            features.appendChild(std::move(mechanisms));
        }
        // XEP-0220 §2.4.2: we support dialback error conditions, so we say so.
        Element dialback(Ns::DialbackFeature, QStringLiteral("dialback"));
        dialback.appendChild(Element(Ns::DialbackFeature, QStringLiteral("errors")));
        features.appendChild(std::move(dialback));
        // XEP-0288 §2.1: STARTTLS "MUST be completed before enabling bidirectionality", so
        // the offer waits for TLS when TLS is offered.
        m_bidiOffered = m_config.offerBidi && (encrypted || m_config.certificate.isNull());
        if (m_bidiOffered)
            features.appendChild(Bidi::feature());
    }
    m_conn->send(features);
    go(P::FeaturesSent, unauthenticatedTimeout());
}

bool InboundS2s::peerCertificateMatches(const QString &domain) const
{
    // The same checks as for a server we connect to: a chain that verified, and the domain
    // proven by RFC 9525 (DNS-ID with the wildcard rules, SRV-ID _xmpp-server, XmppAddr).
    return m_conn->transport()->provesIdentity(domain, QStringLiteral("xmpp-server"));
}

void InboundS2s::onBidiRequest()
{
    const bool authenticated = m_saslDone || m_dialback.hasAuthorised();
    if (!m_bidiOffered || authenticated) {
        // RFC 6120 §4.9.3.24: an element the stream does not support here.
        fail(QStringLiteral("bidi-unexpected"),
             authenticated
                 ? Phrase::of(staticMetaObject,
                              QT_TR_NOOP("The peer asked for a bidirectional stream after it "
                                         "authenticated; XEP-0288 §2.2 asks for it before SASL or "
                                         "dialback."))
                 : Phrase::of(
                       staticMetaObject,
                       QT_TR_NOOP("The peer asked for a bidirectional stream, which this stream "
                                  "did not offer (XEP-0288 §2.1).")),
             QStringLiteral("unsupported-stanza-type"));
        return;
    }
    m_bidi.enable();
    m_conn->verdict(VerdictFact(QStringLiteral("bidi-in"), QStringLiteral("accepted")));
}

void InboundS2s::authorised(const QString &peer, const QString &local)
{
    m_dialback.authorise(InboundDialback::pair(peer, local));
    if (!m_bidi.isEnabled())
        return;
    // XEP-0288 §2.2: we were not authenticated to the peer, it was to us: we may answer as
    // `local` to the domain it proved.
    m_bidi.authorise(local, peer);
    m_conn->note(Phrase::of(
        staticMetaObject,
        QT_TR_NOOP("The stream is bidirectional: %1 may now send to %2 on it (XEP-0288 §2.2)."),
        {local, peer}));
}

bool InboundS2s::canSendBack(const QString &fromJid, const QString &toJid) const
{
    return m_bidi.allows(fromJid, toJid) && m_conn->localStreamOpen() && !m_end->isFinished();
}

void InboundS2s::onElement(const ElementPtr &element)
{
    const Element &e = *element;
    if (e.is(Ns::Streams, u"error")) {
        m_conn->note(Phrase::of(staticMetaObject, QT_TR_NOOP("The peer sent a stream error: %1"),
                                {e.firstChild() ? e.firstChild()->name() : QString()}));
        m_conn->closeStream();
        goClosing();
        m_conn->transport()->close();
        return;
    }
    if (e.is(Ns::Tls, u"starttls")) {
        if (m_config.certificate.isNull() || m_conn->transport()->isEncrypted()) {
            m_conn->send(Element(Ns::Tls, QStringLiteral("failure")));
            m_conn->closeStream();
            goClosing();
            m_conn->transport()->close();
            return;
        }
        m_conn->send(Element(Ns::Tls, QStringLiteral("proceed")));
        // RFC 6120 §5.4.3.3: nothing negotiated before TLS counts after it, and verifications
        // still under way belong to the old stream id.
        m_dialback.reset();
        m_bidi = Bidi();
        go(P::StarttlsProceed);
        m_conn->restartInbound(StreamParser::RestartMode::DiscardPending);
        go(P::TlsHandshake, m_config.timeoutMs);
        m_conn->transport()->startServerTls(tlsOptions());
        return;
    }
    if (e.is(Ns::Sasl, u"auth")) {
        onSaslAuth(e);
        return;
    }
    if (Bidi::isRequest(e)) {
        onBidiRequest();
        return;
    }
    if (Dialback::Message::isDialback(e)) {
        onDialback(Dialback::Message::fromElement(e));
        return;
    }
    if (e.namespaceUri() == Ns::Server) {
        onStanza(element);
        return;
    }
    m_conn->noteRepeated(QStringLiteral("unexpected"),
                         Phrase::of(staticMetaObject, QT_TR_NOOP("Unexpected element {%1}%2."),
                                    {e.namespaceUri(), e.name()}));
}

void InboundS2s::onSaslAuth(const Element &auth)
{
    // The peer reads the <text/> in English, whatever the interface's language.
    const auto failure = [this](const QString &condition, const Phrase &phrase) {
        const QString text = phrase.english();
        Element f(Ns::Sasl, QStringLiteral("failure"));
        f.appendChild(Element(Ns::Sasl, condition));
        Element t(Ns::Sasl, QStringLiteral("text"));
        t.appendText(text);
        f.appendChild(std::move(t));
        m_conn->send(f);
        VerdictFact v(QStringLiteral("sasl-in"), QStringLiteral("failure"));
        v.condition = condition;
        v.setText(phrase);
        m_conn->verdict(v);
    };
    if (auth.attribute(u"mechanism") != QLatin1String("EXTERNAL")) {
        failure(QStringLiteral("invalid-mechanism"),
                Phrase::of(staticMetaObject, QT_TR_NOOP("Only EXTERNAL is offered.")));
        return;
    }
    // XEP-0178 §3 step 10: the authzid, if any, must be the stream's 'from'.
    const QString payload = auth.text().trimmed();
    const QString authzid =
        payload.isEmpty() || payload == QLatin1String("=")
            ? m_peerDomain
            : QString::fromUtf8(QByteArray::fromBase64(payload.toLatin1())).toLower();
    if (authzid != m_peerDomain) {
        failure(QStringLiteral("invalid-authzid"),
                Phrase::of(
                    staticMetaObject,
                    QT_TR_NOOP("The authorization identity '%1' is not the stream's 'from' (%2)."),
                    {authzid, m_peerDomain}));
        return;
    }
    if (!peerCertificateMatches(m_peerDomain)) {
        failure(QStringLiteral("not-authorized"),
                Phrase::of(staticMetaObject,
                           QT_TR_NOOP("No trusted certificate for %1 was presented."),
                           {m_peerDomain}));
        return;
    }
    m_saslDone = true;
    // RFC 6120 §6.4.6: the stream is authenticated for the peer's domain, to ours.
    authorised(m_peerDomain, m_localDomain);
    m_conn->send(Element(Ns::Sasl, QStringLiteral("success")));
    VerdictFact v(QStringLiteral("sasl-in"), QStringLiteral("success"));
    v.domain = m_peerDomain;
    m_conn->verdict(v);
    go(P::Authenticated);
    m_conn->restartInbound(StreamParser::RestartMode::KeepPending);
}

void InboundS2s::onStanza(const ElementPtr &stanza)
{
    // RFC 6120 §8.1.1.2 and XEP-0220 §2.2.1: a stanza is accepted only for a domain pair
    // (its 'from' domain to its 'to' domain) this connection authorised; anything else is a
    // spoofing attempt or a peer bug.
    const bool authorized = m_dialback.isAuthorised(domainOf(stanza->attribute(u"from")),
                                                    domainOf(stanza->attribute(u"to")));
    if (!authorized) {
        const QStringList pairs = m_dialback.authorisedPairs();
        m_conn->noteRepeated(
            QStringLiteral("spoofing"),
            Phrase::of(staticMetaObject,
                       QT_TR_NOOP("Spoofing check: a <%1/> from '%2' to '%3' arrived on a "
                                  "connection that authorised %4."),
                       {stanza->name(), stanza->attribute(u"from"), stanza->attribute(u"to"),
                        pairs.isEmpty() ? Phrase::of(staticMetaObject, QT_TR_NOOP("no domain pair"))
                                        : Phrase(pairs.join(QStringLiteral(", ")))}));
    }
    Q_EMIT stanzaReceived(stanza, authorized);
}

void InboundS2s::send(const Element &stanza)
{
    if (m_conn->localStreamOpen())
        m_conn->send(stanza);
}

void InboundS2s::stop()
{
    if (m_end->isFinished() || phase() == P::Closing)
        return;
    if (!m_conn->transport()->isOpen()) {
        m_end->finish();
        return;
    }
    m_conn->closeStream();
    goClosing();
    m_end->closeTransport(CloseGraceMs);
}

void InboundS2s::fail(const QString &code, const Phrase &message, const QString &answerCondition)
{
    if (!m_end->fail(Outcome::ProtocolFailure, code, message))
        return;
    if (!answerCondition.isEmpty() && !m_conn->localStreamOpen()) {
        // RFC 6120 §4.9.1.2: an error in the peer's header is answered with our header first,
        // then the stream error, so the peer can read it.
        StreamHeader ours;
        ours.from = m_config.localDomains.value(0);
        ours.id = newStreamId();
        ours.version = QStringLiteral("1.0");
        ours.contentNamespace = Ns::Server;
        ours.prefixedNamespaces.insert(QStringLiteral("db"), Ns::Dialback);
        m_conn->openStream(ours);
    }
    m_end->hangUp(answerCondition, CloseGraceMs);
}

} // namespace Inspector
