// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/streamparser.h"

namespace Inspector {

/**
 * An XMPP stream over WebSocket (RFC 7395 §3.3): each message one whole element with every
 * namespace it uses declared, <open/> and <close/> in urn:ietf:params:xml:ns:xmpp-framing
 * instead of the stream's start and end tags. The elements are read by a StreamParser inside
 * a root of its own that nothing records; this parser reports them as a stream parser does
 * (<open/> as the header, <close/> as the end), with offsets counted over the messages' bytes.
 * A message holding part of an element, or more than one, is a parse error, and nothing of
 * it is acted on: its whole bytes are the error's unreported ones.
 */
class FramedParser : public QObject
{
    Q_OBJECT
public:
    explicit FramedParser(QObject *parent = nullptr);

    /// The parser inside (its limits, its tree filter, its unreported bytes).
    StreamParser *parser() const { return m_parser; }
    void feedMessage(const QByteArray &message);
    bool isStreamOpen() const { return m_open; }
    /// A stream restart (RFC 7395 §3.7): the peer's stream is closed until its next <open/>.
    void restart() { m_open = false; }
    bool hasFailed() const { return m_failed; }
    /// The see-other-uri of the peer's <close/> (RFC 7395 §3.6.1), if it named one.
    QString seeOtherUri() const { return m_seeOtherUri; }
    /// Bytes received that no signal reported, and the offset of the first one.
    QByteArray unreportedBytes(qint64 *offset = nullptr) const;

Q_SIGNALS:
    void streamOpened(const Inspector::StreamHeader &header, const QByteArray &raw, qint64 offset);
    void elementReceived(const Inspector::ElementPtr &element, const QByteArray &raw,
                         qint64 offset);
    void stanzaHeadReceived(const Inspector::ElementPtr &head, const QByteArray &raw,
                            qint64 offset);
    void whitespaceReceived(const QByteArray &raw, qint64 offset);
    void streamClosed(const QByteArray &raw, qint64 offset);
    void parseError(const Inspector::ParseError &error);

private:
    /// What the parser reported of the message being read, passed on once it is whole.
    struct Item
    {
        enum class Kind { Element, Head, Whitespace } kind;
        ElementPtr element;
        QByteArray raw;
        qint64 offset;
    };
    void dispatch(const Item &item);
    void fail(ParseError::Kind kind, const Phrase &message, qint64 offset,
              const QByteArray &unreported);

    StreamParser *m_parser;
    qint64 m_prefix = 0;       // the bytes of the root nothing records
    QVector<Item> m_pending;   // of the message being read
    QByteArray m_message;      // the message being read
    qint64 m_messageAt = 0;    // its offset
    qint64 m_reportedUpTo = 0; // the end of what was reported: whitespace ends messages
    bool m_open = false;
    bool m_failed = false;
    QString m_seeOtherUri;
};

} // namespace Inspector
