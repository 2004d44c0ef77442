// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/element.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Inspector {

/**
 * XEP-0288 on one server-to-server stream: whether it was made bidirectional, and which
 * domain pairs it carries against its own direction. §2.2: "the receiving server MUST only
 * send stanzas for which it has been authenticated": with SASL the stream's 'to' to its
 * 'from', with dialback "the inverse of any domain pair that has been used in a dialback
 * request". Domains are compared as bare, lowercased domains.
 */
class Bidi
{
public:
    /// <bidi xmlns='urn:xmpp:features:bidi'/>, the offer in <stream:features/> (§2.1).
    static Element feature();
    /// <bidi xmlns='urn:xmpp:bidi'/>, the request; it gets no answer (§2.2).
    static Element request();
    static bool isRequest(const Element &element);
    /// The domain of a JID ("user@Domain/res" → "domain").
    static QString domainOf(const QString &jid);

    bool isEnabled() const { return m_enabled; }
    void enable() { m_enabled = true; }
    /// Allows stanzas from `from` to `to` (domains) on the stream, if it is bidirectional.
    void authorise(const QString &from, const QString &to);
    /// Whether a stanza with these 'from' and 'to' addresses belongs on the stream against
    /// its direction.
    bool allows(const QString &fromJid, const QString &toJid) const;
    /// "from → to" for each pair allowed, for notes.
    QStringList pairs() const;
    /// True the first time a pair is refused, so each is reported once.
    bool firstRefusal(const QString &fromJid, const QString &toJid);

private:
    static QString key(const QString &from, const QString &to);

    bool m_enabled = false;
    QSet<QString> m_allowed;
    QSet<QString> m_refused;
};

} // namespace Inspector
