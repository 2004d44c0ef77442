// SPDX-License-Identifier: GPL-3.0-or-later
// Server Dialback on a connection we accepted (XEP-0220): answering <db:verify/> as the
// authoritative server, and <db:result/> requests as the receiving server.
#include "inbounds2s.h"

#include "protocol/jid.h"
#include "session/s2sauthentication.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

namespace Inspector {

using P = InboundS2s::Phase;

void InboundS2s::answerVerify(const Dialback::Message &m, bool ours)
{
    // XEP-0220 §2.1.2: we are the authoritative server; recompute the key we would have
    // generated for that stream and compare.
    Dialback::Message answer;
    answer.kind = Dialback::Message::Kind::Verify;
    answer.from = m.to;
    answer.to = m.from;
    answer.id = m.id;
    QString result;
    if (!ours) {
        answer.type = QStringLiteral("error");
        result = QStringLiteral("error");
    } else {
        const QString expected = Dialback::key(m_config.dialbackSecret, m.from, m.to, m.id);
        result = Dialback::keysEqual(expected, m.key) ? QStringLiteral("valid")
                                                      : QStringLiteral("invalid");
        answer.type = result;
    }
    Element reply = answer.toElement();
    if (!ours)
        reply.appendChild(dialbackError(QStringLiteral("item-not-found"), {}));
    m_conn->send(reply);
    ++m_verifyAnswered;
    VerdictFact v(QStringLiteral("verify-answered"), result);
    v.id = m.id;
    v.receiving = m.from;
    v.originating = m.to;
    m_conn->verdict(v);
}

void InboundS2s::onDialback(const Dialback::Message &m)
{
    if (!m.isRequest()) {
        // XEP-0220 §2.2: we send no requests on a connection we accepted, so no answer can
        // belong here (without XEP-0288); §3.1: an unsolicited answer decides nothing.
        const S2sAuthentication::Step step = S2sAuthentication::unsolicited(m, {});
        m_conn->verdict(*step.verdict);
        m_conn->noteRepeated(QStringLiteral("dialback-unsolicited"), step.note);
        return;
    }
    const bool ours = m_config.localDomains.contains(m.to.toLower());
    if (m.kind == Dialback::Message::Kind::Verify) {
        answerVerify(m, ours);
        return;
    }
    // <db:result/>: the peer wants to send as m.from to m.to over this connection.
    if (!Jid::domain(m.from).isValid()) {
        // RFC 6120 §4.9.3.7: a missing or malformed sender address.
        fail(QStringLiteral("improper-addressing"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer asked for dialback as '%1', which is not a domain."),
                        {m.from}),
             QStringLiteral("improper-addressing"));
        return;
    }
    if (!ours) {
        // XEP-0220 §2.2.1: a dialback error, not a stream error: other pairs may use the stream.
        if (sendDialbackResult(
                m.from, m.to, QStringLiteral("error"), QStringLiteral("item-not-found"),
                // The peer reads the text in English, whatever the interface's language.
                Phrase::of(staticMetaObject, QT_TR_NOOP("This side does not serve %1."), {m.to})
                    .english()))
            recordDialbackIn(m.from, m.to, QStringLiteral("error"), QStringLiteral("error"),
                             QStringLiteral("item-not-found"));
        return;
    }
    switch (m_dialback.request(m.from, m.to, m_streamId)) {
    case InboundDialback::Request::Verify:
        break;
    case InboundDialback::Request::AlreadyPending:
    case InboundDialback::Request::AlreadyAuthorised:
        m_conn->noteRepeated(
            QStringLiteral("dialback-again"),
            Phrase::of(
                staticMetaObject,
                QT_TR_NOOP("A second <db:result/> for %1 → %2, which is already %3; ignored."),
                {m.from, m.to,
                 m_dialback.isAuthorised(m.from, m.to)
                     ? Phrase::of(staticMetaObject, QT_TR_NOOP("authorised"))
                     : Phrase::of(staticMetaObject, QT_TR_NOOP("being verified"))}));
        return;
    case InboundDialback::Request::TooMany:
        if (sendDialbackResult(
                m.from, m.to, QStringLiteral("error"), QStringLiteral("resource-constraint"),
                Phrase::of(staticMetaObject, QT_TR_NOOP("At most %1 verifications at once."),
                           {InboundDialback::MaxPending})
                    .english()))
            recordDialbackIn(m.from, m.to, QStringLiteral("error"), QStringLiteral("error"),
                             QStringLiteral("resource-constraint"));
        return;
    }
    // Verifications have their own timeout (the verify connection's) from here.
    m_phases->cancelTimeout();
    Dialback::Message request = m;
    request.id = m_streamId; // the key is bound to the stream id we sent on this connection
    Q_EMIT verifyNeeded(request);
}

Element InboundS2s::dialbackError(const QString &condition, const QString &text)
{
    // XEP-0220 §2.5: the <error/> child is "implicitly qualified by the 'jabber:server'
    // namespace" (written unprefixed inside <db:result/>, as in its examples), and holds a
    // stanza error condition.
    Element error(Ns::Server, QStringLiteral("error"));
    error.setAttribute(QStringLiteral("type"), QStringLiteral("cancel"));
    error.appendChild(Element(Ns::StanzaErrors, condition));
    if (!text.isEmpty()) {
        Element t(Ns::StanzaErrors, QStringLiteral("text"));
        t.appendText(text);
        error.appendChild(std::move(t));
    }
    return error;
}

bool InboundS2s::sendDialbackResult(const QString &sender, const QString &receiver,
                                    const QString &type, const QString &condition,
                                    const QString &text)
{
    Dialback::Message answer;
    answer.from = receiver;
    answer.to = sender;
    answer.type = type;
    Element reply = answer.toElement();
    if (type == QLatin1String("error"))
        reply.appendChild(dialbackError(condition, text));
    return m_conn->send(reply);
}

void InboundS2s::recordDialbackIn(const QString &sender, const QString &receiver,
                                  const QString &result, const QString &sent,
                                  const QString &condition)
{
    VerdictFact v(QStringLiteral("dialback-in"), result);
    v.sent = sent;
    v.domain = sender;
    v.localDomain = receiver;
    v.condition = condition.isEmpty() ? TextFact::null() : TextFact(condition);
    m_conn->verdict(v);
}

void InboundS2s::answerDialback(const Dialback::Message &request, const QString &type,
                                const QString &condition, const Phrase &note)
{
    if (m_end->isFinished())
        return; // the initiating server went away while its key was being verified
    const InboundDialback::Answer a =
        m_dialback.verified(request.from, request.to, request.id, m_streamId, type, condition);
    if (a.stale) {
        m_conn->note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("A verification for %1 → %2 arrived for stream %3, which has been "
                       "restarted since; dropped (XEP-0220 §2.1.2)."),
            {request.from, request.to, request.id}));
        return;
    }
    if (!note.isEmpty())
        m_conn->note(note);
    if (!sendDialbackResult(request.from, request.to, a.type, a.condition)) {
        m_conn->note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The answer for %1 → %2 could not be sent: the connection is closing."),
            {request.from, request.to}));
        return;
    }
    recordDialbackIn(request.from, request.to, type, a.type, a.condition);
    if (a.authorise) {
        authorised(request.from, request.to);
        if (phase() == P::FeaturesSent)
            go(P::Authenticated);
    } else if (a.keptOthers) {
        m_conn->note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The key for %1 → %2 is invalid; answered with a <forbidden/> dialback "
                       "error so the domain pairs already authorised on this stream stay "
                       "(XEP-0220 §2.1.2)."),
            {request.from, request.to}));
    } else if (a.closeStream) {
        // XEP-0220 §2.2.1: "MUST NOT accept stanzas from the Initiating Server for the Sender
        // Domain, ought to log the attempt, and MUST close the XML stream".
        m_conn->note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The key for %1 → %2 is invalid: the peer may be spoofing %1; the stream "
                       "is closed (XEP-0220 §2.2.1)."),
            {request.from, request.to}));
        m_conn->closeStream();
        goClosing();
        m_end->closeTransport(CloseGraceMs);
        return;
    }
    // A peer left with nothing authorised and nothing under way must make progress again.
    if (!m_dialback.hasAuthorised() && !m_dialback.hasPending() &&
        (phase() == P::FeaturesSent || phase() == P::HeaderReceived))
        m_phases->rearm(m_config.timeoutMs);
}

} // namespace Inspector
