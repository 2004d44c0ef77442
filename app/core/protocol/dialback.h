// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/streamerror.h"
#include "xml/element.h"

#include <QByteArray>
#include <QString>

namespace Inspector {

/// Server Dialback (XEP-0220) elements and the XEP-0185 key.
namespace Dialback {

/**
 * XEP-0185 §3: HMAC-SHA256 keyed with the lowercase hex of SHA-256(secret), over
 * "Receiving Originating StreamID", as lowercase hex. (Keying with the raw digest gives a
 * different, wrong key.) The stream id is the one the receiving server sent on that stream.
 */
QString key(const QByteArray &secret, const QString &receiving, const QString &originating,
            const QString &streamId);
/// Constant-time comparison of two keys.
bool keysEqual(const QString &a, const QString &b);
/// A domain as dialback compares it: lower case, without a trailing dot (RFC 7622 §3.2).
QString normalizedDomain(const QString &domain);

struct Message
{
    enum class Kind { Result, Verify };
    Kind kind = Kind::Result;
    QString from;
    QString to;
    QString id;   // db:verify: the stream id the key was generated for; db:result answers echo it
    QString type; // empty for a request; valid | invalid | error for an answer
    QString key;
    StanzaError error; // for type='error' (XEP-0220 §2.5)

    bool isRequest() const { return type.isEmpty(); }
    /**
     * XEP-0220 §2.1.1, §2.1.2, §3.1: whether this is the answer to `request`: the same kind,
     * 'from' and 'to' swapped (domains compared case-insensitively), and for <db:verify/> the
     * same id. An answer that correlates to no request sent on the stream is "unsolicited"
     * and must never count as a verdict.
     */
    bool answers(const Message &request) const;
    /// "db:result from='a' to='b'" (with id for db:verify): how a request or answer is named
    /// in notes and findings.
    QString describe() const;
    static bool isDialback(const Element &e);
    static Message fromElement(const Element &e);
    Element toElement() const;
};

} // namespace Dialback
} // namespace Inspector
