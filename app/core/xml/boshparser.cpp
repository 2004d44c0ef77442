// SPDX-License-Identifier: GPL-3.0-or-later
#include "boshparser.h"

#include "xml/namespaces.h"

namespace Inspector {

BoshParser::BoshParser(QObject *parent)
    : QObject(parent)
    , m_parser(new StreamParser(this))
{
    m_parser->setRoot(Ns::HttpBind, QStringLiteral("body"));
    connect(m_parser, &StreamParser::streamOpened, this, &BoshParser::onBodyStart);
    connect(m_parser, &StreamParser::elementReceived, this,
            [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                if (!m_failed)
                    Q_EMIT elementReceived(e, raw, offset);
            });
    connect(m_parser, &StreamParser::stanzaHeadReceived, this,
            [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                if (!m_failed)
                    Q_EMIT stanzaHeadReceived(e, raw, offset);
            });
    // Whitespace between a body's children is layout, not a keepalive: the HTTP event's size
    // counts it.
    connect(m_parser, &StreamParser::streamClosed, this,
            [this](const QByteArray &, qint64 offset) { onBodyEnd(offset); });
    connect(m_parser, &StreamParser::parseError, this, [this](const ParseError &e) {
        if (m_failed)
            return;
        m_failed = true;
        Q_EMIT parseError(e);
    });
}

void BoshParser::feedBody(const QByteArray &body, bool opensStream, bool endsStream)
{
    if (m_failed)
        return;
    m_opens = opensStream;
    m_ends = endsStream;
    m_inBody = false;
    m_bodies = 0;
    m_parser->feed(body);
    if (m_failed)
        return;
    // XEP-0124 §6: each response is one whole <body/>, never part of one, nothing after it.
    qint64 at = 0;
    const QByteArray rest = m_parser->unreportedBytes(&at);
    if (!m_inBody && rest.trimmed().isEmpty())
        return;
    fail(ParseError::Kind::NotWellFormed,
         Phrase::of(staticMetaObject,
                    QT_TR_NOOP("An HTTP response ends inside its <body/>: each response holds "
                               "one whole <body/> element (XEP-0124 §6).")),
         at, rest);
}

void BoshParser::fail(ParseError::Kind kind, const Phrase &message, qint64 offset,
                      const QByteArray &unreported)
{
    m_failed = true;
    ParseError e;
    e.kind = kind;
    e.message = message;
    e.offset = offset;
    e.unreported = unreported;
    e.unreportedOffset = offset;
    Q_EMIT parseError(e);
}

void BoshParser::onBodyStart(const StreamHeader &body, const QByteArray &raw, qint64 offset)
{
    if (++m_bodies > 1) {
        fail(ParseError::Kind::BadFormat,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("An HTTP response holds more than one <body/>: each holds "
                                   "exactly one (XEP-0124 §6).")),
             offset, raw);
        return;
    }
    m_inBody = true;
    Q_EMIT bodyReceived(raw, offset);
    if (!m_opens) {
        if (m_open)
            checkLaterAttributes(body);
        return;
    }
    // XEP-0206 §4: the stream's attributes travel on the body; a restart's response repeats
    // them or not, so the creation response's stay unless it names new ones.
    StreamHeader h = m_header;
    h.id.clear(); // a restarted stream has an id of its own, if the body names it
    h.streamNamespace = Ns::HttpBind;
    h.contentNamespace = Ns::Client;
    h.prefixedNamespaces = body.prefixedNamespaces;
    h.attributes = body.attributes;
    if (!body.lang.isEmpty())
        h.lang = body.lang;
    takeStreamAttributes(body, &h);
    m_header = h;
    m_open = true;
    // No bytes of its own: they are the body's, recorded with the HTTP response.
    Q_EMIT streamOpened(h, QByteArray(), offset);
}

void BoshParser::takeStreamAttributes(const StreamHeader &body, StreamHeader *h)
{
    if (!body.from.isEmpty())
        h->from = body.from;
    for (const XmlAttribute &a : body.attributes) {
        if (a.namespaceUri == Ns::Xbosh && a.name == QLatin1String("version"))
            h->version = a.value;
        else if (a.namespaceUri.isEmpty() && a.name == QLatin1String("authid"))
            h->id = a.value;
    }
}

void BoshParser::checkLaterAttributes(const StreamHeader &body)
{
    StreamHeader h = m_header;
    takeStreamAttributes(body, &h);
    QStringList named;
    if (h.from != m_header.from)
        named << QStringLiteral("from");
    if (h.version != m_header.version)
        named << QStringLiteral("xmpp:version");
    if (h.id != m_header.id)
        named << QStringLiteral("authid");
    if (named.isEmpty())
        return;
    m_header = h;
    Q_EMIT streamAttributesLater(h, named);
}

void BoshParser::onBodyEnd(qint64 offset)
{
    m_inBody = false;
    // XEP-0124 §13: the session is over. A terminate with a condition is an error, which the
    // transport reports with its reason (§17.2), not a close.
    if (m_ends && m_open) {
        m_open = false;
        Q_EMIT streamClosed(QByteArray(), offset);
    }
    m_parser->requestRestart(StreamParser::RestartMode::KeepPending);
}

} // namespace Inspector
