// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/streamparser.h"

namespace Inspector {

/**
 * An XMPP stream over BOSH (XEP-0124, XEP-0206), as the client reads it: each HTTP response
 * is one <body/> document whose children are the stream's elements. The bodies are read one
 * after the other by a StreamParser whose root is <body/>; this parser reports each body's
 * start tag (bodyReceived()) and its elements as a stream parser does. The response to the
 * session's creation or to a restart request opens the stream (the header is made of the
 * body's attributes: from, xml:lang, xmpp:version, authid); a body of type 'terminate' ends
 * it. Offsets count over the responses' bytes.
 */
class BoshParser : public QObject
{
    Q_OBJECT
public:
    explicit BoshParser(QObject *parent = nullptr);

    StreamParser *parser() const { return m_parser; }
    /// One response's whole HTTP body. `opensStream`: it answers the session's creation or a
    /// restart request; `endsStream`: it is a terminate without an error condition.
    void feedBody(const QByteArray &body, bool opensStream, bool endsStream);
    bool isStreamOpen() const { return m_open; }
    /// A restart (XEP-0206 §5): the server's stream is closed until the response to the
    /// restart request.
    void restart() { m_open = false; }
    bool hasFailed() const { return m_failed; }
    QByteArray unreportedBytes(qint64 *offset = nullptr) const
    {
        return m_parser->unreportedBytes(offset);
    }

Q_SIGNALS:
    /// A response's <body/> start tag (the whole body when it is empty).
    void bodyReceived(const QByteArray &startTag, qint64 offset);
    void streamOpened(const Inspector::StreamHeader &header, const QByteArray &raw, qint64 offset);
    void elementReceived(const Inspector::ElementPtr &element, const QByteArray &raw,
                         qint64 offset);
    void stanzaHeadReceived(const Inspector::ElementPtr &head, const QByteArray &raw,
                            qint64 offset);
    void whitespaceReceived(const QByteArray &raw, qint64 offset);
    void streamClosed(const QByteArray &raw, qint64 offset);
    void parseError(const Inspector::ParseError &error);
    /// A later response named what the stream's header lacked, or something else ('from',
    /// 'xmpp:version', 'authid'): XEP-0206 §4 lets a connection manager send them as soon as
    /// it has them. `header` is the stream's header with them; `named` says which.
    void streamAttributesLater(const Inspector::StreamHeader &header, const QStringList &named);

private:
    void onBodyStart(const StreamHeader &body, const QByteArray &raw, qint64 offset);
    void onBodyEnd(qint64 offset);
    /// The stream's attributes from a body: into `h` (the stream's header so far).
    static void takeStreamAttributes(const StreamHeader &body, StreamHeader *h);
    /// A body that does not open the stream, naming stream attributes anyway.
    void checkLaterAttributes(const StreamHeader &body);
    void fail(ParseError::Kind kind, const Phrase &message, qint64 offset,
              const QByteArray &unreported);

    StreamParser *m_parser;
    bool m_opens = false;  // the body being read opens the stream
    bool m_ends = false;   // the body being read ends it
    StreamHeader m_header; // the stream's, from the session creation response
    bool m_open = false;
    bool m_inBody = false;
    int m_bodies = 0; // the <body/> elements of the response being read
    bool m_failed = false;
};

} // namespace Inspector
