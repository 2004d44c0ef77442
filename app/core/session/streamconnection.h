// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/verdictfact.h"
#include "net/transport.h"
#include "text/phrase.h"
#include "trace/event.h"
#include "xml/boshparser.h"
#include "xml/framedparser.h"
#include "xml/streamheader.h"
#include "xml/streamparser.h"
#include "xml/xmlwriter.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Inspector {

class EventLog;

/**
 * One connection's stream life: transport, incremental parser and writer, with every byte in
 * both directions recorded in the event log under this connection's id. Roles (initiating,
 * receiving, authoritative, client) drive it and react to its signals; it holds no policy.
 */
class StreamConnection : public QObject
{
    Q_OBJECT
public:
    /// `makeTransport` empty: a TCP connection (SocketTransport).
    StreamConnection(EventLog *log, int connectionId, QObject *parent = nullptr,
                     const TransportFactory &makeTransport = {});
    ~StreamConnection() override;

    /// The parser limits of a live connection: ParserLimits' defaults, plus at most a million
    /// top-level elements and keepalives (the event log's design size) and 256 MiB from one
    /// peer, so that nothing a peer sends can make a session hold more than that.
    static ParserLimits liveLimits();
    /// Whether a stanza arriving on a live connection gets its tree at once (the parser's tree
    /// filter), decided from its start tag: errors, requests (answered) and replies to the
    /// requests of `log`'s connections do; messages and presences, which the roles judge by
    /// their addresses, do not: the panes parse them again from their bytes when shown.
    static bool needsTree(const Element &head, const EventLog &log);

    int id() const { return m_id; }
    EventLog *log() const { return m_log; }
    Transport *transport() const { return m_transport; }
    StreamParser *parser() const { return m_parser; }

    /// Takes over an accepted connection (the server side of a stream).
    bool accept(qintptr socketDescriptor, bool directTls, const TlsOptions &tls);
    /// Records a verdict (dialback, SASL, verify, ping…) for this connection.
    void verdict(const VerdictFact &v);
    /// Starts a new outgoing stream document (initial open or restart) and records the header.
    void openStream(const StreamHeader &header);
    /// Writes and records the element; false (and nothing recorded) when it cannot be written.
    bool send(const Element &element);
    /// Sends `</stream:stream>` once; later calls do nothing.
    void closeStream();
    /// RFC 6120 §4.9.1.1: a stream error is followed by the closing tag.
    void sendStreamError(const QString &condition, const QString &text,
                         const std::optional<Element> &applicationCondition = std::nullopt);
    /// The next bytes from the peer start a new stream document (see StreamParser).
    void restartInbound(StreamParser::RestartMode mode);

    bool localStreamOpen() const { return m_localOpen; }
    bool peerStreamOpen() const
    {
        return m_framed ? m_framed->isStreamOpen()
               : m_bosh ? m_bosh->isStreamOpen()
                        : m_parser->isStreamOpen();
    }
    /// Over WebSocket (RFC 7395) or BOSH (XEP-0206): each element is written whole (a message
    /// of its own, or in an HTTP request's <body/>), TLS is the URL's, and the stream's start
    /// and end are not tags of their own.
    bool isFramed() const { return m_framed != nullptr || m_bosh != nullptr; }
    /// Over BOSH: the elements travel in HTTP requests and responses.
    bool overBosh() const { return m_bosh != nullptr; }
    /// The see-other-uri of the peer's <close/> (RFC 7395 §3.6.1), if any.
    QString seeOtherUri() const { return m_framed ? m_framed->seeOtherUri() : QString(); }

    void note(const Phrase &text);
    /// A note about something that may repeat (a stanza where none belongs, …): the first
    /// RepeatedNotesShown of each kind are recorded, then one line saying the rest are not.
    void noteRepeated(const QString &kind, const Phrase &text);
    static constexpr int RepeatedNotesShown = 10;
    /// The error that ends this connection's role: its code, one sentence, the phase it
    /// happened in, and any further facts.
    void recordError(const QString &code, const Phrase &message, const QString &phase,
                     const QString &condition = {});
    /// SASL payloads are recorded as [redacted:LENGTH] unless the user asked to keep secrets;
    /// the session itself always sees them.
    void setRecordSecrets(bool record) { m_recordSecrets = record; }

Q_SIGNALS:
    void connected();
    void headerReceived(const Inspector::StreamHeader &header);
    /// Over BOSH: a later response completed or changed the header (XEP-0206 §4).
    void headerUpdated(const Inspector::StreamHeader &header);
    /// A message or presence that needsTree() declines comes with its start tag only.
    void elementReceived(const Inspector::ElementPtr &element);
    void peerClosedStream();
    void parseFailed(const Inspector::ParseError &error);
    void cleartextDiscarded(const QByteArray &raw);
    void tlsEstablished(const TlsFact &facts);
    void transportFailed(Inspector::Transport::Failure failure, const Inspector::Phrase &message);
    void transportClosed();
    /// A stanza (message, presence, iq) went out, as recorded (stream management counts it).
    void stanzaSent(const Inspector::ElementPtr &stanza);

private:
    /// What the transport and the parser report, recorded and passed on as this class's
    /// signals.
    void followTransport();
    template<class Parser> void followParser(Parser *parser);
    void followBosh();
    void record(EventKind kind, Direction direction, const QByteArray &raw,
                const ElementPtr &element, const EventPayload &payload = {}, qint64 offset = -1);
    /// The name of this connection's latest phase, as its role recorded it.
    QString currentPhase() const;
    QByteArray unparsedForLog(const QByteArray &raw) const;
    static QByteArray framedOpen(const StreamHeader &header);
    void recordUnfinished();

    EventLog *m_log;
    int m_id;
    Transport *m_transport;
    FramedParser *m_framed = nullptr; // over WebSocket; its parser is m_parser
    BoshParser *m_bosh = nullptr;     // over BOSH; its parser is m_parser
    HttpFact m_boshResponse;          // the BOSH response being read
    StreamParser *m_parser;
    std::unique_ptr<XmlWriter> m_writer;
    bool m_localOpen = false;
    bool m_recordSecrets = false;
    QHash<QString, int> m_repeatedNotes;
    bool m_unfinishedRecorded = false;
};

} // namespace Inspector
