// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0288 on an outgoing connection: asking for a bidirectional stream, and deciding which
// stanzas the peer sends back on it are its own.
#include "outgoings2s.h"

#include "trace/eventlog.h"

namespace Inspector {

void OutgoingS2s::requestBidi(const StreamFeatures &f)
{
    if (!m_config.bidi)
        return;
    if (!f.bidi) {
        // Never unoffered: a server that does not expect it ends the stream
        // (Prosody: <unsupported-stanza-type/>).
        VerdictFact v(QStringLiteral("bidi"), QStringLiteral("not-offered"));
        v.offeredBeforeTls = m_bidiOfferedBeforeTls;
        m_conn->verdict(v);
        note(
            m_bidiOfferedBeforeTls
                ? Phrase::of(
                      staticMetaObject,
                      QT_TR_NOOP(
                          "No bidirectional stream requested: the peer offered it only before TLS, "
                          "and STARTTLS must complete before it is enabled (XEP-0288 §2.1)."))
                : Phrase::of(
                      staticMetaObject,
                      QT_TR_NOOP(
                          "No bidirectional stream requested: the peer does not offer it (XEP-0288 "
                          "§2.1), so its replies travel on its own connection to us.")));
        return;
    }
    // §2.2: no answer comes; the request goes in the same flight as <auth/> or <db:result/>.
    m_conn->send(Bidi::request());
    m_bidi.enable();
    VerdictFact v(QStringLiteral("bidi"), QStringLiteral("requested"));
    v.encrypted = m_conn->transport()->isEncrypted();
    m_conn->verdict(v);
}

void OutgoingS2s::authoriseReverse(const QString &method)
{
    if (!m_bidi.isEnabled())
        return;
    // §2.2: SASL authorises the stream's 'to' towards its 'from'; dialback the inverse of the
    // pair we asked for, which is the same pair here. Who the peer is rests on its certificate
    // for 'to' (SASL: we authenticated, it did not), or for dialback on the DNS and the
    // connection we made to it (XEP-0220 §1.3: weak identity without DNSSEC).
    const bool proven =
        m_conn->transport()->provesIdentity(m_config.to, QStringLiteral("xmpp-server"));
    const bool authorised = proven || method == QLatin1String("dialback");
    if (authorised)
        m_bidi.authorise(m_config.to, m_config.from);
    VerdictFact v(QStringLiteral("bidi-reverse"),
                  authorised ? QStringLiteral("authorised") : QStringLiteral("unproven"));
    v.from = m_config.to;
    v.to = m_config.from;
    v.method = method;
    v.certificateProves = proven;
    m_conn->verdict(v);
    if (authorised)
        note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The stream is bidirectional: %1 may now send to %2 on it (XEP-0288 §2.2)."),
            {m_config.to, m_config.from}));
    else
        note(Phrase::of(
            staticMetaObject,
            QT_TR_NOOP(
                "The stream is bidirectional, but the peer's certificate does not prove it is %1: "
                "stanzas it sends back on this stream are not counted as %1's."),
            {m_config.to}));
}

void OutgoingS2s::onStanza(const ElementPtr &stanza)
{
    const QString from = stanza->attribute(u"from"), to = stanza->attribute(u"to");
    const bool allowed = m_bidi.allows(from, to);
    if (!allowed) {
        // The stream's own pair back, refused only because the peer's certificate proved
        // nothing, is "unproven"; any other pair is one the peer never authenticated for.
        const bool ownPair = Bidi::domainOf(from) == Bidi::domainOf(m_config.to) &&
                             Bidi::domainOf(to) == Bidi::domainOf(m_config.from);
        const QString result = !m_bidi.isEnabled() ? QStringLiteral("not-negotiated")
                               : ownPair           ? QStringLiteral("unproven")
                                                   : QStringLiteral("unauthorised");
        if (m_bidi.firstRefusal(from, to)) {
            VerdictFact v(QStringLiteral("bidi-stanza"), result);
            v.from = Bidi::domainOf(from);
            v.to = Bidi::domainOf(to);
            v.authorised = m_bidi.pairs();
            m_conn->verdict(v);
        }
        if (m_bidi.isEnabled())
            m_conn->noteRepeated(
                QStringLiteral("bidi-unauthorised"),
                Phrase::of(
                    staticMetaObject,
                    QT_TR_NOOP("The peer sent a <%1/> from '%2' to '%3' on the bidirectional "
                               "stream, which "
                               "carries %4 back (XEP-0288 §2.2); not counted as the sender's."),
                    {stanza->name(), from, to,
                     m_bidi.pairs().isEmpty()
                         ? Phrase::of(staticMetaObject, QT_TR_NOOP("no domain pair"))
                         : Phrase(m_bidi.pairs().join(QStringLiteral(", ")))}));
        else
            m_conn->noteRepeated(
                QStringLiteral("stanza-on-outgoing"),
                Phrase::of(
                    staticMetaObject,
                    QT_TR_NOOP(
                        "The peer sent a <%1/> on our outgoing stream, which is not bidirectional "
                        "(XEP-0288); not counted as the sender's."),
                    {stanza->name()}));
    }
    Q_EMIT stanzaReceived(stanza, allowed);
}

} // namespace Inspector
