// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Inspector {

/**
 * The receiving server's dialback state on one inbound stream (XEP-0220 §2.2.1): which domain
 * pairs are being verified — each bound to the stream id its key was made for — and which are
 * authorised, and what a verification result means for the answer and the stream. It decides;
 * the inbound connection sends and records.
 */
class InboundDialback
{
public:
    /// The sender's domain and ours, normalised (lower case, no trailing dot).
    using Pair = QPair<QString, QString>;
    /// Verifications one stream may have under way at once; more are answered with
    /// <resource-constraint/>, so a peer cannot make us open connections without end.
    static constexpr int MaxPending = 8;

    static Pair pair(const QString &sender, const QString &receiver);

    enum class Request { Verify, AlreadyPending, AlreadyAuthorised, TooMany };
    /// A <db:result/> asks to authorise sender → receiver on the stream with id `streamId`.
    Request request(const QString &sender, const QString &receiver, const QString &streamId);

    struct Answer
    {
        bool stale = false;       // for a stream that has been restarted since: drop it
        QString type;             // what to send: valid, invalid or error
        QString condition;        // with error
        bool authorise = false;   // the pair may send stanzas now
        bool closeStream = false; // XEP-0220 §2.2.1: after "invalid"
        bool keptOthers = false;  // "invalid" answered with <forbidden/> to keep other pairs
    };
    /// What the result of a verification (valid, invalid, or error with its condition) means
    /// on the stream whose id is now `currentStreamId`.
    Answer verified(const QString &sender, const QString &receiver, const QString &streamId,
                    const QString &currentStreamId, const QString &type, const QString &condition);
    /// Records that the pair is authorised (the answer was sent).
    void authorise(const Pair &pair) { m_authorised.insert(pair); }
    /// The sender lied about a key: none of its pairs is accepted any more (§2.2.1).
    void refuseSender(const QString &sender);

    bool isAuthorised(const QString &senderDomain, const QString &receiverDomain) const;
    bool hasAuthorised() const { return !m_authorised.isEmpty(); }
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// "a → b" for each authorised pair, sorted.
    QStringList authorisedPairs() const;
    /// RFC 6120 §5.4.3.3: after TLS nothing learnt before it counts.
    void reset();

private:
    struct Pending
    {
        Pair pair;
        QString streamId;
        bool operator==(const Pending &o) const { return pair == o.pair && streamId == o.streamId; }
    };
    friend size_t qHash(const Pending &p, size_t seed)
    {
        return qHashMulti(seed, p.pair, p.streamId);
    }

    QSet<Pending> m_pending;
    QSet<Pair> m_authorised;
};

} // namespace Inspector
