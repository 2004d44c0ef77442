// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include "diagnose/findings.h"
#include "eventlog.h"
#include "net/dane.h"
#include "protocol/streamerror.h"
#include "protocol/streamfeatures.h"
#include "xml/namespaces.h"
#include "xml/streamheader.h"

#include <QJsonArray>
#include <QSet>

namespace Inspector {

namespace {
double ms(qint64 ns)
{
    return double(ns / 1000) / 1000.0; // microsecond resolution
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

/// Everything the summary accumulates while it walks the events, in order.
struct Summary::Builder::State
{
    QJsonObject config;
    int mainConnection = 0;
    QJsonObject finished;
    QString streamId, serverDomain, version;
    QStringList features, saslMechanisms;
    bool starttlsOffered = false, starttlsRequired = false, dialbackOffered = false;
    bool tlsSeen = false;
    QJsonObject tls;
    QJsonValue streamError;
    QJsonArray phases, sessionPhases, notes, stages;
    QHash<QString, qint64> firstPhaseNs;
    qint64 lastNs = 0;
    QJsonObject firstMainError;
    QJsonValue dialbackResult, dialbackError, dialbackExplanation, saslResult, saslError;
    QJsonValue authenticatedAs, authMethod, ping, disco, softwareVersion;
    QJsonArray stanzaReplies, verdicts, inboundStanzas, messagesReceived, presenceReceived;
    QJsonArray dialbackUnsolicited; // answers that correlate to no request (XEP-0220 §3.1)
    QJsonObject dns;
    QJsonArray attempts;
    QJsonValue boundJid, mechanismUsed, serverSignature, roster, message, deliveryError;
    QSet<int> tlsConnections;

    /// The lists of stanzas received stop at this many (a flood would make the summary as
    /// large as the log); inboundStanzaCount counts them all.
    static constexpr int MaxListed = 1000;
    qint64 inboundStanzaCount = 0;

    void consume(const Event &e, const ElementPtr &tree, bool holdsTree);
    void consumePhase(const Event &e);
    void consumeVerdict(const Event &e);
    /// A verdict about the main connection; false if it is not one of those kinds.
    bool consumeMainVerdict(const Event &e, const QString &what, const QJsonValue &result);
    void consumeElement(const Event &e, const ElementPtr &tree, bool holdsTree);
    void consumeFeatures(const Element &offer);
    /// Whether consume() looks at this stanza's tree (for the trees the log no longer holds,
    /// which it parses again on request): inbound stanzas on other connections than the main
    /// one, and a client's inbound presence and messages.
    bool readsStanza(const Event &e) const
    {
        if (e.direction != Direction::Inbound)
            return false;
        if (e.connection != mainConnection)
            return inboundStanzas.size() < MaxListed;
        return config.value(QStringLiteral("mode")).toString() == QLatin1String("c2s") &&
               (presenceReceived.size() < MaxListed || messagesReceived.size() < MaxListed);
    }
    QJsonObject result(const EventLog &log) const;
    /// Milliseconds between phases of the main connection (the first time each was entered).
    QJsonObject timings() const;
    QJsonArray connectionsOf(const EventLog &log) const;
    /// The DNS lookup, the attempts, and DANE for the candidate used.
    void addDns(QJsonObject *o) const;
    /// What a client session adds.
    void addClient(QJsonObject *o) const;
};

void Summary::Builder::State::consume(const Event &e, const ElementPtr &tree, bool holdsTree)
{
    lastNs = e.monotonicNs;
    switch (e.kind) {
    case EventKind::SessionStarted:
        config = e.data;
        mainConnection = e.data.value(QStringLiteral("connection")).toInt();
        break;
    case EventKind::Connection:
        // With DNS, each candidate is its own initiating connection: the latest one counts.
        if (config.value(QStringLiteral("connection")).toInt() == 0 &&
            e.data.value(QStringLiteral("role")).toString() == QLatin1String("initiating") &&
            e.data.value(QStringLiteral("localDomain")).toString() ==
                config.value(QStringLiteral("fromDomain")).toString() &&
            config.value(QStringLiteral("mode")).toString() == QLatin1String("s2s"))
            mainConnection = e.connection;
        break;
    case EventKind::SessionFinished:
        finished = e.data;
        break;
    case EventKind::Phase:
        consumePhase(e);
        break;
    case EventKind::Note:
        notes.append(QJsonObject{{QStringLiteral("atMs"), ms(e.monotonicNs)},
                                 {QStringLiteral("connection"), e.connection},
                                 {QStringLiteral("text"), e.data.value(QStringLiteral("text"))}});
        break;
    case EventKind::StreamHeader:
        if (e.connection == mainConnection && e.direction == Direction::Inbound) {
            streamId = e.data.value(QStringLiteral("id")).toString();
            // XEP-0220 §2.4.1: traditional dialback is offered by declaring its namespace on
            // the header; the stream feature (§2.4.2) adds error handling.
            dialbackOffered = dialbackOffered || StreamHeader::fromJson(e.data).declaresDialback();
            serverDomain = e.data.value(QStringLiteral("from")).toString();
            version = e.data.value(QStringLiteral("version")).toString();
        }
        break;
    case EventKind::Tls:
        tlsConnections.insert(e.connection);
        if (e.connection == mainConnection) {
            tlsSeen = true;
            tls = e.data;
        }
        break;
    case EventKind::Error:
        if (e.connection == mainConnection && firstMainError.isEmpty())
            firstMainError = e.data;
        break;
    case EventKind::Dns:
        // A lookup made for another role (a verify connection) is not the session's own.
        if (!e.data.contains(QStringLiteral("role")))
            dns = e.data;
        break;
    case EventKind::Verdict:
        consumeVerdict(e);
        break;
    case EventKind::Element:
        consumeElement(e, tree, holdsTree);
        break;
    default:
        break;
    }
}

void Summary::Builder::State::consumePhase(const Event &e)
{
    // Connection 0's are the session's own, apart from the connections' (and their timings).
    const QString name = e.data.value(QStringLiteral("name")).toString();
    QJsonObject p{{QStringLiteral("name"), name}, {QStringLiteral("atMs"), ms(e.monotonicNs)}};
    if (e.connection == 0) {
        p.insert(QStringLiteral("scope"), e.data.value(QStringLiteral("scope")));
        sessionPhases.append(p);
        return;
    }
    p.insert(QStringLiteral("connection"), e.connection);
    phases.append(p);
    if (e.connection == mainConnection && !firstPhaseNs.contains(name))
        firstPhaseNs.insert(name, e.monotonicNs);
}

void Summary::Builder::State::consumeVerdict(const Event &e)
{
    const QString what = e.data.value(QStringLiteral("what")).toString();
    if (what == QLatin1String("attempt")) {
        QJsonObject a = e.data;
        a.remove(QStringLiteral("what"));
        a.insert(QStringLiteral("connection"), e.connection);
        attempts.append(a);
    }
    const QJsonValue result = e.data.value(QStringLiteral("result"));
    QJsonObject v = e.data;
    v.insert(QStringLiteral("connection"), e.connection);
    v.insert(QStringLiteral("atMs"), ms(e.monotonicNs));
    verdicts.append(v);
    if (e.connection == mainConnection && consumeMainVerdict(e, what, result))
        return;
    if (what == QLatin1String("ping")) {
        ping = QJsonObject{
            {QStringLiteral("result"), result},
            {QStringLiteral("rttMs"), e.data.value(QStringLiteral("rttMs"))},
            {QStringLiteral("from"), e.data.value(QStringLiteral("from"))},
            {QStringLiteral("connection"), e.data.contains(QStringLiteral("replyConnection"))
                                               ? e.data.value(QStringLiteral("replyConnection"))
                                               : QJsonValue()}};
    } else if (what == QLatin1String("disco")) {
        QJsonObject d = e.data.value(QStringLiteral("disco")).toObject();
        d.insert(QStringLiteral("result"), result);
        disco = d;
    } else if (what == QLatin1String("version")) {
        QJsonObject d = e.data.value(QStringLiteral("softwareVersion")).toObject();
        d.insert(QStringLiteral("result"), result);
        softwareVersion = d;
    } else if (what == QLatin1String("dialback-unsolicited")) {
        if (dialbackUnsolicited.size() < MaxListed)
            dialbackUnsolicited.append(v);
    } else if (what == QLatin1String("stanza")) {
        stanzaReplies.append(v);
    }
}

bool Summary::Builder::State::consumeMainVerdict(const Event &e, const QString &what,
                                                 const QJsonValue &result)
{
    if (what == QLatin1String("dialback")) {
        dialbackResult = result;
        dialbackError =
            result.toString() == QLatin1String("error")
                ? QJsonValue(QJsonObject{
                      {QStringLiteral("condition"), e.data.value(QStringLiteral("condition"))},
                      {QStringLiteral("text"), e.data.value(QStringLiteral("text"))}})
                : QJsonValue();
        dialbackExplanation = e.data.value(QStringLiteral("explanation"));
    } else if (what == QLatin1String("bound")) {
        boundJid = e.data.value(QStringLiteral("jid"));
    } else if (what == QLatin1String("roster")) {
        const QJsonArray contacts = e.data.value(QStringLiteral("contacts")).toArray();
        roster = QJsonObject{{QStringLiteral("result"), result},
                             {QStringLiteral("total"), contacts.size()},
                             {QStringLiteral("contacts"), contacts}};
    } else if (what == QLatin1String("message")) {
        message = QJsonObject{{QStringLiteral("to"), e.data.value(QStringLiteral("to"))},
                              {QStringLiteral("body"), e.data.value(QStringLiteral("body"))},
                              {QStringLiteral("id"), e.data.value(QStringLiteral("id"))}};
    } else if (what == QLatin1String("delivery-error")) {
        deliveryError = e.data.value(QStringLiteral("error"));
    } else if (what == QLatin1String("sasl")) {
        mechanismUsed = e.data.value(QStringLiteral("mechanism"));
        if (e.data.contains(QStringLiteral("serverSignatureVerified")))
            serverSignature = e.data.value(QStringLiteral("serverSignatureVerified"));
        saslResult = result;
        saslError =
            result.toString() == QLatin1String("failure")
                ? QJsonValue(QJsonObject{
                      {QStringLiteral("condition"), e.data.value(QStringLiteral("condition"))},
                      {QStringLiteral("text"), e.data.value(QStringLiteral("text"))}})
                : QJsonValue();
    } else if (what == QLatin1String("authenticated")) {
        authenticatedAs = e.data.value(QStringLiteral("as"));
        authMethod = e.data.value(QStringLiteral("method"));
    } else {
        return false;
    }
    return true;
}

void Summary::Builder::State::consumeElement(const Event &e, const ElementPtr &tree, bool holdsTree)
{
    if (e.direction == Direction::Inbound && e.connection != mainConnection &&
        (tree ? tree->namespaceUri() == Ns::Server : !holdsTree)) {
        // A tree the log no longer holds is a stanza's (client or server namespace); a
        // session on other connections than the main one is a server-to-server one.
        ++inboundStanzaCount;
    }
    if (e.direction == Direction::Inbound && tree && e.connection != mainConnection &&
        tree->namespaceUri() == Ns::Server && inboundStanzas.size() < MaxListed) {
        inboundStanzas.append(
            QJsonObject{{QStringLiteral("connection"), e.connection},
                        {QStringLiteral("atMs"), ms(e.monotonicNs)},
                        {QStringLiteral("kind"), tree->name()},
                        {QStringLiteral("type"), orNull(tree->attribute(u"type"))},
                        {QStringLiteral("id"), orNull(tree->attribute(u"id"))},
                        {QStringLiteral("from"), orNull(tree->attribute(u"from"))},
                        {QStringLiteral("to"), orNull(tree->attribute(u"to"))}});
    }
    if (e.connection != mainConnection || e.direction != Direction::Inbound || !tree)
        return;
    if (tree->is(Ns::Client, u"presence") && presenceReceived.size() < MaxListed) {
        presenceReceived.append(
            QJsonObject{{QStringLiteral("from"), tree->attribute(u"from")},
                        {QStringLiteral("type"), orNull(tree->attribute(u"type"))}});
    }
    if (tree->is(Ns::Client, u"message") && messagesReceived.size() < MaxListed) {
        const ElementPtr body = tree->firstChild(Ns::Client, u"body");
        messagesReceived.append(
            QJsonObject{{QStringLiteral("from"), tree->attribute(u"from")},
                        {QStringLiteral("type"), tree->attribute(u"type")},
                        {QStringLiteral("id"), tree->attribute(u"id")},
                        {QStringLiteral("body"), body ? QJsonValue(body->text()) : QJsonValue()}});
    }
    if (tree->is(Ns::Streams, u"features"))
        consumeFeatures(*tree);
    else if (tree->is(Ns::Streams, u"error"))
        streamError = StreamError::fromElement(*tree).toJson();
}

void Summary::Builder::State::consumeFeatures(const Element &offer)
{
    const StreamFeatures f = StreamFeatures::fromElement(offer);
    features = f.names();
    if (f.saslOffered && !f.saslMechanisms.isEmpty())
        saslMechanisms = f.saslMechanisms; // the offer, not the empty list after SASL
    starttlsOffered = starttlsOffered || f.starttls;
    starttlsRequired = starttlsRequired || f.starttlsRequired;
    dialbackOffered = dialbackOffered || f.dialback;
    QJsonObject stage = f.toJson();
    stage.insert(QStringLiteral("stage"), stages.isEmpty() ? QStringLiteral("initial")
                                          : tlsSeen        ? QStringLiteral("after-tls")
                                                           : QStringLiteral("restart"));
    stage.insert(QStringLiteral("streamId"), streamId);
    stages.append(stage);
}

QJsonObject Summary::Builder::State::result(const EventLog &log) const
{
    // With DNS, the candidate that was used decides (XEP-0368: _xmpps- targets are direct TLS).
    const bool directTls =
        attempts.isEmpty()
            ? config.value(QStringLiteral("tlsMode")).toString() == QLatin1String("direct")
            : attempts.last().toObject().value(QStringLiteral("directTls")).toBool();
    const bool success = finished.value(QStringLiteral("success")).toBool(false);
    QJsonValue errorCode = finished.value(QStringLiteral("code"));
    QJsonValue failedPhase;
    if (!success && (errorCode.isNull() || errorCode.isUndefined()) && !firstMainError.isEmpty()) {
        errorCode = firstMainError.value(QStringLiteral("code"));
        failedPhase = firstMainError.value(QStringLiteral("phase"));
    }

    QJsonObject o;
    o.insert(QStringLiteral("success"), success);
    o.insert(QStringLiteral("finished"), !finished.isEmpty());
    o.insert(QStringLiteral("mode"), config.value(QStringLiteral("mode")));
    o.insert(QStringLiteral("fromDomain"), config.value(QStringLiteral("fromDomain")));
    o.insert(QStringLiteral("toDomain"), config.value(QStringLiteral("toDomain")));
    o.insert(QStringLiteral("host"), config.value(QStringLiteral("host")));
    o.insert(QStringLiteral("port"), config.value(QStringLiteral("port")));
    o.insert(QStringLiteral("tlsMode"), config.value(QStringLiteral("tlsMode")));
    o.insert(QStringLiteral("streamId"), orNull(streamId));
    o.insert(QStringLiteral("serverDomain"), orNull(serverDomain));
    o.insert(QStringLiteral("version"), orNull(version));
    o.insert(QStringLiteral("features"), QJsonArray::fromStringList(features));
    o.insert(QStringLiteral("featureStages"), stages);
    o.insert(QStringLiteral("starttlsOffered"), starttlsOffered);
    o.insert(QStringLiteral("starttlsRequired"), starttlsRequired);
    o.insert(QStringLiteral("tlsUpgraded"), tlsSeen && !directTls);
    o.insert(QStringLiteral("directTls"), directTls);
    o.insert(QStringLiteral("tls"), tlsSeen ? QJsonValue(tls) : QJsonValue());
    o.insert(QStringLiteral("saslMechanisms"), QJsonArray::fromStringList(saslMechanisms));
    o.insert(QStringLiteral("dialbackOffered"), dialbackOffered);
    o.insert(QStringLiteral("streamError"), streamError);
    o.insert(QStringLiteral("dialbackResult"),
             dialbackResult.isUndefined() ? QJsonValue() : dialbackResult);
    o.insert(QStringLiteral("dialbackError"),
             dialbackError.isUndefined() ? QJsonValue() : dialbackError);
    o.insert(QStringLiteral("dialbackUnsolicited"), dialbackUnsolicited);
    if (!dialbackExplanation.isUndefined() && !dialbackExplanation.isNull())
        o.insert(QStringLiteral("dialbackExplanation"), dialbackExplanation);
    o.insert(QStringLiteral("saslResult"), saslResult.isUndefined() ? QJsonValue() : saslResult);
    o.insert(QStringLiteral("saslError"), saslError.isUndefined() ? QJsonValue() : saslError);
    o.insert(QStringLiteral("authenticatedAs"),
             authenticatedAs.isUndefined() ? QJsonValue() : authenticatedAs);
    o.insert(QStringLiteral("authMethod"), authMethod.isUndefined() ? QJsonValue() : authMethod);
    o.insert(QStringLiteral("ping"), ping.isUndefined() ? QJsonValue() : ping);
    o.insert(QStringLiteral("disco"), disco.isUndefined() ? QJsonValue() : disco);
    o.insert(QStringLiteral("softwareVersion"),
             softwareVersion.isUndefined() ? QJsonValue() : softwareVersion);
    o.insert(QStringLiteral("stanzaReplies"), stanzaReplies);
    if (!dns.isEmpty())
        addDns(&o);
    if (config.value(QStringLiteral("mode")).toString() == QLatin1String("c2s"))
        addClient(&o);
    o.insert(QStringLiteral("verdicts"), verdicts);
    o.insert(QStringLiteral("inboundStanzas"), inboundStanzas);
    o.insert(QStringLiteral("inboundStanzaCount"), inboundStanzaCount);
    o.insert(QStringLiteral("phases"), phases);
    o.insert(QStringLiteral("sessionPhases"), sessionPhases);
    o.insert(QStringLiteral("timings"), timings());
    o.insert(QStringLiteral("latencyMs"), ms(lastNs));
    o.insert(QStringLiteral("connections"), connectionsOf(log));
    o.insert(QStringLiteral("notes"), notes);
    o.insert(QStringLiteral("error"), finished.value(QStringLiteral("error")));
    o.insert(QStringLiteral("errorCode"),
             success || errorCode.isUndefined() ? QJsonValue() : errorCode);
    o.insert(QStringLiteral("failedPhase"), failedPhase.isUndefined() ? QJsonValue() : failedPhase);
    o.insert(QStringLiteral("exitCode"), finished.value(QStringLiteral("exitCode")).toInt(1));
    if (config.contains(QStringLiteral("clientCertificate")))
        o.insert(QStringLiteral("clientCertificate"),
                 config.value(QStringLiteral("clientCertificate")));
    o.insert(QStringLiteral("findings"), Findings::fromSummary(o));
    return o;
}

QJsonObject Summary::Builder::State::timings() const
{
    QJsonObject timings;
    const auto since = [&](const char *from, const char *to) -> QJsonValue {
        const QString a = QString::fromLatin1(from), b = QString::fromLatin1(to);
        if (!firstPhaseNs.contains(a) || !firstPhaseNs.contains(b))
            return QJsonValue();
        return ms(firstPhaseNs.value(b) - firstPhaseNs.value(a));
    };
    timings.insert(QStringLiteral("tcpConnectMs"), since("connecting", "tcp_connected"));
    timings.insert(QStringLiteral("firstFeaturesMs"), since("connecting", "features_received"));
    timings.insert(QStringLiteral("tlsHandshakeMs"), since("tls_handshake", "tls_established"));
    timings.insert(QStringLiteral("starttlsMs"), since("starttls_sent", "tls_established"));
    return timings;
}

QJsonArray Summary::Builder::State::connectionsOf(const EventLog &log) const
{
    QJsonArray connections;
    for (const ConnectionInfo &c : log.connections()) {
        connections.append(QJsonObject{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("role"), c.role},
                                       {QStringLiteral("label"), c.label},
                                       {QStringLiteral("local"), orNull(c.localAddress)},
                                       {QStringLiteral("remote"), orNull(c.peerAddress)},
                                       {QStringLiteral("tls"), tlsConnections.contains(c.id)}});
    }
    return connections;
}

void Summary::Builder::State::addDns(QJsonObject *o) const
{
    QJsonObject d = dns;
    d.remove(QStringLiteral("answers"));
    o->insert(QStringLiteral("dns"), d);
    o->insert(QStringLiteral("srvSeed"), dns.value(QStringLiteral("srvSeed")));
    o->insert(QStringLiteral("attempts"), attempts);
    // RFC 7673 / RFC 6698: TLSA records of the candidate actually used against its chain.
    // Sessions recorded before the evaluation was part of the TLS facts: computed here.
    if (!attempts.isEmpty() && tlsSeen && !tls.contains(QStringLiteral("dane"))) {
        const QJsonObject used = attempts.last().toObject();
        for (const QJsonValue &v : dns.value(QStringLiteral("candidates")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("target")) == used.value(QStringLiteral("target")) &&
                c.value(QStringLiteral("port")) == used.value(QStringLiteral("port"))) {
                QJsonObject t = tls;
                t.insert(QStringLiteral("dane"),
                         Dane::match(c.value(QStringLiteral("tlsa")).toArray(),
                                     tls.value(QStringLiteral("peerCertificates")).toArray(),
                                     c.value(QStringLiteral("dnssecTlsa")).toString(),
                                     tls.value(QStringLiteral("verified")).toBool()));
                o->insert(QStringLiteral("tls"), t);
            }
        }
    }
}

void Summary::Builder::State::addClient(QJsonObject *o) const
{
    o->insert(QStringLiteral("domain"), config.value(QStringLiteral("toDomain")));
    o->insert(QStringLiteral("jid"), boundJid);
    o->insert(QStringLiteral("mechanismUsed"), mechanismUsed);
    o->insert(QStringLiteral("serverSignatureVerified"), serverSignature);
    o->insert(QStringLiteral("roster"), roster);
    o->insert(QStringLiteral("message"), message);
    o->insert(QStringLiteral("deliveryError"), deliveryError);
    o->insert(QStringLiteral("messagesReceived"), messagesReceived);
    o->insert(QStringLiteral("presenceReceived"), presenceReceived);
}

Summary::Builder::Builder()
    : m_state(std::make_unique<State>())
{}

Summary::Builder::~Builder() = default;

bool Summary::Builder::update(const EventLog &log, int maxEvents)
{
    if (log.size() < m_consumed)
        reset();
    const int end = log.size() - m_consumed > maxEvents ? m_consumed + maxEvents : log.size();
    for (; m_consumed < end; ++m_consumed) {
        const Event &e = log.at(m_consumed);
        ElementPtr tree;
        const bool held = e.kind == EventKind::Element && log.holdsTree(m_consumed);
        if (e.kind == EventKind::Element && (held || m_state->readsStanza(e)))
            tree = log.element(m_consumed);
        m_state->consume(e, tree, held);
    }
    return m_consumed == log.size();
}

void Summary::Builder::reset()
{
    m_state = std::make_unique<State>();
    m_consumed = 0;
}

QJsonObject Summary::Builder::result(const EventLog &log) const
{
    return m_state->result(log);
}

QJsonObject Summary::build(const EventLog &log)
{
    Builder builder;
    builder.update(log);
    return builder.result(log);
}

} // namespace Inspector
