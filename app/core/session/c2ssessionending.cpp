// SPDX-License-Identifier: GPL-3.0-or-later
// How a client session ends: its timeouts, a failure, the close, and the record of the end.
#include "c2ssession.h"

#include "session/clientactions.h"
#include "session/clientroute.h"
#include "trace/eventlog.h"

namespace Inspector {

using P = C2sSession::Phase;

void C2sSession::onTransportFailed(Transport::Failure f, const Phrase &message)
{
    if (phase() == P::Closing || m_end->hasFailed()) {
        note(Phrase::of(staticMetaObject, QT_TR_NOOP("Transport: %1"), {message}));
    } else if (f == Transport::Failure::Connect && !m_connected && m_route &&
               m_route->failed(message)) {
        return;
    } else if (f == Transport::Failure::TlsHandshake) {
        fail(Outcome::ProtocolFailure, QStringLiteral("tls-handshake-failed"),
             Phrase::of(staticMetaObject, QT_TR_NOOP("The TLS handshake failed: %1"), {message}));
    } else if (f == Transport::Failure::Refused) {
        // The server's own reason (XEP-0124 §17, RFC 6455 §4.1): not the network's.
        fail(Outcome::ProtocolFailure,
             m_conn->overBosh() ? QStringLiteral("session-terminated")
                                : QStringLiteral("handshake-refused"),
             message);
    } else {
        fail(Outcome::NetworkFailure,
             f == Transport::Failure::Connect ? QStringLiteral("connect-failed")
                                              : QStringLiteral("connection-lost"),
             Phrase::of(staticMetaObject, QT_TR_NOOP("%1:%2 — %3"), {m_host, m_port, message}));
    }
    if (!m_conn->transport()->isOpen())
        m_end->finish();
}

void C2sSession::onTimeout(Phase p)
{
    switch (p) {
    case P::MessageSent:
        m_actions->next(); // the watch window ended without a delivery error
        return;
    case P::Online:
        actionsDone(); // the stay is over
        return;
    case P::PingSent:
        m_actions->pingTimedOut();
        return;
    case P::Closing:
        m_end->closeTimedOut();
        return;
    case P::SmAckRequested:
        ackTimedOut();
        return;
    case P::SmEnableSent:
        enableTimedOut();
        return;
    case P::RegisterQuerySent:
        registrationTimedOut();
        return;
    default:
        fail(Outcome::NetworkFailure, QStringLiteral("timeout"),
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("No answer from the server within %1 ms during %2."),
                        {m_options.timeoutMs, m_phases->name(p)}));
    }
}

void C2sSession::fail(Outcome outcome, const QString &code, const Phrase &message)
{
    if (m_end->fail(outcome, code, message))
        m_end->hangUp();
}

void C2sSession::beginClose()
{
    // XEP-0198 §4: what we handled, acknowledged right before the closing tag.
    if (!m_end->isFinished() && !m_end->hasFailed() && phase() != P::Closing &&
        m_conn->localStreamOpen())
        m_sm->acknowledge();
    m_end->close(m_options.timeoutMs);
}

void C2sSession::onFinished()
{
    // The resumption's connection goes on with the session; a run records its own end.
    if (m_dropped || m_options.partOfRun) {
        Q_EMIT finished();
        return;
    }
    Event e;
    e.kind = EventKind::SessionFinished;
    const bool failed = m_end->hasFailed();
    SessionFinishedFact end(!failed, int(m_end->outcome()), {}, failed ? m_end->error() : Phrase());
    end.code = {}; // the error event has it
    e.payload = end;
    m_log->append(std::move(e));
    Q_EMIT finished();
}

} // namespace Inspector
