// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamconnection.h"

#include "facts/eventfacts.h"
#include "net/sockettransport.h"
#include "net/tlserrortext.h"
#include "trace/eventlog.h"
#include "trace/transcript.h"
#include "xml/namespaces.h"

namespace Inspector {

StreamConnection::StreamConnection(EventLog *log, int connectionId, QObject *parent,
                                   const TransportFactory &makeTransport)
    : QObject(parent)
    , m_log(log)
    , m_id(connectionId)
    , m_transport(makeTransport ? makeTransport(this) : new SocketTransport(this))
    , m_framed(m_transport->framesMessages() ? new FramedParser(this) : nullptr)
    , m_bosh(m_transport->carriesHttpBodies() ? new BoshParser(this) : nullptr)
    , m_parser(m_framed ? m_framed->parser()
               : m_bosh ? m_bosh->parser()
                        : new StreamParser(this))
{
    m_parser->setLimits(liveLimits());
    m_parser->setTreeFilter([this](const Element &head) { return needsTree(head, *m_log); });
    followTransport();
    if (m_framed)
        followParser(m_framed);
    else if (m_bosh)
        followBosh();
    else
        followParser(m_parser);
}

void StreamConnection::followBosh()
{
    followParser(m_bosh);
    // Each HTTP request and response is an event of its own: its <body/> start tag and
    // timing; the elements it carries are recorded as elements.
    connect(m_transport, &Transport::httpRequestSent, this,
            [this](const HttpFact &fact, const QByteArray &startTag) {
                record(EventKind::Http, Direction::Outbound, startTag, {}, fact);
            });
    connect(m_transport, &Transport::httpResponseReceived, this,
            [this](const HttpFact &fact, const QByteArray &body) {
                if (body.isEmpty()) { // an HTTP error: no <body/> to read
                    record(EventKind::Http, Direction::Inbound, {}, {}, fact);
                    return;
                }
                m_boshResponse = fact;
                const QString purpose = fact.purpose.text();
                const bool terminate = fact.type.text() == QLatin1String("terminate");
                m_bosh->feedBody(body,
                                 !terminate && (purpose == QLatin1String("create") ||
                                                purpose == QLatin1String("restart")),
                                 terminate && fact.condition.text().isEmpty());
            });
    connect(m_bosh, &BoshParser::bodyReceived, this,
            [this](const QByteArray &startTag, qint64 offset) {
                record(EventKind::Http, Direction::Inbound, startTag, {}, m_boshResponse, offset);
            });
    connect(m_bosh, &BoshParser::streamAttributesLater, this,
            [this](const StreamHeader &header, const QStringList &named) {
                note(Phrase::of(
                    staticMetaObject,
                    QT_TR_NOOP("A later BOSH response names the stream's %1 (XEP-0206 "
                               "§4: as soon as the connection manager has them): "
                               "from '%2', version '%3', id '%4'."),
                    {named.join(QStringLiteral(", ")), header.from, header.version, header.id}));
                Q_EMIT headerUpdated(header);
            });
}

void StreamConnection::followTransport()
{
    connect(m_transport, &Transport::connected, this, [this] {
        if (const ConnectionInfo *c = m_log->connection(m_id)) {
            ConnectionInfo info = *c;
            info.localAddress = m_transport->localAddress();
            info.peerAddress = m_transport->peerAddress();
            m_log->updateConnection(info);
        }
        Q_EMIT connected();
    });
    if (m_framed)
        connect(m_transport, &Transport::bytesReceived, m_framed, &FramedParser::feedMessage);
    else if (!m_bosh) // BOSH hands on whole response bodies (followBosh())
        connect(m_transport, &Transport::bytesReceived, m_parser, &StreamParser::feed);
    connect(m_transport, &Transport::tlsEstablished, this, [this](const TlsFact &facts) {
        record(EventKind::Tls, Direction::Local, {}, {}, facts);
        Q_EMIT tlsEstablished(facts);
    });
    connect(m_transport, &Transport::certificateErrors, this,
            [this](const QList<QSslError> &errors, bool fatal) {
                QList<Phrase> list;
                for (const QSslError &e : errors)
                    list.append(TlsErrorText::of(e));
                const Phrase errorList = Phrase::list(list);
                note(fatal ? Phrase::of(staticMetaObject,
                                        QT_TR_NOOP("Certificate verification failed (strict TLS: "
                                                   "the handshake is aborted): %1"),
                                        {errorList})
                           : Phrase::of(staticMetaObject,
                                        QT_TR_NOOP("Certificate verification failed; continuing "
                                                   "for inspection: %1"),
                                        {errorList}));
            });
    connect(m_transport, &Transport::tlsAlert, this,
            [this](const QString &dir, const QString &level, const QString &description) {
                // The description is OpenSSL's name of the alert (RFC 8446 §6), kept as it is.
                const bool sent = dir == QLatin1String("sent");
                const char *text = nullptr;
                if (level == QLatin1String("fatal"))
                    text = sent ? QT_TR_NOOP("TLS alert sent (fatal): %1")
                                : QT_TR_NOOP("TLS alert received (fatal): %1");
                else if (level == QLatin1String("warning"))
                    text = sent ? QT_TR_NOOP("TLS alert sent (warning): %1")
                                : QT_TR_NOOP("TLS alert received (warning): %1");
                else
                    text = sent ? QT_TR_NOOP("TLS alert sent: %1")
                                : QT_TR_NOOP("TLS alert received: %1");
                note(Phrase::of(staticMetaObject, text, {description}));
            });
    connect(m_transport, &Transport::failed, this, &StreamConnection::transportFailed);
    connect(m_transport, &Transport::notice, this, &StreamConnection::note);
    connect(m_transport, &Transport::closed, this, [this] {
        recordUnfinished();
        Q_EMIT transportClosed();
    });
    connect(m_transport, &Transport::aborted, this, &StreamConnection::recordUnfinished);
}

template<class Parser> void StreamConnection::followParser(Parser *parser)
{
    connect(parser, &Parser::streamOpened, this,
            [this](const StreamHeader &h, const QByteArray &raw, qint64 offset) {
                record(EventKind::StreamHeader, Direction::Inbound, raw, {}, h, offset);
                Q_EMIT headerReceived(h);
            });
    connect(parser, &Parser::elementReceived, this,
            [this](const ElementPtr &e, const QByteArray &raw, qint64 offset) {
                record(EventKind::Element, Direction::Inbound, raw, e, {}, offset);
                Q_EMIT elementReceived(e);
            });
    connect(parser, &Parser::stanzaHeadReceived, this,
            [this](const ElementPtr &head, const QByteArray &raw, qint64 offset) {
                record(EventKind::Element, Direction::Inbound, raw, {}, {}, offset);
                Q_EMIT elementReceived(head);
            });
    connect(parser, &Parser::whitespaceReceived, this,
            [this](const QByteArray &raw, qint64 offset) {
                record(EventKind::Whitespace, Direction::Inbound, raw, {}, {}, offset);
            });
    connect(parser, &Parser::streamClosed, this, [this](const QByteArray &raw, qint64 offset) {
        record(EventKind::StreamEnd, Direction::Inbound, raw, {}, {}, offset);
        Q_EMIT peerClosedStream();
    });
    if constexpr (std::is_same_v<Parser, StreamParser>) {
        connect(parser, &Parser::pendingDiscarded, this,
                [this](const QByteArray &raw, qint64 offset) {
                    record(EventKind::DiscardedBytes, Direction::Inbound, raw, {}, DiscardedFact(),
                           offset);
                    Q_EMIT cleartextDiscarded(raw);
                });
    }
    connect(parser, &Parser::parseError, this, [this](const ParseError &e) {
        // The error keeps the bytes that led to it (the unfinished element, the faulty bytes),
        // so the log holds every byte received up to the fault; and the phase it happened in,
        // since it is the connection's first error and a summary reads the failed phase there.
        ErrorEventFact error(QStringLiteral("xml-") + e.condition(), e.message);
        error.condition = e.condition();
        if (!e.unreported.isEmpty())
            error.rawOffset = e.unreportedOffset;
        const QString phase = currentPhase();
        if (!phase.isEmpty())
            error.phase = phase;
        record(EventKind::Error, Direction::Inbound, unparsedForLog(e.unreported), {}, error,
               e.offset);
        Q_EMIT parseFailed(e);
    });
}

QString StreamConnection::currentPhase() const
{
    for (int i = m_log->size() - 1; i >= 0; --i) {
        const Event &e = m_log->at(i);
        if (e.connection == m_id && e.kind == EventKind::Phase)
            return e.payload.as<PhaseEventFact>().name;
    }
    return {};
}

QByteArray StreamConnection::unparsedForLog(const QByteArray &raw) const
{
    // Bytes that never became an element cannot be redacted element by element later: a SASL
    // payload among them is hidden whole, as record() does for parsed ones.
    if (!m_recordSecrets && raw.contains("urn:ietf:params:xml:ns:xmpp-sasl"))
        return QStringLiteral("[redacted:%1]").arg(raw.size()).toUtf8();
    return raw;
}

void StreamConnection::recordUnfinished()
{
    // The connection ended in the middle of an element (or of the header): what came of it is
    // recorded as it is, so that nothing received is missing from the log.
    if (m_unfinishedRecorded)
        return;
    qint64 offset = 0;
    const QByteArray rest =
        m_framed ? m_framed->unreportedBytes(&offset) : m_parser->unreportedBytes(&offset);
    if (m_bosh) // a response is read whole or not at all: nothing is left unfinished
        return;
    if (rest.isEmpty())
        return;
    m_unfinishedRecorded = true;
    DiscardedFact unfinished;
    unfinished.reason = QStringLiteral("unfinished");
    record(EventKind::DiscardedBytes, Direction::Inbound, unparsedForLog(rest), {}, unfinished,
           offset);
}

StreamConnection::~StreamConnection() = default;

ParserLimits StreamConnection::liveLimits()
{
    ParserLimits limits;
    limits.maxElements = 1000 * 1000;
    limits.maxConnectionBytes = 256 * 1024 * 1024;
    return limits;
}

bool StreamConnection::needsTree(const Element &head, const EventLog &log)
{
    const QString type = head.attribute(u"type");
    if (type == QLatin1String("error"))
        return true;
    if (head.name() != QLatin1String("iq"))
        return false;
    if (type == QLatin1String("get") || type == QLatin1String("set"))
        return true;
    return log.awaitsReply(head.attribute(u"id"));
}

void StreamConnection::record(EventKind kind, Direction direction, const QByteArray &raw,
                              const ElementPtr &element, const EventPayload &payload, qint64 offset)
{
    if (!m_recordSecrets && element && element->namespaceUri() == Ns::Sasl) {
        Event sensitive;
        sensitive.kind = kind;
        sensitive.raw = raw;
        sensitive.element = element;
        const Event clean = Transcript::redacted(sensitive);
        if (clean.raw != raw) {
            Event e;
            e.connection = m_id;
            e.kind = kind;
            e.direction = direction;
            e.raw = clean.raw;
            e.element = clean.element;
            e.payload = payload;
            e.offset = offset;
            m_log->append(std::move(e));
            return;
        }
    }
    Event e;
    e.connection = m_id;
    e.kind = kind;
    e.direction = direction;
    e.raw = raw;
    e.element = element;
    e.payload = payload;
    e.offset = offset;
    m_log->append(std::move(e));
}

void StreamConnection::recordError(const QString &code, const Phrase &message, const QString &phase,
                                   const QString &condition)
{
    ErrorEventFact error(code, message);
    error.phase = phase;
    if (!condition.isEmpty())
        error.condition = condition;
    record(EventKind::Error, Direction::Local, {}, {}, error);
}

bool StreamConnection::accept(qintptr socketDescriptor, bool directTls, const TlsOptions &tls)
{
    if (!m_transport->attach(socketDescriptor, directTls, tls))
        return false;
    if (const ConnectionInfo *c = m_log->connection(m_id)) {
        ConnectionInfo info = *c;
        info.localAddress = m_transport->localAddress();
        info.peerAddress = m_transport->peerAddress();
        m_log->updateConnection(info);
    }
    return true;
}

void StreamConnection::verdict(const VerdictFact &v)
{
    record(EventKind::Verdict, Direction::Local, {}, {}, v);
}

void StreamConnection::openStream(const StreamHeader &header)
{
    m_writer = std::make_unique<XmlWriter>();
    const QByteArray bytes = isFramed() ? framedOpen(header) : m_writer->openStream(header);
    m_localOpen = true;
    m_transport->write(bytes);
    // Over BOSH the header has no bytes of its own: its attributes go on the next request's
    // <body/> (the session's creation or a restart), recorded with it.
    record(EventKind::StreamHeader, Direction::Outbound, m_bosh ? QByteArray() : bytes, {}, header);
}

bool StreamConnection::send(const Element &element)
{
    if (!m_writer || !m_localOpen)
        return false;
    // A request's id before it leaves: its reply gets a tree whenever it comes.
    if (element.name() == QLatin1String("iq") && StreamParser::isStanza(element)) {
        const QString type = element.attribute(u"type");
        if (type == QLatin1String("get") || type == QLatin1String("set"))
            m_log->awaitReply(element.attribute(u"id"));
    }
    // Over WebSocket each element is a message of its own, declaring its namespaces.
    const QByteArray bytes = isFramed() ? XmlWriter::serialize(element) : m_writer->write(element);
    if (!m_transport->write(bytes))
        return false;
    // Recorded as it went on the wire, prefix included, so a transcript reads back the same.
    Element recorded = element;
    recorded.setPrefix(isFramed() ? QString() : m_writer->prefixFor(element.namespaceUri()));
    const ElementPtr shared = recorded.share();
    record(EventKind::Element, Direction::Outbound, bytes, shared, {});
    if (StreamParser::isStanza(element))
        Q_EMIT stanzaSent(shared);
    return true;
}

void StreamConnection::closeStream()
{
    if (!m_writer || !m_localOpen)
        return;
    m_localOpen = false;
    const QByteArray bytes =
        isFramed() ? XmlWriter::serialize(Element(Ns::Framing, QStringLiteral("close")))
                   : m_writer->closeStream();
    // After a failed TLS handshake (or once TCP is gone) nothing reaches the peer: the log
    // records only what was really written. Over BOSH the end is the terminate request.
    if (m_transport->write(bytes))
        record(EventKind::StreamEnd, Direction::Outbound, m_bosh ? QByteArray() : bytes, {}, {});
}

void StreamConnection::sendStreamError(const QString &condition, const QString &text,
                                       const std::optional<Element> &applicationCondition)
{
    if (!m_localOpen)
        return;
    Element error(Ns::Streams, QStringLiteral("error"));
    error.appendChild(Element(Ns::StreamErrors, condition));
    if (!text.isEmpty()) {
        Element t(Ns::StreamErrors, QStringLiteral("text"));
        t.appendText(text);
        error.appendChild(std::move(t));
    }
    if (applicationCondition) // RFC 6120 §4.9.4: after the defined condition and the text
        error.appendChild(*applicationCondition);
    send(error);
    closeStream();
}

void StreamConnection::restartInbound(StreamParser::RestartMode mode)
{
    // Over WebSocket both streams end implicitly at a restart, and the peer's next <open/>
    // starts its new one (RFC 7395 §3.7).
    if (m_framed)
        m_framed->restart();
    else if (m_bosh)
        m_bosh->restart();
    else
        m_parser->requestRestart(mode);
}

QByteArray StreamConnection::framedOpen(const StreamHeader &header)
{
    // RFC 7395 §3.4: the stream's header as <open/>, with the attributes of the stream tag.
    Element open(Ns::Framing, QStringLiteral("open"));
    if (!header.from.isEmpty())
        open.setAttribute(QStringLiteral("from"), header.from);
    open.setAttribute(QStringLiteral("to"), header.to);
    if (!header.version.isEmpty())
        open.setAttribute(QStringLiteral("version"), header.version);
    if (!header.lang.isEmpty())
        open.setAttributeNs(Ns::Xml, QStringLiteral("lang"), header.lang);
    return XmlWriter::serialize(open);
}

void StreamConnection::note(const Phrase &text)
{
    record(EventKind::Note, Direction::Local, {}, {}, NoteEventFact(text));
}

void StreamConnection::noteRepeated(const QString &kind, const Phrase &text)
{
    // A flood of the same oddity would otherwise double the events of the flood itself.
    const int seen = ++m_repeatedNotes[kind];
    if (seen <= RepeatedNotesShown)
        note(text);
    if (seen == RepeatedNotesShown)
        note(
            Phrase::of(staticMetaObject,
                       QT_TR_NOOP("More of these are not noted; the stream shows every element.")));
}

} // namespace Inspector
