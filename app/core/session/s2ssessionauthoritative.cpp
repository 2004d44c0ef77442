// SPDX-License-Identifier: GPL-3.0-or-later
// The session's authoritative server for its own domain (--authoritative, XEP-0220 §2.1.2):
// the listener the remote's receiving server connects back to, and what it saw.
#include "s2ssession.h"

#include "session/dialbackverifier.h"
#include "session/inbounds2s.h"
#include "session/s2slistener.h"
#include "trace/eventlog.h"

namespace Inspector {

HostPort S2sSession::authoritativeAddress() const
{
    if (!m_listener || !m_listener->isListening())
        return {};
    return HostPort{m_listener->serverAddress().toString(), m_listener->serverPort()};
}

bool S2sSession::startListener()
{
    InboundS2sConfig l;
    l.role = QStringLiteral("authoritative");
    l.localDomains = {m_options.from.toLower()};
    l.certificate = m_options.certificate;
    l.privateKey = m_options.privateKey;
    l.extraCa = m_options.extraCa;
    l.dialbackSecret = m_secret;
    l.timeoutMs = m_options.timeoutMs;
    m_listener = new S2sListener(m_log, l, this, m_options.acceptor);
    connect(m_listener, &S2sListener::connectionAccepted, this, &S2sSession::onInbound);
    connect(m_listener, &S2sListener::connectionFinished, this, &S2sSession::checkDone);
    const QHostAddress address(m_options.authoritative.host);
    if (address.isNull() || !m_listener->listen(address, m_options.authoritative.port)) {
        m_outcome = Outcome::NetworkFailure;
        m_errorCode = QStringLiteral("listen-failed");
        m_error = address.isNull()
                      ? Phrase::of(staticMetaObject,
                                   QT_TR_NOOP("The authoritative listener needs an IP address, not "
                                              "'%1'."),
                                   {m_options.authoritative.host})
                      : Phrase::of(staticMetaObject, QT_TR_NOOP("Cannot listen on %1: %2"),
                                   {m_options.authoritative.toString(), m_listener->errorString()});
        finish();
        return false;
    }
    note(Phrase::of(staticMetaObject, QT_TR_NOOP("Authoritative server for %1 listening on %2."),
                    {m_options.from, authoritativeAddress().toString()}));
    return true;
}

void S2sSession::onInbound(InboundS2s *connection)
{
    connect(connection, &InboundS2s::verifyNeeded, this,
            [this, connection](const Dialback::Message &request) {
                m_verifier->verify(connection, request);
            });
    connect(connection, &InboundS2s::stanzaReceived, this,
            [this, connection](const ElementPtr &stanza, bool authorized) {
                onStanza(connection->connectionId(), stanza, authorized);
            });
    if (phase() == Phase::WrappingUp)
        connection->stop();
}

Phrase S2sSession::explainPending(qint64 waitedMs) const
{
    if (!m_listener) {
        return Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The receiving server asks the authoritative server of %1 (as DNS "
                       "names it) to confirm the key: check that server is reachable "
                       "from %2 and uses the dialback secret given here."),
            {m_options.from, m_options.to});
    }
    if (m_listener->acceptedCount() == 0) {
        return Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("Nothing arrived at %3 within %4 s: %1 never connected back to the "
                       "authoritative server for %2. %1 finds that server through its own DNS "
                       "lookup of %2: the SRV records _xmpp-server._tcp.%2 (or, without them, "
                       "the A/AAAA records of %2) must point to %3 as %1 sees them, and %3 "
                       "must be reachable from %1."),
            {m_options.to, m_options.from, authoritativeAddress().toString(),
             QString::number(double(waitedMs) / 1000.0, 'f', 1)});
    }
    if (m_listener->verifyRequestsAnswered() == 0) {
        return Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("%1 connected back %2 time(s) but sent no <db:verify/>; Prosody "
                       "sends it only after its own dialback on that connection is "
                       "answered (see the verify connections)."),
            {m_options.to, m_listener->acceptedCount()});
    }
    return Phrase::of(
        staticMetaObject,
        QT_TR_NOOP("The authoritative listener answered %1 <db:verify/> request(s), but "
                   "no verdict reached our stream."),
        {m_listener->verifyRequestsAnswered()});
}

} // namespace Inspector
