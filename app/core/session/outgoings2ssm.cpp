// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0198 on an outgoing server-to-server stream: enabled once the stream is authenticated,
// where the peer offers it, for acknowledgements only (this tool asks no server to resume);
// an <r/> before the close checks the peer's count against ours.
#include "outgoings2s.h"

#include "facts/eventfacts.h"
#include "xml/namespaces.h"

namespace Inspector {

using P = OutgoingS2s::Phase;

void OutgoingS2s::followStreamManagement()
{
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
    return phase() == P::Authenticated || phase() == P::SmAckRequested || phase() == P::Closing;
}

void OutgoingS2s::streamAuthenticated(const QString &method)
{
    go(P::Authenticated);
    authoriseReverse(method);
    // §3: only once the stream is authenticated; the features that decide are the last ones
    // (after SASL's restart, or before dialback). Our count starts with the <enable/> (§4), so
    // the stream is used at once, as servers do, without waiting for <enabled/>.
    if (m_smNamespace == Ns::Sm3 && m_config.streamManagement)
        m_sm->enable(false);
    else if (m_smNamespace == Ns::Sm3)
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer offers stream management (XEP-0198); not enabled "
                                   "here (--no-sm, or a stream only for replies).")));
    else if (!m_smNamespace.isEmpty())
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer offers stream management only as %1, an older "
                                   "version than urn:xmpp:sm:3: not enabled."),
                        {m_smNamespace}));
    else if (m_smOfferedEarlier)
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("The peer offered stream management (XEP-0198) before "
                                   "authentication, and not in the features after it: not "
                                   "enabled.")));
    Q_EMIT authenticated(method);
}

bool OutgoingS2s::requestAckBeforeClose()
{
    if (phase() != P::Authenticated || !m_conn->localStreamOpen() || m_end->hasFailed())
        return false;
    if (m_sm->isEnablePending()) {
        // Offered, asked for, never answered: the peer's count, if it keeps one, is unknown.
        VerdictFact v(QStringLiteral("sm-enable"), QStringLiteral("no-answer"));
        m_conn->verdict(v);
        note(Phrase::of(staticMetaObject,
                        QT_TR_NOOP("No answer to <enable/> before the close (XEP-0198 §3): the "
                                   "stream went without stream management.")));
        return false;
    }
    if (!m_sm->isEnabled())
        return false;
    // §4: before the close, what the peer says it handled, against what we sent.
    m_sm->requestAck();
    go(P::SmAckRequested, qMin(m_config.timeoutMs, AckWaitMs));
    return true;
}

void OutgoingS2s::ackNotAnswered(const Phrase &why)
{
    VerdictFact v(QStringLiteral("sm-ack"), QStringLiteral("no-answer"));
    v.sentCount = m_sm->sent();
    m_conn->verdict(v);
    note(why);
}

void OutgoingS2s::ackTimedOut()
{
    ackNotAnswered(Phrase::of(staticMetaObject,
                              QT_TR_NOOP("No answer to <r/> within %1 ms (XEP-0198 §4): what the "
                                         "peer handled of the %2 stanzas sent is unknown."),
                              {qMin(m_config.timeoutMs, AckWaitMs), m_sm->sent()}));
    beginClose();
}

} // namespace Inspector
