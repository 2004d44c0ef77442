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
                m_pending.append({Item::Kind::Element, e, raw, offset - m_prefix});
            });
    connect(m_parser, &StreamParser::stanzaHeadReceived, this,
            [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                m_pending.append({Item::Kind::Head, e, raw, offset - m_prefix});
            });
    connect(m_parser, &StreamParser::whitespaceReceived, this,
            [this](const QByteArray &raw, qint64 offset) {
                // The reader reports a run of white space only once something follows it: the
                // part that ended the previous message was reported with that message.
                offset -= m_prefix;
                const qint64 skip = qBound<qint64>(0, m_reportedUpTo - offset, raw.size());
                if (skip < raw.size())
                    m_pending.append({Item::Kind::Whitespace, {}, raw.mid(skip), offset + skip});
            });
    connect(m_parser, &StreamParser::streamClosed, this, [this](const QByteArray &, qint64) {
        fail(ParseError::Kind::BadFormat,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("A closing stream tag in a WebSocket message: the "
                                   "stream ends with <close/> (RFC 7395 §3.6).")),
             m_messageAt, m_message);
    });
    connect(m_parser, &StreamParser::parseError, this, [this](ParseError e) {
        if (m_failed)
            return;
        m_failed = true;
        e.offset -= m_prefix;
        // Nothing of the message was passed on: all of it is unreported (what came before it
        // was reported with the messages it came in).
        e.unreported = m_message;
        e.unreportedOffset = m_messageAt;
        Q_EMIT parseError(e);
    });
    m_parser->feed(Root);
}

void FramedParser::feedMessage(const QByteArray &message)
{
    if (m_failed || message.isEmpty())
        return;
    m_pending.clear();
    m_message = message;
    m_messageAt = m_parser->bytesReceived() - m_prefix;
    m_parser->feed(message);
    if (m_failed)
        return;
    // RFC 7395 §3.3.3: one whole element per message, never part of one, never two. Nothing
    // of a message that breaks the rule is acted on, not even its first element.
    qint64 at = 0;
    const QByteArray rest = m_parser->unreportedBytes(&at);
    int elements = 0;
    for (const Item &item : qAsConst(m_pending))
        elements += item.kind == Item::Kind::Whitespace ? 0 : 1;
    if (!rest.trimmed().isEmpty())
        fail(ParseError::Kind::NotWellFormed,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("A WebSocket message ends inside an element: each message "
                                   "must hold one whole element (RFC 7395 §3.3.3).")),
             m_messageAt, message);
    else if (elements > 1)
        fail(ParseError::Kind::BadFormat,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("A WebSocket message holds more than one element: each "
                                   "message must hold exactly one (RFC 7395 §3.3.3).")),
             m_messageAt, message);
    const QVector<Item> items = std::exchange(m_pending, {});
    for (const Item &item : items) {
        if (m_failed)
            return;
        dispatch(item);
    }
    // White space that ends the message belongs to it: reported now, not with the next one.
    if (!m_failed && !rest.isEmpty()) {
        Q_EMIT whitespaceReceived(rest, at - m_prefix);
        m_reportedUpTo = at - m_prefix + rest.size();
    }
}

void FramedParser::dispatch(const Item &item)
{
    const ElementPtr &e = item.element;
    const QByteArray &raw = item.raw;
    const qint64 offset = item.offset;
    if (item.kind == Item::Kind::Whitespace) {
        Q_EMIT whitespaceReceived(raw, offset);
        return;
    }
    if (e->namespaceUri().isEmpty()) {
        fail(ParseError::Kind::InvalidNamespace,
             Phrase::of(staticMetaObject,
                        QT_TR_NOOP("<%1/> declares no namespace: over WebSocket each message "
                                   "declares every namespace it uses (RFC 7395 §3.3.3)."),
                        {e->name()}),
             m_messageAt, m_message);
        return;
    }
    if (e->namespaceUri() == Ns::Framing && e->name() == QLatin1String("open")) {
        m_open = true;
        Q_EMIT streamOpened(headerOf(*e), raw, offset);
    } else if (e->namespaceUri() == Ns::Framing && e->name() == QLatin1String("close")) {
        m_open = false;
        m_seeOtherUri = e->attribute(u"see-other-uri");
        Q_EMIT streamClosed(raw, offset);
    } else if (item.kind == Item::Kind::Head) {
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
    if (m_failed) // the error has them: the whole message it was found in
        return {};
    qint64 at = 0;
    QByteArray rest = m_parser->unreportedBytes(&at);
    at -= m_prefix;
    // Trailing white space already reported with its message is not unreported.
    const qint64 skip = qBound<qint64>(0, m_reportedUpTo - at, rest.size());
    rest.remove(0, skip);
    if (offset)
        *offset = at + skip;
    return rest;
}

} // namespace Inspector
