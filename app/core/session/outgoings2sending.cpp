// SPDX-License-Identifier: GPL-3.0-or-later
// How an outgoing server-to-server connection ends: the peer's close, broken XML or
// transport, a timeout, our own failure or close.
#include "outgoings2s.h"

#include "facts/eventfacts.h"
#include "trace/eventlog.h"

namespace Inspector {

using P = OutgoingS2s::Phase;

void OutgoingS2s::onPeerClosedStream()
{
    if (phase() == P::Closing) {
        m_conn->transport()->close();
        return;
    }
    if (m_end->hasFailed()) {
        m_conn->closeStream();
        m_conn->transport()->close();
        return;
    }
    if (phase() == P::Authenticated && m_sm->isEnablePending()) {
        VerdictFact v(QStringLiteral("sm-enable"), QStringLiteral("no-answer"));
        m_conn->verdict(v);
    }
    if (phase() == P::SmAckRequested)
        ackNotAnswered(Phrase::of(staticMetaObject,
                                  QT_TR_NOOP("The peer closed its stream without answering "
                                             "<r/> (XEP-0198 §4): what it handled of the %1 "
                                             "stanzas sent is unknown."),
                                  {m_sm->sent()}));
    if (phase() == P::Authenticated || phase() == P::SmAckRequested) {
        // RFC 6120 §4.4: either side may end an established stream; we answer in kind.
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer closed the authenticated stream; closing ours.")));
        beginClose();
        return;
    }
    m_conn->closeStream();
    fail(Outcome::ProtocolFailure, QStringLiteral("peer-closed-stream"),
         Phrase::of(staticMetaObject,
                    QT_TR_NOOP("The peer closed its stream during %1 without a stream error."),
                    {m_phases->currentName()}));
}

void OutgoingS2s::onParseFailed(const ParseError &error)
{
    // Tell the peer why, as RFC 6120 §4.9.3 asks, then close.
    fail(Outcome::ProtocolFailure, QStringLiteral("xml-") + error.condition(),
         Phrase::of(staticMetaObject, QT_TR_NOOP("The peer's XML is unacceptable at byte %1: %2"),
                    {error.offset, error.message}),
         QString(), error.condition());
}

void OutgoingS2s::onCleartextDiscarded(const QByteArray &raw)
{
    fail(Outcome::ProtocolFailure, QStringLiteral("cleartext-after-proceed"),
         Phrase::of(
             staticMetaObject,
             QT_TR_NOOP("The peer sent %1 bytes of cleartext after <proceed/> (RFC 6120 §5.4.2.3: "
                        "TLS must start right after it)."),
             {raw.size()}));
}

void OutgoingS2s::onTransportFailed(Transport::Failure failure, const Phrase &message)
{
    if (phase() == P::Closing || m_end->hasFailed() || m_end->isFinished()) {
        note(Phrase::of(staticMetaObject, QT_TR_NOOP("Transport: %1"), {message}));
        if (!m_conn->transport()->isOpen())
            m_end->finish();
        return;
    }
    switch (failure) {
    case Transport::Failure::Connect:
        fail(Outcome::NetworkFailure, QStringLiteral("connect-failed"),
             Phrase::of(staticMetaObject, QT_TR_NOOP("Could not connect to %1:%2: %3"),
                        {m_config.host, m_config.port, message}));
        break;
    case Transport::Failure::TlsHandshake:
        fail(Outcome::ProtocolFailure, QStringLiteral("tls-handshake-failed"),
             Phrase::of(staticMetaObject, QT_TR_NOOP("The TLS handshake failed: %1"), {message}));
        break;
    case Transport::Failure::Timeout:
    case Transport::Failure::ConnectionLost:
    case Transport::Failure::Refused:
    case Transport::Failure::Other:
        fail(Outcome::NetworkFailure, QStringLiteral("connection-lost"),
             Phrase::of(staticMetaObject, QT_TR_NOOP("The connection failed during %1: %2"),
                        {m_phases->currentName(), message}));
        break;
    }
    if (!m_conn->transport()->isOpen())
        m_end->finish();
}

void OutgoingS2s::onTransportClosed()
{
    if (phase() == P::Closing) {
        if (m_conn->peerStreamOpen())
            note(Phrase::of(staticMetaObject,
                            QT_TR_NOOP("The peer closed TCP without closing its stream.")));
        go(P::Closed);
        m_end->finish();
        return;
    }
    if (!m_end->hasFailed()) {
        fail(Outcome::NetworkFailure, QStringLiteral("connection-lost"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer closed the TCP connection during %1."),
                        {m_phases->currentName()}));
    }
    m_end->finish();
}

void OutgoingS2s::onTimeout(Phase p)
{
    if (p == P::Closing) {
        m_end->closeTimedOut();
        return;
    }
    if (p == P::SmAckRequested) {
        ackTimedOut();
        return;
    }
    if (p == P::DialbackSent) {
        const Phrase why =
            m_config.explainPending ? m_config.explainPending(m_dialbackSent.elapsed()) : Phrase();
        VerdictFact verdict(QStringLiteral("dialback"), QStringLiteral("pending"));
        verdict.streamId = m_lastStreamId;
        verdict.explanation = why.english();
        verdict.explanationPhrase = why;
        m_conn->verdict(verdict);
        fail(Outcome::NetworkFailure, QStringLiteral("dialback-pending"),
             Phrase::of(staticMetaObject, QT_TR_NOOP("No dialback verdict within %1 ms. %2"),
                        {m_config.timeoutMs, why}));
        return;
    }
    const qint64 partial = m_conn->parser()->bytesReceived() - m_bytesAtPhase;
    fail(Outcome::NetworkFailure, QStringLiteral("timeout"),
         partial > 0
             ? Phrase::of(
                   staticMetaObject,
                   QT_TR_NOOP("The peer sent %1 more byte(s) but no complete element within %2 ms "
                              "during %3."),
                   {partial, m_config.timeoutMs, m_phases->name(p)})
             : Phrase::of(staticMetaObject,
                          QT_TR_NOOP("No answer from the peer within %1 ms during %2."),
                          {m_config.timeoutMs, m_phases->name(p)}));
}

void OutgoingS2s::fail(Outcome outcome, const QString &code, const Phrase &message,
                       const QString &streamErrorCondition, const QString &answerCondition)
{
    if (m_end->fail(outcome, code, message, streamErrorCondition))
        m_end->hangUp(answerCondition);
}

void OutgoingS2s::beginClose()
{
    // XEP-0198 §4: what we handled, acknowledged right before the closing tag.
    if (!m_end->isFinished() && !m_end->hasFailed() && phase() != P::Closing &&
        m_conn->localStreamOpen())
        m_sm->acknowledge();
    m_end->close(m_config.timeoutMs);
}

} // namespace Inspector
