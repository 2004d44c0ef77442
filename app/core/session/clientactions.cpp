// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientactions.h"

#include "protocol/caps.h"
#include "protocol/queries.h"
#include "protocol/streamerror.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <algorithm>
#include <iterator>

namespace Inspector {

using P = C2sSession::Phase;
using Action = C2sSession::Action;

namespace {
constexpr int DeliveryWindowMs = 3000;
const QString Roster = QStringLiteral("jabber:iq:roster");
} // namespace

// The messages are the session's, in its translation context.
ClientActions::ClientActions(EventLog *log, const C2sOptions &options, StreamConnection *connection,
                             PhaseMachine<C2sSession::Phase> *phases, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_options(options)
    , m_conn(connection)
    , m_phases(phases)
    , m_actions(
          new PhaseMachine<Action>(log, QStringLiteral("c2s"), C2sSession::actionTable(), this))
{}

void ClientActions::next()
{
    // The actions asked for, in a fixed order; one that waits for something (a reply, a
    // delivery window) calls this again when it is done, and the next one asked for follows.
    static const Action order[] = {Action::Discover, Action::Stanzas, Action::Roster,
                                   Action::Message,  Action::Ping,    Action::StayOnline};
    const Action *next = std::find(std::begin(order), std::end(order), m_actions->current());
    next = next == std::end(order) ? std::begin(order) : next + 1;
    if (m_actions->current() != Action::Done) {
        for (; next != std::end(order); ++next) {
            if (start(*next))
                return;
        }
        m_actions->transition(Action::Done);
    }
    Q_EMIT done();
}

bool ClientActions::start(Action action)
{
    switch (action) {
    case Action::Discover:
        if (!m_options.disco)
            return false;
        m_actions->transition(action);
        discover(QStringLiteral("disco-1"), m_options.domain(),
                 m_capsNode.isEmpty() ? QString() : m_capsNode + u'#' + m_capsVer);
        return true;
    case Action::Stanzas:
        if (m_options.stanzas.isEmpty())
            return false;
        m_actions->transition(action);
        for (const ElementPtr &s : std::as_const(m_options.stanzas))
            m_conn->send(*s);
        return false; // nothing to wait for: the next action follows at once
    case Action::Roster:
        if (!m_options.roster)
            return false;
        m_actions->transition(action);
        askRoster();
        return true; // the reply moves on (replied)
    case Action::Message:
        if (m_options.sendTo.isEmpty())
            return false;
        m_actions->transition(action);
        sendMessage();
        return true;
    case Action::Ping: {
        if (m_options.pingJid.isEmpty())
            return false;
        m_actions->transition(action);
        const QString id = QStringLiteral("ping-1");
        Q_EMIT awaiting(id);
        m_pingSentNs = m_log->elapsedNs();
        m_conn->send(Queries::iqGet(Ns::Client, QString(), m_options.pingJid, id, Ns::Ping,
                                    QStringLiteral("ping")));
        m_phases->transition(P::PingSent, m_options.timeoutMs);
        return true;
    }
    case Action::StayOnline:
        if (m_options.stayMs <= 0)
            return false;
        m_actions->transition(action);
        m_conn->send(Element(Ns::Client, QStringLiteral("presence")));
        m_phases->transition(P::Online, m_options.stayMs);
        return true;
    case Action::Idle:
    case Action::Done:
        break;
    }
    return false;
}

void ClientActions::askRoster()
{
    Element iq(Ns::Client, QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    const QString id = QStringLiteral("roster-1");
    Q_EMIT awaiting(id);
    iq.setAttribute(QStringLiteral("id"), id);
    iq.appendChild(Element(Roster, QStringLiteral("query")));
    m_conn->send(iq);
    m_phases->rearm(m_options.timeoutMs);
}

void ClientActions::setServerCaps(const QString &node, const QString &ver, const QString &hash)
{
    m_capsNode = node;
    m_capsVer = ver;
    m_capsHash = hash;
}

void ClientActions::discover(const QString &id, const QString &to, const QString &node)
{
    Element iq(Ns::Client, QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), to);
    iq.setAttribute(QStringLiteral("id"), id);
    Element query(Queries::DiscoInfo, QStringLiteral("query"));
    if (!node.isEmpty()) // XEP-0115 §6.2: the node the capabilities name
        query.setAttribute(QStringLiteral("node"), node);
    iq.appendChild(std::move(query));
    Q_EMIT awaiting(id);
    m_conn->send(iq);
    m_phases->rearm(m_options.timeoutMs);
}

void ClientActions::discovered(const Element &iq, VerdictFact v, const QString &asked)
{
    // The answer of the entity asked (the server may leave 'from' out for itself): another
    // sender's is recorded, and its features are not taken for the server's.
    const QString from = iq.attribute(u"from");
    const bool ownAnswer = from.isEmpty() || from.compare(asked, Qt::CaseInsensitive) == 0;
    if (!ownAnswer)
        v.unexpectedSender = true;
    const bool result = ownAnswer && iq.attribute(u"type") == QLatin1String("result");
    if (result)
        v.disco = Queries::discoInfo(iq);
    v.from = from;
    m_conn->verdict(v);
    const ElementPtr query = iq.firstChild(Queries::DiscoInfo, u"query");
    if (v.what != QLatin1String("disco") || m_capsVer.isEmpty() || !query || !result)
        return;
    // XEP-0115 §5.4: the ver the features announced, computed again from the answer.
    VerdictFact caps(QStringLiteral("caps"), QStringLiteral("unknown-hash"));
    caps.expected = m_capsVer;
    caps.method = m_capsHash;
    if (const Phrase why = Caps::illFormed(*query); !why.isEmpty()) {
        caps.result = QStringLiteral("ill-formed");
        caps.setError(why);
    } else if (const std::optional<QString> ver =
                   Caps::ver(Caps::verificationString(*query), m_capsHash)) {
        caps.received = *ver;
        caps.result = *ver == m_capsVer ? QStringLiteral("verified") : QStringLiteral("mismatch");
    }
    m_conn->verdict(caps);
}

void ClientActions::sendMessage()
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
    VerdictFact sent(QStringLiteral("message"), QStringLiteral("sent"));
    sent.to = m_options.sendTo;
    sent.body = m_options.body;
    sent.id = m_messageId;
    m_conn->verdict(sent);
    // An error for it may come back later: watch for a while (RFC 6120 §8.3).
    m_phases->transition(P::MessageSent, qMin(m_options.timeoutMs, DeliveryWindowMs));
}

void ClientActions::replied(const Element &iq, const QString &type,
                            const std::optional<StanzaError> &error)
{
    const QString id = iq.attribute(u"id");
    VerdictFact v({}, type);
    v.stanzaError = error;
    if (!error)
        v.error = TextFact::null();
    if (id == QLatin1String("disco-1")) {
        v.what = QStringLiteral("disco");
        discovered(iq, v, m_options.domain());
        // The account's own features: the message archive is the user's (XEP-0313).
        discover(QStringLiteral("disco-2"), m_options.jid);
        return;
    }
    if (id == QLatin1String("disco-2")) {
        v.what = QStringLiteral("disco-account");
        discovered(iq, v, m_options.jid);
    } else if (id.startsWith(QLatin1String("roster-"))) {
        v.what = QStringLiteral("roster");
        v.contacts = Queries::rosterContacts(iq);
        m_conn->verdict(v);
        m_phases->transition(P::RosterReceived);
    } else if (id.startsWith(QLatin1String("ping-"))) {
        v.what = QStringLiteral("ping");
        v.rttMs = double((m_log->elapsedNs() - m_pingSentNs) / 1000) / 1000.0;
        v.from = iq.attribute(u"from");
        v.replyConnection = m_conn->id();
        m_conn->verdict(v);
    }
    next();
}

void ClientActions::messageError(const Element &e)
{
    if (m_messageId.isEmpty() || e.attribute(u"id") != m_messageId)
        return;
    const ElementPtr error = e.firstChild(Ns::Client, u"error");
    VerdictFact v(QStringLiteral("delivery-error"), QStringLiteral("error"));
    v.id = m_messageId;
    v.from = e.attribute(u"from");
    // An error without its <error/> child still ends delivery (RFC 6120 §8.3.1).
    v.stanzaError = error ? StanzaError::fromElement(*error) : StanzaError();
    m_conn->verdict(v);
}

void ClientActions::pingTimedOut()
{
    m_conn->verdict(VerdictFact(QStringLiteral("ping"), QStringLiteral("timeout")));
    Q_EMIT failed(Outcome::NetworkFailure, QStringLiteral("ping-timeout"),
                  Phrase("Inspector::C2sSession",
                         QT_TRANSLATE_NOOP("Inspector::C2sSession",
                                           "No answer to the ping of %1 within %2 ms."),
                         {m_options.pingJid, m_options.timeoutMs}));
}

} // namespace Inspector
