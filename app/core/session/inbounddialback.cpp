// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbounddialback.h"

#include "protocol/dialback.h"

#include <algorithm>

namespace Inspector {

InboundDialback::Pair InboundDialback::pair(const QString &sender, const QString &receiver)
{
    return {Dialback::normalizedDomain(sender), Dialback::normalizedDomain(receiver)};
}

InboundDialback::Request InboundDialback::request(const QString &sender, const QString &receiver,
                                                  const QString &streamId)
{
    const Pair p = pair(sender, receiver);
    // XEP-0220 §2.1.1: a server sends a new key only for a pair that is neither verified nor
    // being verified; one verification per pair and stream is enough.
    if (m_authorised.contains(p))
        return Request::AlreadyAuthorised;
    if (m_pending.contains({p, streamId}))
        return Request::AlreadyPending;
    if (m_pending.size() >= MaxPending)
        return Request::TooMany;
    m_pending.insert({p, streamId});
    return Request::Verify;
}

InboundDialback::Answer InboundDialback::verified(const QString &sender, const QString &receiver,
                                                  const QString &streamId,
                                                  const QString &currentStreamId,
                                                  const QString &type, const QString &condition)
{
    const Pair p = pair(sender, receiver);
    Answer a;
    // XEP-0220 §2.1.2: the answer belongs to the connection "uniquely identified by the
    // combination of the 'from', 'to', and 'id' attributes"; one for a stream that has been
    // restarted since (after TLS: RFC 6120 §5.4.3.3) is dropped.
    if (!m_pending.remove({p, streamId}) || streamId != currentStreamId) {
        a.stale = true;
        return a;
    }
    if (type == QLatin1String("valid")) {
        a.type = type;
        a.authorise = true;
        return a;
    }
    if (type == QLatin1String("invalid")) {
        refuseSender(p.first);
        if (hasAuthorised()) {
            a.type = QStringLiteral("error");
            a.condition = QStringLiteral("forbidden");
            a.keptOthers = true;
        } else {
            a.type = type;
            a.closeStream = true;
        }
        return a;
    }
    a.type = QStringLiteral("error");
    a.condition = condition;
    return a;
}

void InboundDialback::refuseSender(const QString &sender)
{
    const QString s = Dialback::normalizedDomain(sender);
    m_authorised.removeIf([&s](const Pair &p) { return p.first == s; });
}

bool InboundDialback::isAuthorised(const QString &senderDomain, const QString &receiverDomain) const
{
    return m_authorised.contains(pair(senderDomain, receiverDomain));
}

QStringList InboundDialback::authorisedPairs() const
{
    QStringList out;
    for (const Pair &p : m_authorised)
        out << p.first + QStringLiteral(" → ") + p.second;
    std::sort(out.begin(), out.end());
    return out;
}

void InboundDialback::reset()
{
    m_pending.clear();
    m_authorised.clear();
}

} // namespace Inspector
