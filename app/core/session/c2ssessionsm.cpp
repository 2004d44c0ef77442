// SPDX-License-Identifier: GPL-3.0-or-later
// The client session's stream management (XEP-0198): enabled after binding, an <r/> after the
// actions, and the two connections of a resumption test.
#include "c2ssession.h"

#include "session/clientactions.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>

namespace Inspector {

using P = C2sSession::Phase;

namespace {
/// How long a resumption test waits for its message after the server's <a/>.
constexpr int DeliveryWindowMs = 3000;
} // namespace

void C2sSession::followStreamManagement()
{
    // An answer that comes after a stop or a timeout finds the session in another phase.
    connect(m_sm, &StreamManagement::enabled, this, [this](bool resumable) {
        if (phase() != P::SmEnableSent)
            return;
        go(P::SmEnabled);
        if (!m_options.smDrop) {
            m_actions->next();
            return;
        }
        // Out of the parser's loop: what arrived before the drop is parsed, and counted,
        // before the point to resume from is taken.
        QMetaObject::invokeMethod(
            this, [this, resumable] { dropForResume(resumable); }, Qt::QueuedConnection);
    });
    connect(m_sm, &StreamManagement::enableFailed, this, [this] {
        if (phase() != P::SmEnableSent)
            return;
        if (m_options.smDrop)
            fail(Outcome::ProtocolFailure, QStringLiteral("sm-enable-failed"),
                 Phrase::of(staticMetaObject,
                            QT_TR_NOOP("The server refused to enable stream management: "
                                       "nothing to resume (XEP-0198 §3).")));
        else
            m_actions->next();
    });
    connect(m_sm, &StreamManagement::acknowledged, this, [this] {
        if (phase() != P::SmAckRequested || m_sm->isAckPending())
            return;
        if (!m_options.resumeFrom.isValid()) {
            beginClose();
        } else if (m_sm->arrivals(m_options.resumeFrom.testMessageId) > 0) {
            judgeResumption();
        } else if (!m_awaitingTestMessage) {
            // A server may route the message to us after answering <r/> (ejabberd does):
            // it has until the delivery window ends.
            m_awaitingTestMessage = true;
            m_phases->rearm(DeliveryWindowMs);
        }
    });
    connect(m_sm, &StreamManagement::resumed, this, [this] {
        if (phase() != P::SmResumeSent)
            return;
        go(P::SmResumed);
        m_sm->requestAck();
        go(P::SmAckRequested, m_options.timeoutMs);
    });
    connect(m_sm, &StreamManagement::resumeFailed, this, [this](const QString &condition) {
        if (phase() != P::SmResumeSent)
            return;
        fail(Outcome::ProtocolFailure, QStringLiteral("sm-resume-failed"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The server refused to resume the session it had enabled "
                                   "for resumption: <failed/> with <%1/> (XEP-0198 §5)."),
                        {condition}));
    });
    connect(m_sm, &StreamManagement::violated, this,
            [this](const QString &code, const Phrase &message) {
                fail(Outcome::ProtocolFailure, code, message);
            });
}

void C2sSession::afterBind()
{
    if (m_smOffered && (m_options.streamManagement || m_options.smDrop)) {
        m_sm->enable();
        go(P::SmEnableSent, m_options.timeoutMs);
        return;
    }
    if (m_options.smDrop) {
        fail(Outcome::ProtocolFailure, QStringLiteral("sm-not-offered"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The server does not offer stream management "
                                   "(urn:xmpp:sm:3) after binding: nothing to resume.")));
        return;
    }
    m_actions->next();
}

void C2sSession::actionsDone()
{
    // XEP-0198 §4: the server's count of what it handled, checked against what we sent.
    if (m_sm->isEnabled() && !m_end->hasFailed() && m_conn->localStreamOpen()) {
        m_sm->requestAck();
        go(P::SmAckRequested, m_options.timeoutMs);
        return;
    }
    beginClose();
}

void C2sSession::ackTimedOut()
{
    if (m_awaitingTestMessage) {
        judgeResumption();
        return;
    }
    VerdictFact v(QStringLiteral("sm-ack"), QStringLiteral("no-answer"));
    v.sentCount = m_sm->sent();
    m_conn->verdict(v);
    if (m_options.resumeFrom.isValid()) {
        fail(Outcome::ProtocolFailure, QStringLiteral("sm-no-ack"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The resumed stream did not answer <r/> within %1 ms: what "
                                   "it handled is unknown (XEP-0198 §4)."),
                        {m_options.timeoutMs}));
        return;
    }
    beginClose();
}

void C2sSession::enableTimedOut()
{
    VerdictFact v(QStringLiteral("sm-enable"), QStringLiteral("no-answer"));
    m_conn->verdict(v);
    const Phrase why = Phrase::of(staticMetaObject,
                                  QT_TR_NOOP("The server did not answer <enable/> within %1 ms "
                                             "(XEP-0198 §3)."),
                                  {m_options.timeoutMs});
    if (m_options.smDrop) {
        fail(Outcome::ProtocolFailure, QStringLiteral("sm-enable-failed"), why);
        return;
    }
    note(why);
    m_actions->next(); // an <enabled/> that comes later still enables it
}

void C2sSession::dropForResume(bool resumable)
{
    if (phase() != P::SmEnabled)
        return; // stopped, or failed, meanwhile
    if (!resumable) {
        VerdictFact v(QStringLiteral("sm-resume"), QStringLiteral("not-offered"));
        m_conn->verdict(v);
        fail(Outcome::ProtocolFailure, QStringLiteral("sm-resume-not-offered"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The server enabled stream management without resumption "
                                   "(no resume='true' and id in <enabled/>, XEP-0198 §5).")));
        return;
    }
    // A message to our own full JID: the server routes it back to this stream, which is gone
    // before it can arrive; after the resumption it must arrive exactly once, sent again by
    // the server, or by us if the server says it never handled it.
    const QString id = QStringLiteral("sm-resume-test-%1")
                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    Element message(Ns::Client, QStringLiteral("message"));
    message.setAttribute(QStringLiteral("to"), m_boundJid.isEmpty() ? m_options.jid : m_boundJid);
    message.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    message.setAttribute(QStringLiteral("id"), id);
    Element body(Ns::Client, QStringLiteral("body"));
    body.appendText(QStringLiteral("Stream management resumption test"));
    message.appendChild(std::move(body));
    const QString from = m_boundJid.isEmpty() ? m_options.jid : m_boundJid;
    m_sm->watch(id, from);
    m_conn->send(message);
    // Like a network that goes away: what the kernel has not delivered yet may be lost, and
    // the server's h after the resumption says whether the message reached it.
    m_dropped = true;
    go(P::SmDropped);
    m_conn->transport()->flush();
    m_conn->transport()->abort(); // what arrived before is still read, and counted
    m_point = m_sm->point(id);
    m_point.jid = from;
    note(Phrase::of(staticMetaObject,
                    QT_TR_NOOP("TCP dropped without closing the stream, after %1 stanzas sent "
                               "and %2 handled, to resume the session on a new connection."),
                    {m_point.sent, m_point.handled}));
    m_end->finish();
}

void C2sSession::resume()
{
    if (!m_smOffered)
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The server does not offer stream management on the new "
                                   "stream; trying to resume all the same.")));
    m_sm->watch(m_options.resumeFrom.testMessageId, m_options.resumeFrom.jid,
                m_options.resumeFrom.testMessageSeen);
    m_sm->resume(m_options.resumeFrom);
    go(P::SmResumeSent, m_options.timeoutMs);
}

void C2sSession::testMessageArrived()
{
    if (m_awaitingTestMessage && m_sm->arrivals(m_options.resumeFrom.testMessageId) > 0)
        judgeResumption();
}

void C2sSession::judgeResumption()
{
    m_awaitingTestMessage = false;
    const int seen = m_sm->arrivals(m_options.resumeFrom.testMessageId);
    VerdictFact v(QStringLiteral("sm-resume-test"),
                  seen == 1 ? QStringLiteral("works") : QStringLiteral("broken"));
    v.testMessage = seen == 0   ? QStringLiteral("lost")
                    : seen == 1 ? QStringLiteral("delivered-once")
                                : QStringLiteral("delivered-%1-times").arg(seen);
    v.id = m_options.resumeFrom.testMessageId;
    v.peerResent = m_sm->receivedSinceResume();
    m_conn->verdict(v);
    if (seen == 1) {
        beginClose();
        return;
    }
    fail(Outcome::ProtocolFailure, QStringLiteral("sm-resume-lost"),
         seen == 0 ? Phrase::of(staticMetaObject,
                                QT_TR_NOOP("The session resumed, but the message sent just "
                                           "before the drop never arrived: it was lost "
                                           "(XEP-0198 §5)."))
                   : Phrase::of(staticMetaObject,
                                QT_TR_NOOP("The session resumed, but the message sent just "
                                           "before the drop arrived %1 times (XEP-0198 §5)."),
                                {seen}));
}

} // namespace Inspector
