// SPDX-License-Identifier: GPL-3.0-or-later
#include "framedparser.h"

#include "xml/namespaces.h"

namespace Inspector {

namespace {
// The root the messages' elements are read in: it declares no default namespace and binds the
// streams namespace to a prefix no peer uses, so an element that does not declare its own
// namespace has none, and an undeclared stream: prefix is an error (RFC 7395 §3.3.3).
const QByteArray Root = "<_:stream xmlns:_='http://etherx.jabber.org/streams'>";

StreamHeader headerOf(const Element &open)
{
    StreamHeader h;
    h.streamNamespace = Ns::Framing;
    h.contentNamespace = Ns::Client;
    for (const XmlAttribute &a : open.attributes()) {
        if (a.namespaceUri.isEmpty()) {
            if (a.name == QLatin1String("from"))
                h.from = a.value;
            else if (a.name == QLatin1String("to"))
                h.to = a.value;
            else if (a.name == QLatin1String("id"))
                h.id = a.value;
            else if (a.name == QLatin1String("version"))
                h.version = a.value;
        } else if (a.namespaceUri == Ns::Xml && a.name == QLatin1String("lang")) {
            h.lang = a.value;
        }
        h.attributes.append(a);
    }
    return h;
}
} // namespace

FramedParser::FramedParser(QObject *parent)
    : QObject(parent)
    , m_parser(new StreamParser(this))
    , m_prefix(Root.size())
{
    connect(m_parser, &StreamParser::elementReceived, this,
            [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                onElement(e, raw, offset, false);
            });
    connect(m_parser, &StreamParser::stanzaHeadReceived, this,
            [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                onElement(e, raw, offset, true);
            });
    connect(m_parser, &StreamParser::whitespaceReceived, this,
            [this](const QByteArray &raw, qint64 offset) {
                Q_EMIT whitespaceReceived(raw, offset - m_prefix);
            });
    connect(m_parser, &StreamParser::streamClosed, this,
            [this](const QByteArray &raw, qint64 offset) {
                fail(ParseError::Kind::BadFormat,
                     Phrase::of(staticMetaObject,
                                QT_TR_NOOP("A closing stream tag in a WebSocket message: the "
                                           "stream ends with <close/> (RFC 7395 §3.6).")),
                     offset - m_prefix, raw);
            });
    connect(m_parser, &StreamParser::parseError, this, [this](ParseError e) {
        if (m_failed)
            return;
        m_failed = true;
        e.offset -= m_prefix;
        e.unreportedOffset -= m_prefix;
        Q_EMIT parseError(e);
    });
    m_parser->feed(Root);
}

void FramedParser::feedMessage(const QByteArray &message)
{
    if (m_failed || message.isEmpty())
        return;
    m_inMessage = 0;
    m_parser->feed(message);
    if (m_failed)
        return;
    qint64 at = 0;
    const QByteArray rest = m_parser->unreportedBytes(&at);
    // RFC 7395 §3.3.3: one whole element per message, never part of one, never two.
    if (!rest.trimmed().isEmpty())
        fail(ParseError::Kind::NotWellFormed,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("A WebSocket message ends inside an element: each message "
                                   "must hold one whole element (RFC 7395 §3.3.3).")),
             at - m_prefix, rest);
}

void FramedParser::onElement(const ElementPtr &e, const QByteArray &raw, qint64 offset, bool head)
{
    if (m_failed)
        return;
    offset -= m_prefix;
    if (++m_inMessage > 1) {
        fail(ParseError::Kind::BadFormat,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("A WebSocket message holds more than one element: each "
                                   "message must hold exactly one (RFC 7395 §3.3.3).")),
             offset, raw);
        return;
    }
    if (e->namespaceUri().isEmpty()) {
        fail(ParseError::Kind::InvalidNamespace,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("<%1/> declares no namespace: over WebSocket each message "
                                   "declares every namespace it uses (RFC 7395 §3.3.3)."),
                        {e->name()}),
             offset, raw);
        return;
    }
    if (e->namespaceUri() == Ns::Framing && e->name() == QLatin1String("open")) {
        m_open = true;
        Q_EMIT streamOpened(headerOf(*e), raw, offset);
    } else if (e->namespaceUri() == Ns::Framing && e->name() == QLatin1String("close")) {
        m_open = false;
        m_seeOtherUri = e->attribute(u"see-other-uri");
        Q_EMIT streamClosed(raw, offset);
    } else if (head) {
        Q_EMIT stanzaHeadReceived(e, raw, offset);
    } else {
        Q_EMIT elementReceived(e, raw, offset);
    }
}

void FramedParser::fail(ParseError::Kind kind, const Phrase &message, qint64 offset,
                        const QByteArray &unreported)
{
    if (m_failed)
        return;
    m_failed = true;
    ParseError e;
    e.kind = kind;
    e.message = message;
    e.offset = offset;
    e.unreported = unreported;
    e.unreportedOffset = offset;
    Q_EMIT parseError(e);
}

QByteArray FramedParser::unreportedBytes(qint64 *offset) const
{
    qint64 at = 0;
    const QByteArray rest = m_parser->unreportedBytes(&at);
    if (offset)
        *offset = at - m_prefix;
    return rest;
}

} // namespace Inspector
