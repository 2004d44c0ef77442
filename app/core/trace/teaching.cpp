// SPDX-License-Identifier: GPL-3.0-or-later
#include "teaching.h"

#include "protocol/dialback.h"
#include "protocol/queries.h"
#include "protocol/streamerror.h"
#include "trace/eventlog.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Inspector::Teaching {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Teaching)
};

bool restarted(const EventLog &log, int index)
{
    const Event &e = log.at(index);
    for (int i = index - 1; i >= 0; --i) {
        const Event &p = log.at(i);
        if (p.connection == e.connection && p.kind == EventKind::StreamHeader &&
            p.direction == e.direction)
            return true;
    }
    return false;
}

QString element(const EventLog &log, int index)
{
    const Event &e = log.at(index);
    const ElementPtr tree = log.element(index);
    const Element &el = *tree;
    const bool out = e.direction == Direction::Outbound;
    if (el.is(Ns::Streams, u"features"))
        return Tr::tr(
            "Stream features (RFC 6120 §4.3.2): what the receiving side offers to negotiate "
            "next — TLS first, then authentication. They are sent again after every stream "
            "restart, and STARTTLS disappears once TLS is on (§5.4.3.3).");
    if (el.is(Ns::Streams, u"error"))
        return Tr::tr(
                   "A stream error (RFC 6120 §4.9): the stream is over; the sender closes it right "
                   "after. ") +
               StreamError::explanation(StreamError::fromElement(el).condition);
    if (el.is(Ns::Tls, u"starttls"))
        return Tr::tr(
            "Asking to upgrade this connection to TLS (RFC 6120 §5.4.2.1). Nothing else may be "
            "sent until the answer.");
    if (el.is(Ns::Tls, u"proceed"))
        return Tr::tr(
            "The peer agrees (RFC 6120 §5.4.2.3): the TLS handshake starts with the very next "
            "byte; no more plain XML on this connection.");
    if (el.is(Ns::Tls, u"failure"))
        return Tr::tr("The peer refuses TLS (RFC 6120 §5.4.2.2) and closes the stream and the "
                      "connection.");
    if (Dialback::Message::isDialback(el)) {
        const Dialback::Message m = Dialback::Message::fromElement(el);
        if (m.kind == Dialback::Message::Kind::Result && m.isRequest())
            return Tr::tr(
                "Server Dialback, step 1 (XEP-0220 §2.1.1): the originating server claims its "
                "domain with a key made from a secret and this stream's id (XEP-0185). The "
                "receiving server will check it with the domain's authoritative server over "
                "another connection.");
        if (m.kind == Dialback::Message::Kind::Verify && m.isRequest())
            return Tr::tr(
                "Step 2 (XEP-0220 §2.1.2): the receiving server asks the authoritative server "
                "of the claimed domain whether this key is right for this stream id.");
        if (m.kind == Dialback::Message::Kind::Verify)
            return Tr::tr("Step 3 (XEP-0220 §2.2.2): the authoritative server answers; only it can "
                          "recompute the key, because only it knows the secret.");
        if (m.type == QLatin1String("valid"))
            return Tr::tr(
                "Step 4 (XEP-0220 §2.2.1): the receiving server accepts the domain on this "
                "stream; stanzas from it may flow now.");
        return Tr::tr(
            "Step 4 (XEP-0220 §2.2.1, §2.5): the receiving server refuses the domain: the "
            "key was not confirmed, or the authoritative server could not be reached.");
    }
    if (el.is(Ns::Sasl, u"auth"))
        return Tr::tr("SASL authentication (RFC 6120 §6.4.2). With EXTERNAL (XEP-0178 §3) the TLS "
                      "certificate is the credential; the payload names the domain to act as.");
    if (el.is(Ns::Sasl, u"success"))
        return Tr::tr(
            "Authenticated (RFC 6120 §6.4.6): both sides restart the stream without closing "
            "the connection, and new features follow.");
    if (el.is(Ns::Sasl, u"failure"))
        return Tr::tr("SASL failed (RFC 6120 §6.5): the condition says why; dialback may be tried "
                      "instead.");
    if (el.is(Ns::Bidi, u"bidi"))
        return Tr::tr(
            "Asking for a bidirectional stream (XEP-0288 §2.2), just before authenticating: "
            "the other server may then send its own stanzas back on this connection instead of "
            "opening one of its own. No answer comes.");
    const ConnectionInfo *connection = log.connection(e.connection);
    if (!out && el.namespaceUri() == Ns::Server && connection &&
        connection->role == QLatin1String("initiating"))
        return Tr::tr("A stanza on our own outgoing stream: only a bidirectional stream (XEP-0288) "
                      "carries these, and only for the domain pair the sender is authenticated for "
                      "(§2.2) — the verdicts say whether this one counted.");
    if (el.name() == QLatin1String("iq")) {
        const ElementPtr p = el.firstChild();
        const QString type = el.attribute(u"type");
        if (p && p->is(Ns::Ping, u"ping"))
            return Tr::tr(
                "An application-level ping (XEP-0199): any answer from the remote domain proves "
                "the federation link works.");
        if (p && p->is(Queries::DiscoInfo, u"query"))
            return Tr::tr(
                "Service discovery (XEP-0030): what the remote entity is and which features "
                "it supports.");
        if (p && p->is(Queries::Version, u"query"))
            return Tr::tr("Software version (XEP-0092): the server's name and version.");
        if (type == QLatin1String("result"))
            return Tr::tr(
                "The answer to an earlier request with the same id (RFC 6120 §8.2.3). Between "
                "servers it travels on the answering server's own stream, unless ours is "
                "bidirectional "
                "(XEP-0288).");
        if (type == QLatin1String("error"))
            return Tr::tr(
                "An error answer (RFC 6120 §8.3): the condition and who generated it tell "
                "where the problem is.");
    }
    return {};
}
} // namespace

QString explain(const EventLog &log, int index)
{
    if (index < 0 || index >= log.size())
        return {};
    const Event &e = log.at(index);
    switch (e.kind) {
    case EventKind::StreamHeader:
        if (e.direction == Direction::Outbound)
            return restarted(log, index)
                       ? Tr::tr("A new stream header on the same connection: the stream restarts "
                                "after "
                                "TLS or SASL (RFC 6120 §4.3.3); everything negotiated before is "
                                "forgotten.")
                       : Tr::tr("Opening the stream (RFC 6120 §4.2, §4.7): 'from' and 'to' name "
                                "the two "
                                "domains, version 1.0 asks for stream features, and xmlns:db says "
                                "dialback is understood (XEP-0220 §2.4.1).");
        return Tr::tr(
            "The peer's stream header (RFC 6120 §4.7): it carries a fresh stream id, which "
            "must change at every restart; dialback keys are bound to it.");
    case EventKind::Element:
        return log.element(index) ? element(log, index) : QString();
    case EventKind::Whitespace:
        return Tr::tr(
            "A whitespace keepalive (RFC 6120 §4.6.1): a single space between stanzas keeps "
            "idle connections open.");
    case EventKind::StreamEnd:
        return Tr::tr(
            "Closing the stream (RFC 6120 §4.4): the other side answers with its own closing "
            "tag, then the TCP connection ends.");
    case EventKind::Tls:
        return Tr::tr(
            "The TLS handshake is complete: from here on the bytes on the wire are encrypted; "
            "this tool shows them in the clear.");
    case EventKind::DiscardedBytes:
        return Tr::tr("Bytes that belong to no XML stream, such as cleartext after <proceed/> "
                      "(RFC 6120 §5.4.2.3).");
    default:
        return {};
    }
}

} // namespace Inspector::Teaching

namespace Inspector::Teaching {

QStringList references(const QString &text)
{
    static const QRegularExpression token(
        QStringLiteral(u"(RFC \\d+|XEP-\\d{4})|§(\\d+(?:\\.\\d+)*)"));
    QStringList found;
    QString spec;
    bool bare = false; // a spec named without a section so far
    const auto add = [&found](const QString &ref) {
        if (!found.contains(ref))
            found.append(ref);
    };
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(1)) {
            if (bare)
                add(spec);
            spec = m.captured(1);
            bare = true;
        } else if (!spec.isEmpty()) {
            add(spec + QStringLiteral(u" §") + m.captured(2));
            bare = false;
        }
    }
    if (bare)
        add(spec);
    return found;
}

QUrl referenceUrl(const QString &reference)
{
    static const QRegularExpression pattern(
        QStringLiteral(u"^(RFC (\\d+)|XEP-(\\d{4}))(?: §(\\d+(?:\\.\\d+)*))?$"));
    const QRegularExpressionMatch m = pattern.match(reference);
    if (!m.hasMatch())
        return {};
    if (m.hasCaptured(3))
        return QUrl(QStringLiteral("https://xmpp.org/extensions/xep-%1.html").arg(m.captured(3)));
    QUrl url(QStringLiteral("https://www.rfc-editor.org/rfc/rfc%1").arg(m.captured(2)));
    if (m.hasCaptured(4))
        url.setFragment(QStringLiteral("section-") + m.captured(4));
    return url;
}

} // namespace Inspector::Teaching
