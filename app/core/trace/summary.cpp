// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include "eventlog.h"
#include "summarystate.h"
#include "xml/namespaces.h"
#include "xml/streamheader.h"

namespace Inspector {

namespace {
double ms(qint64 ns)
{
    return double(ns / 1000) / 1000.0; // microsecond resolution
}
} // namespace

void Summary::Builder::State::consume(const Event &e, const ElementPtr &tree, bool holdsTree)
{
    lastNs = e.monotonicNs;
    switch (e.kind) {
    case EventKind::SessionStarted:
        config = e.payload.as<SessionStartedFact>();
        mainConnection = int(config.connection.value_or(0));
        break;
    case EventKind::Connection: {
        // With DNS, each candidate is its own initiating connection: the latest one counts.
        const ConnectionInfo &c = e.payload.as<ConnectionInfo>();
        if (config.connection.value_or(0) == 0 && c.role == QLatin1String("initiating") &&
            c.localDomain == config.fromDomain.value && config.mode.value == QLatin1String("s2s") &&
            e.connection != mainConnection) {
            // What the earlier candidate's connection failed with, and its timings, are not
            // the new one's. Nothing else of it is there to reset: a session moves on to the
            // next candidate only when the earlier one was never connected (RFC 6120 §3.2.1),
            // so it has no stream, features or TLS of its own.
            mainConnection = e.connection;
            firstMainError.reset();
            firstError.reset();
            firstPhaseNs.clear();
        }
        break;
    }
    case EventKind::SessionFinished:
        if (const auto *end = e.payload.get<SessionFinishedFact>())
            finished = *end;
        break;
    case EventKind::Phase:
        consumePhase(e);
        break;
    case EventKind::Note: {
        const NoteEventFact &note = e.payload.as<NoteEventFact>();
        s.notes.append({ms(e.monotonicNs), e.connection, note.text, note.phrase});
        break;
    }
    case EventKind::StreamHeader:
        if (e.connection == mainConnection && e.direction == Direction::Inbound) {
            const StreamHeader &header = e.payload.as<StreamHeader>();
            s.streamId = header.id;
            // XEP-0220 §2.4.1: traditional dialback is offered by declaring its namespace on
            // the header; the stream feature (§2.4.2) adds error handling.
            s.dialbackOffered = s.dialbackOffered || header.declaresDialback();
            s.serverDomain = header.from;
            s.version = header.version;
        }
        break;
    case EventKind::Tls:
        tlsConnections.insert(e.connection);
        if (e.connection == mainConnection) {
            tlsSeen = true;
            s.tls = e.payload.as<TlsFact>();
        }
        break;
    case EventKind::Error:
        if (const auto *error = e.payload.get<ErrorEventFact>()) {
            if (e.connection == mainConnection && !firstMainError)
                firstMainError = *error;
            if (!firstError)
                firstError = *error;
        }
        break;
    case EventKind::Dns: {
        // A lookup made for another role (a verify connection) is not the session's own.
        const DnsFact &dns = e.payload.as<DnsFact>();
        if (!dns.forOtherRole())
            s.dns = dns;
        break;
    }
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
    const PhaseEventFact &phase = e.payload.as<PhaseEventFact>();
    if (e.connection == 0) {
        s.sessionPhases.append({phase.name, ms(e.monotonicNs), 0, phase.scope});
        return;
    }
    s.phases.append({phase.name, ms(e.monotonicNs), e.connection, {}});
    if (e.connection == mainConnection && !firstPhaseNs.contains(phase.name))
        firstPhaseNs.insert(phase.name, e.monotonicNs);
}

void Summary::Builder::State::consumeVerdict(const Event &e)
{
    const VerdictFact v = e.verdict();
    if (v.what == QLatin1String("attempt"))
        s.attempts.append(AttemptFact::fromVerdict(v));
    s.verdicts.append(v);
    if (e.connection == mainConnection && consumeMainVerdict(v))
        return;
    if (v.what == QLatin1String("ping")) {
        s.ping = v;
    } else if (v.what == QLatin1String("disco")) {
        s.disco = v;
    } else if (v.what == QLatin1String("version")) {
        s.softwareVersion = v;
    } else if (v.what == QLatin1String("dialback-unsolicited")) {
        if (s.dialbackUnsolicited.size() < MaxListed)
            s.dialbackUnsolicited.append(v);
    } else if (v.what == QLatin1String("stanza")) {
        s.stanzaReplies.append(v);
    }
}

bool Summary::Builder::State::consumeMainVerdict(const VerdictFact &v)
{
    if (v.what == QLatin1String("dialback")) {
        s.dialback = v;
    } else if (v.what == QLatin1String("bound")) {
        s.bound = v;
    } else if (v.what == QLatin1String("roster")) {
        s.roster = v;
    } else if (v.what == QLatin1String("message")) {
        s.message = v;
    } else if (v.what == QLatin1String("delivery-error")) {
        s.deliveryError = v;
    } else if (v.what == QLatin1String("sasl")) {
        VerdictFact sasl = v;
        // A verdict that does not say keeps what an earlier one said about the signature.
        if (!sasl.serverSignatureVerified.isRecorded() && s.sasl)
            sasl.serverSignatureVerified = s.sasl->serverSignatureVerified;
        s.sasl = sasl;
    } else if (v.what == QLatin1String("authenticated")) {
        s.authenticated = v;
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
        ++s.inboundStanzaCount;
    }
    if (e.direction == Direction::Inbound && tree && e.connection != mainConnection &&
        tree->namespaceUri() == Ns::Server && s.inboundStanzas.size() < MaxListed) {
        s.inboundStanzas.append({e.connection, ms(e.monotonicNs), tree->name(),
                                 tree->attribute(u"type"), tree->attribute(u"id"),
                                 tree->attribute(u"from"), tree->attribute(u"to")});
    }
    if (e.connection != mainConnection || e.direction != Direction::Inbound || !tree)
        return;
    consumeClientStanza(*tree);
    if (tree->is(Ns::Streams, u"features"))
        consumeFeatures(*tree);
    else if (tree->is(Ns::Streams, u"error"))
        s.streamError = StreamError::fromElement(*tree);
}

void Summary::Builder::State::consumeClientStanza(const Element &stanza)
{
    if (stanza.is(Ns::Client, u"presence") && s.presenceReceived.size() < MaxListed)
        s.presenceReceived.append({stanza.attribute(u"from"), stanza.attribute(u"type")});
    if (stanza.is(Ns::Client, u"message") && s.messagesReceived.size() < MaxListed) {
        const ElementPtr body = stanza.firstChild(Ns::Client, u"body");
        s.messagesReceived.append({stanza.attribute(u"from"), stanza.attribute(u"type"),
                                   stanza.attribute(u"id"),
                                   body ? std::optional<QString>(body->text()) : std::nullopt});
    }
}

void Summary::Builder::State::consumeFeatures(const Element &offer)
{
    const StreamFeatures f = StreamFeatures::fromElement(offer);
    s.features = f.names();
    if (f.saslOffered && !f.saslMechanisms.isEmpty())
        s.saslMechanisms = f.saslMechanisms; // the offer, not the empty list after SASL
    s.starttlsOffered = s.starttlsOffered || f.starttls;
    s.starttlsRequired = s.starttlsRequired || f.starttlsRequired;
    s.dialbackOffered = s.dialbackOffered || f.dialback;
    const QString stage = s.featureStages.isEmpty() ? QStringLiteral("initial")
                          : tlsSeen                 ? QStringLiteral("after-tls")
                                                    : QStringLiteral("restart");
    s.featureStages.append({stage, s.streamId, f});
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

SessionSummary Summary::Builder::result(const EventLog &log) const
{
    return m_state->result(log);
}

SessionSummary Summary::build(const EventLog &log)
{
    Builder builder;
    builder.update(log);
    return builder.result(log);
}

} // namespace Inspector
