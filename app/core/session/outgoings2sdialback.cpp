// SPDX-License-Identifier: GPL-3.0-or-later
// Server Dialback on an outgoing connection (XEP-0220): our <db:result/> request as the
// originating server, our <db:verify/> to an authoritative server, and correlating what the
// peer answers with what was asked on this stream.
#include "outgoings2s.h"

#include "session/s2sauthentication.h"
#include "trace/eventlog.h"

namespace Inspector {

using P = OutgoingS2s::Phase;
using Task = OutgoingS2sConfig::Task;

void OutgoingS2s::requestSent()
{
    m_requestSentAt = m_conn->parser()->bytesReceived();
}

bool OutgoingS2s::answeredTooEarly(const Element &answer)
{
    // An answer must come in bytes that arrived after the request was sent: one that was
    // already in the data received with (or before) the features cannot answer it.
    if (m_conn->parser()->bytesReceived() > m_requestSentAt)
        return false;
    ignoreDialbackAnswer(Dialback::Message::fromElement(answer), true);
    return true;
}

void OutgoingS2s::ignoreDialbackAnswer(const Dialback::Message &answer, bool beforeRequest)
{
    // The answer to our own request after its verdict or timeout (a slow authoritative
    // server) is late, not a lie; anything else is unsolicited.
    const bool ours = !beforeRequest &&
                      ((!m_dialbackRequest.from.isEmpty() && answer.answers(m_dialbackRequest)) ||
                       (m_config.task == Task::Verify && answer.answers(m_config.verify)));
    if (ours && phase() != P::DialbackSent && phase() != P::VerifySent) {
        m_conn->noteRepeated(
            QStringLiteral("dialback-late"),
            Phrase::of(staticMetaObject,
                       QT_TR_NOOP("Ignored <%1/>: it answers our request, but after its verdict or "
                                  "timeout."),
                       {answer.describe()}));
        return;
    }
    const S2sAuthentication::Step step =
        S2sAuthentication::unsolicited(answer, beforeRequest ? QString() : awaitedAnswer());
    m_conn->verdict(*step.verdict);
    m_conn->noteRepeated(QStringLiteral("dialback-unsolicited"), step.note);
}

QString OutgoingS2s::awaitedAnswer() const
{
    Dialback::Message awaited;
    if (phase() == P::DialbackSent)
        awaited = m_dialbackRequest;
    else if (phase() == P::VerifySent)
        awaited = m_config.verify;
    else
        return {};
    std::swap(awaited.from, awaited.to);
    awaited.key.clear();
    return awaited.describe();
}

void OutgoingS2s::startDialback()
{
    // XEP-0220 §2.1.1: the key is bound to the stream id the receiving server gave us.
    Dialback::Message request;
    request.from = m_config.from;
    request.to = m_config.to;
    request.key = m_config.dialbackKey(m_lastStreamId);
    m_conn->send(request.toElement());
    request.key.clear(); // only what the answer must correlate to is kept
    m_dialbackRequest = request;
    m_dialbackSent.start();
    requestSent();
    go(P::DialbackSent, m_config.timeoutMs);
}

void OutgoingS2s::onDialbackAnswer(const Dialback::Message &answer)
{
    if (!answer.answers(m_dialbackRequest)) {
        ignoreDialbackAnswer(answer, false); // keep waiting for the real one until the timeout
        return;
    }
    S2sAuthentication::Step step = m_auth.dialbackAnswer(m_dialbackRequest, answer, m_lastStreamId);
    // The receiving server could not reach our authoritative server (XEP-0220 §2.5): say
    // where that connection had to arrive and whether anything did.
    const QString condition = step.verdict ? step.verdict->condition.text() : QString();
    if (m_config.explainPending && (condition == QLatin1String("remote-server-not-found") ||
                                    condition == QLatin1String("remote-connection-failed"))) {
        const Phrase why = m_config.explainPending(m_dialbackSent.elapsed());
        step.verdict->explanation = why.english();
        step.verdict->explanationPhrase = why;
    }
    if (!record(step))
        return;
    streamAuthenticated(QStringLiteral("dialback"));
}

void OutgoingS2s::onVerifyAnswer(const Dialback::Message &answer)
{
    // XEP-0220 §2.1.2: "The Receiving Server MUST ensure that the values of the
    // 'from', 'to' and 'id' attributes correlate to a request that was sent over the
    // same XML stream"; anything else is unsolicited (§3.1) and decides nothing.
    if (!answer.answers(m_config.verify)) {
        ignoreDialbackAnswer(answer, false);
        return;
    }
    VerdictFact v(QStringLiteral("verify"), answer.type);
    v.id = answer.id;
    v.domain = answer.from;
    v.condition =
        answer.type == QLatin1String("error") ? TextFact(answer.error.condition) : TextFact::null();
    m_conn->verdict(v);
    Q_EMIT verifyAnswered(answer);
    beginClose();
}

} // namespace Inspector
