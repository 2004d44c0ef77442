// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0198 on an outgoing server-to-server stream: enabled once the stream is authenticated,
// where the peer offers it, for acknowledgements only (nothing is resumed between servers);
// an <r/> before the close checks the peer's count against ours.
#include "outgoings2s.h"

#include "facts/eventfacts.h"

namespace Inspector {

using P = OutgoingS2s::Phase;

void OutgoingS2s::followStreamManagement()
{
    // An answer after a timeout or a stop finds the connection in another phase.
    connect(m_sm, &StreamManagement::enabled, this, [this] {
        if (phase() == P::SmEnableSent)
            ready();
    });
    connect(m_sm, &StreamManagement::enableFailed, this, [this] {
        if (phase() == P::SmEnableSent)
            ready(); // the stream works without it: the verdict says it was refused
    });
    connect(m_sm, &StreamManagement::acknowledged, this, [this] {
        if (phase() == P::SmAckRequested && !m_sm->isAckPending())
            beginClose();
    });
    connect(m_sm, &StreamManagement::violated, this,
            [this](const QString &code, const Phrase &message) {
                fail(Outcome::ProtocolFailure, code, message);
            });
}

bool OutgoingS2s::smPhase() const
{
    switch (phase()) {
    case P::SmEnableSent:
    case P::Authenticated:
    case P::SmAckRequested:
    case P::Closing:
        return true;
    default:
        return false;
    }
}

void OutgoingS2s::streamAuthenticated(const QString &method)
{
    m_authMethod = method;
    authoriseReverse(method);
    if (m_smOffered && m_config.streamManagement) {
        // §3: only on an authenticated stream. Servers do not resume each other's streams
        // (Prosody: "resumption on s2s is not currently supported"): no resume='true'.
        m_sm->enable(false);
        go(P::SmEnableSent, m_config.timeoutMs);
        return;
    }
    if (m_smOffered)
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer offers stream management (XEP-0198); not enabled, "
                                   "as asked.")));
    ready();
}

void OutgoingS2s::ready()
{
    go(P::Authenticated);
    Q_EMIT authenticated(m_authMethod);
}

void OutgoingS2s::smTimedOut(Phase p)
{
    if (p == P::SmEnableSent) {
        // A peer that offers the feature and then says nothing: the stream may still carry
        // stanzas, counted or not; an <enabled/> that comes later still enables it.
        VerdictFact v(QStringLiteral("sm-enable"), QStringLiteral("no-answer"));
        m_conn->verdict(v);
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("No answer to <enable/> within %1 ms (XEP-0198 §3): going on "
                                   "without stream management."),
                        {m_config.timeoutMs}));
        ready();
        return;
    }
    VerdictFact v(QStringLiteral("sm-ack"), QStringLiteral("no-answer"));
    v.sentCount = m_sm->sent();
    m_conn->verdict(v);
    note(Phrase::of(staticMetaObject,
                    QT_TR_NOOP("No answer to <r/> within %1 ms (XEP-0198 §4): what the peer "
                               "handled of the %2 stanzas sent is unknown."),
                    {qMin(m_config.timeoutMs, AckWaitMs), m_sm->sent()}));
    beginClose();
}

} // namespace Inspector
